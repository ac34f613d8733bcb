"""A newcomer's tour: the official Python MCP client drives `interview-prep serve` on a throwaway database."""

import asyncio
import datetime as dt
import json
import os
import sys
import tempfile

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def show(title, payload):
    print(f"\n── {title}")
    print(json.dumps(payload, indent=2, ensure_ascii=False)[:1500])


async def main(binary: str) -> None:
    folder = tempfile.mkdtemp(prefix="interview-prep-demo-")
    env = {
        "HOME": folder, "PATH": os.environ.get("PATH", ""), "INTERVIEW_PREP_DB": os.path.join(folder, "demo.sqlite"),
        "XDG_CONFIG_HOME": os.path.join(folder, "config"), "INTERVIEW_PREP_TIMEZONE": "America/New_York",
    }
    day = lambda n: (dt.date.today() + dt.timedelta(days=n)).isoformat()
    print(f"Starting `{binary} serve` with a throwaway database in {folder}")
    params = StdioServerParameters(command=binary, args=["serve"], env=env)
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        init = await session.initialize()
        print(f"Connected to {init.server_info.name} {init.server_info.version} (protocol {init.protocol_version})")
        tools = (await session.list_tools()).tools
        print(f"{len(tools)} tools: " + ", ".join(tool.name for tool in tools))

        async def call(name, arguments):
            result = await session.call_tool(name, arguments)
            payload = result.structured_content if not result.is_error else {"error": result.content[0].text}
            show(f"{name}({json.dumps(arguments, ensure_ascii=False)})", payload)
            return payload

        stripe = await call("schedule_interview", {
            "company": "Stripe", "role": "Senior Backend Engineer", "type": "technical",
            "start": f"{day(3)}T14:00", "timezone": "America/New_York", "interviewer_name": "Sarah Chen",
            "location": "https://zoom.us/j/12345", "notes": "System design focus"})
        await call("schedule_interview", {
            "company": "Figma", "role": "Frontend Engineer", "type": "phone_screen",
            "start": f"{day(1)}T09:30:00+01:00", "timezone": "Europe/London"})
        await call("schedule_interview", {
            "company": "Stripe", "role": "Senior Backend Engineer", "type": "technical", "start": "2031-03-09T02:30",
            "timezone": "America/New_York"})
        await call("list_interviews", {"limit": 10})
        await call("reschedule_interview", {"interview_id": stripe["id"], "start": f"{day(4)}T10:00", "reason": "Interviewer travelling"})
        await call("save_interview_prep_notes", {"interview_id": stripe["id"], "notes": "## Stories\n- Cut p99 latency 40%"})
        await call("update_interview_status", {"interview_id": stripe["id"], "status": "confirmed"})
        await call("get_upcoming_interviews", {"days": 7})
        await call("get_interview_statistics", {})
        await call("get_interview_timeline", {"interview_id": stripe["id"]})
        packet = (await session.call_tool("get_interview_prep_materials", {"interview_id": stripe["id"]})).structured_content
        show("get_interview_prep_materials (first practice questions)", [q["text"] for q in packet["questions"][:3]])
        await call("analyze_star_answer", {"text": (
            "Last year our checkout slowed to four-second loads during a sale. My task was to find the bottleneck. "
            "I analysed the slow query log, added two missing indexes and batched the cart lookups. "
            "As a result, page load improved by 40%.")})
        await call("send_thank_you_email", {"interview_id": stripe["id"], "talking_points": "scaling the payments ledger",
                                            "candidate_name": "Ada Lovelace"})
        calendar = (await session.call_tool("export_calendar", {})).structured_content
        show("export_calendar (start of the .ics)", calendar["ics"].splitlines()[:12])

        # A timed mock interview: the engine keeps the clock and picks every prompt and follow-up.
        mock = (await session.call_tool("start_mock_interview", {"interview_id": stripe["id"]})).structured_content
        mock_id = mock["state"]["id"]
        show("start_mock_interview (the interviewer reads this out)",
             {"session": mock_id, "schema": mock["state"]["schema_id"], "present_now": mock["state"]["present_now"]["text"]})
        answers = ["I currently lead the payments platform team at my company; I built our ledger service.",
                   "I am interested because I want to work on payments at a larger scale."]
        for number, answer in enumerate(answers, 1):
            step = (await session.call_tool("submit_mock_answer", {
                "session_id": mock_id, "client_message_id": f"m{number}", "message": answer})).structured_content
            show(f"submit_mock_answer({answer!r})", {"outcome": step["outcome"]["note"], "present_now": (step["state"]["present_now"] or {}).get("text"),
                                                     "coverage": step["state"]["current_section"]["coverage"]})
        await session.call_tool("end_mock_interview", {"session_id": mock_id, "client_message_id": "end", "note": "demo"})
        report = (await session.call_tool("get_mock_interview_report", {"session_id": mock_id})).structured_content
        show("get_mock_interview_report (Markdown)", report["markdown"].splitlines()[:14])
    print(f"\nDone. The database is at {env['INTERVIEW_PREP_DB']}; try:\n"
          f"  INTERVIEW_PREP_DB={env['INTERVIEW_PREP_DB']} {binary} interviews list")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
