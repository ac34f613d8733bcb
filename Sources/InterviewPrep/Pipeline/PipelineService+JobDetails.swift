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

/// What the candidate decided about an offer.
public enum OfferDecision: String, Codable, Sendable, CaseIterable, ParsableName {
    case pending, accepted, declined, negotiating
}

/// An offer, comparable with others.
public struct Offer: OutputShape, Equatable {
    public var id: String
    public var jobID: String
    public var company: String
    public var role: String
    public var baseSalary: Int
    public var currency: String
    public var bonus: Int?
    public var equity: String?
    /// Base plus bonus, per year.
    public var totalCash: Int
    public var deadline: String?
    public var decision: OfferDecision
    public var notes: String?

    public static let outputFields: [OutputField<Offer>] = [
        .integer("base_salary") { $0.baseSalary },
        .integer("bonus", ifPresent: { $0.bonus }),
        .string("company") { $0.company },
        .string("currency") { $0.currency },
        .dateTime("deadline", ifPresent: { $0.deadline }),
        .identifier("decision") { $0.decision },
        .string("equity", ifPresent: { $0.equity }),
        .string("id") { $0.id },
        .string("job_id") { $0.jobID },
        .string("notes", ifPresent: { $0.notes }),
        .string("role") { $0.role },
        .integer("total_cash") { $0.totalCash },
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

    /// Records an offer for a job (and moves the job to hired/offer_extended unless it is already decided).
    public func recordOffer(
        jobID: String, baseSalary: Int, currency: String, bonus: Int?, equity: String?, deadline: String?, decision: OfferDecision,
        notes: String?, actor: EventActor
    ) async throws(InterviewPrepError) -> Offer {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        guard Bounds.baseSalary.contains(baseSalary) else { throw .invalidArgument(field: "base_salary", reason: "must be a positive yearly amount") }
        let code = currency.uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidArgument(field: "currency", reason: "'\(currency)' is not an ISO 4217 code like USD, EUR or GBP")
        }
        if let bonus, !Bounds.bonus.contains(bonus) { throw .invalidArgument(field: "bonus", reason: "must be a yearly amount of 0 or more") }
        let equity = try FieldRules.text(equity, field: "equity", maxLength: 500)
        let notes = try FieldRules.freeText(notes, field: "notes")
        let due = try deadline.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "deadline", endOfDay: true) }
        let now = self.now()
        return try await write { db in
            guard var job = try JobRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try db.execute(
                sql: "INSERT INTO offers (job_id, base_salary, currency, bonus, equity, deadline, decision, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [rowID, baseSalary, code, bonus, equity, due.map(StoredDate.init), decision.rawValue, notes, StoredDate(now), StoredDate(now)])
            let offerID = db.lastInsertedRowID
            if job.status == .active || job.status == .shortlisted {
                job.status = .hired
                job.updatedAt = now
                try job.update(db)
            }
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.offerRecorded,
                                   payload: ["offer_id": .string(PublicID.format("off", offerID)), "currency": .string(code), "base_salary": .int(baseSalary)])
            return try Self.offers(db, where: "offers.id = ?", [offerID])[0]
        }
    }

    /// Every offer, pending decisions first, then by deadline, then by total cash (highest first).
    public func offers() async throws(InterviewPrepError) -> [Offer] {
        try await read { db in try Self.offers(db, where: "1", []) }
    }

    static func offers(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Offer] {
        try Row.fetchAll(db, sql: """
            SELECT offers.*, jobs.company, jobs.role FROM offers JOIN jobs ON jobs.id = offers.job_id WHERE \(condition)
            ORDER BY offers.decision != '\(OfferDecision.pending.rawValue)', offers.deadline IS NULL, offers.deadline, offers.base_salary + IFNULL(offers.bonus, 0) DESC
            """, arguments: arguments).map { row in
            let base: Int = row["base_salary"], bonus: Int? = row["bonus"]
            return Offer(
                id: PublicID.format("off", row["id"]), jobID: PublicID.format(PublicID.job, row["job_id"]), company: row["company"], role: row["role"],
                baseSalary: base, currency: row["currency"], bonus: bonus, equity: row["equity"], totalCash: base + (bonus ?? 0),
                deadline: (row["deadline"] as StoredDate?).map { TimeFormat.utc($0.date) }, decision: OfferDecision(rawValue: row["decision"]) ?? .pending, notes: row["notes"])
        }
    }
}
