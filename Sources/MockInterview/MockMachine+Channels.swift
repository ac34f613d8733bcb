import Foundation
import InterviewPrep

/// The assistant channel, pauses and the ways a session ends early.
extension MockMachine {
    /// A hint from the section's pool (docs/mock-interviews.md §7): logged as ASSISTANT_QUERY and ASSISTANT_RESPONSE,
    /// never changing the section. Each kind's hints come in pool order; when they run out the
    /// response says so.
    public mutating func hint(kind: MockHintKind, question: String?, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        try requireLive()
        let current = section
        var query = input
        query.merge(["section_id": .string(current.id), "kind": .string(kind.rawValue), "question": .optional(question)]) { $1 }
        emit(.assistantQuery, at: now, actor: .candidate, query)
        let pool: [String] = switch kind {
        case .definition: current.hints.definitions
        case .clarification: current.hints.clarifications
        case .nudge: current.hints.nudges
        }
        let given = state.hintsGiven[kind.rawValue] ?? 0
        let text = given < pool.count ? pool[given] : nil
        if text != nil { state.hintsGiven[kind.rawValue] = given + 1 }
        emit(.assistantResponse, at: now, actor: .assistantAI, [
            "section_id": .string(current.id), "source": "schema_hint_pool", "kind": .string(kind.rawValue), "text": .optional(text),
        ])
        guard let text else {
            return MockOutcome(action: .hint, result: .noHintLeft, sectionID: current.id,
                               note: "No \(kind.rawValue) hints are left for \(current.name); other kinds may still have some.")
        }
        return MockOutcome(action: .hint, result: .hintGiven, sectionID: current.id, hint: text, note: "Hint given; the section is unchanged.")
    }

    /// Records what the candidate's own assistant said, checked against the assistant policy:
    /// a response that is too long, holds code or lays out steps is flagged (ASSISTANT_FLAGGED).
    public mutating func assistantResponse(_ text: String, query: String?, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        try requireLive()
        let current = section
        var first = input
        first["section_id"] = .string(current.id)
        if let query {
            first["question"] = .string(query)
            first["source"] = "client_assistant"
            emit(.assistantQuery, at: now, actor: .candidate, first)
            first = ["section_id": .string(current.id)]
        }
        let flags = MockAssistantPolicy.violations(of: text)
        first.merge(["source": "client_assistant", "text": .string(text), "words": .int(MockCoverage.wordCount(text)),
                     "flags": .array(flags.map(JSONValue.string))]) { $1 }
        emit(.assistantResponse, at: now, actor: .assistantAI, first)
        guard !flags.isEmpty else {
            return MockOutcome(action: .assistantResponse, result: .recorded, sectionID: current.id, flags: [], note: "Within the assistant policy.")
        }
        state.assistantFlags += 1
        emit(.assistantFlagged, at: now, actor: .system, ["section_id": .string(current.id), "flags": .array(flags.map(JSONValue.string))])
        return MockOutcome(action: .assistantResponse, result: .flagged, sectionID: current.id, flags: flags,
                           note: "The response oversteps the assistant policy (\(flags.joined(separator: ", "))): definitions, clarifications and nudges only.")
    }

    /// Pauses (the candidate asked, or nothing came in for `idleLimit`): the clock keeps running
    /// (docs/mock-interviews.md §8).
    public mutating func pause(reason: MockPauseReason, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        guard state.status == .inProgress, state.completesAt == nil else {
            if state.completesAt != nil { throw refuse("the last section's time is up; it completes in a moment") }
            throw state.status == .paused
                ? refuse("it is already paused", .resumeMock(sessionID: sessionID)) : refuse("only a session in progress can pause")
        }
        state.status = .paused
        state.pauseReason = reason
        var payload = input
        payload.merge(["reason": .string(reason.rawValue), "section_id": .string(section.id), "section_seconds_left": .int(secondsLeft(at: now))]) { $1 }
        emit(.interviewPaused, at: now, actor: .system, payload)
        return MockOutcome(action: .pause, result: .paused, sectionID: section.id,
                           note: "Paused. The clock keeps running: \(secondsLeft(at: now)) seconds are left in \(section.name).")
    }

    /// How long a session in progress may go without any input before it pauses itself.
    public static let idleLimit: TimeInterval = 10 * 60

    /// Brings the session to `now`: an idle pause where nothing came in for `idleLimit`, then
    /// every deadline that passed (the clock runs while paused).
    public mutating func settle(at now: Date) {
        if state.status == .inProgress, let since = state.lastInputAt ?? state.startedAt {
            let idleAt = since.addingTimeInterval(Self.idleLimit)
            if idleAt < now {
                advance(to: idleAt)
                if state.status == .inProgress { _ = try? pause(reason: .idle, at: idleAt, input: ["channel": "system"]) }
            }
        }
        advance(to: now)
    }

    /// A candidate's answer to a session that paused itself for idleness resumes it first: the
    /// candidate is evidently back. A pause the candidate asked for still needs resuming.
    public mutating func resumeIfIdle(at now: Date, input: [String: JSONValue]) {
        guard state.status == .paused, state.pauseReason == .idle else { return }
        var payload = input
        payload["after"] = "idle"
        _ = try? resume(at: now, input: payload)
    }

    /// Resumes a paused session where the clock has it now, or begins one not started.
    public mutating func resume(at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        switch state.status {
        case .notStarted: return try start(at: now, input: input)
        case .paused:
            state.status = .inProgress
            state.pauseReason = nil
            var payload = input
            payload.merge(["section_id": .string(section.id), "section_seconds_left": .int(secondsLeft(at: now))]) { $1 }
            emit(.interviewResumed, at: now, actor: .system, payload)
            return MockOutcome(action: .resume, result: .resumed, sectionID: section.id,
                               note: "Resumed in \(section.name) with \(secondsLeft(at: now)) seconds left.")
        case .inProgress: throw refuse("it is already in progress")
        case .completed: throw refuse("no time was left: it completed at \(state.endedAt.map(TimeFormat.utc) ?? "the last deadline") while paused")
        case .terminated: throw refuse("it was ended", .startMock)
        }
    }

    /// Ends the session early at the candidate's request (INTERVIEW_TERMINATED, reason abandoned).
    public mutating func end(note: String?, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        switch state.status {
        case .completed, .terminated: throw refuse("it is already over")
        case .notStarted:
            state.lastEnded = nil
            finish(status: .terminated, reason: MockExitReason.abandoned.rawValue, at: now, context: input.merging(["note": .optional(note)]) { $1 })
        case .inProgress where state.completesAt != nil:
            // Every section already ran: ending now just skips the rest of the late grace.
            finish(status: .completed, reason: "completed", at: now, context: input.merging(["note": .optional(note)]) { $1 })
            return MockOutcome(action: .end, result: .completed, note: "Every section had run: the interview is complete.")
        case .inProgress, .paused:
            endSection(.abandoned, at: now, input: input, context: ["note": .optional(note)])
        }
        return MockOutcome(action: .end, result: .terminated, note: "The session ended early; its record is kept.")
    }

    /// The interviewer could not deliver the current prompt. The first failure is retried (the
    /// prompt is presented again); a second in a row terminates with system_error (docs/mock-interviews.md §9).
    public mutating func interviewerFailed(error: String, at now: Date, input: [String: JSONValue]) throws(MockError) -> MockOutcome {
        try requireInProgress()
        state.interviewerFailures += 1
        var payload = input
        payload.merge(["section_id": .string(section.id), "attempt": .int(state.interviewerFailures), "error": .string(error)]) { $1 }
        emit(.interviewerFailure, at: now, actor: .interviewerAI, payload)
        if state.interviewerFailures == 1, let presenting = state.presenting {
            switch presenting.kind {
            case .prompt: presentPrimaryPrompt(at: now, retry: true)
            case .followup:
                let key = state.followupsAsked.last ?? ""
                let pool = Int(key.split(separator: "/").last ?? "") ?? 0
                presentFollowup(.init(dimension: presenting.dimension ?? "", poolIndex: pool, text: presenting.text,
                                      reason: state.coverage[presenting.dimension ?? ""] ?? .notCovered), at: now, retry: true)
            default:
                emit(.promptPresented, at: now, actor: .interviewerAI, ["section_id": .string(section.id), "kind": .string(presenting.kind.rawValue), "text": .string(presenting.text), "retry": true])
            }
            return MockOutcome(action: .interviewerFailure, result: .retried, sectionID: section.id, note: "Retrying once: present the same prompt again.")
        }
        let sectionID = section.id
        endSection(.systemError, at: now, context: ["error_context": .object([
            "error": .string(error), "section_id": .string(sectionID), "attempts": .int(state.interviewerFailures),
            "presenting": .optional(state.presenting?.text),
        ])])
        return MockOutcome(action: .interviewerFailure, result: .terminated, sectionID: sectionID,
                           note: "The interviewer failed twice in a row: the session ended with system_error; the log is kept.")
    }

    /// Seconds until the current section's deadline.
    public func secondsLeft(at now: Date) -> Int {
        guard let deadline = state.sectionDeadline else { return 0 }
        return max(0, Int(deadline.timeIntervalSince(now).rounded(.up)))
    }

    func requireLive() throws(MockError) {
        guard state.status == .inProgress || state.status == .paused else {
            throw state.status == .notStarted
                ? refuse("it has not started yet", .resumeMock(sessionID: sessionID)) : refuse("it is over", .mockReport(sessionID: sessionID))
        }
    }
}
