import MASHCore

extension IntelligenceItem {
    /// The item an agency record becomes in a case: about `subject`, owned by `agency`, tagged with the
    /// lawful basis of the owner's regime and the record's own disclosure.
    init(record: AgencyRecord, agency: Agency, subject: Subject, confidence: Double, relation: String?) {
        self.init(
            itemId: CaseIdentifiers.itemId(agency: agency, recordId: record.recordId, subjectId: subject.subjectId),
            owner: agency, subjectId: subject.subjectId, kind: record.kind,
            summary: Self.bounded(record.summary), date: record.date, endDate: record.endDate,
            matchConfidence: Self.clamped(confidence),
            lawfulBasis: agency == .police ? .police : .safeguardingChildren,
            disclosure: record.disclosure, factors: record.factors,
            dashYesCount: record.dashYesCount.map { min(max($0, 0), DASHVersion.police27.questionCount) },
            perpetratorId: record.perpetratorId, relation: relation
        )
    }

    /// A confidence in 0...1; a store's NaN counts as no confidence at all.
    static func clamped(_ confidence: Double) -> Double {
        confidence.isNaN ? 0 : min(max(confidence, 0), 1)
    }

    /// The summary cut to the case's limit, saying so when it was cut.
    private static func bounded(_ summary: String) -> String {
        let limit = StageLimits.maximumSummaryCharacters
        guard summary.unicodeScalars.count > limit else { return summary }
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: summary.unicodeScalars.prefix(limit))
        return String(cut) + " […]"
    }
}
