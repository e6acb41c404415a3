import MASHCore

/// A deterministic random source: xoshiro256** seeded through SplitMix64.
///
/// The same seed gives the same sequence on every platform and Swift version, because every
/// derived value (bounded integers, chances, picks) is computed here rather than by the standard
/// library, whose algorithms may change. The system random generator is never used.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state0: UInt64
    private var state1: UInt64
    private var state2: UInt64
    private var state3: UInt64

    /// A source seeded with `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        state0 = mixer.next()
        state1 = mixer.next()
        state2 = mixer.next()
        state3 = mixer.next()
    }

    /// An independent source for one purpose (`stream`) under `seed`, so generators do not share a sequence.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next() ^ stream)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = (state1 &* 5).rotatedLeft(by: 7) &* 9
        let shifted = state1 << 17
        state2 ^= state0
        state3 ^= state1
        state1 ^= state2
        state0 ^= state3
        state2 ^= shifted
        state3 = state3.rotatedLeft(by: 45)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject); 0 when `bound` is not positive.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform value in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element; the array must not be empty.
    public mutating func element<Element>(of array: [Element]) -> Element {
        array[below(array.count)]
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
