import Foundation

/// What `mash link` matches with: every level's m and u and the prior, learned from a file or the shipped
/// defaults. Saved as JSON (`--save-model`) and reused (`--model`), so a hub can learn once on a large
/// extract and link smaller ones with the same weights.
public struct LinkageModel: Sendable, Codable, Equatable {
    /// The m and u of every level.
    public var weights: MatchWeights
    /// The total weight (bits) at which a pair is as likely the same person as not: the prior odds of two
    /// records drawn at random, log2((1 - λ) / λ).
    public var evenOddsWeight: Double
    /// How it was learned; nil for the shipped defaults.
    public var learned: Learning?

    /// How a model was learned.
    public struct Learning: Sendable, Codable, Equatable {
        /// Records (distinct identities) learned from.
        public var records: Int
        /// Training pairs (sharing a date of birth or a full name) on which m and λ were estimated.
        public var trainingPairs: Int
        /// Random pairs on which u was estimated.
        public var randomPairs: Int
        /// λ: the chance two records drawn at random are the same person.
        public var matchShare: Double
        /// Expectation-maximisation iterations run.
        public var iterations: Int
        /// The fields whose levels were learned (the rest kept their defaults: too few values to learn from).
        public var fields: [String]
    }

    /// A model with these weights and prior.
    public init(weights: MatchWeights = MatchWeights(), evenOddsWeight: Double = MatchThresholds().evenOddsWeight, learned: Learning? = nil) {
        self.weights = weights
        self.evenOddsWeight = evenOddsWeight
        self.learned = learned
    }

    /// The shipped defaults.
    public static let defaults = LinkageModel()

    /// The configuration to match with: these weights and prior, and the default decision thresholds.
    public var configuration: LinkageConfiguration {
        var thresholds = MatchThresholds()
        thresholds.evenOddsWeight = evenOddsWeight
        return LinkageConfiguration(weights: weights, thresholds: thresholds)
    }

    /// Reads a model saved by `save(to:)`; throws saying what is wrong with it.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        do {
            self = try JSONDecoder().decode(LinkageModel.self, from: data)
        } catch {
            throw PersonFileError(line: nil, reason: "\(url.path) is not a linkage model: \(error)")
        }
        for field in ComparisonLevels.fields {
            for level in field.levels {
                let probabilities = weights[keyPath: level.path]
                guard probabilities.m > 0, probabilities.m <= 1, probabilities.u > 0, probabilities.u <= 1 else {
                    throw PersonFileError(line: nil, reason: "\(url.path): \(field.name) \(level.name): m and u must be in (0, 1]")
                }
            }
        }
    }

    /// Writes the model as JSON.
    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url)
    }
}
