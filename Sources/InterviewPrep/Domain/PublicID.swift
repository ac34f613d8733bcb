/// Turns row ids into the ids people see (`int_7`, `job_3`) and back.
public enum PublicID {
    /// The prefix of interview ids.
    public static let interview = "int"
    /// The prefix of job ids.
    public static let job = "job"

    /// `int_7` for `(interview, 7)`.
    public static func format(_ prefix: String, _ rowID: Int64) -> String { "\(prefix)_\(rowID)" }

    /// Parses `int_7` (or a bare `7`) into 7, or throws an error naming `field`.
    public static func parse(_ text: String, prefix: String, field: String) throws(InterviewPrepError) -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix(prefix + "_") ? String(trimmed.dropFirst(prefix.count + 1)) : trimmed
        guard let value = Int64(digits), value > 0 else {
            throw .invalidArgument(field: field, reason: "'\(text)' is not an id; expected the form \(prefix)_<number>, e.g. \(prefix)_7")
        }
        return value
    }
}

import Foundation
