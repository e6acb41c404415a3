@testable import MASHCore
import Testing

@Suite("Normalisation fast paths agree with the general rules")
struct NormalisationFastPathTests {
    /// A seeded stream of ASCII strings mixing letters, digits, punctuation, spaces and control characters.
    static func asciiSamples(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("abcXYZ019 -'`.,\t\n()/\u{01}QqSs".unicodeScalars)
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<Int(next() % 14)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }))
        }
    }

    @Test("ASCII name tokens equal the folded tokens for every sample")
    func names() {
        for sample in Self.asciiSamples(count: 5000) {
            #expect(NameNormaliser.asciiTokens(sample) == NameNormaliser.foldedTokens(sample), "\(sample.debugDescription)")
        }
    }

    @Test("ASCII postcodes normalise as the character-wise rules do", arguments: [
        "sw1a1aa", " SW1A 1AA ", "ec1a 1bb", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "gir0aa",
        "SW1A1AAA", "Q1 1AA", "12345", "", "NF4 7QT", "nf4\t7qt", "SW1A-1AA",
    ])
    func postcodes(text: String) {
        let general = PostcodeNormaliser.normalise(text + "\u{00A0}")  // a non-ASCII space forces the general path
        #expect(PostcodeNormaliser.normalise(text) == general)
    }
}
