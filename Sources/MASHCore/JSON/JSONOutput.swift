/// The bytes of one JSON document being written, and the containers still open in it.
final class JSONOutput {
    // One encoder owns its output and writes it from one thread: checking exclusive access at run time on
    // every byte appended cost more than the appending.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Closing byte of each open container, outermost first.
    @exclusivity(unchecked) private var closers: [UInt8] = []
    /// Whether each open container has an element yet (so the next one needs a comma).
    @exclusivity(unchecked) private var hasElements: [Bool] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var depth: Int { closers.count }

    /// Opens `{` or `[`; the new container's level is the depth before opening.
    func open(_ opener: UInt8, closer: UInt8) -> Int {
        bytes.append(opener)
        closers.append(closer)
        hasElements.append(false)
        return closers.count - 1
    }

    /// Closes every container deeper than `level`.
    func close(above level: Int) {
        while closers.count > level + 1 {
            bytes.append(closers.removeLast())
            hasElements.removeLast()
        }
    }

    /// Starts the next element of the container at `level`: closes what its previous element left open
    /// and writes the comma.
    func beginElement(in level: Int) {
        close(above: level)
        if hasElements[level] { bytes.append(UInt8(ascii: ",")) } else { hasElements[level] = true }
    }

    func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    func writeInteger<Integer: BinaryInteger>(_ value: Integer) {
        guard let small = Int64(exactly: value) else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if small < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = small.magnitude
        if magnitude == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Shortest form that reads back to the same value; JSON has no NaN or infinity.
    func writeFloatingPoint<Float: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Float, path: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "\(value) is not a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }
}
