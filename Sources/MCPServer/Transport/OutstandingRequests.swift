import Dispatch
import Synchronization

/// The ids of requests read but not yet answered, so the transport can hold its input open
/// at end of file until every reply is written (otherwise the process exits on end of input while replies are still being written).
final class OutstandingRequests: Sendable {
    private struct State {
        var ids: Set<String> = []
        var drained: DispatchSemaphore?
    }

    private let state = Mutex(State())

    /// Records a request id (its JSON text).
    func insert(_ id: String) {
        state.withLock { _ = $0.ids.insert(id) }
    }

    /// Forgets an id once it is answered or cancelled, waking a waiter when none are left.
    func remove(_ id: String) {
        state.withLock { state in
            state.ids.remove(id)
            if state.ids.isEmpty, let drained = state.drained {
                drained.signal()
                state.drained = nil
            }
        }
    }

    /// Blocks the calling (non-cooperative) thread until every request is answered, or `timeout` passes.
    func waitUntilDrained(timeout: DispatchTimeInterval) {
        let semaphore: DispatchSemaphore? = state.withLock { state in
            guard !state.ids.isEmpty else { return nil }
            let semaphore = DispatchSemaphore(value: 0)
            state.drained = semaphore
            return semaphore
        }
        _ = semaphore?.wait(timeout: .now() + timeout)
    }
}
