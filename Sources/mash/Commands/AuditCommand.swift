import ArgumentParser
import MASHCore
import MASHKafka
import MASHWorker

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit trail.",
        subcommands: [AuditVerifyCommand.self]
    )
}

struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Read mash.audit from the beginning and report any break in a case's hash chain: a record edited, removed or unreadable. Exits 1 if there is one."
    )

    @OptionGroup var kafka: KafkaOptions

    @Option(help: "The audit topic.")
    var topic: String = PipelineTopic.audit.rawValue

    func run() async throws {
        let logger = ProcessLogging.bootstrap(label: "mash.audit")
        let reader = try TopicReplica(kafka: kafka.configuration(clientID: "mash-audit-verify"), logger: logger)
        defer { reader.stop() }
        var verification = AuditVerification()
        try reader.catchUp(topic: topic) { message in
            verification.add(message.value, position: "\(message.topic)[\(message.partition)]@\(message.offset)")
        }
        Console.line("audit records: \(verification.records)")
        Console.line("cases: \(verification.cases)")
        Console.line("breaks: \(verification.breaks.count)")
        for problem in verification.breaks { Console.line("  \(problem)") }
        if !verification.isIntact { throw ExitCode(1) }
    }
}
