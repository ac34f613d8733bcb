import Foundation

/// Every failure the engine reports. Each message names what was wrong and what would work.
public enum InterviewPrepError: Error, Equatable, Sendable {
    /// `value` is not one of `allowed` for `field`.
    case invalidValue(field: String, value: String, allowed: [String])
    /// `field` is malformed or out of range; `reason` says what is expected.
    case invalidArgument(field: String, reason: String)
    /// No `kind` with this id exists.
    case notFound(kind: String, id: String)
    /// The interview cannot move from `from` to `to`.
    case illegalTransition(interviewID: String, from: InterviewStatus, to: InterviewStatus, allowed: [InterviewStatus])
    /// A pipeline stage cannot take this event in its status.
    case illegalStageTransition(stageID: String, from: StageStatus, event: StageEvent, allowed: [StageEvent])
    /// A stage guard refused the change; `requiresDebrief` when a live stage's debrief is missing.
    case stageGuard(stageID: String, message: String, requiresDebrief: Bool, remedy: Remedy? = nil)
    /// `field`'s value is refused for now, and `remedy` would make it possible.
    case refused(field: String, reason: String, remedy: Remedy)
    /// A live interview for the same job already starts at that instant.
    case duplicateInterview(existingID: String, jobID: String, startUTC: String)
    /// A local time that the zone skips (clocks jump forward).
    case nonexistentLocalTime(local: String, timeZone: String, suggestions: [String])
    /// A local time that occurs twice in the zone (clocks fall back).
    case ambiguousLocalTime(local: String, timeZone: String, candidates: [String])
    /// The database was written by a newer version of interview-prep.
    case databaseTooNew(path: String)
    /// The database could not be opened, read or written.
    case storage(String)
    /// A bundled or user data file is missing or malformed.
    case dataFile(file: String, reason: String)
    /// A reminder or an email attempt cannot take `event` in its status (a bug if it ever shows:
    /// the runner only asks for allowed moves).
    case illegalLifecycleTransition(kind: String, id: String, from: String, event: String, allowed: [String])

    /// A stable, machine-readable code for this kind of failure.
    public var code: String {
        switch self {
        case .invalidValue: "invalid_value"
        case .invalidArgument: "invalid_argument"
        case .notFound: "not_found"
        case .illegalTransition: "illegal_transition"
        case .illegalStageTransition: "illegal_stage_transition"
        case .stageGuard(_, _, let requiresDebrief, _): requiresDebrief ? "requires_debrief" : "stage_guard"
        case .refused: "invalid_argument"
        case .duplicateInterview: "duplicate_interview"
        case .nonexistentLocalTime: "nonexistent_local_time"
        case .ambiguousLocalTime: "ambiguous_local_time"
        case .databaseTooNew: "database_too_new"
        case .storage: "storage_error"
        case .dataFile: "data_file_error"
        case .illegalLifecycleTransition: "illegal_transition"
        }
    }

    /// The field the error is about, when there is one.
    public var field: String? {
        switch self {
        case .invalidValue(let field, _, _), .invalidArgument(let field, _), .refused(let field, _, _): field
        case .nonexistentLocalTime, .ambiguousLocalTime: "start"
        default: nil
        }
    }

    /// What would get past this refusal, when something would.
    public var remedy: Remedy? {
        switch self {
        case .illegalTransition(let id, _, let to, _) where to == .rescheduled: .reschedule(interviewID: id)
        case .illegalStageTransition(let stage, let from, let event, _) where from == .pending && event != .unlock: .unlockStage(stageID: stage)
        case .stageGuard(_, _, _, let remedy): remedy
        case .refused(_, _, let remedy): remedy
        default: nil
        }
    }
}

extension InterviewPrepError: LocalizedError, CustomStringConvertible {
    public var errorDescription: String? { description }

    public var description: String {
        switch self {
        case .invalidValue(let field, let value, let allowed):
            "\(field): '\(value)' is not allowed; allowed: \(allowed.joined(separator: ", "))"
        case .invalidArgument(let field, let reason):
            "\(field): \(reason)"
        case .notFound(let kind, let id):
            "no \(kind) with id '\(id)'"
        case .illegalTransition(let id, let from, let to, let allowed):
            "interview \(id) is \(from.rawValue) and cannot become \(to.rawValue); allowed: "
                + (allowed.isEmpty ? "none (\(from.rawValue) is final)" : allowed.map(\.rawValue).joined(separator: ", "))
        case .illegalStageTransition(let stage, let from, let event, let allowed):
            "stage \(stage) is \(from.rawValue) and cannot \(event.rawValue); allowed: "
                + (allowed.isEmpty ? "none (\(from.rawValue) is final)" : allowed.map(\.rawValue).joined(separator: ", "))
        case .stageGuard(let stage, let message, let requiresDebrief, _):
            "stage \(stage): \(message)" + (requiresDebrief ? " (requires_debrief: true)" : "")
        case .refused(let field, let reason, _):
            "\(field): \(reason)"
        case .duplicateInterview(let existing, let job, let start):
            "job \(job) already has a live interview \(existing) starting at \(start); reschedule or cancel it instead"
        case .nonexistentLocalTime(let local, let zone, let suggestions):
            "start: \(local) does not exist in \(zone) (the clocks skip it for daylight saving time); "
                + "use \(suggestions.joined(separator: " or "))"
        case .ambiguousLocalTime(let local, let zone, let candidates):
            "start: \(local) happens twice in \(zone) (the clocks fall back); "
                + "give the offset to choose: \(candidates.joined(separator: " or "))"
        case .databaseTooNew(let path):
            "the database \(path) was written by a newer version of interview-prep; upgrade interview-prep to open it"
        case .storage(let message):
            "database error: \(message)"
        case .dataFile(let file, let reason):
            "data file \(file): \(reason)"
        case .illegalLifecycleTransition(let kind, let id, let from, let event, let allowed):
            "\(kind) \(id) is \(from): it cannot \(event); allowed: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))"
        }
    }
}
