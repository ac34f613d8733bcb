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

}

extension InterviewType {
    /// How a sentence names it: "technical interview", "phone screen", "video interview".
    public var phrase: String {
        let words = rawValue.replacingOccurrences(of: "_", with: " ")
        return words.hasSuffix("interview") || words.hasSuffix("screen") || words.hasSuffix("round") || self == .debrief ? words : words + " interview"
    }
}
