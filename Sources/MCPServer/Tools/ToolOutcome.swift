import Foundation
import InterviewPrep
import Coaching
import Mail
import MCP

/// What a tool call produced: its output encoded once as JSON, or a message for the model.
///
/// The JSON serves both as `structuredContent` and, escaped, as the text block, so a reply is
/// built without decoding the output back into `Value` (see `ToolCallResponder`).
public enum ToolOutcome: Sendable, Equatable {
    case success(json: Data)
    case failure(message: String)

    /// Encodes `output` with sorted keys.
    static func success(encoding output: any Encodable & Sendable) throws -> ToolOutcome {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .success(json: try encoder.encode(output))
    }

    /// The message a model can act on: the error's code, field and what is allowed.
    static func failure(_ error: any Error) -> ToolOutcome {
        switch error {
        case let error as InterviewPrepError:
            .failure(message: "\(error.code): \(error.description)")
        case MCPServerError.invalidArguments(let field, let reason):
            .failure(message: "invalid_argument: \(field): \(reason)")
        case let error as MailError:
            .failure(message: "mail_error: \(error.description)")
        case let error as CoachingError:
            .failure(message: "\(error.field == nil ? "coaching_error" : "invalid_argument"): \(error.description)")
        default:
            .failure(message: "internal_error: \(error)")
        }
    }

    public var isError: Bool {
        if case .failure = self { return true }
        return false
    }

    /// The SDK's result type (used for calls inside batches and in tests).
    public var result: CallTool.Result {
        get throws {
            switch self {
            case .success(let json):
                CallTool.Result(
                    content: [.text(text: String(decoding: json, as: UTF8.self), annotations: nil, _meta: nil)],
                    structuredContent: try Value(json: json) as Value?, isError: false)
            case .failure(let message):
                CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
            }
        }
    }

    /// The `result` member of a JSON-RPC reply, as bytes: the output JSON spliced in as
    /// `structuredContent` and escaped into the text block.
    public var resultJSON: Data {
        var out = Data()
        switch self {
        case .success(let json):
            out.append(contentsOf: #"{"content":[{"type":"text","text":"#.utf8)
            JSONString.append(json, to: &out)
            out.append(contentsOf: #"}],"structuredContent":"#.utf8)
            out.append(json)
            out.append(contentsOf: #","isError":false}"#.utf8)
        case .failure(let message):
            out.append(contentsOf: #"{"content":[{"type":"text","text":"#.utf8)
            JSONString.append(Data(message.utf8), to: &out)
            out.append(contentsOf: #"}],"isError":true}"#.utf8)
        }
        return out
    }
}

/// Writes UTF-8 text as a JSON string literal (RFC 8259 escaping).
enum JSONString {
    private static let hex = Array("0123456789abcdef".utf8)

    static func append(_ utf8: Data, to out: inout Data) {
        out.append(UInt8(ascii: "\""))
        utf8.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var safeStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                // Copy the run of bytes that need no escape in one go.
                out.append(contentsOf: bytes[safeStart..<index])
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                safeStart = index + 1
            }
            out.append(contentsOf: bytes[safeStart...])
        }
        out.append(UInt8(ascii: "\""))
    }
}
