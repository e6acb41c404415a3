import ArgumentParser
import Foundation
import MASHLinkage

/// The part of `mash bench linkage` that runs on data the project did not make (FEBRL3, FEBRL4, and a large
/// synthetic file for speed), `mash link` as a user runs it (its own process), and Splink beside it on the
/// same files in the same run when asked.
struct PublicLinkageBench {
    /// The columns every file here has.
    static let columns = "id=id,first_name=first_name,surname=surname,dob=dob,postcode=postcode,address=address,town=town"
    /// Link thresholds both tools are measured at: ours for a match, and Splink's tutorials'.
    static let thresholds = [0.99, 0.9]

    let root: URL
    let splink: Bool

    /// Installs what the data sets (and Splink) need into `.build/linkage-venv` and writes FEBRL3 and FEBRL4;
    /// throws saying what failed.
    func prepare() throws {
        let setup = root.appendingPathComponent("scripts/linkage/setup.sh")
        let (status, output) = try Self.run(setup.path, splink ? ["--splink"] : [], currentDirectory: root)
        guard status == 0 else { throw ValidationError("scripts/linkage/setup.sh failed (exit \(status)): \(output.suffix(2000))") }
    }

    /// The FEBRL files.
    var febrl: [(name: String, file: URL)] {
        ["febrl3", "febrl4"].map { ($0, root.appendingPathComponent(".build/linkage/\($0).csv")) }
    }

    /// Runs both tools on `file` and prints their figures under `name`.
    func measure(_ name: String, file: URL) throws {
        let truth = try Self.column("true_id", of: file)
        Figures.print("\(name).records", Double(truth.count), "records", decimals: 0)
        for threshold in Self.thresholds {
            let label = "\(name).mash.t\(threshold)"
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("mash-bench-link-\(UUID().uuidString).csv")
            defer { try? FileManager.default.removeItem(at: out) }
            let (status, output) = try Self.run(CommandLine.arguments[0], [
                "link", "--in", file.path, "--out", out.path, "--columns", Self.columns, "--match-threshold", String(threshold),
            ], currentDirectory: root)
            guard status == 0 else { throw ValidationError("mash link on \(file.lastPathComponent) failed: \(output)") }
            let quality = PairwiseQuality(predicted: try Self.column("cluster_id", of: out), truth: truth)
            Figures.print("\(label).precision", quality.precision, "", decimals: 4)
            Figures.print("\(label).recall", quality.recall, "", decimals: 4)
            Figures.print("\(label).f1", quality.f1, "", decimals: 4)
            Figures.print("\(label).seconds", Self.figure(after: " people in ", in: output) ?? .nan, "s")
            Figures.print("\(label).peak_memory", Self.figure(after: "peak memory ", in: output) ?? .nan, "MB", decimals: 1)
        }
        guard splink else { return }
        let python = root.appendingPathComponent(".build/linkage-venv/bin/python").path
        let script = root.appendingPathComponent("scripts/linkage/splink_link.py").path
        for threshold in Self.thresholds {
            let (status, output) = try Self.run(python, [script, "--in", file.path, "--threshold", String(threshold)], currentDirectory: root)
            guard status == 0 else { throw ValidationError("Splink on \(file.lastPathComponent) failed: \(output.suffix(2000))") }
            for line in output.split(separator: "\n") where line.hasPrefix("splink.") {
                Console.line("\(name).splink.t\(threshold).\(line.dropFirst("splink.".count))")
            }
        }
    }

    /// The values of `name`'s column in a CSV file, row by row.
    static func column(_ name: String, of file: URL) throws -> [String] {
        var reader = CSVReader(bytes: Array(try Data(contentsOf: file)))
        guard let header = reader.next(), let index = header.fields.firstIndex(of: name) else {
            throw ValidationError("\(file.path) has no \(name) column")
        }
        var values: [String] = []
        while let row = reader.next() {
            if row.fields.count > index, row.fields.count > 1 { values.append(row.fields[index]) }
        }
        return values
    }

    /// The number that follows `marker` in `text`.
    static func figure(after marker: String, in text: String) -> Double? {
        guard let range = text.range(of: marker) else { return nil }
        return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
    }

    /// Runs a program to its end; its exit status and everything it wrote.
    static func run(_ program: String, _ arguments: [String], currentDirectory: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
