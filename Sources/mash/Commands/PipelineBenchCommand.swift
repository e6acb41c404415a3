import ArgumentParser
import MASHKafka

struct PipelineBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Throughput, latency and scaling of the four workers on the embedded broker."
    )

    @Option(help: "Referrals per throughput run.")
    var referrals: Int = 20_000

    @Option(help: "People in the synthetic population.")
    var people: Int = 50_000

    func run() async throws {
        let stageBench = try InProcessStageBench(referrals: referrals, people: people, seed: 1)
        for (stage, perSecond) in try stageBench.run() {
            Console.line("stage.\(stage).in-process: \(Int(perSecond)) msg/s")
        }
    }
}
