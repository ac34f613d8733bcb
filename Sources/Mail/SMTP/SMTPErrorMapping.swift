import CCurlShim
import Foundation

/// Turns a curl failure and the server's replies into a `MailError` a user can act on.
enum SMTPErrorMapping {
    static func error(for code: CURLcode, detail: String, transcript: [(outgoing: Bool, text: String)]) -> MailError {
        // After a rejection curl sends QUIT, so the last reply is 221: the first 4xx/5xx is the cause.
        if let index = transcript.firstIndex(where: { !$0.outgoing && ($0.text.first == "4" || $0.text.first == "5") }),
           let replyCode = Int(transcript[index].text.prefix(3)) {
            let failure = transcript[index].text
            let message = String(failure.dropFirst(4)).trimmingCharacters(in: .whitespaces)
            if replyCode == 535 || replyCode == 534 { return .authenticationFailed("\(replyCode) \(message)") }
            if replyCode == 530 && message.lowercased().contains("starttls") {
                return .tls("the server requires STARTTLS (\(replyCode) \(message))")
            }
            return .rejected(code: replyCode, message: message, recipient: rejectedRecipient(transcript[..<index]))
        }
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_SEND_ERROR,
             CURLE_RECV_ERROR, CURLE_GOT_NOTHING:
            return .connectionFailed(detail)
        case CURLE_OPERATION_TIMEDOUT:
            return .timeout(detail)
        case CURLE_LOGIN_DENIED:
            return .authenticationFailed(detail)
        case CURLE_USE_SSL_FAILED, CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE:
            return .tls(detail)
        default:
            return .connectionFailed(detail)
        }
    }

    /// The recipient of the last `RCPT TO` before the rejection, when that was the command refused.
    private static func rejectedRecipient(_ before: ArraySlice<(outgoing: Bool, text: String)>) -> String? {
        guard let command = before.last(where: \.outgoing)?.text, command.uppercased().hasPrefix("RCPT TO:") else { return nil }
        return command.dropFirst("RCPT TO:".count).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
    }
}
