import Foundation
import MASHCore

/// Times as people in the hub read them: in the hub's local time (its policy's UTC offset).
struct HubClock: Sendable {
    let utcOffsetMinutes: Int

    /// "Sun 1 Mar 2026, 09:20".
    func text(_ timestamp: Timestamp) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(secondsFromGMT: utcOffsetMinutes * 60)
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm"
        return formatter.string(from: timestamp.date)
    }

    /// "Sun 1 Mar, 09:20".
    func shortText(_ timestamp: Timestamp) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(secondsFromGMT: utcOffsetMinutes * 60)
        formatter.dateFormat = "EEE d MMM, HH:mm"
        return formatter.string(from: timestamp.date)
    }

    /// "2 h 13 min left", "overdue by 5 min": the countdown's text before the page's script takes over.
    static func timeLeft(until due: Timestamp, now: Timestamp = .now) -> String {
        let seconds = (due - now).milliseconds / 1000
        let minutes = abs(seconds) / 60
        let text = minutes >= 60 * 24 ? "\(minutes / (60 * 24)) d \(minutes % (60 * 24) / 60) h"
            : minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
        return seconds >= 0 ? "\(text) left" : "overdue by \(text)"
    }
}
