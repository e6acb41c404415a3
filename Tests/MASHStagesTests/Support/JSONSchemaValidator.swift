// Copied from Tests/MASHCoreTests/JSONSchema/JSONSchemaValidator.swift: test targets cannot share files without a
// support target, and MASHTestSupport depends on MASHKafka, which a stage's tests must not need.
import Foundation

/// A JSON Schema validator for exactly the keyword subset the topic files may use.
///
/// Construction walks the whole schema and throws on any keyword it does not implement, a
/// malformed keyword value, or a `$ref` that is not a resolvable local `#/$defs/...`, so an
/// unsupported construct can never be silently accepted.
struct JSONSchemaValidator {
    struct SchemaError: Error, CustomStringConvertible {
        let path: String
        let message: String
        var description: String { "schema \(path): \(message)" }
    }

    static let assertionKeywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
        "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "$ref", "oneOf",
    ]
    static let annotationKeywords: Set<String> = ["$defs", "description", "$schema", "$id", "title"]
    static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "integer", "string"]

    let root: JSONValue
    private var patterns: [String: NSRegularExpression] = [:]

    init(schema: JSONValue) throws {
        root = schema
        try check(schema, at: "#")
    }

    /// Every way `instance` fails the schema, as "path: message"; empty when it is valid.
    func validate(_ instance: JSONValue) -> [String] {
        validate(instance, against: root, at: "$")
    }

    // MARK: Checking the schema

    private mutating func check(_ schema: JSONValue, at path: String) throws {
        guard case .object(let keywords) = schema else {
            throw SchemaError(path: path, message: "a schema must be an object")
        }
        for (keyword, value) in keywords {
            let here = "\(path)/\(keyword)"
            guard Self.assertionKeywords.contains(keyword) || Self.annotationKeywords.contains(keyword) else {
                throw SchemaError(path: here, message: "unsupported keyword \"\(keyword)\"")
            }
            switch keyword {
            case "type":
                let names = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
                guard !names.isEmpty, names.allSatisfy(Self.typeNames.contains),
                      value.stringValue != nil || value.arrayValue?.count == names.count
                else { throw SchemaError(path: here, message: "type must name JSON types") }
            case "properties", "$defs":
                guard let members = value.objectValue else { throw SchemaError(path: here, message: "must be an object") }
                for (name, member) in members { try check(member, at: "\(here)/\(name)") }
            case "required":
                guard let names = value.arrayValue, names.allSatisfy({ $0.stringValue != nil }) else {
                    throw SchemaError(path: here, message: "must be an array of strings")
                }
            case "additionalProperties":
                guard case .bool = value else { throw SchemaError(path: here, message: "only true or false is supported") }
            case "items":
                try check(value, at: here)
            case "oneOf":
                guard let options = value.arrayValue, !options.isEmpty else {
                    throw SchemaError(path: here, message: "must be a non-empty array")
                }
                for (index, option) in options.enumerated() { try check(option, at: "\(here)/\(index)") }
            case "enum":
                guard let options = value.arrayValue, !options.isEmpty else {
                    throw SchemaError(path: here, message: "must be a non-empty array")
                }
            case "pattern":
                guard let pattern = value.stringValue else { throw SchemaError(path: here, message: "must be a string") }
                do {
                    patterns[pattern] = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw SchemaError(path: here, message: "not a regular expression: \(pattern)")
                }
            case "minimum", "maximum":
                guard value.numberValue != nil else { throw SchemaError(path: here, message: "must be a number") }
            case "minLength", "maxLength", "minItems", "maxItems":
                guard let number = value.numberValue, number >= 0, number.rounded() == number else {
                    throw SchemaError(path: here, message: "must be a non-negative integer")
                }
            case "$ref":
                guard let reference = value.stringValue, resolve(reference) != nil else {
                    throw SchemaError(path: here, message: "only resolvable local #/$defs/ references are supported")
                }
            case "description", "$schema", "$id", "title":
                guard value.stringValue != nil else { throw SchemaError(path: here, message: "must be a string") }
            default:
                break // const: any value
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        return root["$defs"]?[String(reference.dropFirst(prefix.count))]
    }

    // MARK: Validating an instance

    private func validate(_ instance: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard let keywords = schema.objectValue else { return ["\(path): schema is not an object"] }
        var errors: [String] = []
        for (keyword, value) in keywords {
            errors += apply(keyword, value, schema: keywords, to: instance, at: path)
        }
        return errors
    }

    private func apply(_ keyword: String, _ value: JSONValue, schema: [String: JSONValue],
                       to instance: JSONValue, at path: String) -> [String] {
        switch keyword {
        case "type":
            let names = value.arrayValue?.compactMap(\.stringValue) ?? [value.stringValue!]
            return names.contains { Self.matches(instance, type: $0) } ? [] : ["\(path): expected \(names.joined(separator: " or ")), got \(instance)"]
        case "enum":
            return value.arrayValue!.contains(instance) ? [] : ["\(path): \(instance) is not one of \(value)"]
        case "const":
            return instance == value ? [] : ["\(path): expected \(value), got \(instance)"]
        case "pattern":
            guard let text = instance.stringValue else { return [] }
            let expression = patterns[value.stringValue!]!
            let range = NSRange(text.startIndex..., in: text)
            return expression.firstMatch(in: text, range: range) != nil ? [] : ["\(path): \"\(text)\" does not match \(value.stringValue!)"]
        case "minLength", "maxLength":
            guard let text = instance.stringValue else { return [] }
            let length = Double(text.unicodeScalars.count), bound = value.numberValue!
            let ok = keyword == "minLength" ? length >= bound : length <= bound
            return ok ? [] : ["\(path): length \(Int(length)) breaks \(keyword) \(Int(bound))"]
        case "minimum", "maximum":
            guard let number = instance.numberValue else { return [] }
            let bound = value.numberValue!
            let ok = keyword == "minimum" ? number >= bound : number <= bound
            return ok ? [] : ["\(path): \(number) breaks \(keyword) \(bound)"]
        case "minItems", "maxItems":
            guard let elements = instance.arrayValue else { return [] }
            let count = Double(elements.count), bound = value.numberValue!
            let ok = keyword == "minItems" ? count >= bound : count <= bound
            return ok ? [] : ["\(path): \(elements.count) items breaks \(keyword) \(Int(bound))"]
        case "items":
            guard let elements = instance.arrayValue else { return [] }
            return elements.enumerated().flatMap { validate($1, against: value, at: "\(path)[\($0)]") }
        case "properties":
            guard let members = instance.objectValue else { return [] }
            return value.objectValue!.flatMap { name, subschema in
                members[name].map { validate($0, against: subschema, at: "\(path).\(name)") } ?? []
            }
        case "required":
            guard let members = instance.objectValue else { return [] }
            return value.arrayValue!.compactMap(\.stringValue).filter { members[$0] == nil }.map { "\(path): missing required \"\($0)\"" }
        case "additionalProperties":
            guard case .bool(false) = value, let members = instance.objectValue else { return [] }
            let declared = schema["properties"]?.objectValue ?? [:]
            return members.keys.sorted().filter { declared[$0] == nil }.map { "\(path): unexpected property \"\($0)\"" }
        case "$ref":
            return validate(instance, against: resolve(value.stringValue!)!, at: path)
        case "oneOf":
            let passing = value.arrayValue!.filter { validate(instance, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of the oneOf schemas, not exactly one"]
        case "$defs", "description", "$schema", "$id", "title":
            return []
        default:
            // Unreachable after init's check; fail loudly rather than accept.
            return ["\(path): unsupported keyword \"\(keyword)\""]
        }
    }

    private static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("object", .object), ("array", .array), ("number", .number), ("string", .string):
            true
        case ("integer", .number(let number)):
            number.rounded() == number && number.isFinite
        default:
            false
        }
    }
}
