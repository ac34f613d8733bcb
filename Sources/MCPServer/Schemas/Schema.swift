import InterviewPrep
import MCP

/// JSON Schema builders for output schemas, and the shapes shared between tools.
public enum Schema {
    public static let string: Value = ["type": "string"]
    public static let integer: Value = ["type": "integer"]
    public static let boolean: Value = ["type": "boolean"]
    public static let dateTime: Value = ["type": "string", "format": "date-time"]

    /// A string that is one of `values`.
    public static func oneOf(_ values: [String]) -> Value {
        ["type": "string", "enum": .array(values.map(Value.string))]
    }

    /// A number, or `null`.
    public static let nullableNumber: Value = ["type": ["number", "null"]]

    /// A list of `items`.
    public static func array(of items: Value) -> Value { ["type": "array", "items": items] }

    /// An object with `properties`; every property is required unless listed in `optional`.
    public static func object(_ properties: [String: Value], optional: Set<String> = [], additional: Value = false) -> Value {
        let required = properties.keys.filter { !optional.contains($0) }.sorted().map(Value.string)
        return ["type": "object", "properties": .object(properties), "required": .array(required), "additionalProperties": additional]
    }

    /// An object whose keys are `keys` and whose values are counts.
    public static func counts(keys: [String]) -> Value {
        object(Dictionary(uniqueKeysWithValues: keys.map { ($0, integer) }))
    }

    public static let interviewStatus = oneOf(InterviewStatus.allowedNames)
    public static let interviewType = oneOf(InterviewType.allowedNames)
    public static let roleFamily = oneOf(RoleFamily.allowedNames)

    /// `ZonedTime`: an instant in UTC and in the interview's zone.
    public static let zonedTime = Value(ZonedTime.schema)

    /// `InterviewDetail`, from its declaration.
    public static let interview = Value(InterviewDetail.outputSchema)

    /// `ReminderSummary`, from its declaration.
    public static let reminder = Value(ReminderSummary.outputSchema)

    /// `PrepNotes`, from its declaration.
    public static let prepNotes = Value(PrepNotes.outputSchema)
}
