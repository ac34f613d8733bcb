import Foundation
import Hummingbird
import HTTPTypes
import Synchronization

/// Who may talk to the dashboard, checked before any route runs.
///
/// A page on any website can send requests to 127.0.0.1, and DNS rebinding can let it read the
/// answers. So every request must name this server in `Host` (a rebound name does not), prove the
/// session token (the cookie the printed URL sets, or `Authorization: Bearer`), and a change
/// made with the cookie must come from this origin (`Origin`), which a cross-site form cannot
/// forge. Every answer carries headers that keep it out of frames and sniffing, and a
/// `Content-Security-Policy` that allows no inline script.
struct AccessGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    /// The names a request may give this server by; empty when it listens on every address
    /// (`--host 0.0.0.0`), where any name with its port is accepted: the token, required then,
    /// is what a rebound page cannot have.
    let hostNames: [String]
    /// The port bound (known once listening, when 0 was asked for).
    let port: PortBox
    let token: String

    static var cookieName: String { "interview_prep_session" }

    init(configuration: DashboardConfiguration, port: PortBox) {
        switch configuration.host {
        case _ where configuration.isLoopback: hostNames = ["127.0.0.1", "localhost", "[::1]"]
        case "0.0.0.0", "::": hostNames = []
        case let host where host.contains(":"): hostNames = ["[\(host.lowercased())]"]
        default: hostNames = [configuration.host.lowercased()]
        }
        self.port = port
        token = configuration.token
    }

    /// `host:port` values a request may name.
    private var authorities: Set<String> {
        let port = port.value
        return Set(hostNames.map { "\($0):\(port)" })
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = await check(request, context: context, next: next)
        SecurityHeaders.add(to: &response.headers)
        return response
    }

    private func check(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async -> Response {
        let authority = (request.head.authority ?? "").lowercased()
        let authorities = self.authorities
        guard authorities.contains(authority) || (hostNames.isEmpty && authority.hasSuffix(":\(port.value)")) else {
            return Refusal.response(for: request, status: .misdirectedRequest, code: "wrong_host",
                                    detail: "this server answers to \(authorities.sorted().joined(separator: " or ")) only, not '\(authority)'")
        }
        // The stylesheet, script and icon hold nothing of the candidate's: the refusal pages use them.
        if request.uri.path.hasPrefix("/assets/"), request.method == .get {
            return await pass(request, context: context, next: next)
        }
        if let given = Self.queryToken(in: request) {
            guard matches(given) else {
                return Refusal.response(for: request, status: .unauthorized, code: "unauthorized",
                                        detail: "the token in this address is not this server's; open the address `interview-prep dashboard` printed")
            }
            // The token leaves the address bar for a cookie scripts cannot read.
            var response = Response(status: .seeOther, headers: [.location: request.uri.path])
            response.setCookie(Cookie(name: Self.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        let bearer = Self.bearerToken(in: request)
        let byCookie = bearer == nil
        guard matches(bearer ?? request.cookies[Self.cookieName]?.value ?? "") else {
            var response = Refusal.response(for: request, status: .unauthorized, code: "unauthorized",
                                            detail: "sign in by opening the address `interview-prep dashboard` printed, or send Authorization: Bearer with its token")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        if byCookie, request.method != .get, request.method != .head {
            let origin = request.headers[.origin] ?? ""
            guard origin.lowercased() == "http://" + authority else {
                return Refusal.response(for: request, status: .forbidden, code: "cross_origin",
                                        detail: "a change must come from the dashboard's own pages (Origin '\(origin)' is not this server)")
            }
        }
        return await pass(request, context: context, next: next)
    }

    private func pass(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Refusal.response(for: request, error: error)
        }
    }

    private func matches(_ given: String) -> Bool {
        let expected = Array(token.utf8), actual = Array(given.utf8)
        guard expected.count == actual.count, !expected.isEmpty else { return false }
        // Every byte compared, so the time taken does not say how much of a guess was right.
        return zip(expected, actual).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func queryToken(in request: Request) -> String? {
        guard request.method == .get, let query = request.uri.query, query.contains("token=") else { return nil }
        return (try? HTTPArguments.pairs(ofQuery: query))?.first { $0.name == "token" }?.value
    }

    private static func bearerToken(in request: Request) -> String? {
        guard let value = request.headers[.authorization], value.lowercased().hasPrefix("bearer ") else { return nil }
        return String(value.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
    }
}

/// The port the server bound, set once it listens.
final class PortBox: Sendable {
    private let port: Mutex<Int>
    init(_ port: Int) { self.port = Mutex(port) }
    var value: Int { port.withLock { $0 } }
    func set(_ value: Int) { port.withLock { $0 = value } }
}
