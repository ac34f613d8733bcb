"""Benchmark of `interview-prep reminders run` (figures, not assertions).

Plans 100,000 reminders for 10,000 interviews (one due per interview at the chosen instant),
reports the query plan and time of finding the due ones, then sends the 10,000 due reminders
to a local aiosmtpd over one reused connection: messages per second and peak memory.
The fixture rows are written with sqlite3 into the schema the binary created: this measures
the run, not scheduling.
"""

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "EndToEnd"))
from mailserver import mail_server, smtp_env  # noqa: E402

INTERVIEWS = int(os.environ.get("BENCH_INTERVIEWS", "10000"))
PER_INTERVIEW = 10
AT = "2027-06-01T12:00:00Z"
DUE_QUERY = ("SELECT * FROM reminders WHERE status = 'pending' AND due_at <= ? "
             "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY due_at, id")


def main(binary):
    folder = Path(tempfile.mkdtemp(prefix="interview-prep-bench-reminders-"))
    env = {"HOME": str(folder), "PATH": os.environ.get("PATH", ""), "INTERVIEW_PREP_DB": str(folder / "bench.sqlite"),
           "XDG_CONFIG_HOME": str(folder / "config"), "INTERVIEW_PREP_TIMEZONE": "UTC"}
    subprocess.run([binary, "stats"], env=env, check=True, capture_output=True)
    db = sqlite3.connect(env["INTERVIEW_PREP_DB"])
    stamp = "2027-05-01 00:00:00.000"
    with db:
        db.execute("INSERT INTO jobs (company, role, role_family, created_at, updated_at) VALUES ('Bench Co', 'Engineer', 'backend_engineer', ?, ?)", (stamp, stamp))
        for index in range(INTERVIEWS):
            # Interviews start 1 to 3 days after AT; reminder 0 of each is due at AT, the others later.
            start = f"2027-06-0{2 + index % 2} {index % 24:02d}:{index % 60:02d}:00.000"
            cursor = db.execute(
                "INSERT INTO interviews (job_id, type, start_at, time_zone, duration_minutes, status, preparation_complete, created_at, updated_at) "
                "VALUES (1, 'technical', ?, 'America/New_York', 60, 'scheduled', 0, ?, ?)", (start, stamp, stamp))
            interview = cursor.lastrowid
            rows = [(interview, 48 - k, "2027-06-01 11:00:00.000" if k == 0 else f"2027-06-01 {12 + k}:30:00.000", stamp, stamp)
                    for k in range(PER_INTERVIEW)]
            db.executemany("INSERT INTO reminders (interview_id, hours_before, due_at, status, attempts, created_at, updated_at) "
                           "VALUES (?, ?, ?, 'pending', 0, ?, ?)", rows)
    planned = db.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]
    print(f"planned reminders: {planned} for {INTERVIEWS} interviews")
    plan = db.execute("EXPLAIN QUERY PLAN " + DUE_QUERY, ("2027-06-01 12:00:00.000",) * 2).fetchall()
    print("query plan of the due query: " + " | ".join(row[-1] for row in plan))
    started = time.perf_counter()
    for _ in range(20):
        due = db.execute(DUE_QUERY, ("2027-06-01 12:00:00.000",) * 2).fetchall()
    print(f"finding the {len(due)} due among {planned}: {(time.perf_counter() - started) / 20 * 1000:.1f} ms")
    db.close()

    started = time.perf_counter()
    dry = subprocess.run([binary, "reminders", "run", "--dry-run", "--at", AT, "--json"], env=env, capture_output=True, text=True)
    print(f"dry run (claim logic, {len(json.loads(dry.stdout)['sent'])} would be sent): {time.perf_counter() - started:.2f} s")

    with mail_server(folder / "mail") as server:
        smtp = smtp_env(env, server.port)
        started = time.perf_counter()
        run = subprocess.run([binary, "reminders", "run", "--at", AT, "--json"], env=smtp, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        summary = json.loads(run.stdout)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        received = len(list((folder / "mail").glob("*.eml")))
    print(f"sent {len(summary['sent'])} (server received {received}) in {elapsed:.1f} s: "
          f"{len(summary['sent']) / elapsed:.0f} messages/s over one connection; failures: {len(summary['failed']) + len(summary['retrying'])}")
    print(f"peak RSS of the largest child process (the run or the dry run): {peak / 1024:.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
