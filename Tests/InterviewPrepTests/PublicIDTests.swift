import Testing
@testable import InterviewPrep

struct PublicIDTests {
    @Test("an id is its prefix, an underscore and the row's number", arguments: [
        Int64(0), 1, 7, 9, 10, 99, 100, 12_345, 999_999_999_999, Int64.max, -1, -10, Int64.min,
    ])
    func anIDIsItsPrefixAnUnderscoreAndTheRowsNumber(rowID: Int64) {
        for prefix in [PublicID.interview, PublicID.job, "", "a_longer_prefix_than_fifteen_bytes"] {
            #expect(PublicID.format(prefix, rowID) == prefix + "_" + String(rowID))
        }
    }

    @Test func aFormattedIDParsesBackToItsRow() throws {
        for rowID: Int64 in [1, 42, 1_000_000] {
            #expect(try PublicID.parse(PublicID.format(PublicID.job, rowID), prefix: PublicID.job, field: "job_id") == rowID)
        }
    }
}
