"""The action-link endpoint: GET only shows, POST acts once, tokens are checked, and the
server binds loopback by default. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import logging
import threading
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from wsgiref.util import setup_testing_defaults

import pytest
from sqlalchemy import select

from connectors.base import Comment
from monitor.audit import verify_chain
from monitor.config import default_config
from monitor.errors import PermanentError
from monitor.links import make_token, read_token
from monitor.runtime import Runtime
from monitor.store import AlertRow, AuditRow, Store
from monitor.web import make_app, make_server

KEY = b"s" * 32
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
ACTOR = "Hannah Reed"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Recorder:
    """Stand-in for monitor.actions: records calls, answers or fails as told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int, str]] = []
        self.fail_with: Exception | None = None

    def handlers(self) -> dict:
        def make(name):
            def handler(runtime, target: int, actor: str) -> str:
                self.calls.append((name, target, actor))
                if self.fail_with is not None:
                    raise self.fail_with
                return f"{name} done for {target} by {actor} <ok>"
            return handler
        return {name: make(name) for name in ("acknowledge", "restore", "confirm")}


def call(app, method: str, path: str, body: bytes = b"") -> tuple[int, dict, str]:
    environ: dict = {"REQUEST_METHOD": method, "PATH_INFO": path, "wsgi.input": io.BytesIO(body),
                     "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded"}
    setup_testing_defaults(environ)
    seen: dict = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    out = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], out.decode("utf-8")


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def runtime(store, clock):
    return Runtime(default_config(), store=store, clock=clock, signing_key=KEY)


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def app(runtime, recorder):
    return make_app(runtime, handlers=recorder.handlers())


@pytest.fixture
def comment_id(store) -> int:
    [cid] = store.add_comments("oakfield", [Comment(
        platform="facebook", account_id="oakfield-fb", id="c1", thread_id="p1", parent_id=None,
        author_id="u1", author_name="Jo Bloggs", text="You are an idiot", created_at=NOW - timedelta(minutes=4),
        permalink="https://www.facebook.example.com/p1?comment_id=c1", raw={"id": "c1"},
    )], NOW)
    return cid


def link(action: str, target: int | str, *, key: bytes = KEY, expires_at: datetime = NOW + timedelta(hours=72)) -> str:
    # Targets as the alert builder writes them: "alert:<id>" or "comment:<id>".
    if isinstance(target, int):
        target = f"{'alert' if action == 'acknowledge' else 'comment'}:{target}"
    return "/a/" + make_token(key, action=action, target=target, actor=ACTOR, expires_at=expires_at)


def link_events(store) -> list[AuditRow]:
    return [e for e in store.audit_events() if e.event in ("link_used", "link_failed")]


CONFIRM = b"confirm=yes"


def test_get_shows_a_confirmation_page_and_does_nothing(app, store, recorder, comment_id):
    path = link("restore", comment_id)
    for _ in range(2):  # a mail scanner and then the person: both only see the page
        status, headers, page = call(app, "GET", path)
        assert status == 200
        assert "Restore comment (false positive)" in page
        assert 'method="post"' in page and ACTOR in page
    assert call(app, "HEAD", path)[2] == ""
    assert recorder.calls == []
    assert store.audit_events() == []
    assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-store"


def test_post_acts_once_and_records_who(app, store, recorder, comment_id):
    path = link("restore", comment_id)
    status, _, page = call(app, "POST", path, CONFIRM)
    assert status == 200
    assert f"restore done for {comment_id} by {ACTOR} &lt;ok&gt;" in page  # the sentence, escaped
    assert recorder.calls == [("restore", comment_id, ACTOR)]
    [event] = link_events(store)
    claim = read_token(KEY, path[3:], NOW)
    assert (event.key, event.event, event.actor, event.comment_id, event.school_id) == (
        f"link:{claim.nonce}", "link_used", ACTOR, comment_id, "oakfield")
    assert event.data["action"] == "restore"

    status, _, page = call(app, "POST", path, CONFIRM)  # replay
    assert status == 410 and "already been used" in page
    assert call(app, "GET", path)[0] == 410
    assert len(recorder.calls) == 1 and len(link_events(store)) == 1


def test_post_without_the_button_field_does_not_act(app, store, recorder, comment_id):
    status, _, page = call(app, "POST", link("confirm", comment_id))
    assert status == 400 and "Please confirm" in page
    assert recorder.calls == [] and store.audit_events() == []


def test_forged_links_are_refused(app, store, recorder, comment_id):
    forged = link("restore", comment_id, key=b"not the deployment's signing key")
    assert call(app, "GET", forged)[0] == 403
    status, _, page = call(app, "POST", forged, CONFIRM)
    assert status == 403 and "not genuine" in page
    payload, sig = link("restore", comment_id)[3:].split(".")
    other_payload = link("restore", comment_id + 1)[3:].split(".")[0]
    assert call(app, "POST", f"/a/{other_payload}.{sig}", CONFIRM)[0] == 403
    assert call(app, "POST", "/a/garbage", CONFIRM)[0] == 400
    assert recorder.calls == [] and store.audit_events() == []


def test_expired_link_is_refused(app, store, recorder, clock, comment_id):
    path = link("restore", comment_id, expires_at=NOW + timedelta(hours=1))
    clock.now = NOW + timedelta(hours=1, seconds=1)
    status, _, page = call(app, "POST", path, CONFIRM)
    assert status == 410 and "expired" in page
    assert recorder.calls == [] and store.audit_events() == []


def test_failed_action_uses_up_the_link_and_is_audited(app, store, recorder, comment_id):
    recorder.fail_with = PermanentError("restoring is not possible on this platform", platform="x")
    path = link("restore", comment_id)
    status, _, page = call(app, "POST", path, CONFIRM)
    assert status == 409 and "restoring is not possible" in page
    assert [e.event for e in link_events(store)] == ["link_used", "link_failed"]
    assert link_events(store)[1].data["error"] == "PermanentError"
    assert call(app, "POST", path, CONFIRM)[0] == 410
    assert len(recorder.calls) == 1


def test_unexpected_error_shows_no_traceback(app, store, recorder, comment_id, caplog):
    recorder.fail_with = RuntimeError("boom at /srv/secret/path")
    with caplog.at_level(logging.ERROR, logger="monitor.web"):
        status, _, page = call(app, "POST", link("confirm", comment_id), CONFIRM)
    assert status == 500 and "boom" not in page and "Traceback" not in page
    assert "boom" in caplog.text
    assert [e.event for e in link_events(store)] == ["link_used", "link_failed"]


def test_link_to_missing_target_is_not_used_up(app, store, recorder):
    path = link("restore", 999)
    assert call(app, "GET", path)[0] == 404
    assert call(app, "POST", path, CONFIRM)[0] == 404
    assert recorder.calls == [] and store.audit_events() == []


def test_alert_subject_is_escaped_on_the_page(app, store, comment_id):
    alert, _ = store.claim_alert("alert:x", school_id="oakfield", comment_id=comment_id, kind="urgent",
                                 channel="email", recipients=["s.whitfield@oakfield-primary.example.com"],
                                 subject="<b>Safeguarding</b> concern", created_at=NOW)
    status, _, page = call(app, "GET", link("acknowledge", alert.id))
    assert status == 200
    assert "&lt;b&gt;Safeguarding&lt;/b&gt; concern" in page and "<b>" not in page


def test_health_and_readiness(app, runtime, recorder, tmp_path):
    assert call(app, "GET", "/healthz")[:1] == (200,)
    assert call(app, "GET", "/readyz")[2] == "ready\n"
    assert call(app, "POST", "/healthz")[0] == 405
    assert call(app, "GET", "/nowhere")[0] == 404
    unreachable = Store(f"postgresql+psycopg://monitor@/nodb?host={tmp_path / 'no-socket-here'}")
    down = make_app(Runtime(default_config(), store=unreachable, clock=runtime.clock, signing_key=KEY),
                    handlers=recorder.handlers())
    try:
        assert call(down, "GET", "/readyz")[:1] == (503,)
        assert call(down, "GET", "/healthz")[0] == 200
    finally:
        unreachable.dispose()


def test_server_binds_loopback_by_default_and_keeps_tokens_out_of_logs(runtime, recorder, comment_id, caplog):
    server = make_server(runtime, port=0, handlers=recorder.handlers())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1" == default_config().web.bind
        path = link("restore", comment_id)
        with caplog.at_level(logging.INFO, logger="monitor.web"):
            with urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=5) as resp:
                assert resp.status == 200
            request = urllib.request.Request(f"http://{host}:{port}{path}", data=CONFIRM, method="POST")
            with urllib.request.urlopen(request, timeout=5) as resp:
                assert resp.status == 200
            with pytest.raises(urllib.error.HTTPError) as replay:
                urllib.request.urlopen(request, timeout=5)
            assert replay.value.code == 410
        assert recorder.calls == [("restore", comment_id, ACTOR)]
        assert "/a/…" in caplog.text and path[3:] not in caplog.text
        assert path[3:20] not in caplog.text
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# ---------------------------------------------------------------- with the real monitor.actions


def _real_actions_available() -> bool:
    try:
        from monitor import actions
    except ImportError:
        return False
    return all(hasattr(actions, n) for n in ("acknowledge_alert", "restore_comment", "confirm_removal"))


@pytest.mark.skipif(not _real_actions_available(), reason="monitor.actions not written yet")
def test_real_actions_acknowledge_once_and_refuse_impossible_restore(runtime, store, comment_id):
    app = make_app(runtime)  # default handlers: monitor.actions
    alert, _ = store.claim_alert(f"alert:{comment_id}:urgent", school_id="oakfield", comment_id=comment_id,
                                 kind="urgent", channel="email",
                                 recipients=["s.whitfield@oakfield-primary.example.com"],
                                 subject="[Oakfield] safeguarding concern held on Facebook", created_at=NOW)
    path = link("acknowledge", alert.id)
    status, _, page = call(app, "POST", path, CONFIRM)
    assert status == 200 and f"Acknowledged by {ACTOR}" in page
    with store.session() as s:
        row = s.scalar(select(AlertRow).where(AlertRow.id == alert.id))
        assert (row.acknowledged_by, row.acknowledged_at) == (ACTOR, NOW)
    assert [(e.event, e.actor) for e in store.audit_events()] == [("link_used", ACTOR), ("acknowledged", ACTOR)]
    assert call(app, "POST", path, CONFIRM)[0] == 410

    # Nothing was hidden, so there is nothing to restore: refused with a reason, audited.
    status, _, page = call(app, "POST", link("restore", comment_id), CONFIRM)
    assert status == 409 and "nothing to restore" in page
    assert store.audit_events()[-1].event == "link_failed"


def test_public_names_exist():
    import monitor.web

    assert all(hasattr(monitor.web, name) for name in monitor.web.__all__)


def test_concurrent_posts_of_one_link_act_once(app, store, recorder, comment_id):
    path = link("restore", comment_id)
    barrier = threading.Barrier(4)
    statuses: list[int] = []

    def post() -> None:
        barrier.wait(timeout=10)
        statuses.append(call(app, "POST", path, CONFIRM)[0])

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(statuses) == [200, 410, 410, 410]
    assert len(recorder.calls) == 1 and len(link_events(store)) == 1


def test_targets_may_be_bare_ids_but_not_of_the_wrong_kind(app, store, recorder, comment_id):
    assert call(app, "POST", link("restore", str(comment_id)), CONFIRM)[0] == 200
    assert call(app, "GET", link("confirm", f"alert:{comment_id}"))[0] == 400
    assert call(app, "POST", link("acknowledge", f"comment:{comment_id}"), CONFIRM)[0] == 400
    assert recorder.calls == [("restore", comment_id, ACTOR)]


@pytest.mark.skipif(not _real_actions_available(), reason="monitor.actions not written yet")
def test_links_restore_and_confirm_on_the_sandbox(store, clock, sandbox):
    from monitor.actions import perform

    runtime = Runtime(default_config(), store=store, clock=clock, sandbox_url=sandbox.url, signing_key=KEY)
    fetched = runtime.connector("oakfield-fb").fetch_new_comments(None).comments
    ids = store.add_comments("oakfield", fetched[:2], NOW)
    first, second = (store.get_comment(i) for i in ids)
    for row in (first, second):
        perform(runtime, row, "hide", key=f"auto:{row.id}:hide", requested="hide")
        assert sandbox.state.visibility("facebook", row.external_id) == "hidden"
    app = make_app(runtime)

    status, _, page = call(app, "POST", link("restore", first.id), CONFIRM)
    assert status == 200 and "false positive" in page
    assert sandbox.state.visibility("facebook", first.external_id) == "visible"
    status, _, page = call(app, "POST", link("confirm", second.id), CONFIRM)
    assert status == 200 and "Removal confirmed" in page
    assert sandbox.state.visibility("facebook", second.external_id) == "removed"

    by_comment = {cid: [(e.event, e.actor) for e in store.audit_events(cid) if e.actor == ACTOR] for cid in ids}
    assert ("link_used", ACTOR) in by_comment[first.id] and ("restored", ACTOR) in by_comment[first.id]
    assert ("link_used", ACTOR) in by_comment[second.id] and ("confirmed", ACTOR) in by_comment[second.id]
    assert verify_chain(store).ok
