import Foundation

/// Writes to standard output at once (not buffered), so a parent process or a pipe sees each line as it happens.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// A line on standard error: what a command reports about itself, apart from its output.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
