import Yams

/// The YAML side of reading a policy: parsing with positions, and finding the line of a path.
enum PolicyDocument {
    /// The document's root node, or a `PolicyFileError` at the line of a syntax error.
    static func root(of text: String, file: String) throws -> Node {
        let root: Node?
        do {
            root = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            throw PolicyFileError(file: file, problems: [syntaxProblem(error)])
        }
        guard let root else {
            throw PolicyFileError(file: file, problems: [.init(line: nil, column: nil, path: PolicyPath(), message: "is empty: a policy needs every section")])
        }
        return root
    }

    /// A problem at a node's position.
    static func problem(at mark: Mark?, path: PolicyPath, message: String) -> PolicyFileError.Problem {
        .init(line: mark?.line, column: mark?.column, path: path, message: message)
    }

    /// A decoding error as a problem at the line of its coding path.
    static func problem(for error: DecodingError, in root: Node) -> PolicyFileError.Problem {
        let path: PolicyPath
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            path = PolicyPath(context.codingPath)
            message = "missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = PolicyPath(context.codingPath)
            message = context.debugDescription.hasSuffix(".") ? String(context.debugDescription.dropLast()) : context.debugDescription
        @unknown default:
            path = PolicyPath()
            message = String(describing: error)
        }
        return problem(at: mark(of: path, in: root), path: path, message: message)
    }

    /// For a missing key, the keys beside it that look like a misspelling of it, as unknown-key problems.
    static func misspeltKeys(in root: Node, missing error: DecodingError) -> [PolicyFileError.Problem] {
        guard case .keyNotFound(let missing, let context) = error, let node = node(at: PolicyPath(context.codingPath), in: root),
              case .mapping(let mapping) = node else { return [] }
        let path = PolicyPath(context.codingPath)
        return mapping.keys.compactMap { key -> PolicyFileError.Problem? in
            guard let name = key.string, name != missing.stringValue,
                  editDistance(name.lowercased(), missing.stringValue.lowercased()) <= 2 else { return nil }
            return problem(at: key.mark, path: path.appending(name),
                           message: "unknown key \"\(name)\": is it a misspelling of \"\(missing.stringValue)\"?")
        }
    }

    /// Levenshtein distance: single-character insertions, deletions and substitutions between two words.
    static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The position of the value at `path`: a mapping entry's key, a list item, or the deepest node
    /// that exists on the way there.
    static func mark(of path: PolicyPath, in root: Node) -> Mark? {
        var node = root
        var mark = root.mark
        for component in path.components {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == key }) else { return mark }
                mark = pair.key.mark
                node = pair.value
            case (.index(let index), .sequence(let sequence)):
                guard index >= 0, index < sequence.count else { return mark }
                node = sequence[index]
                mark = node.mark
            default:
                return mark
            }
        }
        return mark
    }

    /// The node at `path`, if the document has one there.
    static func node(at path: PolicyPath, in root: Node) -> Node? {
        var node = root
        for component in path.components {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let value = mapping.first(where: { $0.key.string == key })?.value else { return nil }
                node = value
            case (.index(let index), .sequence(let sequence)) where index >= 0 && index < sequence.count:
                node = sequence[index]
            default:
                return nil
            }
        }
        return node
    }

    /// A YAML syntax error at its line, in Yams' words without the echoed source.
    private static func syntaxProblem(_ error: YamlError) -> PolicyFileError.Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .init(line: mark.line, column: mark.column, path: PolicyPath(), message: "YAML syntax error: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .init(line: context.mark.line, column: context.mark.column, path: PolicyPath(),
                         message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { yaml.prefix($0).filter { $0 == "\n" }.count + 1 }
            return .init(line: line, column: nil, path: PolicyPath(), message: "cannot be read as YAML: \(problem)")
        default:
            return .init(line: nil, column: nil, path: PolicyPath(), message: "YAML error: \(error)")
        }
    }
}
