import Foundation

/// A debrief as shown.
public struct DebriefView: OutputShape, Equatable {
    public var interviewID: String
    public var rating: Int
    public var traits: [String]
    public var outcome: DebriefOutcome
    public var wentWell: String?
    public var toImprove: String?
    public var questionsAsked: String?
    public var feedbackReceived: String?
    public var recordedAt: String

    public static let outputFields: [OutputField<DebriefView>] = [
        .string("feedback_received", ifPresent: { $0.feedbackReceived }),
        .string("interview_id") { $0.interviewID },
        .identifier("outcome") { $0.outcome },
        .string("questions_asked", ifPresent: { $0.questionsAsked }),
        .integer("rating") { $0.rating },
        .dateTime("recorded_at") { $0.recordedAt },
        .string("to_improve", ifPresent: { $0.toImprove }),
        .strings("traits") { $0.traits },
        .string("went_well", ifPresent: { $0.wentWell }),
    ]

    init(_ record: DebriefRecord) {
        interviewID = PublicID.format(PublicID.interview, record.interviewID)
        rating = record.rating
        traits = (try? JSONDecoder().decode([String].self, from: Data(record.traits.utf8))) ?? []
        outcome = record.outcome
        wentWell = record.wentWell
        toImprove = record.toImprove
        questionsAsked = record.questionsAsked
        feedbackReceived = record.feedbackReceived
        recordedAt = TimeFormat.utc(record.createdAt)
    }
}

/// One stage with its interviews and debriefs.
public struct StageView: OutputShape, Equatable {
    public var id: String
    public var position: Int
    public var name: String
    public var kind: StageKind
    public var live: Bool
    public var status: StageStatus
    public var deadline: String?
    public var interviewIDs: [String]
    public var debriefs: [DebriefView]
    /// A live stage with a held interview but no debrief yet.
    public var debriefOwed: Bool

    public static let outputFields: [OutputField<StageView>] = [
        .dateTime("deadline", ifPresent: { $0.deadline }),
        .boolean("debrief_owed") { $0.debriefOwed },
        .objects("debriefs") { $0.debriefs },
        .string("id") { $0.id },
        .strings("interview_ids") { $0.interviewIDs },
        .identifier("kind") { $0.kind },
        .boolean("live") { $0.live },
        .string("name") { $0.name },
        .integer("position") { $0.position },
        .identifier("status") { $0.status },
    ]
}

/// A job with its whole pipeline.
public struct JobPipeline: OutputShape, Equatable {
    public var jobID: String
    public var company: String
    public var role: String
    public var roleFamily: RoleFamily
    public var status: JobStatus
    public var candidateFacingStatus: String
    public var source: String?
    public var url: String?
    public var stages: [StageView]
    public var notes: [JobNote]
    public var contacts: [Contact]
    public var offers: [Offer]
    public var nextAction: String
    public var description: String?
    public var location: String?
    public var remotePolicy: RemotePolicy?
    public var salaryMin: Int?
    public var salaryMax: Int?
    public var salaryCurrency: String?
    /// The posted range as people read it: "$180,000–$220,000".
    public var salaryRange: String?
    public var priority: Int?
    public var tags: [String]
    public var resumeVersion: String?
    public var coverLetterVersion: String?
    public var appliedAt: String?

    public static let outputFields: [OutputField<JobPipeline>] = [
        .dateTime("applied_at", ifPresent: { $0.appliedAt }),
        .string("candidate_facing_status") { $0.candidateFacingStatus },
        .string("company") { $0.company },
        .objects("contacts") { $0.contacts },
        .string("cover_letter_version", ifPresent: { $0.coverLetterVersion }),
        .string("description", ifPresent: { $0.description }),
        .string("job_id") { $0.jobID },
        .string("location", ifPresent: { $0.location }),
        .string("next_action") { $0.nextAction },
        .objects("notes") { $0.notes },
        .objects("offers") { $0.offers },
        .integer("priority", ifPresent: { $0.priority }),
        .identifier("remote_policy", ifPresent: { $0.remotePolicy }),
        .string("resume_version", ifPresent: { $0.resumeVersion }),
        .string("role") { $0.role },
        .identifier("role_family") { $0.roleFamily },
        .string("salary_currency", ifPresent: { $0.salaryCurrency }),
        .integer("salary_max", ifPresent: { $0.salaryMax }),
        .integer("salary_min", ifPresent: { $0.salaryMin }),
        .string("salary_range", ifPresent: { $0.salaryRange }),
        .string("source", ifPresent: { $0.source }),
        .objects("stages") { $0.stages },
        .identifier("status") { $0.status },
        .strings("tags") { $0.tags },
        .string("url", ifPresent: { $0.url }),
    ]
}

extension JobPipeline {
    init(job: JobRecord, stages: [StageView], notes: [JobNote], contacts: [Contact], offers: [Offer], nextAction: String) {
        self.init(
            jobID: job.publicID, company: job.company, role: job.role, roleFamily: job.roleFamily, status: job.status,
            candidateFacingStatus: job.status.candidateFacing, source: job.source, url: job.url, stages: stages, notes: notes,
            contacts: contacts, offers: offers, nextAction: nextAction, description: job.description, location: job.location,
            remotePolicy: job.remotePolicy, salaryMin: job.salaryMin, salaryMax: job.salaryMax, salaryCurrency: job.salaryCurrency,
            salaryRange: Self.range(job), priority: job.priority, tags: job.tags, resumeVersion: job.resumeVersion,
            coverLetterVersion: job.coverLetterVersion, appliedAt: job.appliedAt.map(TimeFormat.utc))
    }

    /// "$180,000–$220,000", "from $180,000", "up to $220,000"; nil without a currency or amounts.
    static func range(_ job: JobRecord) -> String? {
        guard let currency = job.salaryCurrency else { return nil }
        switch (job.salaryMin, job.salaryMax) {
        case let (low?, high?): return low == high ? MoneyText.format(low, currency: currency)
            : MoneyText.format(low, currency: currency) + "–" + MoneyText.format(high, currency: currency)
        case let (low?, nil): return "from " + MoneyText.format(low, currency: currency)
        case let (nil, high?): return "up to " + MoneyText.format(high, currency: currency)
        case (nil, nil): return nil
        }
    }
}
