"""Writes scripts/link-order.txt: the binary's functions that an MCP session runs, in the order
callgrind first meets them, for lld's --symbol-ordering-file (see scripts/build-release.sh).

Usage: link_order.py COMMAND PROFILE BINARY_NAME OUTPUT
COMMAND runs the binary under `valgrind --tool=callgrind`, writing PROFILE; the session schedules,
reads, lists and changes interviews like a client. BINARY_NAME ends the binary's path in PROFILE.
"""

import datetime as dt
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from bench import TYPES, RawServer  # noqa: E402


def run_session(command, folder):
    env = {"HOME": folder, "PATH": os.environ.get("PATH", ""), "INTERVIEW_PREP_DB": os.path.join(folder, "profile.sqlite"),
           "XDG_CONFIG_HOME": os.path.join(folder, "config"), "INTERVIEW_PREP_TIMEZONE": "America/New_York"}
    server = RawServer(command, env)
    server.initialize()
    for method in ["tools/list", "resources/list", "resources/templates/list", "prompts/list"]:
        server.request(method, {})
    now = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
    for index in range(12):
        server.call("schedule_interview", {
            "company": f"Company {index % 3}", "role": "Backend Engineer", "type": TYPES[index % len(TYPES)],
            "start": (now + dt.timedelta(hours=7 * index - 20)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "timezone": "America/New_York", "interviewer_name": "Alex Example", "location": "https://meet.example.com/abc"})
    for _ in range(3):
        server.call("get_upcoming_interviews", {})
        server.call("get_interview", {"interview_id": "int_3"})
    server.call("list_interviews", {})
    server.call("get_interviews_by_job", {"job_id": "job_1"})
    server.call("get_interview_statistics", {})
    server.call("update_interview_status", {"interview_id": "int_4", "status": "confirmed"})
    server.call("reschedule_interview", {"interview_id": "int_5", "start": (now + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")})
    server.call("save_interview_prep_notes", {"interview_id": "int_3", "notes": "# Plan\n- STAR stories"})
    server.call("get_interview_prep_notes", {"interview_id": "int_3"})
    server.call("get_interview_timeline", {"interview_id": "int_3"})
    # The rest of a client's everyday session (the benchmark's): pipeline, coaching and lists.
    for name, arguments in [
        ("list_jobs", {"limit": 20}), ("get_next_actions", {}), ("get_pipeline", {"job_id": "job_1"}),
        ("list_interviews", {"limit": 25, "company": "Company 1"}), ("get_interview_prep_materials", {"interview_id": "int_3"}),
        ("get_prep_checklist", {"interview_id": "int_3"}), ("get_interview_questions", {"role_family": "backend_engineer", "count": 5}),
        ("get_interview_tips", {"type": "technical"}), ("get_company_research_template", {"company": "Company 1"}),
    ]:
        server.call(name, arguments)
    server.request("resources/read", {"uri": "interview://int_3"})
    server.send("tools/call", {"name": "get_interview", "arguments": {"interview_id": "int_999999"}})
    server.close()


def functions_run(profile, binary_name):
    """Function names of `binary_name` in a callgrind profile, in the order they first appear."""
    objects, functions, order, seen = {}, {}, [], set()
    current_object = called_object = None

    def name(table, text):
        match = re.match(r"\((\d+)\)(?: (.*))?", text)
        if not match:
            return text
        if match.group(2) is not None:
            table[match.group(1)] = match.group(2)
        return table.get(match.group(1))

    def add(function, obj):
        function = re.sub(r"'\d+$", "", function or "")  # callgrind marks recursion levels
        if obj and obj.endswith(binary_name) and function and not function.startswith(("0x", "(below")) and function not in seen:
            seen.add(function)
            order.append(function)

    for line in open(profile, errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("ob="):
            current_object, called_object = name(objects, line[3:]), None
        elif line.startswith("cob="):
            called_object = name(objects, line[4:])
        elif line.startswith("fn="):
            add(name(functions, line[3:]), current_object)
            called_object = None
        elif line.startswith("cfn="):
            add(name(functions, line[4:]), called_object or current_object)
            called_object = None
    return order


def main(command, profile, binary_name, output):
    run_session(command, tempfile.mkdtemp(prefix="interview-prep-profile-"))
    order = functions_run(profile, binary_name)
    with open(output, "w") as out:
        out.write("\n".join(order) + "\n")
    print(f"{output}: {len(order)} functions", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:5])
