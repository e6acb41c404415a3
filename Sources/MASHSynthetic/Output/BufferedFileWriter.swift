import Foundation

/// Writes a file through a 1 MiB buffer, so millions of short lines cost few system calls.
final class BufferedFileWriter {
    private let handle: FileHandle
    private var buffer = JSONBytes(capacity: 1 << 20 + 64 * 1024)
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SyntheticHubError.cannotWrite(url.path)
        }
        handle = try FileHandle(forWritingTo: url)
    }

    /// Appends one line: whatever `body` writes, then a newline.
    func line(_ body: (inout JSONBytes) -> Void) throws {
        body(&buffer)
        buffer.byte(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends text as it is.
    func text(_ text: String) throws {
        try line { $0.rawText(text) }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard buffer.count > 0 else { return }
        try buffer.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
        buffer.removeAll()
    }
}
