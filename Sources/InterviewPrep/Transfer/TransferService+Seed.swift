import Foundation
import GRDB

/// Imports the `interviews.json` of the Python tool interview-prep replaces (its documented schema),
/// with its `prep_notes/<id>.md` files. Re-running imports nothing twice: each seed id is remembered.
public struct SeedImportSummary: Codable, Sendable, Equatable {
    public var imported: [String]
    public var alreadyImported: Int
    public var notesAttached: Int

    enum CodingKeys: String, CodingKey {
        case imported
        case alreadyImported = "already_imported"
        case notesAttached = "notes_attached"
    }
}

extension TransferService {
    struct SeedInterview: Decodable, Sendable {
        var id: String
        var jobID: String?
        var company: String
        var role: String
        var interviewType: String
        var scheduledAt: String
        var interviewer: String?
        var location: String?
        var status: String?
        var notes: String?
        var createdAt: String?
        var feedback: String?
        var preparationComplete: Bool?

        enum CodingKeys: String, CodingKey {
            case id
            case jobID = "job_id"
            case company, role
            case interviewType = "interview_type"
            case scheduledAt = "scheduled_at"
            case interviewer, location, status, notes
            case createdAt = "created_at"
            case feedback
            case preparationComplete = "preparation_complete"
        }
    }

    /// Imports `document` (the interviews.json of the Python tool interview-prep replaces); `notes` maps seed interview ids to Markdown.
    /// Times without an offset are read in `timeZone` (default: the configured zone). All or nothing.
    public func importSeed(
        document: Data, notes: [String: String], timeZone: String?, progress: ProgressReport? = nil
    ) async throws(InterviewPrepError) -> SeedImportSummary {
        struct FileShape: Decodable { var interviews: [SeedInterview] }
        let shape: FileShape
        do { shape = try JSONDecoder().decode(FileShape.self, from: document) } catch let error as DecodingError {
            throw .dataFile(file: "interviews.json", reason: DataFiles.describe(error))
        } catch {
            throw .dataFile(file: "interviews.json", reason: "\(error)")
        }
        // Validate everything before writing anything.
        let zoneResolver = StartTimeResolver(defaultTimeZone: try StartTimeResolver.zone(named: timeZone) ?? resolver.defaultTimeZone)
        var prepared: [(SeedInterview, Date, TimeZone, InterviewType, InterviewStatus)] = []
        for (index, seed) in shape.interviews.enumerated() {
            let field = "interviews[\(index)]"
            let type = try InterviewType.parse(seed.interviewType, field: "\(field).interview_type")
            let status = try InterviewStatus.parse(seed.status ?? "scheduled", field: "\(field).status")
            let (start, zone) = try zoneResolver.resolve(seed.scheduledAt, timeZone: nil, field: "\(field).scheduled_at")
            _ = try FieldRules.requiredText(seed.company, field: "\(field).company", maxLength: 200)
            _ = try FieldRules.requiredText(seed.role, field: "\(field).role", maxLength: 200)
            _ = try FieldRules.freeText(seed.notes, field: "\(field).notes")
            _ = try FieldRules.freeText(seed.feedback, field: "\(field).feedback")
            _ = try FieldRules.freeText(notes[seed.id], field: "prep_notes/\(seed.id).md")
            prepared.append((seed, start, zone, type, status))
        }
        let (catalog, policy, now, rows) = (self.catalog, reminderPolicy, self.now(), prepared)
        return try await write { db in
            var summary = SeedImportSummary(imported: [], alreadyImported: 0, notesAttached: 0)
            for (index, (seed, start, zone, type, status)) in rows.enumerated() {
                defer { progress?(index + 1, rows.count) }
                if try String.fetchOne(db, sql: "SELECT subject_id FROM imports WHERE source = 'seed-json' AND external_id = ?", arguments: [seed.id]) != nil {
                    summary.alreadyImported += 1
                    continue
                }
                let job = try JobTarget(ScheduleInterviewRequest(company: seed.company, role: seed.role, type: type, start: seed.scheduledAt))
                    .findOrCreate(db, now: now, actor: .import)
                let created = seed.createdAt.flatMap { try? StartTimeResolver(defaultTimeZone: zone).resolve($0, timeZone: nil).instant } ?? now
                let prep = try FieldRules.freeText(notes[seed.id], field: "prep_notes/\(seed.id).md")
                var interview = InterviewRecord(
                    id: nil, jobID: job.id!, type: type, startAt: start, timeZone: zone.identifier,
                    durationMinutes: catalog[type].defaultDurationMinutes,
                    interviewerName: seed.interviewer.flatMap { $0.isEmpty ? nil : $0 }, interviewerEmail: nil,
                    location: seed.location.flatMap { $0.isEmpty ? nil : $0 }, status: status,
                    notes: try FieldRules.freeText(seed.notes, field: "notes"), feedback: try FieldRules.freeText(seed.feedback, field: "feedback"), prepNotes: prep,
                    preparationComplete: seed.preparationComplete ?? false, createdAt: created, updatedAt: now)
                try interview.insert(db)
                if status.isLive { _ = try ReminderStore.plan(db, interview: interview, policy: policy, now: now) }
                if prep != nil { summary.notesAttached += 1 }
                try db.execute(sql: "INSERT INTO imports (source, external_id, subject_id, imported_at) VALUES ('seed-json', ?, ?, ?)",
                               arguments: [seed.id, interview.publicID, StoredDate(now)])
                try EventRecord.append(
                    db, at: now, actor: .import, subjectType: "interview", subjectID: interview.publicID, type: EventType.interviewImported,
                    payload: ["source": .string("seed-json"), "seed_id": .string(seed.id), "seed_job_id": .optional(seed.jobID),
                              "status": .string(status.rawValue), "start_utc": .string(TimeFormat.utc(start))])
                summary.imported.append(interview.publicID)
            }
            return summary
        }
    }
}
