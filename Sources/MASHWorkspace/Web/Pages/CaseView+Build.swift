import MASHCore

extension CaseView {
    /// The page for `record` as `user` sees it.
    init(record: CaseRecord, user: WorkspaceUser, session: Session, clock: HubClock, notice: String? = nil, errors: [String] = [],
         draft: String = "", now: Timestamp = .now) {
        let caseFile = record.caseFile
        let summary = CaseSummary(record)
        caseId = record.caseId
        referralId = summary?.referralId ?? ""
        child = summary?.child.isEmpty == false ? summary!.child : "Case"
        received = summary.map { clock.text($0.receivedAt) } ?? ""
        rag = summary?.rag?.rawValue
        ragLabel = summary?.rag?.description ?? ""
        levelLabel = summary?.level.map { "Level \($0.rawValue)" }
        status = record.status.rawValue
        statusLabel = record.status.label
        escalated = !record.openEscalations.isEmpty
        dueBy = summary?.dueBy?.iso8601
        dueText = summary?.dueBy.map { HubClock.timeLeft(until: $0, now: now) } ?? ""
        self.notice = notice
        self.errors = errors
        csrf = session.csrfToken

        let awaiting = record.isAwaitingSignOff ? record.review : nil
        proposal = awaiting.map { review in
            Proposal(
                outcomes: Self.outcomes(review.decision), level: review.decision.level.description, rag: review.decision.rag.description,
                proposedBy: review.decision.decidedBy, heldAt: clock.text(review.heldAt), heldBecause: review.heldBecause,
                taskings: review.taskings.map { Self.tasking($0, clock: clock) }, rationale: review.decision.rationale.map(Self.line),
                rationaleCount: review.decision.rationale.count
            )
        }
        pending = record.pendingSignOffs.first.map { Pending(by: $0.signedBy.signature, at: clock.text($0.signedAt)) }
        let refusedSince = awaiting?.heldAt ?? now
        refusals = record.audits.filter { $0.action == .signOffRefused && $0.at >= refusedSince }.map(\.reason)
        signOffForm = awaiting.flatMap { review in
            guard user.role.may(.confirmDecision), record.pendingSignOffs.isEmpty else { return nil }
            return SignOffForm(
                caseId: record.caseId, csrf: session.csrfToken, proposalDigest: review.proposalDigest, mayChange: user.role.may(.changeDecision),
                signer: user.practitioner.signature, draft: draft,
                outcomeOptions: OutcomeKind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "-", with: " ")) },
                levelOptions: Level.allCases.map { Choice(value: String($0.rawValue), label: "\($0.description) (\($0.rag))") }
            )
        }
        decision = record.status == .issued ? record.outcome.map { outcome in
            let decision = outcome.decision
            return DecisionPanel(
                outcomes: Self.outcomes(decision), level: decision.level.description, rag: decision.rag.description, decidedBy: decision.decidedBy,
                decidedAt: clock.text(decision.decidedAt),
                proposed: decision.proposal.map { "\(([$0.outcome] + $0.additionalOutcomes).map(\.rawValue).joined(separator: " with ")), level \($0.level.rawValue), \($0.rag) (\($0.proposedBy))" },
                signOffRationale: decision.signOff.map { "\($0.signedBy.signature) \($0.action): \($0.rationale)" },
                taskings: outcome.taskings.compactMap { listed in record.taskings.first { $0.taskingId == listed.taskingId } }.map { Self.tasking($0, clock: clock) },
                rationale: decision.rationale.map(Self.line), rationaleCount: decision.rationale.count
            )
        } : nil
        referral = caseFile.map { Self.referralPanel($0, clock: clock) }
        let research = caseFile?.research
        hasResearch = research != nil
        noResponse = research.flatMap { $0.noResponseFrom.isEmpty ? nil : $0.noResponseFrom.map(\.displayName).joined(separator: ", ") }
        notSearched = research?.notSearched.map { agencies in
            "\(agencies.map(\.displayName).joined(separator: ", ")): consent was not given and the case is below the level that overrides it"
        }
        agencies = research.map { Self.agencies($0, subjects: caseFile?.referral.subjects ?? []) } ?? []
        assessment = caseFile?.assessment.map(Self.assessmentPanel)
        escalations = record.escalations.map { escalation in
            EscalationRow(
                title: escalation.kind == .raised ? Self.title(of: escalation) : "Resolved",
                by: escalation.raisedBy, at: clock.text(escalation.at), text: escalation.text
            )
        }
        mayEscalate = user.role.may(.escalate)
        mayResolve = user.role.may(.resolveEscalation) && !record.openEscalations.isEmpty
        concerning = record.isAwaitingSignOff ? "proposal" : "decision"
        auditCount = record.audits.count
        let intact = record.auditChainIntact
        auditChain = intact ? "The audit chain is intact: every record links to the one before it." : "The audit chain is broken: a record was edited or removed. Run mash audit verify."
        auditChainClass = intact ? "ok" : "error"
        audits = record.audits.reversed().map { audit in
            AuditRow(at: clock.text(audit.at), action: audit.action.rawValue.replacingOccurrences(of: "-", with: " "),
                     who: audit.by?.signature ?? "\(audit.stage) stage", reason: audit.reason)
        }
    }

    /// "Disagreement with the proposal", or for a missed deadline "No response from Health by the deadline
    /// (to the agency's MASH lead)".
    static func title(of escalation: Escalation) -> String {
        guard let deadline = escalation.deadline else { return "Disagreement with the \(escalation.concerning?.rawValue ?? "decision")" }
        let to = deadline.escalatedTo == .hubManager ? "hub manager" : "\(deadline.agency?.displayName ?? "agency")'s MASH lead"
        switch escalation.concerning {
        case .decisionDeadline: return "Decision overdue (to the \(to))"
        default: return "No response from \(deadline.agency?.displayName ?? "the agencies") by the deadline (to the \(to))"
        }
    }

    private static func outcomes(_ decision: Decision) -> String {
        ([decision.outcome] + decision.additionalOutcomes).map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }.joined(separator: " with ")
    }

    private static func line(_ line: RationaleLine) -> Line {
        Line(rule: line.rule, text: line.text)
    }

    private static func tasking(_ tasking: Tasking, clock: HubClock) -> TaskingLine {
        let entries = tasking.informationProduct.map { entry -> String in
            switch entry {
            case .shared(let item): "\(item.owner.displayName) \(item.kind.rawValue.replacingOccurrences(of: "-", with: " ")), \(item.date): \(item.summary)"
            case .withheld(let notice): notice.notice
            }
        }
        let shared = tasking.informationProduct.filter { if case .shared = $0 { true } else { false } }.count
        let withheld = tasking.informationProduct.compactMap { entry -> String? in if case .withheld(let notice) = entry { notice.owner.displayName } else { nil } }
        let shareSummary = "shares the referral and \(shared) item\(shared == 1 ? "" : "s")"
            + (withheld.isEmpty ? "" : "; withholds what \(withheld.joined(separator: ", ")) hold\(withheld.count == 1 ? "s" : "") (a confidential-information notice only)")
        return TaskingLine(
            recipient: tasking.recipient.displayName, action: tasking.action.rawValue.replacingOccurrences(of: "-", with: " "),
            due: clock.text(tasking.dueBy), shareSummary: shareSummary, product: entries.isEmpty ? nil : Product(entries: entries)
        )
    }

    private static func referralPanel(_ caseFile: CaseFile, clock: HubClock) -> ReferralPanel {
        let referral = caseFile.referral
        let referrer = [referral.referrer.name, referral.referrer.role, referral.referrer.organisation ?? referral.referrer.agency?.displayName]
            .compactMap { $0 }.joined(separator: ", ")
        let consent = referral.consent.reason.map { "\(referral.consent.status.rawValue.replacingOccurrences(of: "-", with: " ")): \($0)" }
            ?? referral.consent.status.rawValue
        var screening = caseFile.screening.reasons
        if caseFile.screening.isReReferral { screening.append("re-referral: \(caseFile.screening.previousReferralCount) earlier referrals in 12 months") }
        return ReferralPanel(
            referrer: referrer, source: "census source \(referral.source.rawValue): \(referral.source.description)",
            categories: referral.concern.categories.map(\.description).joined(separator: ", "), urgent: referral.concern.urgent == true,
            summary: referral.concern.summary, consent: consent,
            dash: referral.concern.dash.map { "\($0.yesCount) yes answers (\($0.version.rawValue))" },
            judgement: referral.concern.professionalJudgement.map { "level \($0.level.rawValue): \($0.reason)" },
            subjects: referral.subjects.map { subject in
                SubjectRow(
                    role: subject.role.rawValue.replacingOccurrences(of: "-", with: " ") + (subject.relationshipToChild.map { " (\($0))" } ?? ""),
                    name: subject.fullName, born: subject.dateOfBirth?.iso8601 ?? "unknown",
                    address: subject.address.map { [$0.line1, $0.postcode].compactMap { $0 }.joined(separator: ", ") } ?? "",
                    identifiers: [subject.nhsNumber.map { "NHS \($0)" }, subject.upn.map { "UPN \($0)" }, subject.policeId.map { "police \($0)" }]
                        .compactMap { $0 }.joined(separator: ", ")
                )
            },
            screening: screening,
            previousReferrals: (caseFile.screening.previousReferrals ?? []).map { earlier in
                "\(clock.text(earlier.receivedAt)): \(earlier.referralId), \(earlier.outcome.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") } ?? "not decided")"
            },
            hasPreviousReferrals: !(caseFile.screening.previousReferrals ?? []).isEmpty
        )
    }

    private static func agencies(_ research: ResearchResult, subjects: [Subject]) -> [AgencyResearch] {
        let names = Dictionary(subjects.map { ($0.subjectId, $0.fullName) }, uniquingKeysWith: { first, _ in first })
        return Agency.allCases.compactMap { agency in
            let items = research.items.filter { $0.owner == agency }
            let links = research.links.filter { $0.agency == agency }
            guard !items.isEmpty || !links.isEmpty else { return nil }
            return AgencyResearch(
                agency: agency.displayName, itemCount: items.count,
                links: links.map { link in
                    "\(names[link.subjectId] ?? link.subjectId): \(link.status == .match ? "matched" : "possible match, to verify") record \(link.recordId) "
                        + "at \(Self.percent(link.confidence)) (\(link.evidence.joined(separator: "; ")))"
                },
                items: items.map { item in
                    ItemRow(
                        kind: item.kind.rawValue.replacingOccurrences(of: "-", with: " "), date: item.date.iso8601 + (item.endDate.map { " to \($0)" } ?? ""),
                        subject: names[item.subjectId] ?? item.subjectId, confidence: "match \(Self.percent(item.matchConfidence))",
                        summary: item.summary, hubOnly: item.disclosure.hubOnly, agency: agency.displayName,
                        sharedWith: item.disclosure.shareableWith.map(\.displayName).joined(separator: ", "),
                        basis: "\(item.lawfulBasis.regime.rawValue): \(item.lawfulBasis.basis)"
                    )
                }
            )
        }
    }

    private static func assessmentPanel(_ assessment: RiskAssessment) -> AssessmentPanel {
        AssessmentPanel(
            level: assessment.level.description, rag: assessment.rag.description, score: assessment.score,
            primaryNeed: "\(assessment.primaryNeed.rawValue) \(assessment.primaryNeed.description)",
            reRating: assessment.reRating.map { "\($0.from) to \($0.to): \($0.reason)" },
            flags: assessment.flags.isEmpty ? nil : assessment.flags.map(\.rawValue).joined(separator: ", "),
            factors: assessment.factors.isEmpty ? nil : assessment.factors.map { "\($0.rawValue) \($0.description)" }.joined(separator: "; "),
            rationale: assessment.rationale.map(line)
        )
    }

    /// "99.9 %".
    static func percent(_ confidence: Double) -> String {
        let tenths = (confidence * 1000).rounded(.down) / 10
        return "\(tenths) %"
    }
}
