import MASHCore
import Testing

@Suite struct UPNTests {
    @Test func checkLetterFollowsTheDfEAlgorithm() throws {
        // 8·2 + 0·3 + 1·4 + 2·5 + 0·6 + 0·7 + 0·8 + 0·9 + 5·10 + 0·11 + 0·12 + 1·13 = 93; 93 mod 23 = 1 → B.
        #expect(UPN.checkLetter(for: Array("801200005001")) == "B")
        #expect(UPN("B801200005001")?.value == "B801200005001")
        #expect(UPN.parse("A801200005001") == .failure(.checkLetterMismatch))
    }

    @Test func acceptsLowerCaseAndSurroundingSpace() {
        #expect(UPN(" b801200005001 ")?.value == "B801200005001")
        #expect(UPN("X999123526001") != nil)
    }

    @Test func temporaryUPNsEndInALetter() throws {
        let rest = Array("99912352601A")
        let letter = try #require(UPN.checkLetter(for: rest))
        let upn = try #require(UPN(String(letter) + String(rest)))
        #expect(upn.isTemporary)
        #expect(UPN("B801200005001")?.isTemporary == false)
    }

    @Test(arguments: ["", "B80120000500", "B8012000050011", "880120000500A", "B80120000A001", "I801200005001", "B80120000500O", "B 801200005001"])
    func malformedTextIsRejected(text: String) {
        #expect(UPN.parse(text) == .failure(.badFormat))
    }
}
