import Foundation
import Hummingbird
import InterviewPrep
import NIOCore
import ServiceLifecycle
import Synchronization

/// `GET /api/events`: server-sent events telling open pages that something changed, from this
/// process or any other (MCP, the command line, cron) writing the same SQLite file.
///
/// Every change appends to the event log, so the newest event id is the one thing to watch: it
/// is read twice a second (an indexed `max`, one page of the B-tree) and each new value is sent
/// as an event whose data is that id. A comment line every 15 s keeps proxies from closing an
/// idle stream.
struct ChangeFeed: Sendable {
    let history: HistoryService
    var interval: Duration = .milliseconds(500)

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api/events") { request, _ in
            let since = try? await history.latestEventID()
            let feed = self
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    // Open streams end when the server is asked to stop, so it stops at once.
                    let stopping = Atomic(false)
                    try await withGracefulShutdownHandler {
                        try await feed.stream(from: since ?? 0, to: &writer, until: { stopping.load(ordering: .relaxed) })
                    } onGracefulShutdown: {
                        stopping.store(true, ordering: .relaxed)
                    }
                    try await writer.finish(nil)
                })
        }
    }

    private func stream(from start: Int64, to writer: inout any ResponseBodyWriter, until stopping: () -> Bool) async throws {
        var last = start
        var quiet = Duration.zero
        try await writer.write(ByteBuffer(string: "retry: 2000\nevent: ready\ndata: \(last)\n\n"))
        while !Task.isCancelled && !stopping() {
            try await Task.sleep(for: interval)
            let latest = (try? await history.latestEventID()) ?? last
            if latest != last {
                last = latest
                quiet = .zero
                try await writer.write(ByteBuffer(string: "event: change\ndata: \(latest)\n\n"))
            } else {
                quiet += interval
                if quiet >= .seconds(15) {
                    quiet = .zero
                    try await writer.write(ByteBuffer(string: ": still here\n\n"))
                }
            }
        }
    }
}
