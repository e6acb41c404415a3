/// An `AgencyRecord` field an extract column can fill, named as in the JSON extract (camelCase).
public enum RecordField: String, Sendable, Hashable, CaseIterable {
    case recordId, personId, forename, surname, dateOfBirth, sex, addressLine1, postcode, nhsNumber, upn
    case kind, date, endDate, summary, factors, dashYesCount, perpetratorId, associateIds, caseReference
    case allocatedWorker, disclosure

    /// Fields every row must give.
    public static let required: [RecordField] = [.recordId, .personId, .kind, .date, .summary, .disclosure]
}
