"""Reminder emails through `interview-prep reminders run` against a real SMTP server (aiosmtpd)."""

import json
import os
import signal
import subprocess
import time

from conftest import cli_json, count_rows, run_cli
from mailserver import mail_server, self_signed_certificate, smtp_env

# US clocks spring forward on Sunday 2027-03-14; this Monday 09:00 EDT interview is 13:00Z.
MONDAY = "2027-03-15T09:00"
AT_48H = "2027-03-13T14:05:00Z"   # Saturday 09:05 EST: the 48h reminder (due 14:00Z) is due


def schedule(binary, env, company="Stripe", start=MONDAY, **options):
    args = ["interviews", "add", "--company", company, "--role", "Backend Engineer", "--type", "technical", "--start", start,
            "--timezone", "America/New_York", "--interviewer", "Sarah Chen", "--location", "https://zoom.us/j/12345"]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", value]
    return cli_json(binary, env, *args)


def run_reminders(binary, env, at, *extra):
    completed = run_cli(binary, env, "reminders", "run", "--at", at, "--json", *extra)
    return completed.returncode, (json.loads(completed.stdout) if completed.stdout.strip() else None), completed.stderr


def test_a_due_reminder_arrives_once_as_a_well_formed_message(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        env = smtp_env(env, server.port)
        interview = schedule(binary, env, company="Zürich Systèmes")
        assert [r["due"]["utc"] for r in interview["reminders"]] == ["2027-03-13T14:00:00Z", "2027-03-14T13:00:00Z", "2027-03-15T11:00:00Z"]
        code, summary, _ = run_reminders(binary, env, AT_48H)
        assert code == 0 and [e["reminder_id"] for e in summary["sent"]] == ["rem_1"]
        assert summary["next_due"] == "2027-03-14T13:00:00Z"
        code, again, _ = run_reminders(binary, env, "2027-03-13T14:10:00Z")
        assert code == 0 and again["sent"] == []
        (raw, message, envelope), = server.messages()
    assert envelope["rcpt_tos"] == ["ada@example.com"] and envelope["mail_from"] == "ada@example.com"
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert message["Subject"] == "Interview reminder: Technical interview with Zürich Systèmes in 2 days"
    assert "=?UTF-8?B?" in raw.decode("ascii")
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Hi Ada," in text and "Monday, 15 March 2027, 09:00 EDT (America/New_York)" in text
    assert "[ ] Review data structures and their complexity" in text and "Zürich Systèmes" in text
    assert message.get_body(preferencelist=("html",)) is not None
    assert cli_json(binary, env, "interviews", "show", "int_1")["status"] == "reminder_sent"


def test_starttls_with_a_self_signed_certificate_and_auth(binary, env, tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with mail_server(tmp_path / "mail", "--cert", str(cert), "--key", str(key), "--auth", "ada:s3cret") as server:
        secure = smtp_env(env, server.port, INTERVIEW_PREP_SMTP_USER="ada", INTERVIEW_PREP_SMTP_PASSWORD="s3cret",
                          INTERVIEW_PREP_SMTP_CA_FILE=str(cert))
        schedule(binary, secure)
        code, summary, _ = run_reminders(binary, secure, AT_48H)
        assert code == 0, summary
        (_, _, envelope), = server.messages()
        assert envelope["tls"] is True and envelope["auth"] is True

        schedule(binary, secure, company="Other", start="2027-03-15T10:00")
        wrong = dict(secure, INTERVIEW_PREP_SMTP_PASSWORD="nope")
        code, summary, stderr = run_reminders(binary, wrong, "2027-03-13T15:05:00Z")
        assert code == 3 and "refused the login" in summary["failed"][0]["detail"]
        assert "nope" not in json.dumps(summary) + stderr

        untrusted = dict(secure)
        del untrusted["INTERVIEW_PREP_SMTP_CA_FILE"]
        schedule(binary, secure, company="Third", start="2027-03-15T11:00")
        code, summary, _ = run_reminders(binary, untrusted, "2027-03-13T16:05:00Z")
        assert code == 3 and "TLS" in summary["failed"][0]["detail"]
        assert len(server.messages()) == 1


def test_credentials_are_refused_over_plaintext_unless_allowed(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        plain = smtp_env(env, server.port, INTERVIEW_PREP_SMTP_USER="ada", INTERVIEW_PREP_SMTP_PASSWORD="s3cret",
                         INTERVIEW_PREP_SMTP_STARTTLS="optional")
        schedule(binary, plain)
        code, summary, stderr = run_reminders(binary, plain, AT_48H)
        assert code == 1 and summary is None and "without TLS" in stderr and "s3cret" not in stderr
        assert server.messages() == []


def test_a_rejected_recipient_fails_for_good_and_a_451_is_retried_later(binary, env, tmp_path):
    with mail_server(tmp_path / "reject", "--reject", "ada@example.com") as server:
        smtp = smtp_env(env, server.port)
        schedule(binary, smtp)
        code, summary, _ = run_reminders(binary, smtp, AT_48H)
        assert code == 3 and "550" in summary["failed"][0]["detail"] and "ada@example.com" in summary["failed"][0]["detail"]
        code, summary, _ = run_reminders(binary, smtp, "2027-03-13T15:00:00Z")
        assert code == 0 and summary["sent"] == [] and summary["failed"] == []
    env2 = dict(env, INTERVIEW_PREP_DB=str(tmp_path / "second.sqlite"))
    with mail_server(tmp_path / "tempfail", "--tempfail", "1") as server:
        smtp = smtp_env(env2, server.port)
        schedule(binary, smtp)
        code, summary, _ = run_reminders(binary, smtp, AT_48H)
        # A retry waiting is the normal course of things: exit 0, and the summary says what waits and when.
        assert code == 0 and summary["retrying"][0]["reminder_id"] == "rem_1" and "451" in summary["retrying"][0]["detail"]
        assert [e["reminder_id"] for e in summary["waiting"]] == ["rem_1"]
        assert "next try after 2027-03-13T14:10:00Z" in summary["waiting"][0]["detail"]
        assert summary["next_due"] == "2027-03-13T14:10:00Z"
        text = run_cli(binary, smtp, "reminders", "run", "--at", "2027-03-13T14:07:00Z")
        assert text.returncode == 0 and "0 sent" in text.stdout  # still backing off
        assert "Waiting to retry:\n  rem_1 (48h before int_1): next try after 2027-03-13T14:10:00Z" in text.stdout
        assert "Next due: 2027-03-13T14:10:00Z" in text.stdout
        code, summary, _ = run_reminders(binary, smtp, "2027-03-13T14:11:00Z")
        assert code == 0 and [e["reminder_id"] for e in summary["sent"]] == ["rem_1"]
        assert len(server.messages()) == 1
    outbox = count_rows(env2["INTERVIEW_PREP_DB"], "outbox")
    assert outbox == 2


def test_a_refused_connection_is_temporary(binary, env, tmp_path):
    smtp = smtp_env(env, 9)  # nothing listens on the discard port
    schedule(binary, smtp)
    code, summary, _ = run_reminders(binary, smtp, AT_48H)
    assert code == 0 and summary["retrying"] and "cannot reach" in summary["retrying"][0]["detail"]
    assert summary["waiting"] and summary["next_due"] == "2027-03-13T14:10:00Z"


def test_two_runs_at_once_send_each_reminder_once(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        smtp = smtp_env(env, server.port)
        for index in range(12):
            schedule(binary, smtp, company=f"Company {index}", start=f"2027-03-15T{9 + index % 8:02d}:{'00' if index < 8 else '30'}")
        runs = [subprocess.Popen([binary, "reminders", "run", "--at", "2027-03-14T20:00:00Z", "--json"], env=smtp,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [json.loads(run.communicate(timeout=120)[0]) for run in runs]
        assert all(run.returncode == 0 for run in runs)
        sent = [entry["reminder_id"] for output in outputs for entry in output["sent"]]
        assert len(sent) == 12 and len(set(sent)) == 12
        ids = [message["Message-ID"] for _, message, _ in server.messages()]
        assert len(ids) == 12 and len(set(ids)) == 12


def test_a_run_killed_mid_way_loses_nothing_and_sends_nothing_twice(binary, env, tmp_path):
    with mail_server(tmp_path / "mail", "--delay-after-save", "2") as server:
        smtp = smtp_env(env, server.port)
        for index in range(3):
            schedule(binary, smtp, company=f"Company {index}", start=f"2027-03-15T{9 + index:02d}:00")
        run = subprocess.Popen([binary, "reminders", "run", "--at", "2027-03-14T20:00:00Z"], env=smtp,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not list((tmp_path / "mail").glob("*.eml")) and time.monotonic() < deadline:
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)  # while the server holds its reply to the first message
        run.wait()
        code, summary, _ = run_reminders(binary, smtp, "2027-03-14T20:01:00Z")
        assert len(summary["unknown"]) == 1 and len(summary["sent"]) == 2, summary
        assert code == 3  # an unknown delivery is reported
        ids = [message["Message-ID"] for _, message, _ in server.messages()]
    assert len(ids) == 3 and len(set(ids)) == 3
    listed = cli_json(binary, smtp, "reminders", "list", "--status", "unknown")
    assert len(listed) == 1 and "not resent" in listed[0]["note"]


def test_dry_run_and_listing_change_nothing(binary, env, db_path, tmp_path):
    schedule(binary, env)
    events = count_rows(db_path, "events")
    code, summary, _ = run_reminders(binary, env, AT_48H, "--dry-run")
    assert code == 0 and summary["dry_run"] is True and [e["outcome"] for e in summary["sent"]] == ["would_send"]
    assert count_rows(db_path, "events") == events
    assert [r["status"] for r in cli_json(binary, env, "reminders", "list")] == ["pending"] * 3
    missing = run_cli(binary, env, "reminders", "run", "--at", AT_48H)
    assert missing.returncode == 1 and "INTERVIEW_PREP_SMTP_URL" in missing.stderr


def test_a_late_reminder_of_a_moved_interview_says_the_real_lead_the_move_and_the_checklist(binary, env, tmp_path):
    """Read from the received messages, parsed: a 24-hour reminder that cron sends 6 hours before, of an
    interview moved from Monday to Tuesday, with two checklist items ticked; then the short 2-hour one."""
    with mail_server(tmp_path / "mail") as server:
        env = smtp_env(env, server.port, INTERVIEW_PREP_GREETING_NAME="Ada L.")
        interview = schedule(binary, env)
        moved = cli_json(binary, env, "interviews", "reschedule", interview["id"], "2027-03-16T10:00", "--reason", "their calendar")
        assert moved["start"]["utc"] == "2027-03-16T14:00:00Z"
        for item in ("1", "3"):
            assert run_cli(binary, env, "prep", "checklist", interview["id"], "--tick", item).returncode == 0
        code, summary, _ = run_reminders(binary, env, "2027-03-16T08:00:00Z")   # 6 hours before: the 24h one is late
        assert code == 0 and [e["hours_before"] for e in summary["sent"]] == [24], summary
        code, summary, _ = run_reminders(binary, env, "2027-03-16T12:00:00Z")   # the 2h one, on time
        assert code == 0 and [e["hours_before"] for e in summary["sent"]] == [2], summary
        (_, late, _), (_, short, _) = server.messages()

    assert late["Subject"] == "Interview reminder: Technical interview with Stripe in 6 hours"
    text = late.get_body(preferencelist=("plain",)).get_content()
    lines = text.splitlines()
    assert lines[0] == "Hi Ada L.," and "is in 6 hours." in lines[2]
    assert "Moved from Mon 15 Mar 09:00 EDT." in text and "When:        Tuesday, 16 March 2027, 10:00 EDT (America/New_York)" in text
    checklist = lines[lines.index(next(line for line in lines if line.startswith("Checklist ("))):]
    assert checklist[0] == "Checklist (2 of 13 done):"
    ticked = [line for line in checklist if line.startswith("[x] ")]
    open_items = [line for line in checklist if line.startswith("[ ] ")]
    assert len(ticked) == 2 and len(open_items) == 11
    assert checklist.index(ticked[0]) > checklist.index(open_items[-1]), "open items come first"
    assert "(reminder 24h, sent late, interview int_1)" in text
    html = late.get_body(preferencelist=("html",)).get_content()
    assert "Moved from Mon 15 Mar 09:00 EDT" in html and "<s>" in html

    assert short["Subject"] == "Interview reminder: Technical interview with Stripe in 2 hours"
    body = short.get_body(preferencelist=("plain",)).get_content()
    assert "Where:       https://zoom.us/j/12345" in body and "With:        Sarah Chen" in body
    assert "Still open:" in body and len([line for line in body.splitlines() if line.startswith("[ ] ")]) == 3
    assert "Checklist (" not in body and "Duration:" not in body and "sent late" not in body


def write_script(path, body):
    path.write_text("#!/usr/bin/env python3\n" + body)
    path.chmod(0o755)
    return path


def test_a_hook_gets_each_reminder_once_as_json_and_exit_75_means_later(binary, env, tmp_path):
    received = tmp_path / "received.jsonl"
    hook = write_script(tmp_path / "hook.py", f"""
import json, sys
document = json.load(sys.stdin)
with open({str(received)!r}, "a") as out:
    out.write(json.dumps(document) + "\\n")
sys.exit(75 if document["company"] == "Busy Corp" else 0)
""")
    hook_env = dict(env, INTERVIEW_PREP_REMINDER_CHANNEL="hook", INTERVIEW_PREP_REMINDER_HOOK=str(hook))
    schedule(binary, hook_env)
    schedule(binary, hook_env, company="Busy Corp", start="2027-03-15T08:00")
    code, summary, _ = run_reminders(binary, hook_env, AT_48H)
    assert code == 0 and [e["interview_id"] for e in summary["sent"]] == ["int_1"], summary
    assert [e["interview_id"] for e in summary["retrying"]] == ["int_2"] and "exit 75" in summary["retrying"][0]["detail"]
    code, again, _ = run_reminders(binary, hook_env, "2027-03-13T14:06:00Z")
    assert again["sent"] == []
    documents = [json.loads(line) for line in received.read_text().splitlines()]
    first = next(d for d in documents if d["company"] == "Stripe")
    assert first["company"] == "Stripe" and first["hours_before"] == 48 and first["start_utc"] == "2027-03-15T13:00:00Z"
    assert first["subject"] == "Interview reminder: Technical interview with Stripe in 2 days" and "Checklist (0 of 13 done):" in first["text"]
    assert [d["company"] for d in documents].count("Stripe") == 1


def test_a_desktop_notification_goes_through_notify_send_and_its_absence_is_a_clear_failure(binary, env, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls.json"
    write_script(bin_dir / "notify-send", f"""
import json, sys
with open({str(calls)!r}, "a") as out:
    out.write(json.dumps(sys.argv[1:]) + "\\n")
""")
    desktop = dict(env, INTERVIEW_PREP_REMINDER_CHANNEL="desktop", PATH=f"{bin_dir}:{env['PATH']}")
    schedule(binary, desktop)
    code, summary, _ = run_reminders(binary, desktop, AT_48H)
    assert code == 0 and len(summary["sent"]) == 1, summary
    (arguments,) = [json.loads(line) for line in calls.read_text().splitlines()]
    assert arguments[0] == "--app-name=interview-prep"
    assert arguments[1] == "Interview reminder: Technical interview with Stripe in 2 days"
    assert arguments[2].splitlines() == ["Monday, 15 March 2027, 09:00 EDT (America/New_York)", "https://zoom.us/j/12345", "with Sarah Chen",
                                         "13 checklist items open"]

    without = dict(env, INTERVIEW_PREP_REMINDER_CHANNEL="desktop", PATH="/nonexistent")
    schedule(binary, without, company="Figma")
    code, summary, _ = run_reminders(binary, without, "2027-03-13T14:10:00Z")
    assert code == 3 and "notify-send is not installed" in summary["failed"][0]["detail"], summary
