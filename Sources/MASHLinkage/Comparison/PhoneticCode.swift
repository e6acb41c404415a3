/// A Soundex-like sound code for a normalised name: letters that sound alike share a digit, vowels only
/// separate, and unlike Soundex the first letter is coded too, so "Catherine" and "Katherine" (and
/// "Sian"/"Cian") agree. At most four characters, e.g. "smith" → "2530", "smyth" → "2530".
public enum PhoneticCode {
    /// The code of `name` (lower-case letters; anything else is skipped); empty for a name with no letters.
    public static func of(_ name: String) -> String {
        var code: [UInt8] = []
        code.reserveCapacity(4)
        var last: UInt8 = 0
        for byte in name.utf8 {
            guard let digit = digit(for: byte) else { continue }
            if code.isEmpty {
                // An initial h or w is its own class: "Harry" and "Arry" are not the same name.
                code.append(digit == 0 ? UInt8(ascii: "0") : digit == 255 ? UInt8(ascii: "7") : digit + 48)
                last = digit
                continue
            }
            if digit == 255 { continue }          // h and w neither code nor separate
            if digit == 0 { last = 0; continue }  // vowels separate repeated sounds
            if digit != last {
                code.append(digit + 48)
                if code.count == 4 { break }
            }
            last = digit
        }
        return String(decoding: code, as: UTF8.self)
    }

    /// The sound class of a first letter alone: the first character of its code ("0" for a vowel).
    public static func initialClass(_ name: String) -> String {
        String(of(name).prefix(1))
    }

    /// 0 for vowels (and y), 255 for h and w, 1...6 for consonant classes; nil for a non-letter.
    private static func digit(for byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): 0
        case UInt8(ascii: "h"), UInt8(ascii: "w"): 255
        case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "p"), UInt8(ascii: "v"): 1
        case UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "q"),
             UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"): 2
        case UInt8(ascii: "d"), UInt8(ascii: "t"): 3
        case UInt8(ascii: "l"): 4
        case UInt8(ascii: "m"), UInt8(ascii: "n"): 5
        case UInt8(ascii: "r"): 6
        default: nil
        }
    }
}
