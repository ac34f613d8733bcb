"""Shared fixtures: the real built binary, a throwaway database and config, an MCP session."""

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft202012Validator
from mcp import ClientSession, StdioServerParameters
from mcp.client.client import Client
from mcp.client.stdio import stdio_client

ROOT = Path(__file__).resolve().parents[2]

# The candidate's zone in every test's environment.
HOME_ZONE = "America/New_York"


def home_today() -> dt.date:
    """Today where the candidate is, as the server counts days. The machine's date (UTC here) is a
    day ahead from 19:00 or 20:00 New York time, which moved "tomorrow" and "in 14 days"."""
    return dt.datetime.now(ZoneInfo(HOME_ZONE)).date()


def binary_path() -> str:
    explicit = os.environ.get("INTERVIEW_PREP_BIN")
    if explicit:
        return explicit
    return str(ROOT / ".build" / "debug" / "interview-prep")


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def binary() -> str:
    path = binary_path()
    assert os.access(path, os.X_OK), f"build the binary first: {path}"
    return path


@pytest.fixture
def env(tmp_path) -> dict:
    """An environment with its own home, data, config and database: nothing leaks between tests."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "INTERVIEW_PREP_DB": str(tmp_path / "interviews.sqlite"),
        "INTERVIEW_PREP_TIMEZONE": HOME_ZONE,
    }


@pytest.fixture
def db_path(env) -> str:
    return env["INTERVIEW_PREP_DB"]


def count_rows(db_path: str, table: str) -> int:
    if not os.path.exists(db_path):
        return 0
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


#: The protocol revisions the core flows run under: the handshake's newest, and the stateless one.
PROTOCOLS = ["2025-11-25", "2026-07-28"]


@pytest.fixture(params=PROTOCOLS)
def protocol(request) -> str:
    return request.param


@contextlib.asynccontextmanager
async def mcp_session(binary: str, env: dict, protocol: str = "2025-11-25"):
    """An MCP session with the official client: initialize-negotiated, or pinned to a stateless
    revision (no handshake: every request carries its version in _meta)."""
    params = StdioServerParameters(command=binary, args=["serve"], env=env)
    if protocol == "2026-07-28":
        async with Client(params, mode=protocol) as client:
            yield client
        return
    with open(os.devnull, "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (read, write):
            async with ClientSession(read, write) as session:
                result = await session.initialize()
                assert result.protocol_version == protocol
                yield session


def structured(result) -> dict:
    assert not result.is_error, result.content[0].text
    text = json.loads(result.content[0].text)
    assert text == result.structured_content, "text block and structuredContent differ"
    return result.structured_content


class CheckedCaller:
    """Calls tools, checks each result against the tool's outputSchema, and remembers which it called."""

    def __init__(self, session, schemas: dict):
        self.session = session
        self.schemas = schemas
        self.called: set[str] = set()

    async def __call__(self, name: str, arguments: dict) -> dict:
        self.called.add(name)
        payload = structured(await self.session.call_tool(name, arguments))
        Draft202012Validator(closed(self.schemas[name])).validate(payload)
        return payload


def closed(schema):
    """`schema` with every object that lists its properties closed to others: the listed schema
    leaves `additionalProperties: false` out to save bytes, but a member the schema does not
    declare is still drift between an output and its declaration, and fails here."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: closed(value) for key, value in schema.items()}
    if "properties" in result and "additionalProperties" not in result:
        result["additionalProperties"] = False
    return result


async def checked_caller(session) -> CheckedCaller:
    return CheckedCaller(session, output_schemas((await session.list_tools()).tools))


def output_schemas(tools) -> dict:
    """Each tool's output schema: its own, or that of the tool its description points to (a shape
    is listed once: "Output: as get_interview.")."""
    own = {tool.name: tool.output_schema for tool in tools if tool.output_schema is not None}
    schemas = {}
    for tool in tools:
        if tool.output_schema is not None:
            schemas[tool.name] = tool.output_schema
        else:
            schemas[tool.name] = own[re.search(r"Output: as (\w+)\.", tool.description).group(1)]
    return schemas


def error_text(result) -> str:
    assert result.is_error, f"expected an error, got {result.structured_content}"
    return result.content[0].text


def run_cli(binary: str, env: dict, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *args], env=env, input=stdin, capture_output=True, text=True, timeout=60)


def cli_json(binary: str, env: dict, *args: str):
    completed = run_cli(binary, env, *args, "--json")
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.fixture
def dashboard(binary, env):
    """The dashboard over this test's database, on a free port."""
    from dashboard_server import start_dashboard, stop_dashboard

    server = start_dashboard(binary, env)
    yield server
    stop_dashboard(server)
