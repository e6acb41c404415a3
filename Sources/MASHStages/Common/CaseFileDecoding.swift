import MASHCore

/// Reads the case file a later stage consumes, rejecting one it should not work on.
enum CaseFileDecoding {
    /// The case file in `bytes`, which must carry `schema` (the one its topic holds), name at most the
    /// allowed subjects with at least one child, and hold at most the allowed items.
    static func decode(_ bytes: [UInt8], topic: PipelineTopic, schema: String) throws -> CaseFile {
        let caseFile = try MessageDecoding.decode(
            CaseFile.self, from: bytes, topic: topic, schemas: [schema], maximumBytes: StageLimits.maximumCaseFileBytes
        )
        let label = "\(topic): case \(MessageDecoding.quoted(caseFile.caseId))"
        guard caseFile.schema == schema else {
            throw StageRejection(reason: "\(label): schema \(caseFile.schema) is not \(schema) (a case file for another stage)")
        }
        let subjects = caseFile.referral.subjects
        guard subjects.count <= StageLimits.maximumSubjects else {
            throw StageRejection(reason: "\(label): \(subjects.count) subjects is over the limit of \(StageLimits.maximumSubjects)")
        }
        guard subjects.contains(where: { $0.role == .child }) else {
            throw StageRejection(reason: "\(label): referral.subjects: no child subject")
        }
        let items = caseFile.research?.items.count ?? 0
        guard items <= StageLimits.maximumItemsPerCase else {
            throw StageRejection(reason: "\(label): \(items) intelligence items is over the limit of \(StageLimits.maximumItemsPerCase)")
        }
        return caseFile
    }
}
