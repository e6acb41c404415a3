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
    func traceparent() {
        #expect(TraceContext.traceparentBytes(traceID: Self.trace, outputKey: Array("260a9fc8d74ba8f00fa84457917825be".utf8))
            == Array("00-\(Self.trace)-260a9fc8d74ba8f0-01".utf8))
    }

    @Test("the key header's bytes are the UTF-8 of the key as text (pinned as in the key tests)")
    func headerBytes() {
        let key = IdempotencyKey.deriveBytes(base: "73267b03413ceb1fb43f31e2c7638ac6", topic: "out", index: 0)
        #expect(key == Array("260a9fc8d74ba8f00fa84457917825be".utf8))
        for index in [0, 1, 12] {
            let text = IdempotencyKey.derive(base: Self.trace, topic: "mash.outcome", index: index)
            #expect(IdempotencyKey.deriveBytes(base: Self.trace, topic: "mash.outcome", index: index) == Array(text.utf8))
        }
    }
}
