import Foundation
import GRDB

/// The one SQLite database: opened, migrated and shared by the engine.
///
/// A file database runs in WAL mode with a busy timeout, because the MCP server, a cron run
/// and the CLI may open it at the same time. Its file is created with mode 0600 in a folder
/// with mode 0700.
public struct AppDatabase: Sendable {
    /// The connection pool (a file) or queue (in memory) all reads and writes go through.
    public let writer: any DatabaseWriter

    /// Wraps `writer` and brings its schema up to date, refusing a database from a newer version.
    public init(_ writer: any DatabaseWriter, path: String = ":memory:") throws(InterviewPrepError) {
        self.writer = writer
        do {
            let migrator = Migrations.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                throw InterviewPrepError.databaseTooNew(path: path)
            }
            try migrator.migrate(writer)
        } catch let error as InterviewPrepError {
            throw error
        } catch {
            throw .storage("cannot prepare \(path): \(error)")
        }
    }

    /// Opens (creating when needed) the database file at `url`.
    public static func open(at url: URL) throws(InterviewPrepError) -> AppDatabase {
        let path = url.path
        do {
            try prepareFile(at: url)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.foreignKeysEnabled = true
            configuration.maximumReaderCount = 2
            configuration.label = "interview-prep"
            configuration.prepareDatabase { db in
                // In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits
                // (not an application crash). It saves an fsync per change.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // 512 KiB of page cache per connection (SQLite's default is 2 MiB): the hot reads touch
                // a few index pages, and the operating system caches the file anyway.
                try db.execute(sql: "PRAGMA cache_size = -512")
            }
            return try AppDatabase(DatabasePool(path: path, configuration: configuration), path: path)
        } catch let error as InterviewPrepError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .storage("\(path) is not an interview-prep database (not SQLite); point --db or INTERVIEW_PREP_DB elsewhere")
        } catch {
            throw .storage("cannot open \(path): \(error)")
        }
    }

    /// Copies the write-ahead log into the database file, empties it, and closes every
    /// connection, so the next process to open the file has no log to replay first. Any later
    /// use of this database fails with an error.
    ///
    /// The log is emptied here because the pool closes its writer before its readers, and a
    /// read-only connection closing last cannot. When another process is reading at that
    /// moment the log stays as it is, for that process to fold in.
    public func close() throws(InterviewPrepError) {
        do {
            if writer is DatabasePool {
                _ = try? writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            }
            try writer.close()
        } catch {
            throw .storage("cannot close the database: \(error)")
        }
    }

    /// An empty in-memory database, for tests and previews.
    public static func inMemory() -> AppDatabase {
        // An in-memory queue cannot be superseded or fail to migrate v1.
        try! AppDatabase(DatabaseQueue())
    }

    /// Creates the folder (0700) and an empty file (0600) so SQLite never makes them world-readable.
    private static func prepareFile(at url: URL) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        if !manager.fileExists(atPath: folder.path) {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if !manager.fileExists(atPath: url.path) {
            guard manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw InterviewPrepError.storage("cannot create \(url.path): check that its folder is writable")
            }
        }
    }
}
