import Testing
import InterviewPrep

@Suite struct MoneyTextTests {
    @Test("amounts are grouped by thousands, with the currency's symbol or code", arguments: [
        (235_000, "USD", "$235,000"), (90_000, "gbp", "£90,000"), (1_000_000, "EUR", "€1,000,000"), (999, "USD", "$999"),
        (150_000, "CHF", "CHF 150,000"), (0, "USD", "$0"), (-1_500, "USD", "-$1,500"), (12_000_000, "INR", "₹12,000,000"),
    ])
    func formats(amount: Int, currency: String, expected: String) {
        #expect(MoneyText.format(amount, currency: currency) == expected)
    }
}
