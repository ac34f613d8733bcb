import GRDB

extension HistoryService {
    /// The id of the newest event in the log (0 when empty): it grows with every change any
    /// process commits, so a watcher compares it to know when to look again.
    public func latestEventID() async throws(InterviewPrepError) -> Int64 {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0 }
    }
}
