import Foundation

/// When an interview's reminders are due: a pure rule, given `now`.
///
/// Whole days before are counted on the calendar of the interview's zone ("24h before Monday
/// 09:00" is Sunday 09:00 local, even when the clocks changed in between); the hours left over
/// are real elapsed hours. A reminder already past at planning time is planned as skipped.
public enum ReminderPlan {
    public struct Item: Sendable, Equatable {
        public var hoursBefore: Int
        public var dueAt: Date
        /// Past at planning time: recorded, never sent late by surprise.
        public var isPast: Bool
    }

    public static func make(start: Date, zone: TimeZone, hoursBefore: [Int], now: Date) -> [Item] {
        Set(hoursBefore).sorted(by: >).map { hours in
            let due = dueDate(start: start, zone: zone, hoursBefore: hours)
            return Item(hoursBefore: hours, dueAt: due, isPast: due <= now)
        }
    }

    /// `hoursBefore` before `start`: calendar days in `zone`, then real hours.
    public static func dueDate(start: Date, zone: TimeZone, hoursBefore: Int) -> Date {
        let days = hoursBefore / 24, hours = hoursBefore % 24
        var dayShifted = start
        if days > 0 {
            let wall = LocalDateTime(start, in: zone)
            let shiftedWall = LocalDateTime(Date(timeIntervalSince1970: TimeInterval(wall.secondsAsIfUTC - Int64(days) * 86_400)), in: .gmt)
            // A wall time that the earlier day skips or repeats falls back to elapsed time.
            dayShifted = (try? StartTimeResolver.instant(for: shiftedWall, in: zone))
                ?? start.addingTimeInterval(-TimeInterval(days) * 86_400)
        }
        return dayShifted.addingTimeInterval(-TimeInterval(hours) * 3600)
    }
}

/// Which reminder hours apply: the interview's own, else the user's per type, else the catalog's.
public struct ReminderPolicy: Sendable, Equatable {
    public var hoursByType: [InterviewType: [Int]]

    public init(catalog: InterviewTypeCatalog, overrides: [InterviewType: [Int]] = [:]) {
        hoursByType = Dictionary(uniqueKeysWithValues: InterviewType.allCases.map { ($0, overrides[$0] ?? catalog[$0].reminderHours) })
    }

    public func hours(for type: InterviewType, interviewOverride: [Int]?) -> [Int] {
        interviewOverride ?? hoursByType[type] ?? []
    }

    /// Checks a list of hours given for `field`: 0 to 30 days, at most 10 reminders.
    public static func validate(_ hours: [Int]?, field: String) throws(InterviewPrepError) -> [Int]? {
        guard let hours else { return nil }
        guard hours.count <= Bounds.reminderCount, hours.allSatisfy(Bounds.reminderHours.contains) else {
            throw .invalidArgument(
                field: field,
                reason: "must be at most \(Bounds.reminderCount) values, each from \(Bounds.reminderHours.lowerBound) to \(Bounds.reminderHours.upperBound) hours before the interview")
        }
        return Array(Set(hours)).sorted(by: >)
    }
}
