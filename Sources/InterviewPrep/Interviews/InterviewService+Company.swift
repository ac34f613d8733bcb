import Foundation
import GRDB

/// What the store knows about one company: the roles applied to and every interview there.
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
    public var interviews: [InterviewDetail]
    /// The candidate's debriefs of those interviews.
    public var debriefs: [DebriefView]
}

extension InterviewService {
    /// The roles and interviews at `company` (matched case-insensitively, the whole name).
    public func companyHistory(company: String) async throws(InterviewPrepError) -> CompanyHistory {
        let name = try FieldRules.requiredText(company, field: "company", maxLength: 200)
        return try await read { db in
            let jobs = try JobRecord.filter(sql: "company = ? COLLATE NOCASE", arguments: [name]).order(sql: "id").fetchAll(db)
            let records = try InterviewRecord.filter(jobs.map(\.id!).contains(InterviewRecord.Columns.jobID))
                .order(InterviewRecord.Columns.startAt, InterviewRecord.Columns.id).fetchAll(db)
            let debriefs = try DebriefRecord.filter(records.map(\.id!).contains(Column("interview_id"))).order(sql: "id").fetchAll(db)
            return CompanyHistory(
                company: jobs.first?.company ?? name,
                roles: jobs.map { .init(jobID: $0.publicID, role: $0.role, roleFamily: $0.roleFamily) },
                interviews: try Self.details(db, records), debriefs: debriefs.map(DebriefView.init))
        }
    }
}
