import MASHCore

/// Where match probabilities become decisions: below `possibleMatch` nothing is attached; from there to
/// `match` a possible match to verify; from `match` up, a match.
public struct MatchThresholds: Sendable, Hashable {
    /// Lowest probability attached, as a possible match. Default 0.9.
    public var possibleMatch = 0.9
    /// Lowest probability attached as a match. Default 0.99.
    public var match = 0.99
    /// The total weight (bits) at which a match is as likely as not: the prior odds of a compared pair being
    /// the same person, after blocking. Default 14.
    public var evenOddsWeight = 14.0

    /// The default thresholds.
    public init() {}

    /// The probability a total weight stands for.
    public func probability(weight: Double) -> Double {
        1 / (1 + exp2(evenOddsWeight - weight))
    }

    /// The status of a total weight, or nil when it is too low to attach.
    public func status(weight: Double) -> MatchStatus? {
        status(probability: probability(weight: weight))
    }

    /// The status of a probability, or nil when it is too low to attach.
    public func status(probability: Double) -> MatchStatus? {
        if probability >= match { return .match }
        if probability >= possibleMatch { return .possibleMatch }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
