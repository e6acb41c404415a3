/// Distinct valid NHS numbers in the 999 test range ("999" + six digits + the modulus-11 check
/// digit), which is never issued to a patient.
///
/// The six free digits run through an affine permutation of 0...999,999, skipping those whose
/// check digit would be 10, so about 909,000 numbers are available.
struct TestRangeNHSNumbers {
    /// How many distinct numbers the range can give.
    static let capacity = 900_000

    private static let space = 1_000_000
    private let multiplier: Int
    private let offset: Int
    private var cursor = 0

    init(random: inout SeededRandom) {
        // Coprime with 10^6: odd and not a multiple of 5.
        var multiplier = 1 + 2 * random.below(Self.space / 2)
        while multiplier % 5 == 0 { multiplier += 2 }
        self.multiplier = multiplier
        self.offset = random.below(Self.space)
    }

    /// The next unused number, ten digits with no spaces.
    mutating func next() -> String {
        while true {
            let free = (cursor * multiplier + offset) % Self.space
            cursor += 1
            var digits = [9, 9, 9]
            var remaining = free
            var tail = [Int](repeating: 0, count: 6)
            for index in stride(from: 5, through: 0, by: -1) {
                tail[index] = remaining % 10
                remaining /= 10
            }
            digits += tail
            if free == 999_999 { continue } // 9999999999 would be a placeholder.
            guard let check = Self.checkDigit(digits) else { continue }
            digits.append(check)
            return String(decoding: digits.map { UInt8(48 + $0) }, as: UTF8.self)
        }
    }

    private static func checkDigit(_ nine: [Int]) -> Int? {
        var sum = 0
        for (offset, digit) in nine.enumerated() { sum += digit * (10 - offset) }
        let check = 11 - sum % 11
        switch check {
        case 11: return 0
        case 10: return nil
        default: return check
        }
    }
}
