import Dispatch
import Synchronization

/// The requests read but not yet answered: so a cancellation can stop one and drop its reply,
/// and so the connection holds its input open at end of file until every reply is written.
final class InFlightRequests: Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        var cancelled = false
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var drained: DispatchSemaphore?
    }

    private let state = Mutex(State())

    /// Records a request about to start.
    func begin(_ key: String) {
        state.withLock { $0.entries[key] = Entry() }
    }

    /// Remembers the task working on `key`, so a cancellation can reach it (unless it already ended).
    func attach(_ task: Task<Void, Never>, to key: String) {
        let cancelNow = state.withLock { state -> Bool in
            guard state.entries[key] != nil else { return false }
            state.entries[key]?.task = task
            return state.entries[key]?.cancelled == true
        }
        if cancelNow { task.cancel() }
    }

    /// The client cancelled `key`: its task is cancelled and its reply will not be written.
    func cancel(_ key: String) {
        let task = state.withLock { state -> Task<Void, Never>? in
            guard state.entries[key] != nil else { return nil }
            state.entries[key]?.cancelled = true
            return state.entries[key]?.task
        }
        task?.cancel()
    }

    /// Forgets `key` once its work is done; `true` when its reply is to be written (it was not cancelled).
    func finish(_ key: String) -> Bool {
        state.withLock { state in
            let entry = state.entries.removeValue(forKey: key)
            if state.entries.isEmpty, let drained = state.drained {
                drained.signal()
                state.drained = nil
            }
            return entry?.cancelled != true
        }
    }

    /// Blocks the calling (non-cooperative) thread until every request is answered, or `timeout` passes.
    func waitUntilDrained(timeout: DispatchTimeInterval) {
        let semaphore: DispatchSemaphore? = state.withLock { state in
            guard !state.entries.isEmpty else { return nil }
            let semaphore = DispatchSemaphore(value: 0)
            state.drained = semaphore
            return semaphore
        }
        _ = semaphore?.wait(timeout: .now() + timeout)
    }
}
