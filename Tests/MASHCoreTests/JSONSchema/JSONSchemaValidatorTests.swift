import Testing

@Suite struct JSONSchemaValidatorTests {
    private func validator(_ schema: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: JSONValue.parse(schema))
    }

    private func errors(_ schema: String, _ instance: String) throws -> [String] {
        try validator(schema).validate(JSONValue.parse(instance))
    }

    @Test(arguments: [
        #"{"anyOf": [{"type": "string"}]}"#,
        #"{"format": "date"}"#,
        #"{"type": "object", "properties": {"a": {"minProperties": 1}}}"#,
        #"{"$defs": {"X": {"contains": {"type": "string"}}}}"#,
        #"{"items": {"if": {"type": "string"}}}"#,
        #"{"oneOf": [{"exclusiveMinimum": 0}]}"#,
        #"{"additionalProperties": {"type": "string"}}"#,
        #"{"$ref": "https://example.org/schema"}"#,
        ##"{"$ref": "#/$defs/Missing"}"##,
        #"{"type": "date"}"#,
        #"{"pattern": "("}"#,
        #"{"properties": {"a": true}}"#,
    ])
    func rejectsSchemasItDoesNotImplement(schema: String) throws {
        #expect(throws: JSONSchemaValidator.SchemaError.self) { try validator(schema) }
    }

    @Test func typeKeyword() throws {
        #expect(try errors(#"{"type": "string"}"#, #""x""#).isEmpty)
        #expect(try !errors(#"{"type": "string"}"#, "1").isEmpty)
        #expect(try errors(#"{"type": "integer"}"#, "3").isEmpty)
        #expect(try errors(#"{"type": "integer"}"#, "3.0").isEmpty)
        #expect(try !errors(#"{"type": "integer"}"#, "3.5").isEmpty)
        #expect(try errors(#"{"type": "number"}"#, "3.5").isEmpty)
        #expect(try !errors(#"{"type": "number"}"#, "true").isEmpty)
        #expect(try !errors(#"{"type": "boolean"}"#, "1").isEmpty)
        #expect(try errors(#"{"type": ["string", "null"]}"#, "null").isEmpty)
        #expect(try !errors(#"{"type": ["string", "null"]}"#, "[]").isEmpty)
        #expect(try !errors(#"{"type": "object"}"#, "[]").isEmpty)
    }

    @Test func objectKeywords() throws {
        let schema = #"""
        {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
         "required": ["a"], "additionalProperties": false}
        """#
        #expect(try errors(schema, #"{"a": "x"}"#).isEmpty)
        #expect(try errors(schema, #"{"a": "x", "b": 2}"#).isEmpty)
        #expect(try errors(schema, #"{"b": 2}"#) == [#"$: missing required "a""#])
        #expect(try errors(schema, #"{"a": "x", "c": 1}"#) == [#"$: unexpected property "c""#])
        #expect(try errors(schema, #"{"a": 1}"#).count == 1)
        #expect(try errors(schema, #"{"a": "x", "b": null}"#).count == 1)
        let open = #"{"type": "object", "properties": {"a": {}}, "additionalProperties": true}"#
        #expect(try errors(open, #"{"c": 1}"#).isEmpty)
    }

    @Test func arrayKeywords() throws {
        let schema = #"{"type": "array", "items": {"enum": ["x", "y"]}, "minItems": 1, "maxItems": 2}"#
        #expect(try errors(schema, #"["x", "y"]"#).isEmpty)
        #expect(try !errors(schema, "[]").isEmpty)
        #expect(try !errors(schema, #"["x", "y", "x"]"#).isEmpty)
        #expect(try errors(schema, #"["x", "z"]"#).first?.hasPrefix("$[1]") == true)
    }

    @Test func stringAndNumberKeywords() throws {
        let date = #"{"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "minLength": 7, "maxLength": 7}"#
        #expect(try errors(date, #""2026-03""#).isEmpty)
        #expect(try !errors(date, #""x2026-03""#).isEmpty)
        let unanchored = #"{"pattern": "\\S"}"#
        #expect(try errors(unanchored, #""  a ""#).isEmpty)
        #expect(try !errors(unanchored, #""   ""#).isEmpty)
        #expect(try errors(#"{"maxLength": 2}"#, #""é€""#).isEmpty, "lengths count code points, not bytes")
        let unit = #"{"type": "number", "minimum": 0, "maximum": 1}"#
        #expect(try errors(unit, "0").isEmpty)
        #expect(try errors(unit, "1").isEmpty)
        #expect(try !errors(unit, "1.01").isEmpty)
        #expect(try !errors(unit, "-0.5").isEmpty)
    }

    @Test func enumAndConstCompareWholeValues() throws {
        #expect(try errors(#"{"const": {"a": [1, true]}}"#, #"{"a": [1.0, true]}"#).isEmpty)
        #expect(try !errors(#"{"const": {"a": [1, true]}}"#, #"{"a": [1, false]}"#).isEmpty)
        #expect(try !errors(#"{"const": true}"#, "1").isEmpty)
        #expect(try errors(#"{"enum": [1, 2, 3]}"#, "2").isEmpty)
        #expect(try !errors(#"{"enum": [1, 2, 3]}"#, #""2""#).isEmpty)
    }

    @Test func oneOfNeedsExactlyOne() throws {
        let schema = #"{"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 10}]}"#
        #expect(try errors(schema, "3").isEmpty)
        #expect(try errors(schema, "10.5").isEmpty)
        #expect(try !errors(schema, "12").isEmpty, "matches both")
        #expect(try !errors(schema, #""x""#).isEmpty, "matches neither")
    }

    @Test func localReferences() throws {
        let schema = #"""
        {"$defs": {"Code": {"type": "string", "enum": ["A"]}, "Pair": {"type": "array", "items": {"$ref": "#/$defs/Code"}}},
         "$ref": "#/$defs/Pair"}
        """#
        #expect(try errors(schema, #"["A", "A"]"#).isEmpty)
        #expect(try !errors(schema, #"["A", "B"]"#).isEmpty)
    }

    @Test func annotationsAreIgnored() throws {
        let schema = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "x/1", "title": "T", "description": "d"}"#
        #expect(try errors(schema, "42").isEmpty)
    }
}
