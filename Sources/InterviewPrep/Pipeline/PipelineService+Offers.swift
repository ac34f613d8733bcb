import Foundation
import GRDB

/// An offer's terms as the candidate gives them (yearly amounts in whole units of the currency).
/// In a revision, `nil` leaves a part as it is.
public struct OfferTerms: Sendable, Equatable {
    public var baseSalary: Int?
    public var currency: String?
    public var bonus: Int?
    public var bonusPercent: Double?
    public var equityValue: Int?
    public var vestingYears: Int?
    public var equity: String?
    public var signOn: Int?
    public var benefits: String?
    /// Answer by: a date or date-time in the candidate's zone.
    public var deadline: String?
    public var notes: String?

    public init(
        baseSalary: Int? = nil, currency: String? = nil, bonus: Int? = nil, bonusPercent: Double? = nil, equityValue: Int? = nil,
        vestingYears: Int? = nil, equity: String? = nil, signOn: Int? = nil, benefits: String? = nil, deadline: String? = nil, notes: String? = nil
    ) {
        self.baseSalary = baseSalary
        self.currency = currency
        self.bonus = bonus
        self.bonusPercent = bonusPercent
        self.equityValue = equityValue
        self.vestingYears = vestingYears
        self.equity = equity
        self.signOn = signOn
        self.benefits = benefits
        self.deadline = deadline
        self.notes = notes
    }

    /// Whether any term is given.
    var isEmpty: Bool { self == OfferTerms() }

    /// The terms checked, ready to apply to a stored offer; throws naming the first bad field.
    func checked(resolver: StartTimeResolver) throws(InterviewPrepError) -> @Sendable (inout OfferRecord) -> Void {
        if let baseSalary { try Bounds.check(baseSalary, in: Bounds.baseSalary, field: "base_salary") }
        if let bonus { try Bounds.check(bonus, in: Bounds.bonus, field: "bonus") }
        if let bonusPercent, !Bounds.bonusPercent.contains(bonusPercent) {
            throw .invalidArgument(field: "bonus_percent", reason: "must be between 0 and 200 (percent of base), got \(bonusPercent)")
        }
        if bonus != nil, bonusPercent != nil {
            throw .invalidArgument(field: "bonus_percent", reason: "give the bonus either as an amount (bonus) or as a percentage of base, not both")
        }
        if let equityValue { try Bounds.check(equityValue, in: Bounds.grant, field: "equity_value") }
        if let vestingYears { try Bounds.check(vestingYears, in: Bounds.vestingYears, field: "vesting_years", unit: " years") }
        if let signOn { try Bounds.check(signOn, in: Bounds.grant, field: "sign_on") }
        let currency = try currency.map { (code) throws(InterviewPrepError) in try CurrencyCode.parse(code, field: "currency") }
        let equity = try equity.map { (text) throws(InterviewPrepError) in try FieldRules.text(text, field: "equity", maxLength: 500) }
        let benefits = try benefits.map { (text) throws(InterviewPrepError) in try FieldRules.freeText(text, field: "benefits") }
        let notes = try notes.map { (text) throws(InterviewPrepError) in try FieldRules.freeText(text, field: "notes") }
        let due = try deadline.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "deadline", endOfDay: true) }
        let terms = self
        return { offer in
            if let base = terms.baseSalary { offer.baseSalary = base }
            if let currency { offer.currency = currency }
            // A bonus is one or the other: giving one form replaces the other.
            if let bonus = terms.bonus { offer.bonus = bonus; offer.bonusPercent = nil }
            if let percent = terms.bonusPercent { offer.bonusPercent = percent; offer.bonus = nil }
            if let value = terms.equityValue { offer.equityValue = value }
            if let years = terms.vestingYears { offer.vestingYears = years }
            if let equity { offer.equity = equity }
            if let signOn = terms.signOn { offer.signOn = signOn }
            if let benefits { offer.benefits = benefits }
            if let notes { offer.notes = notes }
            if let due { offer.deadline = due }
        }
    }
}

/// What answering an offer did: the offer, its job, and the other offers it settled.
public struct OfferUpdate: OutputShape, Equatable {
    public var offer: Offer
    public var jobStatus: JobStatus
    /// Other offers declined because this one was accepted.
    public var declinedOffers: [String]
    public var summary: String

    public static let outputFields: [OutputField<OfferUpdate>] = [
        .strings("declined_offers") { $0.declinedOffers }, .identifier("job_status") { $0.jobStatus },
        .object("offer") { $0.offer }, .string("summary") { $0.summary },
    ]
}

extension PipelineService {
    /// Records an offer for a job. The job becomes `offered` (not hired: only accepting an offer
    /// hires), unless it already ended.
    public func recordOffer(jobID: String, terms: OfferTerms, actor: EventActor) async throws(InterviewPrepError) -> Offer {
        let rowID = try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")
        guard let base = terms.baseSalary else { throw .invalidArgument(field: "base_salary", reason: "is required: the yearly base salary") }
        guard terms.currency != nil else { throw .invalidArgument(field: "currency", reason: "is required: an ISO 4217 code like USD, EUR or GBP") }
        let apply = try terms.checked(resolver: resolver)
        let now = self.now()
        return try await write { db in
            guard var job = try JobRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "job", id: jobID) }
            try Self.expireOverdueOffers(db, now: now)
            var offer = OfferRecord(id: nil, jobID: rowID, baseSalary: base, currency: "", status: .received, createdAt: now, updatedAt: now)
            apply(&offer)
            try offer.insert(db)
            try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.offerRecorded,
                                   payload: ["offer_id": .string(offer.publicID), "currency": .string(offer.currency), "base_salary": .int(offer.baseSalary)])
            if job.status.isOpen, job.status != .offered {
                try Self.changeStatus(db, job: &job, to: .offered, now: now, actor: actor, because: "offer \(offer.publicID) received")
            }
            return Offer(offer, company: job.company, role: job.role, now: now)
        }
    }

    /// Moves an offer along its lifecycle and/or revises its terms (a negotiation's new numbers).
    /// Accepting hires the job; when other offers are open, `others` says whether to decline them.
    public func updateOffer(
        offerID: String, move: OfferMove?, others: OtherOffers? = nil, terms: OfferTerms = OfferTerms(), actor: EventActor
    ) async throws(InterviewPrepError) -> OfferUpdate {
        let rowID = try PublicID.parse(offerID, prefix: PublicID.offer, field: "offer_id")
        guard move != nil || !terms.isEmpty else {
            throw .invalidArgument(field: "move", reason: "give a move (\(OfferMove.allowedNames.joined(separator: ", "))) or new terms to record")
        }
        if move == .expire { throw .invalidArgument(field: "move", reason: "an offer expires by itself at its deadline; allowed: negotiate, accept, decline") }
        let apply = try terms.checked(resolver: resolver)
        let now = self.now()
        // Expiry is recorded on its own, so a refused answer to an expired offer still records it.
        try await write { db in try Self.expireOverdueOffers(db, now: now) }
        return try await write { db in
            guard var offer = try OfferRecord.fetchOne(db, key: rowID) else { throw InterviewPrepError.notFound(kind: "offer", id: offerID) }
            guard var job = try JobRecord.fetchOne(db, key: offer.jobID) else { throw InterviewPrepError.notFound(kind: "job", id: PublicID.format(PublicID.job, offer.jobID)) }
            var declined: [String] = []
            var said: [String] = []
            if !terms.isEmpty {
                let before = Self.termFields(offer)
                apply(&offer)
                let after = Self.termFields(offer)
                let changed = try FieldChanges.changed(before, after)
                var payload = FieldChanges.payload(changed, before, after, undoing: nil)
                payload["offer_id"] = .string(offer.publicID)
                try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: job.publicID, type: EventType.offerRevised, payload: payload)
                said.append("new terms recorded for \(offer.publicID)")
            }
            if let move {
                try Self.move(db, offer: &offer, move, now: now, actor: actor)
                said.append("offer \(offer.publicID) (\(job.company)) is \(offer.status.rawValue)")
            }
            offer.updatedAt = now
            try offer.update(db)
            switch move {
            case .accept?:
                let open = try OfferRecord.filter(sql: "id != ? AND decision IN (?, ?)", arguments: [rowID, OfferStatus.received.rawValue, OfferStatus.negotiating.rawValue]).fetchAll(db)
                if !open.isEmpty {
                    guard let others else {
                        let list = try open.map { other in "\(other.publicID) at \(try JobRecord.fetchOne(db, key: other.jobID)?.company ?? "?")" }.joined(separator: ", ")
                        throw InterviewPrepError.invalidArgument(
                            field: "others",
                            reason: "\(open.count == 1 ? "another offer is" : "\(open.count) other offers are") still open (\(list)); say what to do with them: decline, or keep to answer them later")
                    }
                    if others == .decline {
                        for var other in open {
                            try Self.move(db, offer: &other, .decline, now: now, actor: actor)
                            other.updatedAt = now
                            try other.update(db)
                            declined.append(other.publicID)
                            try Self.closeIfNoOfferLeft(db, jobRowID: other.jobID, now: now, actor: actor)
                        }
                        said.append("declined " + declined.joined(separator: ", "))
                    } else {
                        said.append("kept open: " + open.map(\.publicID).joined(separator: ", "))
                    }
                }
                if job.status != .hired {
                    try Self.changeStatus(db, job: &job, to: .hired, now: now, actor: actor, because: "offer \(offer.publicID) accepted")
                    said.append("\(job.publicID) is hired")
                }
            case .decline?:
                try Self.closeIfNoOfferLeft(db, jobRowID: job.id!, now: now, actor: actor)
                job = try JobRecord.fetchOne(db, key: job.id!) ?? job
                if job.status == .withdrawn { said.append("\(job.publicID) is withdrawn: no offer of it is open") }
            default:
                break
            }
            let summary = said.joined(separator: "; ").prefix(1).uppercased() + said.joined(separator: "; ").dropFirst() + "."
            return OfferUpdate(offer: Offer(offer, company: job.company, role: job.role, now: now), jobStatus: job.status, declinedOffers: declined, summary: summary)
        }
    }

    /// Applies `move` to `offer` (not yet saved) and records the change.
    static func move(_ db: Database, offer: inout OfferRecord, _ move: OfferMove, now: Date, actor: EventActor) throws {
        let from = offer.status
        offer.status = try from.applying(move, offerID: offer.publicID)
        try EventRecord.append(db, at: now, actor: actor, subjectType: "job", subjectID: PublicID.format(PublicID.job, offer.jobID), type: EventType.offerStatusChanged,
                               payload: ["offer_id": .string(offer.publicID), "from": .string(from.rawValue), "to": .string(offer.status.rawValue)])
    }

    /// A job whose offers were all declined (or expired) and that was waiting on them: the candidate
    /// withdrew.
    static func closeIfNoOfferLeft(_ db: Database, jobRowID: Int64, now: Date, actor: EventActor) throws {
        guard var job = try JobRecord.fetchOne(db, key: jobRowID), job.status == .offered else { return }
        let open = try OfferRecord.filter(sql: "job_id = ? AND decision IN (?, ?)", arguments: [jobRowID, OfferStatus.received.rawValue, OfferStatus.negotiating.rawValue]).fetchCount(db)
        let accepted = try OfferRecord.filter(sql: "job_id = ? AND decision = ?", arguments: [jobRowID, OfferStatus.accepted.rawValue]).fetchCount(db)
        guard open == 0, accepted == 0 else { return }
        let declinedAll = try OfferRecord.filter(sql: "job_id = ? AND decision = ?", arguments: [jobRowID, OfferStatus.declined.rawValue]).fetchCount(db) > 0
        guard declinedAll else { return }
        try changeStatus(db, job: &job, to: .withdrawn, now: now, actor: actor, because: "every offer declined")
    }

    /// Open offers whose deadline passed become expired; the event records the deadline, not the write time.
    static func expireOverdueOffers(_ db: Database, now: Date) throws {
        let overdue = try OfferRecord.filter(sql: "deadline IS NOT NULL AND deadline < ? AND decision IN (?, ?)",
                                             arguments: [StoredDate(now), OfferStatus.received.rawValue, OfferStatus.negotiating.rawValue]).fetchAll(db)
        for var offer in overdue {
            try move(db, offer: &offer, .expire, now: offer.deadline!, actor: .system)
            offer.updatedAt = now
            try offer.update(db)
        }
    }

    /// The terms of a stored offer, as a revision's event records them.
    static func termFields(_ offer: OfferRecord) -> [String: JSONValue] {
        ["base_salary": .int(offer.baseSalary), "currency": .string(offer.currency), "bonus": offer.bonus.map { .int($0) } ?? .null,
         "bonus_percent": offer.bonusPercent.map { .double($0) } ?? .null, "equity_value": offer.equityValue.map { .int($0) } ?? .null,
         "vesting_years": offer.vestingYears.map { .int($0) } ?? .null, "equity": .optional(offer.equity), "sign_on": offer.signOn.map { .int($0) } ?? .null,
         "benefits": .optional(offer.benefits), "notes": .optional(offer.notes), "deadline": .optional(offer.deadline.map(TimeFormat.utc))]
    }

    /// Every offer as of now: open first, then by deadline, then by first-year total (highest first).
    public func offers() async throws(InterviewPrepError) -> [Offer] {
        let now = self.now()
        return try await read { db in try Self.offers(db, where: "1", [], now: now) }
    }

    static func offers(_ db: Database, where condition: String, _ arguments: StatementArguments, now: Date) throws -> [Offer] {
        let rows = try Row.fetchAll(db, sql: "SELECT offers.*, jobs.company AS job_company, jobs.role AS job_role FROM offers JOIN jobs ON jobs.id = offers.job_id WHERE \(condition)", arguments: arguments)
        return try rows.map { row in Offer(try OfferRecord(row: row), company: row["job_company"], role: row["job_role"], now: now) }
            .sorted(by: Self.comparisonOrder)
    }

    static func comparisonOrder(_ a: Offer, _ b: Offer) -> Bool {
        if a.status.isOpen != b.status.isOpen { return a.status.isOpen }
        if (a.deadline == nil) != (b.deadline == nil) { return a.deadline != nil }
        if let x = a.deadline, let y = b.deadline, x != y { return x < y }
        if a.firstYearTotal != b.firstYearTotal { return a.firstYearTotal > b.firstYearTotal }
        return a.id < b.id
    }

    /// Offers side by side, grouped by currency. With `convertTo` and a rate per other currency
    /// ("EUR": 1.08 means 1 EUR = 1.08 of `convertTo`), those are converted into one group; any
    /// currency without a rate stays apart, and the notes say so. Closed offers only with `includeClosed`.
    public func compareOffers(convertTo: String? = nil, rates: [String: Double] = [:], includeClosed: Bool = false) async throws(InterviewPrepError) -> OfferComparison {
        let target = try convertTo.map { (code) throws(InterviewPrepError) in try CurrencyCode.parse(code, field: "convert_to") }
        var checkedRates: [String: Double] = [:]
        for (code, rate) in rates {
            let currency = try CurrencyCode.parse(code, field: "rates")
            guard rate > 0, rate < 1_000_000 else { throw .invalidArgument(field: "rates", reason: "the rate for \(currency) must be a positive number, got \(rate)") }
            checkedRates[currency] = rate
        }
        if !checkedRates.isEmpty, target == nil { throw .invalidArgument(field: "convert_to", reason: "is required with rates: the currency the rates convert into") }
        let all = try await offers()
        let shown = includeClosed ? all : all.filter { $0.status.isOpen }
        var notes: [String] = []
        let converted: [Offer] = shown.map { offer in
            guard let target, offer.currency != target, let rate = checkedRates[offer.currency] else { return offer }
            return offer.converted(to: target, rate: rate)
        }
        if let target {
            let missing = Set(converted.map(\.currency)).subtracting([target]).sorted()
            for code in missing { notes.append("\(code) offers are shown apart: no rate from \(code) to \(target) was given") }
        } else if Set(shown.map(\.currency)).count > 1 {
            notes.append("Offers in different currencies are shown apart; give convert_to and a rate per currency to compare them in one")
        }
        if !includeClosed, all.count > shown.count { notes.append("\(all.count - shown.count) accepted, declined or expired offer(s) left out") }
        let groups = Dictionary(grouping: converted, by: \.currency).map { currency, offers in
            let sorted = offers.sorted(by: Self.comparisonOrder)
            let best = sorted.filter(\.status.isOpen).max { $0.firstYearTotal < $1.firstYearTotal }
            return OfferComparison.Group(currency: currency, offers: sorted,
                                         bestFirstYear: best.map { "\($0.id) (\($0.company)): \(MoneyText.format($0.firstYearTotal, currency: currency))" })
        }.sorted { ($0.offers.count, $1.currency) > ($1.offers.count, $0.currency) }
        return OfferComparison(groups: groups, count: shown.count, notes: notes, definitions: OfferComparison.definitionsText)
    }
}
