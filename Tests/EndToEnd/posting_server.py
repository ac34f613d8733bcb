"""A local web server of saved-style job posting pages, for the posting import tests."""

import contextlib
import http.server
import threading
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "fixtures" / "postings"
TEN_MB = 10 * 1024 * 1024


class PostingPages(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_body(self, status, content_type, body, length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path in ("/jobs/acme", "/jobs/globex"):
            name = {"/jobs/acme": "acme-backend.html", "/jobs/globex": "globex-data.html"}[path]
            self.send_body(200, "text/html; charset=utf-8", (PAGES / name).read_bytes())
        elif path == "/jobs/moved":
            self.send_response(302)
            self.send_header("Location", "/jobs/acme")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/jobs/loop":
            self.send_response(302)
            self.send_header("Location", "/jobs/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/jobs/huge":
            self.send_body(200, "text/html", b"<html><body>" + b"x" * TEN_MB + b"</body></html>")
        elif path == "/jobs/huge-unannounced":
            # No Content-Length: the size is only known while reading.
            self.send_body(200, "text/html", b"<html><body>" + b"y" * TEN_MB + b"</body></html>", length=False)
        elif path == "/jobs/logo.png":
            self.send_body(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        else:
            self.send_body(404, "text/html", b"<html><body>Not here</body></html>")


@contextlib.contextmanager
def posting_server():
    """Yields the base URL (http://127.0.0.1:PORT) of a server of posting pages."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PostingPages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
