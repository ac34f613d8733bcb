import Foundation

/// Exchange rates as the candidate writes them: `EUR=1.08` means one euro is 1.08 of the
/// currency compared in. Nothing is looked up: amounts are converted only at rates the candidate gives.
public enum ExchangeRates {
    /// `["EUR=1.08", "GBP=1.27"]` → `["EUR": 1.08, "GBP": 1.27]`; throws naming the bad entry.
    public static func parse(_ entries: [String]) throws(InterviewPrepError) -> [String: Double] {
        var rates: [String: Double] = [:]
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let rate = Double(parts[1]), rate.isFinite else {
                throw .invalidArgument(field: "rates", reason: "'\(entry)' is not CODE=RATE, e.g. EUR=1.08 (one EUR in the compared currency)")
            }
            rates[try CurrencyCode.parse(parts[0], field: "rates")] = rate
        }
        return rates
    }
}
