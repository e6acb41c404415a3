/// The m and u probabilities of each `NameAgreement` level of one name field.
public struct NameWeights: Sendable, Hashable, Codable {
    public var exact: AgreementProbabilities
    public var nickname: AgreementProbabilities
    public var partial: AgreementProbabilities
    public var initial: AgreementProbabilities
    public var typo: AgreementProbabilities
    public var similar: AgreementProbabilities
    public var differs: AgreementProbabilities

    /// Probabilities for every level.
    public init(
        exact: AgreementProbabilities, nickname: AgreementProbabilities, partial: AgreementProbabilities,
        initial: AgreementProbabilities, typo: AgreementProbabilities, similar: AgreementProbabilities,
        differs: AgreementProbabilities
    ) {
        self.exact = exact
        self.nickname = nickname
        self.partial = partial
        self.initial = initial
        self.typo = typo
        self.similar = similar
        self.differs = differs
    }

    /// The weight of a level in bits; a missing name weighs nothing.
    public func weight(_ level: NameAgreement) -> Double {
        switch level {
        case .exact: exact.weight
        case .nickname: nickname.weight
        case .partial: partial.weight
        case .initial: initial.weight
        case .typo: typo.weight
        case .similar: similar.weight
        case .differs: differs.weight
        case .missing: 0
        }
    }

    /// Forenames: short forms are common, and the same forename is shared by about 1 in 100 people. Names
    /// that only sound alike weigh against: in one household they are usually two people (Mohammad, Mehmet).
    public static let forename = NameWeights(
        exact: .init(m: 0.86, u: 0.01), nickname: .init(m: 0.05, u: 0.0008), partial: .init(m: 0.01, u: 0.0005),
        initial: .init(m: 0.005, u: 0.003), typo: .init(m: 0.03, u: 0.002), similar: .init(m: 0.01, u: 0.04),
        differs: .init(m: 0.03, u: 0.964)
    )

    /// Surnames: changed on marriage or a step-parent's name, double-barrelled inconsistently.
    public static let surname = NameWeights(
        exact: .init(m: 0.85, u: 0.004), nickname: .init(m: 0.001, u: 0.001), partial: .init(m: 0.04, u: 0.0004),
        initial: .init(m: 0.001, u: 0.001), typo: .init(m: 0.03, u: 0.002), similar: .init(m: 0.02, u: 0.01),
        differs: .init(m: 0.06, u: 0.98)
    )
}
