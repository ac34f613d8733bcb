import AppRuntime
import ArgumentParser
import Coaching
import Foundation
import InterviewPrep

struct PrepTips: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tips", abstract: "How to approach an interview type: length, tips, timing, checklist.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview type.") var type: InterviewType

    func run() async throws {
        let tips = try CoachingRuntime(global).service.tips(for: type)
        if output.json { return try Terminal.printJSON(tips) }
        var lines = ["\(tips.label): \(tips.duration)", ""]
        lines += tips.tips.map { "• \($0)" }
        lines += ["", "Timing: \(tips.timing)", "", "Checklist"]
        lines += tips.checklist.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        print(lines.joined(separator: "\n"))
    }
}


struct PrepResearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "research", abstract: "The company research template, with your roles and interviews at that company.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Company.") var company: String

    func run() async throws {
        let template = try await CoachingRuntime(global).service.researchTemplate(company: company)
        if output.json { return try Terminal.printJSON(template) }
        var lines = ["Researching \(template.company)"]
        if !template.rolesAppliedTo.isEmpty { lines.append("Your roles there: \(template.rolesAppliedTo.joined(separator: "; "))") }
        if !template.interviewHistory.isEmpty { lines.append("Your interviews there: \(template.interviewHistory.joined(separator: "; "))") }
        for section in template.sections {
            lines.append("")
            lines.append(section.title)
            lines += section.questions.map { "  • \($0)" }
        }
        print(lines.joined(separator: "\n"))
    }
}

struct MockRespond: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respond", abstract: "Log what an assistant said to a question asked during a session (kept in its audit log).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions
    @Argument(help: "The assistant's response, verbatim.") var response: String
    @Option(help: "The question it answered.") var query: String?

    func run() async throws {
        let step = try await global.runtime().mock.recordAssistantResponse(sessionID: session.session, response: response, query: query, input: session.input)
        try MockPrinter.print(step, json: output.json)
    }
}

struct MockInterviewerFailed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interviewer-failed", abstract: "Record that the interviewer (an assistant) failed; the session pauses so it can be resumed.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var session: MockInputOptions
    @Argument(help: "What went wrong.") var error: String

    func run() async throws {
        let step = try await global.runtime().mock.interviewerFailed(sessionID: session.session, error: error, input: session.input)
        try MockPrinter.print(step, json: output.json)
    }
}
