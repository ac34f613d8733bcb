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

@Suite struct StarStrengthsTests {
    static let strong = """
        At my last company our checkout API was timing out for 8% of customers during sales, and revenue was at stake. \
        My responsibility was the reliability of the payment path, so the fix was mine to own. \
        I profiled the slowest endpoints and found an N+1 query in the cart service. I rewrote the query, added a read-through cache, \
        and I set up a load test that replayed last year's peak traffic. Then I worked with the on-call team to roll it out behind a flag, \
        and I watched the error budget for a week before removing the old path. I also wrote a runbook so others could handle a regression. \
        As a result, timeouts dropped from 8% to 0.5% and p99 latency went from 2.4 s to 300 ms, during the biggest sale of the year. \
        I learned to load test with real traffic shapes before every peak.
        """

    @Test func aStrongAnswerSaysWhatWorksAndOneThingToSharpen() throws {
        let report = try StarAnalyzer.analyze(Self.strong)
        #expect(report.strengths.contains("All four parts are there, in order: situation, task, action, result."))
        #expect(report.strengths.contains { $0.hasPrefix("Your own part is clear") })
        let quote = try #require(report.strengths.first { $0.hasPrefix("A measurable result") })
        #expect(quote.contains("8% of customers") || quote.contains("from 8% to 0.5%"), "\(quote)")
        #expect(!quote.contains("0.”") && !quote.contains("2.”"), "a quote never stops inside a number: \(quote)")
        #expect(report.suggestions.count == 1 && report.sharpen.hasPrefix("At about 58 seconds it is too short"), "one thing to sharpen: \(report.sharpen)")
    }

    @Test func aWeakAnswersSharpenIsItsFirstSuggestion() throws {
        let report = try StarAnalyzer.analyze("We had a bug and we fixed it together as a team, and it was fine in the end.")
        #expect(report.sharpen == report.suggestions.first)
        #expect(!report.strengths.contains { $0.hasPrefix("All four parts") })
    }

    @Test("a quote is cut between words, never inside a number", arguments: [
        ("Latency fell from 3% to 0.5% over the quarter. Then more.", "Latency fell from 3% to 0.5% over the quarter"),
        ("We moved 2.5 million records. Done.", "We moved 2.5 million records"),
    ])
    func quotes(text: String, expected: String) throws {
        let range = try #require(text.range(of: #"\d"#, options: .regularExpression))
        #expect(Quote.around(range, in: text) == expected)
    }

    @Test func aLongQuoteKeepsWholeWords() {
        #expect(Quote.prefix("reduced errors from 3% to 0.5% across twelve services", limit: 28) == "reduced errors from 3% to…")
    }
}
