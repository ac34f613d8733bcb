import GRDB

/// Where a planned reminder is.
public enum ReminderStatus: String, Codable, Sendable, CaseIterable, ParsableName, DatabaseValueConvertible {
    /// Waiting for its time (or for a retry after a temporary failure).
    case pending
    /// Taken by a running `reminders run`.
    case claimed
    case sent
    /// Not sent: past when planned, superseded by a later reminder, or the interview was no longer on.
    case skipped
    /// The interview was rescheduled, cancelled or completed.
    case cancelled
    /// The server refused it for good, or retries ran out.
    case failed
    /// A run died after handing the whole message to the server but before its answer: it may
    /// have arrived. Never resent automatically, to never send twice.
    case unknown

    /// The events that may happen to a reminder in this status.
    public var allowedEvents: [ReminderEvent] {
        switch self {
        case .pending: [.claim, .skip, .withdraw]
        case .claimed: [.deliver, .retryLater, .release, .fail, .markUnknown]
        case .sent, .skipped, .cancelled, .failed, .unknown: []
        }
    }

    /// The status `event` leads to.
    ///
    /// - Throws: `illegalLifecycleTransition` naming this status and the allowed events.
    public func applying(_ event: ReminderEvent, reminderID: String) throws(InterviewPrepError) -> ReminderStatus {
        guard allowedEvents.contains(event) else {
            throw .illegalLifecycleTransition(
                kind: "reminder", id: reminderID, from: rawValue, event: event.rawValue, allowed: allowedEvents.map(\.rawValue))
        }
        return event.resultingStatus
    }
}

/// What can happen to a reminder.
public enum ReminderEvent: String, Sendable, CaseIterable {
    /// A run takes it to send.
    case claim
    /// Not to be sent: the interview is over, started, or a later reminder supersedes it.
    case skip
    /// The interview was rescheduled, cancelled or completed.
    case withdraw
    /// The server accepted it.
    case deliver
    /// A temporary failure: a later run tries again after a backoff.
    case retryLater = "retry_later"
    /// The run that claimed it died before the message fully left: a later run sends it.
    case release
    /// Refused for good, or retries ran out.
    case fail
    /// The run died after the whole message left: it may have arrived.
    case markUnknown = "mark_unknown"

    var resultingStatus: ReminderStatus {
        switch self {
        case .claim: .claimed
        case .skip: .skipped
        case .withdraw: .cancelled
        case .deliver: .sent
        case .retryLater, .release: .pending
        case .fail: .failed
        case .markUnknown: .unknown
        }
    }
}
