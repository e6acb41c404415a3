/// The identity of a referral's child: the best identifier of its first child subject. It names the child,
/// so it never goes into a message or a key as it is: `PartitionKeys` makes the partition key from it.
///
/// In order of preference:
/// 1. `nhs:<10 digits>` when the child has a valid NHS number;
/// 2. `upn:<13 characters>` when the child has a valid UPN;
/// 3. `nd:<surname>|<forename>|<YYYY-MM-DD or unknown>` with names from `NameNormaliser`
///    (so "O'Brien-Smith" and "obrien smith" agree) and `unknown` for a missing or impossible date.
/// With no child subject the first subject is used; with no subjects at all, `ref:<referralId>`.
/// The key is a pure function of the referral and must stay stable: changing it moves children
/// between partitions and breaks ordering of their referrals.
public enum SubjectKey {
    /// The key for a referral.
    public static func of(_ referral: Referral) -> String {
        guard let subject = referral.firstChild ?? referral.subjects.first else {
            return "ref:" + referral.referralId
        }
        return of(subject)
    }

    /// The key for one subject.
    public static func of(_ subject: Subject) -> String {
        if let text = subject.nhsNumber, let nhsNumber = NHSNumber(text) {
            return "nhs:" + nhsNumber.digits
        }
        if let text = subject.upn, let upn = UPN(text) {
            return "upn:" + upn.value
        }
        let date = subject.dateOfBirth.flatMap { $0.isRealDate ? $0.iso8601 : nil } ?? "unknown"
        return "nd:\(NameNormaliser.normalise(subject.surname))|\(NameNormaliser.normalise(subject.forename))|\(date)"
    }
}

extension Referral {
    /// This referral's child identity (see `SubjectKey`), for inside a process only.
    public var subjectKey: String { SubjectKey.of(self) }
}
