"""A real SMTP server for the tests (aiosmtpd on 127.0.0.1, an ephemeral port).

Saves each accepted message's exact bytes and envelope under --folder (one .eml + one .json).
Can reject recipients with 550, answer 451 to the first N messages, require STARTTLS with a
certificate, require AUTH, wait before answering DATA (to kill a client mid-send), and wait before answering RCPT (to cancel
a send before the message is handed over).
Prints "PORT <n>" on stdout once listening.
"""

import argparse
import asyncio
import json
import socket
import ssl
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.folder = Path(args.folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tempfails_left = args.tempfail

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.delay_before_rcpt:
            await asyncio.sleep(self.args.delay_before_rcpt)
        if address in self.args.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.tempfails_left > 0:
            self.tempfails_left -= 1
            return "451 4.3.0 Try again later"
        if self.args.permfail:
            return "554 5.6.0 Message rejected"
        stamp = f"{time.time_ns()}"
        (self.folder / f"{stamp}.eml").write_bytes(envelope.original_content)
        (self.folder / f"{stamp}.json").write_text(json.dumps({
            "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None, "auth": bool(session.authenticated),
        }))
        if self.args.delay_after_save:
            await asyncio.sleep(self.args.delay_after_save)
        return "250 2.0.0 Message accepted"


def authenticator_for(credentials):
    user, password = credentials.split(":", 1)

    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    return authenticate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", required=True)
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--tempfail", type=int, default=0)
    parser.add_argument("--permfail", action="store_true")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth")
    parser.add_argument("--delay-after-save", type=float, default=0)
    parser.add_argument("--delay-before-rcpt", type=float, default=0)
    args = parser.parse_args()

    kwargs = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        kwargs.update(authenticator=authenticator_for(args.auth), auth_required=True, auth_require_tls=bool(args.cert))
    # aiosmtpd's Controller cannot start on port 0 (it connects to the port to check): find a free one.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(args), hostname="127.0.0.1", port=port, server_hostname="localhost", **kwargs)
    controller.start()
    print(f"PORT {port}", flush=True)
    try:
        sys.stdin.read()  # run until the test closes our stdin
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
