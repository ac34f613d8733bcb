import Foundation
import GRDB

/// An interview's prep notes (Markdown).
public struct PrepNotes: OutputShape, Equatable {
    public var interviewID: String
    public var markdown: String
    public var preparationComplete: Bool
    public var updatedAt: String

    public static let outputFields: [OutputField<PrepNotes>] = [
        .string("interview_id") { $0.interviewID }, .string("markdown") { $0.markdown },
        .boolean("preparation_complete") { $0.preparationComplete }, .dateTime("updated_at") { $0.updatedAt },
    ]
}

extension InterviewService {
    /// Saves Markdown prep notes, replacing the old ones or appending to them.
    public func savePrepNotes(
        interviewID: String, markdown: String, mode: NotesMode, actor: EventActor
    ) async throws(InterviewPrepError) -> PrepNotes {
        let rowID = try Self.interviewRowID(interviewID)
        guard let text = try FieldRules.freeText(markdown, field: "notes") else {
            throw .invalidArgument(field: "notes", reason: "is required and must not be empty")
        }
        let now = self.now()
        return try await write { db in
            var (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            interview.prepNotes = mode == .append ? try Self.appending(text, to: interview.prepNotes, field: "notes") : text
            interview.updatedAt = now
            try interview.update(db)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: EventType.prepNotesSaved,
                payload: ["mode": .string(mode.rawValue), "text": .string(text), "total_length": .int(interview.prepNotes?.count ?? 0)])
            return PrepNotes(
                interviewID: interview.publicID, markdown: interview.prepNotes ?? "",
                preparationComplete: interview.preparationComplete, updatedAt: TimeFormat.utc(now))
        }
    }

    /// The interview's prep notes (empty Markdown when none were saved).
    public func prepNotes(interviewID: String) async throws(InterviewPrepError) -> PrepNotes {
        let rowID = try Self.interviewRowID(interviewID)
        return try await read { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            return PrepNotes(
                interviewID: interview.publicID, markdown: interview.prepNotes ?? "",
                preparationComplete: interview.preparationComplete, updatedAt: TimeFormat.utc(interview.updatedAt))
        }
    }

    /// Marks preparation complete (or open again). Idempotent: no event when nothing changes.
    /// Completing is refused while checklist items are open, unless `force`.
    public func markPreparation(
        interviewID: String, complete: Bool, force: Bool = false, actor: EventActor
    ) async throws(InterviewPrepError) -> InterviewDetail {
        let rowID = try Self.interviewRowID(interviewID)
        let checklists = self.checklists
        let now = self.now()
        return try await write { db in
            let (stored, job) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            guard stored.preparationComplete != complete else { return InterviewDetail(stored, job: job) }
            if complete, !force {
                let open = try Self.checklist(db, interview: stored, checklists: checklists).filter { !$0.done }
                if !open.isEmpty {
                    throw InterviewPrepError.refused(
                        field: "force", reason: "\(open.count) checklist item(s) are still open (first: '\(open[0].item)')",
                        remedy: .tickChecklist(interviewID: interviewID, firstOpen: open[0].index))
                }
            }
            var interview = stored
            interview.preparationComplete = complete
            interview.updatedAt = now
            try interview.update(db)
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: complete ? EventType.preparationCompleted : EventType.preparationReopened, payload: ["forced": .bool(force)])
            return InterviewDetail(interview, job: job)
        }
    }
}
