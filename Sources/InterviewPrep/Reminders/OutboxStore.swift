import Foundation
import GRDB

/// Moves an email attempt along its lifecycle (`OutboxStatus`), inside the caller's transaction.
enum OutboxStore {
    /// Applies `event` to the attempt `messageID`; an unknown id changes nothing.
    static func update(_ db: Database, _ messageID: String, _ event: OutboxEvent, error: String? = nil, now: Date) throws {
        guard var attempt = try OutboxRecord.filter(sql: "message_id = ?", arguments: [messageID]).fetchOne(db) else { return }
        attempt.status = try attempt.status.applying(event, messageID: messageID)
        if let error { attempt.lastError = error }
        if attempt.status == .sent { attempt.sentAt = now }
        attempt.updatedAt = now
        try attempt.update(db)
    }
}

extension ReminderService {
    /// Applies `event` to the attempt `messageID` in a transaction of its own, on the calling
    /// thread: the sender calls it the moment the whole message has left.
    func updateOutbox(_ messageID: String, _ event: OutboxEvent, now: Date) throws {
        try database.writer.write { db in try OutboxStore.update(db, messageID, event, now: now) }
    }
}
