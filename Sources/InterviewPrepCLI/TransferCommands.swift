import ArgumentParser
import Foundation
import InterviewPrep

/// `interview-prep import …`
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a JSON export, or the interviews.json of the Python interview-prep tool.",
        subcommands: [ImportExport.self, ImportSeedJSON.self], defaultSubcommand: ImportExport.self)
}

struct ImportExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json", abstract: "Restore an `export --format json` file into a new, empty database (--db).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The export format (json).") var format = "json"
    @Argument(help: "The export file.") var file: String

    func validate() throws {
        guard format == "json" else { throw ValidationError("--format: only json can be imported (CSV is for spreadsheets)") }
    }

    func run() async throws {
        let runtime = try global.runtime()
        let progress = ProgressLine("Importing rows")
        defer { progress.finish() }
        let summary = try runtime.services.transfer.importJSON(try Transfer.read(file), progress: progress.report)
        progress.finish()
        print("Imported " + summary.rows.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + " into \(runtime.paths.database.path).")
    }
}

struct ImportSeedJSON: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-json", abstract: "Import interviews.json (and prep_notes/*.md) from the Python interview-prep tool; safe to re-run.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "The interviews.json file.") var file: String
    @Option(help: "The prep_notes folder (default: prep_notes next to the file).") var notesDir: String?
    @Option(help: "The zone of times without an offset (default: the configured zone).") var timezone: String?

    func run() async throws {
        let runtime = try global.runtime()
        let document = try Transfer.read(file)
        let folder = URL(fileURLWithPath: notesDir ?? URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("prep_notes").path)
        var notes: [String: String] = [:]
        for url in (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [] where url.pathExtension == "md" {
            let id = url.deletingPathExtension().lastPathComponent
            notes[id] = try TextInput.file(url.path, field: "prep_notes/\(id).md")
        }
        let progress = ProgressLine("Importing interviews")
        defer { progress.finish() }
        let summary = try await runtime.services.transfer.importSeed(document: document, notes: notes, timeZone: timezone, progress: progress.report)
        progress.finish()
        if output.json { return try Terminal.printJSON(summary) }
        print("Imported \(summary.imported.count) interview(s) (\(summary.notesAttached) with prep notes); \(summary.alreadyImported) were already imported.")
    }
}

/// `interview-prep export`
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export everything: JSON (round-trip exact) or one CSV per table.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @OptionGroup var global: GlobalOptions
    @Option(help: "json or csv.") var format: Format = .json
    @Option(help: "JSON: a file (default stdout). CSV: a folder (required). Written private (0600), never through a symlink.") var out: String?
    @Flag(help: "Replace files that already exist at --out.") var force = false

    func run() async throws {
        let database = try global.runtime().services.core.database
        switch format {
        case .json:
            let data = try DataExport.json(database)
            if let out {
                try PrivateFile.write(data, to: out, overwrite: force, field: "--out")
                Terminal.error("wrote the export to \(out)")
            } else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        case .csv:
            guard let out else { throw InterviewPrepError.invalidArgument(field: "--out", reason: "CSV export needs a folder: --out FOLDER") }
            let files = try DataExport.csv(database)
            try PrivateFile.makeFolder(out, field: "--out")
            if !force {
                for (name, _) in files { try PrivateFile.checkTarget((out as NSString).appendingPathComponent(name), overwrite: false, field: "--out") }
            }
            for (name, text) in files {
                try PrivateFile.write(Data(text.utf8), to: (out as NSString).appendingPathComponent(name), overwrite: force, field: "--out")
            }
            Terminal.error("wrote \(files.count) CSV files to \(out)")
        }
    }
}

/// `interview-prep backup`
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the live database safely (SQLite backup API), even while the server runs.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The backup file (written private, 0600).") var out: String
    @Flag(help: "Replace the file if it already exists.") var force = false

    func run() async throws {
        try global.runtime().services.transfer.backup(to: URL(fileURLWithPath: out), overwrite: force)
        Terminal.error("backed up to \(out)")
    }
}

enum Transfer {
    static func read(_ path: String) throws(InterviewPrepError) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .invalidArgument(field: "file", reason: "cannot read \(path): \(PrivateFile.describe(error))")
        }
    }
}
