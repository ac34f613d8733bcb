import Foundation
import GRDB

/// A job in a list: where it stands and what is next.
public struct JobSummary: OutputShape, Equatable {
    public var jobID: String
    public var company: String
    public var role: String
    public var status: JobStatus
    public var candidateFacingStatus: String
    /// Active, but nothing happened for longer than `ghosted_after_days`.
    public var ghosted: Bool
    public var lastActivity: String
    public var stagesDone: Int
    public var stagesTotal: Int
    public var nextAction: String
    public var appliedAt: String?
    public var priority: Int?
    public var tags: [String]
    public var location: String?
    public var remotePolicy: RemotePolicy?

    public static let outputFields: [OutputField<JobSummary>] = [
        .dateTime("applied_at", ifPresent: { $0.appliedAt }),
        .string("candidate_facing_status") { $0.candidateFacingStatus }, .string("company") { $0.company },
        .boolean("ghosted") { $0.ghosted }, .string("job_id") { $0.jobID }, .dateTime("last_activity") { $0.lastActivity },
        .string("location", ifPresent: { $0.location }), .string("next_action") { $0.nextAction }, .integer("priority", ifPresent: { $0.priority }),
        .identifier("remote_policy", ifPresent: { $0.remotePolicy }), .string("role") { $0.role }, .integer("stages_done") { $0.stagesDone },
        .integer("stages_total") { $0.stagesTotal }, .identifier("status") { $0.status }, .strings("tags") { $0.tags },
    ]
}

/// Which jobs a list shows; every part narrows it.
public struct JobFilter: Sendable, Equatable {
    public var statuses: [JobStatus]
    /// Part of the company's name.
    public var company: String?
    /// Words found in the company, role, location, description, tags or notes.
    public var query: String?
    /// Jobs with every one of these tags.
    public var tags: [String]
    /// At least this priority.
    public var minPriority: Int?
    /// Applied on or after this date (the candidate's zone).
    public var appliedFrom: String?
    /// Applied on or before this date.
    public var appliedTo: String?

    public init(statuses: [JobStatus] = [], company: String? = nil, query: String? = nil, tags: [String] = [], minPriority: Int? = nil,
                appliedFrom: String? = nil, appliedTo: String? = nil) {
        self.statuses = statuses
        self.company = company
        self.query = query
        self.tags = tags
        self.minPriority = minPriority
        self.appliedFrom = appliedFrom
        self.appliedTo = appliedTo
    }
}

/// A page of jobs.
public struct JobPage: OutputShape, Equatable {
    public var jobs: [JobSummary]
    public var nextCursor: String?
    public var total: Int

    public static let outputFields: [OutputField<JobPage>] = [
        .objects("jobs") { $0.jobs }, .string("next_cursor", ifPresent: { $0.nextCursor }), .integer("total") { $0.total },
    ]
}

/// Something waiting on the candidate.
public struct NextAction: OutputShape, Equatable {
    /// What kind of thing waits.
    public enum Kind: String, CaseIterable, Sendable {
        case deadline, debrief, prepare
        case offerDeadline = "offer_deadline"
        case followUp = "follow_up"
        case thankYou = "thank_you"

        /// The kinds the candidate may set aside (the others go when their work is done).
        public static let dismissable: [Kind] = [.thankYou, .followUp]
    }

    public var kind: Kind
    public var jobID: String
    public var company: String
    public var summary: String
    /// When it is due; overdue ones come first.
    public var dueAt: Date
    public var reference: String?
    /// The due time in the candidate's zone: "Thu 10 Dec 17:00 EST", "end of Wed 9 Dec".
    public var dueHome: String? = nil

    /// `dueAt` in UTC, as the output gives it.
    public var due: String { TimeFormat.utc(dueAt) }

    public static let outputFields: [OutputField<NextAction>] = [
        .string("company") { $0.company }, .dateTime("due") { $0.due }, .string("due_home", ifPresent: { $0.dueHome }), .string("job_id") { $0.jobID },
        .identifier("kind") { $0.kind }, .string("reference", ifPresent: { $0.reference }), .string("summary") { $0.summary },
    ]
}

extension PipelineService {
    /// Jobs matching `filter`, most recently active first; `cursor` from the previous page.
    public func listJobs(_ filter: JobFilter = JobFilter(), limit: Int = 100, cursor: String? = nil) async throws(InterviewPrepError) -> JobPage {
        try Bounds.check(limit, in: Bounds.pageSize, field: "limit")
        let offset = try cursor.map { (text) throws(InterviewPrepError) -> Int in
            guard let data = Data(base64Encoded: text), let value = Int(String(decoding: data, as: UTF8.self).dropFirst(3)),
                  String(decoding: data, as: UTF8.self).hasPrefix("jo|"), value >= 0 else {
                throw .invalidArgument(field: "cursor", reason: "is not a cursor returned by a previous list_jobs call; omit it to start from the first page")
            }
            return value
        } ?? 0
        let company = try FieldRules.text(filter.company, field: "company", maxLength: 200)
        let query = try FieldRules.text(filter.query, field: "query", maxLength: 200)
        let tags = try JobTags.normalized(filter.tags)
        if let minPriority = filter.minPriority { try Bounds.check(minPriority, in: Bounds.priority, field: "min_priority") }
        let appliedFrom = try filter.appliedFrom.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "applied_from", endOfDay: false) }
        let appliedTo = try filter.appliedTo.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "applied_to", endOfDay: true) }
        let now = self.now()
        let ghostAfter = TimeInterval(pipelineCatalog.ghostedAfterDays) * 86_400
        return try await read { db in
            var request = JobRecord.all()
            if !filter.statuses.isEmpty { request = request.filter(filter.statuses.map(\.rawValue).contains(Column("status"))) }
            if let company { request = request.filter(sql: "company LIKE ?", arguments: ["%\(company)%"]) }
            for word in query?.split(separator: " ") ?? [] {
                request = request.filter(sql: """
                    ((company || ' ' || role || ' ' || IFNULL(location, '') || ' ' || IFNULL(description, '') || ' ' || tags || ' ' || IFNULL(notes, '')) LIKE ?
                     OR EXISTS (SELECT 1 FROM job_notes WHERE job_notes.job_id = jobs.id AND job_notes.text LIKE ?))
                    """, arguments: ["%\(word)%", "%\(word)%"])
            }
            for tag in tags { request = request.filter(sql: "EXISTS (SELECT 1 FROM json_each(jobs.tags) WHERE value = ?)", arguments: [tag]) }
            if let minPriority = filter.minPriority { request = request.filter(sql: "priority >= ?", arguments: [minPriority]) }
            if let appliedFrom { request = request.filter(sql: "applied_at >= ?", arguments: [StoredDate(appliedFrom)]) }
            if let appliedTo { request = request.filter(sql: "applied_at < ?", arguments: [StoredDate(appliedTo)]) }
            // Ordered by last activity, from each job's id and creation only; only the page's jobs are
            // read whole, and get their stages read and summarised.
            let heads = try JobHead.fetchAll(db, request)
            let activity = try Self.latestEvents(db)
            let sorted = heads
                .map { head in
                    let last = max(activity[head.id] ?? head.createdAt, head.createdAt)
                    return (id: head.id, publicID: head.publicID, last: last, lastText: TimeFormat.utc(last))
                }
                .sorted { ($0.lastText, $1.publicID) > ($1.lastText, $0.publicID) }
            let page = try sorted.dropFirst(offset).prefix(limit).map { entry -> JobSummary in
                guard let job = try JobRecord.fetchOne(db, key: entry.id) else { throw InterviewPrepError.notFound(kind: "job", id: entry.publicID) }
                let (last, lastText) = (entry.last, entry.lastText)
                // Stages only: a list needs progress and the next action, not notes, contacts or offers.
                let stages = try Self.stageViews(db, jobRowID: job.id!, now: now)
                let upcoming = try InterviewRecord.filter(sql: "job_id = ? AND start_at > ? AND status NOT IN (?, ?)",
                                                            arguments: [job.id!, StoredDate(now), InterviewStatus.completed.rawValue, InterviewStatus.cancelled.rawValue]).fetchCount(db) > 0
                let ghosted = (job.status.isInterviewing || job.status == .applied) && !upcoming
                    && now.timeIntervalSince(last) > ghostAfter
                return JobSummary(
                    jobID: job.publicID, company: job.company, role: job.role, status: job.status,
                    candidateFacingStatus: ghosted ? "ghosted" : job.status.candidateFacing, ghosted: ghosted, lastActivity: lastText,
                    stagesDone: stages.filter(\.status.isFinal).count, stagesTotal: stages.count, nextAction: Self.nextAction(job: job, stages: stages),
                    appliedAt: job.appliedAt.map(TimeFormat.utc), priority: job.priority, tags: job.tags, location: job.location, remotePolicy: job.remotePolicy)
            }
            let next = offset + page.count < sorted.count ? Data("jo|\(offset + page.count)".utf8).base64EncodedString() : nil
            return JobPage(jobs: page, nextCursor: next, total: sorted.count)
        }
    }

    /// The latest event about each job or any of its interviews, by job row id: two grouped reads
    /// of the log, whatever the number of jobs (what `lastActivity` gives one job).
    static func latestEvents(_ db: Database) throws -> [Int64: Date] {
        var latest: [Int64: Date] = [:]
        let jobPrefix = PublicID.job + "_", interviewPrefix = PublicID.interview + "_"
        for row in try Row.fetchAll(db, sql: """
            SELECT CAST(substr(subject_id, ?) AS INTEGER) AS job_id, MAX(occurred_at) AS latest FROM events
            WHERE subject_type = 'job' AND subject_id LIKE ? GROUP BY subject_id
            UNION ALL
            SELECT interviews.job_id, MAX(events.occurred_at) FROM events
            JOIN interviews ON interviews.id = CAST(substr(events.subject_id, ?) AS INTEGER)
            WHERE events.subject_type = 'interview' AND events.subject_id LIKE ? GROUP BY interviews.job_id
            """, arguments: [jobPrefix.count + 1, jobPrefix + "%", interviewPrefix.count + 1, interviewPrefix + "%"]) {
            let jobID: Int64 = row["job_id"]
            let date = (row["latest"] as StoredDate).date
            latest[jobID] = max(latest[jobID] ?? date, date)
        }
        return latest
    }

    /// The latest event about the job or any of its interviews (both lookups use the events index).
    static func lastActivity(_ db: Database, job: JobRecord) throws -> Date {
        try lastActivity(db, jobRowID: job.id!, createdAt: job.createdAt)
    }

    static func lastActivity(_ db: Database, jobRowID: Int64, createdAt: Date) throws -> Date {
        let latestJobEvent = try StoredDate.fetchOne(
            db, sql: "SELECT MAX(occurred_at) FROM events WHERE subject_type = 'job' AND subject_id = ?", arguments: [PublicID.format(PublicID.job, jobRowID)])
        let latestInterviewEvent = try StoredDate.fetchOne(db, sql: """
            SELECT MAX(events.occurred_at) FROM interviews
            JOIN events ON events.subject_type = 'interview' AND events.subject_id = ? || interviews.id
            WHERE interviews.job_id = ?
            """, arguments: [PublicID.interview + "_", jobRowID])
        return [latestJobEvent?.date, latestInterviewEvent?.date, createdAt].compactMap(\.self).max()!
    }

    /// How long after an interview its debrief counts as waiting on the candidate: 30 days.
    static let debriefWindow: TimeInterval = 30 * 86_400

    /// Everything waiting on the candidate across active jobs, most urgent (earliest due) first.
    /// Only reads: a stage whose deadline passed is expired, so nothing is waiting on it.
    public func nextActions() async throws(InterviewPrepError) -> [NextAction] {
        let now = self.now()
        let home = resolver.defaultTimeZone
        return try await read { db in
            var actions: [NextAction] = []
            // Each kind of action is read once for every open job (a handful of queries, however
            // many jobs), then matched to its job.
            let jobs = try JobHead.fetchAll(db, JobRecord.filter(sql: "status IN (?, ?, ?)", arguments: StatementArguments([JobStatus.active, JobStatus.shortlisted, JobStatus.offered].map(\.rawValue))))
            let byRowID = Dictionary(uniqueKeysWithValues: jobs.map { ($0.id, $0) })
            let byPublicID = Dictionary(uniqueKeysWithValues: jobs.map { ($0.publicID, $0) })
            guard !jobs.isEmpty else { return [] }
            for stage in try StageRecord.filter(sql: "deadline >= ? AND status IN (?, ?, ?)", arguments: [StoredDate(now)] + StatementArguments(StageStatus.open.map(\.rawValue))).fetchAll(db) {
                guard let job = byRowID[stage.jobID] else { continue }
                actions.append(.init(kind: .deadline, jobID: job.publicID, company: job.company, summary: "Submit \(stage.name)", dueAt: stage.deadline!, reference: stage.publicID))
            }
            // Interviews that ended within the debrief window or start within a week: by start
            // (indexed), from the window's beginning less the longest interview.
            let earliestStart = now.addingTimeInterval(-Self.debriefWindow - TimeInterval(Bounds.durationMinutes.upperBound * 60))
            let recent = try InterviewRecord.filter(sql: "start_at > ? AND start_at < ? AND status != ?", arguments: [
                StoredDate(earliestStart), StoredDate(now.addingTimeInterval(7 * 86_400)), InterviewStatus.cancelled.rawValue,
            ]).fetchAll(db)
            // Which of those have a debrief, and which a thank-you sent: one read each.
            let ended = recent.filter { $0.endAt <= now && byRowID[$0.jobID] != nil }.map { $0.id! }
            let debriefed = Set(try Int64.fetchAll(db, sql: "SELECT interview_id FROM debriefs WHERE interview_id IN (\(databaseQuestionMarks(count: ended.count)))", arguments: StatementArguments(ended)))
            let thanked = Set(try Int64.fetchAll(db, sql: "SELECT interview_id FROM outbox WHERE kind = ? AND status = ? AND interview_id IN (\(databaseQuestionMarks(count: ended.count)))",
                                                 arguments: ["thank_you", OutboxStatus.sent.rawValue] + StatementArguments(ended)))
            for interview in recent {
                guard let job = byRowID[interview.jobID] else { continue }
                let ended = interview.endAt <= now
                if ended, interview.endAt > now.addingTimeInterval(-Self.thankYouWindow), !thanked.contains(interview.id!) {
                    actions.append(.init(kind: .thankYou, jobID: job.publicID, company: job.company,
                                         summary: "Send a thank-you" + (interview.interviewerName.map { " to \($0)" } ?? "") + " for the \(interview.type.phrase)",
                                         dueAt: interview.endAt.addingTimeInterval(86_400), reference: interview.publicID))
                }
                // A debrief is worth writing while the interview is fresh: one owed for longer
                // than `debriefWindow` no longer waits on the candidate (it stays owed on the stage).
                if ended, interview.endAt > now.addingTimeInterval(-Self.debriefWindow), !debriefed.contains(interview.id!) {
                    actions.append(.init(kind: .debrief, jobID: job.publicID, company: job.company,
                                         summary: "Record your debrief of the \(interview.type.phrase)", dueAt: interview.endAt, reference: interview.publicID))
                } else if interview.startAt > now, !interview.preparationComplete, interview.status.isLive {
                    actions.append(.init(kind: .prepare, jobID: job.publicID, company: job.company,
                                         summary: "Prepare for the \(interview.type.phrase)", dueAt: interview.startAt, reference: interview.publicID))
                }
            }
            for offer in try Self.offers(db, where: "offers.decision IN (?, ?) AND offers.deadline IS NOT NULL",
                                         [OfferStatus.received.rawValue, OfferStatus.negotiating.rawValue], now: now) where offer.status.isOpen {
                guard let job = byPublicID[offer.jobID] else { continue }
                actions.append(.init(kind: .offerDeadline, jobID: job.publicID, company: job.company,
                                     summary: "Decide on the offer (\(MoneyText.format(offer.firstYearTotal, currency: offer.currency)) in the first year)", dueAt: offer.deadlineAt!, reference: offer.id))
            }
            // A follow-up is due where an interview was held, none is coming, and a week passed:
            // the jobs with a completed interview (by the status index), then each one's next.
            let held = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT job_id FROM interviews WHERE status = ?", arguments: [InterviewStatus.completed.rawValue]))
            for jobRowID in held.sorted() {
                guard let job = byRowID[jobRowID], job.status.isInterviewing else { continue }
                let upcoming = try InterviewRecord.filter(sql: "job_id = ? AND start_at > ? AND status != ?", arguments: [job.id, StoredDate(now), InterviewStatus.cancelled.rawValue]).fetchCount(db) > 0
                guard !upcoming else { continue }
                let last = try Self.lastActivity(db, jobRowID: job.id, createdAt: job.createdAt)
                if now.timeIntervalSince(last) >= 7 * 86_400 {
                    actions.append(.init(kind: .followUp, jobID: job.publicID, company: job.company,
                                         summary: "Follow up: no news for \(Int(now.timeIntervalSince(last) / 86_400)) days",
                                         dueAt: last.addingTimeInterval(7 * 86_400), reference: job.publicID))
                }
            }
            // Set aside ones are found through each job's events (the subject index), never by
            // scanning the whole log.
            var dismissed: Set<String> = []
            for jobID in Set(actions.filter { NextAction.Kind.dismissable.contains($0.kind) }.map(\.jobID)) {
                dismissed.formUnion(try String.fetchAll(db, sql: """
                    SELECT json_extract(payload, '$.kind') || ' ' || json_extract(payload, '$.reference') || ' ' || json_extract(payload, '$.due')
                    FROM events WHERE subject_type = 'job' AND subject_id = ? AND type = ?
                    """, arguments: [jobID, EventType.nextActionDismissed.rawValue]))
            }
            return actions.filter { !dismissed.contains("\($0.kind.rawValue) \($0.reference ?? "") \($0.due)") }
                .sorted { ($0.dueAt, $0.jobID) < ($1.dueAt, $1.jobID) }
                .map { action in
                    var action = action
                    action.dueHome = HumanTime.due(action.dueAt, in: home)
                    return action
                }
        }
    }

    /// How long after an interview a thank-you is still worth proposing: a week.
    static let thankYouWindow: TimeInterval = 7 * 86_400

    /// Sets aside a thank-you or follow-up the candidate will not send (as proposed now: a
    /// follow-up due later, after new silence, is proposed again).
    public func dismissNextAction(kind: NextAction.Kind, reference: String, actor: EventActor) async throws(InterviewPrepError) -> [NextAction] {
        guard NextAction.Kind.dismissable.contains(kind) else {
            throw .invalidValue(field: "kind", value: kind.rawValue, allowed: NextAction.Kind.dismissable.map(\.rawValue))
        }
        let reference = try FieldRules.requiredText(reference, field: "reference", maxLength: 40)
        guard let action = try await nextActions().first(where: { $0.kind == kind && $0.reference == reference }) else {
            throw .invalidArgument(field: "reference", reason: "no \(kind.rawValue) action waits for \(reference); the list of next actions shows each one's reference")
        }
        let now = self.now()
        try await write { db in
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: action.jobID, type: EventType.nextActionDismissed,
                                   payload: ["kind": .string(kind.rawValue), "reference": .string(reference), "due": .string(action.due)])
        }
        return try await nextActions()
    }
}

/// What a list needs of a job to order it and say whose it is: read without the posting's text
/// and the application's details, for every job the list looks at.
struct JobHead {
    var id: Int64
    var company: String
    var status: JobStatus
    var createdAt: Date

    var publicID: String { PublicID.format(PublicID.job, id) }

    static func fetchAll(_ db: Database, _ request: QueryInterfaceRequest<JobRecord>) throws -> [JobHead] {
        try Row.fetchAll(db, request.select(Column("id"), Column("company"), Column("status"), Column("created_at"))).map { row in
            JobHead(id: row["id"], company: row["company"], status: row["status"] ?? .active, createdAt: (row["created_at"] as StoredDate).date)
        }
    }
}
