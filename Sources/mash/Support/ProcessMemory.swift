import Foundation

/// This process's memory and processor time as Linux reports them (`/proc/self/status`, `getrusage`).
enum ProcessMemory {
    /// Resident memory now (VmRSS), in bytes; nil where /proc is not there.
    static var resident: Double? { status("VmRSS:") }

    /// The resident high-water mark (VmHWM), in bytes: since exec, or since `resetPeak()`. It starts afresh
    /// at exec, where ru_maxrss (the fallback without /proc) would keep the mark of a parent that forked it.
    static var peak: Double? {
        if let peak = status("VmHWM:") { return peak }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) * 1024
    }

    /// Resident anonymous memory (the heap: what the process built), in bytes.
    static var anonymous: Double? { status("RssAnon:") }

    /// Resident pages of mapped files (memory-mapped SQLite pages among them), in bytes.
    static var mappedFiles: Double? { status("RssFile:") }

    /// Starts the high-water mark again from the resident memory now (Linux's clear_refs 5), so that a
    /// phase's peak leaves out what came before it; false where that is not possible.
    @discardableResult
    static func resetPeak() -> Bool {
        (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
    }

    /// Processor time used so far, user and system, in seconds.
    static var processorSeconds: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func status(_ field: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
        return kibibytes * 1024
    }
}
