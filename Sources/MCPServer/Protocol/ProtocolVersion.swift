/// The MCP protocol revisions this server speaks.
///
/// Up to 2025-11-25 a connection negotiates one with `initialize`; 2026-07-28 has no handshake:
/// every request carries its version and the client's capabilities in `params._meta`.
enum ProtocolVersion: String, CaseIterable, Comparable, Sendable {
    case v2024_11_05 = "2024-11-05"
    case v2025_03_26 = "2025-03-26"
    case v2025_06_18 = "2025-06-18"
    case v2025_11_25 = "2025-11-25"
    case v2026_07_28 = "2026-07-28"

    /// The versions `initialize` negotiates, oldest first.
    static let handshake: [ProtocolVersion] = [.v2024_11_05, .v2025_03_26, .v2025_06_18, .v2025_11_25]
    /// The stateless versions, carried per request.
    static let stateless: [ProtocolVersion] = [.v2026_07_28]

    /// Whether requests of this version carry everything in `_meta` instead of a handshake.
    var isStateless: Bool { Self.stateless.contains(self) }

    /// Whether JSON-RPC batches are part of this version: 2025-06-18 removed them.
    var allowsBatches: Bool { self <= .v2025_03_26 }

    /// The version `initialize` answers for a client asking for `requested`: the same when it
    /// is a handshake version, else the newest handshake version (the client may then disconnect).
    static func negotiated(for requested: String) -> ProtocolVersion {
        ProtocolVersion(rawValue: requested).flatMap { handshake.contains($0) ? $0 : nil } ?? .v2025_11_25
    }

    static func < (lhs: ProtocolVersion, rhs: ProtocolVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}
