import Foundation
import GRDB

/// The candidate's debrief of a live interview.
public struct DebriefInput: Sendable, Equatable {
    public var rating: Int
    public var traits: [String]
    public var outcome: DebriefOutcome
    public var wentWell: String?
    public var toImprove: String?
    public var questionsAsked: String?
    public var feedbackReceived: String?

    public init(rating: Int, traits: [String] = [], outcome: DebriefOutcome, wentWell: String? = nil, toImprove: String? = nil,
                questionsAsked: String? = nil, feedbackReceived: String? = nil) {
        self.rating = rating
        self.traits = traits
        self.outcome = outcome
        self.wentWell = wentWell
        self.toImprove = toImprove
        self.questionsAsked = questionsAsked
        self.feedbackReceived = feedbackReceived
    }
}

extension PipelineService {
    /// Records the debrief of an interview that took place: the interview becomes completed and
    /// its live stage completes (a live stage completes only this way).
    public func recordDebrief(interviewID: String, _ input: DebriefInput, actor: EventActor) async throws(InterviewPrepError) -> DebriefView {
        let rowID = try InterviewService.interviewRowID(interviewID)
        guard Bounds.debriefRating.contains(input.rating) else { throw .invalidArgument(field: "rating", reason: "must be from 1 to 10, got \(input.rating)") }
        let allowedTraits = pipelineCatalog.traits
        if let unknown = input.traits.first(where: { !allowedTraits.contains($0) }) {
            throw .invalidValue(field: "traits", value: unknown, allowed: allowedTraits)
        }
        let wentWell = try FieldRules.freeText(input.wentWell, field: "went_well")
        let toImprove = try FieldRules.freeText(input.toImprove, field: "to_improve")
        let asked = try FieldRules.freeText(input.questionsAsked, field: "questions_asked")
        let feedback = try FieldRules.freeText(input.feedbackReceived, field: "feedback_received")
        let now = self.now()
        return try await write { db in
            let (stored, _) = try InterviewService.fetch(db, rowID: rowID, publicID: interviewID)
            var interview = stored
            if try DebriefRecord.filter(sql: "interview_id = ?", arguments: [rowID]).fetchCount(db) > 0 {
                throw InterviewPrepError.invalidArgument(field: "interview_id", reason: "\(interview.publicID) already has a debrief")
            }
            guard interview.status != .cancelled else {
                throw InterviewPrepError.invalidArgument(field: "interview_id", reason: "\(interview.publicID) was cancelled: there is nothing to debrief")
            }
            guard interview.status == .completed || interview.startAt <= now else {
                throw InterviewPrepError.invalidArgument(field: "interview_id", reason: "\(interview.publicID) has not started yet (\(TimeFormat.utc(interview.startAt))); debrief after the interview")
            }
            if interview.status != .completed {
                try InterviewService.apply(.complete, to: &interview, db, actor: actor, now: now, details: ["reason": .string("debrief recorded")])
            }
            var debrief = DebriefRecord(
                id: nil, interviewID: rowID, rating: input.rating, traits: JSONValue.array(input.traits.map(JSONValue.string)).encodedString,
                outcome: input.outcome, wentWell: wentWell, toImprove: toImprove, questionsAsked: asked, feedbackReceived: feedback, createdAt: now)
            try debrief.insert(db)
            try EventRecord.append(db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID, type: EventType.debriefRecorded,
                                   payload: ["rating": .int(input.rating), "outcome": .string(input.outcome.rawValue)])
            if let stageRow = interview.stageID, var stage = try StageRecord.fetchOne(db, key: stageRow), !stage.status.isFinal {
                let previous = stage.status
                stage.status = try previous.applying(.complete, stageID: stage.publicID)
                stage.completedAt = now
                stage.updatedAt = now
                try stage.update(db)
                try Self.stageEvent(db, stage, type: EventType.stageCompleted, now: now, actor: actor, extra: ["from": .string(previous.rawValue), "debrief_of": .string(interview.publicID)])
            }
            return DebriefView(debrief)
        }
    }
}
