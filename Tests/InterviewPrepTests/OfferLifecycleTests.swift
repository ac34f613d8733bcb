import Foundation
import GRDB
import InterviewPrep
import Testing
import TestSupport

@Suite struct OfferStatusTests {
    static let legal: [OfferStatus: [OfferMove: OfferStatus]] = [
        .received: [.negotiate: .negotiating, .accept: .accepted, .decline: .declined, .expire: .expired],
        .negotiating: [.accept: .accepted, .decline: .declined, .expire: .expired],
        .accepted: [:], .declined: [:], .expired: [:],
    ]

    @Test("every move from every status is allowed or refused as the table says", arguments: OfferStatus.allCases)
    func transitions(from status: OfferStatus) throws {
        for move in OfferMove.allCases {
            if let expected = Self.legal[status]?[move] {
                #expect(try status.applying(move, offerID: "off_1") == expected)
            } else {
                #expect(throws: InterviewPrepError.self) { try status.applying(move, offerID: "off_1") }
            }
        }
    }

    @Test func anOpenOfferPastItsDeadlineReadsExpired() {
        let deadline = Date(timeIntervalSince1970: 1_000)
        #expect(OfferStatus.negotiating.asOf(Date(timeIntervalSince1970: 1_001), deadline: deadline) == .expired)
        #expect(OfferStatus.accepted.asOf(Date(timeIntervalSince1970: 1_001), deadline: deadline) == .accepted)
        #expect(OfferStatus.received.asOf(Date(timeIntervalSince1970: 999), deadline: deadline) == .received)
    }
}

@Suite struct OfferLifecycleTests {
    let clock = TestClock("2027-03-01T12:00:00Z")

    /// Two jobs interviewing, an offer each: Acme in USD, Globex in EUR.
    func twoOffers(_ engine: Services) async throws -> (acme: Offer, globex: Offer) {
        _ = try await engine.pipelines.addJob(company: "Acme", role: "Backend Engineer", status: .active, actor: .cli)
        _ = try await engine.pipelines.addJob(company: "Globex", role: "Backend Engineer", status: .active, actor: .cli)
        let acme = try await engine.pipelines.recordOffer(jobID: "job_1", terms: OfferTerms(
            baseSalary: 200_000, currency: "USD", bonusPercent: 10, equityValue: 200_000, vestingYears: 4, signOn: 20_000, deadline: "2027-03-10"), actor: .cli)
        let globex = try await engine.pipelines.recordOffer(jobID: "job_2", terms: OfferTerms(
            baseSalary: 150_000, currency: "EUR", bonus: 15_000, deadline: "2027-03-02T18:00"), actor: .cli)
        return (acme, globex)
    }

    @Test func anOfferIsNotAHire() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (acme, _) = try await twoOffers(engine)
        #expect(acme.status == .received)
        let job = try await engine.pipelines.pipeline(jobID: "job_1")
        #expect(job.status == .offered && job.nextAction == "answer the offer: accept, decline or negotiate")
    }

    @Test func thePartsAddUpPerYearAndInTheFirstYear() async throws {
        let (acme, globex) = try await twoOffers(Fixtures.engine(clock: clock))
        #expect(acme.bonus == 20_000 && acme.equityPerYear == 50_000)
        #expect(acme.annualTotal == 270_000 && acme.firstYearTotal == 290_000)
        #expect(acme.summary == "$200,000 base + $20,000 bonus (10%) + $50,000/yr equity ($200,000 over 4 years) + $20,000 sign-on = $290,000 in the first year, $270,000 a year after")
        #expect(globex.annualTotal == 165_000 && globex.firstYearTotal == 165_000)
    }

    @Test func acceptingWithAnotherOfferOpenAsksWhatToDoWithItAndWritesNothing() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (acme, globex) = try await twoOffers(engine)
        let before = try await engine.core.database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") }
        do {
            _ = try await engine.pipelines.updateOffer(offerID: acme.id, move: .accept, actor: .cli)
            Issue.record("accepted without saying what becomes of the other offer")
        } catch {
            #expect(error.field == "others" && "\(error)".contains("\(globex.id) at Globex"), "\(error)")
        }
        #expect(try await engine.core.database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") } == before)
        #expect(try await engine.pipelines.pipeline(jobID: "job_1").offers[0].status == .received)
    }

    @Test func negotiatingThenAcceptingHiresAndDeclinesTheOther() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (acme, globex) = try await twoOffers(engine)
        let countered = try await engine.pipelines.updateOffer(offerID: acme.id, move: .negotiate, terms: OfferTerms(baseSalary: 215_000), actor: .cli)
        #expect(countered.offer.status == .negotiating && countered.offer.baseSalary == 215_000 && countered.offer.bonus == 21_500)
        let accepted = try await engine.pipelines.updateOffer(offerID: acme.id, move: .accept, others: .decline, actor: .cli)
        #expect(accepted.offer.status == .accepted && accepted.jobStatus == .hired && accepted.declinedOffers == [globex.id])
        #expect(accepted.summary == "Offer off_1 (Acme) is accepted; declined off_2; job_1 is hired.")
        #expect(try await engine.pipelines.pipeline(jobID: "job_2").status == .withdrawn)
        #expect(try await engine.pipelines.pipeline(jobID: "job_2").offers[0].status == .declined)
        await #expect(throws: InterviewPrepError.illegalLifecycleTransition(kind: "offer", id: acme.id, from: "accepted", event: "decline", allowed: [])) {
            _ = try await engine.pipelines.updateOffer(offerID: acme.id, move: .decline, actor: .cli)
        }
    }

    @Test func keepingTheOthersLeavesThemOpen() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (acme, globex) = try await twoOffers(engine)
        let accepted = try await engine.pipelines.updateOffer(offerID: acme.id, move: .accept, others: .keep, actor: .cli)
        #expect(accepted.declinedOffers.isEmpty)
        #expect(try await engine.pipelines.offers().first { $0.id == globex.id }?.status == .received)
    }

    @Test func anOfferPastItsDeadlineExpiresAndCannotBeAccepted() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (_, globex) = try await twoOffers(engine)
        #expect(try await engine.pipelines.offers().first { $0.id == globex.id }?.deadlineFlag == .within48h)
        clock.advance(hours: 48)
        #expect(try await engine.pipelines.offers().first { $0.id == globex.id }?.status == .expired)
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.pipelines.updateOffer(offerID: globex.id, move: .accept, others: .keep, actor: .cli)
        }
        let expiry = try engine.core.database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT occurred_at, actor FROM events WHERE type = 'offer_status_changed' AND json_extract(payload, '$.to') = 'expired'")
        }
        #expect(expiry?["actor"] == "system" && (expiry?["occurred_at"] as String?)?.hasPrefix("2027-03-02 23:00") == true)
    }

    @Test func comparingKeepsCurrenciesApartUnlessARateIsGiven() async throws {
        let engine = Fixtures.engine(clock: clock)
        let (acme, globex) = try await twoOffers(engine)
        let apart = try await engine.pipelines.compareOffers()
        #expect(apart.groups.map(\.currency).sorted() == ["EUR", "USD"])
        #expect(apart.notes == ["Offers in different currencies are shown apart; give convert_to and a rate per currency to compare them in one"])
        let together = try await engine.pipelines.compareOffers(convertTo: "USD", rates: try ExchangeRates.parse(["EUR=1.10"]))
        #expect(together.groups.count == 1 && together.groups[0].offers.map(\.id) == [globex.id, acme.id], "soonest deadline first")
        let converted = try #require(together.groups[0].offers.first { $0.id == globex.id })
        #expect(converted.baseSalary == 165_000 && converted.firstYearTotal == 181_500 && converted.convertedFrom == "EUR at 1.1")
        #expect(together.groups[0].bestFirstYear == "\(acme.id) (Acme): $290,000")
        let partly = try await engine.pipelines.compareOffers(convertTo: "GBP", rates: try ExchangeRates.parse(["EUR=0.85"]))
        #expect(partly.notes == ["USD offers are shown apart: no rate from USD to GBP was given"])
        #expect(throws: InterviewPrepError.self) { try ExchangeRates.parse(["EUR:1.1"]) }
    }
}
