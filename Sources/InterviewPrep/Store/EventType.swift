/// A kind of event in the append-only log: the engine's own (`EventType`) and a mock interview's
/// (`MockEventType`), each an enum, so no event type is a string typed by hand.
public protocol EventKind: Sendable {
    /// The name stored in `events.type`.
    var rawValue: String { get }
}

/// Every event the engine writes besides the mock interviews' own.
public enum EventType: String, Codable, Sendable, CaseIterable, EventKind {
    // Interviews
    case interviewScheduled = "interview_scheduled"
    case interviewImported = "interview_imported"
    case interviewRescheduled = "interview_rescheduled"
    case interviewStatusChanged = "interview_status_changed"
    case interviewCancelled = "interview_cancelled"
    case interviewEdited = "interview_edited"
    case interviewReopened = "interview_reopened"
    case interviewDeleted = "interview_deleted"
    case interviewRestored = "interview_restored"
    case prepNotesSaved = "prep_notes_saved"
    case preparationCompleted = "preparation_completed"
    case preparationReopened = "preparation_reopened"
    case checklistItemDone = "checklist_item_done"
    case checklistItemReopened = "checklist_item_reopened"
    // Reminders and email
    case reminderSent = "reminder_sent"
    case reminderSkipped = "reminder_skipped"
    case reminderFailed = "reminder_failed"
    case emailSent = "email_sent"
    case emailFailed = "email_failed"
    // Jobs and their pipelines
    case jobCreated = "job_created"
    case jobStatusChanged = "job_status_changed"
    case jobEdited = "job_edited"
    case jobDeleted = "job_deleted"
    case jobRestored = "job_restored"
    case jobNoteAdded = "job_note_added"
    case contactAdded = "contact_added"
    case offerRecorded = "offer_recorded"
    case offerStatusChanged = "offer_status_changed"
    case offerRevised = "offer_revised"
    case nextActionDismissed = "next_action_dismissed"
    case debriefRecorded = "debrief_recorded"
    case stageAdded = "stage_added"
    case stageUnlocked = "stage_unlocked"
    case stageInvited = "stage_invited"
    case stageInProgress = "stage_in_progress"
    case stageCompleted = "stage_completed"
    case stageExpired = "stage_expired"
    case stageDeclined = "stage_declined"
    case stageSkipped = "stage_skipped"
    case stageReopened = "stage_reopened"

    /// The event of a stage reaching `status`.
    public static func stage(reaching status: StageStatus) -> EventType {
        switch status {
        case .pending, .unlocked: .stageUnlocked
        case .invited: .stageInvited
        case .inProgress: .stageInProgress
        case .completed: .stageCompleted
        case .expired: .stageExpired
        case .declined: .stageDeclined
        case .skipped: .stageSkipped
        }
    }
}
