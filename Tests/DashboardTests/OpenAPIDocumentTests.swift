import Foundation
import Testing
@testable import Dashboard

@Suite struct OpenAPIDocumentTests {
    let document = (try? JSONSerialization.jsonObject(with: Data(DashboardServer.openAPIDocument))) as? [String: Any] ?? [:]

    var operations: [(path: String, method: String, operation: [String: Any])] {
        ((document["paths"] as? [String: [String: [String: Any]]]) ?? [:]).flatMap { path, methods in
            methods.map { (path, $0.key, $0.value) }
        }
    }

    @Test func everyReferenceResolvesWithinTheDocument() throws {
        let text = String(decoding: DashboardServer.openAPIDocument, as: UTF8.self)
        #expect(!text.contains("#/$defs/"))
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let references = text.matches(of: /"\$ref" : "#\/components\/schemas\/([^"]+)"/).map { String($0.1) }
        #expect(!references.isEmpty)
        for name in Set(references) { #expect(schemas[name] != nil, "\(name)") }
    }

    @Test func everyOperationDocumentsItsSuccessAndItsProblems() {
        #expect(operations.count == APIRoutes.all.count + 1)
        for (path, method, operation) in operations {
            let responses = operation["responses"] as? [String: Any] ?? [:]
            #expect(responses["200"] != nil && responses["401"] != nil, "\(method) \(path)")
            if path.hasPrefix("/api/") { #expect(responses["400"] != nil, "\(method) \(path)") }
        }
    }

    @Test func aChangeTakesAClosedJSONBodyAndAReadTakesTheQuery() {
        for (path, method, operation) in operations where path.hasPrefix("/api/") {
            if method == "get" {
                #expect(operation["requestBody"] == nil, "\(path)")
            } else {
                let body = (((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
                #expect(body?["additionalProperties"] as? Bool == false, "\(method) \(path)")
            }
        }
    }
}
