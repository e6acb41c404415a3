import MASHCore

/// Reads dates and sexes as extracts write them.
public enum FieldParsing {
    /// A date as "YYYY-MM-DD", "DD/MM/YYYY" (UK order) or "YYYYMMDD"; nil if it is none of them or not a real date.
    public static func date(_ text: String) -> LocalDate? {
        let text = text.trimmedOfWhitespace()
        if let date = LocalDate(iso8601: text), date.isRealDate { return date }
        let slashed = text.split(separator: "/")
        if slashed.count == 3, let day = Int(slashed[0]), let month = Int(slashed[1]), let year = Int(slashed[2]), slashed[2].count == 4 {
            return LocalDate(year: year, month: month, day: day).flatMap { $0.isRealDate ? $0 : nil }
        }
        if text.utf8.count == 8, let number = Int(text) {
            return LocalDate(year: number / 10000, month: number / 100 % 100, day: number % 100).flatMap { $0.isRealDate ? $0 : nil }
        }
        return nil
    }

    /// "F"/"female" or "M"/"male" in any case; "U"/"unknown" is unknown; nil for anything else or empty.
    public static func sex(_ text: String) -> Sex? {
        switch text.trimmedOfWhitespace().lowercased() {
        case "f", "female": .female
        case "m", "male": .male
        case "u", "unknown", "not known", "not stated": .unknown
        default: nil
        }
    }
}
