import Foundation
import GRDB

/// Moving data in and out: JSON and CSV exports, restoring an export, importing the Python
/// tool's files, and live backups.
public struct TransferService: Service {
    public let core: ServiceCore

    public init(core: ServiceCore) {
        self.core = core
    }

    /// Everything as one JSON document that `importJSON` restores exactly.
    public func exportJSON() throws(InterviewPrepError) -> Data { try DataExport.json(database) }

    /// One RFC 4180 CSV text per table, by file name.
    public func exportCSV() throws(InterviewPrepError) -> [String: String] { try DataExport.csv(database) }

    /// Restores a JSON export into this (empty) database.
    public func importJSON(_ data: Data, progress: ProgressReport? = nil) throws(InterviewPrepError) -> DataImport.Summary {
        try DataImport.json(data, into: database, progress: progress)
    }

    /// A consistent copy of the live database at `url` (see `DataImport.backup`).
    public func backup(to url: URL, overwrite: Bool) throws(InterviewPrepError) {
        try DataImport.backup(database, to: url, overwrite: overwrite)
    }
}
