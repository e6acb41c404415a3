import MASHCore

/// Reads dates and sexes as extracts write them.
public enum FieldParsing {
    /// How dates of birth are written in a file: any of the forms `date(_:)` reads, or exactly one.
    public enum DateFormat: String, Sendable, CaseIterable {
        case auto
        case iso = "yyyy-mm-dd"
        case compact = "yyyymmdd"
        case british = "dd/mm/yyyy"
        case american = "mm/dd/yyyy"
    }

    /// A date written in `format`; nil if it is not one, or not a real date.
    public static func date(_ text: String, format: DateFormat) -> LocalDate? {
        let text = text.trimmedOfWhitespace()
        func real(_ year: Int?, _ month: Int?, _ day: Int?) -> LocalDate? {
            guard let year, let month, let day else { return nil }
            return LocalDate(year: year, month: month, day: day).flatMap { $0.isRealDate ? $0 : nil }
        }
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        switch format {
        case .auto: return date(text)
        case .iso: return LocalDate(iso8601: text).flatMap { $0.isRealDate ? $0 : nil }
        case .compact:
            guard text.utf8.count == 8, let number = Int(text) else { return nil }
            return real(number / 10000, number / 100 % 100, number % 100)
        case .british:
            guard slashed.count == 3, text.split(separator: "/")[2].count == 4 else { return nil }
            return real(slashed[2], slashed[1], slashed[0])
        case .american:
            guard slashed.count == 3, text.split(separator: "/")[2].count == 4 else { return nil }
            return real(slashed[2], slashed[0], slashed[1])
        }
    }

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
