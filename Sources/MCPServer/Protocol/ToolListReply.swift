import Foundation
import InterviewPrep
import MCP
import Synchronization

/// The `tools/list` result, built once as bytes on first request and kept: every client asks
/// for it first, and building it through the SDK's server (56 tools' schemas encoded, decoded back into
/// `Value` and encoded again) took 150 ms and 8 MiB each time.
final class ToolListReply: Sendable {
    private let registry: ToolRegistry
    private let cached = Mutex<[UInt8]?>(nil)

    init(registry: ToolRegistry) {
        self.registry = registry
    }

    /// The `result` member: every tool, on one page (no `nextCursor`).
    var result: [UInt8] {
        cached.withLock { cached in
            if let cached { return cached }
            // One tool at a time: the encoder's working copy of the whole list (several times its
            // 75 KB) never exists at once, and the bytes are those of encoding the whole result.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var bytes = Array(#"{"tools":["#.utf8)
            for (index, tool) in registry.tools.enumerated() {
                guard let encoded = try? encoder.encode(tool) else { continue }
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: encoded)
            }
            bytes.append(contentsOf: "]}".utf8)
            cached = bytes
            return bytes
        }
    }

    /// Why `cursor` cannot be a `tools/list` cursor, or nil when there is none: the list has one
    /// page, so any cursor is unknown.
    static func problem(cursor: Any?) -> String? {
        switch cursor {
        case nil, is NSNull: return nil
        case let cursor as String: return "cursor '\(cursor)' is not a cursor of tools/list (the list has one page: omit cursor)"
        default: return "cursor must be a string from nextCursor"
        }
    }
}
