import Testing
@testable import Coaching

@Suite struct StarAnalyzerTests {
    static let complete = """
        Last year our checkout service slowed to four-second page loads during the holiday sale, and conversion was dropping every hour. \
        As the on-call engineer, my task was to find the bottleneck and fix it without taking checkout down. \
        I analysed the slow query log and found two missing indexes and an N+1 query in the cart service. \
        I added the indexes online during a quiet window, then I rewrote the cart lookups to batch their queries, and I set up a dashboard on p95 query time. \
        I also walked the team through the change so that the next on-call engineer would know what to watch, and I wrote a short runbook for similar incidents. \
        As a result, query time fell from 500 ms to 50 ms and page load improved by 40%, and conversion recovered the same day. \
        I learned to check query plans before every release, and the dashboard caught two regressions in the following quarter.
        """

    @Test func aCompleteAnswerHasEveryPartAndAMeasurableResult() throws {
        let report = try StarAnalyzer.analyze(Self.complete)
        #expect(report.parts.values.allSatisfy { $0.status == .present })
        #expect(report.hasMeasurableResult)
        #expect(report.iCount > report.weCount)
        #expect(!report.suggestions.contains { $0.contains("Quantify") })
    }

    @Test func anAnswerWithoutAResultIsToldToAddOne() throws {
        let text = Self.complete.components(separatedBy: "As a result")[0]
        let report = try StarAnalyzer.analyze(text)
        #expect(report.parts["result"]?.status == .missing)
        #expect(!report.hasMeasurableResult)
        #expect(report.suggestions.contains { $0.contains("End with the result") })
        #expect(report.suggestions.contains { $0.contains("Quantify") })
    }

    @Test func anAllWeAnswerIsToldToSayI() throws {
        let text = """
            We had a big outage at our company when our database ran out of connections during a launch. \
            We needed to restore service quickly. We decided to add a connection pooler, then we tuned the pool sizes and we added alerts. \
            As a result we cut errors by 90% within an hour and we shipped the launch on time.
            """
        let report = try StarAnalyzer.analyze(text)
        #expect(report.weCount > report.iCount)
        #expect(report.suggestions.contains { $0.contains("Say 'I'") })
    }

    @Test func aShortAnswerIsTooShortAndThin() throws {
        let report = try StarAnalyzer.analyze("I fixed a bug in our billing code and it worked.")
        #expect(report.length == .tooShort)
        #expect(report.suggestions.contains { $0.contains("too short") })
    }

    @Test func aLongAnswerIsTooLong() throws {
        let report = try StarAnalyzer.analyze(Array(repeating: Self.complete, count: 4).joined(separator: " "))
        #expect(report.length == .tooLong)
        #expect(report.speakingTimeSeconds > 200)
        #expect(report.suggestions.contains { $0.contains("runs long") })
    }

    @Test func emptyTextIsRefused() {
        #expect(throws: CoachingError.self) { try StarAnalyzer.analyze("   ") }
    }
}
