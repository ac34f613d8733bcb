import MCPServer
import Testing
@testable import Dashboard

@Suite struct APIRoutesTests {
    let registry = ToolRegistry.standard

    @Test func everyToolHasExactlyOneRouteAndTheUpcomingListIsASwitchOfTheList() {
        let routed = APIRoutes.all.map(\.tool)
        #expect(Set(routed).count == routed.count)
        #expect(Set(routed).union(["get_upcoming_interviews"]) == Set(registry.definitions.map(\.name)))
    }

    @Test func theDesignsSevenEndpointsHaveTheirPaths() {
        let paths = Set(APIRoutes.all.map { "\($0.method.rawValue) \($0.path)" })
        for endpoint in ["GET /api/interviews", "POST /api/interviews", "GET /api/interviews/{id}", "POST /api/interviews/{id}/status",
                         "GET /api/interviews/{id}/prep-materials", "GET /api/interviews/email-template", "GET /api/interviews/stats"] {
            #expect(paths.contains(endpoint), "\(endpoint)")
        }
    }

    @Test(arguments: APIRoutes.all)
    func everyPlaceholderFillsAParameterOfItsTool(route: APIRoute) throws {
        let definition = try #require(registry.definition(named: route.tool))
        for variable in route.variables {
            #expect(definition.parameters.contains { $0.name == route.parameter(for: variable) }, "\(route.path)")
        }
    }

    @Test func methodAndPathNameOneOperation() {
        let keys = APIRoutes.all.map { "\($0.method.rawValue) \($0.path)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test func theRouterPathUsesColonParameters() {
        #expect(APIRoute(.get, "/api/interviews/{id}/timeline", "get_interview_timeline", id: "interview_id", tag: "x").routerPath
            == "/api/interviews/:id/timeline")
    }
}
