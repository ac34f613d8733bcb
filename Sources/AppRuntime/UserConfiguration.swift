import Foundation
import InterviewPrep
import MCPServer

/// Settings from `config.json` in the config folder and from the environment (which wins).
public struct UserConfiguration: Sendable, Equatable {
    /// The zone for local times given without one: `INTERVIEW_PREP_TIMEZONE`, else
    /// `default_timezone` in `config.json`, else the system zone.
    public var defaultTimeZone: TimeZone
    /// `"reminder_hours": {"technical": [72, 24, 2]}`: the user's reminder hours per type.
    public var reminderHours: [InterviewType: [Int]]
    /// The MCP tool groups switched on: all, unless `"tool_groups": {"mail": false}` says otherwise.
    public var toolGroups: Set<ToolGroup>
    /// Whether job postings may be fetched from this machine or its network:
    /// `INTERVIEW_PREP_ALLOW_PRIVATE_URLS=1`, else `"postings": {"allow_private_addresses": true}`;
    /// off by default (see `AddressGuard`).
    public var allowPrivatePostingAddresses: Bool

    public init(
        defaultTimeZone: TimeZone, reminderHours: [InterviewType: [Int]] = [:], toolGroups: Set<ToolGroup> = Set(ToolGroup.allCases),
        allowPrivatePostingAddresses: Bool = false
    ) {
        self.defaultTimeZone = defaultTimeZone
        self.reminderHours = reminderHours
        self.toolGroups = toolGroups
        self.allowPrivatePostingAddresses = allowPrivatePostingAddresses
    }

    private struct FileShape: Decodable {
        var defaultTimezone: String?
        var reminderHours: [String: [Int]]?
        var toolGroups: [String: Bool]?
        var postings: Postings?
        struct Postings: Decodable {
            var allowPrivateAddresses: Bool?
            enum CodingKeys: String, CodingKey { case allowPrivateAddresses = "allow_private_addresses" }
        }
        enum CodingKeys: String, CodingKey {
            case defaultTimezone = "default_timezone"
            case reminderHours = "reminder_hours"
            case toolGroups = "tool_groups"
            case postings
        }
    }

    /// Reads `url` (`config.json`, when present) and the environment, which wins.
    public static func load(configFile url: URL, environment: [String: String]) throws(InterviewPrepError) -> UserConfiguration {
        var shape = FileShape()
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                shape = try JSONDecoder().decode(FileShape.self, from: Data(contentsOf: url))
            } catch let error as DecodingError {
                throw .dataFile(file: url.path, reason: DataFiles.describe(error))
            } catch {
                throw .dataFile(file: url.path, reason: error.localizedDescription)
            }
        }
        let zone: TimeZone
        if let name = environment["INTERVIEW_PREP_TIMEZONE"], !name.isEmpty {
            zone = try StartTimeResolver.zone(named: name, field: "INTERVIEW_PREP_TIMEZONE")!
        } else if let name = shape.defaultTimezone {
            zone = try StartTimeResolver.zone(named: name, field: "\(url.path): default_timezone")!
        } else {
            zone = .current
        }
        var reminderHours: [InterviewType: [Int]] = [:]
        for (key, hours) in shape.reminderHours ?? [:] {
            let field = "\(url.path): reminder_hours.\(key)"
            reminderHours[try InterviewType.parse(key, field: field)] = try ReminderPolicy.validate(hours, field: field)
        }
        var toolGroups = Set(ToolGroup.allCases)
        for (name, on) in shape.toolGroups ?? [:] {
            guard let group = ToolGroup(rawValue: name) else {
                throw .dataFile(file: url.path, reason: "tool_groups.\(name) is not a tool group; allowed: \(ToolGroup.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !on { toolGroups.remove(group) }
        }
        let allowPrivate: Bool
        switch environment["INTERVIEW_PREP_ALLOW_PRIVATE_URLS"]?.lowercased() {
        case "1"?, "true"?, "yes"?: allowPrivate = true
        case "0"?, "false"?, "no"?: allowPrivate = false
        case let other? where !other.isEmpty:
            throw .invalidValue(field: "INTERVIEW_PREP_ALLOW_PRIVATE_URLS", value: other, allowed: ["1", "0"])
        default: allowPrivate = shape.postings?.allowPrivateAddresses ?? false
        }
        return UserConfiguration(defaultTimeZone: zone, reminderHours: reminderHours, toolGroups: toolGroups, allowPrivatePostingAddresses: allowPrivate)
    }
}
