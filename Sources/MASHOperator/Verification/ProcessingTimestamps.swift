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

    /// SHA-256 of each top-level field with its processing timestamps removed (the whole value under "" when
    /// it is not a JSON object): two copies differ exactly where these do, and the names say where.
    static func fieldDigests(of value: [UInt8]) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(value)), let fields = stripped(object) as? [String: Any]
        else { return ["": SHA256.hex(value)] }
        var digests: [String: String] = [:]
        for (name, member) in fields {
            guard let canonical = try? JSONSerialization.data(withJSONObject: [member], options: [.sortedKeys, .fragmentsAllowed]) else {
                digests[name] = "unreadable"
                continue
            }
            digests[name] = SHA256.hex(Array(canonical))
        }
        return digests
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
