import Foundation
import GRDB
import MASHAgencyStore
import Testing

@Suite struct StoreQueryPlanTests {
    @Test(arguments: [
        AgencyStoreQueries.identitiesByKey, AgencyStoreQueries.recordsOfPerson, AgencyStoreQueries.personsByAddress,
    ])
    func everyQueryReachesRowsThroughAnIndex(sql: String) throws {
        let folder = try StoreFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = AgencyStoreFolder(folder).storeURL(for: .police)
        // Enough rows that the planner's statistics favour indexes for the right reasons.
        let records = (0..<2000).map { StoreFixtures.record("R\($0)", person: "P\($0 / 2)", forename: "Name\($0 % 97)", surname: "Family\($0 % 89)", birth: "2010-01-0\(1 + $0 % 9)") }
        try AgencyStoreWriter.write(records, agency: .police, to: url, source: "test")
        let queue = try DatabaseQueue(path: url.path)
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: "x", count: sql.filter { $0 == "?" }.count)))
                .map { $0["detail"] as String }
        }
        #expect(!plan.isEmpty)
        #expect(plan.allSatisfy { !$0.hasPrefix("SCAN") }, "a full scan in \(plan)")
        #expect(plan.contains { $0.contains("USING INDEX") || $0.contains("USING PRIMARY KEY") || $0.contains("USING INTEGER PRIMARY KEY") }, "\(plan)")
        if sql == AgencyStoreQueries.recordsOfPerson {
            #expect(plan.allSatisfy { !$0.contains("TEMP B-TREE") }, "one person's records should come out of the index in order: \(plan)")
        }
    }
}
