import ArgumentParser

struct PipelineBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Throughput, latency and scaling of the four workers on the embedded broker."
    )

    @Option(help: "Referrals per throughput run.")
    var referrals: Int = 20_000

    func run() async throws {
        throw ValidationError("the pipeline benchmark is not built yet")
    }
}
