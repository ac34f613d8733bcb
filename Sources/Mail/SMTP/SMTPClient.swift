import CCurlShim
import Dispatch
import Foundation
import Synchronization

/// Sends messages over SMTP with libcurl, one reused connection per client.
///
/// `curl_easy_perform` blocks, so it runs on a serial queue of its own, never on the
/// cooperative pool. The handle lives behind a lock; reusing it reuses the connection
/// (no new EHLO/STARTTLS/AUTH per message).
public final class SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    private let handle: Mutex<CurlHandle>
    private let queue = DispatchQueue(label: "interview-prep.smtp")

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    public init(configuration: SMTPConfiguration) throws(MailError) {
        _ = Self.globalInit
        guard let raw = curl_easy_init() else {
            throw .configuration(ip_curl_load_failure().map { String(cString: $0) } ?? "libcurl could not create a handle")
        }
        self.configuration = configuration
        self.handle = Mutex(CurlHandle(raw))
    }

    /// Sends `message`; `dataSent` runs once the whole message is handed over (right before the
    /// final dot), the point after which the server may have accepted it.
    ///
    /// Cancelling the task aborts the transfer if the message is not yet handed over (then
    /// nothing was sent: `MailError.cancelled`); after that point the send runs to its end, so
    /// a message is never left half-delivered with its outcome unknown.
    public func send(_ message: EmailMessage, dataSent: @escaping @Sendable () -> Void = {}) async throws(MailError) {
        let bytes = MessageEncoder.encode(message)
        let cancellation = SendCancellation()
        let result: Result<Void, MailError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                queue.async {
                    let outcome = self.handle.withLock { handle in
                        Result { () throws(MailError) in
                            try handle.perform(configuration: self.configuration, message: message, bytes: bytes, cancellation: cancellation, dataSent: dataSent)
                        }
                    }
                    continuation.resume(returning: outcome)
                }
            }
        } onCancel: {
            cancellation.cancel()
        }
        try result.get()
    }
}

/// The curl easy handle, owned by the client's lock.
struct CurlHandle: ~Copyable {
    let raw: UnsafeMutableRawPointer

    init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }

    deinit { curl_easy_cleanup(raw) }

    func perform(configuration: SMTPConfiguration, message: EmailMessage, bytes: Data, cancellation: SendCancellation, dataSent: @escaping @Sendable () -> Void) throws(MailError) {
        if cancellation.isCancelled { throw .cancelled }
        let upload = UploadState(bytes: bytes, cancellation: cancellation, dataSent: dataSent)
        let transcript = Transcript()
        var recipients: UnsafeMutablePointer<curl_slist>?
        for address in message.recipients { recipients = curl_slist_append(recipients, address) }
        defer { curl_slist_free_all(recipients) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

        let code: CURLcode = withExtendedLifetime((upload, transcript)) {
            errorBuffer.withUnsafeMutableBufferPointer { errorPointer in
                set(CURLOPT_URL, configuration.urlWithHeloName)
                set(CURLOPT_MAIL_FROM, "<\(message.from.address)>")
                ip_curl_setopt_pointer(raw, CURLOPT_MAIL_RCPT, recipients)
                set(ip_curl_option_mail_rcpt_allow_fails(), 0)
                set(CURLOPT_UPLOAD, 1)
                set(CURLOPT_INFILESIZE_LARGE, bytes.count)
                ip_curl_setopt_read_function(raw, uploadRead)
                ip_curl_setopt_pointer(raw, CURLOPT_READDATA, Unmanaged.passUnretained(upload).toOpaque())
                ip_curl_setopt_xferinfo_function(raw, progress)
                ip_curl_setopt_pointer(raw, CURLOPT_XFERINFODATA, Unmanaged.passUnretained(upload).toOpaque())
                ip_curl_setopt_debug_function(raw, debugCallback)
                ip_curl_setopt_pointer(raw, CURLOPT_DEBUGDATA, Unmanaged.passUnretained(transcript).toOpaque())
                set(CURLOPT_VERBOSE, 1)
                ip_curl_setopt_pointer(raw, CURLOPT_ERRORBUFFER, errorPointer.baseAddress)
                set(CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
                set(CURLOPT_TIMEOUT_MS, Int(configuration.totalTimeout * 1000))
                set(CURLOPT_NOSIGNAL, 1)
                set(CURLOPT_USE_SSL, Int(configuration.curlTLSLevel.rawValue))
                if let caFile = configuration.caFile { set(CURLOPT_CAINFO, caFile) }
                if let username = configuration.username {
                    set(CURLOPT_USERNAME, username)
                    set(CURLOPT_PASSWORD, configuration.password ?? "")
                } else {
                    ip_curl_setopt_pointer(raw, CURLOPT_USERNAME, nil)
                    ip_curl_setopt_pointer(raw, CURLOPT_PASSWORD, nil)
                }
                return curl_easy_perform(raw)
            }
        }
        ip_curl_setopt_pointer(raw, CURLOPT_ERRORBUFFER, nil)
        ip_curl_setopt_pointer(raw, CURLOPT_MAIL_RCPT, nil)
        guard code != CURLE_OK else { return }
        if code == CURLE_ABORTED_BY_CALLBACK || code == CURLE_READ_ERROR, upload.abortedByCancel { throw .cancelled }
        let message = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let detail = message.nonEmpty ?? String(cString: curl_easy_strerror(code))
        throw SMTPErrorMapping.error(for: code, detail: detail, transcript: transcript.lines)
    }

    private func set(_ option: CURLoption, _ value: Int) { ip_curl_setopt_long(raw, option, value) }
    private func set(_ option: CURLoption, _ value: String) { ip_curl_setopt_string(raw, option, value) }
}

/// The bytes being uploaded and how far curl has read.
final class UploadState {
    let bytes: Data
    var offset = 0
    let cancellation: SendCancellation
    let dataSent: @Sendable () -> Void
    var reportedDone = false
    /// The transfer was stopped because the send was cancelled before the message was handed over.
    var abortedByCancel = false

    init(bytes: Data, cancellation: SendCancellation, dataSent: @escaping @Sendable () -> Void) {
        self.bytes = bytes
        self.cancellation = cancellation
        self.dataSent = dataSent
    }

    /// Whether to stop now: cancelled, and the message not yet handed over.
    func shouldAbort() -> Bool {
        guard cancellation.isCancelled, !reportedDone else { return false }
        abortedByCancel = true
        return true
    }
}

/// Set from any thread when the task sending a message is cancelled; read by curl's callbacks.
final class SendCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    var isCancelled: Bool { flag.load(ordering: .acquiring) }

    func cancel() { flag.store(true, ordering: .releasing) }
}

/// curl's progress callback, called often during the whole transfer (connecting and waiting
/// included): nonzero stops it.
private let progress: @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32 = { user, _, _, _, _ in
    guard let user else { return 0 }
    return Unmanaged<UploadState>.fromOpaque(user).takeUnretainedValue().shouldAbort() ? 1 : 0
}

/// The SMTP conversation, in order, collected from curl's debug callback.
final class Transcript {
    /// Commands we sent (`outgoing`) and the server's replies.
    var lines: [(outgoing: Bool, text: String)] = []
}

private let uploadRead: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { buffer, size, count, user in
    guard let buffer, let user else { return 0 }
    let upload = Unmanaged<UploadState>.fromOpaque(user).takeUnretainedValue()
    if upload.shouldAbort() { return Int(CURL_READFUNC_ABORT) }
    let remaining = upload.bytes.count - upload.offset
    let length = min(size * count, remaining)
    if length > 0 {
        upload.bytes.withUnsafeBytes { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + upload.offset, byteCount: length)
        }
        upload.offset += length
    }
    // curl knows the size and may never ask again: report as soon as the last bytes are handed over.
    if upload.offset == upload.bytes.count, !upload.reportedDone {
        upload.reportedDone = true
        upload.dataSent()
    }
    return length
}

private let debugCallback: @convention(c) (UnsafeMutableRawPointer?, curl_infotype, UnsafeMutablePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = { _, type, data, size, user in
    guard type == CURLINFO_HEADER_IN || type == CURLINFO_HEADER_OUT, let data, let user else { return 0 }
    let transcript = Unmanaged<Transcript>.fromOpaque(user).takeUnretainedValue()
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
    // Never keep what follows AUTH: it carries the credentials.
    let outgoing = type == CURLINFO_HEADER_OUT
    for line in text.split(whereSeparator: \.isNewline) {
        transcript.lines.append((outgoing, outgoing && !line.hasPrefix("RCPT") && !line.hasPrefix("MAIL") ? String(line.prefix(4)) : String(line)))
    }
    return 0
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension SMTPConfiguration {
    /// `CURLOPT_USE_SSL`: implicit TLS and required STARTTLS both demand TLS for the whole session.
    var curlTLSLevel: curl_usessl {
        if usesImplicitTLS { return CURLUSESSL_ALL }
        switch startTLS {
        case .required: return CURLUSESSL_ALL
        case .optional: return CURLUSESSL_TRY
        case .off: return CURLUSESSL_NONE
        }
    }
}
