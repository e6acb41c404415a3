/// Where in a policy something is: keys and list positions from the top, e.g. `taskings[3].recipient`.
public struct PolicyPath: Sendable, Hashable, CustomStringConvertible {
    /// One step down the tree.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the top of the policy.
    public var components: [Component]

    /// A path of these steps.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of a coding path, as decoding reports it.
    init(_ codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                return .index(index)
            }
            return .key(key.stringValue)
        }
    }

    /// This path one key further down.
    public func appending(_ key: String) -> PolicyPath { PolicyPath(components + [.key(key)]) }

    /// This path one list position further down.
    public func appending(_ index: Int) -> PolicyPath { PolicyPath(components + [.index(index)]) }

    /// `a.b[2].c`; empty at the top.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
