import Foundation
import Synchronization

/// The UTC offset and abbreviation of a zone at an instant, remembered per stretch of time
/// between two transitions, so that listing interviews asks ICU once per stretch, not twice
/// per interview.
enum ZoneOffsetCache {
    /// What a zone shows from `start` (the earliest instant asked about) until `end` (its next
    /// transition, exclusive).
    struct Period {
        var start: Date
        var end: Date
        var offsetSeconds: Int
        var abbreviation: String

        func contains(_ date: Date) -> Bool { start <= date && date < end }
    }

    /// More periods than this for one zone (decades of dates) start the zone's list afresh.
    private static let periodsPerZone = 256
    private static let periods = Mutex<[String: [Period]]>([:])

    /// What the zone named `name` shows at `date` and at `later` (an interview's start and
    /// end): both looked up at once, and the zone itself found only when one is not yet known.
    static func periods(named name: String, at date: Date, _ later: Date) -> (Period, Period) {
        let known = periods.withLock { periods -> (Period, Period)? in
            guard let list = periods[name], let first = list.first(where: { $0.contains(date) }),
                  let second = list.first(where: { $0.contains(later) }) else { return nil }
            return (first, second)
        }
        if let known { return known }
        let zone = TimeZoneCache.zone(named: name)
        return (period(of: zone, named: name, at: date), period(of: zone, named: name, at: later))
    }

    /// The offset and abbreviation `zone` shows at `date`.
    static func period(of zone: TimeZone, named name: String, at date: Date) -> Period {
        if let known = periods.withLock({ $0[name]?.first { $0.contains(date) } }) { return known }
        let offset = zone.secondsFromGMT(for: date)
        let end = zone.nextDaylightSavingTimeTransition(after: date) ?? .distantFuture
        let found = Period(start: date, end: end, offsetSeconds: offset,
                           abbreviation: TimeFormat.abbreviation(of: zone, at: date, offsetSeconds: offset))
        return periods.withLock { periods in
            var list = periods[name] ?? []
            if list.count >= periodsPerZone { list.removeAll() }
            // The same transition ends it: an earlier instant of a stretch already known.
            if let index = list.firstIndex(where: { $0.end == end }) {
                list[index].start = min(list[index].start, date)
                periods[name] = list
                return list[index]
            }
            list.append(found)
            periods[name] = list
            return found
        }
    }
}
