import Foundation
import InterviewPrep

/// Where reminders go when not (only) by email: a desktop notification through `notify-send`,
/// or a command of the candidate's own (a hook) that gets the reminder as JSON on its standard input.
public enum ReminderChannel: Sendable, Equatable {
    case email
    /// `notify-send` (libnotify) on the candidate's desktop.
    case desktop
    /// The executable at this path; exit 0 means delivered, 75 (EX_TEMPFAIL) try again later,
    /// anything else failed for good.
    case hook(String)

    /// The names a configuration uses.
    public static let names = ["email", "desktop", "hook"]
}

/// A reminder as a notification: one line of summary, a short body, and the whole reminder as JSON.
public struct ReminderNotification: Sendable, Equatable {
    public var summary: String
    public var body: String
    /// What a hook reads on its standard input.
    public var json: Data
}

/// Delivers reminders by running a command: `notify-send`, or the candidate's hook.
public struct CommandReminderSender: ReminderSender {
    public let channel: ReminderChannel
    public let templates: EmailTemplates
    public let catalog: InterviewTypeCatalog
    public let homeZone: TimeZone?
    public let greetingName: String?
    /// Where `notify-send` is looked for (the PATH).
    public let searchPath: String
    /// How long the command may run.
    public let timeout: TimeInterval

    public init(
        channel: ReminderChannel, templates: EmailTemplates, catalog: InterviewTypeCatalog, homeZone: TimeZone?, greetingName: String?,
        searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", timeout: TimeInterval = 30
    ) {
        self.channel = channel
        self.templates = templates
        self.catalog = catalog
        self.homeZone = homeZone
        self.greetingName = greetingName
        self.searchPath = searchPath
        self.timeout = timeout
    }

    public func compose(_ reminder: DueReminder) throws(DeliveryFailure) -> ComposedReminder<ReminderNotification> {
        let email = ReminderEmail(reminder, catalog: catalog, greetingName: greetingName, homeZone: homeZone)
        let rendered: RenderedEmail
        do { rendered = try templates.render(.reminder, variables: email.variables) } catch {
            throw DeliveryFailure(isTemporary: false, message: "\(error)")
        }
        let interview = reminder.interview
        let lines = [HumanTime.describe(interview.start, home: homeZone), interview.location, interview.interviewerName.map { "with \($0)" }]
        let open = reminder.facts.checklist.filter { !$0.done }.count
        let body = lines.compactMap(\.self).joined(separator: "\n") + (open > 0 ? "\n\(open) checklist item\(open == 1 ? "" : "s") open" : "")
        let document: [String: Any?] = [
            "reminder_id": reminder.reminderID, "interview_id": interview.id, "company": interview.company, "role": interview.role,
            "type": interview.type.rawValue, "start_utc": interview.start.utc, "start_local": interview.start.local, "timezone": interview.start.timeZone,
            "hours_before": reminder.hoursBefore, "location": interview.location, "interviewer_name": interview.interviewerName,
            "subject": rendered.subject, "text": rendered.text, "open_checklist_items": open,
        ]
        let json = (try? JSONSerialization.data(withJSONObject: document.compactMapValues { $0 }, options: [.sortedKeys])) ?? Data("{}".utf8)
        let recipient = switch channel {
        case .email, .desktop: "desktop"
        case .hook(let path): path
        }
        return ComposedReminder(subject: rendered.subject, recipients: [recipient],
                                message: ReminderNotification(summary: rendered.subject, body: body, json: json))
    }

    public func send(_ composed: ComposedReminder<ReminderNotification>, dataSent: @escaping @Sendable () -> Void) async throws(DeliveryFailure) {
        let executable: String, arguments: [String], input: Data?
        switch channel {
        case .email:
            throw DeliveryFailure(isTemporary: false, message: "email reminders go through SMTP, not a command")
        case .desktop:
            guard let path = Self.find("notify-send", in: searchPath) else {
                throw DeliveryFailure(isTemporary: false, message: "notify-send is not installed (Debian: apt install libnotify-bin); or choose the email or hook channel")
            }
            (executable, arguments, input) = (path, ["--app-name=interview-prep", composed.message.summary, composed.message.body], nil)
        case .hook(let path):
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw DeliveryFailure(isTemporary: false, message: "the reminder hook \(path) is not an executable file")
            }
            (executable, arguments, input) = (path, [], composed.message.json)
        }
        // From here the command may act on it, whatever its exit says.
        dataSent()
        let status = try await Self.run(executable, arguments: arguments, input: input, timeout: timeout)
        switch status {
        case 0: return
        case 75: throw DeliveryFailure(isTemporary: true, message: "\(executable) asked to try again later (exit 75)")
        default: throw DeliveryFailure(isTemporary: false, message: "\(executable) failed (exit \(status))")
        }
    }

    /// The first executable `name` on `path`.
    static func find(_ name: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `input` on its standard input; its exit status (a timeout is temporary).
    static func run(_ executable: String, arguments: [String], input: Data?, timeout: TimeInterval) async throws(DeliveryFailure) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = AsyncStream<Int32> { continuation in
            process.terminationHandler = { continuation.yield($0.terminationStatus); continuation.finish() }
        }
        do { try process.run() } catch {
            throw DeliveryFailure(isTemporary: false, message: "\(executable) could not be started: \(error.localizedDescription)")
        }
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
        let deadline = Task {
            try await Task.sleep(for: .seconds(timeout))
            process.terminate()
        }
        defer { deadline.cancel() }
        for await status in finished {
            if process.terminationReason == .uncaughtSignal, deadline.isCancelled == false, status == SIGTERM {
                throw DeliveryFailure(isTemporary: true, message: "\(executable) did not finish within \(Int(timeout)) s")
            }
            return status
        }
        throw DeliveryFailure(isTemporary: true, message: "\(executable) ended without a status")
    }
}
