import ArgumentParser
import InterviewPrep

/// `interview-prep stats`
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Show interview statistics.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let stats = try await global.runtime().services.interviews.statistics()
        if output.json { return try Terminal.printJSON(stats) }
        let rate = stats.successRate.map { String(format: "%.0f%%", $0 * 100) } ?? "n/a"
        print("Interviews: \(stats.total)   next 7 days: \(stats.upcomingNext7Days)   completed: \(stats.completed)   cancelled: \(stats.cancelled)")
        print("Success rate: \(rate)  (\(stats.successRateDefinition))")
        print("\nBy status:\n" + Terminal.table(["STATUS", "COUNT"], stats.byStatus.sorted { $0.key < $1.key }.map { [$0.key, "\($0.value)"] }))
        print("\nBy type:\n" + Terminal.table(["TYPE", "COUNT"], stats.byType.sorted { $0.key < $1.key }.map { [$0.key, "\($0.value)"] }))
        if !stats.byCompany.isEmpty {
            print("\nBy company:\n" + Terminal.table(["COMPANY", "COUNT"], stats.byCompany.map { [$0.company, "\($0.count)"] }))
        }
    }
}
