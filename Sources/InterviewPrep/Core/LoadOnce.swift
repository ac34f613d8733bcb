import Synchronization

/// A value made on first use and kept, its failure too: content a session may never need is not
/// read at start, and a broken file is reported the same way every time it is asked for.
public final class LoadOnce<Value: Sendable, Failure: Error>: Sendable {
    private let make: @Sendable () throws(Failure) -> Value
    private let state = Mutex<Result<Value, Failure>?>(nil)

    public init(_ make: @escaping @Sendable () throws(Failure) -> Value) {
        self.make = make
    }

    /// The value, made now if this is the first time.
    public func value() throws(Failure) -> Value {
        let result = state.withLock { state -> Result<Value, Failure> in
            if let state { return state }
            let made = Result { () throws(Failure) -> Value in try make() }
            state = made
            return made
        }
        return try result.get()
    }
}
