import MASHCore
import MASHLinkage

/// Turns one CSV row into an `AgencyRecord`, or every reason it cannot be one.
///
/// Cell formats: dates `YYYY-MM-DD` or `DD/MM/YYYY`; sex `F`/`M`/`female`/`male`; kind as in the JSON
/// extract (`crime-report`...); factors and associate ids separated by `;` (or `|`); disclosure
/// `hub-only`, or the agencies it may go to separated by `;` (empty: none).
struct CSVRecordDecoder {
    let agency: Agency
    let indexes: [RecordField: Int]

    func record(from fields: [String]) -> Result<AgencyRecord, ExtractRejectionReasons> {
        var problems: [String] = []
        func cell(_ field: RecordField) -> String? {
            guard let index = indexes[field], index < fields.count else { return nil }
            let text = fields[index].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        func required(_ field: RecordField) -> String {
            guard let value = cell(field) else { problems.append("\(field.rawValue) is empty"); return "" }
            return value
        }
        func date(_ field: RecordField) -> LocalDate? {
            guard let text = cell(field) else { return nil }
            guard let date = FieldParsing.date(text) else { problems.append("\(field.rawValue) \"\(text)\" is not a date"); return nil }
            return date
        }
        func list(_ field: RecordField) -> [String] {
            (cell(field) ?? "").split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        let recordId = required(.recordId), personId = required(.personId), summary = required(.summary)
        let kindText = required(.kind)
        let kind = IntelligenceKind(rawValue: kindText)
        if kind == nil, !kindText.isEmpty { problems.append("kind \"\(kindText)\" is not a record kind") }
        let when = date(.date)
        if cell(.date) == nil { problems.append("date is empty") }
        let birth = date(.dateOfBirth), end = date(.endDate)
        var sex: Sex?
        if let text = cell(.sex) {
            sex = FieldParsing.sex(text)
            if sex == nil { problems.append("sex \"\(text)\" is not F, M or unknown") }
        }
        let factors: [CINFactor] = list(.factors).compactMap { code in
            guard let factor = CINFactor(rawValue: code) else { problems.append("factor \"\(code)\" is not a CIN factor code"); return nil }
            return factor
        }
        var dash: Int?
        if let text = cell(.dashYesCount) {
            dash = Int(text)
            if dash == nil || !(0...27).contains(dash!) { problems.append("dashYesCount \"\(text)\" is not 0...27") }
        }
        let disclosure = self.disclosure(required(.disclosure), problems: &problems)
        if cell(.forename) == nil, cell(.surname) == nil { problems.append("forename and surname are both empty") }
        guard problems.isEmpty, let kind, let when, let disclosure else {
            return .failure(ExtractRejectionReasons(reasons: problems))
        }
        let associates = list(.associateIds)
        return .success(AgencyRecord(
            recordId: recordId, agency: agency, personId: personId, forename: cell(.forename) ?? "", surname: cell(.surname) ?? "",
            dateOfBirth: birth, sex: sex, addressLine1: cell(.addressLine1), postcode: cell(.postcode), nhsNumber: cell(.nhsNumber),
            upn: cell(.upn), kind: kind, date: when, endDate: end, summary: summary, factors: factors, dashYesCount: dash,
            perpetratorId: cell(.perpetratorId), associateIds: associates.isEmpty ? nil : associates,
            caseReference: cell(.caseReference), allocatedWorker: cell(.allocatedWorker), disclosure: disclosure
        ))
    }

    private func disclosure(_ text: String, problems: inout [String]) -> Disclosure? {
        guard !text.isEmpty else { return nil }
        let lowered = text.lowercased()
        if lowered == "hub-only" || lowered == "hub only" { return .withinHubOnly }
        var agencies: [Agency] = []
        for name in text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let agency = Agency(rawValue: trimmed) else {
                problems.append("disclosure \"\(trimmed)\" is not an agency or hub-only")
                return nil
            }
            agencies.append(agency)
        }
        return .shareable(with: agencies)
    }
}

/// Every reason one row was rejected.
struct ExtractRejectionReasons: Error {
    var reasons: [String]
}

import Foundation
