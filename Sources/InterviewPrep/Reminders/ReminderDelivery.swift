import Foundation

/// A reminder ready to send, with everything its email shows and the row ids to record it by.
public struct DueReminder: Sendable, Equatable {
    public var reminderRowID: Int64
    public var interviewRowID: Int64
    /// The lead it was planned with (the real lead is `start` minus `claimedAt`).
    public var hoursBefore: Int
    /// The interview's start, the instant itself (no text to parse back).
    public var start: Date
    public var interview: InterviewDetail
    /// The checklist, the prep notes and a move, as of the claim.
    public var facts: ReminderFacts
    /// When the run claimed it: the time the message is written as of.
    public var claimedAt: Date
    /// Stable across retries of this attempt, so the outbox can follow it.
    public var messageID: String

    public init(
        reminderRowID: Int64, interviewRowID: Int64, hoursBefore: Int, start: Date, interview: InterviewDetail,
        facts: ReminderFacts, claimedAt: Date, messageID: String
    ) {
        self.reminderRowID = reminderRowID
        self.interviewRowID = interviewRowID
        self.hoursBefore = hoursBefore
        self.start = start
        self.interview = interview
        self.facts = facts
        self.claimedAt = claimedAt
        self.messageID = messageID
    }

    /// The reminder's public id, e.g. `rem_3`.
    public var reminderID: String { PublicID.format("rem", reminderRowID) }
}

/// Why a delivery failed, and whether trying later may work.
public struct DeliveryFailure: Error, Equatable, Sendable {
    public var isTemporary: Bool
    public var message: String

    public init(isTemporary: Bool, message: String) {
        self.isTemporary = isTemporary
        self.message = message
    }
}

/// A reminder's email, rendered once: what the outbox records is what is sent.
public struct ComposedReminder<Message: Sendable>: Sendable {
    public var subject: String
    public var recipients: [String]
    /// The message as the sender sends it.
    public var message: Message

    public init(subject: String, recipients: [String], message: Message) {
        self.subject = subject
        self.recipients = recipients
        self.message = message
    }
}

/// Sends reminder emails (the Mail module implements it over SMTP).
public protocol ReminderSender: Sendable {
    associatedtype Message: Sendable

    /// Renders the email of `reminder`, once.
    func compose(_ reminder: DueReminder) throws(DeliveryFailure) -> ComposedReminder<Message>

    /// Sends the composed email. `dataSent` is called once the whole message is handed to the
    /// server: from then on it may have been accepted even if the answer never comes.
    func send(_ composed: ComposedReminder<Message>, dataSent: @escaping @Sendable () -> Void) async throws(DeliveryFailure)
}

/// What one `reminders run` did.
public struct ReminderRunSummary: Codable, Sendable, Equatable {
    /// One reminder and what happened to it.
    public struct Entry: Codable, Sendable, Equatable {
        public var reminderID: String
        public var interviewID: String
        public var hoursBefore: Int
        public var outcome: String
        public var detail: String?

        enum CodingKeys: String, CodingKey {
            case reminderID = "reminder_id"
            case interviewID = "interview_id"
            case hoursBefore = "hours_before"
            case outcome, detail
        }
    }

    public var at: String
    public var dryRun: Bool
    public var sent: [Entry] = []
    public var skipped: [Entry] = []
    /// Temporary failures, retried by a later run.
    public var retrying: [Entry] = []
    /// Permanent failures.
    public var failed: [Entry] = []
    /// Interrupted after the whole message was sent: check the mailbox, not resent.
    public var unknown: [Entry] = []
    /// Every reminder waiting for a later run to retry it (this run's and earlier ones'), soonest
    /// first; `detail` says when and why.
    public var waiting: [Entry] = []
    /// When the next run has something to do: a planned reminder or a retry.
    public var nextDue: String?

    /// A reminder failed for good, or may not have arrived: someone should look. Retries waiting
    /// are the normal course of things, not a failure.
    public var hasFailures: Bool { !failed.isEmpty || !unknown.isEmpty }

    enum CodingKeys: String, CodingKey {
        case at
        case dryRun = "dry_run"
        case sent, skipped, retrying, failed, unknown, waiting
        case nextDue = "next_due"
    }
}

/// What a reminder tells beyond the interview itself: how far preparation got, the candidate's
/// notes, and where the interview moved from when it was rescheduled.
public struct ReminderFacts: Sendable, Equatable {
    public var checklist: [ChecklistItem]
    public var prepNotes: String?
    /// The start before the latest reschedule.
    public var movedFrom: Date?

    public init(checklist: [ChecklistItem], prepNotes: String?, movedFrom: Date?) {
        self.checklist = checklist
        self.prepNotes = prepNotes
        self.movedFrom = movedFrom
    }
}
