import Foundation
import InterviewPrep

/// An offer comparison as people read it: one table per currency, amounts as money.
enum OfferText {
    static func render(_ comparison: OfferComparison, clock: HomeClock, now: Date) -> String {
        var sections: [String] = []
        for group in comparison.groups {
            func money(_ amount: Int?) -> String { amount.map { $0 == 0 ? "–" : MoneyText.format($0, currency: group.currency) } ?? "–" }
            var lines = ["In \(group.currency)"]
            lines.append(Terminal.table(
                ["OFFER", "COMPANY", "BASE", "BONUS", "EQUITY/YR", "SIGN-ON", "FIRST YEAR", "A YEAR AFTER", "ANSWER", "STATUS"],
                group.offers.map { offer in
                    let flag = switch offer.deadlineFlag {
                    case .overdue?: " (overdue)"
                    case .within48h?: " (within 48 h)"
                    case nil: ""
                    }
                    return [offer.id, offer.company, money(offer.baseSalary),
                            money(offer.bonus) + (offer.bonusPercent.map { " (\(Offer.percentText($0)))" } ?? ""),
                            money(offer.equityPerYear), money(offer.signOn), money(offer.firstYearTotal), money(offer.annualTotal),
                            (offer.deadline.map { clock.due($0, now: now) } ?? "–") + flag,
                            offer.status.rawValue + (offer.convertedFrom.map { ", from \($0)" } ?? "")]
                }))
            if let best = group.bestFirstYear { lines.append("Highest first year: \(best)") }
            let benefits = group.offers.compactMap { offer in offer.benefits.map { "  \(offer.id) (\(offer.company)): \($0)" } }
            if !benefits.isEmpty { lines.append("Benefits:\n" + benefits.joined(separator: "\n")) }
            sections.append(lines.joined(separator: "\n"))
        }
        sections += comparison.notes.map { "Note: \($0)." }
        return sections.joined(separator: "\n\n")
    }
}
