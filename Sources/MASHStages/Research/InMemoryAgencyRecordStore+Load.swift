import Foundation
import MASHCore

/// Why an agency extract could not be loaded: which file, which line, what was wrong.
public struct AgencyExtractError: Error, CustomStringConvertible, Sendable {
    /// The extract's path.
    public var path: String
    /// The 1-based line, or nil for the file as a whole.
    public var line: Int?
    /// What was wrong.
    public var reason: String

    public var description: String {
        line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
    }
}

extension InMemoryAgencyRecordStore {
    /// `<directory>/agencies/<agency>.jsonl`: where an agency's extract lives in a stores folder.
    public static func extractURL(agency: Agency, in directory: URL) -> URL {
        directory.appendingPathComponent("agencies").appendingPathComponent("\(agency.rawValue).jsonl")
    }

    /// Loads `agency`'s extract from the stores folder `directory` (see `extractURL`): JSON lines, one
    /// `AgencyRecord` per line, blank lines ignored. Throws on an unreadable file, a line that does not
    /// decode, or a record of another agency.
    public static func load(agency: Agency, from directory: URL) throws -> InMemoryAgencyRecordStore {
        let url = extractURL(agency: agency, in: directory)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AgencyExtractError(path: url.path, line: nil, reason: "cannot read the extract (\(error.localizedDescription))")
        }
        var records: [AgencyRecord] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !Self.isJSONWhitespace($0) }) else { continue }
            let record: AgencyRecord
            do {
                record = try MASHJSON.decode(AgencyRecord.self, from: Data(line))
            } catch let error as DecodingError {
                throw AgencyExtractError(path: url.path, line: index + 1, reason: DecodingErrorDescription.describe(error))
            }
            guard record.agency == agency else {
                throw AgencyExtractError(
                    path: url.path, line: index + 1,
                    reason: "record \(record.recordId) belongs to \(record.agency.rawValue), not \(agency.rawValue)"
                )
            }
            records.append(record)
        }
        return InMemoryAgencyRecordStore(agency: agency, records: records)
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
