import Synchronization

/// Name and first-line comparisons already made against one set of candidates (a store load, whose name
/// forms and lines a search index interns), shared by every query and thread, so that each pair of
/// values is compared once for as long as the load is in service rather than once per query.
///
/// Candidates name their values by key (`ValueKeys`): position in the index's tables. A query's own
/// values find their keys here when some candidate has the same value. Only the first `limit` forms and
/// lines have a place, each level a byte filled when first compared (races between threads write the
/// same byte).
public final class ComparisonMemory: Sendable {
    private let formKeys: [NameForm?: UInt32]
    private let lineKeys: [String: UInt32]
    private let forenames: LevelBytes
    private let surnames: LevelBytes
    private let lines: LevelBytes

    /// A memory for candidates whose name forms are `forms` and whose first lines are `lines` (keys are
    /// positions), keeping levels between the first `formLimit` forms and the first `lineLimit` lines.
    public init(forms: [NameForm?], lines: [String], formLimit: Int = 2048, lineLimit: Int = 1024) {
        let formCount = min(forms.count, formLimit), lineCount = min(lines.count, lineLimit)
        formKeys = Dictionary(forms.prefix(formCount).enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        lineKeys = Dictionary(lines.prefix(lineCount).enumerated().map { ($1, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        forenames = LevelBytes(side: formCount)
        surnames = LevelBytes(side: formCount)
        self.lines = LevelBytes(side: lineCount)
    }

    /// Bytes held by the levels.
    public var memoryBytes: Int { forenames.count + surnames.count + lines.count }

    /// The key of a query's name form, when a candidate has the same one within the memory.
    func key(of form: NameForm?) -> UInt32? { formKeys[form] }

    /// The key of a query's first line, when a candidate has the same one within the memory.
    func key(ofLine line: String) -> UInt32? { lineKeys[line] }

    func forename(_ asked: UInt32, _ candidate: UInt32, _ compare: () -> NameAgreement) -> NameAgreement? {
        forenames.byte(asked, candidate) { Self.byte(compare(), in: Self.nameLevels) }.map { Self.nameLevels[Int($0)] }
    }

    func surname(_ asked: UInt32, _ candidate: UInt32, _ compare: () -> NameAgreement) -> NameAgreement? {
        surnames.byte(asked, candidate) { Self.byte(compare(), in: Self.nameLevels) }.map { Self.nameLevels[Int($0)] }
    }

    func line(_ asked: UInt32, _ candidate: UInt32, _ compare: () -> AddressAgreement.LineLevel) -> AddressAgreement.LineLevel? {
        lines.byte(asked, candidate) { Self.byte(compare(), in: Self.lineLevels) }.map { Self.lineLevels[Int($0)] }
    }

    private static let nameLevels = NameAgreement.allCases
    private static let lineLevels = AddressAgreement.LineLevel.allCases

    private static func byte<Level: Equatable>(_ level: Level, in levels: [Level]) -> UInt8 { UInt8(levels.firstIndex(of: level)!) }
}

/// A square of levels, one atomic byte each: 0 for not compared yet, otherwise the level's position
/// among its kind's cases plus one.
private final class LevelBytes: Sendable {
    let side: Int
    private nonisolated(unsafe) let bytes: UnsafeMutablePointer<Atomic<UInt8>>

    var count: Int { side * side }

    init(side: Int) {
        self.side = side
        bytes = .allocate(capacity: max(1, side * side))
        for index in 0..<max(1, side * side) { (bytes + index).initialize(to: Atomic(0)) }
    }

    deinit {
        bytes.deinitialize(count: max(1, side * side))
        bytes.deallocate()
    }

    /// The byte of the pair (a level's position), made by `make` if it was not yet; nil when a key is
    /// beyond the square.
    func byte(_ row: UInt32, _ column: UInt32, _ make: () -> UInt8) -> UInt8? {
        guard Int(row) < side, Int(column) < side else { return nil }
        let index = Int(row) * side + Int(column)
        let known = bytes[index].load(ordering: .relaxed)
        if known != 0 { return known - 1 }
        let made = make()
        bytes[index].store(made + 1, ordering: .relaxed)
        return made
    }
}
