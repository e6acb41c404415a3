/// Referrals with arrays or objects nested far deeper than any real message, where the decoder
/// would otherwise skip them (an unknown field) or look inside them (`otherNames`).
enum DeepNestingVariants {
    /// Depths from just past the stage's limit (64) to well past Foundation's own (512).
    static let depths = [65, 100, 511, 512, 10_000, 100_000]

    static func make(_ variant: Int, _ material: inout HostileMaterial) -> HostileEdit {
        let depth = depths[variant % depths.count]
        let useObjects = (variant / depths.count) % 2 == 1
        let subject = material.subjectIndex()
        let places: [(path: [HostileJSONStep], innermost: String)] = [
            (["extensions"], "0"),
            (["subjects", .index(subject), "otherNames"], "\"alias\""),
            (["concern", "notes"], "null"),
            (["subjects", .index(subject), "address", "geo"], "0"),
        ]
        let place = places[(variant / (depths.count * 2)) % places.count]
        let nested = useObjects ? nestedObjects(depth, innermost: place.innermost) : nestedArrays(depth, innermost: place.innermost)
        var document = material.document
        if place.path.count == 4, document[Array(place.path.prefix(3))] == nil {
            document[Array(place.path.prefix(3))] = .object([])
        }
        let shape = useObjects ? "objects" : "arrays"
        return HostileEdit(
            bytes: material.replacing(place.path, with: nested, in: document),
            what: "\(depth) nested \(shape) in \(HostileJSON.text(of: place.path))"
        )
    }

    /// `[[[…innermost…]]]`, `depth` deep.
    static func nestedArrays(_ depth: Int, innermost: String) -> HostileJSON {
        .bytes([UInt8](repeating: UInt8(ascii: "["), count: depth) + Array(innermost.utf8) + [UInt8](repeating: UInt8(ascii: "]"), count: depth))
    }

    /// `{"a":{"a":…innermost…}}`, `depth` deep.
    static func nestedObjects(_ depth: Int, innermost: String) -> HostileJSON {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(depth * 6 + innermost.utf8.count)
        for _ in 0..<depth { bytes.append(contentsOf: Array("{\"a\":".utf8)) }
        bytes.append(contentsOf: innermost.utf8)
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "}"), count: depth))
        return .bytes(bytes)
    }
}
