import GRDB

/// Where the candidate stands with a job, from the first saved posting to the end.
///
/// `saved` → `applied` → `active` (interviewing; scheduling the first interview moves a saved or
/// applied job here) → `shortlisted` → `offered` (an offer was recorded) → `hired` (only by
/// accepting an offer, or set by hand); `rejected` and `withdrawn` end it at any point.
public enum JobStatus: String, Codable, Sendable, CaseIterable, ParsableName, DatabaseValueConvertible {
    case saved, applied, active, shortlisted, offered, hired, rejected, withdrawn

    /// What the company's side looks like, mapped automatically (what the candidate sees of the company's side).
    public var candidateFacing: String {
        switch self {
        case .saved: "not_applied"
        case .applied: "application_sent"
        case .active: "in_progress"
        case .shortlisted: "advanced"
        case .offered: "offer_extended"
        case .hired: "offer_accepted"
        case .rejected: "not_selected"
        case .withdrawn: "withdrawn"
        }
    }

    /// Still in the hunt: the candidate may yet act on the job.
    public var isOpen: Bool { [.saved, .applied, .active, .shortlisted, .offered].contains(self) }

    /// Interviewing or past it with the company: a stage, a debrief or a follow-up may wait.
    public var isInterviewing: Bool { self == .active || self == .shortlisted }

    /// Before the company's first reply.
    public var isBeforeReply: Bool { self == .saved || self == .applied }
}

/// Pipeline settings from `data/pipeline.json`: debrief traits, stage templates, when a job counts as ghosted.
public struct PipelineCatalog: Sendable, Equatable {
    public struct TemplateStage: Codable, Sendable, Equatable {
        public var name: String
        public var kind: StageKind
    }

    public static let file = "data/pipeline.json"

    public var traits: [String]
    public var templates: [String: [TemplateStage]]
    public var ghostedAfterDays: Int

    /// The template for a role family, else the default one.
    public func template(for family: RoleFamily) -> [TemplateStage] {
        templates[family.rawValue] ?? templates["default"] ?? []
    }

    public static func load(from files: DataFiles) throws(InterviewPrepError) -> PipelineCatalog {
        struct FileShape: Decodable {
            var traits: [String]
            var templates: [String: [TemplateStage]]
            var ghostedAfterDays: Int
            enum CodingKeys: String, CodingKey {
                case traits, templates
                case ghostedAfterDays = "ghosted_after_days"
            }
        }
        let shape = try files.decodeJSON(FileShape.self, from: file)
        guard !shape.traits.isEmpty, shape.templates["default"]?.isEmpty == false, (1...365).contains(shape.ghostedAfterDays) else {
            throw .dataFile(file: file, reason: "needs 'traits', a non-empty 'templates.default' and 'ghosted_after_days' from 1 to 365")
        }
        for key in shape.templates.keys where key != "default" && RoleFamily(rawValue: key) == nil {
            throw .dataFile(file: file, reason: "'templates.\(key)' is not a role family; allowed: default, \(RoleFamily.allowedNames.joined(separator: ", "))")
        }
        return PipelineCatalog(traits: shape.traits, templates: shape.templates, ghostedAfterDays: shape.ghostedAfterDays)
    }
}
