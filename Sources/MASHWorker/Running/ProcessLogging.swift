import Logging

/// Logging for an executable: only `main` calls this; libraries take the `Logger` it returns.
public enum ProcessLogging {
    /// Sends logs to standard error at `MASH_LOG_LEVEL` (default info) and returns the process's logger.
    public static func bootstrap(label: String) -> Logger {
        let level = Environment.logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        return Logger(label: label)
    }
}
