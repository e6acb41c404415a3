/// Decimal digits padded with leading zeros, without Foundation's formatting.
enum ZeroPadded {
    /// `value` (not negative) in at least `width` digits.
    static func digits(_ value: Int, width: Int) -> String {
        var count = 1
        var remaining = value / 10
        while remaining > 0 { count += 1; remaining /= 10 }
        let length = max(count, width)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var remaining = value
            for index in stride(from: length - 1, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            }
            return length
        }
    }

    /// `prefix` followed by `value` in at least `width` digits, e.g. ("NFP-P-", 42, 6) gives "NFP-P-000042".
    static func identifier(_ prefix: String, _ value: Int, width: Int) -> String {
        var text = prefix
        text += digits(value, width: width)
        return text
    }
}
