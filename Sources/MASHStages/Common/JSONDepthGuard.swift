/// Measures how deeply JSON text nests, with one pass over the bytes and no parsing, so a message
/// nested far deeper than any real one is rejected with a clear reason before the decoder sees it.
///
/// Foundation's `JSONDecoder` on Linux (Swift 6.3) survives 1,000,000 levels, but only by refusing
/// 512 or more with a bare "not valid JSON", and it decodes anything shallower, however pointless;
/// a real referral nests 4 deep (referral, subjects, subject, address).
public enum JSONDepthGuard {
    /// The deepest nesting of arrays and objects in `bytes`: 0 for a scalar, 1 for `{}`.
    ///
    /// Brackets inside strings do not count; unbalanced or invalid input is measured as far as it
    /// goes and left for the decoder to reject.
    public static func maximumDepth(of bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var depth = 0, deepest = 0
            var inString = false, escaped = false
            for byte in buffer {
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
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    deepest = max(deepest, depth)
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    depth = max(0, depth - 1)
                default:
                    break
                }
            }
            return deepest
        }
    }
}
