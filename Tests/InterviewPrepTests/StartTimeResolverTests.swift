import Foundation
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct StartTimeResolverTests {
    let resolver = StartTimeResolver(defaultTimeZone: TimeZone(identifier: "Europe/Berlin")!)

    @Test("instants with an offset are taken as given", arguments: [
        ("2026-03-09T09:00:00-05:00", "2026-03-09T14:00:00Z"),
        ("2026-03-09T14:00:00Z", "2026-03-09T14:00:00Z"),
        ("2026-03-09T14:00:00z", "2026-03-09T14:00:00Z"),
        ("2026-03-09T19:30:00+05:30", "2026-03-09T14:00:00Z"),
        ("2026-03-09T19:30+0530", "2026-03-09T14:00:00Z"),
        ("2026-03-09 14:00:00.250Z", "2026-03-09T14:00:00Z"),
    ])
    func offsets(input: String, utc: String) throws {
        let (instant, _) = try resolver.resolve(input, timeZone: "America/New_York")
        #expect(TimeFormat.utc(instant) == utc)
    }

    @Test("local times are read in the given zone, else the default", arguments: [
        ("2026-07-01T09:00", "America/New_York", "2026-07-01T13:00:00Z"),
        ("2026-01-15T09:00", "America/New_York", "2026-01-15T14:00:00Z"),
        ("2026-07-01T09:00:00", nil, "2026-07-01T07:00:00Z"),
        ("2026-01-15T09:00", "Asia/Kolkata", "2026-01-15T03:30:00Z"),
        ("2026-01-15T09:00", "UTC", "2026-01-15T09:00:00Z"),
    ] as [(String, String?, String)])
    func localTimes(input: String, zone: String?, utc: String) throws {
        let (instant, resolvedZone) = try resolver.resolve(input, timeZone: zone)
        #expect(TimeFormat.utc(instant) == utc)
        #expect(resolvedZone.identifier == TimeZone(identifier: zone ?? "Europe/Berlin")!.identifier)
    }

    @Test func aLocalTimeInTheSpringGapIsRefusedWithBothNeighbours() {
        #expect(throws: InterviewPrepError.nonexistentLocalTime(
            local: "2026-03-08T02:30:00", timeZone: "America/New_York",
            suggestions: ["2026-03-08T03:30:00-04:00", "2026-03-08T01:30:00-05:00"])) {
            try resolver.resolve("2026-03-08T02:30", timeZone: "America/New_York")
        }
    }

    @Test func aLocalTimeInTheAutumnOverlapIsRefusedWithBothOffsets() throws {
        let error = #expect(throws: InterviewPrepError.self) {
            try resolver.resolve("2026-10-25T02:30", timeZone: "Europe/Berlin")
        }
        guard case .ambiguousLocalTime(let local, let zone, let candidates) = error else {
            Issue.record("expected ambiguousLocalTime, got \(String(describing: error))")
            return
        }
        #expect(local == "2026-10-25T02:30:00")
        #expect(zone == "Europe/Berlin")
        #expect(candidates.map { String($0.prefix(25)) } == ["2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00"])
        #expect(error?.description.contains("happens twice") == true)
    }

    @Test func theSameWallTimeAroundADSTChangeHasTheRightOffsets() throws {
        let before = try resolver.resolve("2026-03-07T09:00", timeZone: "America/New_York").instant
        let after = try resolver.resolve("2026-03-09T09:00", timeZone: "America/New_York").instant
        #expect(TimeFormat.utc(before) == "2026-03-07T14:00:00Z")
        #expect(TimeFormat.utc(after) == "2026-03-09T13:00:00Z")
        // 48 wall-clock hours apart are only 47 real hours.
        #expect(after.timeIntervalSince(before) == 47 * 3600)
    }

    @Test("malformed input names the field and the accepted forms", arguments: [
        "next tuesday", "2026-13-01T09:00", "2026-02-30T09:00", "2026-03-09T25:00", "2026-03-09", "",
        "2026-03-09T09:00+25:00",
    ])
    func malformed(input: String) {
        let error = #expect(throws: InterviewPrepError.self) { try resolver.resolve(input, timeZone: nil) }
        #expect(error?.field == "start")
        #expect(error?.code == "invalid_argument")
    }

    @Test("unknown zones are refused with examples", arguments: ["Mars/Olympus", "EST5EDT-ish", "Eastern"])
    func unknownZone(name: String) {
        let error = #expect(throws: InterviewPrepError.self) { try resolver.resolve("2026-03-09T09:00", timeZone: name) }
        #expect(error?.field == "timezone")
        #expect(error?.description.contains("IANA") == true)
    }

    @Test func zonedTimeShowsUTCLocalOffsetAndAbbreviation() {
        let zone = TimeZone(identifier: "America/New_York")!
        let shown = ZonedTime(TestClock.date("2026-07-01T13:00:00Z"), in: zone)
        #expect([shown.utc, shown.local, shown.timeZone, shown.abbreviation] == ["2026-07-01T13:00:00Z", "2026-07-01T09:00:00-04:00", "America/New_York", "EDT"])
        #expect(shown.offsetSeconds == -4 * 3600)
        var bytes: [UInt8] = []
        shown.appendUTC(to: &bytes)
        bytes.append(UInt8(ascii: " "))
        shown.appendLocal(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "2026-07-01T13:00:00Z 2026-07-01T09:00:00-04:00")
    }

    @Test("wall times round-trip through the civil-date arithmetic", arguments: [
        "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "2024-12-31T12:00:00Z", "1969-07-20T20:17:00Z", "2099-03-01T00:00:00Z",
    ])
    func civilRoundTrip(iso: String) throws {
        let date = TestClock.date(iso)
        #expect(TimeFormat.utc(date) == iso)
    }
}
