/// The regime and legal basis under which an item is held and shared.
public struct LawfulBasis: Sendable, Hashable, Codable {
    /// The regime.
    public var regime: DataRegime
    /// The basis in words, citing the legislation.
    public var basis: String

    /// A basis under `regime`.
    public init(regime: DataRegime, basis: String) {
        self.regime = regime
        self.basis = basis
    }

    /// Police data: DPA 2018 Part 3, sensitive processing under Schedule 8 paragraph 4.
    public static let police = LawfulBasis(
        regime: .dpa2018Part3,
        basis: "DPA 2018 Part 3 (law enforcement processing), Schedule 8 para 4: safeguarding of children and of individuals at risk"
    )

    /// Council and health data: UK GDPR Art 6(1)(e) and Art 9(2)(g) with DPA 2018 Schedule 1 para 18.
    public static let safeguardingChildren = LawfulBasis(
        regime: .ukGDPR,
        basis: "UK GDPR Art 6(1)(e) public task and Art 9(2)(g) substantial public interest; DPA 2018 Schedule 1 para 18: safeguarding of children and of individuals at risk"
    )
}
