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

    public var stages: [StageRow]
    public var byMonth: [GroupRow]
    public var bySource: [GroupRow]
    /// The median days between a stage's completion and the next stage's completion.
    public var medianDaysBetweenStages: Double?
    public var definitions: String

    public static let outputFields: [OutputField<PipelineFunnel>] = [
        .objects("by_month") { $0.byMonth }, .objects("by_source") { $0.bySource }, .string("definitions") { $0.definitions },
        .number("median_days_between_stages", ifPresent: { $0.medianDaysBetweenStages }), .objects("stages") { $0.stages },
    ]
}

extension PipelineService {
    public func funnel() async throws(InterviewPrepError) -> PipelineFunnel {
        try await read { db in
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
                stages: rows,
                byMonth: groups { String(TimeFormat.utc($0.createdAt).prefix(7)) },
                bySource: groups { $0.source ?? "unknown" },
                medianDaysBetweenStages: median.map { ($0 * 10).rounded() / 10 },
                definitions: "reached: stages unlocked or further (not pending, not skipped); conversion: completed / reached; "
                    + "interviewed: jobs with a completed interview; months by when the job was added.")
        }
    }
}
