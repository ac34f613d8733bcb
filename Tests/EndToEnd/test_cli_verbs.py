"""Every MCP tool from the command line: the table in docs/cli.md against the live tool list,
then the new verbs driven as a candidate would (text for people, --json for scripts)."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from conftest import cli_json, count_rows, home_today, mcp_session, run_cli
from mailserver import mail_server, smtp_env

ROOT = Path(__file__).resolve().parents[2]


def documented_commands():
    """{tool: [argv words after interview-prep]} from docs/cli.md's table."""
    rows = re.findall(r"^\| `([a-z_]+)` \| `interview-prep ([a-z -]+)`", (ROOT / "docs" / "cli.md").read_text(), re.MULTILINE)
    return {tool: command.split() for tool, command in rows}


@pytest.mark.anyio
async def test_every_mcp_tool_has_a_documented_command_that_runs(binary, env):
    async with mcp_session(binary, env) as session:
        tools = {tool.name for tool in (await session.list_tools()).tools}
    commands = documented_commands()
    assert sorted(tools - commands.keys()) == [], "MCP tools without a command in docs/cli.md"
    assert sorted(commands.keys() - tools) == [], "docs/cli.md names tools the server does not have"
    for tool, words in commands.items():
        helped = run_cli(binary, env, *words, "--help")
        assert helped.returncode == 0, (tool, words, helped.stderr)
        assert helped.stdout.startswith("OVERVIEW: ") and "USAGE: interview-prep " + " ".join(words) in helped.stdout, (tool, helped.stdout[:200])


def day(days_ahead):
    return (home_today() + dt.timedelta(days=days_ahead)).isoformat()


def test_a_job_goes_from_added_to_offers_from_the_command_line(binary, env, db_path):
    empty = run_cli(binary, env, "jobs")
    assert empty.returncode == 0 and empty.stdout.startswith("No jobs yet. Add one: interview-prep jobs add")

    added = run_cli(binary, env, "jobs", "add", "Stripe", "Backend Engineer", "--source", "referral",
                    "--stage", "phone_screen", "--stage", "take_home", "--stage", "technical")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[0] == "Added job_1: Stripe · Backend Engineer, saved, 3 stages."
    pipeline = cli_json(binary, env, "jobs", "show", "job_1")
    assert [stage["kind"] for stage in pipeline["stages"]] == ["phone_screen", "take_home", "technical"]
    screen, take_home, technical = (stage["id"] for stage in pipeline["stages"])

    listed = run_cli(binary, env, "jobs", "list")
    header, row = listed.stdout.splitlines()[:2]
    assert header.split() == ["ID", "COMPANY", "ROLE", "STATUS", "PRIORITY", "APPLIED", "STAGES", "NEXT"]
    assert row.split()[:7] == ["job_1", "Stripe", "Backend", "Engineer", "saved", "–", "–"] and "0/3" in row, row
    assert cli_json(binary, env, "jobs", "list")["jobs"][0]["job_id"] == "job_1"

    shown = run_cli(binary, env, "jobs", "show", "job_1").stdout
    assert "job_1 · Stripe · Backend Engineer (backend_engineer)" in shown and "Source: referral" in shown
    assert re.search(rf"1\s+{screen}\s+.*phone_screen\s+unlocked", shown), shown

    # The screen happens, is debriefed; the take-home is submitted; the last stage is declined.
    scheduled = cli_json(binary, env, "interviews", "add", "--stage-id", screen, "--type", "phone_screen",
                         "--start", f"{day(-2)}T10:00", "--timezone", "America/New_York")
    run_cli(binary, env, "interviews", "status", scheduled["id"], "completed")
    debrief = run_cli(binary, env, "interviews", "debrief", scheduled["id"], "--rating", "4", "--outcome", "yes",
                      "--trait", "structured", "--went-well", "clear story")
    assert debrief.returncode == 0, debrief.stderr
    assert debrief.stdout.strip() == f"Debrief recorded for {scheduled['id']}: 4/10, yes."
    assert run_cli(binary, env, "stages", "unlock", take_home).returncode == 0
    submitted = run_cli(binary, env, "stages", "submit", take_home)
    assert submitted.returncode == 0 and submitted.stdout.startswith(f"{take_home} is submitted.")
    added_stage = cli_json(binary, env, "stages", "add", "job_1", "--kind", "final_round", "--name", "Meet the CTO")
    assert added_stage["stages"][-1]["name"] == "Meet the CTO"
    skipped = cli_json(binary, env, "stages", "skip", added_stage["stages"][-1]["id"])
    assert skipped["stages"][-1]["status"] == "skipped"
    assert run_cli(binary, env, "stages", "unlock", technical).returncode == 0
    declined = run_cli(binary, env, "stages", "decline", technical)
    assert declined.returncode == 0, declined.stderr

    assert run_cli(binary, env, "jobs", "note", "job_1", "Team of 8, Go and Postgres").stdout.strip() == "Noted on job_1; it has 1 note."
    contact = cli_json(binary, env, "jobs", "contact", "job_1", "Dana Reyes", "--role", "recruiter", "--email", "dana@stripe.com")
    assert contact["name"] == "Dana Reyes" and contact["email"] == "dana@stripe.com"
    assert run_cli(binary, env, "jobs", "status", "job_1", "shortlisted").stdout.strip() == "job_1 (Stripe) is now shortlisted."
    assert [interview["id"] for interview in cli_json(binary, env, "jobs", "interviews", "job_1")] == [scheduled["id"]]

    # Two offers in two currencies, answered by the end of a day and at a time: in the candidate's zone.
    run_cli(binary, env, "jobs", "add", "Monzo", "Staff Engineer", "--stage", "phone_screen")
    usd = run_cli(binary, env, "jobs", "offer", "job_1", "--base", "180000", "--currency", "USD", "--bonus", "20000", "--deadline", day(10))
    assert usd.stdout.splitlines()[0] == "Recorded off_1 from Stripe: $180,000 base + $20,000 bonus = $200,000 in the first year."
    cli_json(binary, env, "jobs", "offer", "job_2", "--base", "90000", "--currency", "GBP", "--deadline", f"{day(4)}T17:00")
    offers = run_cli(binary, env, "jobs", "offers").stdout
    ten = home_today() + dt.timedelta(days=10)
    four = home_today() + dt.timedelta(days=4)
    assert offers.startswith("In GBP"), offers
    gbp_part, usd_part = offers.split("In USD")
    assert "$180,000" in usd_part and "$20,000" in usd_part and "$200,000" in usd_part
    assert f"by end of {ten.strftime('%a')} {ten.day} {ten.strftime('%b')}" in usd_part
    assert "£90,000" in gbp_part and f"by {four.strftime('%a')} {four.day} {four.strftime('%b')} 17:00" in gbp_part
    assert "Note: Offers in different currencies are shown apart" in offers
    comparison = cli_json(binary, env, "jobs", "offers")
    assert sorted(offer["id"] for group in comparison["groups"] for offer in group["offers"]) == ["off_1", "off_2"]

    upcoming = run_cli(binary, env, "next").stdout
    assert upcoming.splitlines()[0].split() == ["WHEN", "WHAT", "COMPANY", "REF"]
    assert "Decide on the offer ($200,000 in the first year)" in upcoming and "Decide on the offer (£90,000 in the first year)" in upcoming

    funnel = run_cli(binary, env, "jobs", "funnel").stdout
    assert funnel.splitlines()[0] == "Applications: 0 sent, 0 answered (–), 0 ghosted; 0 saved to apply to."
    assert funnel.splitlines()[2].split() == ["STAGE", "REACHED", "COMPLETED", "CONVERSION"]
    assert re.search(r"^referral\s+1\s+1\s+1$", funnel, re.MULTILINE), funnel
    assert "Debug" not in funnel and "SQL(" not in funnel
    assert count_rows(db_path, "offers") == 2


def test_emails_from_the_command_line_are_drafts_until_send(binary, env, db_path, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        mail_env = smtp_env(env, server.port)
        interview = cli_json(binary, mail_env, "interviews", "add", "--company", "Stripe", "--role", "Backend Engineer",
                             "--type", "technical", "--start", f"{day(3)}T10:00", "--interviewer", "Sarah Chen",
                             "--interviewer-email", "sarah@stripe.com")
        draft = run_cli(binary, mail_env, "email", "thank-you", interview["id"], "--talking-points", "the ledger design")
        assert draft.returncode == 0, draft.stderr
        assert draft.stdout.startswith("To: sarah@stripe.com\nSubject: Thank you - Stripe interview\n")
        assert "the ledger design" in draft.stdout
        assert draft.stdout.rstrip().endswith(f"Draft only. To send it: interview-prep email thank-you {interview['id']} --send")
        assert server.messages() == [] and count_rows(db_path, "outbox") == 0

        sent = run_cli(binary, mail_env, "email", "thank-you", interview["id"], "--talking-points", "the ledger design", "--send")
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.rstrip().endswith(f"Sent to sarah@stripe.com; it is in {interview['id']}'s timeline.")
        (raw, message, envelope), = server.messages()
        assert envelope["rcpt_tos"] == ["sarah@stripe.com"] and message["Subject"] == "Thank you - Stripe interview"
        assert "the ledger design" in message.get_body(("plain",)).get_content()
        assert count_rows(db_path, "outbox") == 1
        timeline = cli_json(binary, mail_env, "interviews", "timeline", interview["id"])
        assert any(event["type"] == "email_sent" for event in timeline), timeline

        follow_up = cli_json(binary, mail_env, "email", "follow-up", interview["id"], "--recipient-name", "Dana")
        assert follow_up["status"] == "draft" and follow_up["to"] == [] and "Dana" in follow_up["text"]
        nobody = run_cli(binary, mail_env, "email", "follow-up", interview["id"], "--recipient-name", "Dana", "--send")
        assert nobody.returncode == 1 and "to" in nobody.stderr and "required to send" in nobody.stderr
        assert len(server.messages()) == 1

    template = run_cli(binary, env, "email", "template", "follow_up")
    assert template.stdout.startswith("Subject: ") and "Required: " in template.stdout
    unsent = run_cli(binary, env, "email", "reminder", interview["id"], "--send")
    assert unsent.returncode == 1 and "INTERVIEW_PREP_SMTP_URL" in unsent.stderr


def test_tips_and_the_research_template_read_as_text(binary, env):
    tips = run_cli(binary, env, "prep", "tips", "panel")
    assert tips.returncode == 0 and tips.stdout.startswith("Panel interview: ") and "\nChecklist\n  1. " in tips.stdout
    assert json.loads(run_cli(binary, env, "prep", "tips", "panel", "--json").stdout)["type"] == "panel"
    cli_json(binary, env, "jobs", "add", "Stripe", "Backend Engineer")
    research = run_cli(binary, env, "prep", "research", "Stripe").stdout
    assert research.startswith("Researching Stripe\nYour roles there: Backend Engineer (job_1)")
    assert "\nCompany overview\n  • " in research


def test_refusals_at_the_terminal_name_commands_and_over_mcp_name_tools(binary, env):
    interview = cli_json(binary, env, "interviews", "add", "--company", "Infosys", "--role", "Backend Engineer",
                         "--type", "technical", "--start", f"{day(3)}T10:00")["id"]
    refusals = [
        (["interviews", "prepared", interview], f"`interview-prep prep checklist {interview} --tick 1`"),
        (["interviews", "status", interview, "rescheduled"], f"`interview-prep interviews reschedule {interview} <new start>`"),
    ]
    cli_json(binary, env, "jobs", "add", "Acme", "Staff Engineer", "--stage", "phone_screen", "--stage", "take_home")
    refusals += [
        (["stages", "decline", "stg_2"], "unlock it first: `interview-prep stages unlock stg_2`"),
        (["stages", "submit", "stg_1"], "record it with `interview-prep interviews debrief <interview> --rating <1-5>"),
    ]
    mock = cli_json(binary, env, "mock", "start", "--later")
    session = mock["state"]["id"] if "state" in mock else mock["id"]
    refusals.append((["mock", "answer", session, "hello"], f"continue with `interview-prep mock resume {session}`"))
    for words, remedy in refusals:
        refused = run_cli(binary, env, *words)
        assert refused.returncode == 1, (words, refused.stdout)
        assert remedy in refused.stderr, (words, refused.stderr)
        assert not re.search(r"\b[a-z]+_[a-z_]+_(interview|item|stage)\b", refused.stderr), refused.stderr  # no tool names

    async def over_mcp():
        async with mcp_session(binary, env) as session:
            result = await session.call_tool("mark_interview_prep_complete", {"interview_id": interview})
            text = result.content[0].text
            assert result.is_error and f"tick_prep_checklist_item (interview_id {interview}, item 1)" in text and "interview-prep " not in text
    import anyio
    anyio.run(over_mcp)


def on_a_terminal(binary, env, *args, columns=80, stream="stdout"):
    """Runs the CLI with `stream` (stdout or stderr) on a pseudo-terminal of `columns` columns and
    the other stream piped; returns (what reached the terminal, what reached the pipe)."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import termios
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    streams = {"stdout": slave, "stderr": subprocess.PIPE} if stream == "stdout" else {"stdout": subprocess.PIPE, "stderr": slave}
    process = subprocess.Popen([binary, *args], env=env, stdin=subprocess.DEVNULL, **streams)
    os.close(slave)
    piped = (process.stderr if stream == "stdout" else process.stdout).read().decode()
    process.wait(timeout=30)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the child's side is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks).decode().replace("\r\n", "\n"), piped


def test_tables_take_colour_and_the_width_of_a_terminal_and_none_when_piped_or_no_color(binary, env):
    cli_json(binary, env, "jobs", "add", "Stripe", "Backend Engineer")
    cli_json(binary, env, "jobs", "add", "A company with a rather long name indeed", "Principal Distributed Systems Engineer")
    cli_json(binary, env, "jobs", "status", "job_1", "hired")
    coloured, _ = on_a_terminal(binary, env, "jobs", columns=80)
    assert "\x1b[1mID\x1b[0m" in coloured and "\x1b[32mhired\x1b[0m" in coloured, coloured
    visible = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert all(len(line) <= 80 for line in visible.splitlines()), visible
    assert "…" in visible, "the widest columns are shortened to fit"

    plain, _ = on_a_terminal(binary, dict(env, NO_COLOR="1"), "jobs", columns=80)
    assert "\x1b[" not in plain and all(len(line) <= 80 for line in plain.splitlines())
    piped = run_cli(binary, env, "jobs").stdout
    assert "\x1b[" not in piped and "A company with a rather long name indeed" in piped, "piped output is neither coloured nor cut"
    wide, _ = on_a_terminal(binary, dict(env, NO_COLOR="1"), "jobs", columns=200)
    assert "Principal Distributed Systems Engineer" in wide


def test_edit_reopen_and_undo_round_trip_with_reminders_replanned_and_every_step_recorded(binary, env, db_path):
    assert "nothing to undo" in run_cli(binary, env, "undo").stderr
    interview = cli_json(binary, env, "interviews", "add", "--company", "Acme", "--role", "Staff Engineer", "--type", "phone_screen",
                         "--start", f"{day(9)}T13:00", "--location", "https://zoom.us/j/1")
    iid = interview["id"]
    hours = lambda detail: sorted(r["hours_before"] for r in detail["reminders"] if r["status"] == "pending")
    before_hours = hours(cli_json(binary, env, "interviews", "show", iid))

    edited = cli_json(binary, env, "interviews", "edit", iid, "--type", "technical", "--location", "https://meet.example.com/new",
                      "--interviewer", "Sam Lee")
    assert edited["type"] == "technical" and edited["location"] == "https://meet.example.com/new" and edited["interviewer_name"] == "Sam Lee"
    after_hours = hours(cli_json(binary, env, "interviews", "show", iid))
    assert after_hours != before_hours, "a new type re-plans the reminders"
    unchanged = run_cli(binary, env, "interviews", "edit", iid, "--location", "https://meet.example.com/new")
    assert unchanged.returncode == 1 and "nothing would change" in unchanged.stderr

    assert cli_json(binary, env, "interviews", "cancel", iid)["status"] == "cancelled"
    assert hours(cli_json(binary, env, "interviews", "show", iid)) == []
    reopened = run_cli(binary, env, "interviews", "reopen", iid, "--reason", "they un-cancelled it")
    assert reopened.returncode == 0 and reopened.stdout.startswith(f"{iid} is scheduled again.")
    assert hours(cli_json(binary, env, "interviews", "show", iid)) == after_hours

    # Undo walks back: the reopening, the cancellation, then the edit.
    first = run_cli(binary, env, "undo")
    assert first.stdout.startswith("Undone (event ") and "interview_reopened" in first.stdout and f"{iid} is cancelled again" in first.stdout
    assert cli_json(binary, env, "interviews", "show", iid)["status"] == "cancelled"
    second = cli_json(binary, env, "undo")
    assert second["undone_type"] == "interview_cancelled" and second["subject_id"] == iid
    assert cli_json(binary, env, "interviews", "show", iid)["status"] == "scheduled"
    third = run_cli(binary, env, "undo").stdout
    assert "interview_edited" in third and "type is back to phone_screen" in third and "location is back to https://zoom.us/j/1" in third
    restored = cli_json(binary, env, "interviews", "show", iid)
    assert restored["type"] == "phone_screen" and restored["location"] == "https://zoom.us/j/1" and "interviewer_name" not in restored
    assert hours(restored) == before_hours

    events = cli_json(binary, env, "interviews", "timeline", iid)
    types = [event["type"] for event in events]
    assert types == ["interview_scheduled", "interview_edited", "interview_cancelled", "interview_reopened",
                     "interview_cancelled", "interview_reopened", "interview_edited"]
    undoes = [event["payload"].get("undoes") for event in events]
    assert undoes[-3:] == [events[3]["event_id"], events[2]["event_id"], events[1]["event_id"]], "each undo names the event it reverses"
    text = run_cli(binary, env, "interviews", "timeline", iid).stdout
    assert '"undoes":' in text and "…" not in text, "the timeline never cuts an event's details"

    job = cli_json(binary, env, "jobs", "edit", interview["job_id"], "--company", "ACME Corp", "--url", "https://acme.example/jobs/1")
    assert job["company"] == "ACME Corp" and job["url"] == "https://acme.example/jobs/1"
    assert "company is back to Acme" in run_cli(binary, env, "undo").stdout
    assert cli_json(binary, env, "jobs", "show", interview["job_id"])["company"] == "Acme"
    refused = run_cli(binary, env, "undo", "--event", str(events[0]["event_id"]))
    assert refused.returncode == 1 and "undo reverses interview_edited, interview_cancelled, interview_reopened, interview_deleted, job_edited, job_deleted only" in refused.stderr
    again = run_cli(binary, env, "undo", "--event", str(events[1]["event_id"]))
    assert again.returncode == 1 and "already undone" in again.stderr


def test_long_work_shows_a_progress_line_on_a_terminal_and_nothing_when_piped(binary, env):
    fixture = ROOT / "Tests" / "EndToEnd" / "fixtures" / "seed" / "interviews.json"
    terminal, out = on_a_terminal(binary, env, "import", "seed-json", str(fixture), stream="stderr")
    count = len(json.loads(fixture.read_text())["interviews"])
    assert f"\rImporting interviews {count}/{count}" in terminal and terminal.endswith("\r\x1b[K"), repr(terminal)
    assert "Importing" not in out and "Imported" in out, out

    piped = run_cli(binary, dict(env, INTERVIEW_PREP_DB=env["INTERVIEW_PREP_DB"] + ".2"), "import", "seed-json", str(fixture))
    assert piped.returncode == 0 and piped.stderr == ""


def test_the_reminder_email_reads_in_the_candidates_zone_first_with_the_interviews_beside(binary, env):
    from zoneinfo import ZoneInfo
    interview = cli_json(binary, env, "interviews", "add", "--company", "Infosys", "--role", "Backend Engineer", "--type", "technical",
                         "--start", f"{day(5)}T19:00", "--timezone", "Asia/Kolkata")
    start = dt.datetime.fromisoformat(interview["start"]["utc"].replace("Z", "+00:00")).astimezone(ZoneInfo("America/New_York"))
    draft = run_cli(binary, env, "email", "reminder", interview["id"]).stdout
    expected = f"When:        {start:%A}, {start.day} {start:%B %Y}, {start:%H:%M} EST · 19:00 IST in Kolkata"
    assert expected in draft, draft
    packet = run_cli(binary, env, "prep", "packet", interview["id"]).stdout.splitlines()
    days = (start.date() - home_today()).days
    assert packet[2] == f"When: {start:%a} {start.day} {start:%b %H:%M} EST (in {days} days) · 19:00 IST in Kolkata", packet[:4]
    local = cli_json(binary, env, "interviews", "add", "--company", "Acme", "--role", "Staff Engineer", "--type", "technical",
                     "--start", f"{day(6)}T10:00")
    same_zone = run_cli(binary, env, "email", "reminder", local["id"]).stdout
    assert "10:00 EST (America/New_York)" in same_zone and " · " not in same_zone.split("When:")[1].splitlines()[0]


@pytest.mark.parametrize("words, value", [
    (["interviews", "add"], "backend_engineer"), (["interviews", "add"], "phone_screen"), (["jobs", "list"], "shortlisted"),
    (["jobs", "add"], "take_home"), (["jobs", "status"], "withdrawn"), (["interviews", "debrief"], "strong_yes"),
    (["reminders", "list"], "claimed"), (["email", "template"], "follow_up"), (["prep", "tips"], "final_round"),
    (["jobs", "answer"], "negotiate"), (["jobs", "add"], "hybrid"), (["jobs", "import"], "active"), (["next", "dismiss"], "thank_you"),
    (["email", "status-update"], "withdrawal"),
])
def test_help_lists_each_choice_once(binary, env, words, value):
    helped = run_cli(binary, env, *words, "--help").stdout
    assert helped.count(value) == 1, helped


def test_deleting_a_job_takes_everything_with_it_keeps_sent_emails_and_undo_brings_it_all_back(binary, env, db_path, tmp_path):
    import sqlite3

    def counts():
        with sqlite3.connect(db_path) as db:
            return {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ["jobs", "stages", "interviews", "reminders", "checklist_progress", "debriefs", "job_notes", "contacts", "offers", "outbox"]}

    cli_json(binary, env, "jobs", "add", "Acme", "Staff Engineer", "--stage", "phone_screen", "--stage", "technical")
    past = cli_json(binary, env, "interviews", "add", "--stage-id", "stg_1", "--type", "phone_screen", "--start", f"{day(-1)}T10:00",
                    "--interviewer", "Sam", "--interviewer-email", "sam@acme.example")
    run_cli(binary, env, "interviews", "status", past["id"], "completed")
    cli_json(binary, env, "interviews", "debrief", past["id"], "--rating", "4", "--outcome", "yes")
    run_cli(binary, env, "stages", "unlock", "stg_2")
    upcoming = cli_json(binary, env, "interviews", "add", "--stage-id", "stg_2", "--type", "technical", "--start", f"{day(6)}T10:00")
    run_cli(binary, env, "prep", "checklist", upcoming["id"], "--tick", "1")
    run_cli(binary, env, "jobs", "note", "job_1", "Team of 8")
    cli_json(binary, env, "jobs", "contact", "job_1", "Dana")
    cli_json(binary, env, "jobs", "offer", "job_1", "--base", "150000", "--currency", "USD")
    with mail_server(tmp_path / "mail") as server:
        assert run_cli(binary, smtp_env(env, server.port), "email", "thank-you", past["id"], "--send").returncode == 0
    before = counts()
    assert before["outbox"] == 1 and before["debriefs"] == 1 and before["job_notes"] == 1
    unnamed = cli_json(binary, env, "interviews", "add", "--company", "Other", "--role", "Engineer", "--type", "technical", "--start", f"{day(9)}T10:00")
    missing = run_cli(binary, dict(env, INTERVIEW_PREP_CANDIDATE_NAME=""), "email", "thank-you", unnamed["id"])
    assert missing.returncode == 1 and "give it with --interviewer-name" in missing.stderr, missing.stderr
    run_cli(binary, env, "jobs", "delete", unnamed["job_id"])
    before = counts()

    deleted = run_cli(binary, env, "jobs", "delete", "job_1")
    assert deleted.returncode == 0 and deleted.stdout.startswith("Deleted job_1 (") and "Undo it with: interview-prep undo" in deleted.stdout
    after = counts()
    assert {table: n for table, n in after.items() if n} == {"outbox": 1}, after
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT interview_id FROM outbox").fetchone() == (None,), "the sent email stays, unlinked"
    assert run_cli(binary, env, "jobs", "show", "job_1").returncode == 1

    assert "job_deleted" in run_cli(binary, env, "undo").stdout
    assert counts() == before
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT interview_id FROM outbox").fetchone()[0] == int(past["id"].split("_")[1])
    pipeline = cli_json(binary, env, "jobs", "show", "job_1")
    assert [stage["status"] for stage in pipeline["stages"]] == ["completed", "invited"] and pipeline["notes"][0]["text"] == "Team of 8"

    single = run_cli(binary, env, "interviews", "delete", upcoming["id"])
    assert single.returncode == 0 and cli_json(binary, env, "jobs", "show", "job_1")["stages"][1]["status"] == "unlocked"
    run_cli(binary, env, "undo")
    assert cli_json(binary, env, "jobs", "show", "job_1")["stages"][1]["status"] == "invited"
    assert cli_json(binary, env, "prep", "checklist", upcoming["id"])["done"] == 1
    types = [event["type"] for event in cli_json(binary, env, "interviews", "timeline", upcoming["id"])]
    assert types[-2:] == ["interview_deleted", "interview_restored"]


@pytest.mark.anyio
async def test_mcp_results_keep_their_iso_fields_and_add_the_candidates_own_time(binary, env):
    """A New York candidate (INTERVIEW_PREP_TIMEZONE) with an interview in Kolkata: the assistant reads
    the start in New York time first, next to the exact UTC and Kolkata fields, and next actions' due
    times in New York time."""
    async with mcp_session(binary, env) as session:
        scheduled = (await session.call_tool("schedule_interview", {
            "company": "Infosys", "role": "Backend Engineer", "type": "technical", "start": "2026-12-04T19:00", "timezone": "Asia/Kolkata"})).structured_content
        assert scheduled["start"]["utc"] == "2026-12-04T13:30:00Z" and scheduled["start"]["local"] == "2026-12-04T19:00:00+05:30"
        assert scheduled["start_home"] == "Fri 4 Dec 08:30 EST · 19:00 IST in Kolkata"
        listed = (await session.call_tool("list_interviews", {})).structured_content
        assert listed["interviews"][0]["start_home"] == "Fri 4 Dec 08:30 EST · 19:00 IST in Kolkata"
        await session.call_tool("add_job", {"company": "Monzo", "role": "SRE", "status": "active", "stage_kinds": ["take_home"]})
        await session.call_tool("add_stage", {"job_id": "job_2", "kind": "online_assessment", "deadline": "2027-01-15"})
        await session.call_tool("unlock_stage", {"stage_id": "stg_2", "force": True})
        actions = (await session.call_tool("get_next_actions", {})).structured_content["actions"]
        deadline = next(action for action in actions if action["kind"] == "deadline")
        assert deadline["due"] == "2027-01-16T05:00:00Z" and deadline["due_home"] == "end of Fri 15 Jan"
