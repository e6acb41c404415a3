import ArgumentParser
import Foundation
import MASHAgencyStore
import MASHCore

struct AgencyLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load an agency's extract (CSV or JSON lines) into its store, replacing the previous load.",
        discussion: """
            Every row is validated; rejected rows are listed with their line number and reason, and the rest load. \
            The store is written to <stores>/stores/<agency>.sqlite beside the old one and renamed over it, so running \
            workers switch to it within a second and no query sees half a load. CSV columns are named as the \
            AgencyRecord fields (recordId, personId, forename, surname, dateOfBirth, sex, addressLine1, postcode, \
            nhsNumber, upn, kind, date, endDate, summary, factors, dashYesCount, perpetratorId, associateIds, \
            caseReference, allocatedWorker, disclosure) unless --mapping maps them: a JSON object or flat YAML \
            of `field: column`.
            """
    )

    @Option(help: "The agency: \(Agency.allCases.map(\.rawValue).joined(separator: ", ")).")
    var agency: String

    @Option(help: "The extract: .csv, or JSON lines (one AgencyRecord per line).")
    var file: String

    @Option(help: "Column mapping for a CSV extract (JSON or flat YAML `field: column`).")
    var mapping: String?

    @Option(help: "Stores folder (the one mash-research --stores reads).")
    var stores: String

    @Option(help: "Rejected rows to list; the rest are counted.")
    var showRejections: Int = 50

    @Option(help: "The extract's encoding: \(ExtractEncoding.allCases.map(\.rawValue).joined(separator: ", ")). Text that is not valid in it is refused with the line and byte.")
    var encoding: String = ExtractEncoding.utf8.rawValue

    @Option(name: .customLong("max-rejected"), help: "Refuse the load (the old store stays) when more than this share of rows is rejected.")
    var maxRejected: Double = 0.05

    @Option(name: .customLong("max-shrink"), help: "Refuse the load when it would lose more than this share of the store's records.")
    var maxShrink: Double = 0.20

    @Flag(name: .customLong("allow-shrink"), help: "Replace the store however much smaller the new load is.")
    var allowShrink = false

    func run() async throws {
        guard let agency = Agency(rawValue: agency) else {
            throw ValidationError("--agency \(self.agency): expected one of \(Agency.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let encoding = ExtractEncoding(rawValue: encoding) else {
            throw ValidationError("--encoding \(self.encoding): expected one of \(ExtractEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let mapping = try self.mapping.map { try ExtractColumnMapping(contentsOf: URL(fileURLWithPath: $0)) } ?? ExtractColumnMapping()
        let report = try AgencyExtractLoader.load(
            agency: agency, file: URL(fileURLWithPath: file), mapping: mapping, encoding: encoding,
            safeguards: LoadSafeguards(maximumRejectedShare: maxRejected, maximumShrink: maxShrink, allowShrink: allowShrink),
            into: AgencyStoreFolder(path: stores)
        )
        for rejection in report.rejections.prefix(showRejections) {
            Console.line("rejected \(file):\(rejection.line): \(rejection.reason)")
        }
        if report.rejections.count > showRejections {
            Console.line("... and \(report.rejections.count - showRejections) more rejected rows")
        }
        let summary = report.summary
        Console.line(
            "loaded \(summary.records) records (\(summary.persons) persons, \(summary.identities) identities, "
                + "\(summary.blockingKeys) blocking keys) into \(report.store.path) in \(String(format: "%.2f", summary.seconds)) s; "
                + "\(report.rejections.count) rows rejected"
        )
    }
}
