import Foundation

/// The one size limit of every multi-line free text the candidate gives: prep notes, interview
/// notes, job notes and descriptions, debriefs, feedback, reasons, offer notes, mock answers.
/// The same on every surface (MCP, CLI, import); see docs/limits.md.
public enum FreeText {
    /// 1 MiB of UTF-8: a pasted job description plus research fits many times over.
    public static let maxBytes = 1_048_576

    /// The limit as people read it.
    public static let limitDescription = "1 MiB (1,048,576 bytes of UTF-8)"
}

/// Checks on text fields, shared by every mutation.
package enum FieldRules {
    /// A single-line field (a name, a company, a link): surrounding spaces are trimmed, since the
    /// value is matched and shown as a label; `nil` when empty. Refuses over-long text, line breaks
    /// and control characters (they would break email headers).
    package static func text(_ value: String?, field: String, maxLength: Int) throws(InterviewPrepError) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maxLength else {
            throw .invalidArgument(field: field, reason: "is \(trimmed.count) characters long; at most \(maxLength) are allowed")
        }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidArgument(field: field, reason: "must be a single line without control characters")
        }
        return trimmed
    }

    /// Multi-line free text, kept exactly as given (blank lines, spaces, a byte-order mark and all);
    /// `nil` when absent or only blank. Refuses text over `FreeText.maxBytes` and control characters
    /// other than tab, line feed and carriage return (NUL among them).
    package static func freeText(_ value: String?, field: String) throws(InterviewPrepError) -> String? {
        guard let value, value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return nil }
        let size = value.utf8.count
        guard size <= FreeText.maxBytes else {
            throw .invalidArgument(field: field, reason: "is \(size) bytes long; at most \(FreeText.limitDescription) are allowed")
        }
        if let bad = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control && !["\n", "\t", "\r"].contains($0) }) {
            throw .invalidArgument(
                field: field,
                reason: "must not contain control characters (found U+\(String(format: "%04X", bad.value))); tabs and line breaks are fine")
        }
        return value
    }

    /// Like `text`, but the field must be present.
    package static func requiredText(_ value: String?, field: String, maxLength: Int, context: String = "") throws(InterviewPrepError) -> String {
        guard let text = try text(value, field: field, maxLength: maxLength) else {
            throw .invalidArgument(field: field, reason: "is required\(context) and must not be empty")
        }
        return text
    }

    /// A plausible single email address (`name@example.com`), or `nil` when absent.
    package static func email(_ value: String?, field: String) throws(InterviewPrepError) -> String? {
        guard let address = try text(value, field: field, maxLength: 254) else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !address.contains(where: { $0 == " " || $0 == "," || $0 == "<" || $0 == ">" || $0 == ";" }) else {
            throw .invalidArgument(field: field, reason: "'\(address)' is not an email address like name@example.com")
        }
        return address
    }

    /// A duration in minutes within 5 minutes and 12 hours.
    package static func duration(_ minutes: Int?, field: String = "duration_minutes") throws(InterviewPrepError) -> Int? {
        guard let minutes else { return nil }
        try Bounds.check(minutes, in: Bounds.durationMinutes, field: field, unit: " minutes")
        return minutes
    }
}
