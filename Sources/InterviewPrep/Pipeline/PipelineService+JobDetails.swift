import Foundation
import GRDB

/// A dated note on a job.
public struct JobNote: OutputShape, Equatable {
    public var jobID: String
    public var text: String
    public var createdAt: String

    public static let outputFields: [OutputField<JobNote>] = [
        .dateTime("created_at") { $0.createdAt },
        .string("job_id") { $0.jobID },
        .string("text") { $0.text },
    ]
}

/// Someone at a company.
public struct Contact: OutputShape, Equatable {
    public var id: String
    public var jobID: String
    public var name: String
    public var role: String?
    public var email: String?
    public var lastContactedAt: String?

    public static let outputFields: [OutputField<Contact>] = [
        .string("email", ifPresent: { $0.email }),
        .string("id") { $0.id },
        .string("job_id") { $0.jobID },
        .dateTime("last_contacted_at", ifPresent: { $0.lastContactedAt }),
        .string("name") { $0.name },
        .string("role", ifPresent: { $0.role }),
    ]
}

extension PipelineService {
    /// Appends a dated note to a job's timeline (notes are never edited).
    public func addJobNote(jobID: String, text: String, actor: EventActor) async throws(InterviewPrepError) -> [JobNote] {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        guard let text = try FieldRules.freeText(text, field: "text") else {
            throw .invalidArgument(field: "text", reason: "is required and must not be empty")
        }
        let now = self.now()
        return try await write { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try db.execute(sql: "INSERT INTO job_notes (job_id, text, created_at) VALUES (?, ?, ?)", arguments: [rowID, text, StoredDate(now)])
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: PublicID.format(PublicID.job, rowID), type: EventType.jobNoteAdded, payload: ["text": .string(text)])
            return try Self.notes(db, jobRowID: rowID)
        }
    }

    static func notes(_ db: Database, jobRowID: Int64) throws -> [JobNote] {
        try Row.fetchAll(db, sql: "SELECT text, created_at FROM job_notes WHERE job_id = ? ORDER BY id", arguments: [jobRowID]).map {
            JobNote(jobID: PublicID.format(PublicID.job, jobRowID), text: $0["text"], createdAt: TimeFormat.utc($0["created_at"]))
        }
    }

    static func contacts(_ db: Database, jobRowID: Int64) throws -> [Contact] {
        try Row.fetchAll(db, sql: "SELECT * FROM contacts WHERE job_id = ? ORDER BY id", arguments: [jobRowID]).map {
            Contact(id: PublicID.format("con", $0["id"]), jobID: PublicID.format(PublicID.job, jobRowID), name: $0["name"], role: $0["role"],
                    email: $0["email"], lastContactedAt: ($0["last_contacted_at"] as StoredDate?).map { TimeFormat.utc($0.date) })
        }
    }

    /// Adds a contact (recruiter, hiring manager, …) to a job.
    public func addContact(jobID: String, name: String, role: String?, email: String?, lastContacted: String?, actor: EventActor) async throws(InterviewPrepError) -> Contact {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let name = try FieldRules.requiredText(name, field: "name", maxLength: 200)
        let role = try FieldRules.text(role, field: "role", maxLength: 200)
        let email = try FieldRules.email(email, field: "email")
        let contacted = try lastContacted.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "last_contacted", endOfDay: false) }
        let now = self.now()
        return try await write { db in
            guard try JobRecord.exists(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try db.execute(sql: "INSERT INTO contacts (job_id, name, role, email, last_contacted_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [rowID, name, role, email, contacted.map(StoredDate.init), StoredDate(now)])
            let contact = Contact(id: PublicID.format("con", db.lastInsertedRowID), jobID: PublicID.format(PublicID.job, rowID), name: name,
                                  role: role, email: email, lastContactedAt: contacted.map(TimeFormat.utc))
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: contact.jobID, type: EventType.contactAdded, payload: ["contact_id": .string(contact.id), "role": .optional(role)])
            return contact
        }
    }
}
