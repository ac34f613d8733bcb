import Foundation
import GRDB

extension ReminderRunner {
    struct Claim: Sendable {
        var due: [DueReminder] = []
        var skipped: [ReminderRunSummary.Entry] = []
        var unknown: [ReminderRunSummary.Entry] = []
    }

    /// Takes back dead runs' claims and claims what is due, in one write transaction (a read
    /// transaction for a dry run, which then reports what it would do).
    func claimDue(at now: Date, dryRun: Bool) async throws(InterviewPrepError) -> Claim {
        let (claimant, claimTimeout, checklists, host) = (claimant.description, claimTimeout, reminders.checklists, claimant.host)
        let body: @Sendable (Database) throws -> Claim = { db in
            var claim = Claim()
            // Cron runs are also when async pipeline stages past their deadline expire.
            if !dryRun { try PipelineService.expireOverdueStages(db, jobID: nil, now: now) }
            try Self.recoverAbandoned(db, now: now, timeout: claimTimeout, host: host, into: &claim)
            let due = try ReminderRecord
                .filter(sql: "status = ? AND due_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
                        arguments: [ReminderStatus.pending, StoredDate(now), StoredDate(now)])
                .order(sql: "due_at, id")
                .fetchAll(db)
            let latestByInterview = Dictionary(grouping: due, by: \.interviewID).mapValues { $0.max { ($0.dueAt, $0.id!) < ($1.dueAt, $1.id!) }! }
            for var reminder in due {
                let (interview, job) = try InterviewService.fetch(db, rowID: reminder.interviewID, publicID: PublicID.format(PublicID.interview, reminder.interviewID))
                let detail = InterviewDetail(interview, job: job)
                let skipReason: String? =
                    !interview.status.isLive ? "the interview is \(interview.status.rawValue)"
                    : interview.startAt <= now ? "the interview already started"
                    : latestByInterview[reminder.interviewID]!.id != reminder.id
                        ? "superseded by the \(latestByInterview[reminder.interviewID]!.hoursBefore)h reminder" : nil
                if let skipReason {
                    claim.skipped.append(.init(reminderID: reminder.publicID, interviewID: detail.id, hoursBefore: reminder.hoursBefore, outcome: "skipped", detail: skipReason))
                    reminder.status = try reminder.status.applying(.skip, reminderID: reminder.publicID)
                    reminder.note = skipReason
                } else {
                    claim.due.append(DueReminder(
                        reminderRowID: reminder.id!, interviewRowID: interview.id!, hoursBefore: reminder.hoursBefore,
                        start: interview.startAt, interview: detail,
                        facts: try InterviewService.reminderFacts(db, interview: interview, checklists: checklists), claimedAt: now,
                        messageID: "<\(reminder.publicID).\(reminder.attempts + 1).\(UUID().uuidString.prefix(8).lowercased())@interview-prep.local>"))
                    reminder.status = try reminder.status.applying(.claim, reminderID: reminder.publicID)
                    reminder.claimedBy = claimant
                    reminder.claimedAt = now
                }
                reminder.updatedAt = now
                if !dryRun { try reminder.update(db) }
            }
            if !dryRun {
                for entry in claim.skipped {
                    try EventRecord.append(db, at: now, actor: .system, subjectType: "interview", subjectID: entry.interviewID,
                                           type: EventType.reminderSkipped, payload: ["reminder_id": .string(entry.reminderID), "reason": .optional(entry.detail)])
                }
            }
            return claim
        }
        return dryRun ? try await reminders.read(body) : try await reminders.write(body)
    }

    /// Claims left by runs that died: retried when the message never fully left, `unknown` when it did.
    private static func recoverAbandoned(_ db: Database, now: Date, timeout: TimeInterval, host: String, into claim: inout Claim) throws {
        let claimed = try ReminderRecord.filter(sql: "status = ?", arguments: [ReminderStatus.claimed]).fetchAll(db)
        for var reminder in claimed {
            let expired = (reminder.claimedAt ?? .distantPast) < now.addingTimeInterval(-timeout)
            guard expired || ReminderRunner.Claimant.isDead(reminder.claimedBy ?? "", host: host) else { continue }
            let attempt = try OutboxRecord.filter(sql: "reminder_id = ?", arguments: [reminder.id!]).order(sql: "id DESC").fetchOne(db)
            if let attempt, attempt.status == .awaitingReply {
                try Self.abandon(attempt, db, reason: "the run died after sending the whole message, before the server answered", now: now)
                reminder.status = try reminder.status.applying(.markUnknown, reminderID: reminder.publicID)
                reminder.note = "may have been delivered (\(attempt.messageID)); not resent, to never send twice"
                claim.unknown.append(.init(
                    reminderID: reminder.publicID, interviewID: PublicID.format(PublicID.interview, reminder.interviewID),
                    hoursBefore: reminder.hoursBefore, outcome: "unknown", detail: reminder.note))
            } else {
                if let attempt, attempt.status == .sending {
                    try Self.abandon(attempt, db, reason: "the run died before the message was fully sent", now: now)
                }
                reminder.status = try reminder.status.applying(.release, reminderID: reminder.publicID)
            }
            reminder.claimedBy = nil
            reminder.claimedAt = nil
            reminder.updatedAt = now
            try reminder.update(db)
        }
    }

    /// Records how an abandoned attempt ended: failed before all its data left, unknown after.
    private static func abandon(_ attempt: OutboxRecord, _ db: Database, reason: String, now: Date) throws {
        var attempt = attempt
        attempt.status = try attempt.status.applying(.abandon, messageID: attempt.messageID)
        attempt.lastError = reason
        attempt.updatedAt = now
        try attempt.update(db)
    }
}
