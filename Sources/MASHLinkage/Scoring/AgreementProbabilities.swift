import Foundation

/// The Fellegi-Sunter probabilities of one comparison level: how often it is seen when the two records
/// are the same person (m) and when they are not (u). Its weight is log2(m / u) bits.
public struct AgreementProbabilities: Sendable, Hashable, Codable {
    /// P(level | same person).
    public var m: Double
    /// P(level | different people).
    public var u: Double

    /// Probabilities of a level.
    public init(m: Double, u: Double) {
        self.m = m
        self.u = u
    }

    /// log2(m / u): positive when the level speaks for a match, negative against.
    public var weight: Double { log2(m / u) }
}
