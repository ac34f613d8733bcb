// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The BundledFiles target lives at the package root so that data/ and templates/ (which stay
/// at the top, where people look for them) can be its resources. Everything else there is
/// excluded, listed when the manifest is read (SwiftPM caches that reading until the manifest
/// changes), so the resources are exactly data/ and templates/ whatever folders are added.
let bundledFilesExcludes: [String] = {
    let root = Context.packageDirectory
    func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).filter { !$0.hasPrefix(".") }
    }
    let topLevel = entries(".").filter { !["Sources", "data", "templates"].contains($0) }
    let otherSources = entries("Sources").filter { $0 != "BundledFiles" }.map { "Sources/" + $0 }
    return (topLevel + otherSources).sorted()
}()

let package = Package(
    name: "interview-prep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "interview-prep", targets: ["InterviewPrepCLI"]),
        .executable(name: "interview-prep-dashboard", targets: ["InterviewPrepDashboard"]),
        .library(name: "InterviewPrep", targets: ["InterviewPrep"]),
        .library(name: "MCPServer", targets: ["MCPServer"]),
        .library(name: "Mail", targets: ["Mail"]),
    ],
    dependencies: [
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // The dashboard's HTTP server; swift-configuration support is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0"),
    ],
    targets: [
        /// The bundled data/ and templates/ folders, found at run time next to the binary.
        .target(
            name: "BundledFiles",
            path: ".",
            exclude: bundledFilesExcludes,
            sources: ["Sources/BundledFiles"],
            resources: [.copy("data"), .copy("templates")]
        ),
        .target(
            name: "InterviewPrep",
            dependencies: [
                "BundledFiles",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "Coaching", dependencies: ["InterviewPrep"]),
        /// Timed mock interviews: the pure state machine, the service that persists it, the report.
        .target(
            name: "MockInterview",
            dependencies: ["InterviewPrep", "Coaching", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        /// Non-variadic wrappers over libcurl's setopt/getinfo (apt: libcurl4-openssl-dev) and,
        /// on Linux, libcurl loaded on first use (lazy.c).
        .target(
            name: "CCurlShim",
            linkerSettings: [.linkedLibrary("curl", .when(platforms: [.macOS])), .linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        .target(
            name: "Mail",
            dependencies: [
                "InterviewPrep", "CCurlShim",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        /// Job postings from the web: fetched with libcurl behind an address guard, read from JSON-LD or the page.
        .target(name: "Postings", dependencies: ["InterviewPrep", "CCurlShim"]),
        .target(
            name: "MCPServer",
            dependencies: [
                "InterviewPrep", "Mail", "Coaching", "MockInterview", "Postings",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The candidate's dashboard: pages and an HTTP API over the same tools and services.
        .target(
            name: "Dashboard",
            dependencies: [
                "InterviewPrep", "MCPServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        /// The composition root both executables share: paths, environment and config.json, wired
        /// into the services.
        .target(name: "AppRuntime", dependencies: ["InterviewPrep", "MockInterview", "Postings", "MCPServer", "Mail", "Coaching"]),
        /// `interview-prep-dashboard`, which `interview-prep dashboard` starts: the web server lives
        /// in its own binary, so the MCP server's binary (and its start and memory) carries none of it.
        .executableTarget(
            name: "InterviewPrepDashboard",
            dependencies: [
                "AppRuntime", "Dashboard", "InterviewPrep", "MCPServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "InterviewPrepCLI",
            dependencies: [
                "AppRuntime",
                "InterviewPrep",
                "MCPServer",
                "Mail",
                "Coaching",
                "MockInterview",
                "Postings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// What the test suites share: a clock the tests set, fixtures on in-memory databases.
        .target(name: "TestSupport", dependencies: ["InterviewPrep"], path: "Tests/TestSupport"),
        .testTarget(name: "InterviewPrepTests", dependencies: ["InterviewPrep", "MockInterview", "TestSupport"]),
        .testTarget(name: "MockInterviewTests", dependencies: ["MockInterview", "InterviewPrep", "TestSupport"]),
        .testTarget(name: "MCPServerTests", dependencies: ["MCPServer", "InterviewPrep", "Mail", "Coaching", "MockInterview", "Postings"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "MCPServer", "InterviewPrep"]),
        .testTarget(name: "PostingsTests", dependencies: ["Postings", "InterviewPrep"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "InterviewPrep"]),
        .testTarget(name: "CoachingTests", dependencies: ["Coaching", "InterviewPrep"]),
        .testTarget(name: "InterviewPrepCLITests", dependencies: ["InterviewPrepCLI", "AppRuntime", "InterviewPrep"]),
    ],
    swiftLanguageModes: [.v6]
)
