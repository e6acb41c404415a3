/// Why a store could not be opened, read or written: which file and what was wrong.
public struct AgencyStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The store file, when known.
    public var path: String?
    public var reason: String

    /// An error about `path`.
    public init(path: String?, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { path.map { "\($0): \(reason)" } ?? reason }
}
