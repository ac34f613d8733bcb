"""Raw JSON-RPC lines on the real binary's stdin: malformed input, EOF with work in flight, stdout hygiene."""

import json
import os
import subprocess

import pytest
from conftest import count_rows

INITIALIZE = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}


def exchange(binary, env, lines, trailing_newline=True):
    """Sends every line, closes stdin, and returns the replies by id plus stdout's lines."""
    payload = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    if trailing_newline:
        payload += "\n"
    completed = subprocess.run([binary, "serve"], env=env, input=payload, capture_output=True, text=True, timeout=30)
    assert completed.returncode == 0, completed.stderr
    stdout_lines = completed.stdout.splitlines()
    messages = [json.loads(line) for line in stdout_lines]  # every stdout line must be JSON
    assert all(message.get("jsonrpc") == "2.0" for message in messages)
    return {message.get("id"): message for message in messages if "id" in message}, messages


def call(request_id, name, arguments):
    return {"jsonrpc": "2.0", "id": request_id, "method": "tools/call", "params": {"name": name, "arguments": arguments}}


def test_garbage_and_wrong_shapes_are_answered_and_the_server_keeps_serving(binary, env):
    replies, messages = exchange(binary, env, [
        INITIALIZE, INITIALIZED, "this is not json", "[1, 2", "42",
        {"jsonrpc": "2.0", "id": 1, "method": "no/such/method"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "get_interview", "arguments": "int_1"}},
        {"jsonrpc": "2.0", "id": 3, "method": "ping"},
    ])
    null_id_errors = [m["error"]["code"] for m in messages if m.get("id") is None and "error" in m]
    assert sorted(null_id_errors) == [-32700, -32700, -32600]
    assert replies[1]["error"]["code"] == -32601
    assert replies[2]["error"]["code"] == -32602 and "arguments" in replies[2]["error"]["message"]
    assert replies[3]["result"] == {}


@pytest.mark.parametrize("attempt", range(10))
def test_every_reply_is_delivered_when_stdin_closes_right_after_the_requests(binary, env, attempt):
    requests = [INITIALIZE, INITIALIZED, {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}]
    for index in range(2, 12):
        requests.append(call(index, "schedule_interview", {
            "company": f"Company {index}", "role": "Engineer", "type": "technical", "start": f"2031-02-{index:02d}T10:00",
        }))
    requests += [call(12, "get_interview_statistics", {}), {"jsonrpc": "2.0", "id": 13, "method": "ping"}]
    replies, _ = exchange(binary, env, requests)
    assert sorted(key for key in replies if key is not None) == list(range(0, 14))
    assert all("result" in replies[i] and not replies[i]["result"].get("isError") for i in range(2, 12))


def test_the_session_ends_with_the_write_ahead_log_folded_into_the_database(binary, env, db_path):
    replies, _ = exchange(binary, env, [
        INITIALIZE, INITIALIZED,
        call(1, "schedule_interview", {"company": "Acme", "role": "Engineer", "type": "technical", "start": "2031-03-04T10:00"}),
        call(2, "get_upcoming_interviews", {"days": 30}),
    ])
    assert not replies[1]["result"]["isError"]
    # The next process opens a file with nothing to replay, and the interview is in the file itself.
    assert not os.path.exists(db_path + "-wal") or os.path.getsize(db_path + "-wal") == 0
    assert count_rows(db_path, "interviews") == 1


def test_a_last_line_without_a_newline_is_still_answered(binary, env):
    replies, _ = exchange(binary, env, [INITIALIZE, INITIALIZED, {"jsonrpc": "2.0", "id": 9, "method": "ping"}], trailing_newline=False)
    assert replies[9]["result"] == {}


def test_nothing_but_protocol_reaches_stdout_even_with_debug_logging(binary, env):
    noisy = dict(env, INTERVIEW_PREP_LOG_LEVEL="trace")
    completed = subprocess.run(
        [binary, "serve"], env=noisy, capture_output=True, text=True, timeout=30,
        input="\n".join(json.dumps(m) for m in [INITIALIZE, INITIALIZED, call(1, "get_interview", {"interview_id": "int_1"})]) + "\n")
    for line in completed.stdout.splitlines():
        assert json.loads(line)["jsonrpc"] == "2.0"
    assert "interview-prep" in completed.stderr  # the logs went to stderr
