import Foundation

/// An offer as the candidate reads and compares it: each part of the pay, per year, in its currency.
///
/// `annual_total` is what a typical year pays: base + target bonus + equity per year (the grant
/// over its vesting years). `first_year_total` adds the one-time signing bonus.
public struct Offer: OutputShape, Equatable {
    /// How close an open offer's deadline is.
    public enum DeadlineFlag: String, CaseIterable, Sendable {
        case overdue
        case within48h = "within_48h"
    }

    public var id: String
    public var jobID: String
    public var company: String
    public var role: String
    public var status: OfferStatus
    public var currency: String
    public var baseSalary: Int
    /// The yearly target bonus as an amount (from the percentage when that was given).
    public var bonus: Int?
    public var bonusPercent: Double?
    public var equityValue: Int?
    public var vestingYears: Int?
    public var equityPerYear: Int?
    public var equity: String?
    public var signOn: Int?
    public var benefits: String?
    /// Base plus bonus, per year.
    public var totalCash: Int
    public var annualTotal: Int
    public var firstYearTotal: Int
    public var deadline: String?
    /// `deadline` as the instant it was stored as.
    public var deadlineAt: Date?
    public var deadlineFlag: DeadlineFlag?
    public var notes: String?
    /// "EUR at 1.08" when the amounts were converted for a comparison.
    public var convertedFrom: String?
    /// The parts in words: "$235,000 base + $23,500 bonus (10%) + … = $328,500 in the first year".
    public var summary: String

    public static let outputFields: [OutputField<Offer>] = [
        .integer("annual_total") { $0.annualTotal },
        .integer("base_salary") { $0.baseSalary },
        .string("benefits", ifPresent: { $0.benefits }),
        .integer("bonus", ifPresent: { $0.bonus }),
        .number("bonus_percent", ifPresent: { $0.bonusPercent }),
        .string("company") { $0.company },
        .string("converted_from", ifPresent: { $0.convertedFrom }),
        .string("currency") { $0.currency },
        .dateTime("deadline", ifPresent: { $0.deadline }),
        .identifier("deadline_flag", ifPresent: { $0.deadlineFlag }),
        .string("equity", ifPresent: { $0.equity }),
        .integer("equity_per_year", ifPresent: { $0.equityPerYear }),
        .integer("equity_value", ifPresent: { $0.equityValue }),
        .integer("first_year_total") { $0.firstYearTotal },
        .string("id") { $0.id },
        .string("job_id") { $0.jobID },
        .string("notes", ifPresent: { $0.notes }),
        .string("role") { $0.role },
        .integer("sign_on", ifPresent: { $0.signOn }),
        .identifier("status") { $0.status },
        .string("summary") { $0.summary },
        .integer("total_cash") { $0.totalCash },
        .integer("vesting_years", ifPresent: { $0.vestingYears }),
    ]

    /// The offer as of `now` (an open offer past its deadline reads as expired).
    init(_ record: OfferRecord, company: String, role: String, now: Date) {
        id = record.publicID
        jobID = PublicID.format(PublicID.job, record.jobID)
        self.company = company
        self.role = role
        status = record.status.asOf(now, deadline: record.deadline)
        currency = record.currency
        baseSalary = record.baseSalary
        bonusPercent = record.bonusPercent
        bonus = record.bonus ?? record.bonusPercent.map { Int((Double(record.baseSalary) * $0 / 100).rounded()) }
        equityValue = record.equityValue
        vestingYears = record.vestingYears
        equityPerYear = record.equityValue.map { $0 / max(record.vestingYears ?? 4, 1) }
        equity = record.equity
        signOn = record.signOn
        benefits = record.benefits
        deadline = record.deadline.map(TimeFormat.utc)
        deadlineAt = record.deadline
        // Flagged while the candidate has not answered (an open offer past its deadline reads expired).
        if let due = record.deadline, record.status.isOpen {
            deadlineFlag = due < now ? .overdue : (due.timeIntervalSince(now) <= 48 * 3600 ? .within48h : nil)
        }
        notes = record.notes
        totalCash = 0
        annualTotal = 0
        firstYearTotal = 0
        summary = ""
        computeTotals()
    }

    private mutating func computeTotals() {
        totalCash = baseSalary + (bonus ?? 0)
        annualTotal = totalCash + (equityPerYear ?? 0)
        firstYearTotal = annualTotal + (signOn ?? 0)
        func money(_ amount: Int) -> String { MoneyText.format(amount, currency: currency) }
        var parts = ["\(money(baseSalary)) base"]
        if let bonus, bonus > 0 { parts.append("\(money(bonus)) bonus" + (bonusPercent.map { " (\(Self.percentText($0)))" } ?? "")) }
        if let equityPerYear, equityPerYear > 0 { parts.append("\(money(equityPerYear))/yr equity (\(money(equityValue ?? 0)) over \(vestingYears ?? 4) years)") }
        if let signOn, signOn > 0 { parts.append("\(money(signOn)) sign-on") }
        summary = parts.joined(separator: " + ") + " = \(money(firstYearTotal)) in the first year"
            + (firstYearTotal != annualTotal ? ", \(money(annualTotal)) a year after" : "")
    }

    public static func percentText(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\((value * 10).rounded() / 10)%"
    }

    /// The same offer with every amount in `target` at `rate` units of it per unit of this currency.
    func converted(to target: String, rate: Double) -> Offer {
        func convert(_ amount: Int) -> Int { Int((Double(amount) * rate).rounded()) }
        var copy = self
        copy.convertedFrom = "\(currency) at \(rate)"
        copy.currency = target
        copy.baseSalary = convert(baseSalary)
        copy.bonus = bonus.map(convert)
        copy.equityValue = equityValue.map(convert)
        copy.equityPerYear = equityPerYear.map(convert)
        copy.signOn = signOn.map(convert)
        copy.computeTotals()
        return copy
    }
}

/// Offers side by side, one group per currency: amounts are never added across currencies unless
/// the candidate gave the rate.
public struct OfferComparison: OutputShape, Equatable {
    public struct Group: OutputShape, Equatable {
        public var currency: String
        /// Open offers first, then the soonest deadline, then the highest first-year total.
        public var offers: [Offer]
        /// The highest first-year total among the group's open offers.
        public var bestFirstYear: String?

        public static let outputFields: [OutputField<Group>] = [
            .string("best_first_year", ifPresent: { $0.bestFirstYear }), .string("currency") { $0.currency }, .objects("offers") { $0.offers },
        ]
    }

    public var groups: [Group]
    public var count: Int
    /// What was not converted, and why.
    public var notes: [String]
    public var definitions: String

    public static let outputFields: [OutputField<OfferComparison>] = [
        .integer("count") { $0.count }, .string("definitions") { $0.definitions }, .objects("groups") { $0.groups }, .strings("notes") { $0.notes },
    ]

    static let definitionsText = "annual_total: base + target bonus + equity per year (grant / vesting years, 4 when not given); "
        + "first_year_total: annual_total + sign-on; deadline_flag: overdue, or within_48h of now."
}
