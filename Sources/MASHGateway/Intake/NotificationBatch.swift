import Foundation
import MASHCore
import MASHLinkage

/// A batch of referrals as a CSV file (a police force's notifications, say): a header row, then one referral
/// a row, read through a column mapping. The default mapping is the police notification layout below; a
/// partner whose file differs names its columns in the partners file (`csvColumns: {field: column}`).
public struct NotificationBatch: Sendable {
    /// The referral fields a row can fill.
    public enum Field: String, Sendable, CaseIterable, Codable {
        case referralId, referralSource
        case childForename, childSurname, childDateOfBirth, childSex, childAddressLine1, childTown, childPostcode, childNHSNumber
        case adultForename, adultSurname, adultDateOfBirth, adultRole, adultRelationship
        case concernSummary, concernCategories, urgent
        case referrerName, referrerRole, referrerContact
        case consent, consentReason

        /// The column of a police notification extract.
        var policeNotificationColumn: String {
            switch self {
            case .referralId: "Notification Ref"
            case .referralSource: "Source Code"
            case .childForename: "Child Forename"
            case .childSurname: "Child Surname"
            case .childDateOfBirth: "Child DOB"
            case .childSex: "Child Gender"
            case .childAddressLine1: "Address"
            case .childTown: "Town"
            case .childPostcode: "Postcode"
            case .childNHSNumber: "NHS Number"
            case .adultForename: "Adult Forename"
            case .adultSurname: "Adult Surname"
            case .adultDateOfBirth: "Adult DOB"
            case .adultRole: "Adult Role"
            case .adultRelationship: "Relationship To Child"
            case .concernSummary: "Circumstances"
            case .concernCategories: "Concern Categories"
            case .urgent: "Urgent"
            case .referrerName: "Officer Name"
            case .referrerRole: "Officer Role"
            case .referrerContact: "Officer Contact"
            case .consent: "Consent"
            case .consentReason: "Consent Reason"
            }
        }

        /// Columns a file must have.
        static let required: [Field] = [.referralId, .childSurname, .concernSummary, .concernCategories, .referrerName, .consent]

        /// The referral field a row's value lands in, for naming it in a problem.
        var referralPath: String {
            switch self {
            case .referralId: "referralId"
            case .referralSource: "source"
            case .childForename: "subjects[0].forename"
            case .childSurname: "subjects[0].surname"
            case .childDateOfBirth: "subjects[0].dateOfBirth"
            case .childSex: "subjects[0].sex"
            case .childAddressLine1: "subjects[0].address.line1"
            case .childTown: "subjects[0].address.town"
            case .childPostcode: "subjects[0].address.postcode"
            case .childNHSNumber: "subjects[0].nhsNumber"
            case .adultForename: "subjects[1].forename"
            case .adultSurname: "subjects[1].surname"
            case .adultDateOfBirth: "subjects[1].dateOfBirth"
            case .adultRole: "subjects[1].role"
            case .adultRelationship: "subjects[1].relationshipToChild"
            case .concernSummary: "concern.summary"
            case .concernCategories: "concern.categories"
            case .urgent: "concern.urgent"
            case .referrerName: "referrer.name"
            case .referrerRole: "referrer.role"
            case .referrerContact: "referrer.contact"
            case .consent: "consent.status"
            case .consentReason: "consent.reason"
            }
        }
    }

    /// One row, as a referral body for the gateway, or the problems that stop it being one.
    public struct Row: Sendable {
        public let line: Int
        public let referralId: String?
        public let body: [UInt8]?
        public let problems: [ValidationProblem]
    }

    /// Each field's column.
    let columns: [Field: String]
    let partner: Partner

    /// The mapping for `partner`: the police notification layout with the partner's own column names over it.
    public init(partner: Partner) throws {
        var columns = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, $0.policeNotificationColumn) })
        for (name, column) in partner.csvColumns ?? [:] {
            guard let field = Field(rawValue: name) else {
                throw GatewayError(.internalServerError, "the partners file maps an unknown field \(name) for \(partner.id)")
            }
            columns[field] = column
        }
        self.columns = columns
        self.partner = partner
    }

    /// The rows of a CSV file; throws 422 when the file cannot be read as a batch at all.
    public func rows(of bytes: [UInt8]) throws -> [Row] {
        guard let _ = String(validating: bytes, as: UTF8.self) else {
            throw GatewayError(.unprocessableContent, "the file is not UTF-8 text")
        }
        var reader = CSVReader(bytes: bytes)
        guard let header = reader.next() else { throw GatewayError(.unprocessableContent, "the file is empty: a header row is needed") }
        let position = Dictionary(header.fields.enumerated().map { ($0.element.trimmingCharacters(in: .whitespaces), $0.offset) },
                                  uniquingKeysWith: { first, _ in first })
        let missing = Field.required.filter { position[columns[$0] ?? ""] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "\"\(columns[$0] ?? $0.rawValue)\"" }.joined(separator: ", ")
            throw GatewayError(.unprocessableContent, "the header has no column \(names)",
                               problems: missing.map { ValidationProblem(path: columns[$0] ?? $0.rawValue, message: "column missing") })
        }
        var rows: [Row] = []
        while let record = reader.next() {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard rows.count < GatewayLimits.maximumBatchRows else {
                throw GatewayError(.contentTooLarge, "more than \(GatewayLimits.maximumBatchRows) rows; split the file")
            }
            var values: [Field: String] = [:]
            for field in Field.allCases {
                guard let index = position[columns[field] ?? ""], index < record.fields.count else { continue }
                let value = record.fields[index].trimmingCharacters(in: .whitespaces)
                if !value.isEmpty { values[field] = value }
            }
            rows.append(row(values, line: record.line))
        }
        if let error = reader.error { throw GatewayError(.unprocessableContent, "\(error)") }
        return rows
    }

    /// The column a referral field path came from, if a row filled it.
    func column(for path: String) -> String? {
        Field.allCases.first { path == $0.referralPath || path.hasPrefix($0.referralPath + ".") || path.hasPrefix($0.referralPath + "[") }
            .flatMap { columns[$0] }
    }

    private func row(_ values: [Field: String], line: Int) -> Row {
        var problems: [ValidationProblem] = []
        func date(_ field: Field) -> String? {
            guard let text = values[field] else { return nil }
            if let iso = Self.isoDate(text) { return iso }
            problems.append(ValidationProblem(path: columns[field] ?? field.rawValue, message: "\"\(text.prefix(20))\" is not a date (YYYY-MM-DD or DD/MM/YYYY)"))
            return nil
        }
        var child: [String: Any] = ["subjectId": "C1", "role": SubjectRole.child.rawValue, "forename": values[.childForename] ?? "",
                                    "surname": values[.childSurname] ?? ""]
        child["dateOfBirth"] = date(.childDateOfBirth)
        child["sex"] = values[.childSex].map(Self.sex)
        child["nhsNumber"] = values[.childNHSNumber]
        var address: [String: Any] = [:]
        address["line1"] = values[.childAddressLine1]
        address["town"] = values[.childTown]
        address["postcode"] = values[.childPostcode]
        if !address.isEmpty { child["address"] = address }
        var subjects = [child]
        if values[.adultForename] != nil || values[.adultSurname] != nil {
            var adult: [String: Any] = ["subjectId": "A1", "role": values[.adultRole].map(Self.word) ?? SubjectRole.parent.rawValue,
                                        "forename": values[.adultForename] ?? "", "surname": values[.adultSurname] ?? ""]
            adult["dateOfBirth"] = date(.adultDateOfBirth)
            adult["relationshipToChild"] = values[.adultRelationship]
            if !address.isEmpty { adult["address"] = address }
            subjects.append(adult)
        }
        var concern: [String: Any] = [
            "summary": values[.concernSummary] ?? "",
            "categories": (values[.concernCategories] ?? "").split(whereSeparator: { $0 == ";" || $0 == "|" }).map { Self.word(String($0)) },
        ]
        if let urgent = values[.urgent] { concern["urgent"] = ["y", "yes", "true", "1"].contains(urgent.lowercased()) }
        var referrer: [String: Any] = ["name": values[.referrerName] ?? ""]
        referrer["role"] = values[.referrerRole]
        referrer["contact"] = values[.referrerContact]
        var consent: [String: Any] = ["status": Self.word(values[.consent] ?? "")]
        consent["reason"] = values[.consentReason]
        let object: [String: Any] = [
            "referralId": values[.referralId] ?? "", "source": values[.referralSource] ?? partner.defaultReferralSource.rawValue,
            "referrer": referrer, "concern": concern, "subjects": subjects, "consent": consent,
        ]
        let body = problems.isEmpty ? (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map(Array.init) : nil
        return Row(line: line, referralId: values[.referralId], body: body, problems: problems)
    }

    /// "Not sought" → "not-sought"; "Domestic Abuse" → "domestic-abuse".
    static func word(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    }

    static func sex(_ text: String) -> String {
        switch text.lowercased() {
        case "m", "male": Sex.male.rawValue
        case "f", "female": Sex.female.rawValue
        case "u", "unknown", "not known": Sex.unknown.rawValue
        default: text
        }
    }

    /// YYYY-MM-DD as it is; DD/MM/YYYY turned round; anything else nil.
    static func isoDate(_ text: String) -> String? {
        if LocalDate(iso8601: text) != nil { return text }
        let parts = text.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = LocalDate(year: year, month: month, day: day) else { return nil }
        return date.iso8601
    }
}
