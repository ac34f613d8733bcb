import Foundation
import Coaching
import InterviewPrep

/// The candidate's report on a mock interview: per section, time used, what was covered, partly
/// covered and missed, follow-ups, late messages, hints and, for behavioral sections, a STAR
/// analysis of each answer (never of several answers run together); then concrete next steps.
/// Everything is derived from the session's artifacts, so the same session gives the same report.
public struct MockInterviewReport: OutputShape, Equatable {
    /// One answer: what the candidate said to one primary prompt and its follow-ups.
    public struct AnswerReport: OutputShape, Equatable {
        public var prompt: String
        public var words: Int
        /// Some of it came after the section's time ran out (within the grace).
        public var late: Bool
        /// For behavioral sections, when the answer is long enough to analyse.
        public var star: StarAnalyzer.Report?

        public static let outputFields: [OutputField<AnswerReport>] = [
            .boolean("late") { $0.late }, .string("prompt") { $0.prompt },
            // analyze_star_answer's output, whose schema that tool lists (a tool list carries each shape once).
            .encoded("star", schema: ["type": "object", "description": "As analyze_star_answer's output."], ifPresent: { $0.star }),
            .integer("words") { $0.words },
        ]
    }

    public struct SectionReport: OutputShape, Equatable {
        public var sectionID: String
        public var name: String
        public var exitReason: String?
        public var timeUsedSeconds: Int?
        public var durationSeconds: Int
        public var coverage: [String: CoverageLevel]
        public var covered: [String]
        public var partlyCovered: [String]
        public var missed: [String]
        public var followupsAsked: [String]
        public var lateMessages: Int
        public var hintsRequested: Int
        public var assistantFlags: Int
        public var candidateWords: Int
        public var answers: [AnswerReport]

        public static let outputFields: [OutputField<SectionReport>] = [
            .objects("answers") { $0.answers }, .integer("assistant_flags") { $0.assistantFlags }, .integer("candidate_words") { $0.candidateWords },
            .encoded("coverage", schema: MockSessionView.coverageSchema) { $0.coverage }, .strings("covered") { $0.covered },
            .integer("duration_seconds") { $0.durationSeconds }, .string("exit_reason", ifPresent: { $0.exitReason }),
            .strings("followups_asked") { $0.followupsAsked }, .integer("hints_requested") { $0.hintsRequested },
            .integer("late_messages") { $0.lateMessages }, .strings("missed") { $0.missed }, .string("name") { $0.name },
            .strings("partly_covered") { $0.partlyCovered }, .string("section_id") { $0.sectionID },
            .integer("time_used_seconds", ifPresent: { $0.timeUsedSeconds }),
        ]
    }

    public var session: MockSessionSummary
    /// The schema's title with the session's real length ("Behavioral interview (4.5 min)").
    public var title: String
    public var sections: [SectionReport]
    /// What to practise next: which question, which point, and a strong way to open it.
    public var nextSteps: [String]
    /// The same report as Markdown, for the candidate.
    public var markdown: String

    public static let outputFields: [OutputField<MockInterviewReport>] = [
        .string("markdown") { $0.markdown }, .strings("next_steps") { $0.nextSteps }, .objects("sections") { $0.sections },
        .object("session") { $0.session }, .string("title") { $0.title },
    ]

    /// The report of `artifacts`, for a session run on `schema` (as scaled for it); times read in
    /// `homeZone`, the candidate's, when given.
    public init(_ artifacts: MockArtifacts, schema: MockSchema, homeZone: TimeZone? = nil) {
        session = artifacts.session
        title = Self.title(schema.title, seconds: schema.totalSeconds)
        sections = artifacts.sections.map { section in
            let summary = section.boundedContextSummary
            return SectionReport(
                sectionID: section.sectionID, name: section.name, exitReason: section.exitReason, timeUsedSeconds: section.timeUsedSeconds,
                durationSeconds: section.durationSeconds, coverage: section.coverageFlags, covered: summary.covered,
                partlyCovered: summary.partiallyCovered, missed: summary.notCovered, followupsAsked: section.followupsAsked.map(\.text),
                lateMessages: section.lateMessages, hintsRequested: section.hintsRequested, assistantFlags: section.assistantFlags,
                candidateWords: summary.candidateWords, answers: Self.answers(section))
        }
        nextSteps = Self.nextSteps(sections: sections, artifacts: artifacts, schema: schema)
        markdown = ""
        markdown = Self.markdown(self, artifacts: artifacts, homeZone: homeZone)
    }

    /// "Behavioral interview (45 min)" → "Behavioral interview (4.5 min)" for a session scaled to a tenth.
    static func title(_ schemaTitle: String, seconds: Int) -> String {
        let base = schemaTitle.replacing(/\s*\([^()]*\)\s*$/, with: "")
        let length = seconds < 60 ? "\(seconds) s"
            : seconds % 60 == 0 ? "\(seconds / 60) min" : "\((Double(seconds) / 6).rounded() / 10) min"
        return "\(base) (\(length))"
    }

    /// The section's answers: each primary prompt with what the candidate said to it and to its follow-ups.
    static func answers(_ section: MockSectionArtifact) -> [AnswerReport] {
        var groups: [(prompt: String, texts: [String], late: Bool)] = []
        for entry in section.rawTranscript {
            switch entry.kind {
            case "prompt":
                // A prompt presented again (after an interviewer failure) is still the same question.
                if let last = groups.last, last.prompt == entry.text, last.texts.isEmpty { continue }
                groups.append((entry.text, [], false))
            case "message", "code":
                if groups.isEmpty { groups.append((section.goal, [], false)) }
                groups[groups.count - 1].texts.append(entry.text)
                if entry.late { groups[groups.count - 1].late = true }
            default:
                continue
            }
        }
        return groups.filter { !$0.texts.isEmpty }.map { group in
            let text = group.texts.joined(separator: "\n")
            return AnswerReport(prompt: group.prompt, words: MockCoverage.wordCount(text), late: group.late,
                                star: section.starAnalysis ? try? StarAnalyzer.analyze(text) : nil)
        }
    }

    /// Concrete next steps: the question to practise again for each point missed or partly
    /// covered, with a strong opening; then each analysed answer's one thing to sharpen.
    static func nextSteps(sections: [SectionReport], artifacts: MockArtifacts, schema: MockSchema) -> [String] {
        var steps: [String] = []
        for (report, artifact) in zip(sections, artifacts.sections) {
            guard let section = schema.sections.first(where: { $0.id == report.sectionID }) else { continue }
            let question = artifact.rawTranscript.first { $0.kind == "prompt" }?.text ?? section.primaryPrompts.first ?? section.goal
            for (points, verb) in [(report.missed, "cover"), (report.partlyCovered, "go deeper on")] {
                for id in points {
                    guard let dimension = section.dimensions.first(where: { $0.id == id }) else { continue }
                    let opening = dimension.exampleOpening.map { "For example, open with: “\($0)”" }
                        ?? dimension.cues.first.map { "Say it early, for example starting with “\($0.prefix(1).uppercased() + $0.dropFirst())…”." } ?? ""
                    steps.append("Practise “\(question)” again (\(section.name)) and \(verb) \(Self.words(id)). \(opening)")
                }
            }
            for answer in report.answers {
                guard let star = answer.star else { continue }
                steps.append("In your answer to “\(answer.prompt)”: \(star.sharpen)")
            }
        }
        return steps.isEmpty ? ["Every point was covered. Practise again with a longer or harder schema."] : steps
    }

    static func markdown(_ report: MockInterviewReport, artifacts: MockArtifacts, homeZone: TimeZone?) -> String {
        /// "Fri 4 Dec 08:30 EST" in the candidate's zone; the UTC text without one.
        func when(_ utc: String) -> String {
            guard let homeZone, let instant = TimeFormat.utcDate(utc) else { return utc }
            return HumanTime.short(instant, in: homeZone)
        }
        let session = report.session
        var lines = ["# Mock interview \(session.id): \(report.title)", ""]
        lines.append("- Status: \(session.status.rawValue)" + (session.endReason.map { " (\(Self.words($0)))" } ?? ""))
        if let started = session.startedAt { lines.append("- Started: \(when(started))" + (session.endedAt.map { ", ended: \(when($0))" } ?? "")) }
        lines.append("- Sections: \(session.sectionsCompleted) of \(session.sectionCount) completed")
        if let interview = session.interviewID { lines.append("- Practice for interview \(interview)") }
        for (section, artifact) in zip(report.sections, artifacts.sections) {
            lines += ["", "## \(section.name)", ""]
            let used = section.timeUsedSeconds.map { "\(TimeFormat.minutesAndSeconds($0)) of \(TimeFormat.minutesAndSeconds(section.durationSeconds))" }
                ?? "in progress (\(TimeFormat.minutesAndSeconds(section.durationSeconds)) allowed)"
            lines.append("- Time: \(used)" + (section.exitReason.map { "; ended: \(Self.words($0))" } ?? ""))
            lines.append("- Covered: " + list(section.covered) + "; partly covered: " + list(section.partlyCovered) + "; missed: " + list(section.missed))
            lines.append("- Your words: \(section.candidateWords)" + (section.lateMessages > 0 ? "; late messages: \(section.lateMessages)" : ""))
            if section.hintsRequested > 0 { lines.append("- Hints asked: \(section.hintsRequested)" + (section.assistantFlags > 0 ? " (\(section.assistantFlags) assistant answer(s) flagged for giving too much)" : "")) }
            if !section.followupsAsked.isEmpty {
                lines += ["", "Follow-ups asked:"] + section.followupsAsked.map { "- \($0)" }
            }
            let evidence = artifact.boundedContextSummary.evidence
            if !evidence.isEmpty {
                lines += ["", "In your words:"] + evidence.prefix(6).map { "- \(Self.words($0.dimension)): “\($0.quote)”" }
            }
            if artifact.starAnalysis {
                for (number, answer) in section.answers.enumerated() {
                    lines += ["", "### Answer \(number + 1): \(answer.prompt)", ""]
                    guard let star = answer.star else { lines.append("Not enough answer to analyse (\(answer.words) words)."); continue }
                    let parts = StarAnalyzer.Part.allCases.map { "\($0.rawValue) \(star.parts[$0.rawValue]?.status.rawValue ?? "missing")" }
                    lines.append("STAR: " + parts.joined(separator: ", ") + "; about \(star.speakingTimeSeconds) s spoken" + (star.hasMeasurableResult ? "; measurable result" : ""))
                    lines += star.strengths.map { "- Works: \($0)" }
                    lines.append("- Sharpen: \(star.sharpen)")
                }
                if section.answers.isEmpty { lines += ["", "STAR: no answer to analyse."] }
            }
        }
        lines += ["", "## Next steps", ""] + report.nextSteps.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func words(_ identifier: String) -> String { identifier.replacingOccurrences(of: "_", with: " ") }

    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.map(words).joined(separator: ", ") }
}
