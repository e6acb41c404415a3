/// A postcode kept inside a packed row: its UTF-8 in 16 bytes, zero-padded, so that rows hold no
/// references (copying one is copying bytes) and reading a postcode touches no other memory. Canonical
/// postcodes are at most 12 bytes; any value that does not fit (empty, longer, holding a zero byte) is
/// kept aside, the row holding 0xFF (never a byte of UTF-8) and its place there.
struct InlinePostcode: Sendable, Hashable {
    private var low: UInt64
    private var high: UInt64

    static let none = InlinePostcode(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The inline form of `postcode`, or nil when it must be kept aside.
    init?(_ postcode: String) {
        var postcode = postcode, packed: (UInt64, UInt64) = (0, 0)
        let fits = postcode.withUTF8 { utf8 in
            guard !utf8.isEmpty, utf8.count <= 16, !utf8.contains(0) else { return false }
            withUnsafeMutableBytes(of: &packed) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
            return true
        }
        guard fits else { return nil }
        (low, high) = packed
    }

    /// The mark of a postcode kept aside at `position`.
    static func aside(_ position: UInt32) -> InlinePostcode {
        InlinePostcode(low: 0xFF | UInt64(position) << 8, high: 0)
    }

    /// Where the postcode is kept aside, when it is.
    var asidePosition: UInt32? {
        low & 0xFF == 0xFF ? UInt32(truncatingIfNeeded: low >> 8) : nil
    }

    /// The postcode held inline; nil for none or one kept aside.
    var string: String? {
        guard low != 0, low & 0xFF != 0xFF else { return nil }
        return withUnsafeBytes(of: (low, high)) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.firstIndex(of: 0) ?? 16
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self)
        }
    }
}
