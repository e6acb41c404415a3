/// Finds a comma directly before a closing bracket or brace, which JSON forbids but Foundation's
/// `JSONDecoder` on Linux (Swift 6.3) accepts: a producer writing `[1,]` is not writing JSON, and
/// what else it gets wrong cannot be told.
public enum JSONTrailingComma {
    /// The byte offset of the first comma followed (after any whitespace) by `]` or `}`, outside strings.
    public static func firstOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var inString = false, escaped = false
            var pendingComma: Int?
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
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    if let comma = pendingComma { return comma }
                case UInt8(ascii: ","):
                    pendingComma = offset
                    continue
                case UInt8(ascii: "\""):
                    inString = true
                default:
                    break
                }
                pendingComma = nil
            }
            return nil
        }
    }
}
