import Foundation

/// Where the work happens.
public enum RemotePolicy: String, Codable, Sendable, CaseIterable, ParsableName {
    case onsite, hybrid, remote
}

/// What the candidate knows of a job beyond company and role: the posting (link, text, place,
/// salary range) and their application (priority, tags, which resume and cover letter went out,
/// when). In an edit, `nil` leaves a field as it is and an empty text clears it.
public struct JobProfile: Sendable, Equatable {
    public var url: String?
    public var source: String?
    public var description: String?
    public var location: String?
    public var remotePolicy: RemotePolicy?
    public var salaryMin: Int?
    public var salaryMax: Int?
    public var salaryCurrency: String?
    public var priority: Int?
    /// Replaces the job's tags when given (an empty list clears them).
    public var tags: [String]?
    public var resumeVersion: String?
    public var coverLetterVersion: String?
    /// When the application went out: a date or date-time in the candidate's zone.
    public var applied: String?

    public init(
        url: String? = nil, source: String? = nil, description: String? = nil, location: String? = nil, remotePolicy: RemotePolicy? = nil,
        salaryMin: Int? = nil, salaryMax: Int? = nil, salaryCurrency: String? = nil, priority: Int? = nil, tags: [String]? = nil,
        resumeVersion: String? = nil, coverLetterVersion: String? = nil, applied: String? = nil
    ) {
        self.url = url
        self.source = source
        self.description = description
        self.location = location
        self.remotePolicy = remotePolicy
        self.salaryMin = salaryMin
        self.salaryMax = salaryMax
        self.salaryCurrency = salaryCurrency
        self.priority = priority
        self.tags = tags
        self.resumeVersion = resumeVersion
        self.coverLetterVersion = coverLetterVersion
        self.applied = applied
    }

    /// The profile checked, ready to apply to a stored job; throws naming the first bad field.
    func checked(resolver: StartTimeResolver) throws(InterviewPrepError) -> @Sendable (inout JobRecord) -> Void {
        // `.some(nil)` clears a field; `nil` leaves it.
        func line(_ value: String?, _ field: String, _ limit: Int) throws(InterviewPrepError) -> String?? {
            guard let value else { return nil }
            return .some(try FieldRules.text(value, field: field, maxLength: limit))
        }
        let url = try line(url, "url", 2000)
        if let link = url ?? nil {
            guard let parsed = URL(string: link), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host?.isEmpty == false else {
                throw .invalidArgument(field: "url", reason: "'\(link)' is not an http(s) address like https://example.com/jobs/42")
            }
        }
        let source = try line(source, "source", 200)
        let location = try line(location, "location", 200)
        let resume = try line(resumeVersion, "resume_version", 200)
        let coverLetter = try line(coverLetterVersion, "cover_letter_version", 200)
        let description: String?? = try description.map { (text) throws(InterviewPrepError) in try FieldRules.freeText(text, field: "description") }
        if let priority { try Bounds.check(priority, in: Bounds.priority, field: "priority") }
        for (value, field) in [(salaryMin, "salary_min"), (salaryMax, "salary_max")] {
            if let value { try Bounds.check(value, in: Bounds.baseSalary, field: field) }
        }
        if let low = salaryMin, let high = salaryMax, low > high {
            throw .invalidArgument(field: "salary_max", reason: "\(high) is below salary_min \(low); give the range low to high")
        }
        let currency = try salaryCurrency.map { (code) throws(InterviewPrepError) in try CurrencyCode.parse(code, field: "salary_currency") }
        let tags = try tags.map { (list) throws(InterviewPrepError) in try JobTags.normalized(list) }
        let applied = try applied.map { (text) throws(InterviewPrepError) in try resolver.bound(text, field: "applied", endOfDay: false) }
        let remotePolicy = remotePolicy
        let salaryMin = salaryMin, salaryMax = salaryMax, priority = priority
        return { job in
            if let url { job.url = url }
            if let source { job.source = source }
            if let description { job.description = description }
            if let location { job.location = location }
            if let remotePolicy { job.remotePolicy = remotePolicy }
            if let salaryMin { job.salaryMin = salaryMin }
            if let salaryMax { job.salaryMax = salaryMax }
            if let currency { job.salaryCurrency = currency }
            if let priority { job.priority = priority }
            if let tags { job.tags = tags }
            if let resume { job.resumeVersion = resume }
            if let coverLetter { job.coverLetterVersion = coverLetter }
            if let applied { job.appliedAt = applied }
        }
    }
}

/// A job's tags: lower-case, trimmed, distinct, in the order given.
public enum JobTags {
    /// At most this many tags per job.
    public static let maxCount = 20
    /// At most this many characters per tag.
    public static let maxLength = 40

    static func normalized(_ tags: [String]) throws(InterviewPrepError) -> [String] {
        var result: [String] = []
        for tag in tags {
            guard let text = try FieldRules.text(tag, field: "tags", maxLength: maxLength)?.lowercased() else { continue }
            guard !text.contains(",") else { throw .invalidArgument(field: "tags", reason: "'\(text)' has a comma; give each tag separately") }
            if !result.contains(text) { result.append(text) }
        }
        guard result.count <= maxCount else { throw .invalidArgument(field: "tags", reason: "at most \(maxCount) tags, got \(result.count)") }
        return result
    }

    /// The stored JSON array (`[]` when absent or unreadable).
    static func decode(_ text: String?) -> [String] {
        // Most jobs have no tags: no JSON parser for them.
        guard let text, text != "[]", let list = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String] else { return [] }
        return list
    }
}

/// ISO 4217 currency codes as the candidate types them ("usd" → "USD").
enum CurrencyCode {
    static func parse(_ text: String, field: String) throws(InterviewPrepError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidArgument(field: field, reason: "'\(text)' is not an ISO 4217 code like USD, EUR or GBP")
        }
        return code
    }
}
