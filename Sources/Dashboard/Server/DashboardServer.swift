import Foundation
import Hummingbird
import InterviewPrep
import Logging
import MCPServer
import NIOCore

/// The candidate's dashboard: pages and the HTTP API, over the same tools (and so the same
/// services, rules and SQLite file) as the MCP server and the command line.
public struct DashboardServer: Sendable {
    let configuration: DashboardConfiguration
    let tools: ToolContext
    let registry: ToolRegistry
    let site: Site

    /// A server over `tools` (whose actor should be `.dashboard`), rendering `files`' templates.
    public init(configuration: DashboardConfiguration, tools: ToolContext, files: DataFiles) throws(DashboardError) {
        self.configuration = configuration
        self.tools = tools
        self.registry = ToolRegistry.standard
        self.site = try Site(files: files)
    }

    /// Listens until the process is asked to stop (SIGINT, SIGTERM); `onListening` gets the port
    /// bound (the one asked for, or the free one picked for 0).
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws(DashboardError) {
        let router = Router(context: BasicRequestContext.self)
        let guardPort = PortBox(configuration.port)
        router.add(middleware: AccessGuard(configuration: configuration, port: guardPort))
        addAPI(to: router)
        Pages(tools: tools, registry: registry, site: site).register(on: router)
        ChangeFeed(history: tools.services.history).register(on: router)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil, reuseAddress: false),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                guardPort.set(port)
                await onListening(port)
            },
            logger: Logger(label: "interview-prep.dashboard"))
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw .portInUse(host: configuration.host, port: configuration.port)
        } catch let error as IOError where error.errnoCode == EADDRNOTAVAIL {
            throw .cannotBind(host: configuration.host, reason: "no network interface of this machine has that address")
        } catch {
            throw .cannotBind(host: configuration.host, reason: "\(error)")
        }
    }

    private func addAPI(to router: Router<BasicRequestContext>) {
        let limit = configuration.bodyLimit
        let endpoints = Self.endpoints(registry: registry)
        for endpoint in endpoints {
            let tools = self.tools
            router.on(RouterPath(endpoint.route.routerPath), method: HTTPRequest.Method(endpoint.route.method.rawValue)!) { request, context in
                var pathValues: [String: String] = [:]
                for variable in endpoint.variables {
                    pathValues[variable] = context.parameters.get(variable)
                }
                let body = endpoint.route.method == .get ? [] : Array(buffer: try await request.body.collect(upTo: limit))
                do {
                    let json = try await endpoint.output(query: request.uri.query, body: body, pathValues: pathValues, tools: tools)
                    return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: json)))
                } catch {
                    return Refusal.response(for: request, error: error)
                }
            }
        }
        let document = OpenAPIDocument(endpoints: endpoints, registry: registry).json
        router.get("/api/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
        }
        // The same calendar as `calendar export`, for a calendar app to subscribe to.
        let tools = self.tools
        router.get("/calendar.ics") { request, _ in
            do {
                let export = try await tools.services.interviews.calendar(interviewID: nil, checklists: tools.mail.composer.checklists)
                return Response(status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: export.ics)))
            } catch {
                return Refusal.response(for: request, failure: ToolFailure(error))
            }
        }
    }

    /// The API's OpenAPI 3.1 description (what `/api/openapi.json` serves and `docs/openapi.json` holds).
    public static var openAPIDocument: [UInt8] {
        let registry = ToolRegistry.standard
        return OpenAPIDocument(endpoints: endpoints(registry: registry), registry: registry).json
    }

    /// Every API route bound to its tool.
    static func endpoints(registry: ToolRegistry) -> [APIEndpoint] {
        APIRoutes.all.map { route in
            APIEndpoint(route: route, definition: registry.definition(named: route.tool)!,
                        upcoming: route.tool == "list_interviews" ? registry.definition(named: "get_upcoming_interviews") : nil)
        }
    }
}
