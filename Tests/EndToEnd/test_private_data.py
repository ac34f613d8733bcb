"""Your data exactly as you gave it, and only for you: verbatim text on every surface, private output
files, headers that cannot be bent. Through the real binary, the real SQLite file and a real SMTP server."""

import email
import email.header
import email.policy
import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import cli_json, count_rows, error_text, mcp_session, run_cli, structured
from mailserver import mail_server, smtp_env

LIMIT = 1_048_576  # FreeText.maxBytes: the one limit of every free text, on every surface

NOTES = {
    "surrounding_blank_lines": "\n\n   # Prep\n\n- STAR stories  \n\n\n",
    "byte_order_mark": "\ufeff# Notes that start with a BOM\r\nand CRLF line ends\r\n",
    "bare_data_url": "data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==",
    "one_mebibyte": ("x" * 1023 + "\n") * 1024,
}


def add_interview(binary, env, company="Stripe"):
    return cli_json(binary, env, "interviews", "add", "--company", company, "--role", "Backend Engineer",
                    "--type", "technical", "--start", "2031-03-10T09:00")["id"]


@pytest.mark.parametrize("name", NOTES)
def test_notes_round_trip_byte_for_byte_through_the_cli_export_and_import(binary, env, tmp_path, name):
    notes = NOTES[name]
    interview = add_interview(binary, env)
    saved = run_cli(binary, env, "interviews", "notes", interview, "--replace", "-", "--json", stdin=notes)
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout)["markdown"] == notes
    assert cli_json(binary, env, "interviews", "notes", interview)["markdown"] == notes
    shown = subprocess.run([binary, "interviews", "notes", interview], env=env, capture_output=True, timeout=60)
    assert shown.stdout == notes.encode() + b"\n"  # the text as is, then the line end of the output

    exported = tmp_path / "export.json"
    assert run_cli(binary, env, "export", "--out", str(exported)).returncode == 0
    restored = dict(env, INTERVIEW_PREP_DB=str(tmp_path / "restored.sqlite"))
    assert run_cli(binary, restored, "import", "json", str(exported)).returncode == 0
    assert cli_json(binary, restored, "interviews", "notes", interview)["markdown"] == notes


@pytest.mark.anyio
@pytest.mark.parametrize("name", NOTES)
async def test_notes_round_trip_byte_for_byte_through_mcp_and_the_resource(binary, env, name):
    notes = NOTES[name]
    async with mcp_session(binary, env) as session:
        interview = structured(await session.call_tool("schedule_interview", {
            "company": "Stripe", "role": "Backend Engineer", "type": "technical", "start": "2031-03-10T09:00", "notes": notes}))
        assert structured(await session.call_tool("get_interview", {"interview_id": interview["id"]}))["notes"] == notes
        saved = structured(await session.call_tool("save_interview_prep_notes", {
            "interview_id": interview["id"], "notes": notes, "mode": "replace"}))
        assert saved["markdown"] == notes
        read = structured(await session.call_tool("get_interview_prep_notes", {"interview_id": interview["id"]}))
        assert read["markdown"] == notes
        resource = await session.read_resource(f"interview://{interview['id']}/prep-notes")
        assert resource.contents[0].text == notes


def test_seed_import_keeps_notes_byte_for_byte(binary, env, tmp_path):
    seeds = []
    for index, name in enumerate(NOTES):
        seed_id = f"int_seed_{index}"
        seeds.append({"id": seed_id, "company": f"Company {index}", "role": "Engineer", "interview_type": "technical",
                      "scheduled_at": f"2031-04-0{index + 1}T10:00:00", "notes": NOTES[name]})
        (tmp_path / "prep_notes").mkdir(exist_ok=True)
        (tmp_path / "prep_notes" / f"{seed_id}.md").write_bytes(NOTES[name].encode())
    (tmp_path / "interviews.json").write_text(json.dumps({"interviews": seeds}))
    imported = cli_json(binary, env, "import", "seed-json", str(tmp_path / "interviews.json"))
    assert imported["notes_attached"] == len(NOTES)
    for interview, name in zip(imported["imported"], NOTES):
        assert cli_json(binary, env, "interviews", "notes", interview)["markdown"] == NOTES[name]
        assert cli_json(binary, env, "interviews", "show", interview)["notes"] == NOTES[name]


def test_one_byte_over_the_limit_is_refused_with_the_limit_on_every_surface(binary, env, db_path, tmp_path):
    too_long = "x" * (LIMIT + 1)
    interview = add_interview(binary, env)
    events = count_rows(db_path, "events")
    refused = run_cli(binary, env, "interviews", "notes", interview, "--replace", "-", stdin=too_long)
    assert refused.returncode == 1 and "notes" in refused.stderr and "1 MiB" in refused.stderr
    # Standard input far beyond the limit is refused after reading only one byte past it.
    huge = subprocess.run([binary, "interviews", "notes", interview, "--replace", "-"], env=env,
                          input=b"y" * (64 * LIMIT), capture_output=True, timeout=60)
    assert huge.returncode == 1 and b"larger than 1 MiB" in huge.stderr

    (tmp_path / "prep_notes").mkdir()
    (tmp_path / "prep_notes" / "int_big.md").write_text(too_long)
    (tmp_path / "interviews.json").write_text(json.dumps({"interviews": [
        {"id": "int_big", "company": "Big", "role": "Engineer", "interview_type": "technical", "scheduled_at": "2031-04-01T10:00:00"}]}))
    seed = run_cli(binary, env, "import", "seed-json", str(tmp_path / "interviews.json"))
    assert seed.returncode == 1 and "prep_notes/int_big.md" in seed.stderr and "1 MiB" in seed.stderr
    assert count_rows(db_path, "interviews") == 1 and count_rows(db_path, "events") == events


@pytest.mark.anyio
async def test_mcp_refuses_one_byte_over_the_limit_and_writes_nothing(binary, env, db_path):
    async with mcp_session(binary, env) as session:
        interview = structured(await session.call_tool("schedule_interview", {
            "company": "Stripe", "role": "Backend Engineer", "type": "technical", "start": "2031-03-10T09:00"}))
        events = count_rows(db_path, "events")
        text = error_text(await session.call_tool("save_interview_prep_notes", {
            "interview_id": interview["id"], "notes": "é" * (LIMIT // 2) + "x", "mode": "replace"}))
        assert "notes" in text and "1 MiB" in text
        text = error_text(await session.call_tool("save_interview_prep_notes", {
            "interview_id": interview["id"], "notes": "a\u0000b"}))
        assert "notes" in text and "control characters" in text
        assert count_rows(db_path, "events") == events


OUTPUTS = {
    "export_json": lambda out: ["export", "--format", "json", "--out", out],
    "calendar": lambda out: ["calendar", "export", "--out", out],
    "backup": lambda out: ["backup", "--out", out],
    "mock_export": lambda out: ["mock", "export", "mock_1", "--out", out],
}


def prepare_outputs(binary, env):
    add_interview(binary, env)
    assert run_cli(binary, env, "mock", "start", "--schema", "general_software_engineering").returncode == 0


def run_with_umask(binary, env, mask, *args):
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=60,
                          preexec_fn=lambda: os.umask(mask))


@pytest.mark.parametrize("mask", [0o000, 0o022])
@pytest.mark.parametrize("kind", OUTPUTS)
def test_every_output_file_is_private_whatever_the_umask(binary, env, tmp_path, kind, mask):
    prepare_outputs(binary, env)
    out = tmp_path / "new" / "nested" / "output"
    result = run_with_umask(binary, env, mask, *OUTPUTS[kind](str(out)))
    assert result.returncode == 0, result.stderr
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert os.stat(out.parent).st_mode & 0o777 == 0o700 and os.stat(out.parent.parent).st_mode & 0o777 == 0o700
    assert [path.name for path in out.parent.iterdir()] == ["output"]  # no temporary file left behind


@pytest.mark.parametrize("mask", [0o000, 0o022])
def test_a_csv_export_is_a_private_folder_of_private_files(binary, env, tmp_path, mask):
    prepare_outputs(binary, env)
    out = tmp_path / "csv"
    result = run_with_umask(binary, env, mask, "export", "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert os.stat(out).st_mode & 0o777 == 0o700
    files = list(out.iterdir())
    assert len(files) > 10 and all(os.stat(path).st_mode & 0o777 == 0o600 for path in files)
    again = run_cli(binary, env, "export", "--format", "csv", "--out", str(out))
    assert again.returncode == 1 and "already exists; add --force" in again.stderr
    assert run_cli(binary, env, "export", "--format", "csv", "--out", str(out), "--force").returncode == 0


@pytest.mark.parametrize("kind", OUTPUTS)
def test_a_symlinked_out_is_refused_and_its_target_untouched(binary, env, tmp_path, kind):
    prepare_outputs(binary, env)
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link"
    link.symlink_to(target)
    for extra in ([], ["--force"]):
        result = run_cli(binary, env, *OUTPUTS[kind](str(link)), *extra)
        assert result.returncode == 1 and "symbolic link" in result.stderr and "--out" in result.stderr
    assert target.read_text() == "keep me" and link.is_symlink()


@pytest.mark.parametrize("kind", OUTPUTS)
def test_an_existing_file_is_replaced_only_with_force(binary, env, tmp_path, kind):
    prepare_outputs(binary, env)
    out = tmp_path / "existing"
    out.write_text("old")
    os.chmod(out, 0o644)
    refused = run_cli(binary, env, *OUTPUTS[kind](str(out)))
    assert refused.returncode == 1 and "already exists; add --force" in refused.stderr and out.read_text() == "old"
    replaced = run_cli(binary, env, *OUTPUTS[kind](str(out)), "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert out.read_bytes() != b"old" and os.stat(out).st_mode & 0o777 == 0o600


def test_a_kill_during_export_leaves_the_old_file_or_the_new_one_never_half(binary, env, tmp_path):
    for index in range(24):
        interview = add_interview(binary, env, company=f"Company {index}")
        run_cli(binary, env, "interviews", "notes", interview, "--replace", "-", stdin=NOTES["one_mebibyte"])
    out = tmp_path / "export.json"
    out.write_text('{"old": true}')
    complete = None
    for delay in [step * 0.02 for step in range(20)]:
        export = subprocess.Popen([binary, "export", "--out", str(out), "--force"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)  # not waiting for time to pass: choosing where in the export the kill lands
        export.send_signal(signal.SIGKILL)
        export.wait()
        document = json.loads(out.read_text())  # never a half file: always parses
        if document == {"old": True}:
            continue
        assert document["format"] == "interview-prep-export" and len(document["tables"]["interviews"]) == 24
        complete = document
    finished = run_cli(binary, env, "export", "--out", str(out), "--force")
    assert finished.returncode == 0 and json.loads(out.read_text())["tables"]["interviews"]
    assert complete is None or complete["format"] == "interview-prep-export"


# --- Headers that cannot be bent -------------------------------------------------------------

INJECTED = "Jamie\r\nBcc: everyone@example.com"

EMAIL_TOOLS = {
    "send_interview_reminder_email": {},
    "send_thank_you_email": {"talking_points": "scaling the ledger"},
    "send_follow_up_email": {"recipient_name": "Jamie", "to": "jamie@stripe.com"},
    "send_status_update_email": {"recipient_name": "Jamie", "update": "I received an offer.", "to": "jamie@stripe.com",
                                 "deadline": "Friday"},
}

# Every one-line argument of every email tool: it may reach a header (subject, addresses) or a
# greeting; body text (talking points, note, update) may span lines and never reaches a header.
ONE_LINE_ARGUMENTS = {
    "send_interview_reminder_email": ["to", "candidate_name"],
    "send_thank_you_email": ["to", "candidate_name", "interviewer_name"],
    "send_follow_up_email": ["to", "candidate_name", "recipient_name"],
    "send_status_update_email": ["to", "candidate_name", "recipient_name", "deadline"],
}


async def schedule(session, company="Stripe"):
    return structured(await session.call_tool("schedule_interview", {
        "company": company, "role": "Backend Engineer", "type": "technical", "start": "2031-03-10T09:00",
        "timezone": "America/New_York", "interviewer_name": "Sarah Chen", "interviewer_email": "sarah@stripe.com"}))


@pytest.mark.anyio
@pytest.mark.parametrize("tool", EMAIL_TOOLS)
async def test_line_breaks_in_any_one_line_argument_are_refused_and_nothing_is_sent(binary, env, db_path, tmp_path, tool):
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, smtp_env(env, server.port)) as session:
            interview = await schedule(session)
            for argument in ONE_LINE_ARGUMENTS[tool]:
                for breaker in ["\r\n", "\n", "\r"]:
                    value = ("jamie@stripe.com" if argument == "to" else "Jamie") + breaker + "Bcc: everyone@example.com"
                    text = error_text(await session.call_tool(tool, {
                        "interview_id": interview["id"], **EMAIL_TOOLS[tool], argument: value, "send": True}))
                    assert argument in text and ("one line" in text or "line breaks" in text), text
        assert server.messages() == []
    assert count_rows(db_path, "outbox") == 0


@pytest.mark.anyio
async def test_body_text_may_span_lines_but_never_becomes_a_header(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, smtp_env(env, server.port)) as session:
            interview = await schedule(session)
            sent = structured(await session.call_tool("send_follow_up_email", {
                "interview_id": interview["id"], "recipient_name": "Jamie", "to": "jamie@stripe.com",
                "note": "First line.\r\nBcc: everyone@example.com\r\n\r\nSecond paragraph.", "send": True}))
            assert sent["status"] == "sent"
        (raw, message, envelope), = server.messages()
        assert envelope["rcpt_tos"] == ["jamie@stripe.com"] and message["Bcc"] is None
        assert "Bcc: everyone@example.com" in message.get_body(("plain",)).get_content()


@pytest.mark.anyio
async def test_a_stored_company_with_a_line_break_cannot_reach_the_subject(binary, env, tmp_path):
    # A line break can only enter the company through a hand-edited import; the send still refuses it.
    async with mcp_session(binary, env) as session:
        await schedule(session)
    exported = tmp_path / "export.json"
    assert run_cli(binary, env, "export", "--out", str(exported)).returncode == 0
    document = json.loads(exported.read_text())
    document["tables"]["jobs"][0]["company"] = "Stripe\r\nBcc: everyone@example.com"
    exported.write_text(json.dumps(document))
    tampered = dict(env, INTERVIEW_PREP_DB=str(tmp_path / "tampered.sqlite"))
    assert run_cli(binary, tampered, "import", "json", str(exported)).returncode == 0
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, smtp_env(tampered, server.port)) as session:
            text = error_text(await session.call_tool("send_thank_you_email", {"interview_id": "int_1", "send": True}))
            assert "company" in text and "one line" in text
        assert server.messages() == []


def test_a_configured_candidate_name_with_a_line_break_is_refused(binary, env, tmp_path):
    with mail_server(tmp_path / "mail") as server:
        configured = smtp_env(env, server.port, INTERVIEW_PREP_CANDIDATE_NAME="Ada\r\nBcc: everyone@example.com")
        add_interview(binary, configured)
        result = run_cli(binary, configured, "reminders", "run", "--at", "2031-03-08T14:05:00Z")
        assert result.returncode == 1 and "line breaks" in result.stderr
        assert server.messages() == []


LONG_COMPANIES = [
    "Société Générale Investissements Européens et Systèmes d'Information — Zürich Filiale Süd",
    "株式会社グローバルテクノロジーソリューションズ・ホールディングス東京本社",
    "Ünïcödé 🎉 " * 8,
]


@pytest.mark.anyio
@pytest.mark.parametrize("company", LONG_COMPANIES)
async def test_long_non_ascii_headers_are_folded_as_the_rfcs_say(binary, env, tmp_path, company):
    with mail_server(tmp_path / "mail") as server:
        async with mcp_session(binary, smtp_env(env, server.port, INTERVIEW_PREP_CANDIDATE_NAME="Zoë Ångström-Łukasiewicz Ñúñez Þórsdóttir")) as session:
            interview = await schedule(session, company=company.strip())
            for tool in ["send_thank_you_email", "send_interview_reminder_email"]:
                sent = structured(await session.call_tool(tool, {"interview_id": interview["id"], "send": True}))
                assert sent["status"] == "sent"
        messages = server.messages()
        assert len(messages) == 2
        for raw, message, _ in messages:
            header_block = raw.split(b"\r\n\r\n", 1)[0]
            lines = header_block.split(b"\r\n")
            assert all(len(line) <= 78 for line in lines), [line for line in lines if len(line) > 78]
            words = re.findall(rb"=\?[^?]+\?[BbQq]\?[^?]*\?=", header_block)
            assert words and all(len(word) <= 75 for word in words)
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            assert company.strip() in str(parsed["Subject"])
            assert parsed["From"].addresses[0].addr_spec == "ada@example.com"
            # RFC 2047 decoding (white space between adjacent encoded words is dropped); the modern
            # parser's address-list reading puts a space there instead, so the classic API is used.
            raw_from = email.message_from_bytes(raw, policy=email.policy.compat32)["From"]
            assert str(email.header.make_header(email.header.decode_header(raw_from))) == \
                "Zoë Ångström-Łukasiewicz Ñúñez Þórsdóttir <ada@example.com>"
