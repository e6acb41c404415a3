import MASHCore

/// The decision as it leaves the hub on `mash.outcome`, which readers outside the hub see: the same outcomes,
/// level, RAG, rules and reasons, with every identifier the hub holds about records and people (record and
/// person ids, alleged perpetrators' ids, case references, allocated workers) and every hub-only item's words
/// taken out of its text, and facts that name an agency's record saying only whose record it is. The full
/// rationale stays in the hub's case record (`mash.decision`, `mash.review`, the workspace).
enum OutwardDecision {
    /// What stands in for a withheld identifier.
    static let placeholder = "[held in the hub]"

    static func shareable(_ decision: Decision, caseFile: CaseFile) -> Decision {
        var secrets = Set<String>()
        var owners: [String: Agency] = [:]
        for item in caseFile.research?.items ?? [] {
            owners[item.itemId] = item.owner
            secrets.insert(item.itemId)
            secrets.formUnion(recordIds(inItemId: item.itemId))
            if let perpetrator = item.perpetratorId { secrets.insert(perpetrator) }
            if item.disclosure.hubOnly { secrets.insert(item.summary) }
        }
        for link in caseFile.research?.links ?? [] { secrets.insert(link.recordId) }
        if let open = caseFile.screening.openCase {
            secrets.insert(open.caseReference)
            if let worker = open.allocatedWorker { secrets.insert(worker) }
        }
        let facts = decision.rationale.flatMap(\.facts) + [decision.signOff.map { "sign-off.\($0.signOffId)" }].compactMap { $0 }
        for fact in facts { secrets.formUnion(recordIds(inItemId: fact)) }
        let redactor = Redactor(secrets: secrets)

        var outward = decision
        outward.rationale = decision.rationale.map { line in
            var facts: [String] = []
            for fact in line.facts {
                let shown = (owners[fact] ?? owner(ofItemId: fact)).map { "\($0.displayName) record" } ?? redactor.redact(fact)
                if !facts.contains(shown) { facts.append(shown) }
            }
            return RationaleLine(rule: line.rule, text: redactor.redact(line.text), facts: facts)
        }
        outward.reviewReasons = decision.reviewReasons.map(redactor.redact)
        outward.signOff?.rationale = redactor.redact(decision.signOff?.rationale ?? "")
        return outward
    }

    /// The agency an item id ("<agency>:<record id>:<subject id>") belongs to, if `text` is one.
    private static func owner(ofItemId text: String) -> Agency? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        return Agency(rawValue: String(parts[0]))
    }

    /// The record id inside an item id, if `text` is one.
    private static func recordIds(inItemId text: String) -> [String] {
        guard owner(ofItemId: text) != nil else { return [] }
        return [String(text.split(separator: ":", omittingEmptySubsequences: false)[1])]
    }
}

/// Takes given strings out of text wherever they stand as whole words (so "R6" goes, "R60" stays).
struct Redactor {
    private let secrets: [String]

    init(secrets: Set<String>) {
        // Longest first, so an id is not half-replaced by a shorter one inside it.
        self.secrets = secrets.filter { $0.count >= 2 }.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
    }

    func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = Self.replaceWholeWords(secret, in: result)
        }
        return result
    }

    private static func replaceWholeWords(_ secret: String, in text: String) -> String {
        var output = ""
        var rest = text[...]
        while let range = rest.range(of: secret) {
            let before = range.lowerBound == rest.startIndex ? output.last : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            let bounded = !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false)
            output += rest[..<range.lowerBound]
            output += bounded ? OutwardDecision.placeholder : String(rest[range])
            rest = rest[range.upperBound...]
        }
        return output + rest
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
