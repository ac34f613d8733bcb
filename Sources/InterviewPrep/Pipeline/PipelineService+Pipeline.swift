import Foundation
import GRDB

/// A stage to create: a name and a kind, with an optional deadline for async stages.
public struct StageInput: Codable, Sendable, Equatable {
    public var name: String?
    public var kind: StageKind
    public var deadline: String?

    public init(name: String? = nil, kind: StageKind, deadline: String? = nil) {
        self.name = name
        self.kind = kind
        self.deadline = deadline
    }
}

extension PipelineService {
    /// The statuses a job may start in.
    public static let startingStatuses: [JobStatus] = [.saved, .applied, .active]

    /// Creates a job with its posting's details and stages (given, else the role family's
    /// template; the first one unlocked). It starts `saved` (a posting to apply to), `applied`
    /// when the application date is given, or as `status` says.
    public func addJob(
        company: String, role: String, roleFamily: RoleFamily? = nil, status: JobStatus? = nil, profile: JobProfile = JobProfile(),
        notes: String? = nil, stages: [StageInput]? = nil, actor: EventActor
    ) async throws(InterviewPrepError) -> JobPipeline {
        let company = try FieldRules.requiredText(company, field: "company", maxLength: 200)
        let role = try FieldRules.requiredText(role, field: "role", maxLength: 200)
        let applyProfile = try profile.checked(resolver: resolver)
        let notes = try FieldRules.freeText(notes, field: "notes")
        let status = status ?? (profile.applied == nil ? .saved : .applied)
        guard Self.startingStatuses.contains(status) else {
            throw .invalidValue(field: "status", value: status.rawValue, allowed: Self.startingStatuses.map(\.rawValue))
        }
        let family = roleFamily ?? RoleFamily.inferred(fromRole: role)
        let planned = try stages.map { (inputs) throws(InterviewPrepError) in try validate(inputs) }
            ?? pipelineCatalog.template(for: family).map { (name: $0.name, kind: $0.kind, deadline: nil as Date?) }
        let now = self.now()
        let jobID: Int64 = try await write { db in
            var job = JobRecord(id: nil, company: company, role: role, roleFamily: family, url: nil, notes: notes, createdAt: now, updatedAt: now, status: status)
            applyProfile(&job)
            if status == .applied, job.appliedAt == nil { job.appliedAt = now }
            try job.insert(db)
            for (index, stage) in planned.enumerated() {
                var record = StageRecord(
                    id: nil, jobID: job.id!, position: index + 1, name: stage.name, kind: stage.kind, deadline: stage.deadline,
                    status: index == 0 ? .unlocked : .pending, completedAt: nil, createdAt: now, updatedAt: now)
                try record.insert(db)
            }
            try EventRecord.append(
                db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.jobCreated,
                payload: ["company": .string(company), "role": .string(role), "role_family": .string(family.rawValue), "status": .string(status.rawValue),
                          "stages": .array(planned.map { .string($0.kind.rawValue) })])
            return job.id!
        }
        return try await pipeline(jobID: PublicID.format(PublicID.job, jobID))
    }

    /// Checks stage inputs: names, kinds, deadlines (async stages only).
    func validate(_ inputs: [StageInput]) throws(InterviewPrepError) -> [(name: String, kind: StageKind, deadline: Date?)] {
        guard inputs.count <= 20 else { throw .invalidArgument(field: "stages", reason: "at most 20 stages, got \(inputs.count)") }
        var result: [(name: String, kind: StageKind, deadline: Date?)] = []
        for (index, input) in inputs.enumerated() {
            let name = try FieldRules.text(input.name, field: "stages[\(index)].name", maxLength: 200)
            var deadline: Date?
            if let text = input.deadline {
                guard !input.kind.isLive else {
                    throw .invalidArgument(field: "stages[\(index)].deadline", reason: "only async stages (screening_questionnaire, take_home, online_assessment) have deadlines")
                }
                deadline = try resolver.bound(text, field: "stages[\(index)].deadline", endOfDay: true)
            }
            result.append((name ?? Self.defaultName(input.kind), input.kind, deadline))
        }
        return result
    }

    static func defaultName(_ kind: StageKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// One job's pipeline: stages (as of now: overdue ones shown expired), interviews, debriefs and
    /// the next action. Only reads.
    public func pipeline(jobID: String) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let now = self.now()
        return try await read { db in try Self.pipelineView(db, jobRowID: rowID, publicID: jobID, now: now) }
    }

    /// Async stages past their deadline become expired; the event records the deadline, not the read time.
    static func expireOverdueStages(_ db: Database, jobID: Int64?, now: Date) throws {
        var request = StageRecord.filter(sql: "deadline IS NOT NULL AND deadline < ? AND status IN (?, ?, ?)", arguments: [StoredDate(now)] + StatementArguments(StageStatus.open.map(\.rawValue)))
        if let jobID { request = request.filter(sql: "job_id = ?", arguments: [jobID]) }
        for var stage in try request.fetchAll(db) {
            stage.status = try stage.status.applying(.expire, stageID: stage.publicID)
            stage.updatedAt = now
            try stage.update(db)
            try EventRecord.append(
                db, at: stage.deadline!, actor: .system, subjectType: "job", subjectID: PublicID.format(PublicID.job, stage.jobID),
                type: EventType.stageExpired, payload: ["stage_id": .string(stage.publicID), "deadline": .string(TimeFormat.utc(stage.deadline!))])
        }
    }

    static func pipelineView(_ db: Database, jobRowID: Int64, publicID: String, now: Date) throws -> JobPipeline {
        guard let job = try JobRecord.fetchOne(db, key: jobRowID) else { throw InterviewPrepError.notFound(kind: "job", id: publicID) }
        let views = try stageViews(db, jobRowID: jobRowID, now: now)
        return JobPipeline(
            job: job, stages: views, notes: try notes(db, jobRowID: jobRowID), contacts: try contacts(db, jobRowID: jobRowID),
            offers: try offers(db, where: "offers.job_id = ?", [jobRowID], now: now), nextAction: nextAction(job: job, stages: views))
    }

    /// A job's stages with their interviews and debriefs, each stage's status as of `now`.
    static func stageViews(_ db: Database, jobRowID: Int64, now: Date) throws -> [StageView] {
        let stages = try StageRecord.filter(sql: "job_id = ?", arguments: [jobRowID]).order(sql: "position, id").fetchAll(db)
        let interviews = try InterviewRecord.filter(sql: "job_id = ? AND stage_id IS NOT NULL", arguments: [jobRowID]).fetchAll(db)
        let debriefs = try DebriefRecord.filter(interviews.map(\.id!).contains(Column("interview_id"))).fetchAll(db)
        return stages.map { stage in
            let mine = interviews.filter { $0.stageID == stage.id }
            let mineDebriefs = debriefs.filter { debrief in mine.contains { $0.id == debrief.interviewID } }
            let held = mine.contains { $0.status == .completed || $0.status == .inProgress }
            let status = stage.status.asOf(now, deadline: stage.deadline)
            return StageView(
                id: stage.publicID, position: stage.position, name: stage.name, kind: stage.kind, live: stage.kind.isLive,
                status: status, deadline: stage.deadline.map(TimeFormat.utc), interviewIDs: mine.map(\.publicID),
                debriefs: mineDebriefs.map(DebriefView.init),
                debriefOwed: stage.kind.isLive && held && mineDebriefs.isEmpty && !status.isFinal)
        }
    }

    static func nextAction(job: JobRecord, stages: [StageView]) -> String {
        switch job.status {
        case .saved: return "apply, then mark the job applied"
        case .applied: return "wait for their reply; an interview scheduled moves the job to active"
        case .offered: return "answer the offer: accept, decline or negotiate"
        case .active, .shortlisted: break
        case .hired, .rejected, .withdrawn: return "none: the job is \(job.status.rawValue)"
        }
        guard !stages.isEmpty else { return "no stages tracked yet: add each one as the company announces it" }
        if let owed = stages.first(where: \.debriefOwed) { return "record your debrief for \(owed.name) (\(owed.id))" }
        if let open = stages.first(where: { $0.status == .unlocked }) {
            // "the Video Interview", not "the Video Interview interview".
            let what = open.name.lowercased().hasSuffix("interview") ? open.name : "\(open.name) interview"
            return open.live ? "schedule the \(what) (\(open.id))" : "start and submit \(open.name) (\(open.id))" + (open.deadline.map { " by \($0)" } ?? "")
        }
        if let active = stages.first(where: { $0.status == .invited || $0.status == .inProgress }) {
            return active.live ? "prepare for \(active.name) (\(active.id))" : "submit \(active.name) (\(active.id))" + (active.deadline.map { " by \($0)" } ?? "")
        }
        if let next = stages.first(where: { $0.status == .pending }) { return "wait to hear back, then unlock \(next.name) (\(next.id))" }
        return "all stages are done: wait for the decision or record an offer"
    }
}

extension PipelineService {
    /// Sets a job's overall status; the candidate-facing status follows from it.
    public func setJobStatus(jobID: String, status: JobStatus, actor: EventActor) async throws(InterviewPrepError) -> JobPipeline {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        let now = self.now()
        return try await write { db in
            guard var job = try JobRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try Self.expireOverdueStages(db, jobID: rowID, now: now)
            guard job.status != status else { return try Self.pipelineView(db, jobRowID: rowID, publicID: jobID, now: now) }
            try Self.changeStatus(db, job: &job, to: status, now: now, actor: actor, because: nil)
            return try Self.pipelineView(db, jobRowID: rowID, publicID: jobID, now: now)
        }
    }

    /// Moves a stored job to `status` and records it (with `because`, when the move follows from
    /// something else: an interview scheduled, an offer accepted). Moving to applied stamps the
    /// application's date when none was given.
    static func changeStatus(_ db: Database, job: inout JobRecord, to status: JobStatus, now: Date, actor: EventActor, because: String?) throws {
        let previous = job.status
        job.status = status
        if status == .applied, job.appliedAt == nil { job.appliedAt = now }
        job.updatedAt = now
        try job.update(db)
        var payload: [String: JSONValue] = ["from": .string(previous.rawValue), "to": .string(status.rawValue), "candidate_facing": .string(status.candidateFacing)]
        if let because { payload["because"] = .string(because) }
        try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.jobStatusChanged, payload: payload)
    }
}
