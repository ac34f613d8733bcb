/// Failures of the coaching library, with messages a user can act on.
public enum CoachingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A data file is missing or malformed.
    case dataFile(file: String, reason: String)
    /// An argument is out of range or empty.
    case invalidArgument(field: String, reason: String)

    public var field: String? {
        if case .invalidArgument(let field, _) = self { return field }
        return nil
    }

    public var description: String {
        switch self {
        case .dataFile(let file, let reason): "coaching data \(file): \(reason)"
        case .invalidArgument(let field, let reason): "\(field): \(reason)"
        }
    }
}
