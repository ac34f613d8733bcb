"""Starts the aiosmtpd test server (smtp_server.py) as a child process and reads what it received."""

import contextlib
import email
import email.policy
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


class MailServer:
    def __init__(self, folder: Path, *options: str):
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "smtp_server.py"), "--folder", str(folder), *options],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        assert line.startswith("PORT "), f"the SMTP server did not start: {line!r}"
        self.port = int(line.split()[1])

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)

    def messages(self):
        """(raw bytes, parsed message, envelope) for every accepted message, oldest first."""
        result = []
        for eml in sorted(self.folder.glob("*.eml")):
            raw = eml.read_bytes()
            result.append((raw, email.message_from_bytes(raw, policy=email.policy.default),
                           json.loads(eml.with_suffix(".json").read_text())))
        return result


@contextlib.contextmanager
def mail_server(folder: Path, *options: str):
    server = MailServer(folder, *options)
    try:
        yield server
    finally:
        server.stop()


def self_signed_certificate(folder: Path):
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


def smtp_env(env: dict, port: int, scheme: str = "smtp", **extra) -> dict:
    result = dict(env, INTERVIEW_PREP_SMTP_URL=f"{scheme}://127.0.0.1:{port}", INTERVIEW_PREP_CANDIDATE_EMAIL="ada@example.com",
                  INTERVIEW_PREP_CANDIDATE_NAME="Ada Lovelace", INTERVIEW_PREP_MAIL_FROM="ada@example.com")
    result.update({key: value for key, value in extra.items()})
    return result
