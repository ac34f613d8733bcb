// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "interview-prep",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "interview-prep", targets: ["InterviewPrepCLI"]),
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
    ],
    targets: [
        /// The bundled data/ and templates/ folders, found at run time next to the binary.
        .target(
            name: "BundledFiles",
            path: ".",
            exclude: [
                "README.md", "Sources/InterviewPrep", "Sources/MCPServer", "Sources/InterviewPrepCLI", "Sources/Mail",
                "Sources/CCurlShim", "Sources/Coaching", "Tests", "scripts", "docs",
            ],
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
        .target(
            name: "MCPServer",
            dependencies: [
                "InterviewPrep", "Mail", "Coaching",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "InterviewPrepCLI",
            dependencies: [
                "InterviewPrep",
                "MCPServer",
                "Mail",
                "Coaching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "InterviewPrepTests", dependencies: ["InterviewPrep"]),
        .testTarget(name: "MCPServerTests", dependencies: ["MCPServer", "InterviewPrep", "Mail", "Coaching"]),
        .testTarget(name: "MailTests", dependencies: ["Mail", "InterviewPrep"]),
        .testTarget(name: "CoachingTests", dependencies: ["Coaching", "InterviewPrep"]),
        .testTarget(name: "InterviewPrepCLITests", dependencies: ["InterviewPrepCLI", "InterviewPrep"]),
    ],
    swiftLanguageModes: [.v6]
)
