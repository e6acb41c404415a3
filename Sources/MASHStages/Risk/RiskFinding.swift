import MASHCore

/// What one risk rule concluded when it fired: the flag it raises, the least level it sets, and the
/// rationale line that records why.
struct RiskFinding {
    /// The flag raised, if the rule raises one.
    var flag: RiskFlag?
    /// The least level the rule sets, if it sets one.
    var level: Level?
    /// The rule, its conclusion and the facts it cites.
    var line: RationaleLine
}
