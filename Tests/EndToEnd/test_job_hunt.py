"""A job hunt from a saved posting to a signed offer, through the official MCP client: a posting
imported from its page, applied to, interviewed for stage by stage, two offers in two currencies,
one negotiated and accepted while the other is declined; then the comparison a candidate reads."""

import datetime as dt

import pytest

from conftest import checked_caller, error_text, home_today, mcp_session, run_cli
from posting_server import posting_server

pytestmark = pytest.mark.anyio


def day(offset):
    return (home_today() + dt.timedelta(days=offset)).isoformat()


async def test_from_a_saved_posting_to_an_accepted_offer(binary, env):
    allowed = {**env, "INTERVIEW_PREP_ALLOW_PRIVATE_URLS": "1"}
    with posting_server() as base:
        async with mcp_session(binary, allowed) as session:
            call = await checked_caller(session)

            imported = await call("import_job_posting", {"url": f"{base}/jobs/acme", "priority": 5, "tags": ["fintech"]})
            acme = imported["job"]
            assert acme["status"] == "saved" and acme["next_action"] == "apply, then mark the job applied"
            practice = await call("get_interview_questions", {"job_id": acme["job_id"], "count": 3})
            assert practice["role_family"] == "backend_engineer" and {"databases", "messaging"} & set(practice["focus_skills"])
            applied = await call("update_job", {"job_id": acme["job_id"], "applied": day(-20), "resume_version": "v3-backend"})
            assert applied["applied_at"] and applied["resume_version"] == "v3-backend"
            assert (await call("set_job_status", {"job_id": acme["job_id"], "status": "applied"}))["candidate_facing_status"] == "application_sent"

            # The company answers: the first stage's interview makes the job active; debriefed, the next stage opens.
            first = acme["stages"][0]["id"]
            held = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=10)).strftime("%Y-%m-%dT%H:00:00Z")
            screen = await call("schedule_interview", {"type": "phone_screen", "start": held, "stage_id": first})
            assert (await call("get_pipeline", {"job_id": acme["job_id"]}))["status"] == "active"
            await call("update_interview_status", {"interview_id": screen["id"], "status": "completed"})
            await call("record_debrief", {"interview_id": screen["id"], "rating": 8, "outcome": "yes"})
            pipeline = await call("get_pipeline", {"job_id": acme["job_id"]})
            assert pipeline["stages"][0]["status"] == "completed"

            globex = (await call("import_job_posting", {"url": f"{base}/jobs/globex", "status": "applied", "applied": day(-15)}))["job"]

            # Two offers: Acme in euros with equity and a signing bonus; Globex in pounds with a bonus percentage.
            acme_offer = await call("record_offer", {"job_id": acme["job_id"], "base_salary": 95000, "currency": "EUR", "bonus_percent": 10,
                                                     "equity_value": 40000, "vesting_years": 4, "sign_on": 10000, "deadline": day(7),
                                                     "benefits": "30 days of leave"})
            globex_offer = await call("record_offer", {"job_id": globex["job_id"], "base_salary": 80000, "currency": "GBP", "bonus": 8000,
                                                       "deadline": day(1)})
            assert acme_offer["summary"] == ("€95,000 base + €9,500 bonus (10%) + €10,000/yr equity (€40,000 over 4 years) + €10,000 sign-on"
                                             " = €124,500 in the first year, €114,500 a year after")
            jobs = {job["job_id"]: job for job in (await call("list_jobs", {}))["jobs"]}
            assert jobs[acme["job_id"]]["status"] == "offered" and jobs[globex["job_id"]]["status"] == "offered"
            assert jobs[acme["job_id"]]["next_action"] == "answer the offer: accept, decline or negotiate"

            apart = await call("compare_offers", {})
            assert sorted(group["currency"] for group in apart["groups"]) == ["EUR", "GBP"] and apart["notes"]
            gbp = next(group for group in apart["groups"] if group["currency"] == "GBP")
            assert gbp["offers"][0]["deadline_flag"] == "within_48h"
            together = await call("compare_offers", {"convert_to": "EUR", "rates": ["GBP=1.17"]})
            assert [group["currency"] for group in together["groups"]] == ["EUR"] and together["notes"] == []
            converted = next(offer for offer in together["groups"][0]["offers"] if offer["id"] == globex_offer["id"])
            assert converted["base_salary"] == 93600 and converted["first_year_total"] == 102960 and converted["converted_from"] == "GBP at 1.17"
            assert together["groups"][0]["best_first_year"] == f"{acme_offer['id']} (Acme Payments): €124,500"

            # Negotiation: a counter on base; accepting asks what becomes of the other offer, then declines it.
            countered = await call("update_offer", {"offer_id": acme_offer["id"], "move": "negotiate", "base_salary": 100000})
            assert countered["offer"]["status"] == "negotiating" and countered["offer"]["bonus"] == 10000
            asked = error_text(await session.call_tool("update_offer", {"offer_id": acme_offer["id"], "move": "accept"}))
            assert "others" in asked and f"{globex_offer['id']} at Globex" in asked
            accepted = await call("update_offer", {"offer_id": acme_offer["id"], "move": "accept", "others": "decline"})
            assert accepted["job_status"] == "hired" and accepted["declined_offers"] == [globex_offer["id"]]
            assert (await call("get_pipeline", {"job_id": globex["job_id"]}))["status"] == "withdrawn"
            closed = await call("compare_offers", {"include_closed": True})
            statuses = {offer["id"]: offer["status"] for group in closed["groups"] for offer in group["offers"]}
            assert statuses == {acme_offer["id"]: "accepted", globex_offer["id"]: "declined"}
            funnel = await call("get_pipeline_funnel", {})
            assert funnel["applications"]["applied"] == 2 and funnel["applications"]["replied"] == 2

    # What the candidate reads at the terminal.
    offers = run_cli(binary, allowed, "jobs", "offers", "--all", "--convert-to", "EUR", "--rate", "GBP=1.17")
    assert offers.returncode == 0, offers.stderr
    lines = offers.stdout.splitlines()
    assert lines[0] == "In EUR"
    assert lines[1].split() == ["OFFER", "COMPANY", "BASE", "BONUS", "EQUITY/YR", "SIGN-ON", "FIRST", "YEAR", "A", "YEAR", "AFTER", "ANSWER", "STATUS"]
    assert "€100,000" in offers.stdout and "€10,000 (10%)" in offers.stdout and "€130,000" in offers.stdout
    assert "declined, from GBP at 1.17" in offers.stdout and "Benefits:" in offers.stdout and "30 days of leave" in offers.stdout
