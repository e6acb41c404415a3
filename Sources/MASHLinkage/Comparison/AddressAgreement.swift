/// How two addresses compare, by canonical postcode and normalised first line.
public enum AddressAgreement: Sendable, Hashable, CaseIterable {
    /// The same postcode and first line.
    case sameAddress
    /// The same postcode and first lines alike (Jaro-Winkler 0.8 or more, house numbers aside).
    case samePostcodeLineAlike
    /// The same postcode; the first lines differ or one is unknown.
    case samePostcode
    /// The same first line under different postcodes: a mistyped postcode.
    case sameLine
    /// First lines alike under different postcodes.
    case lineAlike
    /// The same postcode district (outward code), e.g. a move within the area.
    case sameDistrict
    /// Different postcodes.
    case differs
    /// One side gives no postcode.
    case missing

    /// Compares two addresses given as canonical postcodes and normalised first lines. Lines are the same
    /// when they agree but for a typing error (Jaro-Winkler 0.9 or more) in the words, never in the numbers:
    /// 7 and 9 Mill Lane are neighbours, not one address.
    public static func compare(postcode lhs: String?, line lhsLine: String?, with rhs: String?, line rhsLine: String?) -> AddressAgreement {
        compare(postcode: lhs, with: rhs, lines: lhsLine.flatMap { left in rhsLine.map { lineLevel(left, $0) } } ?? .unknown)
    }

    /// Compares two postcodes, the first lines having compared as `lines`.
    @usableFromInline
    static func compare(postcode lhs: String?, with rhs: String?, lines: LineLevel) -> AddressAgreement {
        guard let lhs, let rhs else {
            switch lines {
            case .same: return .sameLine
            case .alike: return .lineAlike
            case .different, .unknown: return .missing
            }
        }
        if lhs == rhs {
            switch lines {
            case .same: return .sameAddress
            case .alike: return .samePostcodeLineAlike
            case .different, .unknown: return .samePostcode
            }
        }
        switch lines {
        case .same: return .sameLine
        case .alike: return .lineAlike
        case .different, .unknown: return sameOutward(lhs, rhs) ? .sameDistrict : .differs
        }
    }

    /// How two first lines compare; `unknown` when either is missing.
    @usableFromInline
    enum LineLevel: CaseIterable, Sendable { case same, alike, different, unknown }

    /// Whether two lines hold the same words with digits in them (house and flat numbers), in order.
    private static func sameNumbers(_ lhs: String, _ rhs: String) -> Bool {
        var left = NumberWords(lhs.utf8), right = NumberWords(rhs.utf8)
        while true {
            let a = left.next(), b = right.next()
            guard let a, let b else { return a == nil && b == nil }
            guard a.elementsEqual(b) else { return false }
        }
    }

    /// The words holding a digit in a line, one after another, without copying.
    private struct NumberWords {
        let bytes: String.UTF8View
        var index: String.UTF8View.Index

        init(_ bytes: String.UTF8View) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        mutating func next() -> Substring.UTF8View? {
            while index < bytes.endIndex {
                while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index = bytes.index(after: index) }
                let start = index
                var digit = false
                while index < bytes.endIndex, bytes[index] != UInt8(ascii: " ") {
                    if (0x30...0x39).contains(bytes[index]) { digit = true }
                    index = bytes.index(after: index)
                }
                if digit { return Substring(bytes[start..<index]).utf8 }
            }
            return nil
        }
    }

    /// Whether two normalised first lines are one address written twice.
    static func sameLine(_ lhs: String, _ rhs: String) -> Bool { lineLevel(lhs, rhs) == .same }

    static func lineLevel(_ lhs: String, _ rhs: String) -> LineLevel {
        if lhs == rhs { return .same }
        let similarity = JaroWinkler.similarity(lhs, rhs)
        if similarity >= 0.9, sameNumbers(lhs, rhs) { return .same }
        return similarity >= 0.8 ? .alike : .different
    }

    /// Whether two postcodes have the same outward code (a UK postcode's part before the space; any other
    /// postcode is its own district). Canonical postcodes are ASCII, where every byte is a character of
    /// its own: their bytes are compared directly, the same answer as comparing characters, which costs
    /// grapheme breaking.
    private static func sameOutward(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        let ascii = lhs.withUTF8 { left in
            rhs.withUTF8 { right -> Bool? in
                guard !left.contains(where: { $0 >= 0x80 }), !right.contains(where: { $0 >= 0x80 }) else { return nil }
                let leftEnd = left.firstIndex(of: UInt8(ascii: " ")) ?? left.count
                let rightEnd = right.firstIndex(of: UInt8(ascii: " ")) ?? right.count
                return leftEnd == rightEnd && left.prefix(leftEnd).elementsEqual(right.prefix(rightEnd))
            }
        }
        return ascii ?? (outward(lhs) == outward(rhs))
    }

    private static func outward(_ postcode: String) -> Substring {
        guard let space = postcode.firstIndex(of: " ") else { return Substring(postcode) }
        return postcode[..<space]
    }
}
