import Foundation

/// Where an offer is: received → negotiating → accepted | declined | expired (at its deadline).
public enum OfferStatus: String, Codable, Sendable, CaseIterable, ParsableName {
    case received, negotiating, accepted, declined, expired

    /// Still waiting on the candidate's answer.
    public var isOpen: Bool { self == .received || self == .negotiating }

    /// The status as of `now`: an open offer whose deadline passed is expired, whether or not that
    /// was written yet (reads derive it; the next write about the job records it).
    public func asOf(_ now: Date, deadline: Date?) -> OfferStatus {
        guard let deadline, deadline < now, isOpen else { return self }
        return .expired
    }

    /// The moves allowed from this status.
    public var allowedMoves: [OfferMove] {
        switch self {
        case .received: [.negotiate, .accept, .decline, .expire]
        case .negotiating: [.accept, .decline, .expire]
        case .accepted, .declined, .expired: []
        }
    }

    /// The status after `move`, or an error naming the offer, its status and the allowed moves.
    public func applying(_ move: OfferMove, offerID: String) throws(InterviewPrepError) -> OfferStatus {
        guard allowedMoves.contains(move) else {
            throw .illegalLifecycleTransition(kind: "offer", id: offerID, from: rawValue, event: move.rawValue,
                                              allowed: allowedMoves.map(\.rawValue))
        }
        return switch move {
        case .negotiate: .negotiating
        case .accept: .accepted
        case .decline: .declined
        case .expire: .expired
        }
    }

    /// Reads a stored status; `pending` is how offers were stored before the lifecycle.
    static func stored(_ text: String) -> OfferStatus {
        OfferStatus(rawValue: text) ?? .received
    }
}

/// What the candidate (or the deadline) does to an offer.
public enum OfferMove: String, Codable, Sendable, CaseIterable, ParsableName {
    case negotiate, accept, decline, expire
}

/// What happens to the candidate's other open offers when they accept one.
public enum OtherOffers: String, Codable, Sendable, CaseIterable, ParsableName {
    /// Decline each of them (their jobs become withdrawn).
    case decline
    /// Leave them open (the candidate will answer each one).
    case keep
}
