import ArgumentParser

/// Benchmarks that print their figures, one per line, as `name: value unit`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the hub: figures printed one per line as `name: value unit`. Use a release build.",
        subcommands: [PipelineBenchCommand.self, LinkageBenchCommand.self, ResearchBenchCommand.self, RelayBenchCommand.self],
        defaultSubcommand: PipelineBenchCommand.self
    )
}
