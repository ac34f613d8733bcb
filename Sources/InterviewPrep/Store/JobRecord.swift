import Foundation
import GRDB

/// A job the candidate applied to (table `jobs`).
public struct JobRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "jobs"

    public var id: Int64?
    public var company: String
    public var role: String
    public var roleFamily: RoleFamily
    public var url: String?
    public var notes: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var status: JobStatus = .active
    /// Where the candidate found or applied to the job (referral, LinkedIn, …).
    public var source: String? = nil
    /// The posting's text, pasted, read from a file or imported from its page.
    public var description: String? = nil
    public var location: String? = nil
    public var remotePolicy: RemotePolicy? = nil
    /// The posted salary range (yearly, whole units of `salaryCurrency`).
    public var salaryMin: Int? = nil
    public var salaryMax: Int? = nil
    public var salaryCurrency: String? = nil
    /// How much the candidate wants it, 1 (low) to 5.
    public var priority: Int? = nil
    /// Lower-case labels the candidate filters by.
    public var tags: [String] = []
    public var resumeVersion: String? = nil
    public var coverLetterVersion: String? = nil
    /// When the application went out.
    public var appliedAt: Date? = nil

    enum CodingKeys: String, CodingKey {
        case id, company, role
        case roleFamily = "role_family"
        case url, notes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case status, source, description, location
        case remotePolicy = "remote_policy"
        case salaryMin = "salary_min"
        case salaryMax = "salary_max"
        case salaryCurrency = "salary_currency"
        case priority, tags
        case resumeVersion = "resume_version"
        case coverLetterVersion = "cover_letter_version"
        case appliedAt = "applied_at"
    }

    /// Column names for queries.
    public enum Columns {
        static let company = Column(CodingKeys.company)
        static let role = Column(CodingKeys.role)
    }

    /// The id people see, e.g. `job_3`.
    public var publicID: String { PublicID.format(PublicID.job, id ?? 0) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension RoleFamily: DatabaseValueConvertible {}
extension RemotePolicy: DatabaseValueConvertible {}

extension JobRecord {
    /// Decodes a row by column name, without `Decodable`.
    public init(row: Row) throws {
        id = row["id"]
        company = row["company"]
        role = row["role"]
        roleFamily = row["role_family"]
        url = row["url"]
        notes = row["notes"]
        createdAt = (row["created_at"] as StoredDate).date
        updatedAt = (row["updated_at"] as StoredDate).date
        status = row["status"] ?? .active
        source = row["source"]
        description = row["description"]
        location = row["location"]
        remotePolicy = row["remote_policy"]
        salaryMin = row["salary_min"]
        salaryMax = row["salary_max"]
        salaryCurrency = row["salary_currency"]
        priority = row["priority"]
        tags = JobTags.decode(row["tags"])
        resumeVersion = row["resume_version"]
        coverLetterVersion = row["cover_letter_version"]
        appliedAt = (row["applied_at"] as StoredDate?)?.date
    }
}
