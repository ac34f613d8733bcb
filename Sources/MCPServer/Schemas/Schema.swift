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
    public static let zonedTime = object([
        "utc": dateTime, "local": dateTime, "timezone": string, "abbreviation": string,
    ])

    /// `InterviewDetail`.
    public static let interview = object(
        [
            "id": string, "job_id": string, "company": string, "role": string, "role_family": roleFamily,
            "type": interviewType, "status": interviewStatus, "start": zonedTime, "end": zonedTime,
            "duration_minutes": integer, "interviewer_name": string, "interviewer_email": string,
            "location": string, "notes": string, "feedback": string, "preparation_complete": boolean,
            "has_prep_notes": boolean, "allowed_next_statuses": array(of: interviewStatus),
            "created_at": dateTime, "updated_at": dateTime, "reminders": array(of: reminder),
        ],
        optional: ["interviewer_name", "interviewer_email", "location", "notes", "feedback", "reminders"])

    /// `ReminderSummary`.
    public static let reminder = object(
        [
            "id": string, "interview_id": string, "hours_before": integer, "due": zonedTime,
            "status": oneOf(ReminderStatus.allowedNames), "attempts": integer, "note": string,
            "last_error": string, "sent_at": dateTime,
        ],
        optional: ["note", "last_error", "sent_at"])

    /// `PrepNotes`.
    public static let prepNotes = object([
        "interview_id": string, "markdown": string, "preparation_complete": boolean, "updated_at": dateTime,
    ])
}
