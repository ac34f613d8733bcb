import InterviewPrep
import MCP

/// `completion/complete`: values for a prompt's argument or a resource template's variable.
enum Completions {
    /// The completion for `params` (`ref` and `argument` as the spec gives them).
    static func complete(_ params: JSONObject, prompts: [Prompt], context: ToolContext) async throws(RPCError) -> Complete.Result.Completion {
        guard let ref = try params.object("ref", field: "params.ref") else {
            throw .invalidParams("params.ref is required: {\"type\":\"ref/prompt\",\"name\":…} or {\"type\":\"ref/resource\",\"uri\":…}")
        }
        guard let argument = try params.object("argument", field: "params.argument") else {
            throw .invalidParams("params.argument is required: {\"name\":…,\"value\":…}")
        }
        let name = try argument.requiredString("name", field: "params.argument.name", what: "the argument or variable to complete")
        let prefix = try argument.string("value", field: "params.argument.value") ?? ""
        let candidates: [String]
        switch try ref.requiredString("type", field: "params.ref.type", what: "ref/prompt or ref/resource") {
        case "ref/prompt":
            let prompt = try ref.requiredString("name", field: "params.ref.name", what: "a prompt name from prompts/list")
            guard prompts.contains(where: { $0.name == prompt }) else { return matching([], prefix: prefix) }
            candidates = try await values(for: name, context: context)
        case "ref/resource":
            let template = try ref.requiredString("uri", field: "params.ref.uri", what: "a URI template from resources/templates/list")
            guard ResourceMethods.templates.contains(where: { $0.uriTemplate == template }) else { return matching([], prefix: prefix) }
            candidates = try await values(for: variableArgument(name, in: template), context: context)
        case let other:
            throw .invalidParams("params.ref.type '\(other)' is not a reference type; allowed: ref/prompt, ref/resource")
        }
        return matching(candidates, prefix: prefix)
    }

    /// The argument name a template variable stands for: `{id}` means an interview or a job by its scheme.
    private static func variableArgument(_ variable: String, in template: String) -> String {
        guard variable == "id" else { return variable }
        return template.hasPrefix("job://") ? "job_id" : "interview_id"
    }

    /// Every value `argument` may take, most useful first.
    private static func values(for argument: String, context: ToolContext) async throws(RPCError) -> [String] {
        do {
            switch argument {
            case "interview_id":
                let page = try await context.interviews.list(InterviewFilter(statuses: InterviewStatus.liveStatuses + [.completed]), limit: 200)
                return page.interviews.reversed().map(\.id)
            case "job_id":
                return try await context.pipelines.listJobs(limit: 200).jobs.map(\.jobID)
            case "role_family":
                return RoleFamily.allowedNames + ["behavioral"]
            case "type", "interview_type":
                return InterviewType.allowedNames
            case "schema_id":
                return try context.mock.schemas.catalog().schemas.keys.sorted()
            default:
                return []
            }
        } catch {
            throw .internalError("could not list values for \(argument): \(error)")
        }
    }

    private static func matching(_ candidates: [String], prefix: String) -> Complete.Result.Completion {
        let matches = candidates.filter { $0.hasPrefix(prefix) }
        return .init(values: Array(matches.prefix(100)), total: matches.count, hasMore: matches.count > 100)
    }
}
