import Foundation
import MASHLinkage

/// What a load keeps about matching against it: the weights learned from its identities (when it has
/// enough of them) and the term frequencies of its names, postcodes and towns. Research matches a subject
/// with them; the prior and the thresholds stay the hub's (`AgencyStoreConfiguration.linkage`), because a
/// subject looked up among the records is not a random pair of them.
struct StoredLinkage: Sendable, Equatable {
    static let modelRow = "linkage_model"
    static let frequenciesRow = "term_frequencies"

    var model: LinkageModel?
    var frequencies: TermFrequencies

    /// Learns from a load's distinct identities.
    static func learn(from identities: [PersonIdentity]) -> StoredLinkage {
        guard identities.count >= PersonFileLinker.minimumRecordsToLearn else {
            return StoredLinkage(model: nil, frequencies: TermFrequencies())
        }
        return StoredLinkage(model: WeightLearner().learn(identities: identities), frequencies: TermFrequencies(identities))
    }

    /// The `store_info` rows that keep it.
    func rows() -> [(String, String)] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var rows: [(String, String)] = []
        if let model, let data = try? encoder.encode(model) { rows.append((Self.modelRow, String(decoding: data, as: UTF8.self))) }
        if let data = try? encoder.encode(frequencies) { rows.append((Self.frequenciesRow, String(decoding: data, as: UTF8.self))) }
        return rows
    }

    /// The matcher for a load: its learned weights (if any) under the hub's prior and thresholds, and its term
    /// frequencies.
    func matcher(hub configuration: LinkageConfiguration) -> PersonMatcher {
        var weights = configuration
        if let model { weights.weights = model.weights }
        return PersonMatcher(configuration: weights, frequencies: frequencies)
    }

    /// What a load kept, read from its `store_info` (older loads kept nothing: the hub's weights, no adjustment).
    static func read(from connection: SQLiteReadConnection) -> StoredLinkage {
        func row(_ name: String) -> Data? {
            guard let statement = try? connection.statement("SELECT value FROM store_info WHERE name = '\(name)'"),
                  (try? statement.step()) == true, let text = statement.text(0) else { return nil }
            return Data(text.utf8)
        }
        let model = row(modelRow).flatMap { try? JSONDecoder().decode(LinkageModel.self, from: $0) }
        let frequencies = row(frequenciesRow).flatMap { try? JSONDecoder().decode(TermFrequencies.self, from: $0) } ?? TermFrequencies()
        return StoredLinkage(model: model, frequencies: frequencies)
    }
}
