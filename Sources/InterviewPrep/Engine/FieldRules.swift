import Foundation

/// Checks on free-text fields, shared by every mutation.
enum FieldRules {
    /// Trims `value` and returns it, `nil` when empty; refuses over-long text and, for
    /// single-line fields, line breaks and control characters (they would break email headers).
    static func text(_ value: String?, field: String, maxLength: Int, singleLine: Bool) throws(InterviewPrepError) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxLength else {
            throw .invalidArgument(field: field, reason: "is \(trimmed.count) characters long; at most \(maxLength) are allowed")
        }
        let forbidden: (Unicode.Scalar) -> Bool = singleLine
            ? { $0.properties.generalCategory == .control }
            : { $0.properties.generalCategory == .control && !["\n", "\t", "\r"].contains($0) }
        if trimmed.unicodeScalars.contains(where: forbidden) {
            throw .invalidArgument(
                field: field,
                reason: singleLine ? "must be a single line without control characters" : "must not contain control characters")
        }
        return trimmed
    }

    /// Like `text`, but the field must be present.
    static func requiredText(_ value: String?, field: String, maxLength: Int, context: String = "") throws(InterviewPrepError) -> String {
        guard let text = try text(value, field: field, maxLength: maxLength, singleLine: true) else {
            throw .invalidArgument(field: field, reason: "is required\(context) and must not be empty")
        }
        return text
    }

    /// A plausible single email address (`name@example.com`), or `nil` when absent.
    static func email(_ value: String?, field: String) throws(InterviewPrepError) -> String? {
        guard let address = try text(value, field: field, maxLength: 254, singleLine: true) else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !address.contains(where: { $0 == " " || $0 == "," || $0 == "<" || $0 == ">" || $0 == ";" }) else {
            throw .invalidArgument(field: field, reason: "'\(address)' is not an email address like name@example.com")
        }
        return address
    }

    /// A duration in minutes within 5 minutes and 12 hours.
    static func duration(_ minutes: Int?, field: String = "duration_minutes") throws(InterviewPrepError) -> Int? {
        guard let minutes else { return nil }
        guard (5...720).contains(minutes) else {
            throw .invalidArgument(field: field, reason: "must be between 5 and 720 minutes, got \(minutes)")
        }
        return minutes
    }
}
