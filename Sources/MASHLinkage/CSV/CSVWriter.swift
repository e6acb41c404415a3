/// Writes CSV records: a field is quoted only when it holds a comma, a quote or a line break.
public enum CSVWriter {
    /// One record as a line ending in LF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\n"
    }

    /// The field as CSV writes it.
    public static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
