import Foundation

/// Finds the folder holding the bundled `data/` and `templates/` folders at run time.
///
/// Looked for, in order: `$INTERVIEW_PREP_RESOURCES`; the SwiftPM resource bundle next to the
/// executable (a build folder, or an install that copied the bundle beside the binary);
/// `<executable dir>/../share/interview-prep` (what `scripts/install.sh` lays out).
public enum BundledFiles {
    /// The SwiftPM resource bundle's folder name.
    public static let bundleName = "interview-prep_BundledFiles.resources"

    /// The folder that contains `data/` (and `templates/`), or `nil` when no candidate has one.
    public static func root(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        candidates(environment: environment).first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent("data").path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    /// Every folder searched, in order, for error messages.
    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var result: [URL] = []
        if let explicit = environment["INTERVIEW_PREP_RESOURCES"], !explicit.isEmpty {
            result.append(URL(fileURLWithPath: explicit))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            result.append(folder.appendingPathComponent(bundleName))
            result.append(folder.deletingLastPathComponent().appendingPathComponent("share/interview-prep"))
        }
        return result
    }
}
