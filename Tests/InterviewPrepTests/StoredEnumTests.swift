import Foundation
import GRDB
import Testing
@testable import InterviewPrep
import TestSupport

@Suite struct StoredEnumTests {
    @Test func everyRoleFamilyTypeAndStatusIsFoundByItsStoredText() {
        for family in RoleFamily.allCases { #expect(RoleFamily.storedValues.value(of: family.rawValue) == family) }
        for type in InterviewType.allCases { #expect(InterviewType.storedValues.value(of: type.rawValue) == type) }
        for status in InterviewStatus.allCases { #expect(InterviewStatus.storedValues.value(of: status.rawValue) == status) }
    }

    @Test(arguments: ["", "phone", "phone_screen ", "Phone_screen", "phone_screens", "technical\u{0}"])
    func textThatIsNoCaseExactlyIsNone(text: String) {
        #expect(InterviewType.storedValues.value(of: text) == nil)
    }

    @Test func aStoredCaseReadFromADatabaseValueKeepsTheTextItDoesNotKnow() throws {
        #expect(try StoredCase<InterviewStatus>.fromDatabaseValue("scheduled".databaseValue)?.stored.get() == .scheduled)
        guard case .failure(let unknown)? = StoredCase<InterviewStatus>.fromDatabaseValue("done".databaseValue)?.stored else {
            Issue.record("'done' was read as a status"); return
        }
        #expect(unknown.text == "done")
        #expect(StoredCase<InterviewStatus>.fromDatabaseValue(7.databaseValue) == nil)
    }

    @Test(arguments: [
        ("UPDATE jobs SET role_family = 'astronaut'", "'astronaut' where a RoleFamily belongs"),
        ("UPDATE interviews SET type = 'Technical'", "'Technical' where a InterviewType belongs"),
        ("UPDATE interviews SET status = 'done'", "'done' where a InterviewStatus belongs"),
    ])
    func aStoredValueOutsideItsEnumIsAStorageErrorNamingIt(damage: String, message: String) async throws {
        let services = Fixtures.engine(clock: TestClock("2026-03-01T12:00:00Z"))
        _ = try await services.interviews.schedule(Fixtures.request(start: "2026-03-02T14:00:00Z"), actor: .cli)
        try await services.core.database.writer.write { try $0.execute(sql: damage) }
        do {
            _ = try await services.interviews.upcoming(days: 7)
            Issue.record("a damaged value was read without an error")
        } catch {
            guard case .storage(let text) = error else { Issue.record("expected a storage error, got \(error)"); return }
            #expect(text.contains(message))
        }
    }
}

extension StoredValues {
    /// The case whose raw value is `text` (the server reads only a statement's bytes).
    fileprivate func value(of text: String) -> Value? {
        var text = text
        return text.withUTF8 { value(utf8: $0) }
    }
}
