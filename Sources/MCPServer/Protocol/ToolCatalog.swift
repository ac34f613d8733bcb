import Synchronization

/// The tools served now: the registry of the groups switched on and its `tools/list` bytes.
/// The configuration may switch groups while the server runs (`update`).
final class ToolCatalog: Sendable {
    private struct Current {
        var registry: ToolRegistry
        var list: ToolListReply
    }

    private let current: Mutex<Current>

    init(groups: Set<ToolGroup>) {
        let registry = ToolRegistry(groups: groups)
        current = Mutex(Current(registry: registry, list: ToolListReply(registry: registry)))
    }

    var registry: ToolRegistry { current.withLock { $0.registry } }

    /// The `tools/list` result for the groups on now.
    var listResult: [UInt8] { current.withLock { $0.list }.result }

    /// Switches to `groups`; `true` when that changed anything.
    func update(groups: Set<ToolGroup>) -> Bool {
        current.withLock { current in
            guard current.registry.groups != groups else { return false }
            let registry = ToolRegistry(groups: groups)
            current = Current(registry: registry, list: ToolListReply(registry: registry))
            return true
        }
    }
}
