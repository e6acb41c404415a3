import ArgumentParser
import Foundation
import MASHKafka
import MASHWorker

struct RelayBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay",
        abstract: "mash relay against the C reference relay (mash-crelay) on one embedded broker: throughput and latency.",
        discussion: """
            One fresh embedded broker holds a backlog of synthetic referral documents. Figures, each relay a \
            process of its own in a group of its own: one hop draining the backlog (mash relay, mash-crelay \
            pipelined, mash-crelay stop-and-wait), rounds interleaved, the median of each; four relays \
            chained topic to topic; and per-hop latency at a steady rate. A run is timed from the first relay \
            having its partitions until the last relay's group has committed the whole backlog. Every client, \
            relays and the bench's own, gets the low-latency properties printed first (-X adds or overrides). \
            Use a release build of both: swift build -c release --product mash && swift build -c release \
            --product mash-crelay (one --product per call), then .build/release/mash bench relay.
            """
    )

    @Option(help: "Messages in the backlog (referral documents of about 1.2 KB).")
    var messages: Int = 100_000

    @Option(help: "Rounds of each throughput comparison; the median is reported.")
    var rounds: Int = 3

    @Option(help: "Offered rate of the latency runs, messages per second.")
    var rate: Double = 100

    @Option(name: .customLong("latency-seconds"), help: "How long each latency run is measured for.")
    var latencySeconds: Double = 10

    @Option(name: .customLong("warm-up-seconds"), help: "How long each latency run feeds, unmeasured, first.")
    var warmUpSeconds: Double = 3

    @Option(help: "Partitions of every topic.")
    var partitions: Int = EmbeddedBroker.minimumPartitions

    @Option(
        name: [.customShort("X"), .customLong("property")],
        help: ArgumentHelp("A librdkafka property for every client, key=value (repeatable), over the printed defaults.", valueName: "key=value")
    )
    var properties: [String] = []

    @Option(
        name: .customLong("mash-relay-option"),
        help: ArgumentHelp("An option for every mash relay, after its defaults (repeatable; e.g. --mash-relay-option=--threads=1).", valueName: "option")
    )
    var mashRelayOptions: [String] = []

    @Option(parsing: .upToNextOption, help: "Run only these parts.")
    var only: [RelayBenchPart] = RelayBenchPart.allCases

    @Option(help: "Folder for the relays' logs.")
    var data: String = ".mash/bench-relay"

    func validate() throws {
        guard messages >= 1, rounds >= 1, partitions >= 1 else { throw ValidationError("--messages, --rounds and --partitions must be at least 1") }
        guard rate > 0, latencySeconds > 0, warmUpSeconds >= 0 else { throw ValidationError("--rate and --latency-seconds must be positive") }
    }

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.bench")
        let overrides = try Dictionary(properties.map { property in
            guard let equals = property.firstIndex(of: "="), equals != property.startIndex else { throw ValidationError("-X \(property): expected key=value") }
            return (String(property[..<equals]), String(property[property.index(after: equals)...]))
        }, uniquingKeysWith: { _, last in last })
        let bench = try RelayBenchBroker(partitions: partitions, overrides: overrides, mashRelayOptions: mashRelayOptions, logs: URL(fileURLWithPath: data).appendingPathComponent("logs"), logger: logger)
        let backlog = RelayBacklog(count: messages)
        let input = try bench.createTopic("bench.backlog")
        try await backlog.fill(input, kafka: bench.kafka, logger: logger)
        let throughput = try RelayThroughputRun(bench: bench, input: input, maximumHops: 4)
        if throughput.backlog < backlog.records.count {
            Console.error("the embedded broker kept \(throughput.backlog) of \(backlog.records.count) messages (about 5 MB a partition): more --partitions keep more")
        }
        let settings = bench.clientProperties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        Console.line("relay.settings.client-properties: \(settings)")
        Console.line("relay.settings.mash-relay: --batch-size 500, no batch window, --batches-in-flight 8, --threads \(ProcessInfo.processInfo.activeProcessorCount) (at-least-once)\(mashRelayOptions.isEmpty ? "" : ", then " + mashRelayOptions.joined(separator: " "))")
        Console.line("relay.settings.mash-crelay: --batch-size 500; pipelined commits asynchronous, stop-and-wait synchronous")
        Figures.print("relay.backlog.messages", Double(throughput.backlog), "messages", decimals: 0)
        Figures.print("relay.backlog.mean-size", backlog.meanBytes, "bytes", decimals: 0)
        Figures.print("relay.partitions", Double(partitions), "", decimals: 0)

        if only.contains(.oneHop) { try await oneHop(throughput) }
        if only.contains(.chain4) { try await chain4(throughput) }
        if only.contains(.latency) { try await latency(RelayLatencyRun(bench: bench, backlog: backlog)) }
    }

    private func oneHop(_ throughput: RelayThroughputRun) async throws {
        var oneHop: [RelayImplementation: [Double]] = [:]
        for round in 1...rounds {
            for implementation in RelayImplementation.allCases {
                let perSecond = try await throughput.messagesPerSecond(implementation, hops: 1, label: "one-hop-\(implementation.rawValue)-\(round)")
                Console.error("round \(round): one hop, \(implementation.rawValue): \(Int(perSecond)) msg/s")
                oneHop[implementation, default: []].append(perSecond)
            }
        }
        for implementation in RelayImplementation.allCases {
            Figures.print("relay.one-hop.\(implementation.rawValue)", median(oneHop[implementation] ?? []), "msg/s", decimals: 0)
        }
        Figures.print("relay.one-hop.ratio", median(oneHop[.mash] ?? []) / median(oneHop[.c] ?? []), "x (mash / c)")
    }

    private func chain4(_ throughput: RelayThroughputRun) async throws {
        var chain: [RelayImplementation: [Double]] = [:]
        for round in 1...rounds {
            for implementation in [RelayImplementation.mash, .c] {
                let perSecond = try await throughput.messagesPerSecond(implementation, hops: 4, label: "chain4-\(implementation.rawValue)-\(round)")
                Console.error("round \(round): four chained, \(implementation.rawValue): \(Int(perSecond)) msg/s")
                chain[implementation, default: []].append(perSecond)
            }
        }
        Figures.print("relay.chain4.mash", median(chain[.mash] ?? []), "msg/s", decimals: 0)
        Figures.print("relay.chain4.c", median(chain[.c] ?? []), "msg/s", decimals: 0)
        Figures.print("relay.chain4.ratio", median(chain[.mash] ?? []) / median(chain[.c] ?? []), "x (mash / c)")
    }

    private func latency(_ latency: RelayLatencyRun) async throws {
        Figures.print("relay.latency.rate", rate, "msg/s", decimals: 0)
        for implementation in [RelayImplementation.mash, .c] {
            let result = try await latency.measure(implementation, rate: rate, seconds: latencySeconds, warmUp: warmUpSeconds, label: "latency-\(implementation.rawValue)")
            let percentiles = Percentiles(result.microseconds)
            for percent in [50.0, 99] {
                Figures.print("relay.latency.\(implementation.rawValue).p\(Int(percent))", Double(percentiles.value(at: percent) ?? 0) / 1000, "ms", decimals: 2)
            }
            if result.microseconds.count < result.sent {
                Figures.print("relay.latency.\(implementation.rawValue).lost", Double(result.sent - result.microseconds.count), "messages", decimals: 0)
            }
        }
    }
}

/// The parts of `mash bench relay`.
enum RelayBenchPart: String, CaseIterable, ExpressibleByArgument {
    case oneHop = "one-hop"
    case chain4
    case latency
}
