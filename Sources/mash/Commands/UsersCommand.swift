import ArgumentParser
import Foundation
import MASHWorkspace

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "The workspace's users file.",
        subcommands: [HashPasswordCommand.self]
    )
}

struct HashPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hash-password",
        abstract: "Read a password on standard input and print its bcrypt hash, for a users file's passwordHash."
    )

    @Option(help: "bcrypt cost: each step doubles the time a login takes to check (12: about a quarter of a second).")
    var cost: UInt8 = 12

    func validate() throws {
        guard (10...16).contains(cost) else { throw ValidationError("--cost must be from 10 to 16") }
    }

    func run() async throws {
        guard let password = readLine(strippingNewline: true), password.count >= 12 else {
            throw ValidationError("give a password of at least 12 characters on standard input")
        }
        print(UserDirectory.hash(password: password, cost: cost))
    }
}
