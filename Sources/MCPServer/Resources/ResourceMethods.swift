import Coaching
import InterviewPrep
import MCP

/// `resources/list`, `resources/templates/list` and `resources/read` over the three kinds of
/// resource: coaching guides, interviews and job pipelines.
enum ResourceMethods {
    static let templates = InterviewResources.templates + [JobResources.template] + CoachingResources.templates

    /// One page: the coaching guides first (on the first page only), then the interviews.
    static func list(cursor: String?, context: ToolContext) async throws(RPCError) -> ListResources.Result {
        let interviews = try await InterviewResources.list(cursor: cursor, services: context.services)
        let coaching = cursor == nil ? CoachingResources.list(try library(context)) : []
        return ListResources.Result(resources: coaching + interviews.resources, nextCursor: interviews.nextCursor)
    }

    /// The contents of `uri`, or the version's "resource not found" error.
    static func read(_ uri: String, context: ToolContext, version: ProtocolVersion) async throws(RPCError) -> ReadResource.Result {
        let found: ReadResource.Result?
        if uri.hasPrefix("coaching://") {
            found = CoachingResources.markdown(uri, library: try library(context), checklists: context.core.checklists)
                .map { ReadResource.Result(contents: [.text($0, uri: uri, mimeType: "text/markdown")]) }
        } else if uri.hasPrefix("job://") {
            found = await JobResources.read(uri, services: context.services)
        } else {
            found = try await InterviewResources.read(uri, services: context.services)
        }
        guard let found else { throw .resourceNotFound(uri, version: version) }
        return found
    }

    /// The coaching content; a data file that cannot be read is the server's failure, named.
    private static func library(_ context: ToolContext) throws(RPCError) -> CoachingLibrary {
        do { return try context.coaching.library } catch { throw .internalError(error.description) }
    }
}
