import AppRuntime
import ArgumentParser
import Coaching
import Foundation
import InterviewPrep
import Mail
import MockInterview

/// `interview-prep check`: reads everything the server may load only on first use (coaching
/// content, email templates, mock schemas) and everything it loads at start, and says what is
/// wrong, with the file. Exit 0 when everything reads, 1 otherwise.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the configuration, data files, templates and mock schemas (yours and the bundled ones).",
        discussion: "The server reads coaching content, templates and mock schemas on first use; run this after editing any of them.")

    @OptionGroup var global: GlobalOptions

    /// One thing checked: what, and the problem when there is one.
    struct Finding {
        var what: String
        var problem: String?
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let paths = AppPaths.resolve(explicitDatabase: global.db, environment: environment)
        let files = DataFiles(overrideDirectory: paths.configDirectory)
        var findings: [Finding] = []
        func check(_ what: String, _ body: () throws -> Void) {
            do {
                try body()
                findings.append(Finding(what: what))
            } catch {
                findings.append(Finding(what: what, problem: "\(error)"))
            }
        }
        check("configuration (\(paths.configFile.path))") { _ = try UserConfiguration.load(configFile: paths.configFile, environment: environment) }
        check("interview types") { _ = try InterviewTypeCatalog.load(from: files) }
        check("prep checklists") { _ = try ChecklistCatalog.load(from: files) }
        check("pipeline templates") { _ = try PipelineCatalog.load(from: files) }
        check("coaching content") { _ = try CoachingLibrary.load(files: files) }
        check("email templates") { _ = try EmailTemplates(files: files) }
        check("mail settings") { _ = try MailSettings.load(configFile: paths.configFile, environment: environment) }
        check("mock interview schemas") { _ = try MockSchemaSource(files: files).catalog() }
        let failed = findings.filter { $0.problem != nil }
        for finding in findings {
            print(finding.problem.map { "FAIL  \(finding.what): \($0)" } ?? "ok    \(finding.what)")
        }
        print(failed.isEmpty ? "\nEverything reads." : "\n\(failed.count) of \(findings.count) checks failed: fix the files named above.")
        if !failed.isEmpty { throw ExitCode(1) }
    }
}
