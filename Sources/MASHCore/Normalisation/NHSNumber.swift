/// A valid NHS number: ten digits whose last is the modulus-11 check digit of the first nine.
public struct NHSNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ten digits, no separators.
    public let digits: String

    /// Why text is not a valid NHS number.
    public enum Failure: Sendable, Hashable, Error {
        /// Not ten digits (after removing spaces and hyphens).
        case notTenDigits
        /// The tenth digit is not the check digit of the first nine (or the check digit would be 10).
        case checkDigitMismatch
        /// All ten digits the same (0000000000, 1111111111...): data-entry placeholders, some of
        /// which pass the checksum, and which would wrongly join unrelated children.
        case placeholder
    }

    /// The NHS number in `text` (spaces and hyphens allowed), or nil if it is not valid.
    public init?(_ text: String) {
        guard case .success(let number) = Self.parse(text) else { return nil }
        self = number
    }

    private init(validDigits: String) { self.digits = validDigits }

    /// The NHS number in `text`, or why it is not one.
    public static func parse(_ text: String) -> Result<NHSNumber, Failure> {
        var values: [Int] = []
        values.reserveCapacity(10)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9":
                guard values.count < 10 else { return .failure(.notTenDigits) }
                values.append(Int(scalar.value) - 48)
            case " ", "-", "\t": continue
            default: return .failure(.notTenDigits)
            }
        }
        guard values.count == 10 else { return .failure(.notTenDigits) }
        guard Set(values).count > 1 else { return .failure(.placeholder) }
        guard checkDigit(forFirstNine: values.prefix(9)) == values[9] else {
            return .failure(.checkDigitMismatch)
        }
        return .success(NHSNumber(validDigits: values.map(String.init).joined()))
    }

    /// The modulus-11 check digit for nine digits, or nil when it would be 10 (no valid number).
    ///
    /// Weights 10 down to 2; check = 11 - (sum mod 11), with 11 becoming 0.
    public static func checkDigit<Digits: Collection>(forFirstNine digits: Digits) -> Int? where Digits.Element == Int {
        guard digits.count == 9 else { return nil }
        var sum = 0
        for (offset, digit) in digits.enumerated() { sum += digit * (10 - offset) }
        let check = 11 - sum % 11
        switch check {
        case 11: return 0
        case 10: return nil
        default: return check
        }
    }

    /// The usual 3-3-4 grouping, e.g. "943 476 5919".
    public var formatted: String {
        let characters = Array(digits)
        return String(characters[0..<3]) + " " + String(characters[3..<6]) + " " + String(characters[6...])
    }

    public var description: String { digits }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let number = NHSNumber(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text.prefix(32))\" is not a valid NHS number")
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
