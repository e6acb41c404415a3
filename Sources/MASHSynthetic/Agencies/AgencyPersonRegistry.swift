/// The person ids one agency holds: one per person it knows, occasionally a second (a real duplicate).
///
/// Serials are handed out in order of first appearance, from a random starting point, so ids say
/// nothing about the population order.
public struct AgencyPersonRegistry: Sendable {
    private let profile: AgencyProfile
    private var serials: [Int32]
    private var duplicateSerials: [Int32]
    private var nextSerial: Int32

    init(profile: AgencyProfile, peopleCount: Int, firstSerial: Int32) {
        self.profile = profile
        self.serials = Array(repeating: 0, count: peopleCount)
        self.duplicateSerials = serials
        self.nextSerial = firstSerial
    }

    /// Whether the agency holds a record about the person.
    public func knows(_ person: Int) -> Bool { serials[person] != 0 }

    /// The agency's id for the person, if it knows them.
    public func personId(of person: Int, isChild: Bool) -> String? {
        let serial = serials[person]
        return serial == 0 ? nil : format(serial, isChild: isChild)
    }

    /// The agency's second id for the person, if it holds them twice.
    public func duplicateId(of person: Int, isChild: Bool) -> String? {
        let serial = duplicateSerials[person]
        return serial == 0 ? nil : format(serial, isChild: isChild)
    }

    /// Registers the person (once), with a duplicate id at the agency's duplicate rate.
    mutating func register(_ person: Int, random: inout SeededRandom) {
        guard serials[person] == 0 else { return }
        serials[person] = nextSerial
        nextSerial += 1 + Int32(random.below(3))
        if random.chance(profile.duplicateRate) {
            duplicateSerials[person] = nextSerial
            nextSerial += 1 + Int32(random.below(3))
        }
    }

    func hasDuplicate(_ person: Int) -> Bool { duplicateSerials[person] != 0 }

    private func format(_ serial: Int32, isChild: Bool) -> String {
        ZeroPadded.identifier(isChild ? profile.childIdPrefix : profile.adultIdPrefix, Int(serial), width: profile.idDigits)
    }
}
