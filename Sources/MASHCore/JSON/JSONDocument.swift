import Foundation

/// A JSON text parsed once into a flat list of its values, in document order, each naming where its text
/// is and where the value after it starts: what `StreamingJSONDecoder` reads a message from, without building
/// a dictionary or a string per object key as Foundation's decoder does.
///
/// Parsing checks the whole text against the JSON grammar (RFC 8259) and is stricter than Foundation in two
/// ways: a trailing comma is refused, and so is an object that names a key twice (which value a reader would
/// take is then a matter of implementation, and a message that could be read two ways is not trusted).
final class JSONDocument {
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    struct Value {
        var kind: Kind
        /// For strings: whether the text holds escapes. For numbers: whether it is an integer (no fraction,
        /// no exponent).
        var flag: Bool
        /// The text: of a string, between its quotes; of a number, its characters.
        var start: Int32
        var end: Int32
        /// For objects and arrays: members (an object's keys and values each count).
        var count: Int32
        /// The index of the value after this one and everything in it.
        var next: Int32
    }

    let bytes: UnsafeRawBufferPointer
    private(set) var values: UnsafeMutableBufferPointer<Value>
    private var used = 0

    /// Parses `bytes`, which must outlive the document, refusing arrays and objects nested deeper than
    /// `maximumDepth` (1 for `{}`).
    init(parsing bytes: UnsafeRawBufferPointer, maximumDepth: Int) throws(JSONSyntaxError) {
        guard bytes.count < Int(Int32.max) else { throw JSONSyntaxError("a document of \(bytes.count) bytes is too large", at: 0) }
        self.bytes = bytes
        // A value takes at least one byte, so there are never more values than bytes; most messages need far fewer.
        values = .allocate(capacity: max(16, bytes.count / 8))
        var parser = Parser(document: self, maximumDepth: maximumDepth)
        parser.skipWhitespace()
        try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw JSONSyntaxError("unexpected text after the value", at: parser.position) }
    }

    deinit {
        values.deallocate()
    }

    subscript(index: Int) -> Value {
        @inline(__always) get { values[index] }
    }

    fileprivate func append(_ value: Value) -> Int {
        if used == values.count {
            let grown = UnsafeMutableBufferPointer<Value>.allocate(capacity: values.count * 2)
            _ = grown.initialize(from: values)
            values.deallocate()
            values = grown
        }
        values[used] = value
        used += 1
        return used - 1
    }

    fileprivate func finish(_ index: Int, count: Int) {
        values[index].count = Int32(count)
        values[index].next = Int32(used)
    }

    /// The text of a value.
    func text(of value: Value) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[Int(value.start)..<Int(value.end)])
    }

    /// Whether a key (a string value) reads `name`.
    func key(_ value: Value, is name: UnsafeRawBufferPointer) -> Bool {
        if !value.flag { return Self.text(of: value, in: bytes, is: name) }
        return (try? unescaped(value)).map { $0.elementsEqual(name) } ?? false
    }

    /// Whether the text of a value without escapes is `name`.
    @inline(__always)
    static func text(of value: Value, in bytes: UnsafeRawBufferPointer, is name: UnsafeRawBufferPointer) -> Bool {
        guard Int(value.end - value.start) == name.count else { return false }
        return name.isEmpty || memcmp(bytes.baseAddress! + Int(value.start), name.baseAddress!, name.count) == 0
    }

    /// A string value's text, escapes resolved, as UTF-8 bytes.
    func unescaped(_ value: Value) throws(JSONSyntaxError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(Int(value.end - value.start))
        var index = Int(value.start)
        let end = Int(value.end)
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            default:
                // `u`: the parser has checked the digits and that surrogates come in pairs.
                var scalar = hexValue(at: index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    let low = hexValue(at: index + 2)
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw JSONSyntaxError("an escape that is not a character", at: index) }
                output.append(contentsOf: UTF8.encode(unicode)!)
            }
        }
        return output
    }

    private func hexValue(at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] { value = value << 4 | UInt32(hexDigitValue(byte)!) }
        return value
    }
}

private func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Not JSON's grammar, or not UTF-8.
        case malformed
        /// A comma before a closing bracket or brace (JSON forbids it; Foundation accepts it).
        case trailingComma
        /// Nested deeper than the decoder's limit.
        case tooDeep
        /// JSON, but an object in it names a key twice.
        case duplicateKey
    }

    public let kind: Kind
    public let reason: String
    /// Byte offset in the text.
    public let offset: Int

    init(_ reason: String, at offset: Int, kind: Kind = .malformed) {
        self.kind = kind
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) at byte \(offset)" }
}

/// Walks the text once, appending each value to the document.
private struct Parser {
    let document: JSONDocument
    let bytes: UnsafeRawBufferPointer
    let maximumDepth: Int
    var position = 0
    /// Each open object's keys, hashed, for finding one named twice.
    var keyHashes: [UInt64] = []

    init(document: JSONDocument, maximumDepth: Int) {
        self.document = document
        self.maximumDepth = maximumDepth
        bytes = document.bytes
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func error(_ reason: String) -> JSONSyntaxError {
        JSONSyntaxError(reason, at: position)
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) {
        guard position < bytes.count else { throw error("the text ends where a value should be") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try parseLiteral("true", .true)
        case UInt8(ascii: "f"): try parseLiteral("false", .false)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw error("unexpected character")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONDocument.Kind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count, memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0 else {
            throw error("unexpected character")
        }
        let start = Int32(position)
        position += length
        _ = document.append(.init(kind: kind, flag: false, start: start, end: Int32(position), count: 0, next: 0))
        document.finishScalar()
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) {
        let firstKey = keyHashes.count
        defer { keyHashes.removeSubrange(firstKey...) }
        let (index, members) = try parseContainer(.object, depth: depth, closer: UInt8(ascii: "}")) { parser throws(JSONSyntaxError) in
            try parser.parseMember(depth: depth)
        }
        try checkKeysDistinct(from: firstKey, object: index)
        document.finish(index, count: members * 2)
    }

    /// An object's `"key": value`.
    private mutating func parseMember(depth: Int) throws(JSONSyntaxError) {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
        let keyIndex = document.count
        try parseString()
        keyHashes.append(hash(of: document[keyIndex]))
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
        position += 1
        skipWhitespace()
        try parseValue(depth: depth)
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) {
        let (index, members) = try parseContainer(.array, depth: depth, closer: UInt8(ascii: "]")) { parser throws(JSONSyntaxError) in
            try parser.parseValue(depth: depth)
        }
        document.finish(index, count: members)
    }

    /// An object or array at `position`: its members, each read by `member`, separated by commas, up to
    /// `closer`. Returns the container's index and how many members it has.
    private mutating func parseContainer(
        _ kind: JSONDocument.Kind, depth: Int, closer: UInt8, member: (inout Parser) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) -> (index: Int, members: Int) {
        guard depth <= maximumDepth else { throw JSONSyntaxError("nested more than \(maximumDepth) levels deep", at: position, kind: .tooDeep) }
        let index = document.append(.init(kind: kind, flag: false, start: Int32(position), end: 0, count: 0, next: 0))
        let what = kind == .object ? "an object" : "an array"
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == closer {
            position += 1
            return (index, 0)
        }
        var members = 0
        while true {
            skipWhitespace()
            try member(&self)
            members += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("the text ends inside \(what)") }
            if bytes[position] == UInt8(ascii: ",") {
                let comma = position
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == closer { throw JSONSyntaxError("a trailing comma", at: comma, kind: .trailingComma) }
                continue
            }
            guard bytes[position] == closer else { throw error("expected ',' or '\(Character(Unicode.Scalar(closer)))' in \(what)") }
            position += 1
            return (index, members)
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) {
        position += 1
        let start = position
        var escaped = false, ascii = true
        while true {
            guard position < bytes.count else { throw JSONSyntaxError("the text ends inside a string", at: start - 1) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            guard byte >= 0x20 else { throw error("a raw control character in a string") }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try checkEscape()
            } else {
                ascii = ascii && byte < 0x80
                position += 1
            }
        }
        // Checked here, for every string, used or not: a text that is not UTF-8 is refused whole, as Foundation does.
        if !ascii, let offset = firstInvalidUTF8(from: start, to: position) { throw JSONSyntaxError("bytes that are not UTF-8 in a string", at: offset) }
        _ = document.append(.init(kind: .string, flag: escaped, start: Int32(start), end: Int32(position), count: 0, next: 0))
        position += 1
        document.finishScalar()
    }

    /// Where the bytes in `start..<end` stop being well-formed UTF-8 (RFC 3629: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), or nil.
    private func firstInvalidUTF8(from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range the second byte must fall in, and how many bytes the sequence has.
            let second: ClosedRange<UInt8>, length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return index
            }
            guard index + length <= end, second.contains(bytes[index + 1]) else { return index }
            for continuation in (index + 2)..<(index + length) where bytes[continuation] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// Checks the escape at `position` and moves past it: one of `"\/bfnrt`, or `u` and four hex digits,
    /// a high surrogate followed by a low one.
    private mutating func checkEscape() throws(JSONSyntaxError) {
        guard position + 1 < bytes.count else { throw error("the text ends inside an escape") }
        switch bytes[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let scalar = try hex(at: position + 2)
            position += 6
            if (0xDC00...0xDFFF).contains(scalar) { throw error("a low surrogate without a high one") }
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u"),
                    (0xDC00...0xDFFF).contains(try hex(at: position + 2))
                else { throw error("a high surrogate without a low one") }
                position += 6
            }
        default:
            throw error("an unknown escape")
        }
    }

    private func hex(at index: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("the text ends inside an escape") }
        var value: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = hexDigitValue(byte) else { throw error("an escape with a character that is not a hex digit") }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = position
        var integer = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number without digits") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw error("a number with a leading zero") }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integer = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number without digits after its point") }
            skipDigits()
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            integer = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("a number without digits in its exponent") }
            skipDigits()
        }
        _ = document.append(.init(kind: .number, flag: integer, start: Int32(start), end: Int32(position), count: 0, next: 0))
        document.finishScalar()
    }

    private mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// FNV-1a of a key's text, escapes resolved (so `"a"` and `"\u0061"` are the same key).
    private func hash(of key: JSONDocument.Value) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if key.flag, let text = try? document.unescaped(key) {
            for byte in text { mix(byte) }
        } else {
            for byte in document.text(of: key) { mix(byte) }
        }
        return hash
    }

    /// Refuses an object that names a key twice: keys hashed alike are compared in full.
    private func checkKeysDistinct(from firstKey: Int, object: Int) throws(JSONSyntaxError) {
        let hashes = keyHashes[firstKey...]
        guard hashes.count > 1 else { return }
        if hashes.count <= 16 {
            // Few keys (every message's objects): compare each with those before it.
            for (offset, hash) in hashes.enumerated() {
                for (earlierOffset, earlier) in hashes.prefix(offset).enumerated() where earlier == hash {
                    try checkDistinct(keyAt: offset, earlierKeyAt: earlierOffset, object: object)
                }
            }
            return
        }
        // Many keys (hostile input): sorted by hash, so the check stays O(n log n).
        var sorted = hashes.enumerated().map { (hash: $1, key: $0) }
        sorted.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.key < $1.key) }
        for pair in zip(sorted, sorted.dropFirst()) where pair.0.hash == pair.1.hash {
            try checkDistinct(keyAt: pair.1.key, earlierKeyAt: pair.0.key, object: object)
        }
    }

    /// Throws if the object's `offset`th key reads the same as its `earlierOffset`th.
    private func checkDistinct(keyAt offset: Int, earlierKeyAt earlierOffset: Int, object: Int) throws(JSONSyntaxError) {
        let key = keyIndex(object: object, offset: offset), earlier = keyIndex(object: object, offset: earlierOffset)
        let text = (try? document.unescaped(document[key])) ?? []
        let earlierText = (try? document.unescaped(document[earlier])) ?? []
        guard text == earlierText else { return }
        let name = String(decoding: text.prefix(40), as: UTF8.self)
        throw JSONSyntaxError("an object names the key \"\(name)\" twice", at: Int(document[key].start) - 1, kind: .duplicateKey)
    }

    /// The index of an object's `offset`th key.
    private func keyIndex(object: Int, offset: Int) -> Int {
        var index = object + 1
        for _ in 0..<offset { index = Int(document[index + 1].next) }
        return index
    }
}

extension JSONDocument {
    /// Values appended so far.
    fileprivate var count: Int { used }

    /// Marks the scalar just appended as complete: the next value starts right after it.
    fileprivate func finishScalar() {
        values[used - 1].next = Int32(used)
    }
}
