/// Puts UK postcodes in canonical form: upper case, one space before the inward code ("SW1A 1AA").
///
/// Checks the published shape rules (outward A9, A99, AA9, AA99, A9A or AA9A; inward 9AA) and the
/// letters each position may hold, plus the special GIR 0AA. It does not know which postcodes exist.
public enum PostcodeNormaliser {
    /// The canonical form of `text`, or nil if it is not a plausible UK postcode.
    public static func normalise(_ text: String) -> String? {
        var characters: [Character] = []
        characters.reserveCapacity(8)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every input): bytes, not Characters, which are slow to classify.
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: " "), 0x09...0x0D:
                    continue
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    guard characters.count < 7 else { return nil }
                    let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
                    characters.append(Character(Unicode.Scalar(upper)))
                default:
                    return nil
                }
            }
            return canonical(characters)
        }
        for character in text {
            if character.isWhitespace { continue }
            guard character.isASCII, character.isLetter || character.isNumber, characters.count < 7 else {
                return nil
            }
            characters.append(Character(character.uppercased()))
        }
        return canonical(characters)
    }

    /// The canonical form of up to seven upper-case letters and digits, if they make a plausible postcode.
    private static func canonical(_ characters: [Character]) -> String? {
        guard characters.count >= 5 else { return nil }
        let outward = Array(characters.dropLast(3))
        let inward = Array(characters.suffix(3))
        let canonical = String(outward) + " " + String(inward)
        if canonical == "GIR 0AA" { return canonical }
        guard isInward(inward), isOutward(outward) else { return nil }
        return canonical
    }

    /// Whether `text` is a plausible UK postcode in any spacing or case.
    public static func isPlausible(_ text: String) -> Bool { normalise(text) != nil }

    private static let firstLetters = Set("ABCDEFGHIJKLMNOPRSTUWYZ")       // not Q, V, X
    private static let secondLetters = Set("ABCDEFGHKLMNOPQRSTUVWXY")      // not I, J, Z
    private static let thirdLettersA9A = Set("ABCDEFGHJKPSTUW")
    private static let fourthLettersAA9A = Set("ABEHMNPRVWXY")
    private static let inwardLetters = Set("ABDEFGHJLNPQRSTUWXYZ")          // not C, I, K, M, O, V

    private static func isInward(_ inward: [Character]) -> Bool {
        inward[0].isNumber && inwardLetters.contains(inward[1]) && inwardLetters.contains(inward[2])
    }

    private static func isOutward(_ outward: [Character]) -> Bool {
        let shape = String(outward.map { $0.isNumber ? "9" : "A" })
        let letters = outward.filter(\.isLetter)
        guard let first = letters.first, firstLetters.contains(first) else { return false }
        switch shape {
        case "A9", "A99":
            return true
        case "AA9", "AA99":
            return secondLetters.contains(outward[1])
        case "A9A":
            return thirdLettersA9A.contains(outward[2])
        case "AA9A":
            return secondLetters.contains(outward[1]) && fourthLettersAA9A.contains(outward[3])
        default:
            return false
        }
    }
}
