import Foundation
import MASHCore
import MASHLinkage
import MASHStages

/// Reads an agency's extract, validating every row: JSON lines (one `AgencyRecord` per line, as
/// `mash synth` writes) or CSV with a header (columns named as the fields, or mapped by an
/// `ExtractColumnMapping`). Bad rows are rejected with their line and reason; the rest are kept.
public struct AgencyExtractReader: Sendable {
    /// An extract's format.
    public enum Format: String, Sendable {
        case jsonLines = "jsonl"
        case csv

        /// The format a file name implies (`.csv`, else JSON lines).
        public static func of(_ url: URL) -> Format { url.pathExtension.lowercased() == "csv" ? .csv : .jsonLines }
    }

    /// What was read.
    public struct Contents: Sendable {
        /// The rows that passed, in file order.
        public var records: [AgencyRecord]
        /// The rows that did not, with where and why.
        public var rejections: [ExtractRejection]
    }

    /// The agency whose extract it is: a JSON record of another agency is rejected.
    public let agency: Agency
    /// Column mapping for CSV. Default: columns named as the fields.
    public let mapping: ExtractColumnMapping

    /// A reader for `agency`'s extracts.
    public init(agency: Agency, mapping: ExtractColumnMapping = ExtractColumnMapping()) {
        self.agency = agency
        self.mapping = mapping
    }

    /// Reads the file at `url` in `format` (by default from its extension), in `encoding`.
    public func read(_ url: URL, format: Format? = nil, encoding: ExtractEncoding = .utf8) throws -> Contents {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw AgencyExtractError(path: url.path, reason: "cannot read the extract (\(error.localizedDescription))")
        }
        return try read(bytes: try encoding.utf8(bytes, path: url.path), format: format ?? Format.of(url), path: url.path)
    }

    /// Reads extract bytes (UTF-8: anything else is refused with the line and byte where it stops being
    /// UTF-8); `path` names them in errors.
    public func read(bytes: [UInt8], format: Format, path: String) throws -> Contents {
        try ExtractEncoding.utf8.check(bytes, path: path)
        var validator = RecordValidator(agency: agency)
        switch format {
        case .jsonLines:
            for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                do {
                    validator.accept(try MASHJSON.decode(AgencyRecord.self, from: Data(line)), line: index + 1)
                } catch let error as DecodingError {
                    validator.reject(line: index + 1, reasons: [DecodingErrorDescription.describe(error)])
                } catch {
                    validator.reject(line: index + 1, reasons: ["not a record (\(error))"])
                }
            }
        case .csv:
            var reader = CSVReader(bytes: bytes)
            guard let header = reader.next() else { return Contents(records: [], rejections: []) }
            let decoder = CSVRecordDecoder(agency: agency, indexes: try mapping.indexes(in: header.fields, path: path))
            while let row = reader.next() {
                if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                switch decoder.record(from: row.fields) {
                case .success(let record): validator.accept(record, line: row.line)
                case .failure(let problems): validator.reject(line: row.line, reasons: problems.reasons)
                }
            }
            if let error = reader.error { validator.reject(line: error.line, reasons: [error.reason + " (the rest of the file is unreadable)"]) }
        }
        return Contents(records: validator.records, rejections: validator.rejections)
    }
}

/// The checks every row passes whatever its format: the agency, the ids, names, and no record id twice.
private struct RecordValidator {
    let agency: Agency
    var records: [AgencyRecord] = []
    var rejections: [ExtractRejection] = []
    private var lineOfRecord: [String: Int] = [:]

    init(agency: Agency) { self.agency = agency }

    mutating func accept(_ record: AgencyRecord, line: Int) {
        var problems: [String] = []
        if record.agency != agency { problems.append("record \(record.recordId) belongs to \(record.agency.rawValue), not \(agency.rawValue)") }
        if record.recordId.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("recordId is empty") }
        if record.personId.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("personId is empty") }
        if NameForm(record.forename) == nil, NameForm(record.surname) == nil { problems.append("forename and surname are both empty") }
        if let birth = record.dateOfBirth, !birth.isRealDate { problems.append("dateOfBirth \(birth) is not a real date") }
        if let end = record.endDate, end < record.date { problems.append("endDate \(end) is before date \(record.date)") }
        if let first = lineOfRecord[record.recordId] { problems.append("record id \(record.recordId) already on line \(first)") }
        problems += FieldLimits.problems(of: record)
        guard problems.isEmpty else { return reject(line: line, reasons: problems) }
        lineOfRecord[record.recordId] = line
        records.append(record)
    }

    mutating func reject(line: Int, reasons: [String]) {
        rejections.append(ExtractRejection(line: line, reason: reasons.joined(separator: "; ")))
    }
}
