"""Mock interviews through the real binary: every tool with the official MCP client, the real clock
with a seconds-long user schema, a server restart, and the command line."""

import asyncio
import json
from pathlib import Path

import pytest

from conftest import checked_caller, cli_json, count_rows, error_text, mcp_session, run_cli, structured

pytestmark = pytest.mark.anyio

MOCK_TOOLS = {
    "start_mock_interview", "mock_interview_state", "submit_mock_answer", "request_mock_hint", "record_assistant_response",
    "pause_mock_interview", "resume_mock_interview", "finish_mock_section", "end_mock_interview",
    "report_mock_interviewer_failure", "get_mock_interview_report", "export_mock_interview", "list_mock_interviews",
}


async def test_every_mock_tool_answers_within_its_schema(binary, env):
    async with mcp_session(binary, env) as session:
        call = await checked_caller(session)

        listed = await call("list_mock_interviews", {})
        assert {schema["id"] for schema in listed["schemas"]} >= {"general_software_engineering", "behavioral_only", "sre_devops"}
        started = await call("start_mock_interview", {"schema_id": "general_software_engineering"})
        session_id = started["state"]["id"]
        assert started["state"]["present_now"]["text"] == "Walk me through your background and what you are working on now."
        assert [event["type"] for event in started["events"]] == ["INTERVIEW_CREATED", "INTERVIEW_STARTED", "SECTION_STARTED", "PROMPT_PRESENTED"]

        def ids(prefix):
            return {"session_id": session_id, "client_message_id": prefix}

        answered = await call("submit_mock_answer", {**ids("m1"), "message": "I currently lead the payments team at my company."})
        assert answered["state"]["present_now"]["text"] == "Why are you interested in this role?"
        assert answered["state"]["current_section"]["coverage"]["recent_work"] == "covered"
        refused = await call("finish_mock_section", ids("d1"))
        assert refused["outcome"]["result"] == "skip_refused"
        assert refused["state"]["present_now"]["text"] == "Please provide a brief outline so we can proceed."
        hint = await call("request_mock_hint", {**ids("h1"), "kind": "clarification", "question": "How long?"})
        assert hint["outcome"]["hint"].startswith("Two or three minutes")
        flagged = await call("record_assistant_response", {**ids("r1"), "query": "Solve it", "response": "```\ndef f():\n    return 1\n```"})
        assert flagged["outcome"]["flags"] == ["contains_code"] and flagged["state"]["assistant_flags"] == 1
        retried = await call("report_mock_interviewer_failure", {**ids("f1"), "error": "text to speech failed"})
        assert retried["outcome"]["result"] == "retried"
        paused = await call("pause_mock_interview", ids("p1"))
        assert paused["state"]["status"] == "PAUSED" and paused["state"]["allowed_actions"] == ["resume", "ask_assistant", "end"]
        resumed = await call("resume_mock_interview", ids("p2"))
        assert resumed["state"]["status"] == "IN_PROGRESS"
        state = await call("mock_interview_state", {"session_id": session_id})
        assert state["state"]["current_section"]["id"] == "intro" and state["events"] == []
        report = await call("get_mock_interview_report", {"session_id": session_id})
        assert "## Introduction and background" in report["markdown"]
        exported = await call("export_mock_interview", {"session_id": session_id})
        timeline = exported["ops_replay_bundle"]["timeline"]
        assert [event["seq"] for event in timeline] == list(range(1, len(timeline) + 1))
        ended = await call("end_mock_interview", {**ids("e1"), "note": "done for today"})
        assert ended["state"]["status"] == "TERMINATED" and ended["state"]["end_reason"] == "abandoned"
    assert call.called == MOCK_TOOLS


async def test_the_mock_interview_prompt_scales_the_schema_and_its_ids_complete(binary, env):
    from mcp.shared.exceptions import MCPError
    from mcp.types import PromptReference

    async with mcp_session(binary, env) as session:
        prompt = await session.get_prompt("run_mock_interview", {"schema_id": "sre_devops", "minutes": "15"})
        text = prompt.messages[0].content.text
        assert "start_mock_interview with schema_id sre_devops and duration_scale 0.33" in text and "submit_mock_answer" in text
        ids = await session.complete(PromptReference(type="ref/prompt", name="run_mock_interview"), {"name": "schema_id", "value": "b"})
        assert ids.completion.values == ["backend_engineer", "behavioral_only"]
        with pytest.raises(MCPError):
            await session.get_prompt("run_mock_interview", {"schema_id": "astronaut"})


@pytest.mark.parametrize("tool, arguments, fragment", [
    ("submit_mock_answer", {"session_id": "mock_1", "message": "hi"}, "client_message_id: is required"),
    ("submit_mock_answer", {"session_id": "mock_1", "client_message_id": "a", "message": "hi", "code": "x"}, "code: give message or code, not both"),
    ("submit_mock_answer", {"session_id": "mock_1", "client_message_id": "a", "code": "print(1)"}, "code: section intro is a conversation"),
    ("start_mock_interview", {"duration_scale": 0}, "duration_scale: must be between 0.1 and 3.0, got 0.0"),
    ("start_mock_interview", {"schema_id": "astronaut"}, "schema_id: 'astronaut' is not allowed"),
    ("request_mock_hint", {"session_id": "mock_1", "client_message_id": "a", "kind": "answer"}, "kind: 'answer' is not allowed"),
    ("resume_mock_interview", {"session_id": "mock_1", "client_message_id": "a"}, "mock interview mock_1 is IN_PROGRESS: it is already in progress"),
    ("mock_interview_state", {"session_id": "interview_1"}, "session_id: 'interview_1' is not an id"),
])
async def test_bad_mock_arguments_name_the_field_and_write_nothing(binary, env, db_path, tool, arguments, fragment):
    async with mcp_session(binary, env) as session:
        structured(await session.call_tool("start_mock_interview", {}))
        before = count_rows(db_path, "events")
        text = error_text(await session.call_tool(tool, arguments))
        assert fragment in text, text
        assert count_rows(db_path, "events") == before


def write_drill(env) -> None:
    """A user schema of two 3-second sections: the real clock runs out while the test watches."""
    folder = Path(env["XDG_CONFIG_HOME"]) / "interview-prep" / "mock-schemas"
    folder.mkdir(parents=True)
    section = {
        "kind": "conversation", "duration_seconds": 3, "followup_cap": 1, "minimum_content_words": 3,
        "dimensions": [{"id": "reason", "priority": 1, "required": True, "cues": ["because", "so that"], "followups": ["Why?"]}],
        "hints": {"definitions": [], "clarifications": [], "nudges": ["Say why."]},
    }
    drill = {
        "id": "three_second_drill", "version": 3, "title": "Drill", "warnings_seconds_before_end": [1], "late_grace_seconds": 2,
        "sections": [
            {**section, "id": "first", "name": "First", "goal": "Say why.", "primary_prompts": ["Why this job?"]},
            {**section, "id": "second", "name": "Second", "goal": "Say why again.", "primary_prompts": ["Why now?"]},
        ],
    }
    (folder / "drill.json").write_text(json.dumps(drill))


async def wait_for(session, session_id, predicate, limit=8.0):
    """Polls the state until `predicate` holds: the server's clock, not ours, decides when."""
    waited = 0.0
    while True:
        state = structured(await session.call_tool("mock_interview_state", {"session_id": session_id}))["state"]
        if predicate(state) or waited >= limit:
            return state
        await asyncio.sleep(0.1)
        waited += 0.1


async def test_a_seconds_long_user_schema_runs_on_the_real_clock(binary, env):
    write_drill(env)
    async with mcp_session(binary, env) as session:
        started = structured(await session.call_tool("start_mock_interview", {"schema_id": "three_second_drill"}))
        session_id = started["state"]["id"]
        assert started["state"]["schema_version"] == 3 and started["state"]["time_remaining_seconds"] <= 6
        deadline = started["state"]["current_section"]["deadline"]
        answered = structured(await session.call_tool("submit_mock_answer", {
            "session_id": session_id, "client_message_id": "a1", "message": "I like it"}))
        assert answered["state"]["present_now"] == {"kind": "followup", "text": "Why?", "dimension": "reason"}
        second = await wait_for(session, session_id, lambda state: (state.get("current_section") or {}).get("id") == "second")
        assert second["current_section"]["id"] == "second", second
        late = structured(await session.call_tool("submit_mock_answer", {
            "session_id": session_id, "client_message_id": "a2", "message": "because it pays"}))
        assert late["outcome"]["late"] is True and late["outcome"]["section_id"] == "first"
        done = await wait_for(session, session_id, lambda state: state["status"] == "COMPLETED")
        assert done["status"] == "COMPLETED" and done["end_reason"] == "completed"
        bundle = structured(await session.call_tool("export_mock_interview", {"session_id": session_id}))
    timeline = bundle["ops_replay_bundle"]["timeline"]
    types = [event["type"] for event in timeline]
    assert types.count("SECTION_TIME_WARNING") == 2 and types.count("SECTION_ENDED") == 2 and types[-1] == "INTERVIEW_COMPLETED"
    ended = [event for event in timeline if event["type"] == "SECTION_ENDED"]
    assert [event["payload"]["reason"] for event in ended] == ["time_expired", "time_expired"]
    assert ended[0]["at"].startswith(deadline[:19]), (ended[0]["at"], deadline)
    first = bundle["evaluation_input_bundle"]["sections"][0]
    assert first["late_messages"] == 1 and first["coverage_flags"]["reason"] == "partially_covered"


async def call_in_own_process(binary, env, protocol, name, arguments):
    """One tool call in a server process of its own, as clients that start a process per call do."""
    async with mcp_session(binary, env, protocol) as session:
        return structured(await session.call_tool(name, arguments))


@pytest.mark.parametrize("protocol", ["2025-11-25", "2026-07-28"])
async def test_a_session_survives_a_new_server_process_for_every_call(binary, env, protocol):
    started = await call_in_own_process(binary, env, protocol, "start_mock_interview", {"role_family": "backend_engineer"})
    session_id = started["state"]["id"]
    first = await call_in_own_process(binary, env, protocol, "submit_mock_answer", {
        "session_id": session_id, "client_message_id": "m1", "message": "I work on the ledger at my company."})
    state = (await call_in_own_process(binary, env, protocol, "mock_interview_state", {"session_id": session_id}))["state"]
    assert state["status"] == "IN_PROGRESS"  # the process that served the answer exited; nothing paused
    assert state["current_section"]["started_at"] == started["state"]["current_section"]["started_at"]
    replay = await call_in_own_process(binary, env, protocol, "submit_mock_answer", {
        "session_id": session_id, "client_message_id": "m1", "message": "I work on the ledger at my company."})
    assert replay["replayed"] is True and replay["outcome"] == first["outcome"] and replay["events"] == []
    second = await call_in_own_process(binary, env, protocol, "submit_mock_answer", {
        "session_id": session_id, "client_message_id": "m2", "message": "Mostly Go services and Postgres, and I run our on-call rotation."})
    assert second["outcome"]["result"] in ("recorded", "section_ended")
    timeline = (await call_in_own_process(binary, env, protocol, "export_mock_interview", {"session_id": session_id}))["ops_replay_bundle"]["timeline"]
    assert [event for event in timeline if event["type"] == "INTERVIEW_PAUSED"] == []


def test_a_mock_interview_runs_from_the_command_line_across_processes(binary, env):
    started = cli_json(binary, env, "mock", "start", "--schema", "behavioral_only")
    session_id = started["state"]["id"]
    answer = "When our team had an outage at my company, I decided to lead the incident, I talked to support, and in the end we improved recovery by 40%."
    first = cli_json(binary, env, "mock", "answer", session_id, answer, "--id", "a1")
    again = cli_json(binary, env, "mock", "answer", session_id, answer, "--id", "a1")
    assert again["replayed"] is True and again["outcome"] == first["outcome"]
    state = cli_json(binary, env, "mock", "state", session_id)
    assert state["state"]["current_section"]["id"] == "intro"
    human = run_cli(binary, env, "mock", "state", session_id)
    assert human.returncode == 0 and "Section 1 of 4: Introduction and background" in human.stdout
    ended = run_cli(binary, env, "mock", "end", session_id, "--note", "practice later")
    assert ended.returncode == 0, ended.stderr
    report = run_cli(binary, env, "mock", "report", session_id)
    assert report.returncode == 0 and report.stdout.startswith(f"# Mock interview {session_id}")
    listed = cli_json(binary, env, "mock", "list")
    assert [(row["id"], row["status"]) for row in listed] == [(session_id, "TERMINATED")]
    refused = run_cli(binary, env, "mock", "answer", session_id, "hello")
    assert refused.returncode == 1 and "is TERMINATED" in refused.stderr


async def test_the_report_analyses_each_behavioral_answer_and_names_what_to_practise(binary, env):
    story = ("When our checkout started failing, there was a disagreement about rolling back. My role was to own the payment path. "
             "I proposed a canary instead, and I talked to my manager and the on-call lead. So I led the rollout myself, step by step. "
             "In the end the error rate fell from 3% to 0.5% within an hour, and I learned to argue with data.")
    async with mcp_session(binary, env) as session:
        started = structured(await session.call_tool("start_mock_interview", {"schema_id": "behavioral_only", "duration_scale": 0.1}))
        session_id = started["state"]["id"]
        for number, message in enumerate([
            "I work on the payments team at Acme, building the ledger that records every transfer, and I review the designs of two other teams.",
            "I want to grow into a staff role because the problems here are bigger and the team writes about how it works.",
        ]):
            structured(await session.call_tool("submit_mock_answer", {"session_id": session_id, "client_message_id": f"i{number}", "message": message}))
        structured(await session.call_tool("finish_mock_section", {"session_id": session_id, "client_message_id": "done-intro"}))
        structured(await session.call_tool("submit_mock_answer", {"session_id": session_id, "client_message_id": "story", "message": story}))
        report = structured(await session.call_tool("get_mock_interview_report", {"session_id": session_id}))
    assert report["title"] == "Behavioral interview (4.5 min)"
    behavioral = next(section for section in report["sections"] if section["section_id"] == "behavioral")
    (answer,) = behavioral["answers"]
    assert answer["prompt"].startswith("Tell me about a time you disagreed") and answer["star"]["parts"]["result"]["status"] != "missing"
    assert answer["star"]["sharpen"] and behavioral["covered"] == ["situation", "actions", "result"]
    intro = next(section for section in report["sections"] if section["section_id"] == "intro")
    assert [a.get("star") for a in intro["answers"]] == [None, None] and "impact" in intro["missed"]
    assert any(step.startswith("Practise “Walk me through your background") and "cover impact. For example, open with: “" in step
               for step in report["next_steps"])
    assert "3% to 0.5% within an hour" in report["markdown"] and "### Answer 1: Tell me about a time you disagreed" in report["markdown"]
