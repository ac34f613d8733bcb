import Foundation
import GRDB

extension InterviewService {
    /// A page of interviews matching `filter`, in start order; `cursor` comes from the previous page.
    public func list(_ filter: InterviewFilter, limit: Int = 50, cursor: String? = nil) async throws(InterviewPrepError) -> InterviewPage {
        try Bounds.check(limit, in: Bounds.pageSize, field: "limit")
        let after = try cursor.map { (text) throws(InterviewPrepError) in try ListCursor(text) }
        var request = InterviewRecord.all()
        if !filter.statuses.isEmpty { request = request.filter(filter.statuses.contains(InterviewRecord.Columns.status)) }
        if !filter.types.isEmpty { request = request.filter(filter.types.contains(InterviewRecord.Columns.type)) }
        if let jobID = filter.jobID {
            request = request.filter(InterviewRecord.Columns.jobID == (try PublicID.parse(jobID, prefix: PublicID.job, field: "job_id")))
        }
        if let company = try FieldRules.text(filter.company, field: "company", maxLength: 200) {
            let pattern = "%" + company.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
            request = request.filter(sql: "job_id IN (SELECT id FROM jobs WHERE company LIKE ? ESCAPE '\\')", arguments: [pattern])
        }
        if let from = filter.from {
            request = request.filter(InterviewRecord.Columns.startAt >= (try resolver.bound(from, field: "from", endOfDay: false)))
        }
        if let to = filter.to {
            request = request.filter(InterviewRecord.Columns.startAt < (try resolver.bound(to, field: "to", endOfDay: true)))
        }
        let filtered = request
        return try await read { db in
            let total = try filtered.fetchCount(db)
            var pageRequest = filtered.order(InterviewRecord.Columns.startAt, InterviewRecord.Columns.id)
            if let after {
                pageRequest = pageRequest.filter(sql: "(start_at, id) > (?, ?)", arguments: [after.start, after.rowID])
            }
            let records = try pageRequest.limit(limit + 1).fetchAll(db)
            let page = Array(records.prefix(limit))
            let next = records.count > limit ? page.last.map { ListCursor(start: $0.startAt, rowID: $0.id!).encoded } : nil
            return InterviewPage(interviews: try Self.details(db, page), nextCursor: next, totalMatching: total)
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
