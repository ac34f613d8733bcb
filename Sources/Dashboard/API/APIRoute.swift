/// One operation of the HTTP API: a method and path over one tool.
///
/// The tool's parameters are the operation's parameters: `{name}` segments of the path fill the
/// parameter of that name (`{id}` the route's `id` parameter), the rest come from the query
/// string of a GET or the JSON body of a POST or PATCH. The tool's output is the response; its
/// failures are problem details with the same codes and messages as over MCP.
public struct APIRoute: Sendable, Equatable {
    /// The HTTP methods the API uses.
    public enum Method: String, Sendable, Equatable {
        case get = "GET", post = "POST", patch = "PATCH"

        /// Whether the request changes something (and so needs a same-origin `Origin` when it
        /// comes with the session cookie).
        public var changesState: Bool { self != .get }
    }

    public var method: Method
    /// The path template, e.g. `/api/interviews/{id}/status`.
    public var path: String
    /// The tool the route calls.
    public var tool: String
    /// The tool parameter `{id}` stands for (`interview_id`, `job_id`…).
    public var id: String?
    /// The OpenAPI tag the operation is listed under.
    public var tag: String

    public init(_ method: Method, _ path: String, _ tool: String, id: String? = nil, tag: String) {
        self.method = method
        self.path = path
        self.tool = tool
        self.id = id
        self.tag = tag
    }

    /// The names of the path's `{name}` variables, in order.
    public var variables: [String] {
        path.split(separator: "/").compactMap { Self.variable(in: $0).map(String.init) }
    }

    /// The tool parameter a path variable fills.
    public func parameter(for variable: String) -> String {
        variable == "id" ? (id ?? variable) : variable
    }

    /// The path as Hummingbird's router reads it (`:id` for `{id}`).
    var routerPath: String {
        "/" + path.split(separator: "/").map { segment in Self.variable(in: segment).map { ":" + $0 } ?? String(segment) }.joined(separator: "/")
    }

    /// The variable's name when `segment` is one (`{id}` → `id`).
    private static func variable(in segment: Substring) -> Substring? {
        segment.hasPrefix("{") && segment.hasSuffix("}") ? segment.dropFirst().dropLast() : nil
    }
}
