import Foundation
import Hummingbird
import InterviewPrep
import MCP
import MCPServer
import NIOCore

/// The dashboard's pages: each reads what it shows through the same tools as the API and renders
/// it with the site's templates (every value escaped by Mustache's `{{ }}`).
struct Pages: Sendable {
    let caller: ToolCaller
    let site: Site
    let homeZone: TimeZone

    init(tools: ToolContext, registry: ToolRegistry, site: Site) {
        self.caller = ToolCaller(registry: registry, tools: tools)
        self.site = site
        self.homeZone = tools.services.core.resolver.defaultTimeZone
    }

    func register(on router: Router<BasicRequestContext>) {
        let site = self.site
        let overview = OverviewPage(caller: caller, homeZone: homeZone)
        page(router, "/", section: "overview") { _ in try await overview.render() }
        page(router, "/interview-prep", section: "overview") { _ in try await overview.render() }
        let list = InterviewListPage(caller: caller)
        router.get("/interviews") { request, _ in
            await site.respond(request, section: "interviews") { try await list.render(query: request.uri.query) }
        }
        page(router, "/interviews/:id", section: "interviews") { id in try await InterviewPage(caller: caller).render(id: id ?? "") }
        page(router, "/jobs", section: "jobs") { _ in try await BoardPage(caller: caller).render() }
        page(router, "/jobs/:id", section: "jobs") { id in try await JobPage(caller: caller).render(id: id ?? "") }
        page(router, "/stats", section: "stats") { _ in try await StatsPage(caller: caller).render() }
        page(router, "/mock", section: "mock") { _ in try await MockPages(caller: caller).list() }
        page(router, "/mock/:id", section: "mock") { id in try await MockPages(caller: caller).session(id: id ?? "") }
        router.get("/assets/:name") { request, context in
            guard let name = context.parameters.get("name"), let bytes = site.assets[name], let type = Site.assetTypes[name] else {
                throw HTTPError(.notFound)
            }
            return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// A page at `path`: `build` gets the path's `:id` and returns the template, title and values.
    private func page(_ router: Router<BasicRequestContext>, _ path: RouterPath, section: String,
                      _ build: @escaping @Sendable (String?) async throws -> RenderedPage) {
        let site = self.site
        router.get(path) { request, context in
            await site.respond(request, section: section) { try await build(context.parameters.get("id")) }
        }
    }
}

/// What a page builder returns: the template to render, the page's title and its values.
struct RenderedPage {
    var template: String
    var title: String
    var context: [String: Any]
}
