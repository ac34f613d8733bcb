/// The kind of an interview: decides its default duration, reminders and coaching.
public enum InterviewType: String, Codable, Sendable, CaseIterable, Hashable {
    case phoneScreen = "phone_screen"
    case videoInterview = "video_interview"
    case technical
    case behavioral
    case onSite = "on_site"
    case panel
    case finalRound = "final_round"
    case debrief

    /// Parses a raw value, or throws an error naming `field` and the allowed values.
    public static func parse(_ raw: String, field: String = "type") throws(InterviewPrepError) -> InterviewType {
        guard let type = InterviewType(rawValue: raw) else {
            throw .invalidValue(field: field, value: raw, allowed: allCases.map(\.rawValue))
        }
        return type
    }
}
