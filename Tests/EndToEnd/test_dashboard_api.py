"""The dashboard's HTTP API against the real binary and SQLite file: the design's seven
endpoints, the rest of the product the same way, errors as problem details with the MCP tools'
codes and messages, the calendar feed, and the server's own start-up errors."""

import datetime as dt
import json
import re
import shutil
import socket
import subprocess

from zoneinfo import ZoneInfo

import icalendar
import pytest

from conftest import cli_json, count_rows, error_text, home_today, mcp_session, run_cli
from dashboard_server import start_dashboard, stop_dashboard


def days_ahead(days: int, hour: int = 10) -> str:
    day = home_today() + dt.timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


def schedule(dashboard, **fields) -> dict:
    body = {"company": "Acme", "role": "Backend Engineer", "type": "technical", "start": days_ahead(3), **fields}
    reply = dashboard.post("/api/interviews", body)
    assert reply.status == 200, reply.text
    return reply.json


def test_the_seven_design_endpoints_schedule_read_move_and_summarise(dashboard, db_path):
    created = schedule(dashboard, interviewer_name="Dana Smith", location="https://meet.example/abc")
    assert created["id"].startswith("int_") and created["status"] == "scheduled"
    assert created["start"]["timezone"] == "America/New_York" and created["start_home"]

    listed = dashboard.get("/api/interviews?company=acm&type=technical").json
    assert [item["id"] for item in listed["interviews"]] == [created["id"]]
    upcoming = dashboard.get("/api/interviews?upcoming=true&days=7").json
    assert upcoming["days"] == 7 and upcoming["count"] == 1

    one = dashboard.get(f"/api/interviews/{created['id']}?include_reminders=true").json
    assert one["interviewer_name"] == "Dana Smith" and len(one["reminders"]) >= 1

    moved = dashboard.post(f"/api/interviews/{created['id']}/status", {"status": "confirmed"})
    assert moved.status == 200 and moved.json["status"] == "confirmed"

    packet = dashboard.get(f"/api/interviews/{created['id']}/prep-materials").json
    assert packet["company"] == "Acme" and packet["questions"]

    template = dashboard.get("/api/interviews/email-template?name=thank_you").json
    assert "interviewer_name" in json.dumps(template)

    stats = dashboard.get("/api/interviews/stats").json
    assert stats["total"] == 1 and stats["upcoming_next_7_days"] == 1 and stats["by_status"]["confirmed"] == 1

    # Every change is in the event log, recorded as the dashboard's.
    import sqlite3
    with sqlite3.connect(db_path) as connection:
        actors = {row[0] for row in connection.execute("SELECT actor FROM events WHERE type LIKE 'interview_%'")}
    assert actors == {"dashboard"}


def test_the_rest_of_the_product_jobs_stages_offers_notes_checklists_and_mock(dashboard):
    job = dashboard.post("/api/jobs", {"company": "Globex", "role": "SRE", "stage_kinds": ["phone_screen", "technical"]}).json
    job_id = job["job_id"]
    assert dashboard.post(f"/api/jobs/{job_id}/status", {"status": "applied"}).json["status"] == "applied"
    assert dashboard.post(f"/api/jobs/{job_id}/notes", {"text": "Referred by Kim"}).status == 200
    assert dashboard.post(f"/api/jobs/{job_id}/contacts", {"name": "Kim Lee", "role": "Recruiter"}).status == 200
    pipeline = dashboard.get(f"/api/jobs/{job_id}").json
    assert [stage["kind"] for stage in pipeline["stages"]] == ["phone_screen", "technical"]
    assert pipeline["contacts"][0]["name"] == "Kim Lee"
    edited = dashboard.request("PATCH", f"/api/jobs/{job_id}", {"priority": 4, "tags": ["remote"]})
    assert edited.status == 200, edited.text

    interview = schedule(dashboard, job_id=job_id, company=None, role=None)
    ticked = dashboard.post(f"/api/interviews/{interview['id']}/checklist", {"item": "1", "done": True}).json
    assert ticked["done"] == 1
    notes = dashboard.post(f"/api/interviews/{interview['id']}/notes", {"notes": "# Plan\n- research", "mode": "replace"})
    assert notes.status == 200
    assert dashboard.get(f"/api/interviews/{interview['id']}/notes").json["markdown"] == "# Plan\n- research"

    actions = dashboard.get("/api/next-actions").json
    assert any(action["reference"] == interview["id"] for action in actions["actions"])
    assert "applications" in dashboard.get("/api/funnel").json

    offer = dashboard.post(f"/api/jobs/{job_id}/offers", {"base_salary": 150000, "currency": "USD"})
    assert offer.status == 200, offer.text
    assert dashboard.get("/api/offers/compare").json["count"] == 1

    session = dashboard.post("/api/mock-interviews", {"schema_id": "behavioral_only", "duration_scale": 0.1}).json
    session_id = session["state"]["id"]
    answer = dashboard.post(f"/api/mock-interviews/{session_id}/answer", {"client_message_id": "m1", "message": "I lead a team of four."})
    assert answer.status == 200, answer.text
    assert dashboard.get(f"/api/mock-interviews/{session_id}").json["state"]["status"] == "IN_PROGRESS"

    star = dashboard.post("/api/coaching/star", {"text": "Our deploys failed weekly. I built a canary pipeline. Failures dropped 80%."}).json
    assert star["has_measurable_result"] is True


@pytest.mark.anyio
async def test_errors_are_problem_details_with_the_mcp_codes_and_messages_and_write_nothing(binary, env, dashboard, db_path):
    before = count_rows(db_path, "interviews"), count_rows(db_path, "events")
    bad = dashboard.post("/api/interviews", {"company": "Acme", "role": "SRE", "type": "lunch", "start": days_ahead(2)})
    assert bad.status == 400 and bad.headers["content-type"] == "application/problem+json"
    problem = bad.json
    assert problem["code"] == "invalid_argument" and problem["field"] == "type"
    assert "phone_screen" in problem["detail"] and problem["type"] == "urn:interview-prep:problem:invalid_argument"

    # A local time the spring-forward skips: refused with the valid choices.
    gap = dashboard.post("/api/interviews", {"company": "Acme", "role": "SRE", "type": "technical",
                                              "start": "2027-03-14T02:30", "timezone": "America/New_York"}).json
    assert gap["code"] == "nonexistent_local_time" and gap["field"] == "start"
    assert "03:30" in gap["detail"] or "01:30" in gap["detail"]

    missing = dashboard.get("/api/interviews/int_999")
    assert missing.status == 404 and missing.json["code"] == "not_found"

    unknown = dashboard.get("/api/interviews?colour=blue").json
    assert unknown["field"] == "colour" and "status" in unknown["detail"]
    not_a_number = dashboard.get("/api/interviews?limit=many").json
    assert not_a_number["field"] == "limit" and "whole number" in not_a_number["detail"]
    not_json = dashboard.post("/api/interviews", b"company=Acme").json
    assert not_json["field"] == "body"

    assert (count_rows(db_path, "interviews"), count_rows(db_path, "events")) == before

    # The same failure over MCP says the same thing.
    async with mcp_session(binary, env) as session:
        result = await session.call_tool("get_interview", {"interview_id": "int_999"})
        assert error_text(result) == f"{missing.json['code']}: {missing.json['detail']}"

    created = schedule(dashboard)
    dashboard.post(f"/api/interviews/{created['id']}/status", {"status": "completed"})
    refused = dashboard.post(f"/api/interviews/{created['id']}/cancel")
    assert refused.status == 409 and refused.json["code"] == "illegal_transition"


def test_the_calendar_feed_follows_a_reschedule_made_in_another_process(binary, env, dashboard):
    created = schedule(dashboard)
    feed = dashboard.get("/calendar.ics")
    assert feed.status == 200 and feed.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in feed.text and f"UID:{created['id']}" in feed.text.replace("\r\n ", "")

    later = days_ahead(4, hour=15)
    moved = run_cli(binary, env, "interviews", "reschedule", created["id"], later)
    assert moved.returncode == 0, moved.stderr
    calendar = icalendar.Calendar.from_ical(dashboard.get("/calendar.ics").body)
    [event] = [event for event in calendar.walk("VEVENT") if str(event["UID"]).startswith(created["id"])]
    expected = dt.datetime.fromisoformat(later).replace(tzinfo=ZoneInfo("America/New_York"))
    assert event.decoded("DTSTART") == expected


def test_a_change_from_the_cli_shows_in_the_api_while_both_use_the_file(binary, env, dashboard):
    cli_json(binary, env, "interviews", "add", "--company", "Initech", "--role", "Analyst", "--type", "phone_screen", "--start", days_ahead(1))
    listed = dashboard.get("/api/interviews").json
    assert [item["company"] for item in listed["interviews"]] == ["Initech"]


def test_a_taken_port_is_a_clear_error(binary, env):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        completed = subprocess.run([binary, "dashboard", "--port", str(port)], env=env, capture_output=True, text=True, timeout=30)
    assert completed.returncode != 0
    assert f"port {port} on 127.0.0.1 is already in use" in completed.stderr and "--port" in completed.stderr


def test_another_host_needs_a_token(binary, env):
    completed = subprocess.run([binary, "dashboard", "--host", "0.0.0.0", "--port", "0"], env=env, capture_output=True, text=True, timeout=30)
    assert completed.returncode != 0
    assert "--token" in completed.stderr and "other machines" in completed.stderr


def test_without_its_binary_beside_it_the_dashboard_says_how_to_install_it(binary, env, tmp_path):
    alone = tmp_path / "bin" / "interview-prep"
    alone.parent.mkdir()
    shutil.copy(binary, alone)
    completed = subprocess.run([str(alone), "dashboard"], env=env, capture_output=True, text=True, timeout=30)
    assert completed.returncode != 0
    assert "interview-prep-dashboard is not installed beside interview-prep" in completed.stderr and "install.sh" in completed.stderr


def test_listening_on_every_address_takes_the_given_token_and_any_name_of_this_machine(binary, env):
    token = "a-long-enough-secret-0123"
    server = start_dashboard(binary, env, "--host", "0.0.0.0", "--token", token)
    try:
        assert server.token == token or server.address.endswith(token)
        reply = server.get("/api/interviews/stats", headers={"Host": f"192.0.2.7:{server.port}"})
        assert reply.status == 200
        assert server.get("/api/interviews/stats", auth=None, headers={"Host": f"192.0.2.7:{server.port}"}).status == 401
        assert server.get("/api/interviews/stats", headers={"Host": f"192.0.2.7:{server.port + 1}"}).status == 421
    finally:
        stop_dashboard(server)


def test_the_interviews_page_lists_and_filters_every_interview_25_at_a_time(dashboard):
    # Thirty interviews at 10:00, none in 14 days' time: whatever the hour, the overview's next 14
    # days hold days 1-13 (day 14 at 10:00 falls inside or out with the hour the test runs).
    for index, day in enumerate([*range(1, 14), *range(15, 32)]):
        dashboard.post("/api/interviews", {"company": "Globex" if index % 2 else "Acme", "role": "SRE", "type": "technical",
                                           "start": days_ahead(day)})
    page = dashboard.get("/interviews").text
    assert "<h1>Interviews <span class=\"muted\">30</span></h1>" in page
    assert page.count('<tr><td>') == 25 and "Next 25 →" in page
    second = dashboard.get("/interviews?" + page.split('<a href="/interviews?')[1].split('"')[0].replace("&amp;", "&")).text
    assert second.count('<tr><td>') == 5 and "Next 25" not in second
    filtered = dashboard.get("/interviews?company=glob&status=scheduled").text
    assert filtered.count('<tr><td>') == 15 and "Acme" not in filtered.split("<tbody>")[1]
    overview = dashboard.get("/").text
    assert overview.count('class="interview"') == 10 and "3 more in the next 14 days: all interviews" in overview


def test_the_overview_says_nothing_of_more_when_everything_is_shown(dashboard):
    dashboard.post("/api/interviews", {"company": "Acme", "role": "SRE", "type": "technical", "start": days_ahead(2)})
    overview = dashboard.get("/").text
    assert overview.count('class="interview"') == 1
    assert "all interviews" not in overview and "more:" not in overview
    assert re.search(r"Acme · by \w{3} \d+ \w{3} 10:00 E[SD]T", overview)
