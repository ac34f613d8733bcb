import Foundation
import InterviewPrep
import MCP

/// What the server says about itself: in the `initialize` result and in `server/discover`.
enum ServerIdentity {
    static let name = "interview-prep"
    static let title = "Interview Prep"

    /// What the server can do: the same under every version. The tool and prompt lists change
    /// when the user switches tool groups in `config.json` while the server runs.
    static let capabilities = Server.Capabilities(
        completions: .init(), logging: .init(), prompts: .init(listChanged: true),
        resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: true))

    /// The `initialize` result for a negotiated `version`.
    static func initializeResult(version: ProtocolVersion) -> [UInt8] {
        encode(Initialize.Result(
            protocolVersion: version.rawValue, capabilities: capabilities,
            serverInfo: Server.Info(name: name, version: Version.current, title: title),
            instructions: InterviewPrepServer.instructions))
    }

    /// The `server/discover` result (a 2026-07-28 result, whatever the request's version).
    static let discoverResult: [UInt8] = encode(Discover(
        supportedVersions: (ProtocolVersion.stateless + ProtocolVersion.handshake.reversed()).map(\.rawValue),
        capabilities: capabilities, instructions: InterviewPrepServer.instructions,
        meta: ["io.modelcontextprotocol/serverInfo": Server.Info(name: name, version: Version.current, title: title)]))

    private struct Discover: Encodable {
        var supportedVersions: [String]
        var capabilities: Server.Capabilities
        var instructions: String
        var meta: [String: Server.Info]
        var resultType = "complete"
        var ttlMs = 0
        var cacheScope = "private"

        enum CodingKeys: String, CodingKey {
            case supportedVersions, capabilities, instructions, resultType, ttlMs, cacheScope
            case meta = "_meta"
        }
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // These are fixed values of known-encodable types: a failure is a programming error.
        return (try? Array(encoder.encode(value))) ?? Array("{}".utf8)
    }
}
