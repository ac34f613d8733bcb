"""Local does not mean open: the dashboard refuses what a web page elsewhere could send it (a
rebound Host, a cross-site change, no token, an oversized body), escapes what it shows, and every
answer carries its protective headers. Each refusal writes nothing."""

import datetime as dt
import re

import pytest

from conftest import count_rows, home_today

EVIL = "<img src=x onerror=alert(1)>"


def writes(db_path) -> tuple:
    return count_rows(db_path, "interviews"), count_rows(db_path, "jobs"), count_rows(db_path, "events")


def schedule_body(company="Acme") -> dict:
    start = (home_today() + dt.timedelta(days=2)).isoformat() + "T10:00"
    return {"company": company, "role": "SRE", "type": "technical", "start": start}


def test_the_printed_token_becomes_an_http_only_strict_cookie_and_leaves_the_address(dashboard):
    reply = dashboard.request("GET", f"/jobs?token={dashboard.token}", auth=None)
    assert reply.status == 303 and reply.headers["location"] == "/jobs"
    cookie = reply.headers["set-cookie"]
    assert cookie.startswith(f"interview_prep_session={dashboard.token}")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert dashboard.get("/jobs", auth="cookie").status == 200


@pytest.mark.parametrize("path", ["/", "/api/interviews", "/calendar.ics", "/api/openapi.json", "/api/events"])
def test_without_the_token_nothing_is_shown(dashboard, path):
    reply = dashboard.get(path, auth=None)
    assert reply.status == 401
    assert reply.headers.get("www-authenticate") == "Bearer"
    wrong = dashboard.get(path, auth=None, headers={"Authorization": "Bearer " + "0" * 64})
    assert wrong.status == 401
    guessed = dashboard.request("GET", path + "?token=" + "0" * 64, auth=None)
    assert guessed.status == 401 and "set-cookie" not in guessed.headers


@pytest.mark.parametrize("host", ["evil.example:80", "attacker.test", "127.0.0.1:1", "localhost.evil.example"])
def test_a_request_naming_another_host_is_refused_and_writes_nothing(dashboard, db_path, host):
    before = writes(db_path)
    reply = dashboard.post("/api/interviews", schedule_body(), headers={"Host": host})
    assert reply.status == 421 and reply.json["code"] == "wrong_host"
    assert dashboard.get("/", headers={"Host": host}).status == 421
    assert writes(db_path) == before


@pytest.mark.parametrize("origin", ["https://evil.example", "null", None, "http://127.0.0.1:1"])
def test_a_change_with_the_cookie_from_another_origin_is_refused_and_writes_nothing(dashboard, db_path, origin):
    before = writes(db_path)
    reply = dashboard.post("/api/interviews", schedule_body(), auth="cookie", headers={"Origin": origin})
    assert reply.status == 403 and reply.json["code"] == "cross_origin"
    assert writes(db_path) == before
    # The same change from the dashboard's own origin goes through.
    assert dashboard.post("/api/interviews", schedule_body(), auth="cookie").status == 200


def test_an_oversized_body_is_refused_and_writes_nothing(dashboard, db_path):
    before = writes(db_path)
    body = ('{"company":"Acme","role":"SRE","type":"technical","start":"2031-05-05T10:00","notes":"' + "x" * (3 * 1024 * 1024) + '"}').encode()
    reply = dashboard.post("/api/interviews", body)
    assert reply.status == 413 and reply.json["code"] == "body_too_large"
    assert writes(db_path) == before


def test_a_script_injecting_company_name_is_shown_as_text(dashboard):
    created = dashboard.post("/api/interviews", schedule_body(company=EVIL)).json
    dashboard.post(f"/api/interviews/{created['id']}/notes", {"notes": "**bold** " + EVIL, "mode": "replace"})
    for path in ["/", f"/interviews/{created['id']}", "/jobs", f"/jobs/{created['job_id']}"]:
        page = dashboard.get(path).text
        assert EVIL not in page, path
        assert "&lt;img src=x onerror=alert(1)&gt;" in page or "&lt;img src&#61;x onerror&#61;alert(1)&gt;" in page, path
        assert not re.search(r"<img[^>]*onerror", page), path


@pytest.mark.parametrize("path", ["/", "/api/interviews", "/assets/app.js", "/nothing-here"])
def test_every_answer_carries_the_protective_headers(dashboard, path):
    headers = dashboard.get(path).headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_carry_no_inline_script(dashboard):
    for path in ["/", "/jobs", "/stats", "/mock"]:
        page = dashboard.get(path).text
        assert re.findall(r"<script(?![^>]*\bsrc=)", page) == [], path
        assert not re.search(r"\son[a-z]+=", page), path
