import Yams

/// The mapping keys decoding read, by position in the file; every other key in the tree is unknown.
final class NodeKeyUse {
    private var used = Set<Position>()

    private struct Position: Hashable {
        let line: Int, column: Int
    }

    /// Remembers that `key` was read.
    func markUsed(_ key: Node) {
        guard let mark = key.mark else { return }
        used.insert(Position(line: mark.line, column: mark.column))
    }

    /// Every key in `node`'s tree that was never read, with its path, in document order.
    func unusedKeys(in node: Node, path: PolicyPath = PolicyPath()) -> [(key: Node, path: PolicyPath)] {
        switch node {
        case .mapping(let mapping):
            var unused: [(key: Node, path: PolicyPath)] = []
            for (key, value) in mapping {
                let keyPath = path.appending(key.string ?? NodeDecoder.describe(key))
                if let mark = key.mark, !used.contains(Position(line: mark.line, column: mark.column)) {
                    unused.append((key, keyPath))
                } else {
                    unused += unusedKeys(in: value, path: keyPath)
                }
            }
            return unused
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { unusedKeys(in: $0.element, path: path.appending($0.offset)) }
        case .scalar, .alias:
            return []
        }
    }
}
