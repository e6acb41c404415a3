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
        #expect(TraceContext.traceparent(traceID: Self.trace, outputKey: "260a9fc8d74ba8f00fa84457917825be")
            == "00-\(Self.trace)-260a9fc8d74ba8f0-01")
    }
}
