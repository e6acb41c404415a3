import MASHCore
import Testing

@Suite struct NameNormaliserTests {
    @Test(arguments: [
        ("  Zoë   Ångström ", "zoe angstrom"),
        ("JOSÉ", "jose"),
        ("Mary-Jane", "mary jane"),
        ("O'Brien", "obrien"),
        ("O’Brien", "obrien"),
        ("D'Arcy-Smith", "darcy smith"),
        ("St. John", "st john"),
        ("Øyvind Łukasz", "oyvind lukasz"),
        ("Straße", "strasse"),
        ("Æsa", "aesa"),
        ("Nguyễn", "nguyen"),
        ("Smith\tJones", "smith jones"),
        ("", ""),
        (" - ", ""),
    ])
    func normalisedForm(input: String, expected: String) {
        #expect(NameNormaliser.normalise(input) == expected)
    }

    @Test func hyphenatedNamesSplitIntoTokens() {
        #expect(NameNormaliser.tokens("Smith-Jones") == ["smith", "jones"])
        #expect(NameNormaliser.tokens("Anne–Marie (Annie)") == ["anne", "marie", "annie"])
    }

    @Test func spellingsThatShouldMatchDo() {
        #expect(NameNormaliser.normalise("Chloé") == NameNormaliser.normalise("CHLOE"))
        #expect(NameNormaliser.normalise("Mc'Donald") == NameNormaliser.normalise("mcdonald"))
    }
}
