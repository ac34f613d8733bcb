import Synchronization

/// The mock interviews a server process has touched.
public final class MockSessionTracker: Sendable {
    private let touched = Mutex<Set<String>>([])

    public init() {}

    /// Remembers `sessionID`.
    public func touch(_ sessionID: String) { _ = touched.withLock { $0.insert(sessionID) } }

    /// Every session touched, sorted.
    public var sessionIDs: [String] { touched.withLock { $0.sorted() } }
}
