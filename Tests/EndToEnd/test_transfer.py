"""Import from the Python tool, export/import round trip, CSV safety, live backup: through the real CLI."""

import csv
import json
import sqlite3
import subprocess
from pathlib import Path

from conftest import cli_json, count_rows, mcp_session, run_cli

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed" / "interviews.json"


def test_the_seed_tools_interviews_json_imports_once_with_its_notes(binary, env):
    first = cli_json(binary, env, "import", "seed-json", str(FIXTURE), "--timezone", "America/New_York")
    assert len(first["imported"]) == 3 and first["notes_attached"] == 1 and first["already_imported"] == 0
    again = cli_json(binary, env, "import", "seed-json", str(FIXTURE))
    assert again["imported"] == [] and again["already_imported"] == 3
    interviews = cli_json(binary, env, "interviews", "list")["interviews"]
    assert [(i["company"], i["status"]) for i in interviews] == [("Google", "completed"), ("Google", "cancelled"), ("Stripe", "scheduled")]
    google = interviews[0]
    assert google["start"]["local"] == "2026-02-10T14:00:00-05:00" and google["feedback"] == "Strong on system design"
    assert google["preparation_complete"] is True and google["interviewer_name"] == "John Smith"
    assert interviews[0]["job_id"] == interviews[1]["job_id"]  # one Google job
    stripe = interviews[2]
    notes = cli_json(binary, env, "interviews", "notes", stripe["id"])
    assert "idempotency keys" in notes["markdown"]
    timeline = cli_json(binary, env, "interviews", "timeline", stripe["id"])
    assert timeline[0]["type"] == "interview_imported" and timeline[0]["actor"] == "import"
    assert timeline[0]["payload"]["seed_id"] == "int_job_stripe_backend_001_1674345600"


def test_a_bad_seed_file_is_refused_whole(binary, env, db_path, tmp_path):
    broken = json.loads(FIXTURE.read_text())
    broken["interviews"][2]["interview_type"] = "lunch"
    path = tmp_path / "interviews.json"
    path.write_text(json.dumps(broken))
    result = run_cli(binary, env, "import", "seed-json", str(path))
    assert result.returncode == 1 and "interviews[2].interview_type" in result.stderr and "lunch" in result.stderr
    assert count_rows(db_path, "interviews") == 0


def test_json_export_round_trips_exactly(binary, env, tmp_path):
    cli_json(binary, env, "import", "seed-json", str(FIXTURE))
    cli_json(binary, env, "interviews", "add", "--company", "Figma", "--role", "Designer", "--type", "panel", "--start", "2031-05-01T10:00")
    exported = tmp_path / "export.json"
    assert run_cli(binary, env, "export", "--format", "json", "--out", str(exported)).returncode == 0
    other = dict(env, INTERVIEW_PREP_DB=str(tmp_path / "restored.sqlite"))
    restored = run_cli(binary, other, "import", "--format", "json", str(exported))
    assert restored.returncode == 0, restored.stderr
    again = tmp_path / "again.json"
    assert run_cli(binary, other, "export", "--out", str(again)).returncode == 0
    assert json.loads(exported.read_text()) == json.loads(again.read_text())
    refused = run_cli(binary, other, "import", "--format", "json", str(exported))
    assert refused.returncode == 1 and "empty database" in refused.stderr


def test_csv_export_is_rfc4180_and_neutralises_formulas(binary, env, tmp_path):
    cli_json(binary, env, "import", "seed-json", str(FIXTURE))
    out = tmp_path / "csv"
    assert run_cli(binary, env, "export", "--format", "csv", "--out", str(out)).returncode == 0
    raw = (out / "interviews.csv").read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    with open(out / "interviews.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    cancelled = next(row for row in rows if row["status"] == "cancelled")
    assert cancelled["notes"] == "'=HYPERLINK(\"http://evil.example\")"
    assert all(not value.startswith(("=", "+", "@")) for row in rows for value in row.values())
    assert {path.name for path in out.iterdir()} >= {"jobs.csv", "interviews.csv", "events.csv", "reminders.csv"}


def test_backup_copies_the_database_while_the_server_runs(binary, env, tmp_path):
    cli_json(binary, env, "import", "seed-json", str(FIXTURE))
    server = subprocess.Popen([binary, "serve"], env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        backup = tmp_path / "backup.sqlite"
        result = run_cli(binary, env, "backup", "--out", str(backup))
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(backup) as connection:
            assert connection.execute("SELECT COUNT(*) FROM interviews").fetchone()[0] == 3
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert run_cli(binary, env, "backup", "--out", str(backup)).returncode == 1
    finally:
        server.stdin.close()
        server.wait(timeout=10)
