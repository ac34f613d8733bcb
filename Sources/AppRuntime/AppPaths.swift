import Foundation
import InterviewPrep

/// Where interview-prep keeps its database and reads its configuration, per the XDG conventions.
public struct AppPaths: Sendable, Equatable {
    /// The SQLite database file.
    public var database: URL
    /// The folder with `config.json` and the user's overrides of bundled files.
    public var configDirectory: URL

    /// `config.json` in the config folder: the user's settings (time zone, reminder hours, mail).
    public var configFile: URL { configDirectory.appendingPathComponent("config.json") }

    public init(database: URL, configDirectory: URL) {
        self.database = database
        self.configDirectory = configDirectory
    }

    /// Resolves the paths: `--db` (`explicitDatabase`), else `INTERVIEW_PREP_DB`, else
    /// `$XDG_DATA_HOME/interview-prep/interview-prep.sqlite`; the config folder is
    /// `INTERVIEW_PREP_CONFIG_DIR`, else `$XDG_CONFIG_HOME/interview-prep`.
    public static func resolve(explicitDatabase: String? = nil, environment: [String: String]) -> AppPaths {
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        func xdg(_ key: String, _ fallback: String) -> URL {
            if let value = environment[key], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        let database: URL
        if let explicit = explicitDatabase ?? environment["INTERVIEW_PREP_DB"], !explicit.isEmpty {
            database = URL(fileURLWithPath: explicit)
        } else {
            database = xdg("XDG_DATA_HOME", ".local/share").appendingPathComponent("interview-prep/interview-prep.sqlite")
        }
        let config: URL
        if let explicit = environment["INTERVIEW_PREP_CONFIG_DIR"], !explicit.isEmpty {
            config = URL(fileURLWithPath: explicit)
        } else {
            config = xdg("XDG_CONFIG_HOME", ".config").appendingPathComponent("interview-prep")
        }
        return AppPaths(database: database, configDirectory: config)
    }
}
