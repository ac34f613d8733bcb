import InterviewPrep

/// Remedies in an assistant's words: the tool to call and the argument that matters.
struct ToolRemedyWording: RemedyWording {
    func phrase(_ remedy: Remedy) -> String {
        switch remedy {
        case .reschedule(let id): "use reschedule_interview (interview_id \(id)) to move it"
        case .tickChecklist(let id, let first):
            "tick them with tick_prep_checklist_item (interview_id \(id), item \(first)), or pass force: true to complete anyway"
        case .recordDebrief(let id): "record it with record_debrief" + (id.map { " (interview_id \($0))" } ?? " once its interview happened")
        case .submitStage(let id): "use submit_stage (stage_id \(id)) when it is done"
        case .unlockStage(let id): "unlock it first with unlock_stage (stage_id \(id))"
        case .forceUnlock(let id): "finish them, or call unlock_stage (stage_id \(id)) with force: true"
        case .resumeMock(let id): "resume_mock_interview (session_id \(id)) continues it"
        case .mockReport(let id): "get_mock_interview_report (session_id \(id)) shows how it went"
        case .startMock: "start_mock_interview starts a new one"
        }
    }
}
