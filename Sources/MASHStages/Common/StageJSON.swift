import Foundation
import MASHCore

/// The encoder every stage output goes through: MASHJSON's form (compact, `/` unescaped, absent
/// optionals omitted) with keys sorted.
///
/// Sorted because replays must give identical bytes: Foundation's encoder on Linux writes a keyed
/// container's keys in hash order, which differs from one encoding to the next.
enum StageJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        Array(try encoder.encode(value))
    }
}
