/// Amounts of money as people read them: `$235,000`, `£90,000`, `CHF 150,000`.
///
/// Whole units only (offers are yearly figures). The symbol is used where a currency's is
/// unambiguous in English text; every other currency keeps its ISO code before the amount.
public enum MoneyText {
    private static let symbols = ["USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"]

    /// `$235,000` for 235000 USD.
    public static func format(_ amount: Int, currency: String) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let sign = amount < 0 ? "-" : ""
        if let symbol = symbols[currency.uppercased()] { return sign + symbol + grouped }
        return sign + currency.uppercased() + " " + grouped
    }
}
