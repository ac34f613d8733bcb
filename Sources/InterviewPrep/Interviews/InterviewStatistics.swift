import Foundation
import GRDB

/// Counts across all interviews, and a success rate with its definition stated.
public struct InterviewStatistics: OutputShape, Equatable {
    /// One company and how many interviews it has.
    public struct CompanyCount: OutputShape, Equatable {
        public var company: String
        public var count: Int

        public static let outputFields: [OutputField<CompanyCount>] = [.string("company") { $0.company }, .integer("count") { $0.count }]
    }

    public var total: Int
    public var byType: [String: Int]
    public var byStatus: [String: Int]
    public var byCompany: [CompanyCount]
    public var upcomingNext7Days: Int
    public var completed: Int
    public var cancelled: Int
    /// `completed / (completed + cancelled)`, `nil` until an interview has concluded.
    public var successRate: Double?
    public var successRateDefinition: String
    public var asOf: String

    public static let successRateDefinition =
        "Share of concluded interviews that took place: completed / (completed + cancelled). "
        + "Live interviews are not counted; null until one interview is completed or cancelled."

    public static let outputFields: [OutputField<InterviewStatistics>] = [
        .dateTime("as_of") { $0.asOf }, .objects("by_company") { $0.byCompany },
        .encoded("by_status", schema: counts(InterviewStatus.allCases)) { $0.byStatus },
        .encoded("by_type", schema: counts(InterviewType.allCases)) { $0.byType },
        .integer("cancelled") { $0.cancelled }, .integer("completed") { $0.completed },
        .number("success_rate", ifPresent: { $0.successRate }), .string("success_rate_definition") { $0.successRateDefinition },
        .integer("total") { $0.total }, .integer("upcoming_next_7_days") { $0.upcomingNext7Days },
    ]

    /// An object with a count for every one of `keys`.
    static func counts<E: RawRepresentable<String>>(_ keys: [E]) -> JSONValue {
        .object([
            "type": "object", "additionalProperties": false, "required": .array(keys.map { .string($0.rawValue) }),
            "properties": .object(Dictionary(uniqueKeysWithValues: keys.map { ($0.rawValue, ["type": "integer"]) })),
        ])
    }
}

extension InterviewService {
    /// Statistics over every interview, as of the engine's clock.
    public func statistics() async throws(InterviewPrepError) -> InterviewStatistics {
        let now = self.now()
        return try await read { db in
            func counts(_ column: String) throws -> [String: Int] {
                let rows = try Row.fetchAll(db, sql: "SELECT \(column) AS key, COUNT(*) AS n FROM interviews GROUP BY \(column)")
                return Dictionary(uniqueKeysWithValues: rows.map { ($0["key"] as String, $0["n"] as Int) })
            }
            let byType = try counts("type")
            let byStatus = try counts("status")
            let companies = try Row.fetchAll(db, sql: """
                SELECT jobs.company AS company, COUNT(*) AS n FROM interviews JOIN jobs ON jobs.id = interviews.job_id
                GROUP BY jobs.company COLLATE NOCASE ORDER BY n DESC, jobs.company COLLATE NOCASE
                """).map { InterviewStatistics.CompanyCount(company: $0["company"], count: $0["n"]) }
            let upcoming = try InterviewRecord
                .filter(InterviewRecord.Columns.startAt >= StoredDate(now))
                .filter(InterviewRecord.Columns.startAt <= StoredDate(now.addingTimeInterval(7 * 86_400)))
                .filter(InterviewStatus.liveStatuses.contains(InterviewRecord.Columns.status))
                .fetchCount(db)
            let completed = byStatus[InterviewStatus.completed.rawValue] ?? 0
            let cancelled = byStatus[InterviewStatus.cancelled.rawValue] ?? 0
            let concluded = completed + cancelled
            return InterviewStatistics(
                total: byStatus.values.reduce(0, +),
                byType: Dictionary(uniqueKeysWithValues: InterviewType.allCases.map { ($0.rawValue, byType[$0.rawValue] ?? 0) }),
                byStatus: Dictionary(uniqueKeysWithValues: InterviewStatus.allCases.map { ($0.rawValue, byStatus[$0.rawValue] ?? 0) }),
                byCompany: companies,
                upcomingNext7Days: upcoming,
                completed: completed,
                cancelled: cancelled,
                successRate: concluded == 0 ? nil : (Double(completed) / Double(concluded) * 1000).rounded() / 1000,
                successRateDefinition: InterviewStatistics.successRateDefinition,
                asOf: TimeFormat.utc(now))
        }
    }
}
