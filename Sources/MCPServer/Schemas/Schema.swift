import InterviewPrep
import MCP

/// The output schemas tools share, from their types' declarations (`OutputShape`), as the SDK's
/// `Value`; and the enums the compactor names when they repeat inside one schema.
public enum Schema {
    /// `InterviewDetail`.
    public static let interview = Value(InterviewDetail.outputSchema)
    /// `PrepNotes`.
    public static let prepNotes = Value(PrepNotes.outputSchema)
    /// `ReminderSummary`.
    public static let reminder = Value(ReminderSummary.outputSchema)
    /// `ZonedTime`: an instant in UTC and in the interview's zone.
    public static let zonedTime = Value(ZonedTime.schema)

    public static let interviewStatus = identifier(InterviewStatus.allCases)
    public static let interviewType = identifier(InterviewType.allCases)
    public static let roleFamily = identifier(RoleFamily.allCases)

    /// The schema an `OutputField.identifier` gives a field of `E`.
    static func identifier<E: RawRepresentable<String>>(_ cases: [E]) -> Value {
        ["type": "string", "enum": .array(cases.map { .string($0.rawValue) })]
    }
}
