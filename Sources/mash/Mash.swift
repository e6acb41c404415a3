import ArgumentParser

@main
struct Mash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash",
        abstract: "Operate a Multi-Agency Safeguarding Hub pipeline on Kafka.",
        subcommands: [
            DevCommand.self, BrokerCommand.self, TopicsCommand.self, SynthCommand.self, FeedCommand.self, TailCommand.self, TraceCommand.self, ReportCommand.self, ReplayCommand.self,
            RelayCommand.self, BenchCommand.self, ChaosCommand.self, AgencyCommand.self, LinkCommand.self, AuditCommand.self, UsersCommand.self, GatewayCommand.self,
        ]
    )
}
