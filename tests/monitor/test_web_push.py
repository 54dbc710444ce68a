"""The web endpoint's webhook and metrics routes, through the real WSGI app."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
from wsgiref.util import setup_testing_defaults

from monitor.config import default_config
from monitor.runtime import Runtime
from monitor.web import make_app
from monitor.webhooks import ReplayGuard

PAGE = "100200300400500"  # the demo school's page


def request(app, method, path, body=b"", headers=None, query=""):
    environ = {}
    setup_testing_defaults(environ)
    environ.update({"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                    "CONTENT_LENGTH": str(len(body)), "wsgi.input": io.BytesIO(body)})
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    captured = {}

    def start_response(status, hdrs):
        captured["status"] = int(status.split()[0])
        captured["headers"] = dict(hdrs)

    data = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], data


def test_webhook_handshake_and_signed_event(monkeypatch, sqlite_store):
    monkeypatch.setenv("MONITOR_FACEBOOK_VERIFY_TOKEN", "verify-token-for-tests")
    monkeypatch.setenv("MONITOR_OAKFIELD_FB_APP_SECRET", "app-secret-for-tests")
    polled = []
    app = make_app(Runtime(default_config(), store=sqlite_store), poll_now=polled.append, replay_guard=ReplayGuard())
    status, _, body = request(app, "GET", "/webhooks/facebook",
                              query="hub.mode=subscribe&hub.verify_token=verify-token-for-tests&hub.challenge=42")
    assert (status, body) == (200, b"42")
    assert request(app, "GET", "/webhooks/facebook",
                   query="hub.mode=subscribe&hub.verify_token=nope&hub.challenge=42")[0] == 403

    event = json.dumps({"object": "page", "entry": [{"id": PAGE, "changes": [
        {"field": "feed", "value": {"item": "comment", "verb": "add", "comment_id": "1_2", "post_id": "1"}}]}]}).encode()
    signature = "sha256=" + hmac.new(b"app-secret-for-tests", event, hashlib.sha256).hexdigest()
    assert request(app, "POST", "/webhooks/facebook", event, {"X-Hub-Signature-256": signature})[0] == 200
    assert polled == ["oakfield-fb"]
    assert request(app, "POST", "/webhooks/facebook", event, {"X-Hub-Signature-256": signature})[0] == 409
    assert request(app, "POST", "/webhooks/facebook", event, {"X-Hub-Signature-256": "sha256=00"})[0] == 401
    assert polled == ["oakfield-fb"]


def test_metrics_route_serves_prometheus_text(sqlite_store):
    from monitor import metrics

    metrics.POLLS.labels("facebook", "ok").inc()
    app = make_app(Runtime(default_config(), store=sqlite_store))
    status, headers, body = request(app, "GET", "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert b'monitor_polls_total{outcome="ok",platform="facebook"}' in body
