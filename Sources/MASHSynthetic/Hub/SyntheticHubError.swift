/// Why a synthetic hub could not be generated.
public enum SyntheticHubError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A configuration value is out of range.
    case invalidConfiguration(String)
    /// A file could not be created.
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let problem): "invalid configuration: \(problem)"
        case .cannotWrite(let path): "cannot create \(path)"
        }
    }
}
