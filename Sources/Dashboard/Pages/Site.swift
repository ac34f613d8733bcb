import Foundation
import InterviewPrep
import Hummingbird
import Mustache

/// The dashboard's templates and static assets, read once at start from the bundled data (or
/// the candidate's own copies in the config folder).
struct Site: Sendable {
    /// Every page template, by name (`templates/dashboard/<name>.mustache`).
    static let templateNames = ["layout", "overview", "interviews", "interview", "board", "job", "stats", "mock_list", "mock"]
    /// Every asset, by name (`data/dashboard/<name>`), with its content type.
    static let assetTypes = ["app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8", "icon.svg": "image/svg+xml"]

    let library: MustacheLibrary
    let assets: [String: [UInt8]]

    init(files: DataFiles) throws(DashboardError) {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let path = "templates/dashboard/\(name).mustache"
            do {
                let text = try String(contentsOf: try files.url(for: path), encoding: .utf8)
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw .site("\(path): \(error)")
            }
        }
        var assets: [String: [UInt8]] = [:]
        for name in Self.assetTypes.keys {
            let path = "data/dashboard/\(name)"
            do {
                assets[name] = Array(try Data(contentsOf: try files.url(for: path)))
            } catch {
                throw .site("\(path): \(error)")
            }
        }
        self.library = library
        self.assets = assets
    }

    /// The page `build` makes, as HTML; its failure as an error page (or problem details).
    func respond(_ request: Request, section: String = "overview", _ build: () async throws -> RenderedPage) async -> Response {
        do {
            let page = try await build()
            let html = render(page.template, title: page.title, section: section, context: page.context)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
        } catch {
            return Refusal.response(for: request, error: error)
        }
    }

    /// `page` rendered inside the layout, with `title` and the navigation's current item.
    func render(_ page: String, title: String, section: String, context: [String: Any]) -> String {
        let content = library.render(context, withTemplate: page) ?? ""
        let layout: [String: Any] = [
            "title": title, "content": content,
            "nav": [
                ["href": "/", "label": "Overview", "current": section == "overview"],
                ["href": "/interviews", "label": "Interviews", "current": section == "interviews"],
                ["href": "/jobs", "label": "Pipeline", "current": section == "jobs"],
                ["href": "/stats", "label": "Statistics", "current": section == "stats"],
                ["href": "/mock", "label": "Mock interviews", "current": section == "mock"],
            ],
        ]
        return library.render(layout, withTemplate: "layout") ?? content
    }
}
