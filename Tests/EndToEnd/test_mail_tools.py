"""The email and calendar tools through the official MCP client, with a real SMTP server."""

import datetime as dt

import pytest
from icalendar import Calendar
from jsonschema import Draft202012Validator

from conftest import count_rows, error_text, home_today, mcp_session, output_schemas, structured
from mailserver import mail_server, smtp_env

pytestmark = pytest.mark.anyio


def later(days, hour=10):
    return f"{(home_today() + dt.timedelta(days=days)).isoformat()}T{hour:02d}:00"


async def schedule(session, **extra):
    arguments = {"company": "Stripe", "role": "Backend Engineer", "type": "technical", "start": later(5),
                 "timezone": "America/New_York", "interviewer_name": "Sarah Chen", "interviewer_email": "sarah@stripe.com"}
    arguments.update(extra)
    return structured(await session.call_tool("schedule_interview", arguments))


async def test_emails_are_drafts_until_sent_and_sending_is_recorded(binary, env, db_path, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, smtp_env(env, server.port)) as session:
            schemas = output_schemas((await session.list_tools()).tools)
            interview = await schedule(session)

            draft = structured(await session.call_tool("send_thank_you_email", {
                "interview_id": interview["id"], "talking_points": "scaling the payments ledger"}))
            Draft202012Validator(schemas["send_thank_you_email"]).validate(draft)
            assert draft["status"] == "draft" and draft["to"] == ["sarah@stripe.com"]
            assert draft["subject"] == "Thank you - Stripe interview"
            assert "scaling the payments ledger" in draft["text"] and draft["text"].rstrip().endswith("Ada Lovelace")
            assert server.messages() == [] and count_rows(db_path, "outbox") == 0

            sent = structured(await session.call_tool("send_thank_you_email", {
                "interview_id": interview["id"], "talking_points": "scaling the payments ledger", "send": True}))
            assert sent["status"] == "sent" and sent["message_id"].startswith("<")
            (_, message, envelope), = server.messages()
            assert envelope["rcpt_tos"] == ["sarah@stripe.com"] and message["Message-ID"] == sent["message_id"]

            for tool, arguments in [
                ("send_interview_reminder_email", {}),
                ("send_follow_up_email", {"recipient_name": "Jamie", "to": "jamie@stripe.com"}),
                ("send_status_update_email", {"recipient_name": "Jamie", "update": "I received an offer from another company.",
                                              "deadline": "Friday, 4 December", "to": "jamie@stripe.com"}),
            ]:
                result = structured(await session.call_tool(tool, {"interview_id": interview["id"], **arguments}))
                Draft202012Validator(schemas[tool]).validate(result)
                # The reminder (to the candidate) greets by first name; the others are signed in full.
                assert result["status"] == "draft" and result["subject"]
                assert ("Hi Ada," if tool == "send_interview_reminder_email" else "Ada Lovelace") in result["text"]
            timeline = structured(await session.call_tool("get_interview_timeline", {"interview_id": interview["id"]}))
            assert "email_sent" in [event["type"] for event in timeline["events"]]
    assert count_rows(db_path, "outbox") == 1


async def test_a_missing_template_variable_and_header_injection_are_errors(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, dict(smtp_env(env, server.port), INTERVIEW_PREP_CANDIDATE_NAME="")) as session:
            interview = await schedule(session, interviewer_email=None)
            missing = error_text(await session.call_tool("send_thank_you_email", {"interview_id": interview["id"]}))
            assert "candidate_name" in missing
            injected = error_text(await session.call_tool("send_follow_up_email", {
                "interview_id": interview["id"], "recipient_name": "Jamie", "candidate_name": "Ada",
                "to": "jamie@stripe.com\r\nBcc: everyone@example.com", "send": True}))
            assert "to" in injected and ("line breaks" in injected or "not an email address" in injected)
            no_recipient = error_text(await session.call_tool("send_follow_up_email", {
                "interview_id": interview["id"], "recipient_name": "Jamie", "candidate_name": "Ada", "send": True}))
            assert "to:" in no_recipient or "to" in no_recipient
            assert server.messages() == []


async def test_sending_without_smtp_says_how_to_configure_it(binary, env):
    async with mcp_session(binary, env) as session:
        interview = await schedule(session)
        draft = structured(await session.call_tool("send_interview_reminder_email", {"interview_id": interview["id"], "candidate_name": "Ada"}))
        assert "INTERVIEW_PREP_SMTP_URL" in draft["note"]
        text = error_text(await session.call_tool("send_interview_reminder_email", {"interview_id": interview["id"], "candidate_name": "Ada", "send": True}))
        assert "INTERVIEW_PREP_SMTP_URL" in text


async def test_templates_are_shown_with_their_variables(binary, env):
    async with mcp_session(binary, env) as session:
        template = structured(await session.call_tool("get_email_template", {"name": "status_update"}))
        assert {"recipient_name", "candidate_name"} <= set(template["required_variables"])
        assert {"update", "deadline", "is_withdrawal"} <= set(template["optional_variables"])
        assert "{{update}}" in template["text"]


async def test_the_calendar_parses_and_keeps_uids_times_and_alarms(binary, env):
    async with mcp_session(binary, env) as session:
        first = await schedule(session)
        second = await schedule(session, company="Figma", type="phone_screen", start=later(6, 15), timezone="Europe/Berlin")
        export = structured(await session.call_tool("export_calendar", {}))
        assert export["events"] == 2 and "\r\n" in export["ics"]
        calendar = Calendar.from_ical(export["ics"])
        events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
        assert set(events) == {f"{first['id']}@interview-prep", f"{second['id']}@interview-prep"}
        stripe = events[f"{first['id']}@interview-prep"]
        assert stripe.decoded("DTSTART") == dt.datetime.fromisoformat(first["start"]["utc"].replace("Z", "+00:00"))
        assert stripe.decoded("DTEND") == dt.datetime.fromisoformat(first["end"]["utc"].replace("Z", "+00:00"))
        alarms = [alarm for alarm in stripe.walk("VALARM")]
        assert [str(alarm["ACTION"]) for alarm in alarms] == ["DISPLAY"] * 3
        triggers = sorted(alarm.decoded("TRIGGER") for alarm in alarms)
        assert [t.isoformat().replace("+00:00", "Z") for t in triggers] == sorted(r["due"]["utc"] for r in first["reminders"])
        assert "Review data structures" in str(stripe["DESCRIPTION"])

        await session.call_tool("cancel_interview", {"interview_id": second["id"]})
        await session.call_tool("reschedule_interview", {"interview_id": first["id"], "start": later(7, 11)})
        again = Calendar.from_ical(structured(await session.call_tool("export_calendar", {}))["ics"])
        events = {str(event["UID"]): event for event in again.walk("VEVENT")}
        assert len(events) == 2
        assert str(events[f"{second['id']}@interview-prep"]["STATUS"]) == "CANCELLED"
        moved = events[f"{first['id']}@interview-prep"]
        assert int(moved["SEQUENCE"]) > int(stripe["SEQUENCE"])
        assert len(list(moved.walk("VALARM"))) == 3
        single = structured(await session.call_tool("export_calendar", {"interview_id": first["id"]}))
        assert single["events"] == 1 and single["filename"] == f"{first['id']}.ics"


async def test_an_interview_can_choose_its_own_reminder_hours(binary, env):
    async with mcp_session(binary, env) as session:
        interview = await schedule(session, reminder_hours=[6, 1])
        assert [r["hours_before"] for r in interview["reminders"]] == [6, 1]
        assert all(r["status"] == "pending" for r in interview["reminders"])
        text = error_text(await session.call_tool("schedule_interview", {
            "company": "X", "role": "Y", "type": "technical", "start": later(9), "reminder_hours": [0]}))
        assert "reminder_hours" in text


def test_a_withdrawal_reads_as_one_and_every_email_has_an_html_part(binary, env, tmp_path):
    from conftest import cli_json, run_cli
    from mailserver import mail_server, smtp_env

    with mail_server(tmp_path / "mail") as server:
        mail_env = smtp_env(env, server.port)
        interview = cli_json(binary, mail_env, "interviews", "add", "--company", "Stripe", "--role", "Backend Engineer",
                             "--type", "technical", "--start", "2027-03-15T09:00", "--interviewer", "Sarah Chen",
                             "--interviewer-email", "sarah@stripe.com")
        withdrawn = run_cli(binary, mail_env, "email", "status-update", interview["id"], "--situation", "withdrawal",
                            "--recipient-name", "Jamie", "--to", "jamie@stripe.com", "--update", "I have accepted another role.", "--send")
        assert withdrawn.returncode == 0, withdrawn.stderr
        news = run_cli(binary, mail_env, "email", "status-update", interview["id"], "--recipient-name", "Jamie", "--to", "jamie@stripe.com")
        assert news.returncode != 0 and "update" in news.stderr, "a plain update needs its news"
        assert run_cli(binary, mail_env, "email", "thank-you", interview["id"], "--send").returncode == 0
        (_, withdrawal, _), (_, thanks, _) = server.messages()

    assert withdrawal["Subject"] == "Withdrawing my application - Backend Engineer at Stripe"
    text = withdrawal.get_body(("plain",)).get_content()
    assert "I am withdrawing my application for the Backend Engineer position at Stripe." in text
    assert "I have accepted another role." in text and "top choice" not in text
    for message in (withdrawal, thanks):
        assert message.get_content_type() == "multipart/alternative"
        html = message.get_body(("html",)).get_content()
        plain = message.get_body(("plain",)).get_content()
        first_paragraph = [part for part in plain.replace("\r\n", "\n").split("\n\n") if part.strip()][1].strip()
        assert f"<p>{first_paragraph}</p>" in html.replace("&#39;", "'"), (first_paragraph, html)


@pytest.mark.anyio
async def test_a_thank_you_is_proposed_after_an_interview_until_sent_or_dismissed(binary, env, tmp_path):
    from conftest import cli_json, run_cli
    from mailserver import mail_server, smtp_env
    import datetime as dt

    held = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:00:00Z")
    with mail_server(tmp_path / "mail") as server:
        mail_env = smtp_env(env, server.port)
        first = cli_json(binary, mail_env, "interviews", "add", "--company", "Stripe", "--role", "SRE", "--type", "technical",
                         "--start", held, "--interviewer", "Sarah Chen", "--interviewer-email", "sarah@stripe.com")
        second = cli_json(binary, mail_env, "interviews", "add", "--company", "Figma", "--role", "SRE", "--type", "behavioral", "--start", held)
        shown = run_cli(binary, mail_env, "next").stdout
        assert "Send a thank-you to Sarah Chen for the technical interview" in shown and "Send a thank-you for the behavioral interview" in shown
        assert run_cli(binary, mail_env, "email", "thank-you", first["id"], "--send").returncode == 0
        async with mcp_session(binary, mail_env) as session:
            listed = structured(await session.call_tool("get_next_actions", {}))
            thanks = [a["reference"] for a in listed["actions"] if a["kind"] == "thank_you"]
            assert thanks == [second["id"]], "a sent thank-you is no longer proposed"
            rest = structured(await session.call_tool("dismiss_next_action", {"kind": "thank_you", "reference": second["id"]}))
            assert all(a["kind"] != "thank_you" for a in rest["actions"])
            refused = error_text(await session.call_tool("dismiss_next_action", {"kind": "thank_you", "reference": second["id"]}))
            assert "no thank_you action waits for" in refused
    assert "thank-you" not in run_cli(binary, env, "next").stdout
