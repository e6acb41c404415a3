/// SplitMix64: a small, fast, seedable generator, so a failing generated case can be replayed by its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func pick<Element>(_ elements: [Element]) -> Element { elements[Int.random(in: 0..<elements.count, using: &self)] }

    /// A random subset, in the elements' order.
    mutating func subset<Element>(_ elements: [Element], probability: Double = 0.5) -> [Element] {
        elements.filter { _ in chance(probability) }
    }

    /// A token no summary shares with another: 14 lowercase letters and digits.
    mutating func token() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<14).map { _ in pick(alphabet) })
    }
}
