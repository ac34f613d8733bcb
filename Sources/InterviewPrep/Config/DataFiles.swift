import BundledFiles
import Foundation

/// Reads data and template files: the user's copy in the config folder wins over the bundled one.
public struct DataFiles: Sendable {
    /// The user's config folder, searched first.
    public var overrideDirectory: URL?
    /// The folder holding the bundled `data/` and `templates/`.
    public var bundledDirectory: URL?

    public init(overrideDirectory: URL?, bundledDirectory: URL? = BundledFiles.root()) {
        self.overrideDirectory = overrideDirectory
        self.bundledDirectory = bundledDirectory
    }

    /// The file at `relativePath` (e.g. `data/interview-types.json`), the user's copy first.
    public func url(for relativePath: String) throws(InterviewPrepError) -> URL {
        for folder in [overrideDirectory, bundledDirectory].compactMap(\.self) {
            let candidate = folder.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        if bundledDirectory == nil {
            let searched = BundledFiles.candidates().map(\.path).joined(separator: ", ")
            throw .dataFile(
                file: relativePath,
                reason: "the bundled data folder was not found (searched \(searched)); reinstall, or set INTERVIEW_PREP_RESOURCES")
        }
        throw .dataFile(file: relativePath, reason: "no such file in the bundle or in \(overrideDirectory?.path ?? "the config folder")")
    }

    /// Decodes the JSON file at `relativePath`, naming the file and the field on failure.
    public func decodeJSON<T: Decodable>(_ type: T.Type, from relativePath: String) throws(InterviewPrepError) -> T {
        let url = try url(for: relativePath)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .dataFile(file: url.path, reason: "cannot be read: \(error.localizedDescription)")
        }
        do {
            let decoder = JSONDecoder()
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw .dataFile(file: url.path, reason: Self.describe(error))
        } catch {
            throw .dataFile(file: url.path, reason: error.localizedDescription)
        }
    }

    package static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let joined = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return joined.isEmpty ? "the top level" : "'\(joined)'"
        }
        switch error {
        case .keyNotFound(let key, let context): return "field \(path(context)).\(key.stringValue) is missing"
        case .typeMismatch(let type, let context): return "field \(path(context)) should be \(type)"
        case .valueNotFound(let type, let context): return "field \(path(context)) should be \(type), found null"
        case .dataCorrupted(let context): return "at \(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
