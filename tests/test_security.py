"""Security, proven (issue 7, item 4).

1. No secret in logs, alerts, audit rows or exceptions. Every kind of secret is set
   through its ``MONITOR_*`` variable and real code paths are made to fail: polls of the
   three platforms against the sandbox with injected 401, 500 and dropped connections
   (each dead token raises an IT alert by email, Slack and Teams), an SMTP login refused,
   Slack and Teams endpoints that answer errors *echoing the request back* (URL, headers
   and body, as a hostile or verbose server might), a forged webhook and forged action
   links. Logs are captured at DEBUG; then logs (raw messages of the project's own
   loggers, and every record as the project's formatters write it), exception strings,
   reprs and formatted tracebacks, every stored row (alerts, audit, cursors) and every
   delivered message are searched for each secret.
2. Webhook signatures: checked with ``hmac.compare_digest`` (source) and behaviourally;
   replays refused, also across processes sharing Redis.
3. Action links: random tampering is never accepted, a link works once across two web
   processes sharing the database, and not at or after its expiry.
4. The web endpoint binds loopback by default; the container's last USER is not root.
"""

from __future__ import annotations

import ast
import email.policy
import hashlib
import hmac
import inspect
import io
import json
import logging
import re
import textwrap
import threading
import traceback
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
import redis
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from monitor import actors, webhooks
from monitor.alerts import AlertMessage, SlackNotifier, build_notifiers
from monitor.config import ModeratorConfig, SandboxConfig, SmtpConfig, default_config, load_secrets
from monitor.errors import AlertDeliveryError, ConnectorError, MonitorError
from monitor.links import LinkError, make_token, read_token
from monitor.logs import JsonFormatter, RedactingFormatter
from monitor.runtime import Runtime
from monitor.store import AlertRow, AuditRow
from monitor.web import make_app, make_server

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
PROJECT_LOGGERS = ("monitor", "connectors", "classifiers")
SMTP_PASSWORD_OK = "test-smtp-password-5e1f"  # the auth server's own test password (tests/plugins/smtp.py)


def secret_env(echo_url: str) -> dict[str, str]:
    """Every kind of secret, each an invented, distinctive value."""
    return {
        "MONITOR_OAKFIELD_FB_PAGE_TOKEN": "EAAGsecretPageToken0000fb01",
        "MONITOR_OAKFIELD_FB_APP_SECRET": "fbappsecret00000000000000000001",
        "MONITOR_OAKFIELD_X_BEARER_TOKEN": "AAAAsecretBearerToken0000x01",
        "MONITOR_OAKFIELD_X_CONSUMER_KEY": "xconsumerKeySecret00001",
        "MONITOR_OAKFIELD_X_CONSUMER_SECRET": "xconsumerSecretValue000000000001",
        "MONITOR_OAKFIELD_X_ACCESS_TOKEN": "1480000000000000001-xAccessTokenSecret01",
        "MONITOR_OAKFIELD_X_ACCESS_TOKEN_SECRET": "xAccessTokenSecretValue00000001",
        "MONITOR_OAKFIELD_YT_CLIENT_ID": "ytclient-secret-id-0001.apps.example.com",
        "MONITOR_OAKFIELD_YT_CLIENT_SECRET": "GOCSPX-ytClientSecret000001",
        "MONITOR_OAKFIELD_YT_REFRESH_TOKEN": "1//ytRefreshTokenSecret000001",
        "MONITOR_SMTP_PASSWORD": SMTP_PASSWORD_OK,
        "MONITOR_SLACK_WEBHOOK_URL": f"{echo_url}/services/T0SECRET/B0SECRET/slackWebhookSecretPath01",
        "MONITOR_OAKFIELD_TEAMS_URL": f"{echo_url}/webhookb2/teamsWebhookSecretPath01",
        "MONITOR_SIGNING_KEY": "signingKeySecretValue0000000000001",
        "MONITOR_FACEBOOK_VERIFY_TOKEN": "fbVerifyTokenSecret0001",
    }


def needles(env: dict[str, str]) -> dict[str, str]:
    """What must never appear: each value, and the secret path of each webhook URL."""
    out = {name: value for name, value in env.items() if not value.startswith("http")}
    for name, value in env.items():
        if value.startswith("http"):
            out[name] = value.rsplit("/", 1)[-1]
    out["SLACK_BOT_TOKEN"] = "xoxb-0000-slackBotTokenSecret01"
    out["SMTP_WRONG_PASSWORD"] = "wrongSmtpPasswordSecret01"
    return out


class EchoServer:
    """Loopback HTTP server that fails every request and echoes it back in the body."""

    def __init__(self, status: int = 500) -> None:
        echo = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                echo.requests.append((self.command, self.path))
                reply = json.dumps({"ok": False, "error": "invalid_auth", "path": self.path,
                                    "headers": dict(self.headers), "body": body[:2000]})
                data = reply.encode()
                self.send_response(echo.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer

            def log_message(self, format, *args):  # noqa: A002 - stdlib signature
                pass

        self.status = status
        self.requests: list[tuple[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> EchoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    with EchoServer() as server:
        yield server


def _config(sandbox_url: str, smtp_server, database_url: str):
    base = default_config()
    school = base.schools[0]
    people = [m.model_copy(update={"slack": "U0ITSLACK1", "teams": True}) if m.role == "it" else m
              for m in school.moderators]
    school = school.model_copy(update={"moderators": people, "teams_webhook_env": "MONITOR_OAKFIELD_TEAMS_URL"})
    return base.model_copy(update={
        "schools": [school],
        "database": base.database.model_copy(update={"url": database_url}),
        "smtp": SmtpConfig(host=smtp_server.host, port=smtp_server.port, sender="moderation@example.com",
                           username=smtp_server.username, timeout_s=5),
        "sandbox": SandboxConfig(url=sandbox_url),
    })


def _texts_of_exception(exc: BaseException) -> list[str]:
    """The exception as raised and as the project's formatters log it with its traceback
    (chained causes included: a third-party cause may quote a request)."""
    record = logging.LogRecord("monitor.test", logging.ERROR, __file__, 0, "failed: %s", (exc,),
                               (type(exc), exc, exc.__traceback__))
    return [str(exc), repr(exc), JsonFormatter().format(record),
            RedactingFormatter("%(name)s %(message)s").format(record)]


def test_no_secret_in_logs_alerts_audit_rows_or_exceptions(monkeypatch, caplog, sandbox, smtp_server_auth,
                                                             sqlite_store, echo):
    env = secret_env(echo.url)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    secrets = needles(env)
    caplog.set_level(logging.DEBUG)
    config = _config(sandbox.url, smtp_server_auth, "sqlite://")
    rt = Runtime(config, store=sqlite_store, clock=lambda: NOW, sandbox_url=sandbox.url)
    assert rt.signing_key == env["MONITOR_SIGNING_KEY"].encode()  # the variable is what signs links
    sent: list[tuple[str, tuple]] = []
    actors.configure(rt, sender=lambda step, args: sent.append((step, args)))
    raised: list[BaseException] = []
    try:
        # -- dead tokens on every platform: mark, audit, alert IT by email, Slack and Teams
        sandbox.inject("auth")
        for account_id in ("oakfield-fb", "oakfield-x", "oakfield-yt"):
            assert actors.poll_once(account_id) == 0
        sandbox.clear_faults()

        # -- server errors and dropped connections, straight from the connectors
        for fault in ("server_error", "disconnect", "malformed"):
            sandbox.inject(fault)
            for account_id in ("oakfield-fb", "oakfield-x", "oakfield-yt"):
                connector = rt.connector(account_id)
                for call in (lambda: connector.fetch_new_comments(None), lambda: connector.hide_comment("c1")):
                    with pytest.raises(ConnectorError) as info:
                        call()
                    raised.append(info.value)
            sandbox.clear_faults()
    finally:
        actors.configure(None)

    # -- SMTP login refused, a Slack bot token refused by an echoing server
    school = config.schools[0]
    wrong = build_notifiers(config, school, {"MONITOR_SMTP_PASSWORD": secrets["SMTP_WRONG_PASSWORD"]})
    person = [ModeratorConfig(name="Ian Tech", role="it", email="it@example.com", slack="U0ITSLACK1")]
    message = AlertMessage(subject="[Alert] test", text="body", html="<p>body</p>", severity="immediate",
                           key="security:test")
    with pytest.raises(AlertDeliveryError) as info:
        wrong["email"].send(message, person)
    raised.append(info.value)
    bot = SlackNotifier(bot_token=secrets["SLACK_BOT_TOKEN"], base_url=echo.url + "/api/", timeout_s=5)
    with pytest.raises(AlertDeliveryError) as info:
        bot.send(message, person)
    raised.append(info.value)
    assert any("/api/chat.postMessage" in path for _, path in echo.requests)

    # -- a forged webhook and a forged action link through the web app
    app = make_app(rt, poll_now=lambda account_id: None)
    body = json.dumps({"object": "page", "entry": [{"id": "100200300400500", "changes": []}]}).encode()
    assert _wsgi(app, "POST", "/webhooks/facebook", body, {"HTTP_X_HUB_SIGNATURE_256": "sha256=" + "0" * 64})[0] == 401
    good = make_token(rt.signing_key, action="restore", target="comment:1", actor="Ian Tech",
                      expires_at=NOW + timedelta(hours=1))
    assert _wsgi(app, "POST", "/a/" + good[:-2] + "AA", b"confirm=yes")[0] == 403

    # -- what happened is what the test meant
    with rt.store.session() as s:
        alerts = list(s.scalars(select(AlertRow)))
        audit = list(s.scalars(select(AuditRow)))
    channels = {(a.channel, a.status) for a in alerts}
    assert ("email", "sent") in channels and ("slack", "failed") in channels and ("teams", "failed") in channels
    assert {e.event for e in audit} >= {"account_needs_reauth", "alert_failed", "alert_sent"}
    assert len(smtp_server_auth.messages) >= 3  # one IT email per dead token
    assert len(raised) >= 20

    # -- and no secret anywhere
    places: dict[str, str] = {}
    for record in caplog.records:
        if record.name.split(".")[0] in PROJECT_LOGGERS:
            places[f"log {record.name} (raw)"] = places.get(f"log {record.name} (raw)", "") + record.getMessage()
        for fmt in (RedactingFormatter("%(name)s %(message)s"), JsonFormatter()):
            places["formatted logs"] = places.get("formatted logs", "") + fmt.format(record) + "\n"
    for i, exc in enumerate(raised):
        places[f"exception {i} {type(exc).__name__}"] = "\n".join(_texts_of_exception(exc))
    places["alert rows"] = "\n".join(json.dumps({c.name: getattr(a, c.name) for c in AlertRow.__table__.columns},
                                                default=str) for a in alerts)
    places["audit rows"] = "\n".join(json.dumps({c.name: getattr(e, c.name) for c in AuditRow.__table__.columns},
                                                default=str) for e in audit)
    with rt.store.session() as s:
        places["cursor rows"] = "\n".join(str(row) for row in s.execute(select(*_cursor_table(rt).columns)))
    places["delivered mail"] = "\n".join(m.as_string(policy=email.policy.default) for m in smtp_server_auth.messages)
    places["echoed requests"] = ""  # the echo server saw secrets by design; they went to it only
    leaks = [(where, name) for where, text in places.items() for name, value in secrets.items()
             if value and value in text]
    assert leaks == [], leaks
    assert places["formatted logs"], "nothing was logged: the test would prove nothing"


def _cursor_table(rt):
    from monitor.store import Base

    return Base.metadata.tables["cursors"]


def _wsgi(app, method: str, path: str, body: bytes = b"", extra: dict | None = None):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "wsgi.input": io.BytesIO(body),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded",
               **(extra or {})}
    setup_testing_defaults(environ)
    seen: dict = {}

    def start_response(status, headers):
        seen["status"] = int(status.split()[0])

    out = b"".join(app(environ, start_response))
    return seen["status"], out


# ---------------------------------------------------------------------- webhooks


def test_webhook_signature_is_compared_in_constant_time():
    tree = ast.parse(textwrap.dedent(inspect.getsource(webhooks.check_signature)))
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    assert "hmac.compare_digest" in calls
    # no ordinary comparison touches the expected digest or the header
    compares = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert not [c for c in compares if "expected" in c or "header" in c and "startswith" not in c], compares
    handler = inspect.getsource(webhooks.handle_facebook)
    assert "hmac.compare_digest(query.get(\"hub.verify_token\"" in handler  # the handshake token too

    secret, body = "app-secret-0001", b'{"object": "page"}'
    good = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert webhooks.check_signature(secret, body, good)
    assert webhooks.check_signature(secret, body, good.upper().replace("SHA256=", "sha256="))
    flipped = good[:-1] + ("0" if good[-1] != "0" else "1")
    for bad in (flipped, good[:-1], good + "0", "sha1=" + good[7:], "", None, good.replace("sha256=", "")):
        assert not webhooks.check_signature(secret, body, bad)
    assert not webhooks.check_signature("", body, good)
    assert not webhooks.check_signature(secret, body + b" ", good)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(body=st.binary(max_size=300), header=st.one_of(st.none(), st.text(max_size=80)))
def test_unsigned_or_hostile_webhook_posts_never_poll(body, header):
    polled: list[str] = []
    status, _ = webhooks.handle_facebook(
        method="POST", query={}, headers={"X-Hub-Signature-256": header} if header is not None else {},
        body=body, verify_token="verify", app_secrets={"100200300400500": "app-secret-0001"},
        page_accounts={"100200300400500": "oakfield-fb"}, replay=webhooks.ReplayGuard(), poll_now=polled.append)
    assert status in (400, 401) and polled == []


@settings(max_examples=150, deadline=None, derandomize=True)
@given(payload=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                            lambda inner: st.lists(inner, max_size=3)
                            | st.dictionaries(st.sampled_from(["object", "entry", "id", "changes", "field", "value",
                                                               "item", "verb", "comment_id"]), inner, max_size=4),
                            max_leaves=20))
def test_signed_but_malformed_webhook_payloads_are_handled(payload):
    """Only the app can sign, but a signed body is still data: it must not crash the handler."""
    body = json.dumps({"object": "page", "entry": [{"id": "100200300400500", "changes": payload}]}
                      if not isinstance(payload, dict) else payload).encode()
    sig = "sha256=" + hmac.new(b"app-secret-0001", body, hashlib.sha256).hexdigest()
    polled: list[str] = []
    status, _ = webhooks.handle_facebook(
        method="POST", query={}, headers={"X-Hub-Signature-256": sig}, body=body, verify_token=None,
        app_secrets={"100200300400500": "app-secret-0001"}, page_accounts={"100200300400500": "oakfield-fb"},
        replay=webhooks.ReplayGuard(), poll_now=polled.append)
    assert status in (200, 400, 401)
    assert set(polled) <= {"oakfield-fb"}


def _signed_delivery(secret: str, n: int) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"object": "page", "entry": [{"id": "100200300400500", "time": n, "changes": [
        {"field": "feed", "value": {"item": "comment", "verb": "add", "comment_id": f"9001_{n}",
                                    "post_id": "100200300400500_9001"}}]}]}).encode()
    sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, {"X-Hub-Signature-256": sig}


def test_webhook_replays_are_refused_across_processes_sharing_redis(redis_url):
    client = redis.Redis.from_url(redis_url)
    guards = [webhooks.ReplayGuard(client), webhooks.ReplayGuard(client)]  # two web processes
    polled: list[str] = []
    kw = dict(method="POST", query={}, verify_token=None, app_secrets={"100200300400500": "app-secret-0001"},
              page_accounts={"100200300400500": "oakfield-fb"}, poll_now=polled.append)
    body, headers = _signed_delivery("app-secret-0001", 1)
    assert webhooks.handle_facebook(headers=headers, body=body, replay=guards[0], **kw)[0] == 200
    assert webhooks.handle_facebook(headers=headers, body=body, replay=guards[1], **kw)[0] == 409
    assert webhooks.handle_facebook(headers=headers, body=body, replay=guards[0], **kw)[0] == 409
    body2, headers2 = _signed_delivery("app-secret-0001", 2)
    assert webhooks.handle_facebook(headers=headers2, body=body2, replay=guards[1], **kw)[0] == 200
    assert polled == ["oakfield-fb", "oakfield-fb"]
    # a valid signature from another app's secret is still refused
    body3, headers3 = _signed_delivery("someone-elses-secret", 3)
    assert webhooks.handle_facebook(headers=headers3, body=body3, replay=guards[0], **kw)[0] == 401


# ---------------------------------------------------------------------- action links

KEY = b"k" * 32


@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.data())
def test_tampered_links_are_never_accepted(data):
    token = make_token(KEY, action="restore", target="comment:7", actor="Hannah Reed",
                       expires_at=NOW + timedelta(hours=1))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    i = data.draw(st.integers(min_value=0, max_value=len(token) - 1))
    how = data.draw(st.sampled_from(["replace", "delete", "insert", "truncate"]))
    ch = data.draw(st.sampled_from(alphabet))
    tampered = {
        "replace": token[:i] + ch + token[i + 1:],
        "delete": token[:i] + token[i + 1:],
        "insert": token[:i] + ch + token[i:],
        "truncate": token[:i],
    }[how]
    if tampered == token:
        return
    with pytest.raises(LinkError) as info:
        read_token(KEY, tampered, NOW)
    assert info.value.reason in ("forged", "malformed")


def test_a_link_with_another_key_or_after_expiry_is_refused():
    token = make_token(KEY, action="confirm", target="comment:7", actor="Hannah Reed",
                       expires_at=NOW + timedelta(hours=1))
    assert read_token(KEY, token, NOW + timedelta(minutes=59, seconds=59)).action == "confirm"
    for now in (NOW + timedelta(hours=1), NOW + timedelta(days=400)):
        with pytest.raises(LinkError) as info:
            read_token(KEY, token, now)
        assert info.value.reason == "expired"
    with pytest.raises(LinkError) as info:
        read_token(b"another deployment's key 0000000", token, NOW)
    assert info.value.reason == "forged"


def test_a_link_works_once_across_two_web_processes(sqlite_store):
    from connectors.base import Comment

    [cid] = sqlite_store.add_comments("oakfield", [Comment(
        platform="facebook", account_id="oakfield-fb", id="c1", thread_id="p1", parent_id=None,
        author_id="u1", author_name="Jo Bloggs", text="x", created_at=NOW, permalink=None, raw={"id": "c1"})], NOW)
    calls: list[int] = []
    handlers = {name: (lambda rt, target, actor, name=name: calls.append(target) or f"{name} done")
                for name in ("acknowledge", "restore", "confirm")}
    apps = [make_app(Runtime(default_config(), store=sqlite_store, clock=lambda: NOW, signing_key=KEY),
                     handlers=handlers) for _ in range(2)]
    token = make_token(KEY, action="restore", target=f"comment:{cid}", actor="Hannah Reed",
                       expires_at=NOW + timedelta(hours=1))
    assert _wsgi(apps[0], "POST", f"/a/{token}", b"confirm=yes")[0] == 200
    assert _wsgi(apps[1], "POST", f"/a/{token}", b"confirm=yes")[0] == 410
    assert _wsgi(apps[0], "POST", f"/a/{token}", b"confirm=yes")[0] == 410
    assert calls == [cid]


# ---------------------------------------------------------------------- deployment


def test_web_endpoint_binds_loopback_by_default(sqlite_store):
    config = default_config()
    assert config.web.bind in ("127.0.0.1", "::1", "localhost")
    server = make_server(Runtime(config, store=sqlite_store, clock=lambda: NOW, signing_key=KEY), port=0)
    try:
        assert server.server_address[0] in ("127.0.0.1", "::1")
    finally:
        server.server_close()


def test_container_runs_as_a_non_root_user():
    lines = [ln.strip() for ln in (ROOT / "Dockerfile").read_text().splitlines()]
    instructions = [ln for ln in lines if ln and not ln.startswith("#")]
    last_from = max(i for i, ln in enumerate(instructions) if ln.upper().startswith("FROM "))
    users = [ln.split(None, 1)[1] for ln in instructions[last_from:] if ln.upper().startswith("USER ")]
    assert users, "the final stage sets no USER: it would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0", "")
    assert not re.fullmatch(r"0+", user)
