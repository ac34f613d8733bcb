import InterviewPrep

/// How to approach one interview type: its name, length, tips, timing and prep checklist.
public struct TypeTips: OutputShape, Equatable {
    public var type: InterviewType
    public var label: String
    public var duration: String
    public var tips: [String]
    public var timing: String
    public var checklist: [String]

    public static let outputFields: [OutputField<TypeTips>] = [
        .strings("checklist") { $0.checklist }, .string("duration") { $0.duration }, .string("label") { $0.label },
        .string("timing") { $0.timing }, .strings("tips") { $0.tips }, .identifier("type") { $0.type },
    ]
}

extension CoachingService {
    /// The tips for `type`, with its catalog label and checklist.
    public func tips(for type: InterviewType) throws(CoachingError) -> TypeTips {
        let tips = try library.tips[type]!
        let core = interviews.core
        return TypeTips(type: type, label: core.catalog[type].label, duration: tips.duration, tips: tips.tips, timing: tips.timing,
                        checklist: core.checklists.items(for: type))
    }
}
