"""Content read on first use: a malformed file of the user's does not stop the server from
starting; it is reported at first use, naming the file, and by `interview-prep check`."""

import json
from pathlib import Path

import pytest
from conftest import error_text, mcp_session, run_cli, structured

pytestmark = pytest.mark.anyio


def config_folder(env) -> Path:
    folder = Path(env["XDG_CONFIG_HOME"]) / "interview-prep"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_check_reads_everything_and_says_so(binary, env):
    completed = run_cli(binary, env, "check")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    for what in ("configuration", "interview types", "coaching content", "email templates", "mock interview schemas"):
        assert any(line.startswith("ok") and what in line for line in lines), what
    assert lines[-1] == "Everything reads."


async def test_a_malformed_user_file_is_reported_at_first_use_and_by_check(binary, env):
    folder = config_folder(env)
    (folder / "data" / "coaching").mkdir(parents=True)
    (folder / "data" / "coaching" / "star-method.json").write_text('{"framework": "STAR", "steps": [')
    (folder / "templates").mkdir()
    (folder / "templates" / "thank_you.subject.mustache").write_text("Thanks {{#open}}")

    completed = run_cli(binary, env, "check")
    assert completed.returncode == 1
    failures = [line for line in completed.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failures) == 2
    assert "coaching content" in failures[0] and "star-method.json" in failures[0]
    assert "email templates" in failures[1] and "thank_you.subject.mustache" in failures[1]
    assert "2 of 8 checks failed" in completed.stdout

    async with mcp_session(binary, env) as session:  # starts: nothing of that is read at start
        scheduled = structured(await session.call_tool("schedule_interview", {
            "company": "Acme", "role": "Engineer", "type": "technical", "start": "2031-03-04T10:00", "interviewer_name": "Grace"}))
        coaching = await session.call_tool("analyze_star_answer", {"text": "I led the migration and cut costs by 30%."})
        assert coaching.is_error and "star-method.json" in error_text(coaching)
        email = await session.call_tool("send_thank_you_email", {"interview_id": scheduled["id"]})
        assert email.is_error and "thank_you.subject.mustache" in error_text(email)
        assert not (await session.call_tool("get_interview", {"interview_id": scheduled["id"]})).is_error
