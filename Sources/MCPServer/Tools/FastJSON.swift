import Foundation
import InterviewPrep

/// An output that can write its own JSON bytes, identical to `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes`, for the hottest reads (`get_upcoming_interviews`, `get_interview`,
/// lists). Foundation's encoder costs about 50 µs per interview; this costs a few.
protocol FastJSONOutput {
    /// The JSON, or nil to let `JSONEncoder` handle this value.
    func fastJSON() -> [UInt8]?
}

/// Writes one JSON object at the end of a byte buffer; callers give the keys in sorted (byte) order.
struct JSONObjectWriter {
    private var bytes: [UInt8] = []
    private var first = true

    /// Writes an object at the end of `out`, in place.
    static func write(into out: inout [UInt8], _ body: (inout JSONObjectWriter) -> Void) {
        var writer = JSONObjectWriter()
        swap(&writer.bytes, &out)
        body(&writer)
        writer.bytes.append(contentsOf: (writer.first ? "{}" : "}").utf8)
        swap(&writer.bytes, &out)
    }

    /// Keys are our own ASCII literals: written as they are, without escaping.
    private mutating func key(_ name: StaticString) {
        bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
        first = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        JSONString.append(value, to: &bytes)
    }

    mutating func string(_ name: StaticString, ifPresent value: String?) {
        if let value { string(name, value) }
    }

    /// A string that `write` appends and that needs no escaping (ISO 8601 times), quoted.
    mutating func plainText(_ name: StaticString, _ write: (inout [UInt8]) -> Void) {
        key(name)
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// One of our identifiers (an enum's raw value: ASCII letters and underscores), quoted
    /// without looking for characters to escape.
    mutating func identifier(_ name: StaticString, _ value: String) {
        key(name)
        Self.appendIdentifier(value, to: &bytes)
    }

    private static func appendIdentifier(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: value.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ name: StaticString, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// An array of enum values, written by raw value (identifiers, see `identifier`).
    mutating func rawValues<Value: RawRepresentable<String>>(_ name: StaticString, _ values: [Value]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendIdentifier(value.rawValue, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A nested object, written in place.
    mutating func object(_ name: StaticString, _ body: (inout JSONObjectWriter) -> Void) {
        key(name)
        Self.write(into: &bytes, body)
    }

    /// An array whose elements `body` writes in place, separated by commas.
    mutating func array<Element>(_ name: StaticString, _ elements: [Element], _ body: (Element, inout [UInt8]) -> Void) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            body(element, &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

extension ZonedTime {
    func writeJSON(_ object: inout JSONObjectWriter) {
        object.string("abbreviation", abbreviation)
        object.plainText("local", appendLocal)
        object.string("timezone", timeZone)
        object.plainText("utc", appendUTC)
    }
}

extension InterviewDetail: FastJSONOutput {
    func fastJSON() -> [UInt8]? {
        guard reminders == nil else { return nil }
        var out: [UInt8] = []
        writeJSON(into: &out)
        return out
    }

    /// Writes the interview (without reminders) at the end of `out`.
    func writeJSON(into out: inout [UInt8]) {
        JSONObjectWriter.write(into: &out) { object in
            object.rawValues("allowed_next_statuses", allowedNextStatuses)
            object.string("company", company)
            object.plainText("created_at", createdAt.append)
            object.int("duration_minutes", durationMinutes)
            object.object("end", end.writeJSON)
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
            object.identifier("role_family", roleFamily.rawValue)
            object.object("start", start.writeJSON)
            object.identifier("status", status.rawValue)
            object.identifier("type", type.rawValue)
            object.plainText("updated_at", updatedAt.append)
        }
    }
}

extension InterviewListOutput: FastJSONOutput {
    func fastJSON() -> [UInt8]? {
        guard interviews.allSatisfy({ $0.reminders == nil }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(256 + interviews.count * 900)
        JSONObjectWriter.write(into: &out) { object in
            object.string("as_of", ifPresent: asOf)
            object.int("count", count)
            if let days { object.int("days", days) }
            object.array("interviews", interviews) { interview, out in interview.writeJSON(into: &out) }
            object.string("job_id", ifPresent: jobID)
        }
        return out
    }
}
