/// Every operation of the HTTP API. The first seven are the design's; the rest cover the product
/// the same way. Every tool of the MCP server has exactly one route (a test checks it).
public enum APIRoutes {
    public static let all: [APIRoute] = interviews + prep + emails + jobs + coaching + mock

    static let interviews: [APIRoute] = [
        // GET /api/interviews also answers `upcoming=true` (see `UpcomingSwitch`).
        APIRoute(.get, "/api/interviews", "list_interviews", tag: "interviews"),
        APIRoute(.post, "/api/interviews", "schedule_interview", tag: "interviews"),
        APIRoute(.get, "/api/interviews/{id}", "get_interview", id: "interview_id", tag: "interviews"),
        APIRoute(.post, "/api/interviews/{id}/status", "update_interview_status", id: "interview_id", tag: "interviews"),
        APIRoute(.get, "/api/interviews/{id}/prep-materials", "get_interview_prep_materials", id: "interview_id", tag: "interviews"),
        APIRoute(.get, "/api/interviews/email-template", "get_email_template", tag: "emails"),
        APIRoute(.get, "/api/interviews/stats", "get_interview_statistics", tag: "interviews"),
        APIRoute(.post, "/api/interviews/{id}/reschedule", "reschedule_interview", id: "interview_id", tag: "interviews"),
        APIRoute(.post, "/api/interviews/{id}/cancel", "cancel_interview", id: "interview_id", tag: "interviews"),
        APIRoute(.get, "/api/interviews/{id}/timeline", "get_interview_timeline", id: "interview_id", tag: "interviews"),
        APIRoute(.get, "/api/calendar", "export_calendar", tag: "interviews"),
    ]

    static let prep: [APIRoute] = [
        APIRoute(.get, "/api/interviews/{id}/notes", "get_interview_prep_notes", id: "interview_id", tag: "preparation"),
        APIRoute(.post, "/api/interviews/{id}/notes", "save_interview_prep_notes", id: "interview_id", tag: "preparation"),
        APIRoute(.post, "/api/interviews/{id}/prep-complete", "mark_interview_prep_complete", id: "interview_id", tag: "preparation"),
        APIRoute(.get, "/api/interviews/{id}/checklist", "get_prep_checklist", id: "interview_id", tag: "preparation"),
        APIRoute(.post, "/api/interviews/{id}/checklist", "tick_prep_checklist_item", id: "interview_id", tag: "preparation"),
        APIRoute(.post, "/api/interviews/{id}/debrief", "record_debrief", id: "interview_id", tag: "preparation"),
    ]

    static let emails: [APIRoute] = [
        APIRoute(.post, "/api/interviews/{id}/emails/reminder", "send_interview_reminder_email", id: "interview_id", tag: "emails"),
        APIRoute(.post, "/api/interviews/{id}/emails/thank-you", "send_thank_you_email", id: "interview_id", tag: "emails"),
        APIRoute(.post, "/api/interviews/{id}/emails/follow-up", "send_follow_up_email", id: "interview_id", tag: "emails"),
        APIRoute(.post, "/api/interviews/{id}/emails/status-update", "send_status_update_email", id: "interview_id", tag: "emails"),
    ]

    static let jobs: [APIRoute] = [
        APIRoute(.get, "/api/jobs", "list_jobs", tag: "jobs"),
        APIRoute(.post, "/api/jobs", "add_job", tag: "jobs"),
        APIRoute(.post, "/api/jobs/import", "import_job_posting", tag: "jobs"),
        APIRoute(.get, "/api/jobs/{id}", "get_pipeline", id: "job_id", tag: "jobs"),
        APIRoute(.patch, "/api/jobs/{id}", "update_job", id: "job_id", tag: "jobs"),
        APIRoute(.post, "/api/jobs/{id}/status", "set_job_status", id: "job_id", tag: "jobs"),
        APIRoute(.get, "/api/jobs/{id}/interviews", "get_interviews_by_job", id: "job_id", tag: "jobs"),
        APIRoute(.post, "/api/jobs/{id}/notes", "add_job_note", id: "job_id", tag: "jobs"),
        APIRoute(.post, "/api/jobs/{id}/contacts", "add_contact", id: "job_id", tag: "jobs"),
        APIRoute(.post, "/api/jobs/{id}/stages", "add_stage", id: "job_id", tag: "stages"),
        APIRoute(.post, "/api/stages/{id}/unlock", "unlock_stage", id: "stage_id", tag: "stages"),
        APIRoute(.post, "/api/stages/{id}/skip", "skip_stage", id: "stage_id", tag: "stages"),
        APIRoute(.post, "/api/stages/{id}/decline", "decline_stage", id: "stage_id", tag: "stages"),
        APIRoute(.post, "/api/stages/{id}/submit", "submit_stage", id: "stage_id", tag: "stages"),
        APIRoute(.post, "/api/jobs/{id}/offers", "record_offer", id: "job_id", tag: "offers"),
        APIRoute(.post, "/api/offers/{id}", "update_offer", id: "offer_id", tag: "offers"),
        APIRoute(.get, "/api/offers/compare", "compare_offers", tag: "offers"),
        APIRoute(.get, "/api/next-actions", "get_next_actions", tag: "jobs"),
        APIRoute(.post, "/api/next-actions/dismiss", "dismiss_next_action", tag: "jobs"),
        APIRoute(.get, "/api/funnel", "get_pipeline_funnel", tag: "statistics"),
    ]

    static let coaching: [APIRoute] = [
        APIRoute(.get, "/api/coaching/questions", "get_interview_questions", tag: "coaching"),
        APIRoute(.get, "/api/coaching/tips", "get_interview_tips", tag: "coaching"),
        APIRoute(.get, "/api/coaching/research-template", "get_company_research_template", tag: "coaching"),
        APIRoute(.post, "/api/coaching/pitch", "generate_elevator_pitch", tag: "coaching"),
        APIRoute(.post, "/api/coaching/star", "analyze_star_answer", tag: "coaching"),
    ]

    static let mock: [APIRoute] = [
        APIRoute(.get, "/api/mock-interviews", "list_mock_interviews", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews", "start_mock_interview", tag: "mock interviews"),
        APIRoute(.get, "/api/mock-interviews/{id}", "mock_interview_state", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/answer", "submit_mock_answer", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/hint", "request_mock_hint", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/assistant-response", "record_assistant_response", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/pause", "pause_mock_interview", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/resume", "resume_mock_interview", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/finish-section", "finish_mock_section", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/end", "end_mock_interview", id: "session_id", tag: "mock interviews"),
        APIRoute(.post, "/api/mock-interviews/{id}/interviewer-failure", "report_mock_interviewer_failure", id: "session_id", tag: "mock interviews"),
        APIRoute(.get, "/api/mock-interviews/{id}/report", "get_mock_interview_report", id: "session_id", tag: "mock interviews"),
        APIRoute(.get, "/api/mock-interviews/{id}/export", "export_mock_interview", id: "session_id", tag: "mock interviews"),
    ]
}
