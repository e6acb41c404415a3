import ArgumentParser
import Foundation
import MASHGateway

struct GatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "The partner gateway's partners file.",
        subcommands: [GatewayKeyCommand.self]
    )
}

struct GatewayKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Make a new API key for a partner: prints the key (give it to the partner, once) and the line for the partners file (its SHA-256 only)."
    )

    @Option(help: "A label for the key in the partners file, e.g. the year, for rotation.")
    var label: String?

    func run() async throws {
        let (key, digest) = PartnerDirectory.newKey()
        print("key: \(key)")
        print("partners file: - {sha256: \"\(digest)\"\(label.map { ", label: \"\($0)\"" } ?? "")}")
    }
}
