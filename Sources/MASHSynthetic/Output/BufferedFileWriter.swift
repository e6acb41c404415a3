import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a 1 MiB buffer, so millions of short lines cost few system calls.
///
/// Plain POSIX `open`/`write`: Foundation's file creation writes through a temporary file, which costs
/// more than generating a small extract.
final class BufferedFileWriter {
    private var descriptor: Int32
    private let path: String
    private var buffer = JSONBytes(capacity: 1 << 20 + 64 * 1024)
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        path = url.path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SyntheticHubError.cannotWrite(path) }
    }

    deinit { closeDescriptor() }

    /// Appends one line: whatever `body` writes, then a newline.
    func line(_ body: (inout JSONBytes) -> Void) throws {
        body(&buffer)
        buffer.byte(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends text as it is, then a newline.
    func text(_ text: String) throws {
        try line { $0.rawText(text) }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        closeDescriptor()
    }

    private func closeDescriptor() {
        guard descriptor >= 0 else { return }
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
        descriptor = -1
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SyntheticHubError.cannotWrite(path)
                }
                offset += written
            }
        }
        buffer.removeAll()
    }
}
