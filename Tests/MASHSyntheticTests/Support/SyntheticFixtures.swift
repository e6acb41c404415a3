import Foundation
import MASHCore
import MASHSynthetic

/// Hubs generated once and shared by the tests (generation is deterministic, so sharing is safe).
enum SyntheticFixtures {
    /// A mid-size hub: 10,000 people (about 2,600 children) and 800 referrals, few enough that most
    /// referred children are new to the stream, as in a real hub.
    static let configuration = SyntheticHubConfiguration(people: 10_000, referrals: 800, seed: 7)

    static let midSize: SyntheticHubContent = {
        do {
            return try SyntheticHub.generateInMemory(configuration: configuration)
        } catch {
            fatalError("the mid-size fixture could not be generated: \(error)")
        }
    }()

    /// Every record of every agency, in agency order.
    static var allRecords: [GeneratedRecord] {
        Agency.allCases.flatMap { midSize.extracts[$0] ?? [] }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("mash-synthetic-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether two JSON texts hold the same keys and values (Foundation's encoder on Linux orders keys by hash).
    static func sameJSON(_ first: Data, _ second: Data) throws -> Bool {
        let a = try JSONSerialization.jsonObject(with: first) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: second) as? NSDictionary
        return a != nil && a == b
    }

    /// Whole days from `earlier` to `later`.
    static func days(from earlier: LocalDate, to later: LocalDate) -> Int { Int(earlier.days(until: later)) }
}
