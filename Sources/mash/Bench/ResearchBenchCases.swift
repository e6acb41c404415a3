import MASHCore
import MASHStages
import MASHSynthetic

/// Case files for `mash bench research`: a screened referral about a child of the bench population, naming
/// the child and both parents with the address, as a referrer would (dates of birth for most).
enum ResearchBenchCases {
    static func inputs(count: Int, population: ResearchBenchPopulation, seed: UInt64) throws -> [StageInput] {
        var random = SeededRandom(seed: seed, stream: 0xCA5E)
        let households = population.people.count / 3
        let received = Timestamp(iso8601: "2026-03-01T09:00:00.000Z")!
        return try (0..<count).map { index in
            let first = random.below(households) * 3
            let subjects = (0..<3).map { member -> Subject in
                let person = population.people[first + member]
                return Subject(
                    subjectId: "S\(member + 1)", role: member == 0 ? .child : .parent, forename: person.forename,
                    surname: person.surname, dateOfBirth: member == 0 || random.below(2) == 0 ? person.dateOfBirth : nil,
                    sex: person.sex, address: Address(line1: person.line1, postcode: person.postcode),
                    relationshipToChild: member == 0 ? "self" : member == 1 ? "mother" : "father"
                )
            }
            let referralId = "BENCH-\(index)"
            let referral = Referral(
                referralId: referralId, receivedAt: received, source: .police,
                referrer: Referrer(agency: .police, name: "PC Bench"),
                concern: Concern(summary: "Bench referral \(index).", categories: [.neglect]), subjects: subjects, consent: .given
            )
            let caseFile = CaseFile(
                caseId: CaseIdentifiers.caseId(referralId: referralId), referralId: referralId, receivedAt: received,
                subjectKey: referral.subjectKey, referral: referral,
                screening: Screening(rag: .amber, level: .childInNeed, researchDeadline: received.adding(hours: 24), reasons: [],
                                     isReReferral: false, previousReferralCount: 0),
                timestamps: StageTimestamps(received: received, referral: received)
            )
            return StageInput(value: Array(try MASHJSON.encode(caseFile)), ingestedAt: received, now: received)
        }
    }
}
