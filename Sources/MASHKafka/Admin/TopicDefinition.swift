import Foundation

/// A topic as `topics/<name>.json` defines it.
public struct TopicDefinition: Sendable, Decodable, Equatable {
    public var name: String
    public var partitions: Int
    /// How long messages are kept, in milliseconds.
    public var retentionMs: Int64
    /// `delete` or `compact`; nil means the cluster's default.
    public var cleanupPolicy: String?
    /// What the message key is.
    public var key: String
    public var description: String?

    public init(name: String, partitions: Int, retentionMs: Int64 = 604_800_000, cleanupPolicy: String? = nil, key: String = "", description: String? = nil) {
        self.name = name
        self.partitions = partitions
        self.retentionMs = retentionMs
        self.cleanupPolicy = cleanupPolicy
        self.key = key
        self.description = description
    }
}

/// A topics directory that could not be read.
public struct TopicDefinitionError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension TopicDefinition {
    /// Every `*.json` file directly in `directory`, sorted by name.
    public static func load(from directory: URL) throws -> [TopicDefinition] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw TopicDefinitionError(description: "cannot read topics directory \(directory.path): \(error.localizedDescription)")
        }
        return try files.map { file in
            do {
                let topic = try JSONDecoder().decode(TopicDefinition.self, from: Data(contentsOf: file))
                guard topic.partitions > 0 else {
                    throw TopicDefinitionError(description: "partitions must be at least 1")
                }
                guard file.deletingPathExtension().lastPathComponent == topic.name else {
                    throw TopicDefinitionError(description: "file name does not match topic name \(topic.name)")
                }
                return topic
            } catch {
                throw TopicDefinitionError(description: "\(file.path): \(error)")
            }
        }
    }

    /// The topics directory: `$MASH_TOPICS_DIR`, else the installed definitions, a `topics` folder above the
    /// running executable (so `.build/debug/mash` finds the package's own). Never a `topics` folder that
    /// merely happens to be in the working directory.
    public static func defaultDirectory() -> URL? {
        let fileManager = FileManager.default
        if let configured = ProcessInfo.processInfo.environment["MASH_TOPICS_DIR"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        var candidates: [URL] = []
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("topics"))
            folder.deleteLastPathComponent()
        }
        return candidates.first { candidate in
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
