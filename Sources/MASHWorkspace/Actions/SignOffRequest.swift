import MASHCore

/// A sign-off as a person submits it, from the API's JSON or the page's form: words, to be checked.
public struct SignOffRequest: Sendable, Codable {
    public var action: String?
    public var rationale: String?
    public var outcome: String?
    public var additionalOutcomes: [String]?
    public var level: Int?
    public var rag: String?
    public var taskings: [TaskingChoice]?
    /// The proposal the person read; default the one held now.
    public var proposalDigest: String?

    public init(action: String?, rationale: String?, outcome: String? = nil, additionalOutcomes: [String]? = nil, level: Int? = nil,
                rag: String? = nil, taskings: [TaskingChoice]? = nil, proposalDigest: String? = nil) {
        self.action = action
        self.rationale = rationale
        self.outcome = outcome
        self.additionalOutcomes = additionalOutcomes
        self.level = level
        self.rag = rag
        self.taskings = taskings
        self.proposalDigest = proposalDigest
    }

    /// The sign-off it asks for, by `person`, of the proposal `review`, or 422 naming the first field wrong.
    /// The action asked for, or 422.
    func signOffAction() throws -> SignOffAction {
        guard let action = action.flatMap(SignOffAction.init(rawValue:)) else {
            throw WorkspaceError(.unprocessableContent, "action must be confirm, override or re-rate", field: "action")
        }
        return action
    }

    func signOff(id: String, review: Review, by person: Practitioner, at now: Timestamp) throws -> SignOff {
        let action = try signOffAction()
        let outcome = try outcome.map { try Self.outcome($0, field: "outcome") }
        let additional = try additionalOutcomes.map { try $0.map { try Self.outcome($0, field: "additionalOutcomes") } }
        let level = try level.map { value in
            guard let level = Level(rawValue: value) else { throw WorkspaceError(.unprocessableContent, "level must be 1, 2, 3 or 4", field: "level") }
            return level
        }
        let rag = try rag.map { value in
            guard let rag = RAG(rawValue: value) else { throw WorkspaceError(.unprocessableContent, "rag must be blue, green, amber or red", field: "rag") }
            return rag
        }
        let signOff = SignOff(
            signOffId: id, caseId: review.caseId, proposalDigest: proposalDigest ?? review.proposalDigest, action: action,
            rationale: rationale ?? "", outcome: outcome, additionalOutcomes: additional, level: level, rag: rag, taskings: taskings,
            signedBy: person, signedAt: now
        )
        if let problem = signOff.problems().first {
            throw WorkspaceError(.unprocessableContent, problem.message, field: problem.path)
        }
        return signOff
    }

    private static func outcome(_ text: String, field: String) throws -> OutcomeKind {
        guard let outcome = OutcomeKind(rawValue: text) else {
            throw WorkspaceError(.unprocessableContent, "\"\(text.prefix(40))\" is not an outcome: one of \(OutcomeKind.allCases.map(\.rawValue).joined(separator: ", "))", field: field)
        }
        return outcome
    }
}
