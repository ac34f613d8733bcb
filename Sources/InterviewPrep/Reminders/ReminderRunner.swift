import Foundation
import GRDB

/// Sends every due reminder exactly once, however many runs race and however often the mail
/// server fails.
///
/// 1. In one write transaction it takes back claims of runs that died (their process is gone,
///    or the claim is older than `claimTimeout`) and claims what is due: two runs never hold the
///    same reminder. Of several due reminders of one interview only the latest is sent.
/// 2. It records each attempt in the outbox before sending and marks it `awaiting_reply` once
///    the whole message is handed over; a dead run's attempt in that state becomes `unknown`
///    (it may have arrived) and is never resent, while one that died earlier is simply retried.
/// 3. Temporary failures (4xx, refused, timeout) are retried by later runs with backoff;
///    permanent ones (5xx) are recorded and reported.
public struct ReminderRunner: Sendable {
    public let reminders: ReminderService
    /// How long a claim holds before another run may take it over.
    public var claimTimeout: TimeInterval = 15 * 60
    /// Temporary failures are retried at most this often.
    public var maxAttempts = 8
    /// Identifies this run's claims: host, process and a random part.
    public let claimant: Claimant

    public init(reminders: ReminderService, claimant: Claimant = .current()) {
        self.reminders = reminders
        self.claimant = claimant
    }

    /// Runs once at `now` (the engine's clock unless given). A dry run changes nothing.
    /// `progress` hears after each reminder delivered.
    public func run(
        at now: Date? = nil, dryRun: Bool = false, sender: (any ReminderSender)?, progress: ProgressReport? = nil
    ) async throws(InterviewPrepError) -> ReminderRunSummary {
        let now = now ?? reminders.now()
        var summary = ReminderRunSummary(at: TimeFormat.utc(now), dryRun: dryRun)
        let claim = try await claimDue(at: now, dryRun: dryRun)
        summary.skipped = claim.skipped
        summary.unknown = claim.unknown
        if dryRun {
            summary.sent = claim.due.map { Self.entry($0, "would_send") }
        } else if !claim.due.isEmpty {
            guard let sender else {
                throw .invalidArgument(field: "smtp", reason: "reminders are due but SMTP is not configured; set INTERVIEW_PREP_SMTP_URL (see README)")
            }
            for (index, reminder) in claim.due.enumerated() {
                let result = await deliver(reminder, sender: sender, now: now)
                progress?(index + 1, claim.due.count)
                switch result.outcome {
                case "sent": summary.sent.append(result)
                case "retrying": summary.retrying.append(result)
                default: summary.failed.append(result)
                }
            }
        }
        (summary.waiting, summary.nextDue) = try await reminders.read { db in
            let waiting = try ReminderRecord
                .filter(sql: "status = ? AND next_attempt_at > ?", arguments: [ReminderStatus.pending, StoredDate(now)])
                .order(sql: "next_attempt_at, id").fetchAll(db)
                .map { record in
                    ReminderRunSummary.Entry(
                        reminderID: record.publicID, interviewID: PublicID.format(PublicID.interview, record.interviewID),
                        hoursBefore: record.hoursBefore, outcome: "waiting",
                        detail: "next try after \(record.nextAttemptAt.map(TimeFormat.utc) ?? "?")" + (record.lastError.map { " (\($0))" } ?? ""))
                }
            // A reminder is next taken at its due time, or at its retry time when that is later.
            let next = try StoredDate.fetchOne(db, sql: """
                SELECT MIN(max(due_at, COALESCE(next_attempt_at, due_at))) FROM reminders
                WHERE status = ? AND max(due_at, COALESCE(next_attempt_at, due_at)) > ?
                """, arguments: [ReminderStatus.pending, StoredDate(now)])
            return (waiting, next.map { TimeFormat.utc($0.date) })
        }
        return summary
    }

    static func entry(_ reminder: DueReminder, _ outcome: String, _ detail: String? = nil) -> ReminderRunSummary.Entry {
        .init(reminderID: reminder.reminderID, interviewID: reminder.interview.id, hoursBefore: reminder.hoursBefore, outcome: outcome, detail: detail)
    }

    /// Who holds a claim.
    public struct Claimant: Sendable, Equatable {
        public var host: String
        public var pid: Int32
        public var token: String

        public var description: String { "\(host):\(pid):\(token)" }

        public static func current() -> Claimant {
            Claimant(host: ProcessInfo.processInfo.hostName, pid: ProcessInfo.processInfo.processIdentifier, token: UUID().uuidString.prefix(8).lowercased())
        }

        /// Whether the run that wrote `claim` is certainly gone (same host, no such process).
        static func isDead(_ claim: String, host: String) -> Bool {
            let parts = claim.split(separator: ":")
            guard parts.count == 3, parts[0] == host, let pid = Int32(parts[1]) else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
    }
}
