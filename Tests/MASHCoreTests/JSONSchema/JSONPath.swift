/// A location inside a JSON document, for reading and rewriting nodes in tests.
struct JSONPath: Hashable, CustomStringConvertible, Sendable {
    enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    var steps: [Step] = []

    func appending(_ step: Step) -> JSONPath { JSONPath(steps: steps + [step]) }

    var description: String {
        steps.reduce("$") { text, step in
            switch step {
            case .key(let key): "\(text).\(key)"
            case .index(let index): "\(text)[\(index)]"
            }
        }
    }
}

extension JSONValue {
    /// Every node with its path, depth first, the root included.
    func allNodes(at path: JSONPath = JSONPath()) -> [(JSONPath, JSONValue)] {
        var nodes = [(path, self)]
        switch self {
        case .object(let members):
            for key in members.keys.sorted() { nodes += members[key]!.allNodes(at: path.appending(.key(key))) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { nodes += element.allNodes(at: path.appending(.index(index))) }
        default:
            break
        }
        return nodes
    }

    /// The document with the node at `path` replaced by `transform(node)`; a nil result removes it
    /// (object members only).
    func replacing(_ path: JSONPath, with transform: (JSONValue) -> JSONValue?) -> JSONValue {
        replacing(path.steps[...], with: transform) ?? .null
    }

    private func replacing(_ steps: ArraySlice<JSONPath.Step>, with transform: (JSONValue) -> JSONValue?) -> JSONValue? {
        guard let step = steps.first else { return transform(self) }
        switch (self, step) {
        case (.object(var members), .key(let key)):
            guard let member = members[key] else { return self }
            members[key] = member.replacing(steps.dropFirst(), with: transform)
            return .object(members)
        case (.array(var elements), .index(let index)) where elements.indices.contains(index):
            elements[index] = elements[index].replacing(steps.dropFirst(), with: transform) ?? .null
            return .array(elements)
        default:
            return self
        }
    }

    /// The node at `path`, if there is one.
    func node(at path: JSONPath) -> JSONValue? {
        var node: JSONValue? = self
        for step in path.steps {
            switch (node, step) {
            case (.object(let members)?, .key(let key)): node = members[key]
            case (.array(let elements)?, .index(let index)) where elements.indices.contains(index): node = elements[index]
            default: return nil
            }
        }
        return node
    }
}
