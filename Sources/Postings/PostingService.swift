import Foundation
import InterviewPrep

/// What importing a posting did: the job as tracked, and where its details came from.
public struct PostingImport: OutputShape, Equatable {
    public var job: JobPipeline
    /// `json_ld` (the page's schema.org JobPosting) or `page` (its title, meta tags and text).
    public var extractedFrom: PostingDraft.Source
    /// The details found on the page (the others can be added with an edit).
    public var found: [String]
    /// The page's address after redirects, when it differs from the one given.
    public var finalURL: String?

    public static let outputFields: [OutputField<PostingImport>] = [
        .identifier("extracted_from") { $0.extractedFrom }, .string("final_url", ifPresent: { $0.finalURL }),
        .strings("found") { $0.found }, .object("job") { $0.job },
    ]
}

/// Tracks a job from its posting's page: fetches it (`PostingFetcher`'s limits and address
/// guard), reads the posting (`PostingExtractor`), and adds the job through the pipelines
/// service with the page's text as its description. What the candidate gives wins over the page.
public struct PostingService: Sendable {
    let pipelines: PipelineService
    let fetcher: PostingFetcher

    public init(pipelines: PipelineService, fetcher: PostingFetcher) {
        self.pipelines = pipelines
        self.fetcher = fetcher
    }

    public func importPosting(
        url: String, company: String? = nil, role: String? = nil, status: JobStatus? = nil, profile: JobProfile = JobProfile(), actor: EventActor
    ) async throws(InterviewPrepError) -> PostingImport {
        let page = try await fetcher.fetch(url)
        let draft = PostingExtractor.extract(html: String(decoding: page.body, as: UTF8.self))
        guard let company = company ?? draft.company else {
            throw .invalidArgument(field: "company", reason: "the page does not name the company; give it")
        }
        guard let role = role ?? draft.title else {
            throw .invalidArgument(field: "role", reason: "the page does not name the role; give it")
        }
        var details = profile
        details.url = profile.url ?? url.trimmingCharacters(in: .whitespacesAndNewlines)
        details.source = profile.source ?? URL(string: page.finalURL)?.host
        details.description = profile.description ?? draft.description
        details.location = profile.location ?? draft.location
        details.remotePolicy = profile.remotePolicy ?? draft.remotePolicy
        if profile.salaryMin == nil, profile.salaryMax == nil, let currency = draft.salaryCurrency {
            details.salaryMin = draft.salaryMin
            details.salaryMax = draft.salaryMax
            details.salaryCurrency = profile.salaryCurrency ?? currency
        }
        let found = [
            ("company", draft.company), ("role", draft.title), ("location", draft.location), ("remote_policy", draft.remotePolicy?.rawValue),
            ("description", draft.description), ("salary", draft.salaryCurrency),
        ].compactMap { $0.1 == nil ? nil : $0.0 }
        let job = try await pipelines.addJob(company: company, role: role, status: status, profile: details, actor: actor)
        return PostingImport(job: job, extractedFrom: draft.source, found: found, finalURL: page.finalURL == details.url ? nil : page.finalURL)
    }
}
