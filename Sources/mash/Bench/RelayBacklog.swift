import Foundation
import Logging
import MASHCore
import MASHKafka
import MASHSynthetic

/// What the relays carry: synthetic referral documents (`mash.referral/1`, about 1.2 KB each) keyed by
/// referral id, as the intake sends them.
struct RelayBacklog {
    let records: [(key: [UInt8], value: [UInt8])]

    /// `count` referrals from the synthetic generator, made in memory (no agency extracts are needed).
    init(count: Int, seed: UInt64 = 1) {
        let population = SyntheticPopulation.generate(people: 20_000, seed: seed, referenceDate: SyntheticHubConfiguration.defaultReferenceDate)
        let schedule = ReferralSchedule.plan(population: population, referrals: count, seed: seed)
        var records: [(key: [UInt8], value: [UInt8])] = []
        records.reserveCapacity(count)
        var json = JSONBytes()
        ReferralStreamGenerator(population: population, schedule: schedule, extracts: nil, seed: seed).generate { generated in
            json.removeAll()
            json.append(generated.referral)
            records.append((Array(generated.referral.referralId.utf8), json.bytes))
        }
        self.records = records
    }

    var meanBytes: Double { Double(records.reduce(0) { $0 + $1.value.count }) / Double(max(1, records.count)) }

    /// Produces every document to `topic` and waits until the broker has them all.
    func fill(_ topic: String, kafka: KafkaConfiguration, logger: Logger) async throws {
        let producer = try KafkaProducer(configuration: kafka, options: ProducerOptions(linger: .milliseconds(5)), logger: logger)
        try producer.prepare()
        for start in stride(from: 0, to: records.count, by: 5_000) {
            try await producer.send(records[start..<min(records.count, start + 5_000)].map { ProducerRecord(topic: topic, key: $0.key, value: $0.value) })
        }
    }
}
