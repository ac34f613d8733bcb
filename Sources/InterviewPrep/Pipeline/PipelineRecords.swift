import Foundation
import GRDB

/// One stage of a job's pipeline (table `stages`).
public struct StageRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "stages"

    public var id: Int64?
    public var jobID: Int64
    public var position: Int
    public var name: String
    public var kind: StageKind
    /// For async stages: when the submission is due.
    public var deadline: Date?
    public var status: StageStatus
    public var completedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case jobID = "job_id"
        case position, name, kind, deadline, status
        case completedAt = "completed_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The id people see, e.g. `stg_4`.
    public var publicID: String { PublicID.format(PublicID.stage, id ?? 0) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The candidate's own debrief of a live interview (table `debriefs`).
public struct DebriefRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "debriefs"

    public var id: Int64?
    public var interviewID: Int64
    public var rating: Int
    /// JSON array of traits from `data/pipeline.json`.
    public var traits: String
    public var outcome: DebriefOutcome
    public var wentWell: String?
    public var toImprove: String?
    public var questionsAsked: String?
    public var feedbackReceived: String?
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case interviewID = "interview_id"
        case rating, traits, outcome
        case wentWell = "went_well"
        case toImprove = "to_improve"
        case questionsAsked = "questions_asked"
        case feedbackReceived = "feedback_received"
        case createdAt = "created_at"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// How the candidate thinks the interview went.
public enum DebriefOutcome: String, Codable, Sendable, CaseIterable, ParsableName, DatabaseValueConvertible {
    case strongYes = "strong_yes"
    case yes
    case no
    case strongNo = "strong_no"
}

extension StageStatus: DatabaseValueConvertible {}
extension StageKind: DatabaseValueConvertible {}

extension PublicID {
    /// The prefix of stage ids.
    public static let stage = "stg"
}
