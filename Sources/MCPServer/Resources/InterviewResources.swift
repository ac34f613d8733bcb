import Foundation
import InterviewPrep
import MCP

/// Interviews as resources: `interview://{id}` (JSON) and `interview://{id}/prep-notes` (Markdown).
enum InterviewResources {
    static let scheme = "interview://"
    static let pageSize = 100

    static let templates: [Resource.Template] = [
        Resource.Template(
            uriTemplate: "interview://{id}", name: "interview", title: "Interview",
            description: "One interview as JSON, e.g. interview://int_7.", mimeType: "application/json"),
        Resource.Template(
            uriTemplate: "interview://{id}/prep-notes", name: "interview-prep-notes", title: "Interview prep notes",
            description: "The Markdown prep notes of one interview, e.g. interview://int_7/prep-notes.", mimeType: "text/markdown"),
    ]

    /// One page of every interview, in start order.
    static func list(cursor: String?, services: Services) async throws(RPCError) -> ListResources.Result {
        let page: InterviewPage
        do {
            page = try await services.interviews.list(InterviewFilter(), limit: pageSize, cursor: cursor)
        } catch {
            throw .invalidParams("cursor: \(error.description)")
        }
        let resources = page.interviews.map { interview in
            Resource(
                name: interview.id, uri: scheme + interview.id,
                title: "\(interview.company) — \(interview.role) (\(interview.type.rawValue), \(interview.start.local))",
                description: "Status \(interview.status.rawValue). Prep notes: \(scheme)\(interview.id)/prep-notes",
                mimeType: "application/json")
        }
        return ListResources.Result(resources: resources, nextCursor: page.nextCursor)
    }

    /// The contents of `uri`, or `nil` when there is no such interview.
    static func read(_ uri: String, services: Services) async throws(RPCError) -> ReadResource.Result? {
        guard uri.hasPrefix(scheme) else { return nil }
        let path = uri.dropFirst(scheme.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        do {
            switch path.count {
            case 1:
                let interview = try await services.interviews.interview(id: path[0], includeReminders: true)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                let json = String(decoding: (try? encoder.encode(interview)) ?? Data(), as: UTF8.self)
                return ReadResource.Result(contents: [.text(json, uri: uri, mimeType: "application/json")])
            case 2 where path[1] == "prep-notes":
                let notes = try await services.interviews.prepNotes(interviewID: path[0])
                let markdown = notes.markdown.isEmpty ? "_No prep notes yet for \(notes.interviewID)._\n" : notes.markdown
                return ReadResource.Result(contents: [.text(markdown, uri: uri, mimeType: "text/markdown")])
            default:
                return nil
            }
        } catch {
            switch error {
            case .notFound, .invalidArgument: return nil
            default: throw .internalError(error.description)
            }
        }
    }
}
