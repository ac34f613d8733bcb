import InterviewPrep

/// The four emails interview-prep writes.
public enum EmailKind: String, Sendable, CaseIterable, Codable, ParsableName {
    /// To the candidate, before an interview, with the checklist.
    case reminder
    /// To the interviewer, within a day of the interview.
    case thankYou = "thank_you"
    /// To the recruiter, when the company has not answered.
    case followUp = "follow_up"
    /// To a recruiter, about the candidate's status (e.g. an offer elsewhere with a deadline).
    case statusUpdate = "status_update"
}

/// What a status update is about; each reads as that news should (a withdrawal never says the
/// company "remains a top choice").
public enum StatusSituation: String, Sendable, CaseIterable, Codable, ParsableName {
    /// News the recruiter should know (an offer elsewhere, a deadline): the candidate's own words.
    case update
    /// Asking when to expect a decision, with the candidate's deadline if there is one.
    case timeline
    /// Withdrawing from the process.
    case withdrawal
    /// Accepting their offer.
    case accepting
    /// Declining their offer.
    case declining

    /// The template's section flag for this situation (`is_withdrawal`…).
    var flag: String { "is_\(rawValue)" }
}

/// A value for a template variable.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case list([String])

    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items
        }
    }

    var isEmpty: Bool {
        switch self {
        case .text(let text): text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .list(let items): items.isEmpty
        }
    }
}

/// A rendered email, ready to become an `EmailMessage`.
public struct RenderedEmail: Sendable, Equatable, Codable {
    public var subject: String
    public var text: String
    public var html: String?
}

import Foundation
