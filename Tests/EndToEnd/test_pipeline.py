"""Job pipelines through the official MCP client: stages, guards, debriefs, status."""

import datetime as dt

import pytest

from conftest import checked_caller, error_text, home_today, mcp_session, structured

pytestmark = pytest.mark.anyio


def when(days, hour=10):
    return f"{(home_today() + dt.timedelta(days=days)).isoformat()}T{hour:02d}:00"


async def test_a_job_moves_through_its_stages(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        call = await checked_caller(session)

        job = await call("add_job", {"company": "Stripe", "role": "Backend Engineer", "source": "referral",
                                     "stage_kinds": ["phone_screen", "take_home", "on_site", "final_round"]})
        assert [s["status"] for s in job["stages"]] == ["unlocked", "pending", "pending", "pending"]
        assert job["status"] == "saved" and job["candidate_facing_status"] == "not_applied"
        locked = error_text(await session.call_tool("schedule_interview", {"type": "on_site", "start": when(5), "stage_id": "stg_3"}))
        assert "the stage is locked; unlock it first with unlock_stage (stage_id stg_3)" in locked
        past = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:00Z")
        screen = structured(await session.call_tool("schedule_interview", {"type": "phone_screen", "start": past, "stage_id": "stg_1"}))
        assert screen["job_id"] == job["job_id"]
        assert (await call("get_pipeline", {"job_id": job["job_id"]}))["candidate_facing_status"] == "in_progress"
        again = error_text(await session.call_tool("schedule_interview", {"type": "phone_screen", "start": when(6), "stage_id": "stg_1"}))
        assert "Cannot invite: stage already invited" in again
        gate = error_text(await session.call_tool("unlock_stage", {"stage_id": "stg_2", "force": True}))
        assert gate.startswith("requires_debrief") and "requires_debrief: true" in gate

        debrief = await call("record_debrief", {"interview_id": screen["id"], "rating": 8, "outcome": "yes", "traits": ["clear", "prepared"],
                                               "went_well": "Told the migration story well", "questions_asked": "Why Stripe?"})
        assert debrief["traits"] == ["clear", "prepared"]
        pipeline = await call("get_pipeline", {"job_id": job["job_id"]})
        assert pipeline["stages"][0]["status"] == "completed" and pipeline["stages"][0]["debriefs"][0]["rating"] == 8
        assert "unlock Take Home" in pipeline["next_action"]

        unlocked = await call("unlock_stage", {"stage_id": "stg_2"})
        assert unlocked["stages"][1]["status"] == "unlocked"
        submitted = await call("submit_stage", {"stage_id": "stg_2"})
        assert submitted["stages"][1]["status"] == "completed"
        added = await call("add_stage", {"job_id": job["job_id"], "kind": "online_assessment", "deadline": (home_today() + dt.timedelta(days=3)).isoformat()})
        assert added["stages"][-1]["kind"] == "online_assessment" and added["stages"][-1]["deadline"]
        assert (await call("skip_stage", {"stage_id": "stg_4"}))["stages"][3]["status"] == "skipped"
        await call("unlock_stage", {"stage_id": "stg_3"})
        assert (await call("decline_stage", {"stage_id": "stg_3"}))["stages"][2]["status"] == "declined"
        status = await call("set_job_status", {"job_id": job["job_id"], "status": "withdrawn"})
        assert status["candidate_facing_status"] == "withdrawn" and status["next_action"].startswith("none")

        bad = error_text(await session.call_tool("record_debrief", {"interview_id": screen["id"], "rating": 11, "outcome": "yes"}))
        assert "rating" in bad
        traits = error_text(await session.call_tool("record_debrief", {"interview_id": screen["id"], "rating": 5, "outcome": "yes", "traits": ["psychic"]}))
        assert "traits" in traits and "allowed" in traits
        live_submit = error_text(await session.call_tool("submit_stage", {"stage_id": "stg_1"}))
        assert "illegal_stage_transition" in live_submit or "record_debrief" in live_submit


async def test_jobs_notes_contacts_offers_actions_and_funnel(binary, env, protocol):
    async with mcp_session(binary, env, protocol) as session:
        call = await checked_caller(session)

        await call("add_job", {"company": "Stripe", "role": "Backend Engineer", "source": "referral"})
        await call("add_job", {"company": "Figma", "role": "Frontend Engineer", "source": "linkedin", "stage_kinds": ["take_home", "on_site"]})
        await call("add_stage", {"job_id": "job_2", "kind": "online_assessment", "deadline": (home_today() + dt.timedelta(days=2)).isoformat()})
        jobs = await call("list_jobs", {})
        assert jobs["total"] == 2 and {j["company"] for j in jobs["jobs"]} == {"Stripe", "Figma"}
        page = await call("list_jobs", {"limit": 1})
        rest = await call("list_jobs", {"limit": 1, "cursor": page["next_cursor"]})
        assert page["jobs"][0]["job_id"] != rest["jobs"][0]["job_id"] and "next_cursor" not in rest
        notes = await call("add_job_note", {"job_id": "job_1", "text": "Recruiter: decision by Friday"})
        assert notes["notes"][0]["text"] == "Recruiter: decision by Friday"
        contact = await call("add_contact", {"job_id": "job_1", "name": "Jamie", "role": "Recruiter", "email": "jamie@stripe.com"})
        assert contact["id"] == "con_1"
        offer = await call("record_offer", {"job_id": "job_1", "base_salary": 200000, "currency": "USD", "bonus": 20000,
                                            "deadline": (home_today() + dt.timedelta(days=5)).isoformat()})
        assert offer["total_cash"] == 220000
        compared = await call("compare_offers", {})
        assert compared["count"] == 1
        pipeline = await call("get_pipeline", {"job_id": "job_1"})
        assert pipeline["notes"][0]["text"] == "Recruiter: decision by Friday" and pipeline["contacts"][0]["name"] == "Jamie"
        assert pipeline["offers"][0]["total_cash"] == 220000 and pipeline["candidate_facing_status"] == "offer_extended"
        actions = await call("get_next_actions", {})
        assert [a["kind"] for a in actions["actions"]] == ["offer_deadline"]
        funnel = await call("get_pipeline_funnel", {})
        assert {row["key"] for row in funnel["by_source"]} == {"referral", "linkedin"}
        resource = await session.read_resource("job://job_1")
        assert resource.contents[0].mime_type == "text/markdown" and "# Stripe — Backend Engineer (job_1)" in resource.contents[0].text
        bad = error_text(await session.call_tool("record_offer", {"job_id": "job_1", "base_salary": 1, "currency": "dollars"}))
        assert "currency" in bad
