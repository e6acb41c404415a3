import ArgumentParser
import Dispatch
import Foundation
import MASHAgencyStore
import MASHCore
import MASHStages
import Synchronization

struct ResearchBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "research",
        abstract: "Store load time and research-stage throughput with N persons in each of the seven agency stores.",
        discussion: """
            Builds seven SQLite stores of --persons synthetic persons each (households of a child and two adults; \
            every agency holds everyone), then runs AgencyResearch.process over --cases case files (a child and both \
            parents, as a referrer names them) on --threads threads. Use a release build.
            """
    )

    @Option(help: "Persons in each agency's store.")
    var persons: Int = 100_000

    @Option(help: "Case files researched.")
    var cases: Int = 20_000

    @Option(help: "Threads researching at once (default the number of active processors).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seed of the synthetic data.")
    var seed: UInt64 = 1

    @Option(help: "Folder to build the stores in (default a temporary folder, removed after).")
    var data: String?

    @Flag(help: "Research the stores already in --data (built by an earlier run with the same --persons and --seed) instead of loading them again.")
    var reuseStores = false

    func validate() throws {
        guard persons >= 3, cases >= 1, threads >= 1 else { throw ValidationError("--persons >= 3, --cases >= 1, --threads >= 1") }
        guard !reuseStores || data != nil else { throw ValidationError("--reuse-stores needs --data") }
    }

    func run() async throws {
        let folder = data.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mash-research-bench-\(UUID().uuidString)")
        defer { if data == nil { try? FileManager.default.removeItem(at: folder) } }
        let stores = AgencyStoreFolder(folder)
        let inputs = try prepare(stores)

        // From here on the process holds what a research worker holds: the stores and the cases.
        let memoryBefore = ProcessMemory.resident
        let peakReset = ProcessMemory.resetPeak()
        let opening = ContinuousClock.now
        let opened = try stores.openAll()
        Figures.print("research.open.seconds", (ContinuousClock.now - opening).seconds, "s")
        let indexes = opened.compactMap(\.searchIndexFigures)
        if !indexes.isEmpty {
            Figures.print("research.index.build.seconds", indexes.reduce(0) { $0 + $1.buildSeconds }, "s")
            Figures.print("research.index.identities", Double(indexes.reduce(0) { $0 + $1.identities }), "identities", decimals: 0)
            Figures.print("research.index.bytes", Double(indexes.reduce(0) { $0 + $1.bytes }) / 1_048_576, "MiB", decimals: 0)
        }
        let research = AgencyResearch(stores: opened)
        // Warm the page cache and the statement caches before timing.
        for input in inputs.prefix(200) { _ = try research.process(input) }
        let failures = Atomic<Int>(0), items = Atomic<Int>(0)
        let processor = ProcessMemory.processorSeconds
        let started = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: inputs.count, by: threads) {
                do {
                    let records = try research.process(inputs[index])
                    items.add(records.first?.value.count ?? 0, ordering: .relaxed)
                } catch {
                    failures.add(1, ordering: .relaxed)
                }
            }
        }
        let seconds = (ContinuousClock.now - started).seconds
        let processorSeconds = ProcessMemory.processorSeconds - processor
        Figures.print("research.cases", Double(inputs.count), "cases", decimals: 0)
        Figures.print("research.threads", Double(threads), "threads", decimals: 0)
        Figures.print("research.seconds", seconds, "s")
        Figures.print("research.throughput", Double(inputs.count) / seconds, "referrals/s", decimals: 0)
        // Processor time per referral does not depend on what else the machine is running.
        Figures.print("research.cpu_per_referral", processorSeconds / Double(inputs.count) * 1000, "ms")
        Figures.print("research.output_bytes_per_case", Double(items.load(ordering: .relaxed)) / Double(inputs.count), "bytes", decimals: 0)
        Figures.print("research.failures", Double(failures.load(ordering: .relaxed)), "cases", decimals: 0)
        // While the stores are open: they are what a worker holds.
        withExtendedLifetime(research) { printMemory(before: memoryBefore, peakSinceOpening: peakReset) }
    }

    /// Loads the stores (unless reused) and makes the cases; the synthetic population is dropped after.
    private func prepare(_ stores: AgencyStoreFolder) throws -> [StageInput] {
        let population = ResearchBenchPopulation(count: persons, seed: seed)
        if !reuseStores {
            var loadSeconds = 0.0
            for agency in Agency.allCases {
                let records = population.records(for: agency, seed: seed)
                let summary = try AgencyStoreWriter.write(records, agency: agency, to: stores.storeURL(for: agency), source: "bench")
                loadSeconds += summary.seconds
                Figures.print("load.\(agency.rawValue).seconds", summary.seconds, "s")
                Figures.print("load.\(agency.rawValue).rate", Double(summary.records) / summary.seconds, "records/s", decimals: 0)
            }
            Figures.print("load.persons_per_store", Double(population.people.count), "persons", decimals: 0)
            Figures.print("load.total.seconds", loadSeconds, "s")
        }
        return try ResearchBenchCases.inputs(count: cases, population: population, seed: seed)
    }

    /// Resident memory after the run, the peak since the stores were opened, and what the stores and
    /// research added to what the process held before (the cases and the runtime).
    private func printMemory(before: Double?, peakSinceOpening: Bool) {
        let mebibyte = 1_048_576.0
        if let resident = ProcessMemory.resident {
            Figures.print("research.memory.resident", resident / mebibyte, "MiB", decimals: 0)
            if let before { Figures.print("research.memory.added", (resident - before) / mebibyte, "MiB", decimals: 0) }
        }
        if let anonymous = ProcessMemory.anonymous { Figures.print("research.memory.anonymous", anonymous / mebibyte, "MiB", decimals: 0) }
        if let mapped = ProcessMemory.mappedFiles { Figures.print("research.memory.mapped_files", mapped / mebibyte, "MiB", decimals: 0) }
        if let peak = ProcessMemory.peak {
            Figures.print(peakSinceOpening ? "research.memory.peak" : "process.memory.peak", peak / mebibyte, "MiB", decimals: 0)
        }
    }
}
