import Foundation

/// Reduces a person's name to comparable tokens for matching and keys.
///
/// Steps: fold case, diacritics and width ("Zoë" → "zoe", "STRAẞE" → "strasse"); transliterate the
/// letters folding leaves alone (ø → o, ł → l, æ → ae, œ → oe, đ/ð → d, þ → th, ı → i); delete
/// apostrophes so "O'Brien" and "OBrien" agree ("obrien"); treat every other non-letter, non-digit
/// (hyphens, full stops, commas, brackets, spaces) as a separator, so "Smith-Jones" gives the two
/// tokens "smith", "jones"; drop empty tokens. Control characters are separators too.
public enum NameNormaliser {
    /// The name's tokens, e.g. "  Mary-Jane  O’Brien " → ["mary", "jane", "obrien"].
    public static func tokens(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(name) }
        return foldedTokens(name)
    }

    /// The same rules for ASCII text (almost every name), byte by byte: folding ASCII is only lower-casing,
    /// and Foundation's folding is slow enough to dominate matching.
    static func asciiTokens(_ name: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// The general rules, for text with any character outside ASCII.
    static func foldedTokens(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var tokens: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            if let replacement = transliterations[scalar] {
                current += replacement
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The tokens joined by single spaces, e.g. "Mary-Jane O’Brien" → "mary jane obrien".
    public static func normalise(_ name: String) -> String {
        tokens(name).joined(separator: " ")
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    private static let transliterations: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ß": "ss", "ẞ": "ss",
    ]
}
