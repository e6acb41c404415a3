import MASHCore
import Testing

@Suite struct PostcodeNormaliserTests {
    @Test(arguments: [
        ("sw1a1aa", "SW1A 1AA"), ("SW1A 1AA", "SW1A 1AA"), ("  sw1a   1aa ", "SW1A 1AA"), ("m11ae", "M1 1AE"),
        ("B33 8TH", "B33 8TH"), ("cr26xh", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"), ("w1a0ax", "W1A 0AX"),
        ("EC1A 1BB", "EC1A 1BB"), ("gir0aa", "GIR 0AA"), ("NF4 7QT", "NF4 7QT"),
    ])
    func canonicalForm(input: String, canonical: String) {
        #expect(PostcodeNormaliser.normalise(input) == canonical)
    }

    @Test(arguments: [
        "", "SW1A", "SW1A 1A", "SW1A 1AAA", "12345", "QA1 1AA", "AI1 1AA", "SW1A 1CA", "SW1A 1AI", "W1I 0AX",
        "EC1C 1BB", "SW1A-1AA", "SW1A 1ÅA", "not a postcode", "AAA 1AA",
    ])
    func implausiblePostcodesAreNil(input: String) {
        #expect(PostcodeNormaliser.normalise(input) == nil)
    }
}
