/// One step of a path into a `HostileJSON` document: an object key or an array position.
enum HostileJSONStep: Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }
}

extension HostileJSON {
    /// The value at `path`, or nil; setting nil removes the member or element, setting a missing key appends it.
    subscript(path: [HostileJSONStep]) -> HostileJSON? {
        get {
            guard let step = path.first else { return self }
            switch (self, step) {
            case (.object(let members), .key(let key)):
                return members.first { $0.key == key }?.value[Array(path.dropFirst())]
            case (.array(let elements), .index(let index)) where elements.indices.contains(index):
                return elements[index][Array(path.dropFirst())]
            default:
                return nil
            }
        }
        set {
            guard let step = path.first else {
                if let newValue { self = newValue }
                return
            }
            let rest = Array(path.dropFirst())
            switch (self, step) {
            case (.object(var members), .key(let key)):
                if let position = members.firstIndex(where: { $0.key == key }) {
                    if rest.isEmpty, newValue == nil {
                        members.remove(at: position)
                    } else {
                        members[position].value[rest] = newValue
                    }
                } else if rest.isEmpty, let newValue {
                    members.append(Member(key: key, value: newValue))
                }
                self = .object(members)
            case (.array(var elements), .index(let index)) where elements.indices.contains(index):
                if rest.isEmpty, newValue == nil {
                    elements.remove(at: index)
                } else {
                    elements[index][rest] = newValue
                }
                self = .array(elements)
            default:
                break
            }
        }
    }

    /// `path` as a field path in the stage's form, e.g. `subjects[1].forename`.
    static func text(of path: [HostileJSONStep]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The string at `path`, or nil if there is none.
    func string(at path: [HostileJSONStep]) -> String? {
        if case .string(let text)? = self[path] { return text }
        return nil
    }
}
