import Foundation
import InterviewPrep

/// An output that can write its own JSON bytes, identical to `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`, for the hottest reads (`get_upcoming_interviews`, `get_interview`,
/// lists). Foundation's encoder costs about 50 µs per interview; this costs a few.
protocol FastJSONOutput {
    /// The JSON, or nil to let `JSONEncoder` handle this value.
    func fastJSON() -> [UInt8]?
}

/// Writes one JSON object; callers give the keys in sorted (byte) order.
struct JSONObjectWriter {
    private(set) var bytes: [UInt8]
    private var first = true

    init(into bytes: [UInt8] = []) { self.bytes = bytes }

    mutating func key(_ name: String) {
        bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        JSONString.append(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: String, _ value: String) {
        key(name)
        JSONString.append(value, to: &bytes)
    }

    mutating func string(_ name: String, ifPresent value: String?) {
        if let value { string(name, value) }
    }

    mutating func int(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func strings(_ name: String, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONString.append(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func raw(_ name: String, _ json: [UInt8]) {
        key(name)
        bytes.append(contentsOf: json)
    }

    /// The finished object.
    mutating func finish() -> [UInt8] {
        bytes.append(contentsOf: (first ? "{}" : "}").utf8)
        return bytes
    }
}

extension ZonedTime {
    func fastJSON() -> [UInt8] {
        var object = JSONObjectWriter()
        object.string("abbreviation", abbreviation)
        object.string("local", local)
        object.string("timezone", timeZone)
        object.string("utc", utc)
        return object.finish()
    }
}

extension InterviewDetail: FastJSONOutput {
    func fastJSON() -> [UInt8]? {
        guard reminders == nil else { return nil }
        var object = JSONObjectWriter()
        object.strings("allowed_next_statuses", allowedNextStatuses.map(\.rawValue))
        object.string("company", company)
        object.string("created_at", createdAt)
        object.int("duration_minutes", durationMinutes)
        object.raw("end", end.fastJSON())
        object.string("feedback", ifPresent: feedback)
        object.bool("has_prep_notes", hasPrepNotes)
        object.string("id", id)
        object.string("interviewer_email", ifPresent: interviewerEmail)
        object.string("interviewer_name", ifPresent: interviewerName)
        object.string("job_id", jobID)
        object.string("location", ifPresent: location)
        object.string("notes", ifPresent: notes)
        object.bool("preparation_complete", preparationComplete)
        object.string("role", role)
        object.string("role_family", roleFamily.rawValue)
        object.raw("start", start.fastJSON())
        object.string("status", status.rawValue)
        object.string("type", type.rawValue)
        object.string("updated_at", updatedAt)
        return object.finish()
    }
}

extension InterviewListOutput: FastJSONOutput {
    func fastJSON() -> [UInt8]? {
        var list: [UInt8] = [UInt8(ascii: "[")]
        for (index, interview) in interviews.enumerated() {
            guard let json = interview.fastJSON() else { return nil }
            if index > 0 { list.append(UInt8(ascii: ",")) }
            list.append(contentsOf: json)
        }
        list.append(UInt8(ascii: "]"))
        var object = JSONObjectWriter()
        object.string("as_of", ifPresent: asOf)
        object.int("count", count)
        if let days { object.int("days", days) }
        object.raw("interviews", list)
        object.string("job_id", ifPresent: jobID)
        return object.finish()
    }
}
