import Foundation
import MASHCore

/// The fields a replay may change: when each stage processed the message. Everything else in a replay
/// must be byte-for-byte what the original said.
enum ProcessingTimestamps {
    /// Stage timestamps inside `timestamps` (received is the input's own time and must not change).
    static let stageTimestamps: Set<String> = ["referral", "research", "risk", "decision"]
    /// Other fields set from the processing clock, and an audit record's chain links: its hash covers its
    /// time, and a replay chains from whatever record its writer last knew of.
    static let clockFields: Set<String> = ["decidedAt", "at", "deadLetteredAt", "heldAt", "hash", "previousHash", "auditHead"]

    /// SHA-256 of the message with its processing timestamps removed and keys sorted.
    static func contentDigest(of value: [UInt8]) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(value)),
            let canonical = try? JSONSerialization.data(withJSONObject: stripped(object), options: [.sortedKeys])
        else { return SHA256.hex(value) }
        return SHA256.hex(Array(canonical))
    }

    private static func stripped(_ value: Any, inTimestamps: Bool = false) -> Any {
        if let object = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, member) in object {
                if clockFields.contains(key) || (inTimestamps && stageTimestamps.contains(key)) { continue }
                result[key] = stripped(member, inTimestamps: key == "timestamps")
            }
            return result
        }
        if let array = value as? [Any] { return array.map { stripped($0) } }
        return value
    }
}
