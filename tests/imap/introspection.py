"""A token introspection endpoint (RFC 7662) on 127.0.0.1 for the test Dovecot's oauth2 passdb.

It knows only the tokens a test issued, each for one user; any other token is inactive. It stands
in for an identity provider, never for the IMAP server: Dovecot asks it, the tests talk to Dovecot.
"""

from __future__ import annotations

import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class Introspection:
    """`POST /introspect` with `token=...`: `{"active": true, "username": USER}` or inactive."""

    path = "/introspect"

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()
        self.asked: list[str] = []  # every token Dovecot asked about, in order
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self.path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def issue(self, user: str) -> str:
        """A new access token that is valid for `user` only."""
        token = f"tok-{secrets.token_urlsafe(24)}"
        with self._lock:
            self._tokens[token] = user
        return token

    def answer(self, token: str) -> dict[str, object]:
        with self._lock:
            self.asked.append(token)
            user = self._tokens.get(token)
        return {"active": True, "username": user} if user else {"active": False}


def _handler(introspection: Introspection) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the name http.server dispatches to)
            if self.path != introspection.path:
                self.send_error(404)
                return
            length = int(self.headers.get("Content-Length") or 0)
            form = parse_qs(self.rfile.read(length).decode("ascii", "replace"))
            body = json.dumps(introspection.answer(form.get("token", [""])[0])).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # quiet: pytest shows failures, not every request

    return Handler
