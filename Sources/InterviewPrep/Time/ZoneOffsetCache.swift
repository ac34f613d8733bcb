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
    }

    /// More periods than this for one zone (decades of dates) start the zone's list afresh.
    private static let periodsPerZone = 256
    private static let periods = Mutex<[String: [Period]]>([:])

    /// The offset and abbreviation `zone` shows at `date`.
    static func period(of zone: TimeZone, named name: String, at date: Date) -> Period {
        if let known = periods.withLock({ $0[name]?.first { $0.start <= date && date < $0.end } }) { return known }
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
