import ArgumentParser
import InterviewPrep

extension RemotePolicy: ExpressibleByArgument {}
extension OtherOffers: ExpressibleByArgument {}

extension OfferMove: ExpressibleByArgument {
    /// What a candidate does; an offer expires by itself.
    public static var allValueStrings: [String] { [OfferMove.negotiate, .accept, .decline].map(\.rawValue) }
}

/// Where a new job starts: the statuses `add` and `import` take (help lists exactly these).
enum StartingStatus: String, CaseIterable, ExpressibleByArgument {
    case saved, applied, active

    var status: JobStatus { JobStatus(rawValue: rawValue)! }
}

/// A posting's and an application's details, shared by `jobs add` and `jobs edit`.
struct JobProfileOptions: ParsableArguments {
    @Option(help: "Posting URL.") var url: String?
    @Option(help: "Where it came from, e.g. referral or LinkedIn.") var source: String?
    @Option(help: "The posting's text.") var description: String?
    @Option(help: "Read the posting's text from this file (- for standard input).") var descriptionFile: String?
    @Option(help: "Where the job is, e.g. \"Berlin\".") var location: String?
    @Option(help: "Where the work is done.") var remotePolicy: RemotePolicy?
    @Option(help: "Posted yearly salary, low end.") var salaryMin: Int?
    @Option(help: "Posted yearly salary, high end.") var salaryMax: Int?
    @Option(help: "Currency of the salary range (ISO 4217, e.g. EUR).") var salaryCurrency: String?
    @Option(help: "How much you want it: 1 (low) to 5.") var priority: Int?
    @Option(name: .customLong("tag"), help: "A tag (repeatable; on edit, the tags given replace the job's).") var tags: [String] = []
    @Option(help: "Which resume version you sent.") var resume: String?
    @Option(help: "Which cover letter version you sent.") var coverLetter: String?
    @Option(help: "When you applied (date, or date-time in your zone).") var applied: String?

    /// The options as the service takes them (the description read from its file, if given).
    func profile() throws(InterviewPrepError) -> JobProfile {
        var text = description
        if let path = descriptionFile {
            text = path == "-" ? try TextInput.standardInput(field: "--description-file") : try TextInput.file(path, field: "--description-file")
        }
        return JobProfile(
            url: url, source: source, description: text, location: location, remotePolicy: remotePolicy, salaryMin: salaryMin, salaryMax: salaryMax,
            salaryCurrency: salaryCurrency, priority: priority, tags: tags.isEmpty ? nil : tags, resumeVersion: resume, coverLetterVersion: coverLetter,
            applied: applied)
    }
}

/// An offer's terms, shared by `jobs offer` and `jobs answer`.
struct OfferTermOptions: ParsableArguments {
    @Option(help: "Yearly target bonus (an amount).") var bonus: Int?
    @Option(help: "Yearly target bonus as a percentage of base.") var bonusPercent: Double?
    @Option(help: "The equity grant's total value.") var equityValue: Int?
    @Option(help: "Years the grant vests over (default 4).") var vestingYears: Int?
    @Option(help: "Equity in words, e.g. \"0.1%, 1-year cliff\".") var equity: String?
    @Option(help: "One-time signing bonus.") var signOn: Int?
    @Option(help: "Benefits in words.") var benefits: String?
    @Option(help: "Answer by (date or date-time).") var deadline: String?
    @Option(help: "Notes.") var notes: String?

    func terms(base: Int?, currency: String?) -> OfferTerms {
        OfferTerms(
            baseSalary: base, currency: currency, bonus: bonus, bonusPercent: bonusPercent, equityValue: equityValue, vestingYears: vestingYears,
            equity: equity, signOn: signOn, benefits: benefits, deadline: deadline, notes: notes)
    }
}
