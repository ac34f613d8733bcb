import AppRuntime
import ArgumentParser
import Coaching
import Foundation
import InterviewPrep

/// `interview-prep prep …`: coaching from the command line.
struct PrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prep", abstract: "Prep packets, practice questions, elevator pitch, STAR analysis and checklists.",
        subcommands: [PrepPacketCommand.self, PrepQuestions.self, PrepPitch.self, PrepStar.self, PrepChecklistCommand.self, PrepTips.self, PrepResearch.self])
}

/// The runtime plus the coaching library.
struct CoachingRuntime {
    let runtime: Runtime
    let service: CoachingService

    init(_ global: GlobalOptions) throws {
        runtime = try global.runtime()
        service = CoachingService(library: try CoachingLibrary.load(files: runtime.dataFiles), interviews: runtime.services.interviews)
    }
}

struct PrepPacketCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "packet", abstract: "The prep packet of an interview (or of --type and --role).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id, e.g. int_7.") var id: String?
    @Option(help: "Interview type, without an id.") var type: InterviewType?
    @Option(help: "Role family, without an id.") var role: RoleFamily?

    func validate() throws {
        if id == nil, type == nil || role == nil { throw ValidationError("give an interview id, or both --type and --role") }
    }

    func run() async throws {
        let coaching = try CoachingRuntime(global)
        let packet: PrepPacket
        if let id {
            packet = try await coaching.service.packet(interviewID: id)
        } else {
            packet = try coaching.service.packet(type: type!, roleFamily: role!)
        }
        if output.json { return try Terminal.printJSON(packet) }
        var header: [String] = []
        if let id {
            // When, where and with whom, in the candidate's own zone first.
            let services = coaching.runtime.services
            let interview = try await services.interviews.interview(id: id)
            let clock = HomeClock(zone: services.core.resolver.defaultTimeZone)
            header.append("When: \(clock.zoned(interview.start, now: services.core.now()))")
            if let location = interview.location { header.append("Where: \(location)") }
            if let name = interview.interviewerName { header.append("With: \(name)") }
        }
        print(Self.markdown(packet, header: header))
    }

    static func markdown(_ packet: PrepPacket, header: [String] = []) -> String {
        let subject: String = packet.company.map { company in " at \(company) (\(packet.role ?? ""))" } ?? " for \(packet.roleFamily)"
        var lines: [String] = ["# Prep packet: \(packet.interviewType.rawValue)\(subject)", ""]
        if !header.isEmpty { lines += header + [""] }
        lines.append("## Checklist")
        lines += packet.checklist.map { (item: String) -> String in "- [ ] \(item)" }
        lines += ["", "## Tips (\(packet.tips.duration))"]
        lines += packet.tips.tips.map { (tip: String) -> String in "- \(tip)" }
        lines.append("Timing: \(packet.tips.timing)")
        lines += ["", "## Questions"]
        for question in packet.questions {
            lines.append("- [\(question.id)] \(question.text)")
            lines.append("    covers: \(question.strongAnswerCovers.joined(separator: "; "))")
        }
        lines += ["", "## Behavioral questions (STAR: \(packet.starMethod.timing))"]
        lines += packet.behavioralQuestions.map { (question: Question) -> String in "- [\(question.id)] \(question.text)" }
        if let notes = packet.prepNotes { lines += ["", "## Your prep notes", notes] }
        if !packet.pastInterviewsAtCompany.isEmpty {
            lines += ["", "## Earlier interviews at this company"]
            for past in packet.pastInterviewsAtCompany {
                lines.append("- \(past.date) \(past.type.rawValue) (\(past.status.rawValue))" + (past.feedback.map { ": \($0)" } ?? ""))
            }
        }
        lines += ["", "## Questions to ask your manager"]
        lines += (packet.questionsToAsk["manager"] ?? []).prefix(5).map { (question: String) -> String in "- \(question)" }
        return lines.joined(separator: "\n")
    }
}

struct PrepQuestions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "questions", abstract: "Practice questions for a role family (or 'behavioral').")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Role family, or behavioral (default: the job's, with --job).") var role: String?
    @Option(help: "A job: its posting's skills come first.") var job: String?
    @Option(help: "Only this category.") var category: String?
    @Option(help: "junior, mid or senior.") var difficulty: String?
    @Option(help: "How many (\(QuestionPractice.countRange.lowerBound)-\(QuestionPractice.countRange.upperBound)).") var count = 5
    @Option(help: "Skip this question id (repeatable).") var exclude: [String] = []

    func run() async throws {
        let service = try CoachingRuntime(global).service
        let practice: QuestionPractice
        if let job {
            practice = try await service.questions(forJob: job, roleFamily: role, category: category, difficulty: difficulty, count: count, excluding: Set(exclude))
        } else {
            guard let role else { throw ValidationError("give --role (a role family, or behavioral) or --job") }
            practice = try service.questions(roleFamily: role, category: category, difficulty: difficulty, count: count, excluding: Set(exclude))
        }
        let questions = practice.questions
        if output.json { return try Terminal.printJSON(questions) }
        print(questions.map { (question) -> String in
            "[\(question.id)] (\(question.category), \(question.difficulty)) \(question.text)\n    strong answers cover: \(question.strongAnswerCovers.joined(separator: "; "))"
        }.joined(separator: "\n"))
        if !practice.focusSkills.isEmpty {
            print("\nChosen for the posting's skills: " + practice.focusSkills.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ") + ".")
        }
        if questions.count < count {
            let filters = [category.map { "category \($0)" }, difficulty.map { "difficulty \($0)" }, exclude.isEmpty ? nil : "\(exclude.count) excluded"]
                .compactMap(\.self).joined(separator: ", ")
            print("\nOnly \(questions.count) of the \(count) asked for match" + (filters.isEmpty ? "." : " (\(filters)).")
                + " Categories of this bank: \(practice.availableCategories.joined(separator: ", ")).")
        }
    }
}

struct PrepPitch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pitch", abstract: "A two-minute elevator pitch from your own words.",
        discussion: "Two minutes is 260-320 words. Nothing is padded: when what you give is too thin, the suggestions say what to add.")

    @OptionGroup var output: OutputOptions
    @Option(help: "Your name.") var name: String
    @Option(help: "Your current role.") var currentRole: String
    @Option(help: "An achievement, ideally with a number (repeat 3-4 times).") var achievement: [String] = []
    @Option(help: "What you want next.") var goal: String
    @Option(help: "Years of experience.") var years: Int?
    @Option(help: "The role you are applying for.") var targetRole: String?
    @Option(help: "The company you are applying to.") var targetCompany: String?
    @Option(help: "What you do day to day, in a sentence or two.") var experience: String?
    @Option(help: "Why this company, in a sentence or two.") var whyCompany: String?

    func run() async throws {
        let pitch = try ElevatorPitch.generate(.init(
            name: name, currentRole: currentRole, achievements: achievement, goal: goal, yearsOfExperience: years,
            targetRole: targetRole, targetCompany: targetCompany, experience: experience, whyCompany: whyCompany))
        if output.json { return try Terminal.printJSON(pitch) }
        print(pitch.pitch + "\n\n(\(pitch.wordCount) words, about \(pitch.speakingTimeSeconds) seconds at \(pitch.wordsPerMinute) words a minute; "
            + (pitch.fitsTwoMinutes ? "two minutes" : "two minutes is \(pitch.targetWords) words") + ")")
        if !pitch.suggestions.isEmpty { print("\nSuggestions:\n" + pitch.suggestions.map { "- \($0)" }.joined(separator: "\n")) }
    }
}

struct PrepStar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "star", abstract: "Analyse a STAR answer read from stdin (or --file).")

    @OptionGroup var output: OutputOptions
    @Option(help: "Read the answer from this file instead of stdin.") var file: String?

    func run() async throws {
        let text = try file.map { (path) throws(InterviewPrepError) in try TextInput.file(path, field: "--file") }
            ?? TextInput.standardInput(field: "answer")
        let report = try StarAnalyzer.analyze(text)
        if output.json { return try Terminal.printJSON(report) }
        // Typed: GRDB's SQL literal would otherwise be inferred for the interpolations and printed as a dump.
        let lines: [String] = StarAnalyzer.Part.allCases.map { (part) -> String in
            let entry = report.parts[part.rawValue]!
            return part.rawValue.capitalized.padding(toLength: 10, withPad: " ", startingAt: 0) + " \(entry.status.rawValue) (\(entry.words) words)"
        }
        print(lines.joined(separator: "\n"))
        let length = report.length.rawValue.replacingOccurrences(of: "_", with: " ")
        print("\n\(report.wordCount) words, about \(report.speakingTimeSeconds) s (\(length)); I: \(report.iCount), we: \(report.weCount); measurable result: \(report.hasMeasurableResult ? "yes" : "no")")
        if !report.strengths.isEmpty { print("\nWhat works:\n" + report.strengths.map { "- \($0)" }.joined(separator: "\n")) }
        print("\nSharpen this first: \(report.sharpen)")
        let others = report.suggestions.dropFirst()
        if !others.isEmpty { print("\nThen:\n" + others.map { "- \($0)" }.joined(separator: "\n")) }
    }
}

struct PrepChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checklist", abstract: "Show an interview's prep checklist, or tick items.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Interview id.") var id: String
    @Option(help: "Tick this item (its number or text; repeatable).") var tick: [String] = []
    @Option(help: "Untick this item (repeatable).") var untick: [String] = []

    func run() async throws {
        let interviews = try global.runtime().services.interviews
        var checklist = try await interviews.prepChecklist(interviewID: id)
        for item in tick { checklist = try await interviews.tickChecklistItem(interviewID: id, item: item, done: true, actor: .cli) }
        for item in untick { checklist = try await interviews.tickChecklistItem(interviewID: id, item: item, done: false, actor: .cli) }
        if output.json { return try Terminal.printJSON(checklist) }
        print(checklist.items.map { "\($0.done ? "[x]" : "[ ]") \($0.index). \($0.item)" }.joined(separator: "\n"))
        print("\n\(checklist.done)/\(checklist.total) done")
    }
}
