import Foundation
import GRDB

/// One item of an interview's prep checklist and whether it is done.
public struct ChecklistItem: OutputShape, Equatable {
    public var index: Int
    public var item: String
    public var done: Bool

    public init(index: Int, item: String, done: Bool) {
        self.index = index
        self.item = item
        self.done = done
    }

    public static let outputFields: [OutputField<ChecklistItem>] = [
        .boolean("done") { $0.done }, .integer("index") { $0.index }, .string("item") { $0.item },
    ]
}

/// An interview's checklist with its progress.
public struct PrepChecklist: OutputShape, Equatable {
    public var interviewID: String
    public var items: [ChecklistItem]
    public var done: Int
    public var total: Int
    public var preparationComplete: Bool

    public static let outputFields: [OutputField<PrepChecklist>] = [
        .integer("done") { $0.done }, .string("interview_id") { $0.interviewID }, .objects("items") { $0.items },
        .boolean("preparation_complete") { $0.preparationComplete }, .integer("total") { $0.total },
    ]
}

extension InterviewService {
    /// The type's checklist for an interview, with what is ticked.
    public func prepChecklist(interviewID: String) async throws(InterviewPrepError) -> PrepChecklist {
        let rowID = try Self.interviewRowID(interviewID)
        let checklists = self.checklists
        return try await read { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            return Self.summary(interview, items: try Self.checklist(db, interview: interview, checklists: checklists))
        }
    }

    /// Ticks (or unticks) one item, given by its 1-based index or its exact text.
    public func tickChecklistItem(interviewID: String, item: String, done: Bool, actor: EventActor) async throws(InterviewPrepError) -> PrepChecklist {
        let rowID = try Self.interviewRowID(interviewID)
        let checklists = self.checklists
        let now = self.now()
        return try await write { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            let items = try Self.checklist(db, interview: interview, checklists: checklists)
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let match = Int(trimmed).flatMap({ index in items.first { $0.index == index } })
                ?? items.first(where: { $0.item.caseInsensitiveCompare(trimmed) == .orderedSame }) else {
                throw InterviewPrepError.invalidArgument(
                    field: "item", reason: "'\(item)' is not on this interview's checklist; give a number from 1 to \(items.count) or the exact text")
            }
            try db.execute(
                sql: "INSERT INTO checklist_progress (interview_id, item, done, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, item) DO UPDATE SET done = excluded.done, updated_at = excluded.updated_at",
                arguments: [rowID, match.item, done, StoredDate(now)])
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "interview", subjectID: interview.publicID,
                type: done ? EventType.checklistItemDone : EventType.checklistItemReopened, payload: ["item": .string(match.item), "index": .int(match.index)])
            return Self.summary(interview, items: try Self.checklist(db, interview: interview, checklists: checklists))
        }
    }

    static func checklist(_ db: Database, interview: InterviewRecord, checklists: ChecklistCatalog) throws -> [ChecklistItem] {
        let done = Set(try String.fetchAll(db, sql: "SELECT item FROM checklist_progress WHERE interview_id = ? AND done", arguments: [interview.id!]))
        return checklists.items(for: interview.type).enumerated().map { ChecklistItem(index: $0.offset + 1, item: $0.element, done: done.contains($0.element)) }
    }

    static func summary(_ interview: InterviewRecord, items: [ChecklistItem]) -> PrepChecklist {
        PrepChecklist(interviewID: interview.publicID, items: items, done: items.filter(\.done).count, total: items.count,
                      preparationComplete: interview.preparationComplete)
    }

    /// What a reminder of `interview` tells: checklist progress, prep notes, the latest move.
    static func reminderFacts(_ db: Database, interview: InterviewRecord, checklists: ChecklistCatalog) throws -> ReminderFacts {
        let movedFrom = try String.fetchOne(db, sql: """
            SELECT json_extract(payload, '$.from_start_utc') FROM events
            WHERE subject_type = 'interview' AND subject_id = ? AND type = ? ORDER BY id DESC LIMIT 1
            """, arguments: [interview.publicID, EventType.interviewRescheduled.rawValue]).flatMap(TimeFormat.utcDate)
        let notes = interview.prepNotes?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? interview.prepNotes : nil
        return ReminderFacts(checklist: try checklist(db, interview: interview, checklists: checklists), prepNotes: notes, movedFrom: movedFrom)
    }

    /// The facts a reminder of this interview would tell now (for a reminder sent by hand).
    public func reminderFacts(interviewID: String) async throws(InterviewPrepError) -> ReminderFacts {
        let rowID = try Self.interviewRowID(interviewID)
        let checklists = self.checklists
        return try await read { db in
            let (interview, _) = try Self.fetch(db, rowID: rowID, publicID: interviewID)
            return try Self.reminderFacts(db, interview: interview, checklists: checklists)
        }
    }
}
