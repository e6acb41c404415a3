import MASHCore

/// Turns a `DecodingError` into one line an operator can act on, naming the field by its path,
/// e.g. `subjects[1].dateOfBirth: "31/02/2015" is not a date of the form YYYY-MM-DD` or
/// `missing required field concern.summary`.
public enum DecodingErrorDescription {
    /// The error in words, with the field path in `a.b[2].c` form.
    public static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing required field \(path(context.codingPath + [key]))"
        case .valueNotFound(_, let context):
            return located(context.codingPath, "null where a value is required")
        case .typeMismatch(_, let context):
            return located(context.codingPath, sentence(context.debugDescription))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, context.debugDescription.contains("not valid JSON") {
                // A key named twice is the one syntax error the text itself would not show a reader.
                if let syntax = context.underlyingError as? JSONSyntaxError, syntax.kind == .duplicateKey { return "not valid JSON (\(syntax))" }
                return "not valid JSON"
            }
            return located(context.codingPath, sentence(context.debugDescription))
        @unknown default:
            return String(describing: error)
        }
    }

    /// The path of the field the error is about, in `a.b[2].c` form ("" for the whole message).
    public static func path(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): path(context.codingPath + [key])
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context): path(context.codingPath)
        @unknown default: ""
        }
    }

    /// `a.b[2].c` for a coding path; array positions become `[n]`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func located(_ codingPath: [any CodingKey], _ message: String) -> String {
        codingPath.isEmpty ? message : "\(path(codingPath)): \(message)"
    }

    /// Foundation's messages end with a full stop; a reason reads better without one.
    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }
}
