"""The `interview-prep` command line on a real SQLite file: verbs, JSON output, exit codes, concurrency, install."""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo
import os
import shutil
import sqlite3
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT, cli_json, count_rows, home_today, run_cli


def test_the_interview_verbs_work_end_to_end_with_json_output(binary, env, db_path):
    added = cli_json(binary, env, "interviews", "add", "--company", "Stripe", "--role", "Backend Engineer",
                     "--type", "technical", "--start", "2031-03-10T09:00", "--interviewer", "Sarah Chen")
    assert added["id"] == "int_1" and added["start"]["local"] == "2031-03-10T09:00:00-04:00"
    assert added["start"]["abbreviation"] == "EDT"
    assert cli_json(binary, env, "interviews", "show", "int_1")["interviewer_name"] == "Sarah Chen"
    assert cli_json(binary, env, "interviews", "list", "--company", "stripe")["total_matching"] == 1
    assert cli_json(binary, env, "interviews", "upcoming", "--days", "365") == []
    assert cli_json(binary, env, "interviews", "status", "int_1", "confirmed")["status"] == "confirmed"
    moved = cli_json(binary, env, "interviews", "reschedule", "int_1", "2031-03-11T14:00", "--reason", "Conflict")
    assert moved["status"] == "rescheduled" and moved["start"]["utc"] == "2031-03-11T18:00:00Z"
    assert cli_json(binary, env, "interviews", "notes", "int_1")["markdown"] == ""
    stdin_notes = run_cli(binary, env, "interviews", "notes", "int_1", "--replace", "-", "--json", stdin="# Prep\n- STAR stories\n")
    assert json.loads(stdin_notes.stdout)["markdown"] == "# Prep\n- STAR stories\n"
    assert cli_json(binary, env, "interviews", "prepared", "int_1", "--force")["preparation_complete"] is True
    assert cli_json(binary, env, "interviews", "cancel", "int_1", "--reason", "Role closed")["status"] == "cancelled"
    timeline = cli_json(binary, env, "interviews", "timeline", "int_1")
    assert timeline[0]["type"] == "interview_scheduled" and timeline[-1]["type"] == "interview_cancelled"
    assert {event["actor"] for event in timeline} == {"cli"}
    stats = cli_json(binary, env, "stats")
    assert stats["total"] == 1 and stats["cancelled"] == 1 and stats["success_rate"] == 0


def test_tables_are_printed_for_people(binary, env):
    run_cli(binary, env, "interviews", "add", "--company", "Figma", "--role", "Designer Engineer", "--type", "panel",
            "--start", "2031-05-01T10:00:00Z")
    listing = run_cli(binary, env, "interviews", "list")
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[0] == "Times in America/New_York (EST); THEIR TIME is the interview's own zone."
    assert listing.stdout.splitlines()[2].split() == ["DAY", "TIME", "ID", "TYPE", "COMPANY", "ROLE", "STATUS", "PREP", "THEIR", "TIME"]
    assert "int_1" in listing.stdout and "Figma" in listing.stdout
    assert "Interviews: 1" in run_cli(binary, env, "stats").stdout


def test_user_errors_exit_1_with_the_message_on_stderr_and_write_nothing(binary, env, db_path):
    gap = run_cli(binary, env, "interviews", "add", "--company", "A", "--role", "B", "--type", "technical",
                  "--start", "2031-03-09T02:30")
    assert gap.returncode == 1
    assert gap.stdout == ""
    assert "does not exist in America/New_York" in gap.stderr and "2031-03-09T03:30:00-04:00" in gap.stderr
    assert count_rows(db_path, "events") == 0
    missing = run_cli(binary, env, "interviews", "show", "int_5")
    assert missing.returncode == 1 and "no interview with id 'int_5'" in missing.stderr


def test_usage_errors_exit_2(binary, env):
    unknown_type = run_cli(binary, env, "interviews", "add", "--company", "A", "--role", "B", "--type", "lunch", "--start", "x")
    assert unknown_type.returncode == 2 and "lunch" in unknown_type.stderr
    assert run_cli(binary, env, "interviews", "frobnicate").returncode == 2
    assert run_cli(binary, env, "interviews", "notes", "int_1", "--append", "a", "--replace", "b").returncode == 2
    help_text = run_cli(binary, env, "--help")
    assert help_text.returncode == 0 and "serve" in help_text.stdout


def test_two_processes_writing_at_once_lose_nothing(binary, env, db_path):
    run_cli(binary, env, "stats")  # create the file first

    def writer(company):
        failures = []
        for day in range(1, 16):
            result = run_cli(binary, env, "interviews", "add", "--company", company, "--role", "Engineer",
                             "--type", "technical", "--start", f"2031-06-{day:02d}T10:00")
            if result.returncode != 0:
                failures.append(result.stderr)
        return failures

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(writer, ["Alpha", "Beta"]))
    assert results == [[], []]
    assert count_rows(db_path, "interviews") == 30
    assert count_rows(db_path, "jobs") == 2
    assert count_rows(db_path, "events") == 32
    with sqlite3.connect(db_path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM interviews")]
    assert len(set(ids)) == 30


def test_the_default_database_is_private_in_a_private_folder(binary, env):
    default_env = {key: value for key, value in env.items() if key != "INTERVIEW_PREP_DB"}
    assert run_cli(binary, default_env, "stats").returncode == 0
    database = Path(env["XDG_DATA_HOME"]) / "interview-prep" / "interview-prep.sqlite"
    assert os.stat(database).st_mode & 0o777 == 0o600
    assert os.stat(database.parent).st_mode & 0o777 == 0o700


def test_an_installed_copy_finds_its_data_and_a_user_file_overrides_it(binary, env, tmp_path):
    prefix = tmp_path / "prefix"
    build = subprocess.run(["bash", str(ROOT / "scripts" / "install.sh"), str(prefix)],
                           env=dict(os.environ, CONFIGURATION="debug"), capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr
    installed = str(prefix / "bin" / "interview-prep")
    assert (prefix / "share" / "interview-prep" / "data" / "interview-types.json").exists()
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    added = subprocess.run([installed, "interviews", "add", "--company", "A", "--role", "B", "--type", "on_site",
                            "--start", "2031-07-01T09:00", "--json"], env=env, cwd=elsewhere, capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["duration_minutes"] == 240

    override = Path(env["XDG_CONFIG_HOME"]) / "interview-prep" / "data"
    override.mkdir(parents=True)
    catalog = json.loads((prefix / "share" / "interview-prep" / "data" / "interview-types.json").read_text())
    catalog["types"]["on_site"]["default_duration_minutes"] = 300
    (override / "interview-types.json").write_text(json.dumps(catalog))
    again = subprocess.run([installed, "interviews", "add", "--company", "A", "--role", "B", "--type", "on_site",
                            "--start", "2031-07-02T09:00", "--json"], env=env, cwd=elsewhere, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["duration_minutes"] == 300

    shutil.rmtree(prefix / "share")
    broken = subprocess.run([installed, "stats"], env=dict(env, XDG_CONFIG_HOME=str(tmp_path / "none")), capture_output=True, text=True)
    assert broken.returncode == 1 and "bundled data folder was not found" in broken.stderr


def test_calendar_export_writes_an_ics_file(binary, env, tmp_path):
    from icalendar import Calendar
    cli_json(binary, env, "interviews", "add", "--company", "Stripe", "--role", "SRE", "--type", "panel", "--start", "2031-05-01T10:00")
    out = tmp_path / "interviews.ics"
    completed = run_cli(binary, env, "calendar", "export", "--out", str(out))
    assert completed.returncode == 0 and "1 event" in completed.stderr
    calendar = Calendar.from_ical(out.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "int_1@interview-prep" and str(event["STATUS"]) == "TENTATIVE"
    assert len(list(event.walk("VALARM"))) == 3
    assert run_cli(binary, env, "calendar", "export", "--interview", "int_9").returncode == 1


def test_today_shows_the_candidates_own_zone_first_with_the_interviews_zone_beside(binary, env):
    """A New York candidate with interviews in Kolkata and London: the agenda groups them by New
    York days and shows New York times first."""
    from zoneinfo import ZoneInfo
    import datetime as dt
    home, now = ZoneInfo("America/New_York"), dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
    kolkata = (now + dt.timedelta(hours=3)).astimezone(ZoneInfo("Asia/Kolkata"))
    london = (now + dt.timedelta(hours=26)).astimezone(ZoneInfo("Europe/London"))
    for company, start, zone in [("Infosys", kolkata, "Asia/Kolkata"), ("Monzo", london, "Europe/London")]:
        added = run_cli(binary, env, "interviews", "add", "--company", company, "--role", "Backend Engineer", "--type", "technical",
                        "--start", start.strftime("%Y-%m-%dT%H:%M"), "--timezone", zone)
        assert added.returncode == 0, added.stderr

    agenda = cli_json(binary, env, "today")
    today = now.astimezone(home).date()
    assert agenda["timezone"] == "America/New_York" and agenda["date"] == today.isoformat()
    for company, start in [("Infosys", kolkata), ("Monzo", london)]:
        bucket = "today" if start.astimezone(home).date() == today else "tomorrow" if start.astimezone(home).date() == today + dt.timedelta(days=1) else None
        if bucket:
            assert company in [interview["company"] for interview in agenda[bucket]]

    text = run_cli(binary, env)  # bare interview-prep is the agenda
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Today, ") and "(America/New_York)" in text.stdout.splitlines()[0]
    assert "Prepare for the technical interview · Infosys (int_1)" in text.stdout
    if any(interview["company"] == "Infosys" for interview in agenda["today"] + agenda["tomorrow"]):
        local = kolkata.astimezone(home).strftime("%H:%M")
        line = next(line for line in text.stdout.splitlines() if "Infosys" in line and "·" in line and "Prepare" not in line)
        assert line.strip().startswith(local)
        assert f"({kolkata.strftime('%H:%M')} IST in Asia/Kolkata)" in text.stdout


def test_an_empty_agenda_says_what_to_do(binary, env):
    completed = run_cli(binary, env, "today")
    assert completed.returncode == 0
    assert "No interviews." in completed.stdout and "Nothing." in completed.stdout
    assert "Add an interview: interview-prep interviews add" in completed.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts_know_the_verbs(binary, env, shell):
    completed = run_cli(binary, env, "--generate-completion-script", shell)
    assert completed.returncode == 0
    for verb in ("interviews", "today", "check", "mock", "reminders"):
        assert verb in completed.stdout


def test_a_new_york_candidate_reads_london_and_kolkata_interviews_in_new_york_time_first(binary, env):
    """Lists are in instant order, grouped by the candidate's local day; each start reads in their
    zone first with the interview's own zone beside; withdrawn reminders stay out of `show`."""
    assert run_cli(binary, env, "interviews", "list").stdout.startswith("No interviews yet. Add one: interview-prep interviews add")
    base = home_today() + dt.timedelta(days=20)
    kolkata = cli_json(binary, env, "interviews", "add", "--company", "Infosys", "--role", "Backend Engineer", "--type", "technical",
                       "--start", f"{base.isoformat()}T19:00", "--timezone", "Asia/Kolkata")
    london = cli_json(binary, env, "interviews", "add", "--company", "Monzo", "--role", "Backend Engineer", "--type", "video_interview",
                      "--start", f"{(base - dt.timedelta(days=1)).isoformat()}T14:00", "--timezone", "Europe/London")
    local = cli_json(binary, env, "interviews", "add", "--company", "Acme", "--role", "Staff Engineer", "--type", "phone_screen",
                     "--start", f"{(base - dt.timedelta(days=1)).isoformat()}T13:00")
    home = ZoneInfo("America/New_York")

    def row(interview):
        return next(line for line in text.splitlines() if f" {interview['id']} " in line)

    text = run_cli(binary, env, "interviews", "list").stdout
    assert re.findall(r"\bint_\d+\b", text) == [london["id"], local["id"], kolkata["id"]], text
    for interview, theirs in [(kolkata, "19:00 IST in Kolkata"), (london, "14:00 GMT in London")]:
        start = dt.datetime.fromisoformat(interview["start"]["utc"].replace("Z", "+00:00")).astimezone(home)
        assert f"{start:%H:%M}–" in row(interview) and row(interview).endswith(theirs), row(interview)
    assert row(local).rstrip().endswith("0/12") and row(london).startswith(f"{base - dt.timedelta(days=1):%a} ")
    assert row(local).startswith(" "), "the second interview of a day leaves the day out"

    shown = run_cli(binary, env, "interviews", "show", kolkata["id"]).stdout
    start = dt.datetime.fromisoformat(kolkata["start"]["utc"].replace("Z", "+00:00")).astimezone(home)
    days = (start.date() - home_today()).days
    assert f"Starts:      {start:%a} {start.day} {start:%b %H:%M} EST (in {days} days) · 19:00 IST in Kolkata" in shown, shown

    run_cli(binary, env, "interviews", "reschedule", local["id"], f"{base.isoformat()}T16:00")
    moved = run_cli(binary, env, "interviews", "show", local["id"]).stdout
    everything = run_cli(binary, env, "interviews", "show", local["id"], "--all").stdout
    assert ": cancelled" not in moved and "withdrawn reminder" in moved and "--all shows them" in moved
    assert ": cancelled" in everything
