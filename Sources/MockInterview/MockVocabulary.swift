import Foundation
import InterviewPrep

/// The session's top-level state (docs/mock-interviews.md §1).
public enum MockStatus: String, Codable, Sendable, CaseIterable, ParsableName {
    case notStarted = "NOT_STARTED"
    case inProgress = "IN_PROGRESS"
    /// Paused (on the candidate's word, or idle): the clock keeps running.
    case paused = "PAUSED"
    case completed = "COMPLETED"
    case terminated = "TERMINATED"

    /// COMPLETED and TERMINATED take no more input.
    public var isFinal: Bool { self == .completed || self == .terminated }
}

/// Where a section is (docs/mock-interviews.md §2).
public enum MockSubstate: String, Codable, Sendable, CaseIterable {
    /// The section's goal is shown; its prompt comes next.
    case intro = "SECTION_INTRO"
    /// A primary prompt is out; the candidate answers.
    case questionActive = "SECTION_QUESTION_ACTIVE"
    /// A follow-up from the pool is out.
    case followupActive = "SECTION_FOLLOWUP_ACTIVE"
    /// No follow-ups left: the candidate may add to the answer or say they are done.
    case wrapup = "SECTION_WRAPUP"
}

/// Why a section ended (docs/mock-interviews.md §12).
public enum MockExitReason: String, Codable, Sendable {
    case timeExpired = "time_expired"
    case coverageSatisfied = "coverage_satisfied"
    case candidateDone = "candidate_done"
    case systemError = "system_error"
    /// The candidate ended the whole session early.
    case abandoned
}

/// How well the candidate's messages cover a dimension (docs/mock-interviews.md §5).
public enum CoverageLevel: String, Codable, Sendable, CaseIterable {
    case notCovered = "not_covered"
    case partiallyCovered = "partially_covered"
    case covered
}

/// Who did something in a session (docs/mock-interviews.md §11).
public enum MockActor: String, Codable, Sendable, CaseIterable {
    case system
    case interviewerAI = "interviewer_ai"
    case assistantAI = "assistant_ai"
    case candidate
}

/// The kinds of hint the assistant channel may give (docs/mock-interviews.md §7).
public enum MockHintKind: String, Codable, Sendable, CaseIterable, ParsableName {
    case definition, clarification, nudge
}

/// Every event a session writes to the event log.
public enum MockEventType: String, Codable, Sendable, CaseIterable {
    case interviewCreated = "INTERVIEW_CREATED"
    case interviewStarted = "INTERVIEW_STARTED"
    case sectionStarted = "SECTION_STARTED"
    case promptPresented = "PROMPT_PRESENTED"
    case candidateMessage = "CANDIDATE_MESSAGE"
    case followupPresented = "FOLLOWUP_PRESENTED"
    case candidateCodeSubmission = "CANDIDATE_CODE_SUBMISSION"
    case assistantQuery = "ASSISTANT_QUERY"
    case assistantResponse = "ASSISTANT_RESPONSE"
    case sectionTimeWarning = "SECTION_TIME_WARNING"
    case sectionEnded = "SECTION_ENDED"
    case interviewCompleted = "INTERVIEW_COMPLETED"
    case interviewTerminated = "INTERVIEW_TERMINATED"
    // So that every transition is explained by an event:
    /// No follow-up left (cap reached or pools used up): the section waits in wrap-up.
    case sectionWrapup = "SECTION_WRAPUP"
    /// "I'm done" before the minimum content: refused (the first time with the outline prompt).
    case skipRefused = "SKIP_REFUSED"
    case interviewPaused = "INTERVIEW_PAUSED"
    case interviewResumed = "INTERVIEW_RESUMED"
    /// The interviewer could not deliver the current prompt; the first failure is retried.
    case interviewerFailure = "INTERVIEWER_FAILURE"
    /// An assistant response broke the assistant policy (length, code, step-by-step plan).
    case assistantFlagged = "ASSISTANT_FLAGGED"
}

/// The subject type of session events in the events table.
public enum MockSubject {
    public static let type = "mock_interview"
    public static let idPrefix = "mock"
}

extension MockEventType: EventKind {}

/// What an input to a session was.
public enum MockAction: String, Codable, Sendable, CaseIterable {
    case start, answer, code
    case finishSection = "finish_section"
    case hint
    case assistantResponse = "assistant_response"
    case pause, resume, end
    case interviewerFailure = "interviewer_failure"
}

/// What an input did.
public enum MockResult: String, Codable, Sendable, CaseIterable {
    case started, recorded
    case recordedLate = "recorded_late"
    case sectionEnded = "section_ended"
    case skipRefused = "skip_refused"
    case hintGiven = "hint_given"
    case noHintLeft = "no_hint_left"
    case flagged, paused, resumed, terminated, retried, completed
}

/// What the interviewer presents now.
public enum MockPresentationKind: String, Codable, Sendable, CaseIterable {
    /// The section's primary prompt.
    case prompt
    /// A follow-up from a dimension's pool.
    case followup
    /// The one-time request for an outline after an early "I'm done".
    case outlineRequest = "outline_request"
    /// No follow-ups left: the candidate may add to the answer or say they are done.
    case wrapup
}

/// What a section is: talk, or talk and code.
public enum MockSectionKind: String, Codable, Sendable, CaseIterable {
    case conversation, coding
}

/// Why a session was paused.
public enum MockPauseReason: String, Codable, Sendable, CaseIterable {
    /// The candidate asked for a break (`pause_mock_interview`).
    case candidateRequest = "candidate_request"
    /// Nothing came in for `MockMachine.idleLimit` (docs/mock-interviews.md §8).
    case idle
}
