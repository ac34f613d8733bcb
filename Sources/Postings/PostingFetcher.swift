import CCurlShim
import Dispatch
import Foundation
import InterviewPrep

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A web page as fetched: where it ended up (after redirects), its content type and its bytes.
public struct FetchedPage: Sendable, Equatable {
    public var finalURL: String
    public var status: Int
    public var contentType: String?
    public var body: [UInt8]
}

/// Fetches a job posting's page over HTTP(S) with libcurl: http and https only (redirects too),
/// at most `maxBytes` (after decompression), within `timeout`, no proxy, and, unless
/// `allowPrivateAddresses`, only from public addresses (see `AddressGuard`).
public struct PostingFetcher: Sendable {
    public var allowPrivateAddresses: Bool
    public var maxBytes: Int
    public var timeout: TimeInterval

    /// How the setting is named where the candidate turns it on.
    public static let allowSetting = "\"postings\": {\"allow_private_addresses\": true} in config.json (or INTERVIEW_PREP_ALLOW_PRIVATE_URLS=1)"

    public init(allowPrivateAddresses: Bool = false, maxBytes: Int = 2 * 1024 * 1024, timeout: TimeInterval = 20) {
        self.allowPrivateAddresses = allowPrivateAddresses
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// Checks `text` is an http(s) URL with a host, then fetches it.
    ///
    /// - Throws: `invalidArgument` on `url` saying what went wrong in words a person can act on:
    ///   not a web address, a private address, an HTTP error status, too large, not a web page.
    public func fetch(_ text: String) async throws(InterviewPrepError) -> FetchedPage {
        let url = try Self.checkedURL(text)
        _ = Self.globalInit
        let fetcher = self
        let outcome: Result<FetchedPage, InterviewPrepError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(InterviewPrepError) in try fetcher.perform(url) })
            }
        }
        let page = try outcome.get()
        guard page.status < 400 else {
            throw .invalidArgument(field: "url", reason: "the server answered \(page.status) \(HTTPStatusText.phrase(page.status)) for \(page.finalURL)")
        }
        let type = page.contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let looksLikeHTML = String(decoding: page.body.prefix(512), as: UTF8.self).lowercased().contains("<html")
        guard type == "text/html" || type == "application/xhtml+xml" || (type == nil && looksLikeHTML) else {
            throw .invalidArgument(field: "url", reason: "\(page.finalURL) is \(type ?? "not HTML"), not a web page; paste the posting's text as the description instead")
        }
        return page
    }

    /// `text` as a URL if it is an http(s) address with a host.
    static func checkedURL(_ text: String) throws(InterviewPrepError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else {
            throw .invalidArgument(field: "url", reason: "'\(text)' is not an http(s) address like https://example.com/jobs/42; only web pages can be imported")
        }
        return trimmed
    }

    private func perform(_ url: String) throws(InterviewPrepError) -> FetchedPage {
        guard let handle = curl_easy_init() else {
            throw .invalidArgument(field: "url", reason: ip_curl_load_failure().map { String(cString: $0) } ?? "libcurl could not create a handle")
        }
        defer { curl_easy_cleanup(handle) }
        let state = FetchState(maxBytes: maxBytes, allowPrivate: allowPrivateAddresses)
        var headers: UnsafeMutablePointer<curl_slist>?
        headers = curl_slist_append(headers, "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        defer { curl_slist_free_all(headers) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = withExtendedLifetime(state) {
            errorBuffer.withUnsafeMutableBufferPointer { errorPointer in
                func set(_ option: CURLoption, _ value: Int) { ip_curl_setopt_long(handle, option, value) }
                func set(_ option: CURLoption, _ value: String) { ip_curl_setopt_string(handle, option, value) }
                set(CURLOPT_URL, url)
                set(CURLOPT_PROTOCOLS_STR, "http,https")
                set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
                set(CURLOPT_FOLLOWLOCATION, 1)
                set(CURLOPT_MAXREDIRS, 5)
                // No proxy: the address check must see the address actually connected to.
                set(CURLOPT_PROXY, "")
                set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(timeout, 10) * 1000))
                set(CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
                set(CURLOPT_NOSIGNAL, 1)
                set(CURLOPT_USERAGENT, "interview-prep/\(Version.current) (job posting import)")
                set(CURLOPT_ACCEPT_ENCODING, "")
                set(CURLOPT_MAXFILESIZE_LARGE, maxBytes)
                ip_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, headers)
                ip_curl_setopt_write_function(handle, writeBody)
                ip_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(state).toOpaque())
                ip_curl_setopt_opensocket_function(handle, openCheckedSocket)
                ip_curl_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, Unmanaged.passUnretained(state).toOpaque())
                ip_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorPointer.baseAddress)
                return curl_easy_perform(handle)
            }
        }
        if let refused = state.refusedAddress {
            let host = URL(string: url)?.host ?? url
            throw .invalidArgument(
                field: "url",
                reason: "\(host) is at a private address (\(refused)): fetching from this machine or its network is off. If it is your own server, allow it with \(Self.allowSetting)")
        }
        if state.exceeded || code == CURLE_FILESIZE_EXCEEDED {
            throw .invalidArgument(field: "url", reason: "the page is larger than \(maxBytes / 1_048_576) MB; paste the posting's text as the description instead")
        }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .invalidArgument(field: "url", reason: "could not fetch \(url): " + (detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail))
        }
        var status = 0
        ip_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var contentType: UnsafePointer<CChar>?
        ip_curl_getinfo_string(handle, CURLINFO_CONTENT_TYPE, &contentType)
        var effective: UnsafePointer<CChar>?
        ip_curl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        return FetchedPage(finalURL: effective.map { String(cString: $0) } ?? url, status: status,
                           contentType: contentType.map { String(cString: $0) }, body: state.body)
    }
}

/// What one fetch gathered, touched only by libcurl's callbacks on the fetching thread.
private final class FetchState {
    let maxBytes: Int
    let allowPrivate: Bool
    var body: [UInt8] = []
    var exceeded = false
    var refusedAddress: String?

    init(maxBytes: Int, allowPrivate: Bool) {
        self.maxBytes = maxBytes
        self.allowPrivate = allowPrivate
    }
}

/// Appends a chunk of the body; stops the transfer (returning 0) past the size limit.
private let writeBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, user in
    guard let data, let user else { return 0 }
    let state = Unmanaged<FetchState>.fromOpaque(user).takeUnretainedValue()
    let length = size * count
    guard state.body.count + length <= state.maxBytes else {
        state.exceeded = true
        return 0
    }
    data.withMemoryRebound(to: UInt8.self, capacity: length) { state.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length)) }
    return length
}

/// Opens a socket only to an address the guard allows; a refused one is remembered and the
/// connection fails (libcurl then reports it, and the fetch says why).
private let openCheckedSocket: @convention(c) (UnsafeMutableRawPointer?, curlsocktype, UnsafeMutablePointer<curl_sockaddr>?) -> curl_socket_t = { user, _, address in
    guard let user, let address else { return -1 }
    let state = Unmanaged<FetchState>.fromOpaque(user).takeUnretainedValue()
    let family = address.pointee.family
    let socketAddress = UnsafeMutableRawPointer(address).advanced(by: MemoryLayout<curl_sockaddr>.offset(of: \curl_sockaddr.addr)!)
    var refused: String?
    if family == AF_INET {
        let bytes = withUnsafeBytes(of: socketAddress.load(as: sockaddr_in.self).sin_addr) { Array($0) }
        if AddressGuard.isPrivate(ipv4: bytes) { refused = AddressGuard.text(ipv4: bytes) }
    } else if family == AF_INET6 {
        let bytes = withUnsafeBytes(of: socketAddress.load(as: sockaddr_in6.self).sin6_addr) { Array($0) }
        if AddressGuard.isPrivate(ipv6: bytes) { refused = AddressGuard.text(ipv6: bytes) }
    } else {
        refused = "address family \(family)"
    }
    if let refused, !state.allowPrivate {
        state.refusedAddress = refused
        return -1
    }
    return socket(family, address.pointee.socktype, address.pointee.protocol)
}

/// Reason phrases of the statuses a posting's page may answer with.
enum HTTPStatusText {
    static func phrase(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: status >= 500 ? "(a server error)" : "(a client error)"
        }
    }
}
