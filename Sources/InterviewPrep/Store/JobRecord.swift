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

    enum CodingKeys: String, CodingKey {
        case id, company, role
        case roleFamily = "role_family"
        case url, notes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case status, source
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
    }
}
