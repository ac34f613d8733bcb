import Foundation
import Synchronization

/// The abbreviations a zone's current rules use ("EST"/"EDT", "IST", "GMT"/"BST"), read from the
/// system's compiled zone files.
///
/// A version 2+ zone file ends with a POSIX TZ string that holds its current rules
/// (RFC 8536 §3.3), e.g. `EST5EDT,M3.2.0,M11.1.0` or `IST-5:30`; its names and offsets are all
/// that is read here. Asking ICU instead (`TimeZone.localizedName`) loads its zone-name tables,
/// about 1.4 MiB of a server's memory, and it names fewer zones ("GMT+5:30" for India).
enum ZoneAbbreviations {
    /// One named offset of a rule: `EDT` at UTC−4.
    struct Name: Equatable {
        var text: String
        var offsetSeconds: Int
    }

    /// The standard and (where the zone has it) daylight-saving names of a TZ string.
    struct Rule: Equatable {
        var standard: Name
        var daylight: Name?
    }

    /// Where compiled zone files live: `TZDIR` when set, as the C library does.
    static let directory = ProcessInfo.processInfo.environment["TZDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"

    private static let rules = Mutex<[String: Rule?]>([:])

    /// The name `identifier` shows at an instant with `offsetSeconds`, when its current rule has
    /// an alphabetic one for that offset; nil for numeric names (`<+04>`), other offsets (dates
    /// before the rule) and zones without a readable file.
    static func name(of identifier: String, offsetSeconds: Int, daylight: Bool) -> String? {
        guard let rule = rule(of: identifier) else { return nil }
        let name = daylight ? rule.daylight : rule.standard
        guard let name, name.offsetSeconds == offsetSeconds, name.text.allSatisfy(\.isLetter) else { return nil }
        return name.text
    }

    /// The rule of `identifier`'s file, read once per zone.
    static func rule(of identifier: String) -> Rule? {
        if let known = rules.withLock({ $0[identifier] }) { return known }
        let rule = isPlainIdentifier(identifier)
            ? FileManager.default.contents(atPath: directory + "/" + identifier).flatMap(footer).flatMap(parse)
            : nil
        rules.withLock { $0[identifier] = rule }
        return rule
    }

    /// Only `Area/Place`-style names are looked up: nothing that could leave the folder.
    private static func isPlainIdentifier(_ identifier: String) -> Bool {
        !identifier.isEmpty && !identifier.hasPrefix("/") && !identifier.contains("..")
            && identifier.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789/_+-".unicodeScalars.contains($0)) }
    }

    /// The TZ string between the file's last two newlines, when the file is version 2 or later.
    static func footer(_ file: Data) -> String? {
        let bytes = [UInt8](file)
        guard bytes.count > 5, bytes.starts(with: Array("TZif".utf8)), bytes[4] >= UInt8(ascii: "2"),
              bytes.last == UInt8(ascii: "\n"),
              let start = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        let text = bytes[(start + 1)..<(bytes.count - 1)]
        guard text.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// The names and offsets of a POSIX TZ string (`std offset [dst [offset] [,rule]]`).
    static func parse(_ text: String) -> Rule? {
        var rest = Substring(text)
        guard let standardName = takeName(&rest), let standardOffset = takeOffset(&rest) else { return nil }
        let standard = Name(text: standardName, offsetSeconds: standardOffset)
        guard !rest.isEmpty, !rest.hasPrefix(",") else { return Rule(standard: standard, daylight: nil) }
        guard let daylightName = takeName(&rest) else { return nil }
        let daylightOffset = rest.hasPrefix(",") || rest.isEmpty ? standardOffset + 3600 : takeOffset(&rest)
        guard let daylightOffset else { return nil }
        return Rule(standard: standard, daylight: Name(text: daylightName, offsetSeconds: daylightOffset))
    }

    /// `EST` or `<+0530>` (returned without its brackets).
    private static func takeName(_ rest: inout Substring) -> String? {
        if rest.hasPrefix("<") {
            guard let close = rest.firstIndex(of: ">") else { return nil }
            let name = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            return name.count >= 3 ? String(name) : nil
        }
        let name = rest.prefix { $0.isASCII && $0.isLetter }
        guard name.count >= 3 else { return nil }
        rest = rest.dropFirst(name.count)
        return String(name)
    }

    /// `5`, `-5:30`, `+3:00:00`: hours west of UTC, returned as seconds east of it.
    private static func takeOffset(_ rest: inout Substring) -> Int? {
        var sign = 1
        if let first = rest.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        var seconds = 0
        for (index, unit) in [3600, 60, 1].enumerated() {
            if index > 0 {
                guard rest.first == ":" else { break }
                rest = rest.dropFirst()
            }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count) || (index == 0 && digits.count == 3), let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            seconds += value * unit
        }
        return -sign * seconds
    }
}
