import Foundation
import HummingbirdBcrypt
import Yams

/// The people who may use the workspace, from a users file (`--users FILE`):
///
/// ```yaml
/// users:
///   - {username: sam.patel, name: Sam Patel, role: social-care-manager, agency: social-care, passwordHash: "$2b$12$..."}
/// ```
public struct UserDirectory: Sendable {
    private let users: [String: WorkspaceUser]
    /// A hash checked when the username is unknown, so a wrong name takes as long as a wrong password.
    private let decoyHash: String

    public init(users: [WorkspaceUser]) throws {
        var byName: [String: WorkspaceUser] = [:]
        for (index, user) in users.enumerated() {
            guard Self.isValidUsername(user.username) else {
                throw UserDirectoryError(description: "users[\(index)].username: \"\(user.username.prefix(40))\" must be 1-64 letters, digits, '.', '-' or '_'")
            }
            guard !user.name.allSatisfy(\.isWhitespace), user.name.count <= 100 else {
                throw UserDirectoryError(description: "users[\(index)].name: must be 1-100 characters")
            }
            guard user.passwordHash.hasPrefix("$2") else {
                throw UserDirectoryError(description: "users[\(index)].passwordHash: not a bcrypt hash (write one with `mash users hash-password`)")
            }
            guard byName.updateValue(user, forKey: user.username) == nil else {
                throw UserDirectoryError(description: "users[\(index)].username: \(user.username) is listed twice")
            }
        }
        self.users = byName
        decoyHash = users.first?.passwordHash ?? Bcrypt.hash("decoy", cost: 4)
    }

    /// Reads a users file.
    public static func load(contentsOf url: URL) throws -> UserDirectory {
        struct File: Decodable { let users: [WorkspaceUser] }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw UserDirectoryError(description: "\(url.path): cannot read the users file (\(error.localizedDescription))")
        }
        do {
            return try UserDirectory(users: try YAMLDecoder().decode(File.self, from: text).users)
        } catch let error as UserDirectoryError {
            throw UserDirectoryError(description: "\(url.path): \(error.description)")
        } catch {
            throw UserDirectoryError(description: "\(url.path): \(error)")
        }
    }

    /// Writes `users` as a users file, under a comment.
    public static func write(_ users: [WorkspaceUser], to url: URL, comment: String) throws {
        struct File: Encodable { let users: [WorkspaceUser] }
        let text = comment.split(separator: "\n").map { "# \($0)\n" }.joined() + (try YAMLEncoder().encode(File(users: users)))
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The bcrypt hash of `password` a users file stores. Cost 12 takes a quarter of a second to check.
    public static func hash(password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// The user if the password is theirs; nil otherwise (unknown name or wrong password alike).
    public func authenticate(username: String, password: String) -> WorkspaceUser? {
        guard let user = users[username] else {
            _ = Bcrypt.verify(password, hash: decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: user.passwordHash) ? user : nil
    }

    /// The user with this name.
    public func user(named username: String) -> WorkspaceUser? { users[username] }

    /// Everyone, by username.
    public var all: [WorkspaceUser] { users.values.sorted { $0.username < $1.username } }

    static func isValidUsername(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count) && name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                true
            default:
                false
            }
        }
    }
}

/// A users file that cannot be used, and why.
public struct UserDirectoryError: Error, CustomStringConvertible, Sendable {
    public let description: String
}
