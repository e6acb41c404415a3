import MASHCore

/// A byte buffer that JSON is written into by hand, for the generator's hot paths where Foundation's
/// `JSONEncoder` is several times too slow. Output holds what `MASHJSON` would write (compact, absent
/// optionals omitted, `/` not escaped) with keys always in declaration order, where Foundation's
/// encoder on Linux orders them by hash, differently in every process.
///
/// Non-copyable over raw memory: appends are a bounds check and a store, with no copy-on-write or
/// exclusivity bookkeeping per byte.
public struct JSONBytes: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (it grows as needed).
    public init(capacity: Int = 4096) {
        self.capacity = max(64, capacity)
        self.storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// A copy of the bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Calls `body` with the bytes written so far, without copying them.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: storage, count: count))
    }

    /// Forgets the contents, keeping the storage.
    public mutating func removeAll() { count = 0 }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (storage + count).update(from: base, count: buffer.count)
        count += buffer.count
    }

    /// Appends text as it is (keys, punctuation).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        storage[count] = value
        count += 1
    }

    /// Appends text without quoting or escaping (CSV fields, whole lines).
    mutating func rawText(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends a quoted, escaped JSON string.
    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            byte(UInt8(ascii: "\""))
            if Self.needsEscaping(utf8) {
                for byte in utf8 { escape(byte) }
            } else {
                append(utf8)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Whether any byte is a quote, a backslash or a control character, checked eight bytes at a time.
    @inline(__always)
    private static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= utf8.count {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A byte below 0x20, or one that XORs to zero with '"' or '\\', sets its high bit here.
            let below = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22)
            let slash = word ^ (ones &* 0x5C)
            let zeroes = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash)
            if (below | zeroes) & highs != 0 { return true }
            offset += 8
        }
        while offset < utf8.count {
            let byte = utf8[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            offset += 1
        }
        return false
    }

    /// Appends a whole number.
    mutating func int(_ value: Int) {
        if value < 0 {
            byte(UInt8(ascii: "-"))
            if value == .min {
                raw("9223372036854775808")
                return
            }
        }
        var magnitude = value.magnitude
        var digitCount = 1
        var probe = magnitude / 10
        while probe > 0 { digitCount += 1; probe /= 10 }
        reserve(digitCount)
        for index in stride(from: count + digitCount - 1, through: count, by: -1) {
            storage[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        }
        count += digitCount
    }

    mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// Appends a date as a quoted `YYYY-MM-DD`.
    mutating func date(_ date: LocalDate) {
        byte(UInt8(ascii: "\""))
        digits(date.year, width: 4)
        byte(UInt8(ascii: "-"))
        digits(date.month, width: 2)
        byte(UInt8(ascii: "-"))
        digits(date.day, width: 2)
        byte(UInt8(ascii: "\""))
    }

    /// Appends `"key":`, preceded by a comma unless it is the object's first key.
    mutating func key(_ name: StaticString, first: inout Bool) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)
        if !first {
            storage[count] = UInt8(ascii: ",")
            count += 1
        }
        first = false
        storage[count] = UInt8(ascii: "\"")
        (storage + count + 1).update(from: name.utf8Start, count: length)
        storage[count + 1 + length] = UInt8(ascii: "\"")
        storage[count + 2 + length] = UInt8(ascii: ":")
        count += length + 3
    }

    /// Appends an array of strings.
    mutating func strings(_ values: [String]) {
        byte(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            string(value)
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends an array of string-backed enum values.
    mutating func rawValues<Value: RawRepresentable>(_ values: [Value]) where Value.RawValue == String {
        byte(UInt8(ascii: "["))
        for index in values.indices {
            if index > 0 { byte(UInt8(ascii: ",")) }
            string(values[index].rawValue)
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends `value` (not negative) as exactly `width` digits, with leading zeros.
    mutating func digits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var remaining = value
        while divisor > 0 {
            byte(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remaining / divisor % 10))
            remaining %= divisor
            divisor /= 10
        }
    }

    private mutating func escape(_ value: UInt8) {
        switch value {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case ..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            raw("\\u00")
            byte(hex[Int(value >> 4)])
            byte(hex[Int(value & 0x0F)])
        default:
            byte(value)
        }
    }
}
