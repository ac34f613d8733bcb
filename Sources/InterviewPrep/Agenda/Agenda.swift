import Foundation

/// What the candidate has on: today's and tomorrow's interviews, by the days of their own time
/// zone, and everything else waiting on them (`PipelineService.nextActions`).
public struct Agenda: OutputShape, Equatable {
    /// The candidate's zone, whose days `today` and `tomorrow` are.
    public var timeZone: String
    /// Today's date there, `2026-11-30`.
    public var date: String
    public var today: [InterviewDetail]
    public var tomorrow: [InterviewDetail]
    /// Debriefs owed, stage deadlines, interviews to prepare this week, offer deadlines.
    public var waiting: [NextAction]

    public static let outputFields: [OutputField<Agenda>] = [
        .string("date") { $0.date }, .string("timezone") { $0.timeZone }, .objects("today") { $0.today },
        .objects("tomorrow") { $0.tomorrow }, .objects("waiting") { $0.waiting },
    ]
}

extension Services {
    /// The candidate's agenda as of now, in their own zone (the configured default zone).
    public func agenda() async throws(InterviewPrepError) -> Agenda {
        let now = core.now()
        let zone = core.resolver.defaultTimeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let startOfToday = calendar.startOfDay(for: now)
        let startOfTomorrow = calendar.date(byAdding: .day, value: 1, to: startOfToday)!
        let end = calendar.date(byAdding: .day, value: 2, to: startOfToday)!
        let live = try await interviews.list(
            InterviewFilter(statuses: InterviewStatus.liveStatuses, from: TimeFormat.utc(startOfToday), to: TimeFormat.utc(end)),
            limit: Bounds.pageSize.upperBound)
        return Agenda(
            timeZone: zone.identifier, date: String(TimeFormat.local(now, in: zone).prefix(10)),
            today: live.interviews.filter { $0.start.instant < startOfTomorrow },
            tomorrow: live.interviews.filter { $0.start.instant >= startOfTomorrow },
            waiting: try await pipelines.nextActions())
    }
}
