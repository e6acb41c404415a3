import ArgumentParser
import Foundation
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
        let data = try HubData.prepare(in: URL(fileURLWithPath: ".mash/bench"), people: people, referrals: referrals, seed: 1)
        let stageBench = try InProcessStageBench(data: data)
        for (stage, perSecond) in try stageBench.run() {
            Console.line("stage.\(stage).in-process: \(Int(perSecond)) msg/s")
        }
    }
}
