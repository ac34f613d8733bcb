import Foundation
import GRDB

extension PipelineService {
    /// Adds a stage at the end of a job's pipeline (unlocked when every earlier stage is final).
    public func addStage(jobID: String, stage input: StageInput, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let stage = try validate([input])[0]
        let now = self.now()
        return try await write { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try Self.expireOverdueStages(db, jobID: rowID, now: now)
            let existing = try StageRecord.filter(sql: "job_id = ?", arguments: [rowID]).fetchAll(db)
            var record = StageRecord(
                id: nil, jobID: rowID, position: (existing.map(\.position).max() ?? 0) + 1, name: stage.name, kind: stage.kind,
                deadline: stage.deadline, status: existing.allSatisfy(\.status.isFinal) ? .unlocked : .pending,
                completedAt: nil, createdAt: now, updatedAt: now)
            try record.insert(db)
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: PublicID.format(PublicID.job, rowID), type: EventType.stageAdded,
                                   payload: ["stage_id": .string(record.publicID), "kind": .string(stage.kind.rawValue), "status": .string(record.status.rawValue)])
            return try Self.pipelineView(db, jobRowID: rowID, publicID: jobID, now: now)
        }
    }

    /// Unlocks a stage. Refused while an earlier stage is not final, unless `force`, which completes
    /// earlier async stages; refused always while an earlier live stage has no debrief.
    public func unlockStage(stageID: String, force: Bool = false, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        try await changeStage(stageID, actor: actor) { db, stage, now in
            let earlier = try StageRecord.filter(sql: "job_id = ? AND position < ?", arguments: [stage.jobID, stage.position]).order(sql: "position").fetchAll(db)
            for previous in earlier where previous.kind.isLive && previous.status != .skipped && previous.status != .declined {
                if try !Self.hasDebrief(db, stageRowID: previous.id!) {
                    throw InterviewPrepError.stageGuard(
                        stageID: stage.publicID,
                        message: "the live stage \(previous.name) (\(previous.publicID)) has no debrief yet; force does not bypass this",
                        requiresDebrief: true, remedy: .recordDebrief(interviewID: try Self.latestInterview(db, stageRowID: previous.id!)))
                }
            }
            let incomplete = earlier.filter { !$0.status.isFinal }
            if !incomplete.isEmpty {
                guard force else {
                    throw InterviewPrepError.stageGuard(
                        stageID: stage.publicID,
                        message: "earlier stages are not finished: \(incomplete.map { "\($0.name) (\($0.publicID), \($0.status.rawValue))" }.joined(separator: ", "))",
                        requiresDebrief: false, remedy: .forceUnlock(stageID: stage.publicID))
                }
                for var previous in incomplete {
                    previous.status = .completed
                    previous.completedAt = now
                    previous.updatedAt = now
                    try previous.update(db)
                    try Self.stageEvent(db, previous, type: EventType.stageCompleted, now: now, actor: actor, extra: ["forced_by": .string(stage.publicID)])
                }
            }
            return .unlock
        }
    }

    /// Skips a stage that is not needed.
    public func skipStage(stageID: String, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        try await changeStage(stageID, actor: actor) { _, _, _ in .skip }
    }

    /// The candidate declines a stage.
    public func declineStage(stageID: String, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        try await changeStage(stageID, actor: actor) { _, _, _ in .decline }
    }

    /// Submits an async stage (take-home, questionnaire, assessment): it completes.
    public func submitStage(stageID: String, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        try await changeStage(stageID, actor: actor) { db, stage, _ in
            guard !stage.kind.isLive else {
                throw InterviewPrepError.stageGuard(
                    stageID: stage.publicID, message: "live stages complete when their debrief is recorded, not by submitting", requiresDebrief: true,
                    remedy: .recordDebrief(interviewID: try Self.latestInterview(db, stageRowID: stage.id!)))
            }
            return .complete
        }
    }

    /// Applies the event `decide` picks to a stage, after expiring overdue stages; writes the event.
    func changeStage(
        _ stageID: String, actor: EventActor,
        decide: @escaping @Sendable (Database, StageRecord, Date) throws -> StageEvent
    ) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(stageID, prefix: PublicID.stage, field: "stage_id")
        let now = self.now()
        return try await write { db in
            guard var stage = try StageRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "stage", id: stageID) }
            try Self.expireOverdueStages(db, jobID: stage.jobID, now: now)
            stage = try StageRecord.fetchOne(db, key: rowID)!
            let event = try decide(db, stage, now)
            let previous = stage.status
            stage.status = try previous.applying(event, stageID: stage.publicID)
            if stage.status == .completed { stage.completedAt = now }
            stage.updatedAt = now
            try stage.update(db)
            try Self.stageEvent(db, stage, type: EventType.stage(reaching: stage.status), now: now, actor: actor, extra: ["from": .string(previous.rawValue)])
            return try Self.pipelineView(db, jobRowID: stage.jobID, publicID: PublicID.format(PublicID.job, stage.jobID), now: now)
        }
    }

    static func hasDebrief(_ db: Database, stageRowID: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM debriefs JOIN interviews ON interviews.id = debriefs.interview_id WHERE interviews.stage_id = ?)", arguments: [stageRowID]) ?? false
    }

    /// The public id of the stage's latest interview, for a remedy that names it.
    static func latestInterview(_ db: Database, stageRowID: Int64) throws -> String? {
        try Int64.fetchOne(db, sql: "SELECT id FROM interviews WHERE stage_id = ? ORDER BY start_at DESC, id DESC LIMIT 1", arguments: [stageRowID])
            .map { PublicID.format(PublicID.interview, $0) }
    }

    static func stageEvent(_ db: Database, _ stage: StageRecord, type: EventType, now: Date, actor: EventActor, extra: [String: JSONValue] = [:]) throws {
        try EventRecord.append(
            db, at: now, actor: actor, subjectType: "job", subjectID: PublicID.format(PublicID.job, stage.jobID), type: type,
            payload: ["stage_id": .string(stage.publicID), "status": .string(stage.status.rawValue)].merging(extra) { $1 })
    }
}

// Transaction-scoped steps other services call: the interviews service moves a stage along with its interview.
extension PipelineService {
    /// A cancelled interview frees its invited stage for a new interview.
    static func reopenStage(_ db: Database, of interview: InterviewRecord, now: Date, actor: EventActor) throws {
        guard let stageRow = interview.stageID, var stage = try StageRecord.fetchOne(db, key: stageRow), stage.status == .invited else { return }
        stage.status = try stage.status.applying(.reopen, stageID: stage.publicID)
        stage.updatedAt = now
        try stage.update(db)
        try Self.stageEvent(db, stage, type: EventType.stageReopened, now: now, actor: actor, extra: ["cancelled_interview": .string(interview.publicID)])
    }
}

extension PipelineService {
    /// The stage an interview is being scheduled for, after the pipeline's guards: a live-interview stage,
    /// unlocked (not locked, not already invited or done), without a live interview of its own.
    static func stageForScheduling(_ db: Database, rowID: Int64, publicID: String) throws -> StageRecord {
        guard let stage = try StageRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "stage", id: publicID) }
        guard stage.kind.isLive else {
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "\(stage.kind.rawValue) is an async stage: it has no interview", requiresDebrief: false,
                                                remedy: .submitStage(stageID: stage.publicID))
        }
        switch stage.status {
        case .pending:
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "the stage is locked", requiresDebrief: false, remedy: .unlockStage(stageID: stage.publicID))
        case .invited, .inProgress, .completed:
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "Cannot invite: stage already \(stage.status.rawValue)", requiresDebrief: false)
        default:
            break
        }
        if let existing = try InterviewRecord.filter(sql: "stage_id = ? AND status != ?", arguments: [rowID, InterviewStatus.cancelled.rawValue]).fetchOne(db) {
            throw InterviewPrepError.stageGuard(stageID: stage.publicID, message: "already has the live interview \(existing.publicID)", requiresDebrief: false)
        }
        _ = try stage.status.applying(.invite, stageID: stage.publicID)
        return stage
    }

    /// The stage an interview was just scheduled for becomes invited, with its event.
    static func invite(_ db: Database, stage: StageRecord, for interview: InterviewRecord, now: Date, actor: EventActor) throws -> StageRecord {
        var invited = stage
        invited.status = try invited.status.applying(.invite, stageID: invited.publicID)
        invited.updatedAt = now
        try invited.update(db)
        try stageEvent(db, invited, type: EventType.stageInvited, now: now, actor: actor, extra: ["interview_id": .string(interview.publicID)])
        return invited
    }
}
