"""``monitor web``: the small HTTP endpoint behind the one-click links in alerts.

A link in an alert opens ``GET /a/<token>``, which only shows what the link would do and
a button; mail scanners and link previews follow GET links, so GET never acts. The
button sends ``POST /a/<token>``, which checks the token (:mod:`monitor.links`), records
the link as used in the audit trail (``link:<nonce>``; a second use is refused because
:meth:`~monitor.store.Store.append_audit` will not write the same key twice), and only
then calls the action in :mod:`monitor.actions`, which audits what it did and by whom.
If the action fails the link stays used and the failure is audited too: a half-done
action must not be repeatable by replaying the link; the CLI can retry it.

``GET /healthz`` answers while the process is alive, ``GET /readyz`` only while the
database answers. The server is the standard library's WSGI server with one thread per
request, bound to ``config.web.bind`` (127.0.0.1 unless configured): put a TLS reverse
proxy in front of it before exposing it. Request logs never contain the token.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import timezone
from http import HTTPStatus
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as _wsgi_make_server

import jinja2
from sqlalchemy.exc import SQLAlchemyError

from monitor.errors import MonitorError, redact
from monitor.links import LINK_USED, LinkClaim, LinkError, link_audit_key, read_token
from monitor.store import AlertRow

__all__ = ["ActionHandler", "WebApp", "default_handlers", "make_app", "make_server", "serve"]

log = logging.getLogger(__name__)

#: ``handler(runtime, target_id, actor) -> sentence``; raises MonitorError on failure.
ActionHandler = Callable[[Any, int, str], str]

LINK_FAILED = "link_failed"
_MAX_BODY_BYTES = 4096
_TOKEN_IN_PATH = re.compile(r"/a/[^\s?\"]+")

_VERBS = {
    "acknowledge": ("Acknowledge alert", "Acknowledge"),
    "restore": ("Restore comment (false positive)", "Restore the comment"),
    "confirm": ("Confirm removal", "Confirm removal"),
}

_SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                "frame-ancestors 'none'; base-uri 'none'"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),  # the token is in the URL: never leak it onwards
    ("Cache-Control", "no-store"),
]


def default_handlers() -> dict[str, ActionHandler]:
    """The real human actions of :mod:`monitor.actions`, by link action name."""
    from monitor import actions

    return {
        "acknowledge": actions.acknowledge_alert,
        "restore": actions.restore_comment,
        "confirm": actions.confirm_removal,
    }


class _NotFound(MonitorError):
    """The link is genuine but what it points to is not in the database."""


def _templates() -> jinja2.Environment:
    loader = jinja2.PackageLoader("monitor", "templates")
    return jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)


class WebApp:
    """The WSGI callable. ``handlers`` maps link actions to functions (tests pass fakes)."""

    def __init__(self, runtime: Any, handlers: Mapping[str, ActionHandler] | None = None, *,
                 poll_now: Callable[[str], None] | None = None, replay_guard: Any = None) -> None:
        self.runtime = runtime
        self._handlers = dict(handlers) if handlers is not None else None
        self._page = _templates().get_template("web_page.html.j2")
        self._poll_now = poll_now
        self._replay = replay_guard

    @property
    def handlers(self) -> Mapping[str, ActionHandler]:
        # Resolved on first use so that the health routes work even in a broken install.
        if self._handlers is None:
            self._handlers = default_handlers()
        return self._handlers

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        path = environ.get("PATH_INFO", "") or "/"
        try:
            status, headers, body = self._route(method, path, environ)
        except Exception:  # the last line of defence: never show a traceback to a browser
            log.exception("web request failed: %s %s", method, _TOKEN_IN_PATH.sub("/a/…", path))
            status, headers, body = self._html(HTTPStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                                               ["The request could not be completed. IT has the details "
                                                "in the worker's log."], tone="bad")
        headers = [*headers, ("Content-Length", str(len(body)))]
        start_response(f"{status.value} {status.phrase}", headers)
        return [b""] if method == "HEAD" else [body]

    def _route(self, method: str, path: str, environ: dict) -> tuple[HTTPStatus, list, bytes]:
        if path == "/healthz":
            return self._text(HTTPStatus.OK, "ok\n") if method in ("GET", "HEAD") else self._not_allowed()
        if path == "/readyz":
            return self._ready() if method in ("GET", "HEAD") else self._not_allowed()
        if path == "/metrics":
            return self._metrics() if method in ("GET", "HEAD") else self._not_allowed()
        if path == "/webhooks/facebook":
            return self._facebook_webhook(method, environ)
        if path.startswith("/a/") and "/" not in path[3:]:
            token = path[3:]
            if method in ("GET", "HEAD"):
                return self._confirm_page(token)
            if method == "POST":
                return self._perform(token, environ)
            return self._not_allowed()
        return self._html(HTTPStatus.NOT_FOUND, "Not found", ["There is nothing at this address."])

    # ------------------------------------------------------------------ metrics and push
    def _metrics(self) -> tuple[HTTPStatus, list, bytes]:
        from prometheus_client import CONTENT_TYPE_LATEST

        from monitor.metrics import render

        return HTTPStatus.OK, [("Content-Type", CONTENT_TYPE_LATEST), ("Cache-Control", "no-store")], render()

    def _facebook_webhook(self, method: str, environ: dict) -> tuple[HTTPStatus, list, bytes]:
        import os

        from monitor.config import load_secrets
        from monitor.errors import register_secret
        from monitor.webhooks import ReplayGuard, handle_facebook

        if self._replay is None:
            self._replay = ReplayGuard()
        pages = {a.page_id: a for _, a in self.runtime.config.all_accounts() if a.platform == "facebook"}
        secrets = {}
        for page_id, account in pages.items():
            secret = load_secrets(account).get("app_secret")
            if secret:
                secrets[page_id] = secret
        verify_token = os.environ.get("MONITOR_FACEBOOK_VERIFY_TOKEN")
        register_secret(verify_token)
        length = int(environ.get("CONTENT_LENGTH") or 0) if str(environ.get("CONTENT_LENGTH") or "0").isdigit() else 0
        body = environ["wsgi.input"].read(min(length, _MAX_BODY_BYTES)) if length > 0 else b""
        headers = {"X-Hub-Signature-256": environ.get("HTTP_X_HUB_SIGNATURE_256", "")}
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        status, text = handle_facebook(
            method=method, query=query, headers=headers, body=body, verify_token=verify_token,
            app_secrets=secrets, page_accounts={p: a.id for p, a in pages.items()}, replay=self._replay,
            poll_now=self._poll_now or _enqueue_poll)
        return self._text(HTTPStatus(status), text)

    # ------------------------------------------------------------------ responses
    def _text(self, status: HTTPStatus, text: str) -> tuple[HTTPStatus, list, bytes]:
        return status, [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-store")], text.encode()

    def _html(self, status: HTTPStatus, title: str, paragraphs: list[str], *, tone: str = "",
              details: list[tuple[str, str]] | None = None, form: dict | None = None) -> tuple[HTTPStatus, list, bytes]:
        body = self._page.render(title=title, paragraphs=paragraphs, tone=tone, details=details or [],
                                 form=form).encode("utf-8")
        return status, [("Content-Type", "text/html; charset=utf-8"), *_SECURITY_HEADERS], body

    def _not_allowed(self) -> tuple[HTTPStatus, list, bytes]:
        status, headers, body = self._text(HTTPStatus.METHOD_NOT_ALLOWED, "method not allowed\n")
        return status, [*headers, ("Allow", "GET, HEAD, POST")], body

    def _ready(self) -> tuple[HTTPStatus, list, bytes]:
        try:
            self.runtime.store.ping()
        except (MonitorError, SQLAlchemyError) as exc:
            log.warning("readiness check failed: %s", redact(str(exc)))
            return self._text(HTTPStatus.SERVICE_UNAVAILABLE, "database unreachable\n")
        return self._text(HTTPStatus.OK, "ready\n")

    def _link_refused(self, exc: LinkError) -> tuple[HTTPStatus, list, bytes]:
        status = {
            "expired": HTTPStatus.GONE,
            "used": HTTPStatus.GONE,
            "forged": HTTPStatus.FORBIDDEN,
        }.get(exc.reason, HTTPStatus.BAD_REQUEST)
        title = {
            "expired": "This link has expired",
            "used": "This link has already been used",
            "forged": "This link is not genuine",
        }.get(exc.reason, "This link is not valid")
        advice = ("Nothing was done. Use the command line (monitor restore / confirm / ack) or ask "
                  "for a new alert link if the action is still needed.")
        log.info("action link refused: %s", exc.reason)
        return self._html(status, title, [str(exc).capitalize() + ".", advice], tone="bad")

    # ------------------------------------------------------------------ links
    def _claim(self, token: str) -> LinkClaim:
        claim = read_token(self.runtime.signing_key, token, self.runtime.clock())
        if claim.action not in self.handlers:
            raise LinkError(f"the action {claim.action!r} is not available here", reason="invalid")
        _ = claim.target_id  # raises LinkError for a target of the wrong kind
        return claim

    def _used(self, claim: LinkClaim) -> bool:
        from sqlalchemy import select

        from monitor.store import AuditRow

        with self.runtime.store.session() as s:
            return s.scalar(select(AuditRow.id).where(AuditRow.key == link_audit_key(claim.nonce))) is not None

    def _describe(self, claim: LinkClaim) -> tuple[list[tuple[str, str]], dict[str, Any]]:
        """What the link points at, for the page, and the audit context (school, comment)."""
        store, target = self.runtime.store, claim.target_id
        details: list[tuple[str, str]] = [("Acting as", claim.actor),
                                          ("Link valid until", f"{claim.expires_at:%Y-%m-%d %H:%M} UTC")]
        if claim.action == "acknowledge":
            with store.session() as s:
                alert = s.get(AlertRow, target)
                if alert is None:
                    raise _NotFound(f"alert {target} does not exist")
                context = {"school_id": alert.school_id, "comment_id": alert.comment_id}
                details[:0] = [("Alert", f"#{alert.id} ({alert.kind})"), ("Subject", alert.subject),
                               ("Raised", f"{alert.created_at.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC")]
                if alert.acknowledged_at is not None:
                    details.append(("Already acknowledged", f"by {alert.acknowledged_by}"))
            return details, context
        try:
            comment = store.get_comment(target)
        except MonitorError:
            raise _NotFound(f"comment {target} does not exist") from None
        account = comment.account_id
        try:
            _, account_cfg = self.runtime.config.account(comment.account_id)
            account = account_cfg.name or account_cfg.id
        except (KeyError, AttributeError):
            pass  # an account removed from the config since: show its id
        decision = store.get_decision(target)
        details[:0] = [
            ("Comment", f"#{comment.id} on {account} ({comment.platform})"),
            ("Posted", f"{comment.created_at:%Y-%m-%d %H:%M} UTC"),
            ("Labels", ", ".join(decision.labels) if decision and decision.labels else "none"),
            ("State on the platform", comment.platform_state),
        ]
        if comment.permalink:
            details.append(("Link to the comment", comment.permalink))
        return details, {"school_id": comment.school_id, "comment_id": comment.id,
                         "account_id": comment.account_id}

    def _confirm_page(self, token: str) -> tuple[HTTPStatus, list, bytes]:
        try:
            claim = self._claim(token)
            if self._used(claim):
                raise LinkError("the link was used before; each link works once", reason="used")
            details, _ = self._describe(claim)
        except LinkError as exc:
            return self._link_refused(exc)
        except _NotFound as exc:
            return self._html(HTTPStatus.NOT_FOUND, "Nothing to act on", [str(exc).capitalize() + "."], tone="bad")
        title, button = _VERBS[claim.action]
        return self._html(HTTPStatus.OK, title,
                          ["Check the details below, then press the button. Nothing happens until you do."],
                          details=details, form={"button": button})

    def _perform(self, token: str, environ: dict) -> tuple[HTTPStatus, list, bytes]:
        form = _read_form(environ)
        try:
            claim = self._claim(token)
            details, context = self._describe(claim)
        except LinkError as exc:
            return self._link_refused(exc)
        except _NotFound as exc:
            return self._html(HTTPStatus.NOT_FOUND, "Nothing to act on", [str(exc).capitalize() + "."], tone="bad")
        title, button = _VERBS[claim.action]
        if form.get("confirm") != ["yes"]:
            # A POST that did not come from our button (a scanner, a prefetch): ask again.
            return self._html(HTTPStatus.BAD_REQUEST, title, ["Please confirm with the button below."],
                              details=details, form={"button": button})
        now = self.runtime.clock()
        data = {"action": claim.action, "target": claim.target, "expires_at": claim.expires_at}
        first_use = self.runtime.store.append_audit(claim.audit_key, LINK_USED, now, actor=claim.actor,
                                                    data=data, **context)
        if not first_use:
            return self._link_refused(LinkError("the link was used before; each link works once", reason="used"))
        log.info("action link used: %s on %s", claim.action, claim.target)
        try:
            sentence = self.handlers[claim.action](self.runtime, claim.target_id, claim.actor)
        except MonitorError as exc:
            self._audit_failure(claim, context, exc)
            return self._html(HTTPStatus.CONFLICT, f"{title}: not done",
                              [f"It could not be done: {redact(str(exc))}.",
                               "This link is now used up. The failure is in the audit trail; the command "
                               "line can try again."], tone="bad", details=details)
        except Exception as exc:
            log.exception("action %s on %s failed", claim.action, claim.target)
            self._audit_failure(claim, context, exc)
            return self._html(HTTPStatus.INTERNAL_SERVER_ERROR, f"{title}: not done",
                              ["An unexpected error stopped it. IT has the details in the worker's log; "
                               "this link is now used up."], tone="bad", details=details)
        return self._html(HTTPStatus.OK, f"{title}: done", [sentence], tone="ok", details=details)

    def _audit_failure(self, claim: LinkClaim, context: dict[str, Any], exc: BaseException) -> None:
        self.runtime.store.append_audit(
            f"link_failed:{claim.nonce}", LINK_FAILED, self.runtime.clock(), actor=claim.actor,
            data={"action": claim.action, "target": claim.target, "error": type(exc).__name__,
                  "detail": redact(str(exc))[:500]}, **context)


def _read_form(environ: dict) -> dict[str, list[str]]:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return {}
    raw = environ["wsgi.input"].read(min(length, _MAX_BODY_BYTES))
    return parse_qs(raw.decode("utf-8", "replace"))


def _enqueue_poll(account_id: str) -> None:
    from monitor.actors import send

    send("poll_account", account_id)


def make_app(runtime: Any, *, handlers: Mapping[str, ActionHandler] | None = None,
             poll_now: Callable[[str], None] | None = None, replay_guard: Any = None) -> WebApp:
    """The WSGI application for ``runtime`` (``handlers`` default to monitor.actions)."""
    return WebApp(runtime, handlers, poll_now=poll_now, replay_guard=replay_guard)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    """Request logging through :mod:`logging`, with link tokens cut out of the path."""

    server_version = "monitor"
    sys_version = ""  # no interpreter version in the Server header

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        line = _TOKEN_IN_PATH.sub("/a/…", self.requestline)
        log.info('"%s" %s', line, getattr(code, "value", code))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.warning(_TOKEN_IN_PATH.sub("/a/…", format % args))


def make_server(runtime: Any, host: str | None = None, port: int | None = None, *,
                handlers: Mapping[str, ActionHandler] | None = None) -> WSGIServer:
    """Bind the endpoint (``config.web.bind``/``port`` unless given) without serving yet."""
    web = runtime.config.web
    host = web.bind if host is None else host
    port = web.port if port is None else port
    return _wsgi_make_server(host, port, make_app(runtime, handlers=handlers),
                             server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)


def serve(runtime: Any, host: str | None = None, port: int | None = None) -> None:
    """Run the endpoint until interrupted (``monitor web``)."""
    server = make_server(runtime, host, port)
    bound_host, bound_port = server.server_address[:2]
    if bound_host not in ("127.0.0.1", "::1", "localhost"):
        log.warning("web endpoint listening on %s, not loopback: serve it behind a TLS proxy", bound_host)
    log.info("web endpoint listening on http://%s:%s", bound_host, bound_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("web endpoint stopped")
    finally:
        server.server_close()
