import MASHLinkage
import Testing

/// The search's integer table keeps what a dictionary keeps, through growth and collisions.
@Suite struct IntegerTableTests {
    @Test func itAgreesWithADictionaryThroughGrowth() {
        var generator = SystemRandomNumberGenerator()
        var table = IntegerTable<UInt8>(capacity: 2)
        var expected: [UInt64: UInt8] = [:]
        // Keys that share their low bits, and neighbours, as well as random ones.
        let keys = (0..<3000).map { index -> UInt64 in
            switch index % 3 {
            case 0: UInt64(index) << 32
            case 1: UInt64(index / 3)
            default: UInt64.random(in: 0..<(.max - 1), using: &generator)
            }
        }
        for (index, key) in keys.enumerated() {
            let value = UInt8(truncatingIfNeeded: index)
            let inserted = table.insert(key, value)
            #expect(inserted == (expected[key] == nil))
            if expected[key] == nil { expected[key] = value }
        }
        #expect(table.count == expected.count)
        for (key, value) in expected { #expect(table[key] == value) }
        #expect(table[UInt64.max - 1] == expected[UInt64.max - 1])
        #expect(table[12_345_678_901] == expected[12_345_678_901])
    }

    @Test func aSecondInsertKeepsTheFirstValue() {
        var table = IntegerTable<Int>()
        let first = table.insert(7, 1), second = table.insert(7, 2)
        #expect(first && !second)
        #expect(table[7] == 1)
        #expect(table[8] == nil)
    }
}
