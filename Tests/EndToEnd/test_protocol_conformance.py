"""The protocol's edges on the raw wire, against the real binary: what may come before initialize,
error codes, invalid requests and ids, batches per version, cancellation, huge lines, cursors,
completion, and the stateless 2026-07-28 revision."""

import json
import queue
import random
import subprocess
import threading
from pathlib import Path

import pytest
from conftest import count_rows
from mailserver import mail_server, smtp_env

STATELESS_META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}


def initialize(version="2025-11-25", request_id=0):
    return {"jsonrpc": "2.0", "id": request_id, "method": "initialize",
            "params": {"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}


def request(request_id, method, params=None):
    message = {"jsonrpc": "2.0", "id": request_id, "method": method}
    if params is not None:
        message["params"] = params
    return message


def call(request_id, name, arguments, meta=None):
    params = {"name": name, "arguments": arguments}
    if meta:
        params["_meta"] = meta
    return request(request_id, "tools/call", params)


SCHEDULE = {"company": "Acme", "role": "Engineer", "type": "technical", "start": "2031-03-04T10:00"}


def exchange(binary, env, lines):
    """Sends every line, closes stdin, and returns every line written to stdout, parsed."""
    payload = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    completed = subprocess.run([binary, "serve"], env=env, input=payload.encode(), capture_output=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    return [json.loads(line) for line in completed.stdout.splitlines()]


def by_id(messages):
    return {message["id"]: message for message in messages if isinstance(message, dict) and "id" in message}


class RawServer:
    """The server on pipes, read line by line: for exchanges where what comes next depends on timing."""

    def __init__(self, binary, env):
        self.process = subprocess.Popen([binary, "serve"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(json.loads(line))
        self.lines.put(None)

    def send(self, message):
        self.process.stdin.write((message if isinstance(message, str) else json.dumps(message)).encode() + b"\n")
        self.process.stdin.flush()

    def next(self, timeout=30):
        return self.lines.get(timeout=timeout)

    def close(self):
        """Closes stdin and returns everything written after what was already read."""
        self.process.stdin.close()
        rest = []
        while (line := self.next()) is not None:
            rest.append(line)
        assert self.process.wait(timeout=30) == 0
        return rest


def test_before_initialize_only_ping_and_discovery_are_served_and_nothing_is_written(binary, env, db_path):
    replies = by_id(exchange(binary, env, [
        call(1, "schedule_interview", SCHEDULE), request(2, "tools/list"), request(3, "resources/list"),
        request(4, "ping"), request(5, "server/discover"), initialize(request_id=6),
        {"jsonrpc": "2.0", "method": "notifications/initialized"}, request(7, "tools/list"),
    ]))
    for refused in (1, 2, 3):
        assert replies[refused]["error"]["code"] == -32600 and "initialize" in replies[refused]["error"]["message"]
    assert replies[4]["result"] == {}
    assert "2026-07-28" in replies[5]["result"]["supportedVersions"]
    assert replies[6]["result"]["protocolVersion"] == "2025-11-25"
    assert len(replies[7]["result"]["tools"]) > 0
    assert count_rows(db_path, "interviews") == 0


@pytest.mark.parametrize("message, field", [
    (request(1, "logging/setLevel", {"level": "verbose"}), "level"),
    (request(1, "resources/read", {}), "params.uri"),
    (request(1, "tools/list", []), "params"),
    (request(1, "tools/list", {"cursor": "garbage"}), "cursor"),
    (request(1, "prompts/get", {"name": "draft_thank_you", "arguments": {"interview_id": 7}}), "params.arguments.interview_id"),
    (request(1, "completion/complete", {"ref": {"type": "ref/nothing"}, "argument": {"name": "x", "value": ""}}), "params.ref.type"),
    (request(1, "tools/call", {"name": "get_interview", "arguments": "int_1"}), "params.arguments"),
    (request(1, "initialize", {"protocolVersion": "2025-11-25", "capabilities": []}), "params.capabilities"),
])
def test_bad_params_are_invalid_params_naming_the_field(binary, env, message, field):
    replies = by_id(exchange(binary, env, [initialize(), message]))
    error = replies[1]["error"]
    assert error["code"] == -32602, error
    assert field in error["message"]
    assert "data isn" not in error["message"]  # no Foundation decoding text


@pytest.mark.parametrize("message", [
    request(1, "initialize"),
    request(1, "initialize", {"capabilities": {}, "clientInfo": {"name": "x", "version": "1"}}),
])
def test_initialize_without_params_or_protocol_version_is_invalid_params(binary, env, message):
    replies = by_id(exchange(binary, env, [message, request(2, "ping")]))
    assert replies[1]["error"]["code"] == -32602 and "protocolVersion" in replies[1]["error"]["message"]
    assert replies[2]["result"] == {}


@pytest.mark.parametrize("line", [
    '{"id": 1, "method": "ping"}', '{"jsonrpc": "1.0", "id": 1, "method": "ping"}', '{"jsonrpc": "2.0", "id": 1, "method": 5}',
    '{"jsonrpc": "2.0", "id": null, "method": "ping"}', '{"jsonrpc": "2.0", "id": 4.5, "method": "ping"}',
    '{"jsonrpc": "2.0", "id": true, "method": "ping"}', '{"jsonrpc": "2.0", "id": {"a": 1}, "method": "ping"}',
    '{"jsonrpc": "2.0", "id": 1}', '42', '"text"',
])
def test_an_invalid_request_gets_one_invalid_request_error_with_id_null(binary, env, line):
    messages = exchange(binary, env, [initialize(), line])
    assert len(messages) == 2
    assert messages[1] == {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": messages[1]["error"]["message"]}}


def test_a_tool_call_with_a_null_id_does_not_run(binary, env, db_path):
    messages = exchange(binary, env, [initialize(), {"jsonrpc": "2.0", "id": None, "method": "tools/call", "params": {"name": "schedule_interview", "arguments": SCHEDULE}}])
    assert messages[1]["id"] is None and messages[1]["error"]["code"] == -32600
    assert count_rows(db_path, "interviews") == 0


def expected_reply(line: str):
    """What JSON-RPC and MCP say one line gets: ('id', id) for a request, ('null',) for an error
    with id null, None for nothing (a notification or a response)."""
    try:
        message = json.loads(line)
    except ValueError:
        return ("null",)
    if isinstance(message, list):
        return ("batch",)
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
        return ("null",)
    if "method" not in message:
        return None if "id" in message and ("result" in message or "error" in message) else ("null",)
    if not isinstance(message["method"], str):
        return ("null",)
    if "id" not in message:
        return None
    request_id = message["id"]
    if isinstance(request_id, bool) or not isinstance(request_id, (str, int)):
        return ("null",)
    if isinstance(request_id, int) and not -2**63 <= request_id < 2**63:
        return ("null",)  # an integer id must fit in 64 bits
    return ("id", request_id)


def mutations(rng: random.Random, count: int):
    """Valid read requests, broken in every way a fuzzer would: types swapped, members dropped, truncated."""
    bases = [request(0, "ping"), request(0, "tools/list"), call(0, "get_interview", {"interview_id": "int_1"}),
             call(0, "get_interview_statistics", {}), request(0, "no/such/method"), {"jsonrpc": "2.0", "method": "notifications/progress"}]
    odd_values = [None, True, False, 4.5, -1, 0, "", "x" * 40, [], {}, {"a": 1}, [1, 2], "1e3", 10**20]
    for index in range(count):
        message = json.loads(json.dumps(rng.choice(bases)))
        if "id" in message or rng.random() < 0.2:
            message["id"] = rng.choice([index + 1, f"r{index}", rng.choice(odd_values)])
        for _ in range(rng.randint(0, 2)):
            key = rng.choice(["jsonrpc", "method", "params", "id", "result"])
            action = rng.random()
            if action < 0.4:
                message.pop(key, None)
            else:
                message[key] = rng.choice(odd_values)
        line = json.dumps(message)
        if rng.random() < 0.05:
            line = line[: rng.randint(0, len(line))]
        yield line


def test_fuzzed_lines_each_get_exactly_the_reply_the_rules_say_and_never_a_made_up_id(binary, env):
    lines = [line for line in mutations(random.Random(20261130), 3000) if line.strip()]
    messages = exchange(binary, env, [initialize()] + lines)[1:]
    expected = [expected_reply(line) for line in lines]
    assert ("batch",) not in expected
    expected_ids = sorted(json.dumps(reply[1]) for reply in expected if reply and reply[0] == "id")
    got_ids = sorted(json.dumps(message["id"]) for message in messages if message.get("id") is not None)
    assert got_ids == expected_ids
    assert sum(1 for message in messages if message.get("id") is None) == sum(1 for reply in expected if reply == ("null",))
    assert all("result" in message or "error" in message for message in messages)


def test_batches_follow_json_rpc_under_the_versions_that_have_them(binary, env, db_path):
    messages = exchange(binary, env, [
        initialize("2025-03-26"), "[]", "[1, 2]",
        [request(1, "ping"), {"jsonrpc": "2.0", "method": "notifications/initialized"}, call(2, "get_interview_statistics", {})],
        [initialize("2025-03-26", request_id=3)],
        [{"jsonrpc": "2.0", "method": "notifications/initialized"}],
        [call(4, "schedule_interview", SCHEDULE), request(5, "no/such")],
    ])
    assert messages[0]["result"]["protocolVersion"] == "2025-03-26"
    assert messages[1]["id"] is None and messages[1]["error"]["code"] == -32600  # [] is one error, not an array
    assert [(reply["id"], reply["error"]["code"]) for reply in messages[2]] == [(None, -32600), (None, -32600)]
    assert [reply["id"] for reply in messages[3]] == [1, 2] and messages[3][0]["result"] == {}
    assert messages[4][0]["id"] == 3 and messages[4][0]["error"]["code"] == -32600  # initialize may not be batched
    # the all-notification batch got nothing; the last batch ran its call and refused the unknown method
    assert [reply["id"] for reply in messages[5]] == [4, 5] and messages[5][1]["error"]["code"] == -32601
    assert len(messages) == 6 and count_rows(db_path, "interviews") == 1


@pytest.mark.parametrize("version", ["2025-06-18", "2025-11-25"])
def test_batches_are_refused_whole_under_the_versions_that_removed_them(binary, env, db_path, version):
    messages = exchange(binary, env, [initialize(version), [call(1, "schedule_interview", SCHEDULE), request(2, "ping")]])
    assert len(messages) == 2
    assert messages[1]["id"] is None and messages[1]["error"]["code"] == -32600 and version in messages[1]["error"]["message"]
    assert count_rows(db_path, "interviews") == 0


def test_a_batch_before_initialize_is_refused(binary, env):
    messages = exchange(binary, env, [[initialize()], request(1, "ping")])
    assert messages[0]["id"] is None and messages[0]["error"]["code"] == -32600
    assert messages[1] == {"jsonrpc": "2.0", "id": 1, "result": {}}


def test_a_cancelled_email_send_stops_before_the_message_is_handed_over_and_gets_no_reply(binary, env, tmp_path, db_path):
    with mail_server(tmp_path / "mail", "--delay-before-rcpt", "20") as server:
        raw = RawServer(binary, smtp_env(env, server.port))
        raw.send(initialize())
        assert raw.next()["id"] == 0
        raw.send(call(1, "schedule_interview", dict(SCHEDULE, interviewer_name="Grace Hopper", interviewer_email="grace@example.com")))
        assert raw.next()["id"] == 1
        raw.send(call(2, "send_thank_you_email", {"interview_id": "int_1", "send": True, "talking_points": "the design review"}))
        raw.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 2, "reason": "user changed their mind"}})
        raw.send(request(3, "ping"))
        assert raw.next() == {"jsonrpc": "2.0", "id": 3, "result": {}}
        # Had the send gone on, its reply would come once the server answered (20 s later), and
        # closing would wait for it; it comes not at all, and nothing was recorded or delivered.
        assert raw.close() == []
        assert server.messages() == []
    assert count_rows(db_path, "outbox") == 0


def test_a_line_over_the_limit_is_refused_without_ending_the_connection(binary, env):
    huge = json.dumps(call(1, "save_interview_prep_notes", {"interview_id": "int_1", "notes": "x" * (9 * 1024 * 1024)}))
    long_but_allowed = json.dumps(call(2, "save_interview_prep_notes", {"interview_id": "int_1", "notes": "y" * (6 * 1024 * 1024)}))
    messages = exchange(binary, env, [initialize(), huge, long_but_allowed, request(3, "ping")])
    assert messages[1]["id"] is None and messages[1]["error"]["code"] == -32600 and "8 MiB" in messages[1]["error"]["message"]
    replies = by_id(messages)
    assert replies[2]["result"]["isError"]  # read whole; refused by the 1 MiB field limit
    assert "1048576" in replies[2]["result"]["content"][0]["text"] or "1 MiB" in replies[2]["result"]["content"][0]["text"]
    assert replies[3] == {"jsonrpc": "2.0", "id": 3, "result": {}}
    assert len(messages) == 4


@pytest.mark.parametrize("template, argument, prefix, expected", [
    ("coaching://question-banks/{role_family}", "role_family", "ba", ["backend_engineer"]),
    ("coaching://tips/{type}", "type", "ph", ["phone_screen"]),
    ("interview://{id}", "id", "int_", ["int_1"]),
    ("job://{id}", "id", "job", ["job_1"]),
])
def test_resource_templates_complete_their_variables(binary, env, template, argument, prefix, expected):
    raw = RawServer(binary, env)
    raw.send(initialize())
    raw.send(call(1, "schedule_interview", SCHEDULE))
    assert raw.next()["id"] == 0 and raw.next()["id"] == 1
    raw.send(request(2, "completion/complete", {"ref": {"type": "ref/resource", "uri": template}, "argument": {"name": argument, "value": prefix}}))
    assert raw.next()["result"]["completion"]["values"] == expected
    assert raw.close() == []


def test_stateless_requests_need_no_handshake_and_carry_the_revisions_result_fields(binary, env, db_path):
    replies = by_id(exchange(binary, env, [
        request(1, "server/discover", {"_meta": STATELESS_META}),
        call(2, "schedule_interview", SCHEDULE, meta=STATELESS_META),
        request(3, "tools/list", {"_meta": STATELESS_META}),
        call(4, "schedule_interview", dict(SCHEDULE, start="2031-05-05T10:00"), meta=dict(STATELESS_META, **{"io.modelcontextprotocol/protocolVersion": "2099-01-01"})),
        call(5, "get_interview", {"interview_id": "int_1"}, meta={"io.modelcontextprotocol/protocolVersion": "2026-07-28"}),
        request(6, "ping", {"_meta": STATELESS_META}),
        request(7, "logging/setLevel", {"level": "info", "_meta": STATELESS_META}),
    ]))
    discovered = replies[1]["result"]
    assert discovered["supportedVersions"][0] == "2026-07-28" and "2024-11-05" in discovered["supportedVersions"]
    assert discovered["resultType"] == "complete" and discovered["cacheScope"] == "private" and discovered["ttlMs"] == 0
    assert replies[2]["result"]["resultType"] == "complete" and not replies[2]["result"]["isError"]
    assert replies[3]["result"]["resultType"] == "complete" and "ttlMs" in replies[3]["result"]
    assert replies[4]["error"]["code"] == -32022 and replies[4]["error"]["data"]["requested"] == "2099-01-01"
    assert replies[5]["error"]["code"] == -32602 and "clientCapabilities" in replies[5]["error"]["message"]
    assert replies[6]["error"]["code"] == -32601 and replies[7]["error"]["code"] == -32601  # gone from the revision
    assert count_rows(db_path, "interviews") == 1


def test_a_stateless_request_that_opts_in_gets_its_tool_call_logged(binary, env):
    meta = dict(STATELESS_META, **{"io.modelcontextprotocol/logLevel": "info"})
    messages = exchange(binary, env, [call(1, "get_interview_statistics", {}, meta=meta), call(2, "get_interview_statistics", {}, meta=STATELESS_META)])
    logs = [message for message in messages if message.get("method") == "notifications/message"]
    assert len(logs) == 1
    assert logs[0]["params"]["data"]["tool"] == "get_interview_statistics" and logs[0]["params"]["data"]["outcome"] == "ok"


def write_config(env, settings):
    folder = Path(env["XDG_CONFIG_HOME"]) / "interview-prep"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(settings))


def test_tool_groups_switched_off_in_the_configuration_are_not_listed_and_switching_them_on_is_announced(binary, env):
    write_config(env, {"tool_groups": {"mail": False, "mock_interviews": False}})
    raw = RawServer(binary, env)
    raw.send(initialize())
    assert raw.next()["result"]["capabilities"]["tools"]["listChanged"] is True
    raw.send(request(1, "tools/list"))
    names = {tool["name"] for tool in raw.next()["result"]["tools"]}
    assert "schedule_interview" in names and "get_pipeline" in names
    assert not any(name.startswith("send_") or "mock" in name for name in names)
    raw.send(request(2, "prompts/list"))
    assert {prompt["name"] for prompt in raw.next()["result"]["prompts"]} == {"prepare_for_interview", "practice_behavioral_question"}
    raw.send(call(3, "send_thank_you_email", {"interview_id": "int_1"}))
    assert raw.next()["error"]["code"] == -32602

    write_config(env, {"tool_groups": {"mock_interviews": False}})
    announced = {raw.next()["method"], raw.next()["method"]}
    assert announced == {"notifications/tools/list_changed", "notifications/prompts/list_changed"}
    raw.send(request(4, "tools/list"))
    names = {tool["name"] for tool in raw.next()["result"]["tools"]}
    assert "send_thank_you_email" in names and "start_mock_interview" not in names
    assert raw.close() == []


def test_an_unknown_tool_group_stops_the_server_with_a_message_naming_the_groups(binary, env):
    write_config(env, {"tool_groups": {"email": False}})
    completed = subprocess.run([binary, "serve"], env=env, input=b"", capture_output=True, timeout=30)
    assert completed.returncode == 1 and completed.stdout == b""
    assert b"tool_groups.email is not a tool group; allowed: scheduling, pipeline, coaching, mail, mock_interviews" in completed.stderr
