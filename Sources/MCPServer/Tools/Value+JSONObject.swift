import Foundation
import InterviewPrep
import MCP

extension Value {
    /// Parses JSON into an MCP value without the SDK's decoder, which tries each type in turn
    /// (a thrown error per miss) and runs a data-URL regex on every string (strings stay strings).
    public init(json data: Data) throws {
        self.init(jsonObject: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    /// The MCP value of a `JSONSerialization` object. Strings stay strings.
    init(jsonObject object: Any) {
        switch object {
        case let text as String:
            self = .string(text)
        case let number as NSNumber:
            // JSON has no char type: Foundation boxes only booleans as "c".
            switch String(cString: number.objCType) {
            case "c": self = .bool(number.boolValue)
            case "d", "f": self = .double(number.doubleValue)
            default: self = .int(number.intValue)
            }
        case let array as [Any]:
            self = .array(array.map(Value.init(jsonObject:)))
        case let dictionary as [String: Any]:
            self = .object(dictionary.mapValues(Value.init(jsonObject:)))
        default:
            self = .null
        }
    }
}

extension Value {
    /// The MCP value of one of the engine's JSON values (declared output schemas).
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(Value.init))
        case .object(let members): self = .object(members.mapValues(Value.init))
        }
    }
}
