import ArgumentParser
import Foundation
import MASHKafka
import MASHOperator
import MASHWorker

struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Send referrals, one JSON document per line, to mash.referral: through the partner gateway (--gateway), or straight onto the topic."
    )

    @OptionGroup var kafka: KafkaOptions

    @Option(help: "File of referrals, one mash.referral message per line.")
    var file: String

    @Option(help: "Referrals per second; 0 sends as fast as the broker takes them.")
    var rate: Double = 0

    @Option(help: "Topic to send to.")
    var topic: String = "mash.referral"

    @Option(help: "Send through the partner gateway at this URL (e.g. http://127.0.0.1:8090), as a partner would, instead of onto the topic.")
    var gateway: String?

    @Option(help: "The partner's API key for --gateway. Default $MASH_FEED_KEY.")
    var key: String?

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.feed")
        let lines = try ReferralFile.lines(at: file)
        if let gateway {
            guard let key = key ?? ProcessInfo.processInfo.environment["MASH_FEED_KEY"], !key.isEmpty else {
                throw ValidationError("--gateway needs the partner's key: --key or $MASH_FEED_KEY")
            }
            let report = try await GatewayFeed(url: gateway, key: key).send(lines, rate: rate)
            Console.line("fed \(lines.count) referrals through \(gateway): \(report.received) received, \(report.alreadyReceived) already received, \(report.refused) refused")
            for reason in report.reasons { Console.line("  refused \(reason)") }
            return
        }
        let producer = try ReferralIntake.producer(kafka: try kafka.configuration(clientID: "mash-feed"), logger: logger)
        let sent = try await ReferralIntake(producer: producer, topic: topic).send(lines, rate: rate)
        Console.line("fed \(sent) referrals to \(topic)")
    }
}

/// Reads a JSON-lines file as raw lines: a malformed line is sent as it is, for the pipeline to dead-letter.
enum ReferralFile {
    static func lines(at path: String) throws -> [[UInt8]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map { Array($0) }
    }
}
