import InterviewPrep

/// Remedies in a person's words at the terminal: the command line to type.
struct CommandRemedyWording: RemedyWording {
    func phrase(_ remedy: Remedy) -> String {
        switch remedy {
        case .reschedule(let id): "move it with `interview-prep interviews reschedule \(id) <new start>`"
        case .tickChecklist(let id, let first):
            "tick them with `interview-prep prep checklist \(id) --tick \(first)`, or mark it prepared anyway with `interview-prep interviews prepared \(id) --force`"
        case .recordDebrief(let id):
            "record it with `interview-prep interviews debrief \(id ?? "<interview>") --rating <1-5> --outcome <yes|no|…>`"
        case .submitStage(let id): "when it is done: `interview-prep stages submit \(id)`"
        case .unlockStage(let id): "unlock it first: `interview-prep stages unlock \(id)`"
        case .forceUnlock(let id): "finish them, or unlock anyway with `interview-prep stages unlock \(id) --force`"
        case .resumeMock(let id): "continue with `interview-prep mock resume \(id)`"
        case .mockReport(let id): "see how it went: `interview-prep mock report \(id)`"
        case .startMock: "start a new one with `interview-prep mock start`"
        }
    }
}
