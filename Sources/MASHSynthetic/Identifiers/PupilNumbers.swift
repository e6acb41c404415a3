import MASHCore

/// Distinct valid unique pupil numbers: check letter, LA code 999 (no real authority), the
/// school's four-digit establishment number, the two-digit year of allocation and a serial.
struct PupilNumbers {
    private var nextSerial: [Int: Int] = [:]

    /// A new UPN for a pupil first registered at `establishment` (1000...9999) in `year`.
    mutating func next(establishment: Int, year: Int) -> String {
        var establishment = establishment
        var key = establishment * 100 + year % 100
        // A school-year with 1,000 pupils already spills into a spare establishment number.
        while nextSerial[key, default: 0] >= 1000 {
            establishment = 1000 + (establishment + 4999) % 9000
            key = establishment * 100 + year % 100
        }
        let serial = nextSerial[key, default: 0]
        nextSerial[key] = serial + 1
        let rest = "999" + ZeroPadded.digits(establishment, width: 4) + ZeroPadded.digits(year % 100, width: 2)
            + ZeroPadded.digits(serial, width: 3)
        return String(Self.checkLetter(for: rest)) + rest
    }

    /// The DfE check letter for twelve digits: weights 2...13, sum mod 23 into `UPN.checkAlphabet`.
    private static func checkLetter(for digits: String) -> Character {
        var sum = 0
        for (offset, byte) in digits.utf8.enumerated() { sum += Int(byte - UInt8(ascii: "0")) * (offset + 2) }
        return UPN.checkAlphabet[sum % 23]
    }
}
