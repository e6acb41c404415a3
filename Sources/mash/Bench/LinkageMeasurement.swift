import Foundation
import MASHAgencyStore
import MASHCore
import MASHLinkage
import MASHStages
import MASHSynthetic

/// The measurements behind `mash bench linkage`.
enum LinkageMeasurement {
    /// `mash link` over every agency's records written as one CSV, against the true person of each record.
    static func link(_ records: [GeneratedRecord]) throws -> (quality: PairwiseQuality, seconds: Double, csv: String) {
        var csv = CSVWriter.line(["id", "first_name", "surname", "dob", "sex", "address", "postcode", "nhs_number", "upn"])
        for generated in records {
            let record = generated.record
            csv += CSVWriter.line([
                "\(record.agency.rawValue):\(record.recordId)", record.forename, record.surname, record.dateOfBirth?.iso8601 ?? "",
                record.sex?.rawValue ?? "", record.addressLine1 ?? "", record.postcode ?? "", record.nhsNumber ?? "", record.upn ?? "",
            ])
        }
        let started = ContinuousClock.now
        let linked = try PersonFileLinker().link(csv: Array(csv.utf8))
        let seconds = (ContinuousClock.now - started).seconds
        var reader = CSVReader(text: linked)
        _ = reader.next()
        var clusters: [String] = []
        while let row = reader.next() { clusters.append(row.fields.last ?? "") }
        return (PairwiseQuality(predicted: clusters, truth: records.map(\.truePerson)), seconds, linked)
    }

    struct Research {
        var all = PairwiseQuality(truePositives: 0, falsePositives: 0, falseNegatives: 0)
        var matches = PairwiseQuality(truePositives: 0, falsePositives: 0, falseNegatives: 0)
        var subjects = 0
        var possibleMatches = 0
        var seconds = 0.0
    }

    /// Every referral subject looked up in every store: the persons attached against the agency persons whose
    /// records are truly the subject's. Counted per (subject, agency, person).
    static func research(hub: SyntheticHubContent, stores: [SQLiteAgencyRecordStore]) throws -> Research {
        var truePersons: [Agency: [Int: Set<String>]] = [:]
        for (agency, records) in hub.extracts {
            for generated in records { truePersons[agency, default: [:]][generated.truePerson, default: []].insert(generated.record.personId) }
        }
        var result = Research()
        let started = ContinuousClock.now
        for referral in hub.referrals {
            for (subject, person) in zip(referral.referral.normalised().subjects, referral.subjectPeople) {
                result.subjects += 1
                for store in stores {
                    let truth = truePersons[store.agency]?[person] ?? []
                    var status: [String: MatchStatus] = [:]
                    for match in try store.candidates(for: subject) where status[match.record.personId] == nil {
                        status[match.record.personId] = match.status
                    }
                    let attached = Set(status.keys)
                    let matched = Set(status.filter { $0.value == .match }.keys)
                    result.possibleMatches += attached.count - matched.count
                    add(&result.all, attached: attached, truth: truth)
                    add(&result.matches, attached: matched, truth: truth)
                }
            }
        }
        result.seconds = (ContinuousClock.now - started).seconds
        return result
    }

    private static func add(_ quality: inout PairwiseQuality, attached: Set<String>, truth: Set<String>) {
        quality.truePositives += attached.intersection(truth).count
        quality.falsePositives += attached.subtracting(truth).count
        quality.falseNegatives += truth.subtracting(attached).count
    }
}
