/// The numeric limits of the services' inputs: each is checked once, by the service, with the
/// message every surface shows; tool schemas and CLI help quote these same values.
public enum Bounds {
    /// An interview's length in minutes: 5 minutes to 12 hours.
    public static let durationMinutes = 5...720
    /// Hours before an interview a reminder may go out: up to 30 days.
    public static let reminderHours = 1...720
    /// Reminders an interview may have.
    public static let reminderCount = 10
    /// A page of interviews or jobs.
    public static let pageSize = 1...500
    /// How far ahead "upcoming" looks, in days.
    public static let upcomingDays = 1...365
    /// A yearly base salary, in whole units of its currency.
    public static let baseSalary = 1...100_000_000
    /// A yearly bonus, in whole units of its currency.
    public static let bonus = 0...100_000_000
    /// How much the candidate wants a job: 1 (low) to 5.
    public static let priority = 1...5
    /// A signing bonus or an equity grant, in whole units of its currency.
    public static let grant = 0...1_000_000_000
    /// A bonus as a percentage of base.
    public static let bonusPercent = 0.0...200.0
    /// Years an equity grant vests over.
    public static let vestingYears = 1...10
    /// How a debriefed interview went, overall.
    public static let debriefRating = 1...10

    /// "must be between 5 and 720, got 9999" for `field`, when `value` is out of `range`.
    package static func check(_ value: Int, in range: ClosedRange<Int>, field: String, unit: String = "") throws(InterviewPrepError) {
        guard range.contains(value) else {
            throw .invalidArgument(field: field, reason: "must be between \(range.lowerBound) and \(range.upperBound)\(unit), got \(value)")
        }
    }
}
