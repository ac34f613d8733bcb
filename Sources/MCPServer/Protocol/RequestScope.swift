import MCP

/// How one request is served: the protocol version it is under and, for a stateless
/// (2026-07-28) request, what its `_meta` asked for.
struct RequestScope: Sendable {
    var version: ProtocolVersion
    /// The lowest level of log messages this request wants sent while it runs (stateless
    /// requests opt in with `io.modelcontextprotocol/logLevel`; before 2026-07-28 the
    /// connection's `logging/setLevel` governs instead).
    var logLevel: LogLevel?

    static let protocolVersionKey = "io.modelcontextprotocol/protocolVersion"
    static let clientCapabilitiesKey = "io.modelcontextprotocol/clientCapabilities"
    static let logLevelKey = "io.modelcontextprotocol/logLevel"

    /// The scope a stateless request's `_meta` gives it, or `nil` when it carries no protocol
    /// version there (a request under the connection's negotiated version).
    ///
    /// - Throws: -32022 for a version this server does not speak statelessly; -32602 when the
    ///   client's capabilities or the log level are missing or malformed.
    static func stateless(_ params: RPCRequest.Params) throws(RPCError) -> RequestScope? {
        guard case .object(let object) = params, let meta = object["_meta"] as? [String: Any],
              let requested = meta[protocolVersionKey] else { return nil }
        guard let text = requested as? String else { throw .invalidParams("params._meta[\"\(protocolVersionKey)\"] must be a string") }
        guard let version = ProtocolVersion(rawValue: text), version.isStateless else { throw .unsupportedVersion(text) }
        guard meta[clientCapabilitiesKey] is [String: Any] else {
            throw .invalidParams("params._meta needs \"\(clientCapabilitiesKey)\" (an object, {} when the client has none)")
        }
        var scope = RequestScope(version: version)
        if let level = meta[logLevelKey] {
            guard let name = level as? String, let parsed = LogLevel(rawValue: name) else {
                throw .invalidParams("params._meta[\"\(logLevelKey)\"] must be one of \(LogLevel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            scope.logLevel = parsed
        }
        return scope
    }

    /// The members a result gains under this version, each followed by a comma: 2026-07-28
    /// requires `resultType`, and `ttlMs` and `cacheScope` on results a client may cache.
    func resultMembers(cacheable: Bool) -> [UInt8] {
        guard version.isStateless else { return [] }
        // Everything served is the candidate's own data or may change with it: private, and stale at once.
        return Array((cacheable ? #""resultType":"complete","ttlMs":0,"cacheScope":"private","# : #""resultType":"complete","#).utf8)
    }

    /// `result` (a JSON object) with this version's result members added.
    func stamp(_ result: [UInt8], cacheable: Bool) -> [UInt8] {
        let members = resultMembers(cacheable: cacheable)
        guard !members.isEmpty, result.first == UInt8(ascii: "{") else { return result }
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(result.count + members.count)
        if result.count == 2 {  // {}: the members without their last comma
            out.append(contentsOf: members.dropLast())
            out.append(UInt8(ascii: "}"))
        } else {
            out.append(contentsOf: members)
            out.append(contentsOf: result.dropFirst())
        }
        return out
    }
}
