/// Jaro-Winkler similarity of two strings, compared byte by byte on their UTF-8 (names reach it
/// normalised by `NameNormaliser`, so almost always ASCII).
///
/// 1 for identical strings, 0 for nothing in common; the Winkler bonus rewards a shared prefix of up to
/// four characters, because typing errors are rarer at the start of a name.
public enum JaroWinkler {
    /// The similarity in 0...1.
    public static func similarity(_ lhs: String, _ rhs: String) -> Double {
        var left = lhs, right = rhs
        return left.withUTF8 { a in right.withUTF8 { b in similarity(a, b) } }
    }

    /// The similarity of two byte strings in 0...1.
    public static func similarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
        if a.count == b.count, memcmp(a, b) { return 1 }
        let jaro = jaroSimilarity(a, b)
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    private static func memcmp(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }

    private static func jaroSimilarity(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<a.count {
                let start = max(0, i - window), end = min(b.count - 1, i + window)
                guard start <= end else { continue }
                for j in start...end where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            guard matches > 0 else { return 0 }
            var transpositions = 0, k = 0
            for i in 0..<a.count where flags[i] {
                while !flags[a.count + k] { k += 1 }
                if a[i] != b[k] { transpositions += 1 }
                k += 1
            }
            let m = Double(matches)
            return (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
        }
    }
}
