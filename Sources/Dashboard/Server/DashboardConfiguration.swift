/// Where and how the dashboard listens.
public struct DashboardConfiguration: Sendable {
    /// The address to bind: 127.0.0.1 unless the candidate asked for another.
    public var host: String
    /// The port; 0 picks a free one (the URL printed says which).
    public var port: Int
    /// The secret every request proves, by cookie or `Authorization: Bearer`.
    public var token: String
    /// The largest request body accepted, in bytes.
    public var bodyLimit: Int

    /// The default port, one no common development server uses.
    public static let defaultPort = 4780
    /// Room for the largest free text (1 MiB) once escaped in JSON.
    public static let defaultBodyLimit = 2 * 1_048_576

    public init(host: String = "127.0.0.1", port: Int = defaultPort, token: String, bodyLimit: Int = defaultBodyLimit) {
        self.host = host
        self.port = port
        self.token = token
        self.bodyLimit = bodyLimit
    }

    /// Whether the server listens on the loopback address only.
    public var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" }
}
