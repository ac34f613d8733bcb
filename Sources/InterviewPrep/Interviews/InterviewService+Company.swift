import Foundation
import GRDB

/// What the store knows about one company: the roles applied to and the latest interviews there.
public struct CompanyHistory: Encodable, Sendable, Equatable {
    public struct Role: Codable, Sendable, Equatable {
        public var jobID: String
        public var role: String
        public var roleFamily: RoleFamily

        enum CodingKeys: String, CodingKey {
            case jobID = "job_id"
            case role
            case roleFamily = "role_family"
        }
    }

    public var company: String
    public var roles: [Role]
    /// The latest interviews there (at most the `limit` asked for), oldest first.
    public var interviews: [InterviewDetail]
    /// How many interviews there are in all (before the limit and `before`).
    public var interviewCount: Int
    /// The candidate's debriefs of those interviews.
    public var debriefs: [DebriefView]

    enum CodingKeys: String, CodingKey {
        case company, roles, interviews, debriefs
        case interviewCount = "interview_count"
    }
}

extension InterviewService {
    /// The roles and the latest `limit` interviews at `company` (matched case-insensitively, the
    /// whole name) that started before `before` when given: what a prep packet or a research
    /// template shows, bounded however long the history is.
    public func companyHistory(company: String, before: Date? = nil, limit: Int = 20) async throws(InterviewPrepError) -> CompanyHistory {
        let name = try FieldRules.requiredText(company, field: "company", maxLength: 200)
        return try await read { db in
            let jobs = try JobRecord.filter(sql: "company = ? COLLATE NOCASE", arguments: [name]).order(sql: "id").fetchAll(db)
            var request = InterviewRecord.filter(jobs.map(\.id!).contains(InterviewRecord.Columns.jobID))
            let count = try request.fetchCount(db)
            if let before { request = request.filter(InterviewRecord.Columns.startAt < StoredDate(before)) }
            let records = try request.order(InterviewRecord.Columns.startAt.desc, InterviewRecord.Columns.id.desc).limit(limit).fetchAll(db).reversed()
            let debriefs = try DebriefRecord.filter(records.map(\.id!).contains(Column("interview_id"))).order(sql: "id").fetchAll(db)
            return CompanyHistory(
                company: jobs.first?.company ?? name,
                roles: jobs.map { .init(jobID: $0.publicID, role: $0.role, roleFamily: $0.roleFamily) },
                interviews: try Self.details(db, Array(records)), interviewCount: count, debriefs: debriefs.map(DebriefView.init))
        }
    }
}
