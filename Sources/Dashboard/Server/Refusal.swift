import Foundation
import Hummingbird
import HTTPTypes
import InterviewPrep
import MCPServer

/// A refused or failed request, answered in the form its caller reads: problem details for the
/// API (and anything asking for JSON), a short page for a person.
enum Refusal {
    static func response(for request: Request, status: HTTPResponse.Status, code: String, detail: String, field: String? = nil) -> Response {
        respond(ProblemDetails(status: status, code: code, detail: detail, field: field), for: request)
    }

    static func response(for request: Request, failure: ToolFailure) -> Response {
        respond(ProblemDetails(failure), for: request)
    }

    /// An error thrown below the routes: Hummingbird's own (no route, body too large) keep their
    /// status; anything else is a failure of the server, reported without its internals.
    static func response(for request: Request, error: any Error) -> Response {
        switch error {
        case let failure as ToolFailure:
            return response(for: request, failure: failure)
        case let error as any HTTPResponseError:
            let status = error.status
            let detail: String = switch status {
            case .notFound: "there is nothing at \(request.uri.path)"
            case .contentTooLarge: "the request body is larger than the dashboard accepts (\(DashboardConfiguration.defaultBodyLimit / 1_048_576) MiB)"
            case .methodNotAllowed: "\(request.method.rawValue) is not allowed on \(request.uri.path)"
            default: ProblemDetails.phrase(status.code)
            }
            let code = status == .notFound ? "not_found" : status == .contentTooLarge ? "body_too_large" : "http_\(status.code)"
            return response(for: request, status: status, code: code, detail: detail)
        default:
            return response(for: request, status: .internalServerError, code: "internal_error", detail: "the dashboard failed to answer: \(error)")
        }
    }

    private static func respond(_ problem: ProblemDetails, for request: Request) -> Response {
        let status = HTTPResponse.Status(code: problem.status)
        if wantsJSON(request) {
            return Response(status: status, headers: [.contentType: "application/problem+json"], body: .init(byteBuffer: ByteBuffer(bytes: problem.json)))
        }
        let page = ErrorPage(title: problem.title, detail: problem.detail).html
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    private static func wantsJSON(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/") || request.uri.path == "/calendar.ics" || request.method != .get
            || (request.headers[.accept] ?? "").contains("json")
    }
}

/// The page a person sees when a request is refused: what happened and what to do, escaped.
struct ErrorPage {
    var title: String
    var detail: String

    var html: String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title)) · Interview prep</title><link rel="stylesheet" href="/assets/app.css"></head>
        <body><main><h1>\(HTMLEscaping.escape(title))</h1><p>\(HTMLEscaping.escape(detail))</p><p><a href="/">Back to the overview</a></p></main></body></html>
        """
    }
}
