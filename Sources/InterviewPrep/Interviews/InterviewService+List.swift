import Foundation
import GRDB

extension InterviewService {
    /// A page of interviews matching `filter`, in start order; `cursor` comes from the previous page.
    ///
    /// Read like the other hot reads: one cached statement for the page (joined with the job,
    /// decoded by position, see `InterviewDetail.fetchAll`) and one for the count, on the calling
    /// thread.
    public func list(_ filter: InterviewFilter, limit: Int = 50, cursor: String? = nil) async throws(InterviewPrepError) -> InterviewPage {
        try Bounds.check(limit, in: Bounds.pageSize, field: "limit")
        let after = try cursor.map { (text) throws(InterviewPrepError) in try ListCursor(text) }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.statuses.isEmpty {
            conditions.append("i.status IN (\(databaseQuestionMarks(count: filter.statuses.count)))")
            arguments += StatementArguments(filter.statuses.map(\.rawValue))
        }
        if !filter.types.isEmpty {
            conditions.append("i.type IN (\(databaseQuestionMarks(count: filter.types.count)))")
            arguments += StatementArguments(filter.types.map(\.rawValue))
        }
        if let jobID = filter.jobID {
            conditions.append("i.job_id = ?")
            arguments += [try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")]
        }
        if let company = try FieldRules.text(filter.company, field: "company", maxLength: 200) {
            let pattern = "%" + company.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            conditions.append("i.job_id IN (SELECT id FROM jobs WHERE company LIKE ? ESCAPE '\\')")
            arguments += [pattern]
        }
        if let from = filter.from {
            conditions.append("i.start_at >= ?")
            arguments += [StoredDate(try resolver.bound(from, field: "from", endOfDay: false))]
        }
        if let to = filter.to {
            conditions.append("i.start_at < ?")
            arguments += [StoredDate(try resolver.bound(to, field: "to", endOfDay: true))]
        }
        let condition = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        var pageCondition = condition
        var pageArguments = arguments
        if let after {
            pageCondition += " AND (i.start_at, i.id) > (?, ?)"
            pageArguments += [StoredDate(after.start), after.rowID]
        }
        return try readStatement { db in
            let total = try Int.fetchOne(db.cachedStatement(sql: InterviewDetail.countSQL(where: condition)), arguments: arguments) ?? 0
            let details = try InterviewDetail.fetchAll(db, where: pageCondition, arguments: pageArguments, limit: limit + 1)
            let page = Array(details.prefix(limit))
            let next = details.count > limit ? try page.last.map { last throws in
                ListCursor(start: last.start.instant, rowID: try PublicID.parse(last.id, prefix: PublicID.interview, field: "id")).encoded
            } : nil
            return InterviewPage(interviews: page, nextCursor: next, totalMatching: total)
        }
    }
}

/// An opaque keyset cursor: the start and row id of the last interview of a page.
struct ListCursor: Equatable {
    var start: Date
    var rowID: Int64

    init(start: Date, rowID: Int64) {
        self.start = start
        self.rowID = rowID
    }

    init(_ text: String) throws(InterviewPrepError) {
        let base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        let padded = base64 + String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: padded), let decoded = String(data: data, encoding: .utf8) else {
            throw Self.invalid
        }
        let parts = decoded.split(separator: "|")
        guard parts.count == 3, parts[0] == "v1", let millis = Int64(parts[1]), let rowID = Int64(parts[2]) else {
            throw Self.invalid
        }
        self.init(start: Date(timeIntervalSince1970: TimeInterval(millis) / 1000), rowID: rowID)
    }

    var encoded: String {
        let millis = Int64((start.timeIntervalSince1970 * 1000).rounded())
        return Data("v1|\(millis)|\(rowID)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static let invalid = InterviewPrepError.invalidArgument(
        field: "cursor", reason: "is not a cursor returned by a previous list call; omit it to start from the first page")
}
