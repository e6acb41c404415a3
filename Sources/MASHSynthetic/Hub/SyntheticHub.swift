import Foundation
import MASHCore

/// Generates a reproducible synthetic hub: a population, each agency's extract, the ground truth and a referral stream.
///
/// Files written in the hub directory:
/// - `people.jsonl`: the true population, one `TruePersonRecord` per line;
/// - `agencies/<agency>.jsonl`: each agency's extract, one `AgencyRecord` per line;
/// - `truth.csv`: `agency,record_id,person_id,true_person` for every record;
/// - `referrals.jsonl`: one `mash.referral/1` message per line, in order of arrival;
/// - `manifest.json`: the parameters and counts (`SyntheticHubManifest`).
public enum SyntheticHub {
    /// Writes the hub into `directory` (created if needed); calls `onFileWritten` after each file.
    @discardableResult
    public static func generate(
        configuration: SyntheticHubConfiguration, into directory: URL,
        onFileWritten: (WrittenFile) -> Void = { _ in }
    ) throws -> SyntheticHubManifest {
        try configuration.validate()
        let agenciesDirectory = directory.appendingPathComponent("agencies")
        try FileManager.default.createDirectory(at: agenciesDirectory, withIntermediateDirectories: true)
        let clock = ContinuousClock()
        var started = clock.now
        var startedCPU = ThreadClock.seconds()
        func seconds(since start: ContinuousClock.Instant) -> Double {
            (clock.now - start).seconds
        }
        func finished(_ path: String, _ count: Int, _ unit: String, plus extra: (wall: Double, cpu: Double) = (0, 0)) {
            onFileWritten(WrittenFile(
                path: path, count: count, unit: unit,
                seconds: seconds(since: started) + extra.wall, cpuSeconds: ThreadClock.seconds() - startedCPU + extra.cpu
            ))
            started = clock.now
            startedCPU = ThreadClock.seconds()
        }

        let population = SyntheticPopulation.generate(people: configuration.people, seed: configuration.seed, referenceDate: configuration.referenceDate)
        // Planning belongs to the referrals' time, though it runs first (the extracts need the plan).
        let planStarted = (clock.now, ThreadClock.seconds())
        let schedule = ReferralSchedule.plan(population: population, referrals: configuration.referrals, seed: configuration.seed)
        let planTime = (wall: seconds(since: planStarted.0), cpu: ThreadClock.seconds() - planStarted.1)
        let peopleFile = try BufferedFileWriter(url: directory.appendingPathComponent("people.jsonl"))
        for person in population.people {
            try peopleFile.line { $0.append(TruePersonRecord(person, in: population)) }
        }
        try peopleFile.close()
        finished("people.jsonl", population.people.count, "people", plus: (-planTime.wall, -planTime.cpu))

        var extracts = AgencyExtractGenerator(population: population, schedule: schedule, seed: configuration.seed)
        let truth = try BufferedFileWriter(url: directory.appendingPathComponent("truth.csv"))
        try truth.text("agency,record_id,person_id,true_person")
        var agencyRecords: [String: Int] = [:]
        for agency in Agency.allCases {
            let path = "agencies/\(agency.rawValue).jsonl"
            let file = try BufferedFileWriter(url: directory.appendingPathComponent(path))
            let count = try extracts.generate(agency) { generated in
                try file.line { $0.append(generated.record) }
                try truth.line { line in
                    line.rawText(agency.rawValue)
                    line.byte(UInt8(ascii: ","))
                    line.rawText(generated.record.recordId)
                    line.byte(UInt8(ascii: ","))
                    line.rawText(generated.record.personId)
                    line.byte(UInt8(ascii: ","))
                    // SyntheticPerson.id(forIndex:) written in place, without making a string per row.
                    line.byte(UInt8(ascii: "P"))
                    line.digits(generated.truePerson + 1, width: 7)
                }
            }
            try file.close()
            agencyRecords[agency.rawValue] = count
            finished(path, count, "records")
        }
        try truth.close()
        finished("truth.csv", agencyRecords.values.reduce(0, +), "rows")

        let referralsFile = try BufferedFileWriter(url: directory.appendingPathComponent("referrals.jsonl"))
        let referralCount = try ReferralStreamGenerator(population: population, schedule: schedule, extracts: extracts, seed: configuration.seed)
            .generate { generated in try referralsFile.line { $0.append(generated.referral) } }
        try referralsFile.close()
        finished("referrals.jsonl", referralCount, "referrals", plus: planTime)

        let manifest = SyntheticHubManifest(
            generator: SyntheticHubManifest.currentGenerator, seed: configuration.seed,
            people: configuration.people, referrals: configuration.referrals, referenceDate: configuration.referenceDate,
            peopleGenerated: population.people.count, households: population.households.count,
            children: population.people.lazy.filter(\.isChild).count, referralsGenerated: referralCount,
            referralsFrom: schedule.windowStart, referralsUntil: schedule.windowEnd, agencyRecords: agencyRecords
        )
        try manifest.encoded().write(to: directory.appendingPathComponent(SyntheticHubManifest.fileName))
        finished(SyntheticHubManifest.fileName, 1, "manifest")
        return manifest
    }

    /// The same hub in memory, for tests and small tools.
    public static func generateInMemory(configuration: SyntheticHubConfiguration) throws -> SyntheticHubContent {
        try configuration.validate()
        let population = SyntheticPopulation.generate(people: configuration.people, seed: configuration.seed, referenceDate: configuration.referenceDate)
        let schedule = ReferralSchedule.plan(population: population, referrals: configuration.referrals, seed: configuration.seed)
        var extracts = AgencyExtractGenerator(population: population, schedule: schedule, seed: configuration.seed)
        let records = extracts.generateAll()
        let referrals = ReferralStreamGenerator(population: population, schedule: schedule, extracts: extracts, seed: configuration.seed).generateAll()
        return SyntheticHubContent(population: population, schedule: schedule, extracts: records, referrals: referrals)
    }
}
