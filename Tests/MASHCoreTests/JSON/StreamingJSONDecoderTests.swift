import Foundation
import MASHCore
import Testing

@Suite("Streaming JSON decoder")
struct StreamingJSONDecoderTests {
    typealias Outer = StreamingJSONEncoderTests.Outer

    func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try StreamingJSONDecoder().decode(type, from: Array(text.utf8))
    }

    /// The error decoding `text` as `type`, or nil when it decodes.
    func error<Value: Decodable>(_ type: Value.Type, _ text: String) -> DecodingError? {
        do {
            _ = try decode(type, text)
            return nil
        } catch let error as DecodingError {
            return error
        } catch {
            Issue.record("not a DecodingError: \(error)")
            return nil
        }
    }

    func path(_ error: DecodingError?) -> String? {
        guard let error else { return nil }
        let codingPath: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context): codingPath = context.codingPath + [key]
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context): codingPath = context.codingPath
        @unknown default: return nil
        }
        return codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    @Test("reads back what the encoder wrote, as Foundation does")
    func roundTrip() throws {
        let bytes = try StreamingJSONEncoder().encode(StreamingJSONEncoderTests.sample)
        let ours = try StreamingJSONDecoder().decode(Outer.self, from: bytes)
        #expect(ours == StreamingJSONEncoderTests.sample)
        #expect(ours == (try JSONDecoder().decode(Outer.self, from: Data(bytes))))
    }

    @Test("whitespace, escapes and surrogate pairs, keys in any order, unknown keys passed over")
    func text() throws {
        struct Named: Decodable, Equatable { var name: String; var tags: [String]; var note: String? }
        let text = #" { "extra" : {"deep": [1, {"x": null}]}, "tags" :[ "a\/b", "\u00e9\uD83D\uDE00" ] ,"name":"tab\tquote\"back\\nl\n" } "#
        #expect(try decode(Named.self, text) == Named(name: "tab\tquote\"back\\nl\n", tags: ["a/b", "é😀"], note: nil))
        #expect(try decode(Named.self, text) == (try JSONDecoder().decode(Named.self, from: Data(text.utf8))))
        #expect(try decode([String: Int].self, #"{"b": 2, "a": 1}"#) == ["a": 1, "b": 2])
        #expect(try decode(String.self, #""\u0061""#) == "a")
        #expect(try decode([Int?].self, "[1, null, 3]") == [1, nil, 3])
        #expect(try decode([String: Int].self, #"{"": 1, "a": 2}"#) == ["": 1, "a": 2])
    }

    @Test("numbers: integers exactly, whole numbers written with a point or exponent, doubles to the nearest")
    func numbers() throws {
        #expect(try decode([Int64].self, "[0, -0, 7, 9223372036854775807, -9223372036854775808]") == [0, 0, 7, .max, .min])
        #expect(try decode([Int].self, "[1.0, 1e2, -2E+1]") == [1, 100, -20])
        #expect(try decode([Double].self, "[0.1, -2.5e-3, 1, 1E308]") == [0.1, -0.0025, 1, 1e308])
        #expect(try decode(UInt8.self, "255") == 255)
        #expect(path(error(UInt8.self, "256")) == "")
        #expect(path(error([Int].self, "[1, 1.5]")) == "[1]")
        #expect(path(error([UInt].self, "[-1]")) == "[0]")
        #expect(path(error([Int].self, "[99999999999999999999]")) == "[0]")
        #expect(path(error([Double].self, "[1e400]")) == "[0]")
    }

    @Test("errors name the field by its path, as Foundation's do")
    func errorPaths() throws {
        let missing = error(Outer.self, #"{"id": 1}"#)
        guard case .keyNotFound(let key, _) = missing else { Issue.record("expected a missing key: \(String(describing: missing))"); return }
        #expect(key.stringValue == "ratio")
        let inner = #"{"name": "n", "tags": ["a", 2]}"#
        let text = #"{"id":1,"ratio":0.5,"flag":true,"small":1,"inner":\#(inner),"list":[],"nested":[],"empty":[]}"#
        let mismatch = error(Outer.self, text)
        #expect(path(mismatch) == ".inner.tags[1]")
        if case .typeMismatch(_, let context) = mismatch {
            #expect(context.debugDescription == "Expected to decode String but found number instead.")
        } else {
            Issue.record("expected a type mismatch: \(String(describing: mismatch))")
        }
        // Foundation names the same path.
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(text.utf8))
            Issue.record("Foundation decoded it")
        } catch let foundation as DecodingError {
            #expect(path(foundation) == ".inner.tags[1]")
        }
        #expect(path(error(Outer.self, #"{"id":null}"#)) == ".id")
        guard case .valueNotFound = error(Outer.self, #"{"id":null}"#) else { Issue.record("null is a value not found"); return }
        guard case .typeMismatch(_, let top) = error(Outer.self, "[1]") else { Issue.record("an array is not an object"); return }
        #expect(top.codingPath.isEmpty)
        #expect(top.debugDescription == "Expected to decode Dictionary<String, Any> but found an array instead.")
    }

    @Test("a custom init(from:) reading nested containers gets the full path in its errors")
    func nestedContainers() throws {
        struct Custom: Decodable {
            enum Keys: String, CodingKey { case outer, inner, value }
            init(from decoder: any Decoder) throws {
                let outer = try decoder.container(keyedBy: Keys.self).nestedContainer(keyedBy: Keys.self, forKey: .outer)
                var list = try outer.nestedUnkeyedContainer(forKey: .inner)
                _ = try list.decode(Int.self)
                let value = try list.nestedContainer(keyedBy: Keys.self)
                throw DecodingError.dataCorruptedError(forKey: .value, in: value, debugDescription: "refused")
            }
        }
        let text = #"{"outer": {"inner": [1, {"value": 2}]}}"#
        #expect(path(error([Custom].self, "[\(text)]")) == "[0].outer.inner[1].value")
    }

    @Test("refuses what is not JSON, with the reason and where", arguments: [
        "", " ", "{", "[1,]", #"{"a":1,}"#, "[1 2]", "01", "1.", ".5", "-", "+1", "1e", "tru", "nul", #""abc"#, "\"a\u{01}b\"",
        #""\x""#, #""\u12G4""#, #""\uD800""#, #""\uDC00x""#, #"{"a" 1}"#, #"{1: 2}"#, "[1] x", "NaN",
    ])
    func notJSON(text: String) throws {
        let error = error([Int]?.self, text)
        guard case .dataCorrupted(let context) = error else { Issue.record("\(text.debugDescription) gave \(String(describing: error))"); return }
        #expect(context.codingPath.isEmpty)
        #expect(context.debugDescription == "The given data was not valid JSON.")
        let syntax = context.underlyingError as? JSONSyntaxError
        #expect(syntax != nil)
        // A trailing comma is named as one, at the comma.
        if text == "[1,]" || text == #"{"a":1,}"# {
            #expect(syntax?.kind == .trailingComma && syntax?.offset == text.utf8.count - 2)
        }
    }

    @Test("refuses bytes that are not UTF-8, even in a key nothing reads, and takes every well-formed sequence")
    func utf8() throws {
        for bad: [UInt8] in [[0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFF], [0xE2, 0x82]] {
            let bytes = Array(#"{"unread"#.utf8) + bad + Array(#"":1}"#.utf8)
            #expect(throws: DecodingError.self) { try StreamingJSONDecoder().decode([String: Int].self, from: bytes) }
            #expect(throws: DecodingError.self) { try StreamingJSONDecoder().decode(Unread.self, from: bytes) }
        }
        let text = "aé€😀\u{7FF}\u{FFFF}\u{10FFFF}"
        #expect(try StreamingJSONDecoder().decode(String.self, from: Array("\"\(text)\"".utf8)) == text)
    }

    @Test("refuses an object naming a key twice, however the key is written")
    func duplicateKeys() throws {
        for text in [#"{"a":1,"a":2}"#, #"{"a":1,"b":2,"\u0061":3}"#, "{" + (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"k7\":0}"] {
            guard case .dataCorrupted(let context) = error([String: Int].self, text) else { Issue.record("accepted \(text)"); continue }
            #expect((context.underlyingError as? JSONSyntaxError)?.kind == .duplicateKey)
        }
        // Many distinct keys are fine, and checked without comparing every pair.
        let many = "{" + (0..<20_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
        #expect(try decode([String: Int].self, many).count == 20_000)
    }

    @Test("refuses nesting deeper than 512 levels without exhausting the stack")
    func depth() throws {
        #expect(try decode(JSONDepthProbe.self, String(repeating: "[", count: 500) + String(repeating: "]", count: 500)).depth == 500)
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .dataCorrupted(let context) = error(JSONDepthProbe.self, deep) else { Issue.record("accepted 100,000 levels"); return }
        #expect((context.underlyingError as? JSONSyntaxError)?.kind == .tooDeep)
        // A lower limit where asked for: 1 is `{}`.
        let shallow = StreamingJSONDecoder(maximumDepth: 3)
        #expect(try shallow.decode(JSONDepthProbe.self, from: Array("[[[]]]".utf8)).depth == 3)
        #expect(throws: DecodingError.self) { try shallow.decode(JSONDepthProbe.self, from: Array("[[[[]]]]".utf8)) }
        #expect(throws: DecodingError.self) { try shallow.decode([String: [[Int]]].self, from: Array(#"{"a":[[1]],"b":[[[2]]]}"#.utf8)) }
    }

    @Test("mutated messages: never a crash, and whatever both decoders accept reads the same")
    func mutations() throws {
        let original = try StreamingJSONEncoder().encode(StreamingJSONEncoderTests.sample)
        var generator = SplitMix64(seed: 0xDEC0DE)
        let alphabet = Array(#"{}[]":,.-+eE0123456789 \tntrfalsu"#.utf8) + [0, 0x01, 0x7F, 0xC3, 0xE9, 0xFF]
        var bothAccepted = 0, bothRefused = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0...(generator.next() % 3) {
                let position = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 3 {
                case 0: bytes[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: position)
                default: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: position)
                }
            }
            let ours = try? StreamingJSONDecoder().decode(Outer.self, from: bytes)
            let foundation = try? JSONDecoder().decode(Outer.self, from: Data(bytes))
            switch (ours, foundation) {
            case (let ours?, let foundation?):
                #expect(ours == foundation, "\(String(decoding: bytes, as: UTF8.self))")
                bothAccepted += 1
            case (nil, nil):
                bothRefused += 1
            case (let ours?, nil):
                Issue.record("only we accepted \(String(decoding: bytes, as: UTF8.self)) as \(ours)")
            case (nil, _?):
                // Where we are stricter, by design: trailing commas, keys named twice.
                let text = String(decoding: bytes, as: UTF8.self)
                let strictness = text.contains(",}") || text.contains(",]") || text.contains(", }") || text.contains(", ]")
                    || isDuplicateKey(bytes)
                #expect(strictness, "only Foundation accepted \(text)")
            }
        }
        #expect(bothAccepted > 100)
        #expect(bothRefused > 1_000)
    }

    private func isDuplicateKey(_ bytes: [UInt8]) -> Bool {
        do {
            _ = try StreamingJSONDecoder().decode(Outer.self, from: bytes)
            return false
        } catch let DecodingError.dataCorrupted(context) {
            return (context.underlyingError as? JSONSyntaxError)?.kind == .duplicateKey
        } catch {
            return false
        }
    }
}

/// A value that reads none of its object's keys.
struct Unread: Decodable {
    var note: String?
}

/// Nested arrays, counted.
struct JSONDepthProbe: Decodable {
    let depth: Int

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        depth = container.isAtEnd ? 1 : try container.decode(JSONDepthProbe.self).depth + 1
    }
}
