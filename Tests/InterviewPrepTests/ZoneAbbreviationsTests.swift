import Foundation
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct ZoneAbbreviationsTests {
    @Test("a POSIX TZ string gives its names and offsets", arguments: [
        ("EST5EDT,M3.2.0,M11.1.0", ZoneAbbreviations.Rule(standard: .init(text: "EST", offsetSeconds: -18_000), daylight: .init(text: "EDT", offsetSeconds: -14_400))),
        ("IST-5:30", ZoneAbbreviations.Rule(standard: .init(text: "IST", offsetSeconds: 19_800), daylight: nil)),
        ("GMT0BST,M3.5.0/1,M10.5.0", ZoneAbbreviations.Rule(standard: .init(text: "GMT", offsetSeconds: 0), daylight: .init(text: "BST", offsetSeconds: 3600))),
        ("<+04>-4", ZoneAbbreviations.Rule(standard: .init(text: "+04", offsetSeconds: 14_400), daylight: nil)),
        ("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", ZoneAbbreviations.Rule(standard: .init(text: "-03", offsetSeconds: -10_800), daylight: .init(text: "-02", offsetSeconds: -7200))),
        ("LHST-10:30LHDT-11,M10.1.0,M4.1.0", ZoneAbbreviations.Rule(standard: .init(text: "LHST", offsetSeconds: 37_800), daylight: .init(text: "LHDT", offsetSeconds: 39_600))),
    ])
    func parsesTZStrings(text: String, rule: ZoneAbbreviations.Rule) {
        #expect(ZoneAbbreviations.parse(text) == rule)
    }

    @Test("what is not a TZ string gives no rule", arguments: ["", "E5", "EST", "<+04", "123", "EST5ED"])
    func refusesMalformedTZStrings(text: String) {
        #expect(ZoneAbbreviations.parse(text) == nil)
    }

    @Test func readsTheFooterOfAVersionTwoFileOnly() {
        #expect(ZoneAbbreviations.footer(Data("TZif2....binary\nEST5EDT,M3.2.0,M11.1.0\n".utf8)) == "EST5EDT,M3.2.0,M11.1.0")
        #expect(ZoneAbbreviations.footer(Data("TZif\0....binary\nEST5EDT\n".utf8)) == nil)
        #expect(ZoneAbbreviations.footer(Data("TZif2....binary\nEST5EDT".utf8)) == nil)
        #expect(ZoneAbbreviations.footer(Data("TZif2\n\u{1}\n".utf8)) == nil)
    }

    @Test("zones show their own abbreviations, else the offset as GMT±h", arguments: [
        ("America/New_York", "2026-01-15T15:00:00Z", "EST"), ("America/New_York", "2026-07-15T15:00:00Z", "EDT"),
        ("Europe/London", "2026-01-15T15:00:00Z", "GMT"), ("Europe/London", "2026-07-15T15:00:00Z", "BST"),
        ("Asia/Kolkata", "2026-07-15T15:00:00Z", "IST"), ("Asia/Dubai", "2026-07-15T15:00:00Z", "GMT+4"),
        ("America/St_Johns", "2026-01-15T15:00:00Z", "NST"), ("UTC", "2026-01-15T15:00:00Z", "GMT"),
        ("America/Sao_Paulo", "2026-01-15T15:00:00Z", "GMT-3"),
        // Before today's rule (India used +06:30 in 1942): the offset, not today's name.
        ("Asia/Kolkata", "1942-12-01T00:00:00Z", "GMT+6:30"),
    ])
    func abbreviations(zone: String, instant: String, expected: String) throws {
        let zone = try #require(TimeZone(identifier: zone))
        #expect(TimeFormat.abbreviation(of: zone, at: TestClock.date(instant)) == expected)
    }

    @Test("offsets are named as ICU names them", arguments: [(0, "GMT"), (-14_400, "GMT-4"), (19_800, "GMT+5:30"), (-9_000, "GMT-2:30"), (45_900, "GMT+12:45")])
    func gmtOffsetNames(seconds: Int, expected: String) {
        #expect(TimeFormat.gmtOffsetName(seconds) == expected)
    }

    @Test func namesThatCouldLeaveTheZoneFolderAreNotRead() {
        #expect(ZoneAbbreviations.rule(of: "../../etc/passwd") == nil)
        #expect(ZoneAbbreviations.rule(of: "/etc/localtime") == nil)
        #expect(ZoneAbbreviations.rule(of: "America/New_York") != nil)
    }
}
