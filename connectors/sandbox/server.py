"""The sandbox HTTP server: one loopback base URL speaking three platforms' wire formats.

Requests are routed by path prefix - ``/vNN.N/…`` to the Facebook Graph API module,
``/2/…`` to X API v2, ``/youtube/v3/…`` to the YouTube Data API - so the real SDKs
(facebook-sdk, tweepy, google-api-python-client) can be pointed at one
``http://127.0.0.1:PORT``. Each request is logged in ``state.calls``, then checked against
the injected faults, then answered from :class:`~connectors.sandbox.state.SandboxState`.

Faults (:meth:`SandboxServer.inject`) are answered the way the real platform fails:

==============  ==================================================================
error           meaning
==============  ==================================================================
rate_limited    throttled: FB code 80001 (or ``rate_limited:4|17|32|613``), X 429
                with ``x-rate-limit-reset``, YouTube 403 ``rateLimitExceeded`` (or
                ``rate_limited:429``)
quota           budget spent: FB code 4 with ``X-App-Usage`` at 100 %, X 429
                ``usage-capped`` without a reset header, YouTube 403 ``quotaExceeded``
auth            token expired: FB 190/463, X 401, YouTube 401 ``authError``
auth_revoked    token revoked: FB 190/460 (or ``auth:<subcode>``), X 401, YouTube 401
forbidden       missing permission: FB 200 (or ``forbidden:10``), X 403
                ``client-forbidden``, YouTube 403 ``forbidden``
server_error    5xx: FB code 2 ``is_transient``, X 503, YouTube 503 ``backendError``;
                ``server_error:html`` is a 502 HTML page from a proxy on any platform
timeout         hold the connection without answering (until ``fault_delay_s``)
disconnect      close the connection without answering
malformed       200 with a truncated JSON body
not_found       FB 100/33, X 404 ``resource-not-found``, YouTube 404 ``commentNotFound``
==============  ==================================================================

What a token is allowed (scopes, Page tasks, token type) is set per account with
:meth:`SandboxServer.grant`; the access-check endpoints report it.

Two private endpoints, ``GET /_sandbox/expected`` and ``POST /_sandbox/release_all``, let a
demo that runs the server in another process read the ground truth; they are not logged.

Command line: ``python -m connectors.sandbox.server --port 8765 --speed 60``.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import signal
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from connectors.sandbox import facebook, x, youtube
from connectors.sandbox.scenario import Scenario, load_scenario
from connectors.sandbox.state import Clock, SandboxState
from monitor.errors import redact

__all__ = ["ERRORS", "Request", "Response", "SandboxServer", "main"]

log = logging.getLogger(__name__)

ERRORS = ("rate_limited", "quota", "auth", "auth_revoked", "forbidden", "server_error", "timeout",
          "disconnect", "malformed", "not_found")
_ALIASES = {"budget_exhausted": "quota", "quota_exceeded": "quota", "auth_expired": "auth",
            "server": "server_error", "malformed_json": "malformed", "rate_limit": "rate_limited"}
JSON_TYPE = "application/json; charset=UTF-8"
_PLATFORMS = {"facebook": facebook, "x": x, "youtube": youtube}
_FB_PREFIX = re.compile(r"^/v\d+\.\d+(?=/)")


@dataclass
class Request:
    """What a platform module sees of one HTTP request."""

    method: str
    path: str  # without the platform's version prefix for Facebook
    query: dict[str, str]
    form: dict[str, str]
    body: bytes
    headers: Any  # email.message.Message: case-insensitive get()
    base_url: str  # http://host:port as the client addressed us
    raw_path: str = ""

    def param(self, name: str, default: str | None = None) -> str | None:
        if name in self.query:
            return self.query[name]
        return self.form.get(name, default)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8") or "null")


@dataclass
class Response:
    status: int
    body: Any = None  # dict/list -> JSON, bytes -> as is, None -> empty
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = JSON_TYPE
    action: str | None = None  # "hang" or "drop" for connection-level faults


@dataclass
class Fault:
    error: str
    variant: str | None
    platform: str | None
    path: re.Pattern[str] | None
    account: str | None
    times: int | None
    rate: float | None
    rng: random.Random
    fired: int = 0

    def matches(self, platform: str, path: str, accounts: set[str]) -> bool:
        if self.platform is not None and self.platform != platform:
            return False
        if self.path is not None and not self.path.search(path):
            return False
        if self.account is not None and self.account not in accounts:
            return False
        return not (self.times is not None and self.fired >= self.times)

    def fires(self) -> bool:
        if self.rate is not None and self.rng.random() >= self.rate:
            return False
        self.fired += 1
        return True


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body go out in separate writes; without TCP_NODELAY each keep-alive
    # response waits ~40 ms for the client's delayed ACK
    disable_nagle_algorithm = True
    server_version = "sandbox"
    sys_version = ""
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        # The request line carries the client's token (Graph sends ?access_token=): the
        # demo runs the sandbox in the worker's process, so it goes to the same log.
        log.debug("sandbox %s - %s", self.address_string(), redact(format % args))

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            response = self.server.sandbox.handle(self.command, self.path, self.headers, body)
        except Exception:  # a sandbox bug must still answer like a platform outage
            log.exception("sandbox failed on %s %s", self.command, self.path.split("?")[0])
            response = Response(500, {"error": "sandbox internal error"})
        if response.action == "drop":
            self.close_connection = True
            return
        if response.action == "hang":
            self.server.sandbox._stopping.wait(self.server.sandbox.fault_delay_s)
            self.close_connection = True
            return
        if isinstance(response.body, bytes):
            payload = response.body
        elif response.body is None:
            payload = b""
        else:
            payload = json.dumps(response.body, ensure_ascii=False).encode("utf-8")
        self.send_response(response.status)
        if response.content_type and (payload or response.status != 204):
            self.send_header("Content-Type", response.content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)


class _LoopbackService:
    """Start, stop and address of a threaded loopback HTTP server (shared by the single
    sandbox and the generated fleet). Subclasses set ``host``, ``port``, ``_httpd``,
    ``_thread`` and ``_stopping`` in ``__init__`` and call :meth:`_serve` from ``start``."""

    _kind = "sandbox server"
    host: str
    port: int
    _httpd: _HTTPServer | None
    _thread: threading.Thread | None
    _stopping: threading.Event

    def _serve(self, name: str, queue_size: int | None = None) -> None:
        self._stopping.clear()
        self._httpd = _HTTPServer((self.host, self.port), self)  # type: ignore[arg-type]
        if queue_size:
            self._httpd.request_queue_size = queue_size
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"{name}-{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError(f"the {self._kind} is not started")
        return f"http://{self.host}:{self.port}"


class SandboxServer(_LoopbackService):
    """A loopback server that serves a scenario over the three platforms' APIs.

    ``scenario`` is a :class:`Scenario`, a path to a scenario YAML file, or ``None`` for the
    bundled Oakfield scenario. ``clock`` returns aware UTC datetimes (real time if
    ``None``); ``speed`` compresses scenario time (60 plays a 30-minute script in 30 s).
    """

    def __init__(self, scenario: Scenario | str | Path | None = None, clock: Clock | None = None,
                 speed: float = 1.0, host: str = "127.0.0.1", port: int = 0) -> None:
        if not isinstance(scenario, Scenario):
            scenario = load_scenario(scenario)
        self.scenario = scenario
        self.state = SandboxState(scenario, clock=clock, speed=speed)
        self.host = host
        self.port = port
        #: how long a "timeout" fault holds the connection (longer than any client timeout)
        self.fault_delay_s = 65.0
        self._faults: list[Fault] = []
        self._faults_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> SandboxServer:
        if self._httpd is not None:
            return self
        self._serve("sandbox")
        log.info("sandbox serving on %s", self.url)
        return self

    # ------------------------------------------------------------------ scenario control
    def release_all(self) -> None:
        """Release every scripted item now (timestamps spread over the recent past)."""
        self.state.release_all()

    def inject(self, error: str, platform: str | None = None, path: str | None = None,
               account: str | None = None, times: int | None = None, rate: float | None = None,
               seed: int = 0) -> None:
        """Make matching calls fail with ``error`` (see the module table).

        ``path`` is a regular expression searched in the request path (e.g. ``"/comments"``,
        ``"/hidden$"``); ``account`` is the scenario account key (``oakfield-fb``) or the
        platform id (page, user or channel id); ``times`` caps how often it fires; ``rate``
        fires on that fraction of matching calls, drawn from ``random.Random(seed)``.
        ``error`` may carry a variant after a colon: ``rate_limited:17``, ``auth:467``.
        """
        kind, _, variant = error.partition(":")
        kind = _ALIASES.get(kind, kind)
        if kind not in ERRORS:
            raise ValueError(f"unknown sandbox error {error!r}; expected one of {', '.join(ERRORS)}")
        if platform is not None and platform not in _PLATFORMS:
            raise ValueError(f"unknown platform {platform!r}")
        if rate is not None and not 0.0 <= rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        fault = Fault(error=kind, variant=variant or None, platform=platform,
                      path=re.compile(path) if path else None, account=account, times=times, rate=rate,
                      rng=random.Random(seed))
        with self._faults_lock:
            self._faults.append(fault)

    def grant(self, account: str, *, scopes: Iterable[str] | None = None, tasks: Iterable[str] | None = None,
              token_type: str | None = None, access_level: str | None = None) -> None:
        """Change what one account's token is allowed, as the access checks will see it.

        ``account`` is a platform name, the scenario account key (``oakfield-fb``) or the
        platform id. ``scopes`` are the Facebook permissions, X OAuth 2.0 scopes or Google
        OAuth scopes granted; ``tasks`` the Facebook Page tasks of the person behind the
        token; ``token_type`` ``PAGE`` or ``USER`` (a User token where a Page token
        belongs); ``access_level`` X's OAuth 1.0a app permission (``read``,
        ``read-write``). Arguments left ``None`` keep their value (see
        :data:`~connectors.sandbox.state.DEFAULT_GRANTS`).
        """
        platform = account if account in _PLATFORMS else next(
            (p for p in _PLATFORMS if account in self._account_ids(p)), None)
        if platform is None:
            raise ValueError(f"unknown sandbox account {account!r}")
        changes = {"scopes": scopes, "tasks": tasks, "token_type": token_type, "access_level": access_level}
        with self.state.lock:
            grants = self.state.grants[platform]
            for key, value in changes.items():
                if value is None:
                    continue
                grants[key] = value if isinstance(value, str) else tuple(value)

    def clear_faults(self) -> None:
        with self._faults_lock:
            self._faults.clear()

    # ------------------------------------------------------------------ dispatch
    def _account_ids(self, platform: str) -> set[str]:
        acct = self.state.accounts[platform]
        return {str(v) for k, v in acct.items() if k in ("key", "page_id", "user_id", "channel_id", "username")}

    def handle(self, method: str, target: str, headers: Any, body: bytes) -> Response:
        """Answer one request (the HTTP handler calls this; tests may too)."""
        parts = urlsplit(target)
        path = parts.path
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        host = headers.get("Host") or f"{self.host}:{self.port}"
        base_url = f"http://{host}"
        if path.startswith("/_sandbox/"):
            return self._private(method, path)
        form: dict[str, str] = {}
        ctype = (headers.get("Content-Type") or "").lower()
        if body and "application/x-www-form-urlencoded" in ctype:
            form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        match = _FB_PREFIX.match(path)
        if match:
            platform, local_path = "facebook", path[match.end():]
        elif path.startswith("/2/"):
            platform, local_path = "x", path
        elif path.startswith(("/youtube/v3/", "/oauth2/")):
            # /oauth2/token and /oauth2/tokeninfo stand in for Google's OAuth endpoints
            platform, local_path = "youtube", path
        else:
            self.state.record_call(method, path, query)
            return Response(404, {"error": {"message": f"no such endpoint {path}"}})
        self.state.record_call(method, path, query)
        self.state.refresh()  # release what is due before anything reads or changes state
        module = _PLATFORMS[platform]
        request = Request(method=method, path=local_path, query=query, form=form, body=body,
                          headers=headers, base_url=base_url, raw_path=path)
        fault = self._pick_fault(platform, path)
        if fault is not None:
            log.debug("sandbox fault %s on %s %s", fault.error, method, path)
            if fault.error == "timeout":
                return Response(0, action="hang")
            if fault.error == "disconnect":
                return Response(0, action="drop")
            if fault.error == "malformed":
                return Response(200, b'{"data": [{"id": "1', content_type=JSON_TYPE)
            if fault.error == "server_error" and fault.variant == "html":
                # what a load balancer in front of any of the APIs answers when it gives up
                return Response(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>",
                                content_type="text/html; charset=utf-8")
            return module.fault_response(fault.error, fault.variant, self.state, request)
        return module.handle(self.state, request)

    def _pick_fault(self, platform: str, path: str) -> Fault | None:
        accounts = self._account_ids(platform)
        with self._faults_lock:
            for fault in self._faults:
                if fault.matches(platform, path, accounts) and fault.fires():
                    return fault
        return None

    def _private(self, method: str, path: str) -> Response:
        if path == "/_sandbox/expected" and method == "GET":
            rows = self.state.expected()
            for row in rows:
                row["visibility"] = self.state.visibility(row["platform"], row["id"])
            return Response(200, {"data": rows})
        if path == "/_sandbox/release_all" and method == "POST":
            self.release_all()
            return Response(200, {"success": True})
        return Response(404, {"error": {"message": "unknown sandbox control endpoint"}})


def main(argv: list[str] | None = None) -> int:
    """Serve the sandbox from the command line until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m connectors.sandbox.server",
                                     description="Local Facebook/X/YouTube API sandbox")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--speed", type=float, default=1.0, help="scenario seconds per wall second")
    parser.add_argument("--scenario", default=None, help="scenario YAML file (default: bundled)")
    parser.add_argument("--release-all", action="store_true", help="release the whole scenario at once")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(message)s")
    server = SandboxServer(scenario=args.scenario, speed=args.speed, host=args.host, port=args.port)
    server.start()
    if args.release_all:
        server.release_all()
    log.info("sandbox scenario: %.0f s at speed %g = %.0f s of wall time", server.scenario.duration_s,
             args.speed, server.scenario.duration_s / args.speed)
    # the URL on stdout is the interface for scripts that start the sandbox (port 0 = any free port)
    sys.stdout.write(f"{server.url}\n")
    sys.stdout.flush()
    done = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: done.set())  # docker stop / kill: shut down cleanly
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
