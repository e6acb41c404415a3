import Foundation
@testable import MASHLinkage
import MASHTestSupport
import Testing

@Suite struct LinkCommandTests {
    @Test func mashLinkKeepsTheIdsAndClustersThePeople() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("people.csv"), output = folder.appendingPathComponent("clusters.csv")
        try """
            Ref,Forename,Family name,Born,Post code,NHS,Notes
            A1,William,Marsh,04/03/2015,NF1 2AB,,first
            A2,Bill,Marsh,2015-03-04,nf12ab,,"nickname, same child"
            A3,Leah,Marsh,2017-09-30,NF1 2AB,,sister
            A4,Kerry,Marsh,,NF1 2AB,9434765919,mother
            A5,Marsh,Kerry,1994-06-21,,943 476 5919,"names swapped,
            with a line break"
            A6,,,,,,empty

            """.write(to: input, atomically: true, encoding: .utf8)
        let link = try ChildProcess("mash", [
            "link", "--in", input.path, "--out", output.path,
            "--columns", "id=Ref,first_name=Forename,surname=Family name,dob=Born,postcode=Post code,nhs_number=NHS",
        ])
        #expect(await link.waitForExit(timeout: .seconds(60)) == 0, "\(link.outputText)")
        let rows = Array(CSVReaderShim.records(try String(contentsOf: output, encoding: .utf8)))
        #expect(rows.first == ["Ref", "Forename", "Family name", "Born", "Post code", "NHS", "Notes", "cluster_id"])
        let cluster = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0.last!) })
        #expect(cluster.keys.sorted() == ["A1", "A2", "A3", "A4", "A5", "A6"])
        #expect(cluster["A1"] == cluster["A2"])
        #expect(cluster["A4"] == cluster["A5"])
        #expect(Set([cluster["A1"], cluster["A3"], cluster["A4"], cluster["A6"]]).count == 4)
        #expect(rows.first { $0[0] == "A5" }?[6] == "names swapped,\nwith a line break")
        #expect(link.outputText.contains("linked 6 rows into 4 people"))
        #expect(link.outputText.contains("shipped weights: fewer than 1000 distinct records to learn from"))
        #expect(link.outputText.contains("cluster sizes (size: clusters): 1: 2, 2: 2"), "\(link.outputText)")
    }

    @Test func aLargeFileIsLinkedWithWeightsLearnedFromItWhichASavedModelReproduces() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("people.csv"), model = folder.appendingPathComponent("model.json")
        var csv = "ref,first_name,surname,dob,postcode,true\n"
        let population = LinkagePopulation(people: 1_500, seed: 3)
        for (index, (identity, person)) in zip(population.identities, population.truth).enumerated() {
            let name = identity.names[0]
            csv += "R\(index),\(name.forename?.display ?? ""),\(name.surname?.display ?? ""),\(identity.dateOfBirth?.iso8601 ?? ""),\(identity.postcode ?? ""),\(person)\n"
        }
        try csv.write(to: input, atomically: true, encoding: .utf8)

        func link(_ extra: [String], to name: String) async throws -> (output: String, clusters: [String]) {
            let out = folder.appendingPathComponent(name)
            let process = try ChildProcess("mash", ["link", "--in", input.path, "--out", out.path, "--columns", "id=ref"] + extra)
            #expect(await process.waitForExit(timeout: .seconds(120)) == 0, "\(process.outputText)")
            return (process.outputText, CSVReaderShim.records(try String(contentsOf: out, encoding: .utf8)).dropFirst().map { $0.last! })
        }
        let learned = try await link(["--save-model", model.path], to: "learned.csv")
        #expect(learned.output.contains("weights learned from"), "\(learned.output)")
        #expect(learned.output.contains("peak memory "))
        let quality = PairwiseQuality(predicted: learned.clusters, truth: population.truth)
        #expect(quality.precision >= 0.98 && quality.recall >= 0.8, "\(quality)")
        let reused = try await link(["--model", model.path], to: "reused.csv")
        #expect(!reused.output.contains("weights learned from"))
        #expect(reused.clusters == learned.clusters)

        try Data("{\"weights\": 1}".utf8).write(to: model)
        let broken = try ChildProcess("mash", ["link", "--in", input.path, "--out", folder.appendingPathComponent("x.csv").path, "--model", model.path])
        #expect(await broken.waitForExit(timeout: .seconds(60)) != 0)
        #expect(broken.outputText.contains("is not a linkage model"), "\(broken.outputText)")
        let badDate = try ChildProcess("mash", ["link", "--in", input.path, "--out", folder.appendingPathComponent("x.csv").path, "--dob-format", "dd.mm.yy"])
        #expect(await badDate.waitForExit(timeout: .seconds(60)) != 0)
        #expect(badDate.outputText.contains("--dob-format dd.mm.yy: expected one of auto, yyyy-mm-dd"))
    }
}

/// The linked file read back with the package's own reader.
enum CSVReaderShim {
    static func records(_ text: String) -> [[String]] { CSVReader(text: text).map(\.fields) }
}
