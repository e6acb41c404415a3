import MASHCore
import Testing

@Suite struct NHSNumberTests {
    @Test(arguments: ["9434765919", "9434765870", "943 476 5919", "943-476-5870", " 9990000123 "])
    func validNumbers(text: String) throws {
        let number = try #require(NHSNumber(text))
        #expect(number.digits.count == 10 && number.digits.allSatisfy(\.isNumber))
    }

    @Test func formatsInThreeThreeFour() throws {
        #expect(try #require(NHSNumber("9434765919")).formatted == "943 476 5919")
    }

    @Test func wrongCheckDigitIsRejected() {
        #expect(NHSNumber("9434765918") == nil)
        #expect(NHSNumber.parse("9434765918") == .failure(.checkDigitMismatch))
    }

    @Test func aCheckDigitOfTenMeansNoValidNumber() {
        // 1,2,...,9 weighted 10...2 sums to 210; 210 mod 11 = 1; 11 - 1 = 10.
        #expect(NHSNumber.checkDigit(forFirstNine: [1, 2, 3, 4, 5, 6, 7, 8, 9]) == nil)
        for last in 0...9 {
            #expect(NHSNumber("123456789\(last)") == nil)
        }
    }

    @Test func checkDigitOfElevenIsZero() {
        // 9,9,9,3,0,0,0,4,5 weighted 10...2 sums to 286 = 26 × 11, so 11 - 0 = 11, written 0.
        #expect(NHSNumber.checkDigit(forFirstNine: [9, 9, 9, 3, 0, 0, 0, 4, 5]) == 0)
        #expect(NHSNumber("9993000450") != nil)
    }

    @Test(arguments: ["", "943476591", "94347659190", "943476591X", "９４３４７６５９１９", "943.476.5919", "nhs 9434765919"])
    func malformedTextIsRejected(text: String) {
        #expect(NHSNumber.parse(text) == .failure(.notTenDigits))
    }

    @Test func placeholdersAreRejectedEvenWhenTheChecksumPasses() {
        #expect(NHSNumber.checkDigit(forFirstNine: Array(repeating: 1, count: 9)) == 1)
        #expect(NHSNumber.parse("1111111111") == .failure(.placeholder))
        #expect(NHSNumber.parse("0000000000") == .failure(.placeholder))
    }
}
