import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole lines to a file descriptor, one writer at a time, so messages never interleave.
final class FrameWriter: Sendable {
    private let fileDescriptor: Int32
    private let lock = Mutex(())

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    /// Writes `message` and a newline in one `writev` (the message is not copied to append it).
    /// A broken pipe is not an error worth more than a log line: the client is gone.
    func write(_ message: some ContiguousBytes) throws {
        try lock.withLock { _ in
            try message.withUnsafeBytes { (body: UnsafeRawBufferPointer) in
                var newline = UInt8(ascii: "\n")
                let written = withUnsafeMutablePointer(to: &newline) { newline in
                    var vectors = [
                        iovec(iov_base: UnsafeMutableRawPointer(mutating: body.baseAddress), iov_len: body.count),
                        iovec(iov_base: newline, iov_len: 1),
                    ]
                    return writev(fileDescriptor, &vectors, 2)
                }
                // What a partial or interrupted writev left is written in a loop.
                let sent = max(written, 0)
                if written < 0, errno != EINTR, errno != EAGAIN { throw Self.lastError() }
                if sent < body.count { try writeAll(UnsafeRawBufferPointer(rebasing: body[sent...])) }
                if sent <= body.count {
                    let newline: [UInt8] = [UInt8(ascii: "\n")]
                    try newline.withUnsafeBytes { try writeAll($0) }
                }
            }
        }
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer) throws(POSIXError) {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Self.lastError()
            }
            offset += written
        }
    }

    private static func lastError() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
