"""The real binary driven by the official Python MCP client: every tool, schema and error path."""

import datetime as dt
import json
import re

import pytest
from jsonschema import Draft202012Validator
from mcp.shared.exceptions import MCPError

from conftest import checked_caller, count_rows, error_text, home_today, mcp_session, structured

pytestmark = pytest.mark.anyio

EXPECTED_TOOLS = {
    "schedule_interview", "get_interview", "list_interviews", "get_upcoming_interviews", "get_interviews_by_job",
    "update_interview_status", "reschedule_interview", "cancel_interview", "save_interview_prep_notes",
    "get_interview_prep_notes", "mark_interview_prep_complete", "get_interview_statistics", "get_interview_timeline",
}
MAIL_TOOLS = {
    "send_interview_reminder_email", "send_thank_you_email", "send_follow_up_email", "send_status_update_email",
    "get_email_template", "export_calendar",
}


def soon(days: int, hour: int = 10) -> str:
    """A local date-time `days` from now, in the test zone (no waiting for time to pass)."""
    day = home_today() + dt.timedelta(days=days)
    return f"{day.isoformat()}T{hour:02d}:00"


async def test_every_tool_is_listed_with_valid_schemas_and_honest_annotations(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
    assert EXPECTED_TOOLS <= set(tools)
    for tool in tools.values():
        Draft202012Validator.check_schema(tool.input_schema)
        if tool.output_schema is None:  # the same shape as another tool's, listed once there
            owner = re.search(r"Output: as (\w+)\.", tool.description).group(1)
            assert tools[owner].output_schema is not None
        else:
            Draft202012Validator.check_schema(tool.output_schema)
        assert tool.input_schema["type"] == "object"
        assert tool.title and len(tool.description) >= 20
        # Open world: the tools that reach outside the machine (mail out, a posting's page in).
        assert hint(tool, "open_world_hint") is (tool.name.startswith("send_") or tool.name == "import_job_posting")
    assert hint(tools["get_interview"], "read_only_hint") is True
    assert hint(tools["cancel_interview"], "destructive_hint") is True
    assert hint(tools["schedule_interview"], "idempotent_hint") is False
    assert hint(tools["schedule_interview"], "destructive_hint") is False
    assert hint(tools["set_job_status"], "idempotent_hint") is True


#: The spec's defaults for hints a tool leaves out.
HINT_DEFAULTS = {"read_only_hint": False, "destructive_hint": True, "idempotent_hint": False, "open_world_hint": True}


def hint(tool, name):
    value = getattr(tool.annotations, name) if tool.annotations else None
    return HINT_DEFAULTS[name] if value is None else value


async def test_a_candidate_journey_calls_every_tool_and_each_result_matches_its_schema(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        call = await checked_caller(session)

        stripe = await call("schedule_interview", {
            "company": "Stripe", "role": "Senior Backend Engineer", "type": "technical", "start": soon(3),
            "timezone": "America/New_York", "interviewer_name": "Sarah Chen", "interviewer_email": "sarah@stripe.com",
            "location": "https://zoom.us/j/12345", "notes": "System design focus",
        })
        assert stripe["id"] == "int_1" and stripe["duration_minutes"] == 60
        assert stripe["start"]["local"].startswith(soon(3)) and stripe["start"]["timezone"] == "America/New_York"
        screen = await call("schedule_interview", {
            "job_id": stripe["job_id"], "type": "phone_screen", "start": soon(1, 9) + ":00+01:00", "timezone": "Europe/Berlin",
        })
        assert screen["company"] == "Stripe" and screen["duration_minutes"] == 30
        await call("schedule_interview", {"company": "Figma", "role": "Frontend Engineer", "type": "behavioral", "start": soon(20)})

        assert (await call("get_interview", {"interview_id": "int_1"}))["interviewer_email"] == "sarah@stripe.com"
        upcoming = await call("get_upcoming_interviews", {})
        assert [i["id"] for i in upcoming["interviews"]] == ["int_2", "int_1"]
        assert upcoming["days"] == 7
        assert (await call("get_upcoming_interviews", {"days": 30}))["count"] == 3
        assert (await call("get_interviews_by_job", {"job_id": stripe["job_id"]}))["count"] == 2

        page = await call("list_interviews", {"limit": 2})
        assert page["total_matching"] == 3 and len(page["interviews"]) == 2
        rest = await call("list_interviews", {"limit": 2, "cursor": page["next_cursor"]})
        assert [i["id"] for i in rest["interviews"]] == ["int_3"] and "next_cursor" not in rest
        assert (await call("list_interviews", {"company": "fig", "type": ["behavioral"]}))["total_matching"] == 1

        confirmed = await call("update_interview_status", {"interview_id": "int_1", "status": "confirmed"})
        assert "reminder_sent" in confirmed["allowed_next_statuses"]
        moved = await call("reschedule_interview", {"interview_id": "int_1", "start": soon(4, 15), "reason": "Clash"})
        assert moved["status"] == "rescheduled" and moved["start"]["local"].startswith(soon(4, 15))

        await call("save_interview_prep_notes", {"interview_id": "int_1", "notes": "# Stripe\n- idempotency keys"})
        notes = await call("save_interview_prep_notes", {"interview_id": "int_1", "notes": "- rate limiting", "mode": "append"})
        assert notes["markdown"] == "# Stripe\n- idempotency keys\n\n- rate limiting"
        assert (await call("get_interview_prep_notes", {"interview_id": "int_1"}))["markdown"] == notes["markdown"]
        assert (await call("mark_interview_prep_complete", {"interview_id": "int_1", "force": True}))["preparation_complete"] is True

        done = await call("update_interview_status", {"interview_id": "int_2", "status": "completed", "feedback": "Moving on"})
        assert done["allowed_next_statuses"] == []
        assert (await call("cancel_interview", {"interview_id": "int_3", "reason": "Took another offer"}))["status"] == "cancelled"

        stats = await call("get_interview_statistics", {})
        assert stats["total"] == 3 and stats["completed"] == 1 and stats["cancelled"] == 1
        assert stats["success_rate"] == 0.5 and "completed / (completed + cancelled)" in stats["success_rate_definition"]
        assert stats["by_company"][0] == {"company": "Stripe", "count": 2}

        timeline = await call("get_interview_timeline", {"interview_id": "int_1"})
        assert [e["type"] for e in timeline["events"]] == [
            "interview_scheduled", "interview_status_changed", "interview_rescheduled", "prep_notes_saved",
            "prep_notes_saved", "preparation_completed",
        ]
        assert {e["actor"] for e in timeline["events"]} == {"mcp"}
    assert call.called == EXPECTED_TOOLS  # the mail tools have their own suite


BAD_CALLS = [
    ("schedule_interview", {"company": "A", "role": "B", "type": "lunch", "start": "2030-01-01T10:00"}, "type", "allowed: phone_screen"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical"}, "start", "is required"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": 20300101}, "start", "must be a string"),
    ("schedule_interview", {"role": "B", "type": "technical", "start": "2030-01-01T10:00"}, "company", "required when job_id"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-01-01T10:00", "duration_minutes": 9999}, "duration_minutes", "between 5 and 720"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-01-01T10:00", "priority": "high"}, "priority", "not an argument"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-01-01T10:00", "notes": "a\u0000b"}, "notes", "control characters"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-03-10T02:30", "timezone": "America/New_York"}, "start", "does not exist"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-01-01T10:00", "timezone": "Mars/Base"}, "timezone", "IANA"),
    ("schedule_interview", {"company": "A", "role": "B", "type": "technical", "start": "2030-01-01T10:00", "interviewer_email": "nope"}, "interviewer_email", "email address"),
    ("get_interview", {"interview_id": "int_999"}, "int_999", "no interview"),
    ("get_interview", {}, "interview_id", "is required"),
    ("update_interview_status", {"interview_id": "int_1", "status": "done"}, "status", "allowed: confirmed"),
    ("get_upcoming_interviews", {"days": "seven"}, "days", "must be an integer"),
    ("list_interviews", {"cursor": "garbage"}, "cursor", "not a cursor"),
    ("get_interviews_by_job", {"job_id": "job_77"}, "job_77", "no job"),
]


@pytest.mark.parametrize(("tool", "arguments", "field", "fragment"), BAD_CALLS)
async def test_bad_arguments_give_an_error_result_naming_the_field_and_write_nothing(binary, env, db_path, tool, arguments, field, fragment, protocol):
    async with mcp_session(binary, env, protocol) as session:
        await session.call_tool("schedule_interview", {"company": "Seed", "role": "Role", "type": "technical", "start": "2031-01-01T10:00"})
        events_before = count_rows(db_path, "events")
        text = error_text(await session.call_tool(tool, arguments))
        assert field in text and fragment in text, text
        assert count_rows(db_path, "events") == events_before
        assert count_rows(db_path, "interviews") == 1


async def test_an_illegal_transition_names_the_current_and_allowed_statuses(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        await session.call_tool("schedule_interview", {"company": "A", "role": "B", "type": "debrief", "start": soon(2)})
        await session.call_tool("update_interview_status", {"interview_id": "int_1", "status": "completed"})
        text = error_text(await session.call_tool("update_interview_status", {"interview_id": "int_1", "status": "confirmed"}))
        assert text == "illegal_transition: interview int_1 is completed and cannot become confirmed; allowed: none (completed is final)"


async def test_an_unknown_tool_is_a_protocol_error(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        with pytest.raises(MCPError) as raised:
            await session.call_tool("drop_all_tables", {})
        assert raised.value.error.code == -32602
        assert "drop_all_tables" in raised.value.error.message


async def test_interviews_are_resources_with_json_and_markdown_notes(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        await session.call_tool("schedule_interview", {"company": "Stripe", "role": "Backend", "type": "technical", "start": soon(5)})
        await session.call_tool("save_interview_prep_notes", {"interview_id": "int_1", "notes": "## Plan\n- caching"})
        templates = await session.list_resource_templates()
        assert {"interview://{id}", "interview://{id}/prep-notes"} <= {t.uri_template for t in templates.resource_templates}
        listed = await session.list_resources()
        assert [str(r.uri) for r in listed.resources if str(r.uri).startswith("interview://")] == ["interview://int_1"]
        interview = await session.read_resource("interview://int_1")
        assert interview.contents[0].mime_type == "application/json"
        assert json.loads(interview.contents[0].text)["company"] == "Stripe"
        notes = await session.read_resource("interview://int_1/prep-notes")
        assert notes.contents[0].mime_type == "text/markdown" and notes.contents[0].text == "## Plan\n- caching"
        with pytest.raises(MCPError) as raised:
            await session.read_resource("interview://int_404")
        assert raised.value.error.code == (-32602 if protocol == "2026-07-28" else -32002)  # the revision changed it
        assert raised.value.error.data == {"uri": "interview://int_404"}


async def test_logging_level_can_be_set_and_the_server_sends_log_messages_at_that_level(binary, env):
    received = []

    async def on_log(params):
        received.append(params)

    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
    import os
    with open(os.devnull, "w") as errlog:
        async with stdio_client(StdioServerParameters(command=binary, args=["serve"], env=env), errlog=errlog) as (read, write):
            async with ClientSession(read, write, logging_callback=on_log) as session:
                await session.initialize()
                await session.set_logging_level("info")
                await session.call_tool("get_interview_statistics", {})
                await session.call_tool("get_interview", {"interview_id": "int_404"})
                await session.send_ping()
    calls = [message.data for message in received if message.level == "info" and message.data.get("message") == "tool call"]
    assert [(call["tool"], call["outcome"]) for call in calls] == [("get_interview_statistics", "ok"), ("get_interview", "error")]
    assert all(float(call["duration_ms"]) >= 0 for call in calls)


async def test_a_strictly_converted_call_sends_every_property_and_null_or_empty_means_absent(binary, env, protocol):
    """OpenAI's and pydantic-ai's strict modes make every property required: the model sends null
    (or "" for an id it does not have) for what it means to leave out."""
    from jsonschema import Draft202012Validator
    async with mcp_session(binary, env, protocol) as session:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        for tool in tools.values():
            schema = tool.input_schema
            for name, property_schema in schema.get("properties", {}).items():
                if name not in schema.get("required", []):
                    assert Draft202012Validator(property_schema).is_valid(None), f"{tool.name}.{name} is not nullable"
        properties = tools["schedule_interview"].input_schema["properties"]
        arguments = {name: None for name in properties}
        arguments.update(company="Acme", role="Engineer", type="technical", start="2031-03-04T10:00", job_id="", stage_id="", role_family=None)
        scheduled = structured(await session.call_tool("schedule_interview", arguments))
        assert scheduled["id"] == "int_1" and scheduled["company"] == "Acme"
