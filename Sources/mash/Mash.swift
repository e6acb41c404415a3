import ArgumentParser

@main
struct Mash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mash",
        abstract: "Operate a Multi-Agency Safeguarding Hub pipeline on Kafka.",
        subcommands: [BrokerCommand.self, TopicsCommand.self, FeedCommand.self, TailCommand.self, RelayCommand.self, SynthCommand.self]
    )
}
