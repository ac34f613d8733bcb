import Foundation
import GRDB

/// An offer for a job (table `offers`): yearly amounts in whole units of `currency`.
public struct OfferRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDatesAsText {
    public static let databaseTableName = "offers"

    public var id: Int64?
    public var jobID: Int64
    public var baseSalary: Int
    public var currency: String
    /// The yearly target bonus as an amount (or derived from `bonusPercent`).
    public var bonus: Int?
    public var bonusPercent: Double?
    /// The equity grant's total value, vesting over `vestingYears`.
    public var equityValue: Int?
    public var vestingYears: Int?
    /// Free text about the equity ("0.1% over 4 years, 1-year cliff").
    public var equity: String?
    public var signOn: Int?
    public var benefits: String?
    public var deadline: Date?
    /// Stored in the column `decision` (its name from before the lifecycle).
    public var status: OfferStatus
    public var notes: String?
    public var createdAt: Date
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case jobID = "job_id"
        case baseSalary = "base_salary"
        case currency, bonus
        case bonusPercent = "bonus_percent"
        case equityValue = "equity_value"
        case vestingYears = "vesting_years"
        case equity
        case signOn = "sign_on"
        case benefits, deadline
        case status = "decision"
        case notes
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The id people see, e.g. `off_2`.
    public var publicID: String { PublicID.format(PublicID.offer, id ?? 0) }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension OfferRecord {
    /// Decodes a row by column name (an offer stored as `pending` reads as received).
    public init(row: Row) throws {
        id = row["id"]
        jobID = row["job_id"]
        baseSalary = row["base_salary"]
        currency = row["currency"]
        bonus = row["bonus"]
        bonusPercent = row["bonus_percent"]
        equityValue = row["equity_value"]
        vestingYears = row["vesting_years"]
        equity = row["equity"]
        signOn = row["sign_on"]
        benefits = row["benefits"]
        deadline = (row["deadline"] as StoredDate?)?.date
        status = OfferStatus.stored(row["decision"])
        notes = row["notes"]
        createdAt = (row["created_at"] as StoredDate).date
        updatedAt = (row["updated_at"] as StoredDate).date
    }
}

extension OfferStatus: DatabaseValueConvertible {}

extension PublicID {
    /// The prefix of offer ids.
    public static let offer = "off"
}
