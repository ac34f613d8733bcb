import Foundation
import InterviewPrep

/// The mock-interview state machine (docs/mock-interviews.md), pure: it takes the schema, the
/// working state and a time, and produces the events to write. No clock, no database, no
/// randomness, so the same inputs always give the same events.
public struct MockMachine: Sendable {
    /// The one-time answer to an early "I'm done" (docs/mock-interviews.md §6).
    public static let outlinePrompt = "Please provide a brief outline so we can proceed."

    public let schema: MockSchema
    /// The session's public id, for error messages.
    public let sessionID: String
    public internal(set) var state: MockSessionState
    /// The events produced since this machine was made, in order.
    public internal(set) var events: [MockEvent] = []

    public init(schema: MockSchema, sessionID: String, state: MockSessionState) {
        self.schema = schema
        self.sessionID = sessionID
        self.state = state
    }

    var section: MockSchema.Section { schema.sections[state.sectionIndex] }

    // MARK: Events

    mutating func emit(_ type: MockEventType, at date: Date, actor: MockActor, _ payload: [String: JSONValue] = [:]) {
        state.eventCursor += 1
        var payload = payload
        payload["seq"] = .int(state.eventCursor)
        events.append(MockEvent(type: type, at: date, actor: actor, payload: payload))
    }

    func refuse(_ message: String, _ remedy: Remedy? = nil) -> MockError {
        .sessionState(sessionID: sessionID, status: state.status, message: message, remedy: remedy)
    }

    // MARK: Lifecycle

    /// INTERVIEW_CREATED: the session exists, NOT_STARTED.
    public mutating func create(at now: Date, details: [String: JSONValue]) {
        var payload = details
        payload["schema_id"] = .string(schema.id)
        payload["schema_version"] = .int(schema.version)
        payload["sections"] = .array(schema.sections.map { .object(["id": .string($0.id), "duration_seconds": .int($0.durationSeconds)]) })
        emit(.interviewCreated, at: now, actor: .system, payload)
    }

    /// INTERVIEW_STARTED and the first section.
    public mutating func start(at now: Date, input: [String: JSONValue] = [:]) throws(MockError) -> MockOutcome {
        guard state.status == .notStarted else { throw refuse("it has already started") }
        state.status = .inProgress
        state.startedAt = now
        emit(.interviewStarted, at: now, actor: .system, input.merging(["total_seconds": .int(schema.totalSeconds)]) { $1 })
        startSection(0, at: now)
        return MockOutcome(action: .start, result: .started, sectionID: section.id, note: "The interview started with \(section.name).")
    }

    mutating func startSection(_ index: Int, at date: Date) {
        let next = schema.sections[index]
        state.resetSection(index: index, startedAt: date, durationSeconds: next.durationSeconds)
        emit(.sectionStarted, at: date, actor: .system, [
            "section_id": .string(next.id), "index": .int(index), "name": .string(next.name), "goal": .string(next.goal),
            "deadline": .string(TimeFormat.utc(state.sectionDeadline!)), "followup_cap": .int(next.followupCap),
        ])
        presentPrimaryPrompt(at: date)
    }

    mutating func presentPrimaryPrompt(at date: Date, retry: Bool = false) {
        let index = retry ? state.promptsPresented - 1 : state.promptsPresented
        let text = section.primaryPrompts[index]
        if !retry { state.promptsPresented += 1 }
        state.substate = .questionActive
        state.presenting = MockPresentation(kind: .prompt, text: text, dimension: nil)
        var payload: [String: JSONValue] = ["section_id": .string(section.id), "kind": "primary", "prompt_index": .int(index), "text": .string(text)]
        if retry { payload["retry"] = true }
        emit(.promptPresented, at: date, actor: .interviewerAI, payload)
    }

    /// Ends the current section and moves on: the next section starts at the same instant, or
    /// the interview completes. `system_error` and `abandoned` terminate it instead.
    mutating func endSection(_ reason: MockExitReason, at date: Date, input: [String: JSONValue] = [:], context: [String: JSONValue] = [:]) {
        let ended = section
        state.substate = .wrapup
        emit(.sectionEnded, at: date, actor: .system, input.merging([
            "section_id": .string(ended.id), "index": .int(state.sectionIndex), "reason": .string(reason.rawValue),
            "coverage": .object(state.coverage.mapValues { .string($0.rawValue) }),
            "followups_asked": .int(state.followupsAsked.count), "candidate_words": .int(state.sectionWords),
            "time_used_seconds": .int(Int(date.timeIntervalSince(state.sectionStartedAt ?? date).rounded())),
        ]) { $1 })
        state.lastEnded = .init(index: state.sectionIndex, endedAt: date, reason: reason)
        if reason == .systemError || reason == .abandoned {
            finish(status: .terminated, reason: reason.rawValue, at: date, context: context)
        } else if state.sectionIndex + 1 < schema.sections.count {
            startSection(state.sectionIndex + 1, at: date)
        } else if reason == .timeExpired, schema.lateGraceSeconds > 0 {
            // The last word may still be on its way: completion waits out the late grace.
            state.sectionDeadline = nil
            state.presenting = nil
            state.completesAt = date.addingTimeInterval(TimeInterval(schema.lateGraceSeconds))
        } else {
            finish(status: .completed, reason: "completed", at: date, context: context)
        }
    }

    mutating func finish(status: MockStatus, reason: String, at date: Date, context: [String: JSONValue]) {
        state.completesAt = nil
        state.status = status
        state.endedAt = date
        state.endReason = reason
        state.substate = nil
        state.sectionDeadline = nil
        state.presenting = nil
        var payload = context
        payload["reason"] = .string(reason)
        payload["sections_run"] = .int(state.sectionIndex + 1)
        emit(status == .completed ? .interviewCompleted : .interviewTerminated, at: date, actor: .system, payload)
    }

    // MARK: Time

    /// Replays every deadline that passed by `now`, in order and each at its own instant:
    /// warnings, SECTION_ENDED(time_expired), the next SECTION_STARTED. The clock runs while paused.
    public mutating func advance(to now: Date) {
        while state.status == .inProgress || state.status == .paused, let deadline = state.sectionDeadline {
            for threshold in Self.warnings(schema.warningsSecondsBeforeEnd, sectionSeconds: section.durationSeconds) where !state.warningsGiven.contains(threshold) {
                let at = deadline.addingTimeInterval(-TimeInterval(threshold))
                guard at <= now else { break }
                state.warningsGiven.append(threshold)
                emit(.sectionTimeWarning, at: at, actor: .system, ["section_id": .string(section.id), "seconds_left": .int(threshold)])
            }
            guard deadline <= now else { return }
            endSection(.timeExpired, at: deadline)
        }
        if let completesAt = state.completesAt, completesAt <= now, !state.status.isFinal {
            finish(status: .completed, reason: "completed", at: completesAt, context: [:])
        }
    }

    /// When a section warns, in seconds before its end, latest last: the schema's thresholds,
    /// unless one is over a quarter of the section; then the section's own 25% and 5% (a
    /// two-minute drill warns at 30 s and 6 s, not at 120 s, its very start).
    static func warnings(_ thresholds: [Int], sectionSeconds: Int) -> [Int] {
        if thresholds.allSatisfy({ $0 * 4 <= sectionSeconds }) { return thresholds.sorted(by: >) }
        let marks = [0.25, 0.05].map { max(1, Int((Double(sectionSeconds) * $0).rounded())) }.filter { $0 < sectionSeconds }
        return Array(Set(marks)).sorted(by: >)
    }

    // MARK: Candidate input

    /// A chat message or a code submission. Within the late grace after a section timed out it
    /// counts (late) for that section; otherwise for the current one, which then moves on:
    /// coverage satisfied ends it, else the next primary prompt, else a follow-up, else wrap-up.
    public mutating func answer(_ text: String, isCode: Bool, language: String?, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        let action: MockAction = isCode ? .code : .answer
        if let ended = state.lastEnded, ended.reason == .timeExpired,
           now.timeIntervalSince(ended.endedAt) <= TimeInterval(schema.lateGraceSeconds), state.status != .notStarted, state.status != .terminated {
            let late = schema.sections[ended.index]
            if isCode, late.kind != .coding { throw codeRefused(late) }
            recordAnswer(text, isCode: isCode, language: language, section: late, late: true, at: now, input: input)
            return MockOutcome(action: action, result: .recordedLate, sectionID: late.id, late: true,
                               note: "Recorded as a late answer to \(late.name) (within the \(schema.lateGraceSeconds)-second grace).")
        }
        try requireInProgress()
        let current = section
        if isCode, current.kind != .coding { throw codeRefused(current) }
        recordAnswer(text, isCode: isCode, language: language, section: current, late: false, at: now, input: input)
        state.sectionText += "\n" + text
        state.interviewerFailures = 0
        state.coverage = MockCoverage.evaluate(current, text: state.sectionText)
        if MockCoverage.isSatisfied(current, flags: state.coverage) {
            endSection(.coverageSatisfied, at: now)
            return MockOutcome(action: action, result: .sectionEnded, sectionID: current.id, late: false,
                               note: "Every required point of \(current.name) is covered: the section ended.")
        }
        presentNext(at: now)
        return MockOutcome(action: action, result: .recorded, sectionID: current.id, late: false, note: "Recorded.")
    }

    func codeRefused(_ section: MockSchema.Section) -> MockError {
        .invalidArgument(field: "code", reason: "section \(section.id) is a conversation; code submissions are for coding sections. Send it as message instead")
    }

    mutating func recordAnswer(_ text: String, isCode: Bool, language: String?, section: MockSchema.Section, late: Bool, at now: Date, input: [String: JSONValue]) {
        var payload = input
        payload["section_id"] = .string(section.id)
        payload["late"] = .bool(late)
        payload["words"] = .int(MockCoverage.wordCount(text))
        if isCode {
            payload["code"] = .string(text)
            payload["language"] = .optional(language)
            emit(.candidateCodeSubmission, at: now, actor: .candidate, payload)
        } else {
            payload["text"] = .string(text)
            emit(.candidateMessage, at: now, actor: .candidate, payload)
        }
    }

    /// After an answer: the next primary prompt, a follow-up within the cap, or wrap-up.
    mutating func presentNext(at now: Date) {
        guard state.substate != .wrapup else {
            // An answer to the outline request in wrap-up: back to the wrap-up line.
            if state.presenting?.kind == .outlineRequest { state.presenting = wrapupPresentation }
            return
        }
        if state.promptsPresented < section.primaryPrompts.count {
            presentPrimaryPrompt(at: now)
            return
        }
        let capReached = state.followupsAsked.count >= section.followupCap
        if !capReached, let choice = MockFollowupSelector.next(in: section, coverage: state.coverage, asked: Set(state.followupsAsked)) {
            state.followupsAsked.append(MockFollowupSelector.key(choice.dimension, choice.poolIndex))
            presentFollowup(choice, at: now)
            return
        }
        state.substate = .wrapup
        state.presenting = wrapupPresentation
        emit(.sectionWrapup, at: now, actor: .system, [
            "section_id": .string(section.id), "reason": .string(capReached ? "followup_budget_exhausted" : "followup_pool_exhausted"),
            "followups_asked": .int(state.followupsAsked.count),
        ])
    }

    var wrapupPresentation: MockPresentation {
        MockPresentation(kind: .wrapup, text: "That is all the questions for \(section.name). Add anything you want, or say you are done to move on.")
    }

    mutating func presentFollowup(_ choice: MockFollowupSelector.Choice, at now: Date, retry: Bool = false) {
        state.substate = .followupActive
        state.presenting = MockPresentation(kind: .followup, text: choice.text, dimension: choice.dimension)
        var payload: [String: JSONValue] = [
            "section_id": .string(section.id), "dimension": .string(choice.dimension), "pool_index": .int(choice.poolIndex),
            "reason": .string(choice.reason.rawValue), "text": .string(choice.text),
            "budget_remaining": .int(section.followupCap - state.followupsAsked.count),
        ]
        if retry { payload["retry"] = true }
        emit(.followupPresented, at: now, actor: .interviewerAI, payload)
    }

    /// "I'm done": ends the section once the minimum content is there. Before that, the first
    /// attempt gets the outline prompt and every attempt is refused (and logged).
    public mutating func finishSection(at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        try requireInProgress()
        let current = section
        let words = state.sectionWords
        if words >= current.minimumContentWords {
            endSection(.candidateDone, at: now, input: input)
            return MockOutcome(action: .finishSection, result: .sectionEnded, sectionID: current.id, note: "\(current.name) ended at the candidate's request.")
        }
        let needed = current.minimumContentWords - words
        var payload = input
        payload.merge(["section_id": .string(current.id), "words": .int(words), "minimum_words": .int(current.minimumContentWords),
                       "outline_prompt": .bool(!state.outlinePromptGiven)]) { $1 }
        emit(.skipRefused, at: now, actor: .system, payload)
        if !state.outlinePromptGiven {
            state.outlinePromptGiven = true
            state.presenting = MockPresentation(kind: .outlineRequest, text: Self.outlinePrompt)
            emit(.promptPresented, at: now, actor: .interviewerAI, ["section_id": .string(current.id), "kind": "outline_request", "text": .string(Self.outlinePrompt)])
        }
        return MockOutcome(action: .finishSection, result: .skipRefused, sectionID: current.id, wordsNeeded: needed,
                           note: "Not yet: \(current.name) needs about \(needed) more words of answer before it can end early. \(Self.outlinePrompt)")
    }

    func requireInProgress() throws(MockError) {
        if let completesAt = state.completesAt, !state.status.isFinal {
            throw refuse("the last section's time is up: only a late answer is taken, until \(TimeFormat.utc(completesAt)), when it completes")
        }
        switch state.status {
        case .inProgress: return
        case .notStarted: throw refuse("it has not started yet", .resumeMock(sessionID: sessionID))
        case .paused: throw refuse("it is paused (the clock kept running)", .resumeMock(sessionID: sessionID))
        case .completed, .terminated: throw refuse("it is over", .mockReport(sessionID: sessionID))
        }
    }
}
