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
        if let fast = output as? FastJSONOutput, let bytes = fast.fastJSON() { return .success(json: Data(bytes)) }
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
    public var resultJSON: Data { Data(resultBytes) }

    /// `resultJSON` as an array (built without intermediate `Data` appends).
    var resultBytes: [UInt8] {
        var out: [UInt8] = []
        switch self {
        case .success(let json):
            out.reserveCapacity(json.count * 2 + 96)
            out.append(contentsOf: #"{"content":[{"type":"text","text":"#.utf8)
            json.withUnsafeBytes { JSONString.append($0, to: &out) }
            out.append(contentsOf: #"}],"structuredContent":"#.utf8)
            json.withUnsafeBytes { out.append(contentsOf: $0) }
            out.append(contentsOf: #","isError":false}"#.utf8)
        case .failure(let message):
            out.append(contentsOf: #"{"content":[{"type":"text","text":"#.utf8)
            JSONString.append(message, to: &out)
            out.append(contentsOf: #"}],"isError":true}"#.utf8)
        }
        return out
    }
}

/// Writes UTF-8 text as a JSON string literal (RFC 8259 escaping, `/` left as is), as
/// Foundation's `JSONEncoder` does with `.withoutEscapingSlashes`.
///
/// One pass counts the escapes, then the output grows once and is filled in place: the text
/// block of a reply is the whole result escaped, 30–60 KB for a list of interviews.
enum JSONString {
    /// For each byte: 0 copies it, a letter writes `\` and that letter, 1 writes `\u00XX`.
    private static let escapes: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x22: UInt8(ascii: "\"")
        case 0x5C: UInt8(ascii: "\\")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0..<0x20: 1
        default: 0
        }
    }
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` quoted and escaped.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0), to: &out) }
    }

    /// Appends the UTF-8 bytes quoted and escaped.
    static func append(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        escapes.withUnsafeBufferPointer { escapes in
            var length = bytes.count + 2
            for byte in bytes {
                let escape = escapes[Int(byte)]
                if escape != 0 { length += escape == 1 ? 5 : 1 }
            }
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: length))
            out.withUnsafeMutableBufferPointer { buffer in
                var index = start
                buffer[index] = UInt8(ascii: "\"")
                index += 1
                guard length > bytes.count + 2 else {
                    // Nothing to escape: one copy.
                    UnsafeMutableRawBufferPointer(start: buffer.baseAddress! + index, count: bytes.count).copyMemory(from: bytes)
                    buffer[index + bytes.count] = UInt8(ascii: "\"")
                    return
                }
                for byte in bytes {
                    let escape = escapes[Int(byte)]
                    if escape == 0 {
                        buffer[index] = byte
                        index += 1
                    } else if escape == 1 {
                        buffer[index] = UInt8(ascii: "\\")
                        buffer[index + 1] = UInt8(ascii: "u")
                        buffer[index + 2] = UInt8(ascii: "0")
                        buffer[index + 3] = UInt8(ascii: "0")
                        buffer[index + 4] = hex[Int(byte >> 4)]
                        buffer[index + 5] = hex[Int(byte & 0xF)]
                        index += 6
                    } else {
                        buffer[index] = UInt8(ascii: "\\")
                        buffer[index + 1] = escape
                        index += 2
                    }
                }
                buffer[index] = UInt8(ascii: "\"")
            }
        }
    }
}
