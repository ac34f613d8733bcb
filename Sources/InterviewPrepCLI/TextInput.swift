import Foundation
import InterviewPrep

/// Free text read from a file or standard input, byte for byte, within `FreeText.maxBytes`: at
/// most one byte past the limit is ever read, so an oversized input costs no more memory than
/// the limit.
enum TextInput {
    /// Standard input as UTF-8 text.
    static func standardInput(field: String) throws(InterviewPrepError) -> String {
        try read(FileHandle.standardInput, field: field, source: "standard input")
    }

    /// The file at `path` as UTF-8 text.
    static func file(_ path: String, field: String) throws(InterviewPrepError) -> String {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
            throw .invalidArgument(field: field, reason: "cannot read \(path): \(PrivateFile.describe(error))")
        }
        defer { try? handle.close() }
        return try read(handle, field: field, source: path)
    }

    private static func read(_ handle: FileHandle, field: String, source: String) throws(InterviewPrepError) -> String {
        var data = Data()
        do {
            while data.count <= FreeText.maxBytes, let chunk = try handle.read(upToCount: FreeText.maxBytes + 1 - data.count), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw .invalidArgument(field: field, reason: "cannot read \(source): \(PrivateFile.describe(error))")
        }
        guard data.count <= FreeText.maxBytes else {
            throw .invalidArgument(field: field, reason: "\(source) is larger than \(FreeText.limitDescription), the limit of this field")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .invalidArgument(field: field, reason: "\(source) is not UTF-8 text")
        }
        return text
    }
}
