import Foundation
import InterviewPrep
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One line on the terminal that counts long work ("Importing 120/500"), rewritten in place on
/// standard error and cleared at the end; nothing at all when standard error is not a terminal
/// (cron, pipes, logs), so scripts read only the result.
final class ProgressLine: Sendable {
    private let label: String
    private let shown = Mutex<Bool>(false)
    private let enabled: Bool

    init(_ label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.enabled = enabled
    }

    /// The report to hand the engine.
    var report: ProgressReport? {
        guard enabled else { return nil }
        return { [self] done, total in
            shown.withLock { $0 = true }
            FileHandle.standardError.write(Data("\r\(label) \(done)/\(total)\u{1B}[K".utf8))
        }
    }

    /// Clears the line, if one is shown: before printing the result, and again (harmlessly) on the way out.
    func finish() {
        guard shown.withLock({ (shown: inout Bool) -> Bool in defer { shown = false }; return shown }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
