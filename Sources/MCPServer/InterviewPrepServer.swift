import Foundation
import InterviewPrep
import MockInterview
import Logging
import Coaching
import Mail
import Postings

/// The MCP server: tools and resources over the engine, on stdio.
public enum InterviewPrepServer {
    /// What the server tells a model when it connects.
    public static let instructions = """
        interview-prep tracks a job candidate's interviews in a local database and helps them prepare.
        - Record interviews with schedule_interview (job_id, or company + role; type; start with an offset, \
        or local time + IANA timezone). Ids look like int_7 (interviews) and job_3 (jobs).
        - Find them with get_upcoming_interviews (what's next), list_interviews (filters, paginated), \
        get_interviews_by_job and get_interview.
        - Move them on with update_interview_status (confirmed, reminder_sent, in_progress, completed, cancelled), \
        reschedule_interview and cancel_interview; each result lists allowed_next_statuses.
        - Keep Markdown prep notes with save_interview_prep_notes / get_interview_prep_notes and mark readiness \
        with mark_interview_prep_complete.
        - get_interview_statistics summarises the search; get_interview_timeline shows the audit trail of one interview.
        - Emails: send_interview_reminder_email, send_thank_you_email, send_follow_up_email and send_status_update_email \
        return a draft by default; show it to the user and only call again with send: true once they approve. \
        get_email_template shows a template and its variables. Reminders are also sent automatically by a cron job.
        - export_calendar returns an .ics with alarms for the interviews.
        - Coaching (offline): get_interview_prep_materials (a full prep packet), get_interview_questions, get_interview_tips, \
        get_company_research_template, generate_elevator_pitch, analyze_star_answer, get_prep_checklist and \
        tick_prep_checklist_item. Prompts: prepare_for_interview, practice_behavioral_question, draft_thank_you, run_mock_interview. \
        Markdown guides are resources under coaching://.
        - Pipelines: add_job (with stages), get_pipeline, add_stage, unlock_stage, skip_stage, decline_stage, submit_stage \
        (async stages), record_debrief (completes a live stage), set_job_status. schedule_interview takes a stage_id. \
        list_jobs, add_job_note, add_contact, record_offer, compare_offers; get_next_actions answers "what is waiting on me"; \
        get_pipeline_funnel shows conversion. Each job is also the resource job://{id}.
        - Mock interviews (timed practice): start_mock_interview (schema_id, role_family or interview_id), then voice the \
        interviewer: read state.present_now out word for word, pass each answer to submit_mock_answer with a new \
        client_message_id, and follow the returned state (the engine keeps the clock, picks every follow-up and moves \
        sections on). mock_interview_state shows time left; request_mock_hint gives a pool hint; finish_mock_section is \
        "I'm done"; pause/resume/end_mock_interview; get_mock_interview_report and export_mock_interview afterwards; \
        list_mock_interviews lists sessions and schemas. Never invent follow-ups or tell the candidate the answers.
        Times come back in UTC and in the interview's own zone: show the candidate the local one.
        Errors say which argument was wrong and what is allowed: fix it and call again.
        """

    /// Serves on stdin/stdout until the client closes stdin and every reply is written.
    ///
    /// - Parameter toolGroups: the tool groups switched on in the configuration now (`nil` when it
    ///   cannot be read: the groups stay as they are). Asked again every `configurationCheck`;
    ///   a change is announced to the client with `notifications/tools/list_changed`.
    public static func runOnStdio(
        services: Services, mail: MailService, coaching: CoachingService, mock: MockInterviews, postings: PostingService, logSink: ClientLogSink, logger: Logger,
        toolGroups: @escaping @Sendable () -> Set<ToolGroup>?, configurationCheck: Duration = .seconds(1)
    ) async {
        let catalog = ToolCatalog(groups: toolGroups() ?? Set(ToolGroup.allCases))
        let context = ToolContext(services: services, mail: mail, coaching: coaching, mock: mock, postings: postings, actor: .mcp)
        let connection = StdioConnection(logger: logger) { notify in
            logSink.attach(notify)
            return ServerMethods(catalog: catalog, context: context, logSink: logSink, logger: logger, notify: notify)
        }
        let watcher = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: configurationCheck)
                guard let groups = toolGroups(), catalog.update(groups: groups) else { continue }
                logger.notice("tool groups changed", metadata: ["groups": "\(groups.sorted().map(\.rawValue).joined(separator: ","))"])
                connection.announce("notifications/tools/list_changed")
                connection.announce("notifications/prompts/list_changed")
            }
        }
        defer { watcher.cancel() }
        logger.info("interview-prep MCP server ready on stdio")
        // A mock interview in progress is not paused when the client goes: under 2026-07-28 one
        // process is not one session (a client may start a process per call). It pauses itself
        // when idle (MockMachine.idleLimit).
        await connection.run()
    }
}
