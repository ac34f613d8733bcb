import Foundation
import InterviewPrep

/// What a posting's page says about the job, before the candidate tracks it.
public struct PostingDraft: Sendable, Equatable {
    /// Where the details came from.
    public enum Source: String, Sendable, CaseIterable {
        /// The page's schema.org `JobPosting` (JSON-LD), as job boards publish for search engines.
        case jsonLD = "json_ld"
        /// The page's title, meta tags and text.
        case page
    }

    public var source: Source
    public var title: String?
    public var company: String?
    public var location: String?
    public var remotePolicy: RemotePolicy?
    public var description: String?
    public var salaryMin: Int?
    public var salaryMax: Int?
    public var salaryCurrency: String?
}

/// Reads a posting from a page: its JSON-LD `JobPosting` where there is one, else its title,
/// meta tags and main text.
public enum PostingExtractor {
    /// At most this many characters of a page's text are kept as the description.
    static let maxDescription = 100_000

    public static func extract(html: String) -> PostingDraft {
        if let posting = jsonLDPostings(html).first { return draft(fromJSONLD: posting) }
        let tags = metaTags(html)
        let siteName = tags["og:site_name"]
        var title = tags["og:title"] ?? element("title", in: html).map { HTMLText.text($0) }
        var company = siteName
        if let full = title {
            if let siteName, let range = full.range(of: siteName, options: [.backwards, .caseInsensitive]), range.upperBound == full.endIndex {
                title = String(full[..<range.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " -|–—·:"))
            } else if let at = full.range(of: " at ", options: .backwards) {
                title = String(full[..<at.lowerBound])
                company = company ?? String(full[at.upperBound...]).components(separatedBy: " | ")[0]
            } else if let separator = [" | ", " – ", " — ", " - "].lazy.compactMap({ full.range(of: $0) }).first {
                title = String(full[..<separator.lowerBound])
                company = company ?? String(full[separator.upperBound...]).components(separatedBy: " | ")[0]
            }
        }
        let main = element("main", in: html) ?? element("article", in: html) ?? element("body", in: html)
        let text = main.map(HTMLText.text).flatMap { $0.isEmpty ? nil : $0 } ?? tags["description"] ?? tags["og:description"]
        return PostingDraft(
            source: .page, title: title?.nonBlank, company: company?.trimmingCharacters(in: .whitespaces).nonBlank, location: nil, remotePolicy: nil,
            description: text.map { String($0.prefix(maxDescription)) })
    }

    // MARK: JSON-LD

    /// Every schema.org `JobPosting` object in the page's `application/ld+json` scripts.
    static func jsonLDPostings(_ html: String) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<script", options: .caseInsensitive) {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = rest[open.upperBound..<tagEnd].lowercased()
            let bodyStart = rest.index(after: tagEnd)
            guard let close = rest[bodyStart...].range(of: "</script", options: .caseInsensitive) else { break }
            if attributes.contains("application/ld+json"),
               let json = try? JSONSerialization.jsonObject(with: Data(rest[bodyStart..<close.lowerBound].utf8), options: [.fragmentsAllowed]) {
                collectPostings(json, into: &found)
            }
            rest = rest[close.upperBound...]
        }
        return found
    }

    private static func collectPostings(_ value: Any, into found: inout [[String: Any]]) {
        if let list = value as? [Any] {
            for item in list { collectPostings(item, into: &found) }
        } else if let object = value as? [String: Any] {
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains("JobPosting") { found.append(object) }
            if let graph = object["@graph"] { collectPostings(graph, into: &found) }
        }
    }

    static func draft(fromJSONLD posting: [String: Any]) -> PostingDraft {
        func text(_ value: Any?) -> String? {
            switch value {
            case let string as String: string.trimmingCharacters(in: .whitespacesAndNewlines).nonBlank
            case let object as [String: Any]: text(object["name"])
            default: nil
            }
        }
        let places = ((posting["jobLocation"] as? [Any]) ?? posting["jobLocation"].map { [$0] } ?? []).compactMap { place -> String? in
            guard let address = (place as? [String: Any])?["address"] else { return text(place) }
            if let line = address as? String { return line.nonBlank }
            guard let parts = address as? [String: Any] else { return nil }
            let names = [parts["addressLocality"], parts["addressRegion"], parts["addressCountry"]].compactMap { text($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        let remote = (posting["jobLocationType"] as? String)?.uppercased() == "TELECOMMUTE"
        var draft = PostingDraft(
            source: .jsonLD, title: text(posting["title"]).map { HTMLText.decodeEntities(Substring($0)) }, company: text(posting["hiringOrganization"]),
            location: places.isEmpty ? nil : places.joined(separator: " / "), remotePolicy: remote ? .remote : nil,
            description: text(posting["description"]).map { raw in
                // Boards often escape the description's HTML once more ("&lt;p&gt;").
                let html = raw.contains("<") ? raw : HTMLText.decodeEntities(Substring(raw))
                return String(HTMLText.text(html).prefix(maxDescription))
            })
        if let salary = posting["baseSalary"] as? [String: Any] {
            let value = salary["value"]
            let range = value as? [String: Any]
            let unit = ((range?["unitText"] ?? salary["unitText"]) as? String)?.uppercased() ?? "YEAR"
            let perYear: Double? = switch unit {
            case "YEAR": 1
            case "MONTH": 12
            default: nil  // hourly or daily pay is not a yearly range
            }
            func amount(_ raw: Any?) -> Int? {
                guard let perYear else { return nil }
                let number = (raw as? NSNumber)?.doubleValue ?? (raw as? String).flatMap { Double($0.filter { $0.isNumber || $0 == "." }) }
                return number.map { Int(($0 * perYear).rounded()) }.flatMap { $0 > 0 ? $0 : nil }
            }
            draft.salaryMin = amount(range?["minValue"] ?? range?["value"] ?? value)
            draft.salaryMax = amount(range?["maxValue"] ?? range?["value"] ?? value)
            if draft.salaryMin != nil || draft.salaryMax != nil { draft.salaryCurrency = (salary["currency"] as? String)?.uppercased() }
        }
        return draft
    }

    // MARK: Page

    /// `<meta>` values by their `property` or `name`, lower-cased (`og:title`, `description`).
    static func metaTags(_ html: String) -> [String: String] {
        var tags: [String: String] = [:]
        var rest = Substring(html)
        while let open = rest.range(of: "<meta", options: .caseInsensitive) {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let attributes = attributeValues(rest[open.upperBound..<close])
            if let key = (attributes["property"] ?? attributes["name"])?.lowercased(), let content = attributes["content"], tags[key] == nil {
                tags[key] = HTMLText.decodeEntities(Substring(content)).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            rest = rest[close...]
        }
        return tags
    }

    /// `name="value"`, `name='value'` and `name=value` pairs of a tag, names lower-cased.
    static func attributeValues(_ tag: Substring) -> [String: String] {
        var values: [String: String] = [:]
        var rest = tag
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
            var value = rest[rest.index(after: equals)...].drop { $0 == " " }
            let result: Substring
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst()
                let end = value.firstIndex(of: quote) ?? value.endIndex
                result = value[..<end]
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex { $0.isWhitespace || $0 == "/" } ?? value.endIndex
                result = value[..<end]
                rest = value[end...]
            }
            if !name.isEmpty { values[name] = String(result) }
        }
        return values
    }

    /// The inner HTML of the first `name` element.
    static func element(_ name: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(name)", options: .caseInsensitive),
              let start = html[open.upperBound...].firstIndex(of: ">"),
              let close = html[start...].range(of: "</\(name)", options: .caseInsensitive) else { return nil }
        return String(html[html.index(after: start)..<close.lowerBound])
    }
}

extension String {
    var nonBlank: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
