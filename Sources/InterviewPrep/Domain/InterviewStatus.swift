/// Where an interview is in its life.
///
/// `scheduled`, `confirmed`, `reminder_sent`, `in_progress` and `rescheduled` are live;
/// `completed` and `cancelled` are terminal.
public enum InterviewStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case scheduled
    case confirmed
    case reminderSent = "reminder_sent"
    case inProgress = "in_progress"
    case completed
    case cancelled
    case rescheduled

    /// Live interviews still lie ahead (or are happening); terminal ones never change again.
    public var isLive: Bool { self != .completed && self != .cancelled }

    /// All live statuses, in lifecycle order.
    public static let liveStatuses: [InterviewStatus] = allCases.filter(\.isLive)

    /// The statuses this one may move to, in the order of `allowedActions`; looked up, not
    /// rebuilt, because every interview in a list shows them.
    public var allowedNextStatuses: [InterviewStatus] { Self.nextStatuses[self] ?? [] }

    private static let nextStatuses = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.allowedActions.map(\.resultingStatus)) })
}

/// What can happen to an interview; each maps to at most one resulting status.
public enum InterviewAction: String, Codable, Sendable, CaseIterable {
    case confirm
    case sendReminder = "send_reminder"
    case start
    case complete
    case cancel
    case reschedule
    /// A cancelled interview is on again ("they un-cancelled it").
    case reopen

    /// The status an interview has after this action.
    public var resultingStatus: InterviewStatus {
        switch self {
        case .confirm: .confirmed
        case .sendReminder: .reminderSent
        case .start: .inProgress
        case .complete: .completed
        case .cancel: .cancelled
        case .reschedule: .rescheduled
        case .reopen: .scheduled
        }
    }

    /// The action a status change to `status` asks for; `nil` for `scheduled`, which only scheduling
    /// and reopening (its own command) produce.
    public init?(leadingTo status: InterviewStatus) {
        guard let action = InterviewAction.allCases.first(where: { $0.resultingStatus == status && $0 != .reopen }) else { return nil }
        self = action
    }
}

extension InterviewStatus {
    /// The explicit transition table.
    ///
    /// The lifecycle runs scheduled → confirmed → reminder_sent → in_progress → completed.
    /// Steps may be skipped forward (a candidate who never marked an interview as started can
    /// still complete it), never taken backward. Any live interview can be cancelled or
    /// rescheduled; a rescheduled interview is live again, like a scheduled one. A cancelled
    /// interview can be reopened (scheduled again); a completed one never changes.
    public var allowedActions: [InterviewAction] {
        switch self {
        case .scheduled, .rescheduled: [.confirm, .sendReminder, .start, .complete, .cancel, .reschedule]
        case .confirmed: [.sendReminder, .start, .complete, .cancel, .reschedule]
        case .reminderSent: [.start, .complete, .cancel, .reschedule]
        case .inProgress: [.complete, .cancel, .reschedule]
        case .cancelled: [.reopen]
        case .completed: []
        }
    }

    /// The status after `action`, or an error naming the current status and the allowed moves.
    public func applying(_ action: InterviewAction, interviewID: String) throws(InterviewPrepError) -> InterviewStatus {
        guard allowedActions.contains(action) else {
            throw .illegalTransition(
                interviewID: interviewID, from: self, to: action.resultingStatus,
                allowed: allowedNextStatuses)
        }
        return action.resultingStatus
    }
}
