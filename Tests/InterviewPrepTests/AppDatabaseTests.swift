import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct AppDatabaseTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("interview-prep-tests-\(UUID().uuidString)")
    }

    @Test func aNewFileIsPrivateInAPrivateFolderAndInWALMode() throws {
        let folder = Self.temporaryFolder().appendingPathComponent("nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let url = folder.appendingPathComponent("db.sqlite")
        let database = try AppDatabase.open(at: url)
        let fileMode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        let journal = try database.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func migrationsCreateTheSchemaOnceAndReopeningKeepsData() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("db.sqlite")
        let engine = Fixtures.engine(database: try AppDatabase.open(at: url))
        _ = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        let reopened = try AppDatabase.open(at: url)
        let (tables, migrations) = try await reopened.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
             try Migrations.migrator.appliedIdentifiers(db))
        }
        #expect(tables == ["checklist_progress", "contacts", "debriefs", "events", "grdb_migrations", "imports", "interviews", "job_notes", "jobs", "jobs_being_deleted", "mock_inputs", "mock_sessions", "offers", "outbox", "reminders", "stages"])
        #expect(migrations == Set(Migrations.migrator.migrations))
        #expect(try await reopened.writer.read { try InterviewRecord.fetchCount($0) } == 1)
    }

    @Test func closingFoldsTheWriteAheadLogIntoTheFileAndLaterUseIsAClearError() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("db.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.writer.write { try $0.execute(sql: "CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1)") }
        let log = url.path + "-wal"
        func logSize() throws -> Int { try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int ?? -1 }
        #expect(try logSize() > 0)
        try database.close()
        let emptied = try !FileManager.default.fileExists(atPath: log) || logSize() == 0
        #expect(emptied)
        #expect(throws: (any Error).self) { _ = try database.writer.read { try Int.fetchOne($0, sql: "SELECT 1") } }
        let reopened = try AppDatabase.open(at: url)
        #expect(try reopened.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM scratch") } == 1)
    }

    @Test func aDatabaseFromANewerVersionIsRefusedClearly() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("db.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        #expect(throws: InterviewPrepError.databaseTooNew(path: url.path)) { _ = try AppDatabase.open(at: url) }
    }

    @Test func aFileThatIsNotSQLiteIsAClearError() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("notes.txt")
        try Data(String(repeating: "just some text, not a database\n", count: 200).utf8).write(to: url)
        let error = #expect(throws: InterviewPrepError.self) { _ = try AppDatabase.open(at: url) }
        #expect(error?.code == "storage_error")
        #expect(error?.description.contains(url.path) == true)
    }

    @Test func eventsCannotBeUpdatedOrDeleted() async throws {
        let engine = Fixtures.engine()
        _ = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        for sql in ["UPDATE events SET actor = 'mcp'", "DELETE FROM events"] {
            #expect(throws: DatabaseError.self) { try engine.core.database.writer.write { try $0.execute(sql: sql) } }
        }
        #expect(try Fixtures.eventCount(engine) == 2)
    }

    @Test func eventIdsAreMonotonicAndPayloadsAreJSONObjects() async throws {
        let engine = Fixtures.engine()
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        _ = try await engine.interviews.updateStatus(interviewID: interview.id, to: .confirmed, actor: .mcp)
        let events = try await engine.core.database.writer.read { try EventRecord.order(Column("id")).fetchAll($0) }
        #expect(events.map(\.id!) == events.map(\.id!).sorted())
        for event in events {
            let payload = try JSONSerialization.jsonObject(with: Data(event.payload.utf8))
            #expect(payload is [String: Any])
        }
    }

    @Test func aFailedMutationLeavesNeitherStateNorEvent() async throws {
        let engine = Fixtures.engine()
        let interview = try await engine.interviews.schedule(Fixtures.request(), actor: .cli)
        _ = try await engine.interviews.cancel(interviewID: interview.id, reason: nil, actor: .cli)
        let before = try Fixtures.eventCount(engine)
        await #expect(throws: InterviewPrepError.self) {
            _ = try await engine.interviews.reschedule(interviewID: interview.id, start: "2026-04-01T10:00", actor: .cli)
        }
        #expect(try Fixtures.eventCount(engine) == before)
        #expect(try await engine.interviews.interview(id: interview.id).start.utc == "2026-03-10T14:00:00Z")
    }
}
