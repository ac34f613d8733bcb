import Foundation
import GRDB

extension InterviewService {
    /// The .ics of one interview, or of every interview from 12 hours ago on (cancelled ones
    /// included, so calendars remove them).
    public func calendar(interviewID: String? = nil, checklists: ChecklistCatalog) async throws(InterviewPrepError) -> CalendarExport {
        let rowID = try interviewID.map { (id) throws(InterviewPrepError) in try Self.interviewRowID(id) }
        let now = self.now()
        let labels = Dictionary(uniqueKeysWithValues: InterviewType.allCases.map { ($0, catalog[$0].label) })
        let entries: [ICSCalendar.Entry] = try await read { db in
            let records: [InterviewRecord]
            if let rowID {
                records = [try Self.fetch(db, rowID: rowID, publicID: interviewID!).0]
            } else {
                records = try InterviewRecord.filter(sql: "start_at >= ?", arguments: [StoredDate(now.addingTimeInterval(-12 * 3600))])
                    .order(sql: "start_at, id").fetchAll(db)
            }
            return try Self.details(db, records).enumerated().map { index, detail in
                let record = records[index]
                let sequence = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM events WHERE subject_type = 'interview' AND subject_id = ? AND type IN (?, ?, ?)",
                    arguments: [detail.id] + StatementArguments(
                        [EventType.interviewRescheduled, .interviewCancelled, .interviewStatusChanged].map(\.rawValue))) ?? 0
                return ICSCalendar.Entry(
                    interview: detail, reminders: try ReminderStore.reminders(db, interview: record),
                    checklist: checklists.items(for: detail.type), sequence: sequence)
            }
        }
        return CalendarExport(ics: ICSCalendar.render(entries, typeLabels: labels, now: now), events: entries.count)
    }
}

/// An exported calendar.
public struct CalendarExport: Codable, Sendable, Equatable {
    /// The iCalendar text (CRLF line endings).
    public var ics: String
    public var events: Int
}
