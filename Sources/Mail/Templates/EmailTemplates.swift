import Foundation
import InterviewPrep
import Mustache

/// The email templates from `templates/` (the user's copies in the config folder win), rendered
/// strictly: a variable the template uses but the caller did not give is an error, never an
/// empty hole in a sent email.
public struct EmailTemplates: Sendable {
    /// One template: its parts and the variables they use.
    public struct Template: Sendable {
        public var kind: EmailKind
        public var subject: String
        public var text: String
        public var html: String?
        /// Used outside any section: each must be given, non-empty.
        public var requiredVariables: [String]
        /// Sections: shown only when given.
        public var optionalVariables: [String]
        /// The variables the subject uses: each must be one line, since the subject is a header.
        public var subjectVariables: [String]
    }

    public let templates: [EmailKind: Template]
    private let compiled: [EmailKind: (subject: MustacheTemplate, text: MustacheTemplate, html: MustacheTemplate?)]

    /// Loads and parses every template, naming the file on failure.
    public init(files: DataFiles) throws(MailError) {
        var templates: [EmailKind: Template] = [:]
        var compiled: [EmailKind: (MustacheTemplate, MustacheTemplate, MustacheTemplate?)] = [:]
        for kind in EmailKind.allCases {
            func source(_ part: String, required: Bool) throws(MailError) -> String? {
                let path = "templates/\(kind.rawValue).\(part).mustache"
                guard let url = try? files.url(for: path) else {
                    if required { throw .template(name: path, reason: "is missing from the bundle and from your config folder") }
                    return nil
                }
                do { return try String(contentsOf: url, encoding: .utf8) } catch {
                    throw .template(name: url.path, reason: "cannot be read: \(error.localizedDescription)")
                }
            }
            func parse(_ text: String, _ part: String) throws(MailError) -> MustacheTemplate {
                do { return try MustacheTemplate(string: text) } catch {
                    throw .template(name: "\(kind.rawValue).\(part).mustache", reason: "is not valid Mustache: \(error)")
                }
            }
            let subject = try source("subject", required: true)!
            let text = try source("txt", required: true)!
            let html = try source("html", required: false)
            let variables = TemplateVariables.scan([subject, text] + (html.map { [$0] } ?? []))
            let inSubject = TemplateVariables.scan([subject])
            templates[kind] = Template(
                kind: kind, subject: subject, text: text, html: html,
                requiredVariables: variables.required, optionalVariables: variables.optional,
                subjectVariables: inSubject.required + inSubject.optional)
            compiled[kind] = (try parse(subject, "subject"), try parse(text, "txt"), try html.map { (h) throws(MailError) in try parse(h, "html") })
        }
        self.templates = templates
        self.compiled = compiled
    }

    /// Renders `kind` with `variables`; refuses when a required variable is missing or empty, and
    /// when a value the subject uses has a line break (it is refused, never flattened).
    public func render(_ kind: EmailKind, variables: [String: TemplateValue]) throws(MailError) -> RenderedEmail {
        let template = templates[kind]!
        for name in template.requiredVariables where variables[name]?.isEmpty ?? true {
            throw .missingVariable(template: kind.rawValue, variable: name)
        }
        for name in template.subjectVariables {
            if case .text(let value)? = variables[name] { try HeaderSafety.check(value, field: name) }
        }
        let context = variables.filter { !$0.value.isEmpty }.mapValues(\.mustacheValue)
        let parts = compiled[kind]!
        // The template file's own final line break is not part of the subject; any other is refused.
        var subject = parts.subject.render(context)
        while let last = subject.unicodeScalars.last, last == "\n" || last == "\r" { subject.unicodeScalars.removeLast() }
        subject = subject.trimmingCharacters(in: .whitespaces)
        try HeaderSafety.check(subject, field: "templates/\(kind.rawValue).subject.mustache")
        let text = Self.tidy(parts.text.render(context))
        return RenderedEmail(
            subject: subject, text: text,
            // Every email has an HTML part: the template's own, else the text's paragraphs.
            html: parts.html.map { Self.tidy($0.render(context)) } ?? PlainTextHTML.html(text))
    }

    /// Drops the blank line the pragma leaves and collapses runs of blank lines.
    static func tidy(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        var result: [String] = []
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty, result.last?.isEmpty == true { continue }
            result.append(line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }
}

/// Finds the variables a Mustache template uses.
enum TemplateVariables {
    static func scan(_ sources: [String]) -> (required: [String], optional: [String]) {
        var required: [String] = [], optional: [String] = []
        let tag = /\{\{(\{?)\s*([#^\/&!%>]?)\s*([^}\s]+)[^}]*\}?\}\}/
        for source in sources {
            var depth = 0
            for match in source.matches(of: tag) {
                let sigil = String(match.output.2), name = String(match.output.3)
                switch sigil {
                case "#", "^":
                    if !optional.contains(name) { optional.append(name) }
                    depth += 1
                case "/":
                    depth = max(0, depth - 1)
                case "!", "%", ">":
                    continue
                default:
                    // Outside every section a variable must be given; inside one, only when that part shows.
                    if depth == 0, name != ".", !required.contains(name) { required.append(name) }
                    if depth > 0, name != ".", !optional.contains(name) { optional.append(name) }
                }
            }
        }
        return (required, optional.filter { !required.contains($0) })
    }
}
