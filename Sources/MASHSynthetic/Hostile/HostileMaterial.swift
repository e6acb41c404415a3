import MASHCore

/// What one hostile item is made from: a real referral from the valid stream, its JSON form to edit,
/// and the corpus's random source.
struct HostileMaterial {
    /// The valid referral being spoiled.
    let base: Referral
    /// Every valid referral, for items that borrow from another (duplicate ids).
    let valid: [Referral]
    /// The corpus's random source, advanced by every choice.
    var random: SeededRandom

    /// The base referral as an editable document.
    var document: HostileJSON { HostileJSON(base) }

    /// The base referral as bytes.
    var bytes: [UInt8] { document.rendered() }

    /// A random subject position of the base referral.
    mutating func subjectIndex() -> Int { random.below(base.subjects.count) }

    /// The position of a subject with a date of birth, if any, else a random one.
    mutating func subjectIndexWithDateOfBirth() -> Int {
        let dated = base.subjects.indices.filter { base.subjects[$0].dateOfBirth != nil }
        return dated.isEmpty ? subjectIndex() : random.element(of: dated)
    }

    /// A random element of `choices`.
    mutating func pick<Element>(_ choices: [Element]) -> Element { random.element(of: choices) }

    /// `document` (the base referral's unless given) with `value` at `path` (nil removes it), rendered.
    func replacing(_ path: [HostileJSONStep], with value: HostileJSON?, in document: HostileJSON? = nil) -> [UInt8] {
        var edited = document ?? self.document
        edited[path] = value
        return edited.rendered()
    }
}

/// The bytes of one hostile item and what was done to make them.
struct HostileEdit {
    var bytes: [UInt8]
    var what: String
}

extension Array where Element == UInt8 {
    /// The bytes with the first occurrence of `target` replaced by `replacement` (unchanged if absent).
    func replacingFirst(_ target: String, with replacement: String) -> [UInt8] {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty, count >= pattern.count else { return self }
        for start in 0...(count - pattern.count) where self[start..<(start + pattern.count)].elementsEqual(pattern) {
            return Array(self[..<start]) + Array(replacement.utf8) + Array(self[(start + pattern.count)...])
        }
        return self
    }
}
