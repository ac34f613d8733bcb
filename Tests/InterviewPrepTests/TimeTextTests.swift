import Foundation
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct TimeTextTests {
    @Test("ISO 8601 text with a zone suffix is the wall time followed by Z or ±HH:MM", arguments: [
        (0, "+00:00"), (19_800, "+05:30"), (-14_400, "-04:00"), (-12_600, "-03:30"), (20_700, "+05:45"),
        (50_400, "+14:00"), (-39_600, "-11:00"), (-1_800, "-00:30"),
    ])
    func textWithOffset(seconds: Int, suffix: String) {
        let time = LocalDateTime(year: 2026, month: 3, day: 9, hour: 7, minute: 5, second: 9)
        #expect(time.text(suffix: .offset(seconds: seconds)) == "2026-03-09T07:05:09" + suffix)
        #expect(TimeFormat.offset(seconds) == suffix)
    }

    @Test func textInUTCEndsWithZAndPlainTextHasNoSuffix() {
        let time = LocalDateTime(year: 999, month: 12, day: 31, hour: 23, minute: 59, second: 0)
        #expect(time.text(suffix: .utc) == "0999-12-31T23:59:00Z")
        #expect(time.text(suffix: .none) == "0999-12-31T23:59:00")
        #expect(time.description == "0999-12-31T23:59:00")
    }

    @Test func yearsBeyondFourDigitsKeepTheirSuffix() {
        let time = LocalDateTime(year: 12_345, month: 1, day: 2, hour: 3, minute: 4, second: 5)
        #expect(time.text(suffix: .offset(seconds: -18_000)) == "12345-01-02T03:04:05-05:00")
        #expect(time.text(suffix: .utc) == "12345-01-02T03:04:05Z")
    }

    @Test("appended bytes are the same text as the string, for every suffix and year width", arguments: [
        LocalDateTime(year: 2026, month: 3, day: 9, hour: 7, minute: 5, second: 9),
        LocalDateTime(year: 999, month: 12, day: 31, hour: 23, minute: 59, second: 0),
        LocalDateTime(year: 12_345, month: 1, day: 2, hour: 3, minute: 4, second: 5),
    ])
    func appendedTextMatchesTheString(time: LocalDateTime) {
        for suffix: LocalDateTime.ZoneSuffix in [.none, .utc, .offset(seconds: 19_800), .offset(seconds: -1_800)] {
            var bytes = Array("x".utf8)
            time.append(suffix: suffix, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + time.text(suffix: suffix))
        }
    }

    @Test func zonedTimeShowsUTCAndLocalTextOfTheSameInstant() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Kolkata"))
        let time = ZonedTime(TestClock.date("2026-03-09T13:00:00Z"), in: zone)
        #expect(time.utc == "2026-03-09T13:00:00Z")
        #expect(time.local == "2026-03-09T18:30:00+05:30")
        #expect(TimeFormat.local(TestClock.date("2026-03-09T13:00:00Z"), in: zone) == time.local)
    }

    @Test("allowed next statuses follow the transition table", arguments: InterviewStatus.allCases)
    func allowedNextStatusesFollowTheTable(status: InterviewStatus) {
        #expect(status.allowedNextStatuses == status.allowedActions.map(\.resultingStatus))
    }
}

@Suite struct HumanTimeTests {
    static let newYork = TimeZone(identifier: "America/New_York")!

    @Test("a start reads in the candidate's zone first, the interview's beside when it differs", arguments: [
        ("2026-12-04T13:30:00Z", "Asia/Kolkata", "Fri 4 Dec 08:30 EST · 19:00 IST in Kolkata"),
        ("2026-12-04T03:30:00Z", "Asia/Kolkata", "Thu 3 Dec 22:30 EST · Fri 09:00 IST in Kolkata"),
        ("2026-12-04T15:00:00Z", "America/New_York", "Fri 4 Dec 10:00 EST"),
        ("2026-12-04T15:00:00Z", "America/Toronto", "Fri 4 Dec 10:00 EST"),
    ])
    func brief(utc: String, zone: String, expected: String) {
        let time = ZonedTime(TimeFormat.utcDate(utc)!, in: TimeZone(identifier: zone)!)
        #expect(HumanTime.brief(time, home: HomeZone(Self.newYork)) == expected)
    }

    @Test("a due time reads as a time, or as the end of a day for a date", arguments: [
        ("2026-12-10T22:00:00Z", "Thu 10 Dec 17:00 EST"), ("2026-12-10T05:00:00Z", "end of Wed 9 Dec"),
    ])
    func due(utc: String, expected: String) {
        #expect(HumanTime.due(TimeFormat.utcDate(utc)!, in: Self.newYork) == expected)
    }
}
