/// Turns row ids into the ids people see (`int_7`, `job_3`) and back.
public enum PublicID {
    /// The prefix of interview ids.
    public static let interview = "int"
    /// The prefix of job ids.
    public static let job = "job"

    /// `int_7` for `(interview, 7)`.
    ///
    /// Written straight into one string: lists make two per interview, and interpolation builds
    /// and grows a buffer for each (a short id fits a small string, with no allocation at all).
    public static func format(_ prefix: String, _ rowID: Int64) -> String {
        var prefix = prefix
        return prefix.withUTF8 { head in
            // The prefix, `_`, a sign and up to 20 digits.
            String(unsafeUninitializedCapacity: head.count + 22) { buffer in
                _ = buffer.initialize(fromContentsOf: head)
                var end = head.count
                buffer[end] = UInt8(ascii: "_")
                end += 1
                if rowID < 0 {
                    buffer[end] = UInt8(ascii: "-")
                    end += 1
                }
                var digits = 1
                var rest = rowID.magnitude
                while rest >= 10 {
                    digits += 1
                    rest /= 10
                }
                rest = rowID.magnitude
                for index in stride(from: end + digits - 1, through: end, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                return end + digits
            }
        }
    }

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
