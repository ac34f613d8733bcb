"""The dashboard as tests use it: the real binary started with `dashboard --port 0`, its printed
address read back, and plain HTTP (http.client, so every header is the test's own choice)."""

import contextlib
import http.client
import json
import re
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode()


class Dashboard:
    def __init__(self, process: subprocess.Popen, address: str):
        self.process = process
        self.address = address
        match = re.match(r"http://([^/]+)/\?token=([^&]+)$", address)
        assert match, address
        self.authority = match.group(1)
        self.host, port = self.authority.rsplit(":", 1)
        self.port = int(port)
        self.token = match.group(2)
        self.base = f"http://{self.authority}"

    def request(self, method: str, path: str, body=None, headers: dict | None = None, auth: str = "bearer") -> Reply:
        """A request with the bearer token (auth="bearer"), the session cookie (auth="cookie",
        with this server's Origin on a change unless headers say otherwise) or nothing."""
        sent = {"Host": self.authority}
        if auth == "bearer":
            sent["Authorization"] = f"Bearer {self.token}"
        elif auth == "cookie":
            sent["Cookie"] = f"interview_prep_session={self.token}"
            if method != "GET":
                sent["Origin"] = self.base
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                if value is not None:
                    connection.putheader(name, value)
            if data is not None:
                connection.putheader("Content-Length", str(len(data)))
            connection.endheaders(data)
            response = connection.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            connection.close()

    def get(self, path: str, **options) -> Reply:
        return self.request("GET", path, **options)

    def post(self, path: str, body=None, **options) -> Reply:
        return self.request("POST", path, body if body is not None else {}, **options)


def start_dashboard(binary: str, env: dict, *args: str) -> Dashboard:
    process = subprocess.Popen([binary, "dashboard", "--port", "0", *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Open: "):
            return Dashboard(process, line.removeprefix("Open: ").strip())
    process.wait(timeout=10)
    raise AssertionError("the dashboard did not start: " + "".join(lines) + process.stderr.read())


def stop_dashboard(dashboard: Dashboard):
    dashboard.process.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        dashboard.process.wait(timeout=10)
    if dashboard.process.poll() is None:
        dashboard.process.kill()
