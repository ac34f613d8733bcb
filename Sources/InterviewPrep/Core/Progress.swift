/// Reports how far long work has come: `done` of `total` items (rows imported, reminders sent).
/// Called on the working task, after each item; surfaces show it (the CLI as one line on a terminal).
public typealias ProgressReport = @Sendable (_ done: Int, _ total: Int) -> Void
