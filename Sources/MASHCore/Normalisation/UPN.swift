/// A valid unique pupil number (DfE): a check letter then 12 digits, or for a temporary UPN
/// a check letter, 11 digits and a final letter.
///
/// The check letter follows the DfE UPN guide: weight characters 2-13 by their position (2...13),
/// a final letter counting as its index in `checkAlphabet`; the sum mod 23 indexes `checkAlphabet`.
public struct UPN: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 13 characters, upper case.
    public let value: String

    /// The 23 letters a check letter (and a temporary UPN's last letter) can be: no I, O or S.
    public static let checkAlphabet: [Character] = Array("ABCDEFGHJKLMNPQRTUVWXYZ")

    /// Why text is not a valid UPN.
    public enum Failure: Sendable, Hashable, Error {
        /// Not a letter then 12 digits, or a letter, 11 digits and a letter.
        case badFormat
        /// The first letter is not the check letter of the rest.
        case checkLetterMismatch
    }

    /// The UPN in `text` (surrounding whitespace and lower case allowed), or nil.
    public init?(_ text: String) {
        guard case .success(let upn) = Self.parse(text) else { return nil }
        self = upn
    }

    private init(validValue: String) { self.value = validValue }

    /// The UPN in `text`, or why it is not one.
    public static func parse(_ text: String) -> Result<UPN, Failure> {
        let characters = Array(text.trimmingWhitespace().uppercased())
        guard characters.count == 13,
              let first = characters.first, checkAlphabet.contains(first),
              characters[1...11].allSatisfy(\.isASCIIDigit)
        else { return .failure(.badFormat) }
        let last = characters[12]
        guard last.isASCIIDigit || checkAlphabet.contains(last) else { return .failure(.badFormat) }
        guard checkLetter(for: characters[1...]) == first else { return .failure(.checkLetterMismatch) }
        return .success(UPN(validValue: String(characters)))
    }

    /// The check letter for characters 2-13, or nil if they are not 11 digits and a digit or letter.
    public static func checkLetter<Characters: Collection>(for rest: Characters) -> Character? where Characters.Element == Character {
        guard rest.count == 12 else { return nil }
        var sum = 0
        for (offset, character) in rest.enumerated() {
            let weight = offset + 2
            if let digit = character.wholeNumberValue, character.isASCIIDigit {
                sum += digit * weight
            } else if offset == 11, let index = checkAlphabet.firstIndex(of: character) {
                sum += index * weight
            } else {
                return nil
            }
        }
        return checkAlphabet[sum % 23]
    }

    /// Whether this is a temporary UPN (ends in a letter).
    public var isTemporary: Bool { !(value.last?.isASCIIDigit ?? false) }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let upn = UPN(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text.prefix(32))\" is not a valid UPN")
        }
        self = upn
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing whitespace (no Foundation needed).
    func trimmingWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[start...end]
    }
}
