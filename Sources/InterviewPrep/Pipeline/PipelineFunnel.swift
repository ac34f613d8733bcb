import Foundation
import GRDB

/// How jobs move through their stages: counts and conversion per stage kind, by month and by source.
public struct PipelineFunnel: OutputShape, Equatable {
    public struct StageRow: OutputShape, Equatable {
        public var kind: StageKind
        /// Stages of this kind that were unlocked or got further.
        public var reached: Int
        public var completed: Int
        /// completed / reached, left out when none was reached.
        public var conversion: Double?

        public static let outputFields: [OutputField<StageRow>] = [
            .integer("completed") { $0.completed }, .number("conversion", ifPresent: { $0.conversion }),
            .identifier("kind") { $0.kind }, .integer("reached") { $0.reached },
        ]
    }

    public struct GroupRow: OutputShape, Equatable {
        public var key: String
        public var jobs: Int
        public var interviewed: Int
        public var offers: Int

        public static let outputFields: [OutputField<GroupRow>] = [
            .integer("interviewed") { $0.interviewed }, .integer("jobs") { $0.jobs }, .string("key") { $0.key }, .integer("offers") { $0.offers },
        ]
    }

    /// How applications fare before any stage: sent, answered, ghosted.
    public struct Applications: OutputShape, Equatable {
        public struct Week: OutputShape, Equatable {
            /// The Monday that starts the week, in the candidate's zone (`2026-11-16`).
            public var weekOf: String
            public var applied: Int

            public static let outputFields: [OutputField<Week>] = [.integer("applied") { $0.applied }, .string("week_of") { $0.weekOf }]
        }

        /// Postings saved and not applied to yet.
        public var saved: Int
        /// Jobs with an application date.
        public var applied: Int
        /// Of those, jobs the company answered (an interview, or a status the company set).
        public var replied: Int
        /// replied / applied, left out when nothing was applied to.
        public var responseRate: Double?
        /// The median days from applying to the first reply.
        public var medianDaysToReply: Double?
        /// Applied, no reply, and silent for longer than `ghosted_after_days`.
        public var ghosted: Int
        public var perWeek: [Week]

        public static let outputFields: [OutputField<Applications>] = [
            .integer("applied") { $0.applied }, .integer("ghosted") { $0.ghosted }, .number("median_days_to_reply", ifPresent: { $0.medianDaysToReply }),
            .objects("per_week") { $0.perWeek }, .integer("replied") { $0.replied }, .number("response_rate", ifPresent: { $0.responseRate }),
            .integer("saved") { $0.saved },
        ]
    }

    public var applications: Applications
    public var stages: [StageRow]
    public var byMonth: [GroupRow]
    public var bySource: [GroupRow]
    /// The median days between a stage's completion and the next stage's completion.
    public var medianDaysBetweenStages: Double?
    public var definitions: String

    public static let outputFields: [OutputField<PipelineFunnel>] = [
        .object("applications") { $0.applications }, .objects("by_month") { $0.byMonth }, .objects("by_source") { $0.bySource }, .string("definitions") { $0.definitions },
        .number("median_days_between_stages", ifPresent: { $0.medianDaysBetweenStages }), .objects("stages") { $0.stages },
    ]
}

extension PipelineService {
    public func funnel() async throws(InterviewPrepError) -> PipelineFunnel {
        let now = self.now()
        let zone = resolver.defaultTimeZone
        let ghostAfter = TimeInterval(pipelineCatalog.ghostedAfterDays) * 86_400
        return try await read { db in
            let stages = try StageRecord.order(sql: "job_id, position").fetchAll(db)
            let rows: [PipelineFunnel.StageRow] = StageKind.allCases.compactMap { kind in
                let mine = stages.filter { $0.kind == kind }
                guard !mine.isEmpty else { return nil }
                let reached = mine.filter { $0.status != .pending && $0.status != .skipped }.count
                let completed = mine.filter { $0.status == .completed }.count
                return .init(kind: kind, reached: reached, completed: completed,
                             conversion: reached == 0 ? nil : (Double(completed) / Double(reached) * 1000).rounded() / 1000)
            }
            let jobs = try JobRecord.fetchAll(db)
            let interviewed = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT job_id FROM interviews WHERE status = ?", arguments: [InterviewStatus.completed.rawValue]))
            let offered = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT job_id FROM offers"))
            func groups(_ key: (JobRecord) -> String) -> [PipelineFunnel.GroupRow] {
                Dictionary(grouping: jobs, by: key).map { key, members in
                    .init(key: key, jobs: members.count, interviewed: members.filter { interviewed.contains($0.id!) }.count,
                          offers: members.filter { offered.contains($0.id!) }.count)
                }.sorted { $0.key < $1.key }
            }
            var gaps: [Double] = []
            for (_, jobStages) in Dictionary(grouping: stages, by: \.jobID) {
                let done = jobStages.compactMap(\.completedAt).sorted()
                gaps += zip(done, done.dropFirst()).map { $1.timeIntervalSince($0) / 86_400 }
            }
            gaps.sort()
            let median = gaps.isEmpty ? nil : (gaps.count % 2 == 1 ? gaps[gaps.count / 2] : (gaps[gaps.count / 2 - 1] + gaps[gaps.count / 2]) / 2)
            return PipelineFunnel(
                applications: try Self.applications(db, jobs: jobs, now: now, zone: zone, ghostAfter: ghostAfter),
                stages: rows,
                byMonth: groups { String(TimeFormat.utc($0.createdAt).prefix(7)) },
                bySource: groups { $0.source ?? "unknown" },
                medianDaysBetweenStages: median.map { ($0 * 10).rounded() / 10 },
                definitions: "reached: stages unlocked or further (not pending, not skipped); conversion: completed / reached; "
                    + "interviewed: jobs with a completed interview; months by when the job was added; "
                    + "applications.replied: applied jobs with an interview or a status the company set (active, shortlisted, offered, hired, rejected); "
                    + "days to reply: from the application date to the first of those.")
        }
    }

    /// Statuses only the company's answer leads to.
    static let replyStatuses: [JobStatus] = [.active, .shortlisted, .offered, .hired, .rejected]

    static func applications(_ db: Database, jobs: [JobRecord], now: Date, zone: TimeZone, ghostAfter: TimeInterval) throws -> PipelineFunnel.Applications {
        var replied = 0, ghosted = 0
        var waits: [Double] = []
        var weeks: [String: Int] = [:]
        for job in jobs {
            guard let appliedAt = job.appliedAt else { continue }
            weeks[weekStart(appliedAt, zone: zone), default: 0] += 1
            let statusReply = try StoredDate.fetchOne(db, sql: """
                SELECT MIN(occurred_at) FROM events WHERE subject_type = 'job' AND subject_id = ? AND type = ?
                AND json_extract(payload, '$.to') IN (\(replyStatuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
                """, arguments: [job.publicID, EventType.jobStatusChanged.rawValue])?.date
            let firstInterview = try StoredDate.fetchOne(db, sql: "SELECT MIN(created_at) FROM interviews WHERE job_id = ?", arguments: [job.id!])?.date
            if let reply = [statusReply, firstInterview].compactMap(\.self).min() {
                replied += 1
                waits.append(max(0, reply.timeIntervalSince(appliedAt)) / 86_400)
            } else if job.status == .applied, now.timeIntervalSince(try lastActivity(db, job: job)) > ghostAfter {
                ghosted += 1
            }
        }
        let applied = jobs.filter { $0.appliedAt != nil }.count
        waits.sort()
        let median = waits.isEmpty ? nil : (waits.count % 2 == 1 ? waits[waits.count / 2] : (waits[waits.count / 2 - 1] + waits[waits.count / 2]) / 2)
        return .init(
            saved: jobs.filter { $0.status == .saved }.count, applied: applied, replied: replied,
            responseRate: applied == 0 ? nil : (Double(replied) / Double(applied) * 1000).rounded() / 1000,
            medianDaysToReply: median.map { ($0 * 10).rounded() / 10 }, ghosted: ghosted,
            perWeek: weeks.keys.sorted().map { .init(weekOf: $0, applied: weeks[$0]!) })
    }

    /// The Monday starting the week of `date` in `zone`, as `2026-11-16` (arithmetic on days,
    /// no calendar: 1970-01-01 was a Thursday).
    public static func weekStart(_ date: Date, zone: TimeZone) -> String {
        let localDays = Int(((date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))) / 86_400).rounded(.down))
        let sinceMonday = ((localDays + 3) % 7 + 7) % 7
        return String(TimeFormat.utc(Date(timeIntervalSince1970: Double(localDays - sinceMonday) * 86_400)).prefix(10))
    }
}
