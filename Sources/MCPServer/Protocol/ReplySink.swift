import Synchronization

/// Where one message's reply goes: straight to the client, or into a batch's reply array.
/// `deliver` is called exactly once per message, with `nil` when there is nothing to send.
struct ReplySink: Sendable {
    let deliver: @Sendable ([UInt8]?) -> Void
}

/// Collects the replies to a batch's messages and writes them as one array when the last is in
/// (nothing at all when every message was a notification), as JSON-RPC 2.0 asks.
final class BatchReplies: Sendable {
    private struct State {
        var replies: [[UInt8]?]
        var remaining: Int
    }

    private let state: Mutex<State>
    private let write: @Sendable ([UInt8]) -> Void

    init(count: Int, write: @escaping @Sendable ([UInt8]) -> Void) {
        state = Mutex(State(replies: Array(repeating: nil, count: count), remaining: count))
        self.write = write
    }

    /// The sink for the batch's message at `index`.
    func sink(_ index: Int) -> ReplySink {
        ReplySink { reply in
            let complete: [[UInt8]]? = self.state.withLock { state in
                state.replies[index] = reply
                state.remaining -= 1
                return state.remaining == 0 ? state.replies.compactMap { $0 } : nil
            }
            guard let complete, !complete.isEmpty else { return }
            var out: [UInt8] = [UInt8(ascii: "[")]
            for (position, reply) in complete.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: reply)
            }
            out.append(UInt8(ascii: "]"))
            self.write(out)
        }
    }
}
