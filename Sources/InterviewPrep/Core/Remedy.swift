/// What a person can do about a refusal. The engine says which remedy applies; each surface
/// names it in its own words (an assistant reads a tool call, a person at the terminal a command
/// line), so no engine message names a tool or a command.
public enum Remedy: Sendable, Equatable {
    /// Move the interview to a new time.
    case reschedule(interviewID: String)
    /// Tick the open checklist items (the first open one is `firstOpen`, 1-based), or complete anyway.
    case tickChecklist(interviewID: String, firstOpen: Int)
    /// Record the debrief of the stage's interview (nil when it has none yet).
    case recordDebrief(interviewID: String?)
    /// Submit the async stage once it is done.
    case submitStage(stageID: String)
    /// Unlock the stage first.
    case unlockStage(stageID: String)
    /// Finish the earlier stages, or unlock anyway (which completes earlier async stages).
    case forceUnlock(stageID: String)
    /// Resume the mock interview (or begin one created to start later).
    case resumeMock(sessionID: String)
    /// Read the report of a finished mock interview.
    case mockReport(sessionID: String)
    /// Start a new mock interview.
    case startMock
}

/// One surface's words for remedies.
public protocol RemedyWording: Sendable {
    /// The remedy as a clause that follows the refusal after a semicolon.
    func phrase(_ remedy: Remedy) -> String
}

/// An error that may name what would get past it.
public protocol RemediableError: Error, CustomStringConvertible {
    /// What would get past this refusal, when something would.
    var remedy: Remedy? { get }
}

extension RemediableError {
    /// The refusal and, where one applies, its remedy in `wording`'s words.
    public func description(in wording: some RemedyWording) -> String {
        remedy.map { description + "; " + wording.phrase($0) } ?? description
    }
}

extension InterviewPrepError: RemediableError {}
