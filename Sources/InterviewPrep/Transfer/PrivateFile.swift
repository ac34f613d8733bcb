import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file the product writes for the candidate (exports, backups, calendars, mock exports) is
/// as private as the database: mode 0600, in folders it creates with mode 0700, whatever the umask.
///
/// One rule for every output path: the last component is never followed if it is a symbolic link,
/// an existing file is replaced only when the caller says so (`--force`), and the content is
/// written to a temporary file in the same folder, flushed, then moved into place in one step:
/// a crash leaves the old file or the new one, never half of one.
public enum PrivateFile {
    /// Writes `data` to `path`; `field` names the option in errors (e.g. `--out`).
    public static func write(_ data: Data, to path: String, overwrite: Bool, field: String) throws(InterviewPrepError) {
        try create(at: path, overwrite: overwrite, field: field) { temporary in
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        }
    }

    /// Creates `path` through `fill`, which writes the content into the private temporary file
    /// whose path it is given (for writers that open a path themselves, like SQLite's backup).
    public static func create(
        at path: String, overwrite: Bool, field: String, fill: (_ temporaryPath: String) throws -> Void
    ) throws(InterviewPrepError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try makeFolder(folder, field: field)
        try checkTarget(path, overwrite: overwrite, field: field)
        let temporary = folder + "/." + url.lastPathComponent + ".partial-" + String(UInt32.random(in: .min ... .max), radix: 36)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(field, "cannot create a file in \(folder): \(lastError())") }
        fchmod(descriptor, 0o600)
        close(descriptor)
        do {
            try fill(temporary)
            try flush(temporary)
            try publish(temporary, as: path, overwrite: overwrite, field: field)
        } catch {
            unlink(temporary)
            if let error = error as? InterviewPrepError { throw error }
            throw failure(field, "cannot write \(path): \(describe(error))")
        }
        try? flush(folder)
    }

    /// Makes sure `path` is a folder, creating it and any missing parents with mode 0700. A
    /// symbolic link as its last component is refused.
    public static func makeFolder(_ path: String, field: String) throws(InterviewPrepError) {
        var status = stat()
        if lstat(path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFLNK { throw failure(field, "\(path) is a symbolic link; give the real folder") }
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw failure(field, "\(path) exists and is not a folder") }
            return
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path { try makeFolder(parent, field: field) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw failure(field, "cannot create the folder \(path): \(lastError())") }
        chmod(path, 0o700)
    }

    /// Refuses a symbolic link, a folder, or (without `overwrite`) an existing file at `path`.
    public static func checkTarget(_ path: String, overwrite: Bool, field: String) throws(InterviewPrepError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: throw failure(field, "\(path) is a symbolic link; refusing to write through it (give the real path)")
        case S_IFDIR: throw failure(field, "\(path) is a folder; give a file name")
        default: if !overwrite { throw failure(field, "\(path) already exists; add --force to replace it") }
        }
    }

    /// Moves the finished temporary file into place: `rename` replaces atomically; without
    /// `overwrite`, `link` fails if the name was taken meanwhile, so nothing is ever replaced.
    private static func publish(_ temporary: String, as path: String, overwrite: Bool, field: String) throws(InterviewPrepError) {
        try checkTarget(path, overwrite: overwrite, field: field)
        if overwrite {
            guard rename(temporary, path) == 0 else { throw failure(field, "cannot write \(path): \(lastError())") }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        if errno == EEXIST { throw failure(field, "\(path) already exists; add --force to replace it") }
        // File systems without hard links: the check above already refused an existing file.
        guard rename(temporary, path) == 0 else { throw failure(field, "cannot write \(path): \(lastError())") }
    }

    private static func flush(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    private static func failure(_ field: String, _ reason: String) -> InterviewPrepError {
        .invalidArgument(field: field, reason: reason)
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }

    /// A file error as a short sentence ("No such file or directory"), not Foundation's dump.
    public static func describe(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
