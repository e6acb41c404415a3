import ArgumentParser

/// Agency stores: loading extracts.
struct AgencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Manage the agency stores the research stage reads.",
        subcommands: [AgencyLoadCommand.self]
    )
}
