import MASHCore
import Testing

@testable import MASHKafka

@Suite("Trace context")
struct TraceContextTests {
    static let trace = "4bf92f3577b34da6a3ce929d0e0e4736"

    @Test("a well-formed traceparent gives its trace id, lowercased")
    func wellFormed() {
        #expect(TraceContext.traceID(of: "00-\(Self.trace)-00f067aa0ba902b7-01") == Self.trace)
        #expect(TraceContext.traceID(of: "00-\(Self.trace.uppercased())-00f067aa0ba902b7-01") == Self.trace)
    }

    @Test("anything else is ignored, not trusted", arguments: [
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "00-4bf92f3577b34da6a3ce929d0e0e4736",
        "",
    ])
    func malformed(_ traceparent: String) {
        #expect(TraceContext.traceID(of: traceparent) == nil)
    }

    @Test("an output's traceparent is the trace and the first 16 digits of its key")
    func traceparent() throws {
        let key = try #require(HexKey(text: "260a9fc8d74ba8f00fa84457917825be"))
        let trace = try #require(HexKey(text: Self.trace))
        let headers = OutputStamp(key: key, trace: trace).headers
        #expect(headers.map(\.name) == [IdempotencyKey.header, TraceContext.header])
        #expect(headers.map(\.value) == [Array("260a9fc8d74ba8f00fa84457917825be".utf8), Array("00-\(Self.trace)-260a9fc8d74ba8f0-01".utf8)])
    }

    @Test("an input's trace is the one it carries (lowercased), else a digest of its key")
    func inputTrace() throws {
        let key = try #require(HexKey(text: "73267b03413ceb1fb43f31e2c7638ac6"))
        let carried = ConsumedMessage(topic: "in", partition: 0, offset: 0, key: nil, value: [],
                                      headers: [KafkaHeader(name: TraceContext.header, string: "00-\(Self.trace.uppercased())-00f067aa0ba902b7-01")])
        #expect(TraceContext.traceID(input: carried, inputKey: key).description == Self.trace)
        let bare = ConsumedMessage(topic: "in", partition: 0, offset: 0, key: nil, value: [])
        #expect(TraceContext.traceID(input: bare, inputKey: key).description == SHA256.hex(Array("trace:73267b03413ceb1fb43f31e2c7638ac6".utf8)).prefix(32).description)
    }

    @Test("the runner's inline keys are the public string keys' digits (pinned as in the key tests)")
    func inlineKeys() throws {
        let base = try #require(HexKey(text: "73267b03413ceb1fb43f31e2c7638ac6"))
        #expect(IdempotencyKey.derive(base: base, topic: "out", index: 0).description == "260a9fc8d74ba8f00fa84457917825be")
        for index in [0, 1, 12, 1_000_000, -3, Int.max, Int.min] {
            let text = IdempotencyKey.derive(base: Self.trace, topic: "mash.outcome", index: index)
            #expect(IdempotencyKey.derive(base: try #require(HexKey(text: Self.trace)), topic: "mash.outcome", index: index).description == text)
            var hasher = SHA256()
            hasher.update("\(Self.trace)\0mash.outcome\0\(index)")
            #expect(text == hasher.finalizeHex(bytes: 16), "the index is hashed as its decimal text")
        }
    }

    @Test("an input's key header counts only when it is exactly 32 lowercase hex digits")
    func carriedKeys() {
        #expect(HexKey(text: "73267b03413ceb1fb43f31e2c7638ac6")?.description == "73267b03413ceb1fb43f31e2c7638ac6")
        for text in ["73267B03413CEB1FB43F31E2C7638AC6", "73267b03413ceb1fb43f31e2c7638ac", "73267b03413ceb1fb43f31e2c7638ac6a", "73267b03413ceb1fb43f31e2c7638acg", ""] {
            #expect(HexKey(text: text) == nil, "\(text)")
        }
    }
}

extension HexKey {
    /// The key written in a string, for tests.
    init?(text: String) {
        var text = text
        guard let key = text.withUTF8({ HexKey(text: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = key
    }
}

@Suite("Message bytes")
struct KafkaBytesTests {
    @Test("bytes are equal, and hash alike, by content; an array in gives the same array out")
    func content() {
        let bytes: [UInt8] = Array("referral".utf8)
        #expect(KafkaBytes(bytes) == KafkaBytes(Array("referral".utf8)))
        #expect(KafkaBytes(bytes).hashValue == KafkaBytes(Array("referral".utf8)).hashValue)
        #expect(KafkaBytes(bytes) != KafkaBytes(Array("referrals".utf8)))
        #expect(KafkaBytes(bytes).array == bytes)
        #expect(KafkaBytes([]).isEmpty)
        #expect(!KafkaBytes(bytes).isBorrowed)
        var record = ProducerRecord(topic: "t", key: nil, value: bytes)
        record.value.append(0)
        #expect(record.valueBytes.count == bytes.count + 1)
        #expect(record.value == bytes + [0])
    }
}

extension TraceContext {
    /// The trace id of a well-formed `traceparent` written as a string, else nil.
    static func traceID(of traceparent: String) -> String? {
        var traceparent = traceparent
        return traceparent.withUTF8 { traceID(of: UnsafeRawBufferPointer($0)) }?.description
    }
}
