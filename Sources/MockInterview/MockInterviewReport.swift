import Foundation
import Coaching
import InterviewPrep

/// The candidate's report on a mock interview: per section, time used, coverage, follow-ups,
/// late messages, hints and, for behavioral sections, the STAR analysis of their answer.
/// Everything is derived from the session's artifacts, so the same session gives the same report.
public struct MockInterviewReport: OutputShape, Equatable {
    public struct SectionReport: OutputShape, Equatable {
        public var sectionID: String
        public var name: String
        public var exitReason: String?
        public var timeUsedSeconds: Int?
        public var durationSeconds: Int
        public var coverage: [String: CoverageLevel]
        public var followupsAsked: [String]
        public var lateMessages: Int
        public var hintsRequested: Int
        public var assistantFlags: Int
        public var candidateWords: Int
        /// Present for behavioral sections with an answer long enough to analyse.
        public var star: StarAnalyzer.Report?

        public static let outputFields: [OutputField<SectionReport>] = [
            .integer("assistant_flags") { $0.assistantFlags }, .integer("candidate_words") { $0.candidateWords },
            .encoded("coverage", schema: MockSessionView.coverageSchema) { $0.coverage }, .integer("duration_seconds") { $0.durationSeconds },
            .string("exit_reason", ifPresent: { $0.exitReason }), .strings("followups_asked") { $0.followupsAsked },
            .integer("hints_requested") { $0.hintsRequested }, .integer("late_messages") { $0.lateMessages }, .string("name") { $0.name },
            .string("section_id") { $0.sectionID },
            // analyze_star_answer's output, whose schema that tool lists (a tool list carries each shape once).
            .encoded("star", schema: ["type": "object", "description": "As analyze_star_answer's output."], ifPresent: { $0.star }),
            .integer("time_used_seconds", ifPresent: { $0.timeUsedSeconds }),
        ]
    }

    public var session: MockSessionSummary
    public var sections: [SectionReport]
    /// The same report as Markdown, for the candidate.
    public var markdown: String

    public static let outputFields: [OutputField<MockInterviewReport>] = [
        .string("markdown") { $0.markdown }, .objects("sections") { $0.sections }, .object("session") { $0.session },
    ]

    /// The report of `artifacts`.
    public init(_ artifacts: MockArtifacts) {
        session = artifacts.session
        sections = artifacts.sections.map { section in
            SectionReport(
                sectionID: section.sectionID, name: section.name, exitReason: section.exitReason, timeUsedSeconds: section.timeUsedSeconds,
                durationSeconds: section.durationSeconds, coverage: section.coverageFlags, followupsAsked: section.followupsAsked.map(\.text),
                lateMessages: section.lateMessages, hintsRequested: section.hintsRequested, assistantFlags: section.assistantFlags,
                candidateWords: section.boundedContextSummary.candidateWords,
                star: section.starAnalysis ? try? StarAnalyzer.analyze(section.candidateText) : nil)
        }
        markdown = Self.markdown(session: artifacts.session, sections: sections, artifacts: artifacts)
    }

    static func markdown(session: MockSessionSummary, sections: [SectionReport], artifacts: MockArtifacts) -> String {
        var lines = ["# Mock interview \(session.id): \(session.title)", ""]
        lines.append("- Status: \(session.status.rawValue)" + (session.endReason.map { " (\($0.replacingOccurrences(of: "_", with: " ")))" } ?? ""))
        if let started = session.startedAt { lines.append("- Started: \(started)" + (session.endedAt.map { ", ended: \($0)" } ?? "")) }
        lines.append("- Sections: \(session.sectionsCompleted) of \(session.sectionCount) completed")
        if let interview = session.interviewID { lines.append("- Practice for interview \(interview)") }
        for (section, artifact) in zip(sections, artifacts.sections) {
            lines += ["", "## \(section.name)", ""]
            let used = section.timeUsedSeconds.map { "\(TimeFormat.minutesAndSeconds($0)) of \(TimeFormat.minutesAndSeconds(section.durationSeconds))" } ?? "in progress (\(TimeFormat.minutesAndSeconds(section.durationSeconds)) allowed)"
            lines.append("- Time: \(used)" + (section.exitReason.map { "; ended: \($0.replacingOccurrences(of: "_", with: " "))" } ?? ""))
            let coverage = artifact.boundedContextSummary
            lines.append("- Covered: " + list(coverage.covered) + "; partly: " + list(coverage.partiallyCovered) + "; missing: " + list(coverage.notCovered))
            lines.append("- Your words: \(section.candidateWords)" + (section.lateMessages > 0 ? "; late messages: \(section.lateMessages)" : ""))
            if section.hintsRequested > 0 { lines.append("- Hints asked: \(section.hintsRequested)" + (section.assistantFlags > 0 ? " (\(section.assistantFlags) assistant answer(s) flagged for giving too much)" : "")) }
            if !section.followupsAsked.isEmpty {
                lines += ["", "Follow-ups asked:"] + section.followupsAsked.map { "- \($0)" }
            }
            if !coverage.evidence.isEmpty {
                lines += ["", "In your words:"] + coverage.evidence.prefix(6).map { "- \($0.dimension): \"\($0.quote)\"" }
            }
            if let star = section.star {
                let parts = StarAnalyzer.Part.allCases.map { "\($0.rawValue) \(star.parts[$0.rawValue]?.status.rawValue ?? "missing")" }
                lines += ["", "STAR: " + parts.joined(separator: ", ") + "; about \(star.speakingTimeSeconds) s spoken" + (star.hasMeasurableResult ? "; measurable result" : "")]
                lines += star.suggestions.map { "- \($0)" }
            } else if artifact.starAnalysis {
                lines += ["", "STAR: not enough answer to analyse."]
            }
        }
        lines += ["", "## Next steps", ""]
        let gaps = artifacts.sections.flatMap { section in section.boundedContextSummary.notCovered.map { "\(section.name): \($0.replacingOccurrences(of: "_", with: " "))" } }
        lines += gaps.isEmpty ? ["- Every point was covered. Practise again with a longer or harder schema."] : gaps.map { "- Practise covering \($0)." }
        return lines.joined(separator: "\n") + "\n"
    }


    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}
