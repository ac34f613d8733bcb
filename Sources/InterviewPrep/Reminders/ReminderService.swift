import Foundation
import GRDB

/// Reminder emails and the outbox: the planned reminders, the runs that send them exactly once,
/// and the record of every email sent or attempted. The only writer of `reminders` and `outbox`.
public struct ReminderService: Service {
    public let core: ServiceCore

    public init(core: ServiceCore) {
        self.core = core
    }

    /// A runner that sends due reminders as `claimant`.
    public func runner(claimant: ReminderRunner.Claimant = .current()) -> ReminderRunner {
        ReminderRunner(reminders: self, claimant: claimant)
    }
}
