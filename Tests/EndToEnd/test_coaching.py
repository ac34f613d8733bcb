"""Coaching tools, resources, prompts and completions through the official MCP client, and the prep CLI."""

import datetime as dt
import json

import pytest
from mcp.shared.exceptions import MCPError
from mcp.types import PromptReference

from conftest import checked_caller, cli_json, error_text, home_today, mcp_session, run_cli, structured

pytestmark = pytest.mark.anyio

COACHING_TOOLS = {
    "get_interview_prep_materials", "get_interview_questions", "get_interview_tips", "get_company_research_template",
    "generate_elevator_pitch", "analyze_star_answer", "get_prep_checklist", "tick_prep_checklist_item",
}

STAR = ("Last year our checkout slowed to four-second loads during the holiday sale. My task was to find the bottleneck. "
        "I analysed the slow query log, I added two missing indexes and I rewrote the cart lookups to batch their queries. "
        "I also set up a dashboard on p95 query time and wrote a runbook for the next on-call engineer. "
        "As a result, query time fell from 500 ms to 50 ms and page load improved by 40%.")


def later(days):
    return f"{(home_today() + dt.timedelta(days=days)).isoformat()}T10:00"


PITCH_EXPERIENCE = ("I lead the API platform team at a travel marketplace, where I own the booking and search services that 2 million people "
                    "use every month, and I spend much of my week on design reviews, on-call health and coaching the newer engineers on the team.")
PITCH_WHY = ("Stripe's API is the one I studied when I designed ours, and your work on reliability for millions of businesses is exactly "
             "the scale and craft I want to grow into.")
PITCH_ACHIEVEMENTS = [
    "Cut API latency by 60% for 2 million users by profiling our hot paths, replacing an ORM layer with hand-tuned queries, and adding a "
    "read-through cache, which also lowered our database bill by a third",
    "Led the migration of 40 services to Kubernetes over nine months without a single customer-facing outage, writing the runbooks and "
    "pairing with every team on its first deploy",
    "Mentored 5 engineers to promotion by running a weekly design clinic, reviewing their proposals line by line, and giving each of them "
    "one visible project to own from start to finish",
    "Designed the idempotency keys and retry rules for our payment webhooks after a double-charge incident that hurt our biggest partner, "
    "then wrote the postmortem and the test suite that guards it, bringing duplicate charges from 300 a month to zero",
]


async def test_every_coaching_tool_answers_within_its_schema(binary, env):
    async with mcp_session(binary, env) as session:
        call = await checked_caller(session)
        assert COACHING_TOOLS <= set(call.schemas)

        screen = structured(await session.call_tool("schedule_interview", {"company": "Stripe", "role": "Backend Engineer", "type": "phone_screen", "start": later(2)}))
        await session.call_tool("update_interview_status", {"interview_id": screen["id"], "status": "completed", "feedback": "Strong API answers"})
        technical = structured(await session.call_tool("schedule_interview", {"company": "Stripe", "role": "Backend Engineer", "type": "technical", "start": later(9)}))
        await session.call_tool("save_interview_prep_notes", {"interview_id": technical["id"], "notes": "Idempotency keys"})

        packet = await call("get_interview_prep_materials", {"interview_id": technical["id"]})
        assert packet["prep_notes"] == "Idempotency keys"
        assert [p["id"] for p in packet["past_interviews_at_company"]] == [screen["id"]]
        assert packet["past_interviews_at_company"][0]["feedback"] == "Strong API answers"
        assert len(packet["questions"]) == 8 and packet["star_method"]["framework"].startswith("Situation")
        generic = await call("get_interview_prep_materials", {"interview_type": "behavioral", "role_family": "product_manager"})
        assert generic["role_family"] == "product_manager" and "interview_id" not in generic

        first = await call("get_interview_questions", {"role_family": "sre_devops", "count": 3})
        assert first == await call("get_interview_questions", {"role_family": "sre_devops", "count": 3})
        more = await call("get_interview_questions", {"role_family": "sre_devops", "count": 3, "exclude_ids": [q["id"] for q in first["questions"]]})
        assert not {q["id"] for q in first["questions"]} & {q["id"] for q in more["questions"]}
        filtered = await call("get_interview_questions", {"role_family": "backend_engineer", "category": "system_design", "difficulty": "senior", "count": 25})
        assert filtered["questions"] and all(q["category"] == "system_design" for q in filtered["questions"])

        tips = await call("get_interview_tips", {"type": "on_site"})
        assert tips["label"] == "On-site interview" and "Choose a business casual outfit" in tips["checklist"]
        research = await call("get_company_research_template", {"company": "stripe"})
        assert len(research["sections"]) == 6 and research["roles_applied_to"] == ["Backend Engineer (job_1)"] and len(research["interview_history"]) == 2

        pitch = await call("generate_elevator_pitch", {
            "name": "Ada Lovelace", "current_role": "Backend Engineer", "goal": "work on payment infrastructure",
            "key_achievements": ["Cut API latency by 60%", "Led a migration of 40 services", "Mentored 5 engineers"], "target_company": "Stripe"})
        # Thin input: not padded to two minutes, but told what to add.
        assert [s["part"] for s in pitch["sections"]] == ["hook", "achievements", "why_this_role", "close"]
        assert pitch["fits_two_minutes"] is False and pitch["target_words"] == "260-320"
        assert any("short of two minutes; rather than filler, add" in advice for advice in pitch["suggestions"])

        star = await call("analyze_star_answer", {"text": STAR})
        assert star["parts"]["result"]["status"] != "missing" and star["has_measurable_result"] is True

        checklist = await call("get_prep_checklist", {"interview_id": technical["id"]})
        assert checklist["done"] == 0 and checklist["total"] == len(checklist["items"])
        ticked = await call("tick_prep_checklist_item", {"interview_id": technical["id"], "item": "1"})
        assert ticked["done"] == 1 and ticked["items"][0]["done"] is True
        refused = error_text(await session.call_tool("mark_interview_prep_complete", {"interview_id": technical["id"]}))
        assert "checklist item(s) are still open" in refused and "force" in refused


@pytest.mark.parametrize(("tool", "arguments", "field"), [
    ("get_interview_questions", {"role_family": "astronaut"}, "role_family"),
    ("get_interview_questions", {"role_family": "backend_engineer", "category": "cooking"}, "category"),
    ("get_interview_questions", {"role_family": "backend_engineer", "count": 0}, "count"),
    ("generate_elevator_pitch", {"name": "", "current_role": "Dev", "goal": "grow as an engineer", "key_achievements": ["Shipped a product"]}, "name"),
    ("generate_elevator_pitch", {"name": "Ada", "current_role": "Dev", "goal": "grow as an engineer", "key_achievements": []}, "key_achievements"),
    ("analyze_star_answer", {"text": "hi"}, "text"),
    ("get_interview_prep_materials", {}, "interview_id"),
    ("get_interview_tips", {"type": "brunch"}, "type"),
])
async def test_bad_coaching_arguments_name_the_field(binary, env, tool, arguments, field):
    async with mcp_session(binary, env) as session:
        text = error_text(await session.call_tool(tool, arguments))
        assert field in text, text


async def test_coaching_resources_are_markdown(binary, env):
    async with mcp_session(binary, env) as session:
        uris = [str(r.uri) for r in (await session.list_resources()).resources]
        for uri in ["coaching://star-method", "coaching://research-template", "coaching://questions-to-ask",
                    "coaching://strengths-weaknesses", "coaching://question-banks/backend_engineer", "coaching://tips/technical"]:
            assert uri in uris
            content = (await session.read_resource(uri)).contents[0]
            assert content.mime_type == "text/markdown" and content.text.startswith("# ")
        bank = (await session.read_resource("coaching://question-banks/machine_learning_engineer")).contents[0].text
        assert bank.count("\n- **ml-") == 25
        with pytest.raises(MCPError) as raised:
            await session.read_resource("coaching://question-banks/astronaut")
        assert raised.value.error.code == -32002


async def test_prompts_render_and_arguments_complete(binary, env):
    async with mcp_session(binary, env) as session:
        interview = structured(await session.call_tool("schedule_interview", {"company": "Stripe", "role": "Backend", "type": "technical", "start": later(3), "interviewer_name": "Sarah"}))
        prompts = {p.name for p in (await session.list_prompts()).prompts}
        assert prompts == {"prepare_for_interview", "practice_behavioral_question", "draft_thank_you", "run_mock_interview"}
        prepare = await session.get_prompt("prepare_for_interview", {"interview_id": interview["id"]})
        text = prepare.messages[0].content.text
        assert "get_interview_prep_materials" in text and interview["id"] in text and "Stripe" in text
        practice = await session.get_prompt("practice_behavioral_question", {"role_family": "backend_engineer"})
        assert "analyze_star_answer" in practice.messages[0].content.text
        thanks = await session.get_prompt("draft_thank_you", {"interview_id": interview["id"]})
        assert "send_thank_you_email" in thanks.messages[0].content.text and "Sarah" in thanks.messages[0].content.text
        with pytest.raises(MCPError):
            await session.get_prompt("draft_thank_you", {"interview_id": "int_404"})

        ids = await session.complete(PromptReference(type="ref/prompt", name="prepare_for_interview"), {"name": "interview_id", "value": "int_"})
        assert ids.completion.values == [interview["id"]]
        families = await session.complete(PromptReference(type="ref/prompt", name="practice_behavioral_question"), {"name": "role_family", "value": "ba"})
        assert families.completion.values == ["backend_engineer"]


def test_the_prep_command_line(binary, env):
    cli_json(binary, env, "interviews", "add", "--company", "Stripe", "--role", "Backend Engineer", "--type", "technical", "--start", "2031-03-10T09:00")
    packet = cli_json(binary, env, "prep", "packet", "int_1")
    assert packet["company"] == "Stripe" and len(packet["questions"]) == 8
    text = run_cli(binary, env, "prep", "packet", "--type", "panel", "--role", "sre_devops")
    assert text.returncode == 0 and text.stdout.startswith("# Prep packet: panel for sre_devops")
    questions = cli_json(binary, env, "prep", "questions", "--role", "backend_engineer", "--count", "5")
    assert len(questions) == 5 and questions == cli_json(binary, env, "prep", "questions", "--role", "backend_engineer", "--count", "5")
    pitch = cli_json(binary, env, "prep", "pitch", "--name", "Ada", "--current-role", "Engineer", "--goal", "lead a platform team",
                     "--achievement", "Cut costs by 30%", "--achievement", "Shipped search to 1M users", "--achievement", "Hired 4 engineers")
    assert pitch["word_count"] == len(pitch["pitch"].split()) and pitch["fits_two_minutes"] is False
    rich = run_cli(binary, env, "prep", "pitch", "--name", "Ada Lovelace", "--current-role", "Senior Backend Engineer", "--years", "8",
                   "--goal", "build payment infrastructure at scale", "--target-role", "Staff Engineer", "--target-company", "Stripe",
                   "--experience", PITCH_EXPERIENCE, "--why-company", PITCH_WHY, *[arg for a in PITCH_ACHIEVEMENTS for arg in ("--achievement", a)])
    assert rich.returncode == 0, rich.stderr
    *body, _, summary = rich.stdout.rstrip().splitlines()
    words = len(" ".join(body).split())
    assert 260 <= words <= 320 and summary == f"({words} words, about {round(words / 150 * 60)} seconds at 150 words a minute; two minutes)"
    assert "Suggestions" not in rich.stdout
    star = run_cli(binary, env, "prep", "star", "--json", stdin=STAR)
    assert star.returncode == 0 and json.loads(star.stdout)["has_measurable_result"] is True
    read = run_cli(binary, env, "prep", "star", stdin=STAR).stdout
    assert "\nWhat works:\n- A measurable result: “" in read and read.count("Sharpen this first: ") == 1
    ticked = cli_json(binary, env, "prep", "checklist", "int_1", "--tick", "1", "--tick", "2")
    assert ticked["done"] == 2
    assert run_cli(binary, env, "prep", "questions", "--role", "astronaut").returncode == 1


def test_the_star_analysis_reads_as_text_at_the_command_line(binary, env):
    answer = "When our team had an outage at my company, I decided to lead the incident and as a result we cut recovery time by 40%."
    completed = run_cli(binary, env, "prep", "star", stdin=answer)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert lines[0].startswith("Situation ") and lines[0].endswith("words)")
    assert [line.split()[0] for line in lines[:4]] == ["Situation", "Task", "Action", "Result"]
    assert "(too short)" in completed.stdout and "measurable result: yes" in completed.stdout
    assert "GRDB" not in completed.stdout and "SQL(" not in completed.stdout


def test_fewer_questions_than_asked_for_says_so(binary, env):
    completed = run_cli(binary, env, "prep", "questions", "--role", "behavioral", "--category", "conflict", "--count", "9")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.count("strong answers cover:") == 2
    assert "Only 2 of the 9 asked for match (category conflict)." in completed.stdout


def test_a_missing_answer_file_is_named_without_a_foundation_dump(binary, env, tmp_path):
    completed = run_cli(binary, env, "prep", "star", "--file", str(tmp_path / "missing.txt"))
    assert completed.returncode == 1
    assert completed.stderr.strip() == f"error: --file: cannot read {tmp_path / 'missing.txt'}: No such file or directory"
