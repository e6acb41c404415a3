import Foundation
import MASHCore
import Testing

@Suite("Streaming JSON encoder")
struct StreamingJSONEncoderTests {
    struct Inner: Codable, Equatable {
        var name: String
        var tags: [String]
        var note: String?
    }

    struct Outer: Codable, Equatable {
        var id: Int
        var ratio: Double
        var flag: Bool
        var small: Int8
        var inner: Inner
        var list: [Inner]
        var nested: [[Int]]
        var missing: Inner?
        var empty: [String]
    }

    static let sample = Outer(
        id: -42, ratio: 0.875, flag: true, small: -7,
        inner: Inner(name: "Zoë \"Z\" O'Brien\\/\n\t\u{01}", tags: ["a", "b"], note: nil),
        list: [Inner(name: "x", tags: [], note: "n"), Inner(name: "y", tags: ["1"], note: nil)],
        nested: [[1, 2], [], [3]], missing: nil, empty: []
    )

    func parsed(_ bytes: some Sequence<UInt8>) throws -> NSDictionary {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary)
    }

    @Test("reads back as the value it encoded, and as the same document Foundation writes")
    func roundTrip() throws {
        let bytes = try StreamingJSONEncoder().encode(Self.sample)
        #expect(try JSONDecoder().decode(Outer.self, from: Data(bytes)) == Self.sample)
        #expect(try parsed(bytes) == parsed(JSONEncoder().encode(Self.sample)))
    }

    @Test("omits absent optionals, keeps declaration order, and escapes only what JSON requires")
    func exactText() throws {
        let text = String(decoding: try StreamingJSONEncoder().encode(Self.sample.inner), as: UTF8.self)
        #expect(text == #"{"name":"Zoë \"Z\" O'Brien\\/\n\t\u0001","tags":["a","b"]}"#)
    }

    @Test("the same value gives the same bytes every time")
    func deterministic() throws {
        let first = try StreamingJSONEncoder().encode(Self.sample)
        for _ in 0..<20 { #expect(try StreamingJSONEncoder().encode(Self.sample) == first) }
    }

    @Test("numbers: integral doubles drop the fraction, others keep their shortest form")
    func numbers() throws {
        #expect(String(decoding: try StreamingJSONEncoder().encode([1.0, 0.1, 1e-7, -2.5]), as: UTF8.self) == "[1,0.1,1e-07,-2.5]")
        #expect(String(decoding: try StreamingJSONEncoder().encode([UInt8(255), 0]), as: UTF8.self) == "[255,0]")
        let integers: [Int64] = [0, 7, -7, 1_000_000_007, .max, .min]
        #expect(String(decoding: try StreamingJSONEncoder().encode(integers), as: UTF8.self) == "[" + integers.map(String.init).joined(separator: ",") + "]")
        #expect(String(decoding: try StreamingJSONEncoder().encode([UInt64.max]), as: UTF8.self) == "[\(UInt64.max)]")
    }

    @Test("non-finite numbers and dictionaries are refused, not written")
    func refusals() {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder().encode(["b": 1, "a": 2]) }
    }

    @Test("every example message re-encodes to the same document")
    func examples() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("topics/examples")
        let decision = try MASHJSON.decode(CaseFile.self, from: Data(contentsOf: folder.appendingPathComponent("mash.decision.json")))
        let bytes = try StreamingJSONEncoder().encode(decision)
        #expect(try MASHJSON.decode(CaseFile.self, from: Data(bytes)) == decision)
        #expect(try parsed(bytes) == parsed(JSONEncoder().encode(decision)))
    }
}
