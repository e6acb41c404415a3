/// Reads the structure of JSON text in one pass over the bytes, without parsing: how deep it nests and
/// where its first trailing comma is. The stages' decoder refuses both as it parses (nesting past
/// `StageLimits.maximumJSONDepth`, a comma before a closing bracket or brace, which JSON forbids and
/// Foundation's decoder accepted) and stops at the first; this is read only then, so the reason can say how
/// deep the message nests and where the comma is.
///
/// Brackets and commas inside strings do not count; unbalanced or invalid input is read as far as it goes.
public struct JSONStructure: Sendable, Equatable {
    /// The deepest nesting of arrays and objects: 0 for a scalar, 1 for `{}`.
    public var maximumDepth: Int
    /// The byte offset of the first comma followed (after any whitespace) by `]` or `}`, if any.
    public var firstTrailingComma: Int?

    /// The structure of `bytes`.
    public init(scanning bytes: [UInt8]) {
        (maximumDepth, firstTrailingComma) = bytes.withUnsafeBufferPointer { buffer in
            var depth = 0, deepest = 0
            var inString = false, escaped = false
            var pendingComma: Int?, trailingComma: Int?
            for (offset, byte) in buffer.enumerated() {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case UInt8(ascii: " "), 0x09, 0x0A, 0x0D:
                    continue
                case UInt8(ascii: ","):
                    pendingComma = offset
                    continue
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    deepest = max(deepest, depth)
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if trailingComma == nil, let comma = pendingComma { trailingComma = comma }
                    depth = max(0, depth - 1)
                default:
                    break
                }
                pendingComma = nil
            }
            return (deepest, trailingComma)
        }
    }
}
