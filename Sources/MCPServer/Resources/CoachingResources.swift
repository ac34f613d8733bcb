import Coaching
import InterviewPrep
import MCP

/// Coaching material as Markdown resources under `coaching://`.
enum CoachingResources {
    static func list(_ library: CoachingLibrary) -> [Resource] {
        var resources = [
            Resource(name: "star-method", uri: "coaching://star-method", title: "The STAR method", description: "Framework, timing, worked examples, mistakes.", mimeType: "text/markdown"),
            Resource(name: "research-template", uri: "coaching://research-template", title: "Company research template", description: "Six sections with guiding questions.", mimeType: "text/markdown"),
            Resource(name: "questions-to-ask", uri: "coaching://questions-to-ask", title: "Questions to ask", description: "By audience: recruiter, manager, peer, executive.", mimeType: "text/markdown"),
            Resource(name: "strengths-weaknesses", uri: "coaching://strengths-weaknesses", title: "Strengths and weaknesses", description: "How to answer both.", mimeType: "text/markdown"),
        ]
        resources += library.banks.keys.sorted().map {
            Resource(name: "questions-\($0)", uri: "coaching://question-banks/\($0)", title: "\(library.banks[$0]!.title) questions", mimeType: "text/markdown")
        }
        resources += InterviewType.allCases.map {
            Resource(name: "tips-\($0.rawValue)", uri: "coaching://tips/\($0.rawValue)", title: "Tips: \($0.rawValue)", mimeType: "text/markdown")
        }
        return resources
    }

    static let templates = [
        Resource.Template(uriTemplate: "coaching://question-banks/{role_family}", name: "question-bank", title: "Question bank", mimeType: "text/markdown"),
        Resource.Template(uriTemplate: "coaching://tips/{type}", name: "interview-tips", title: "Interview tips", mimeType: "text/markdown"),
    ]

    /// The Markdown of `uri`, or nil when it is not a coaching resource.
    static func markdown(_ uri: String, library: CoachingLibrary, checklists: ChecklistCatalog) -> String? {
        let path = uri.dropFirst("coaching://".count)
        switch path {
        case "star-method":
            let star = library.star
            return "# \(star.framework)\n\n_\(star.timing)_\n\n" + star.steps.map { "## \($0.part.capitalized)\n\($0.what)\n\n" + $0.tips.map { "- \($0)" }.joined(separator: "\n") }.joined(separator: "\n\n")
                + "\n\n## Examples\n" + star.examples.map { "### \($0.title)\n- **S:** \($0.situation)\n- **T:** \($0.task)\n- **A:** \($0.action)\n- **R:** \($0.result)" }.joined(separator: "\n\n")
                + "\n\n## Mistakes to avoid\n" + star.mistakes.map { "- \($0)" }.joined(separator: "\n") + "\n"
        case "research-template":
            return "# Company research template\n\n" + library.research.map { "## \($0.title)\n" + $0.questions.map { "- \($0)" }.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        case "questions-to-ask":
            return "# Questions to ask\n\n" + ["recruiter", "manager", "peer", "executive"].map { "## \($0.capitalized)\n" + (library.questionsToAsk[$0] ?? []).map { "- \($0)" }.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
        case "strengths-weaknesses":
            let framework = library.strengthsWeaknesses
            return "# Strengths and weaknesses\n\n" + [("Strengths", framework.strengths), ("Weaknesses", framework.weaknesses)].map { title, part in
                "## \(title)\n\(part.approach)\n\n" + part.format.map { "- \($0)" }.joined(separator: "\n") + "\n\n> \(part.example)"
                    + (part.avoid.map { "\n\nAvoid:\n" + $0.map { "- \($0)" }.joined(separator: "\n") } ?? "")
            }.joined(separator: "\n\n") + "\n"
        default:
            if path.hasPrefix("question-banks/"), let bank = library.banks[String(path.dropFirst("question-banks/".count))] {
                return "# \(bank.title) questions\n\n" + bank.questions.map {
                    "- **\($0.id)** (\($0.category), \($0.difficulty)) \($0.text)\n  - Strong answers cover: \($0.strongAnswerCovers.joined(separator: "; "))"
                }.joined(separator: "\n") + "\n"
            }
            if path.hasPrefix("tips/"), let type = InterviewType(rawValue: String(path.dropFirst("tips/".count))), let tips = library.tips[type] {
                return "# \(type.rawValue) interviews\n\nDuration: \(tips.duration)\n\n## Tips\n" + tips.tips.map { "- \($0)" }.joined(separator: "\n")
                    + "\n\n## Timing\n\(tips.timing)\n\n## Checklist\n" + checklists.items(for: type).map { "- [ ] \($0)" }.joined(separator: "\n") + "\n"
            }
            return nil
        }
    }
}
