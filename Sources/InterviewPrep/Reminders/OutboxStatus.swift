import GRDB

/// Where one email attempt is (table `outbox`).
public enum OutboxStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Being handed to the mail server.
    case sending
    /// The whole message was handed over; the server's answer has not come yet.
    case awaitingReply = "awaiting_reply"
    case sent
    /// A temporary failure: the reminder is retried by a later run (as a new attempt).
    case retry
    case failed
    /// The run died while awaiting the answer: it may have arrived.
    case unknown

    /// The events that may happen to an attempt in this status.
    public var allowedEvents: [OutboxEvent] {
        switch self {
        case .sending: [.dataSent, .accept, .retryLater, .fail, .abandon]
        case .awaitingReply: [.accept, .retryLater, .fail, .abandon]
        case .sent, .retry, .failed, .unknown: []
        }
    }

    /// The status `event` leads to.
    ///
    /// - Throws: `illegalLifecycleTransition` naming this status and the allowed events.
    public func applying(_ event: OutboxEvent, messageID: String) throws(InterviewPrepError) -> OutboxStatus {
        guard allowedEvents.contains(event) else {
            throw .illegalLifecycleTransition(
                kind: "email", id: messageID, from: rawValue, event: event.rawValue, allowed: allowedEvents.map(\.rawValue))
        }
        switch (self, event) {
        case (_, .dataSent): return .awaitingReply
        case (_, .accept): return .sent
        case (_, .retryLater): return .retry
        case (_, .fail): return .failed
        // Abandoned by a run that died: before all data left it never arrived; after, it may have.
        case (.sending, .abandon): return .failed
        case (_, .abandon): return .unknown
        }
    }
}

/// What can happen to an email attempt.
public enum OutboxEvent: String, Sendable, CaseIterable {
    /// The whole message was handed over (before the server's answer).
    case dataSent = "data_sent"
    /// The server accepted it.
    case accept
    /// A temporary failure.
    case retryLater = "retry_later"
    /// Refused for good.
    case fail
    /// The run sending it died.
    case abandon
}
