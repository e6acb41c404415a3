/// One-letter typing errors in names: a letter replaced by a neighbouring key, a letter left out, or two letters swapped.
enum NameTypos {
    private static let neighbours: [Character: [Character]] = {
        let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map(Array.init)
        var table: [Character: [Character]] = [:]
        for (rowIndex, row) in rows.enumerated() {
            for (column, key) in row.enumerated() {
                var near: [Character] = []
                if column > 0 { near.append(row[column - 1]) }
                if column + 1 < row.count { near.append(row[column + 1]) }
                for other in [rowIndex - 1, rowIndex + 1] where rows.indices.contains(other) {
                    let line = rows[other]
                    if column < line.count { near.append(line[column]) }
                }
                table[key] = near
            }
        }
        return table
    }()

    /// A letter after the first replaced, usually by a neighbouring key; nil if the name is too short.
    static func substitute(_ name: String, random: inout SeededRandom) -> String? {
        var letters = Array(name)
        let positions = letters.indices.dropFirst().filter { letters[$0].isLetter && letters[$0].isASCII }
        guard !positions.isEmpty else { return nil }
        let position = random.element(of: Array(positions))
        let original = letters[position]
        let lower = Character(original.lowercased())
        var candidates = neighbours[lower] ?? []
        candidates.removeAll { $0 == lower }
        guard !candidates.isEmpty else { return nil }
        let replacement = random.element(of: candidates)
        letters[position] = original.isUppercase ? Character(replacement.uppercased()) : replacement
        return String(letters)
    }

    /// A letter after the first left out; nil for names shorter than four letters.
    static func delete(_ name: String, random: inout SeededRandom) -> String? {
        var letters = Array(name)
        let positions = letters.indices.dropFirst().filter { letters[$0].isLetter }
        guard letters.count >= 4, !positions.isEmpty else { return nil }
        letters.remove(at: random.element(of: Array(positions)))
        return String(letters)
    }

    /// Two neighbouring, different letters swapped; nil if there are none.
    static func transpose(_ name: String, random: inout SeededRandom) -> String? {
        var letters = Array(name)
        guard letters.count >= 3 else { return nil }
        let positions = (1..<(letters.count - 1)).filter {
            letters[$0] != letters[$0 + 1] && letters[$0].isLetter && letters[$0 + 1].isLetter
        }
        guard !positions.isEmpty else { return nil }
        let position = random.element(of: positions)
        letters.swapAt(position, position + 1)
        return String(letters)
    }
}
