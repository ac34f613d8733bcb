import Foundation

/// A debrief as shown.
public struct DebriefView: Codable, Sendable, Equatable {
    public var interviewID: String
    public var rating: Int
    public var traits: [String]
    public var outcome: DebriefOutcome
    public var wentWell: String?
    public var toImprove: String?
    public var questionsAsked: String?
    public var feedbackReceived: String?
    public var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case interviewID = "interview_id"
        case rating, traits, outcome
        case wentWell = "went_well"
        case toImprove = "to_improve"
        case questionsAsked = "questions_asked"
        case feedbackReceived = "feedback_received"
        case recordedAt = "recorded_at"
    }

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
public struct StageView: Codable, Sendable, Equatable {
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

    enum CodingKeys: String, CodingKey {
        case id, position, name, kind, live, status, deadline
        case interviewIDs = "interview_ids"
        case debriefs
        case debriefOwed = "debrief_owed"
    }
}

/// A job with its whole pipeline.
public struct JobPipeline: Codable, Sendable, Equatable {
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

    enum CodingKeys: String, CodingKey {
        case jobID = "job_id"
        case company, role
        case roleFamily = "role_family"
        case status
        case candidateFacingStatus = "candidate_facing_status"
        case source, url, stages, notes, contacts, offers
        case nextAction = "next_action"
    }
}
