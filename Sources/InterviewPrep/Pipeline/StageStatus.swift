import Foundation

/// Where one stage of a job's pipeline is, from the candidate's side: a recruiting platform's
/// stage machine turned around, so the candidate tracks their own progress.
public enum StageStatus: String, Codable, Sendable, CaseIterable, ParsableName {
    /// Not reachable yet: an earlier stage must finish first.
    case pending
    /// Reachable: an interview can be scheduled (live) or the assignment received (async).
    case unlocked
    /// Scheduled (live) or assignment received (async).
    case invited
    /// Under way: the call is happening or the candidate is working on the assignment.
    case inProgress = "in_progress"
    /// Done: debrief recorded (live) or submitted (async).
    case completed
    /// An async stage whose deadline passed before submission.
    case expired
    /// The candidate declined this stage.
    case declined
    /// Not needed for this job.
    case skipped

    /// Reached and not finished: a deadline still applies to these.
    public static let open: [StageStatus] = [.unlocked, .invited, .inProgress]

    /// Final states: nothing moves a stage out of them.
    public var isFinal: Bool { [.completed, .expired, .declined, .skipped].contains(self) }

    /// The status as of `now`: an open stage whose deadline passed is expired, whether or not
    /// that was written yet (reads derive it; the next write or `reminders run` records it).
    public func asOf(_ now: Date, deadline: Date?) -> StageStatus {
        guard let deadline, deadline < now, Self.open.contains(self) else { return self }
        return .expired
    }
}

/// What can happen to a stage.
public enum StageEvent: String, Codable, Sendable, CaseIterable {
    case unlock, invite, start, complete, expire, decline, skip
    /// The stage's interview was cancelled: the stage can be scheduled again.
    case reopen

    /// The status this event leads to.
    public var resultingStatus: StageStatus {
        switch self {
        case .unlock: .unlocked
        case .invite: .invited
        case .start: .inProgress
        case .complete: .completed
        case .expire: .expired
        case .decline: .declined
        case .skip: .skipped
        case .reopen: .unlocked
        }
    }
}

extension StageStatus {
    /// The events allowed from this status.
    public var allowedEvents: [StageEvent] {
        switch self {
        case .pending: [.unlock, .skip]
        case .unlocked: [.invite, .complete, .decline, .skip, .expire]
        case .invited: [.start, .complete, .decline, .skip, .expire, .reopen]
        case .inProgress: [.complete, .skip, .expire]
        case .completed, .expired, .declined, .skipped: []
        }
    }

    /// The status after `event`, or an error naming the stage, its status and the allowed events.
    public func applying(_ event: StageEvent, stageID: String) throws(InterviewPrepError) -> StageStatus {
        guard allowedEvents.contains(event) else {
            throw .illegalStageTransition(stageID: stageID, from: self, event: event, allowed: allowedEvents)
        }
        return event.resultingStatus
    }
}

/// Whether a stage is a conversation or an assignment.
public enum StageKind: String, Codable, Sendable, CaseIterable, ParsableName {
    case phoneScreen = "phone_screen"
    case videoInterview = "video_interview"
    case technical
    case behavioral
    case onSite = "on_site"
    case panel
    case finalRound = "final_round"
    case screeningQuestionnaire = "screening_questionnaire"
    case takeHome = "take_home"
    case onlineAssessment = "online_assessment"

    /// Live stages complete only with a debrief; async ones when submitted.
    public var isLive: Bool { InterviewType(rawValue: rawValue) != nil }

    /// The interview type of a live stage.
    public var interviewType: InterviewType? { InterviewType(rawValue: rawValue) }
}
