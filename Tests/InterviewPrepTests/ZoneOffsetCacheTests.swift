import Foundation
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct ZoneOffsetCacheTests {
    /// Zones with DST, half-hour DST, abolished DST, a changed standard offset and a skipped day.
    @Test("cached offsets and abbreviations match ICU at every instant asked, in any order", arguments: [
        "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "America/Sao_Paulo",
        "Europe/Volgograd", "Pacific/Apia", "UTC",
    ])
    func cachedPeriodsMatchTheZone(name: String) throws {
        let zone = try #require(TimeZone(identifier: name))
        // 2009–2031 every 37 hours, visited in a scrambled but fixed order so stretches are
        // first met in the middle and then extended backwards.
        let start = TestClock.date("2009-01-01T00:00:00Z").timeIntervalSince1970
        let count = 5_500
        let order = (0..<count).map { ($0 * 2_654_435_761) % count }
        for index in order {
            let date = Date(timeIntervalSince1970: start + Double(index) * 37 * 3600)
            let period = ZoneOffsetCache.period(of: zone, named: zone.identifier, at: date)
            #expect(period.offsetSeconds == zone.secondsFromGMT(for: date), "\(name) at \(TimeFormat.utc(date))")
            #expect(period.abbreviation == TimeFormat.abbreviation(of: zone, at: date), "\(name) at \(TimeFormat.utc(date))")
        }
    }

    @Test func theInstantOfATransitionBelongsToTheNewOffset() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let before = TestClock.date("2026-03-08T06:59:59Z")
        let at = TestClock.date("2026-03-08T07:00:00Z")
        #expect(ZonedTime(before, in: zone).local == "2026-03-08T01:59:59-05:00")
        #expect(ZonedTime(at, in: zone).local == "2026-03-08T03:00:00-04:00")
        #expect(ZonedTime(before, in: zone).abbreviation == "EST" && ZonedTime(at, in: zone).abbreviation == "EDT")
    }

    @Test func anInterviewsStartAndEndAreFoundTogetherEvenAcrossATransition() {
        // 01:30 CST to 03:30 CDT: the clocks spring forward at 08:00 UTC in between.
        let start = TestClock.date("2026-03-08T07:30:00Z"), end = TestClock.date("2026-03-08T08:30:00Z")
        // The first time may find the zone, the second finds both in the cache: the same answer.
        for _ in 0..<2 {
            let (first, second) = ZoneOffsetCache.periods(named: "America/Chicago", at: start, end)
            #expect(first.offsetSeconds == -6 * 3600 && first.abbreviation == "CST")
            #expect(second.offsetSeconds == -5 * 3600 && second.abbreviation == "CDT")
        }
    }
}
