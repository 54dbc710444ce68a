"""The one-click links of delivered alerts, end to end: the URLs are read out of the
e-mail the SMTP server received and driven through the real WSGI app (monitor.web) with
the real monitor.actions against the sandbox platforms. GET only shows a page; POST acts
once; a replay, an expired link and a forged link are refused; restore really unhides the
comment and records a false positive; confirm removes where the platform allows; the
audit trail names who did each thing. Real store (SQLite and PostgreSQL), injected clock.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta
from wsgiref.util import setup_testing_defaults

import pytest
from sqlalchemy import select

from monitor.actions import apply_plan, plan_action
from monitor.alerting import alert_for_comment
from monitor.audit import verify_chain
from monitor.links import make_token
from monitor.store import AlertRow
from monitor.web import make_app
from tests.monitor.test_alerting import (
    BASE_URL,
    HANNAH,
    LINK_TTL_H,
    SARAH,
    TOM,
    Clock,
    add_decided,
    make_config,
    make_runtime,
    messages_to,
    parts,
)

TITLES = {"Acknowledge": "acknowledge", "Restore (false positive)": "restore", "Confirm removal": "confirm"}
HANNAH_ACTOR = f"Hannah Reed <{HANNAH}>"
TOM_ACTOR = f"Tom Okafor <{TOM}>"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rt(store, clock, smtp_server, sandbox):
    return make_runtime(make_config(smtp_server.port), store, clock, sandbox_url=sandbox.url)


@pytest.fixture
def app(rt):
    return make_app(rt)  # the real handlers: monitor.actions


def request(app, method: str, url: str, body: bytes = b"") -> tuple[int, str]:
    assert url.startswith(BASE_URL + "/a/")
    environ = {"REQUEST_METHOD": method, "PATH_INFO": url[len(BASE_URL):], "wsgi.input": io.BytesIO(body),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded"}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers):
        seen["status"] = int(status.split()[0])

    page = b"".join(app(environ, start_response)).decode("utf-8")
    return seen["status"], page


def get(app, url: str) -> tuple[int, str]:
    return request(app, "GET", url)


def post(app, url: str) -> tuple[int, str]:
    return request(app, "POST", url, b"confirm=yes")


def links_in(msg) -> dict[str, str]:
    """action -> URL, read from the plain-text part; each must also be in the HTML part."""
    p = parts(msg)
    found = {}
    for title, url in re.findall(r"^(Acknowledge|Restore \(false positive\)|Confirm removal): (\S+)\r?$",
                                 p["text"], flags=re.M):
        found[TITLES[title]] = url
        assert f'href="{url}"' in p["html"]
    return found


_fetched: dict[tuple[str, str], list] = {}


def moderated(rt, sandbox, account_id: str, scores: dict[str, float], *, skip: int = 0) -> int:
    """A visible sandbox comment, classified, decided, acted on as the policy says and
    alerted; returns its store id."""
    key = (sandbox.url, account_id)
    if key not in _fetched:
        _fetched[key] = rt.connector(account_id).fetch_new_comments(None).comments
    platform = rt.account(account_id)[1].platform
    candidates = [c for c in _fetched[key] if sandbox.state.visibility(platform, c.id) == "visible"
                  and rt.store.find_comment(platform, c.id) is None
                  # X hides only replies in conversations the school started
                  and (platform != "x" or c.thread_id != c.id)]
    comment = candidates[skip]
    cid = add_decided(rt, "", scores, account_id=account_id, comment=comment)
    row, decision = rt.store.get_comment(cid), rt.store.get_decision(cid)
    plan = plan_action(decision.intention, platform, rt.connector(account_id).capabilities)
    outcome = apply_plan(rt, row, plan, observe=False, requested=decision.intention)
    alert_for_comment(rt, cid, outcome)
    return cid


def link_events(store, cid: int | None = None) -> list[tuple[str, str]]:
    return [(e.event, e.actor) for e in store.audit_events(cid) if e.actor != "worker"]


def test_restore_link_shows_on_get_acts_once_on_post_and_records_who(rt, app, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-fb", {"abuse": 0.9})
    external = rt.store.get_comment(cid).external_id
    assert sandbox.state.visibility("facebook", external) == "hidden"
    [to_hannah] = messages_to(smtp_server, HANNAH)
    links = links_in(to_hannah)
    assert set(links) == {"acknowledge", "restore", "confirm"}

    for _ in range(2):  # a mail scanner follows the link, then the person: nothing happens
        status, page = get(app, links["restore"])
        assert status == 200 and "Restore comment (false positive)" in page and "Hannah Reed" in page
    assert sandbox.state.visibility("facebook", external) == "hidden"
    assert link_events(rt.store) == []

    status, page = post(app, links["restore"])
    assert status == 200 and "false positive" in page
    assert sandbox.state.visibility("facebook", external) == "visible"
    assert rt.store.get_comment(cid).status == "restored"
    assert [(a.kind, a.status, a.actor) for a in rt.store.actions_for(cid)] == [
        ("hide", "done", "worker"), ("restore", "done", HANNAH_ACTOR)]
    assert link_events(rt.store, cid) == [("link_used", HANNAH_ACTOR), ("action_requested", HANNAH_ACTOR),
                                          ("restored", HANNAH_ACTOR)]

    status, page = post(app, links["restore"])  # the same link again
    assert status == 410 and "already been used" in page
    assert get(app, links["restore"])[0] == 410
    assert len(link_events(rt.store, cid)) == 3
    assert verify_chain(rt.store).ok


def test_confirm_link_removes_on_the_platform(rt, app, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-fb", {"abuse": 0.9})
    external = rt.store.get_comment(cid).external_id
    [to_tom] = messages_to(smtp_server, TOM)
    confirm = links_in(to_tom)["confirm"]
    assert get(app, confirm)[0] == 200 and sandbox.state.visibility("facebook", external) == "hidden"
    status, page = post(app, confirm)
    assert status == 200 and "Removal confirmed by Tom Okafor" in page
    assert sandbox.state.visibility("facebook", external) == "removed"
    assert ("confirmed", TOM_ACTOR) in link_events(rt.store, cid)
    assert post(app, confirm)[0] == 410
    # Hannah's restore link for the same comment now has nothing to restore: refused, audited.
    [to_hannah] = messages_to(smtp_server, HANNAH)
    status, page = post(app, links_in(to_hannah)["restore"])
    assert status == 409 and "cannot be restored" in page
    assert ("link_failed", HANNAH_ACTOR) in link_events(rt.store, cid)
    assert sandbox.state.visibility("facebook", external) == "removed"


def test_acknowledge_link_marks_the_alert_with_who_acknowledged(rt, app, clock, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-fb", {"safeguarding": 0.9})
    [to_dsl] = messages_to(smtp_server, SARAH)
    links = links_in(to_dsl)
    # Safeguarding material is evidence: no one-click removal, but it can be restored.
    assert set(links) == {"acknowledge", "restore"}
    clock.advance(minutes=4)
    status, page = post(app, links["acknowledge"])
    assert status == 200 and "Acknowledged by Sarah Whitfield" in page
    with rt.store.session() as s:
        rows = list(s.scalars(select(AlertRow).where(AlertRow.comment_id == cid)))
    assert len(rows) == 3
    assert {(r.acknowledged_by, r.acknowledged_at) for r in rows} == {(f"Sarah Whitfield <{SARAH}>", clock.now)}
    assert ("acknowledged", f"Sarah Whitfield <{SARAH}>") in link_events(rt.store, cid)
    assert post(app, links["acknowledge"])[0] == 410


def test_links_expire_after_the_configured_time(rt, app, clock, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-fb", {"abuse": 0.9})
    external = rt.store.get_comment(cid).external_id
    links = links_in(messages_to(smtp_server, HANNAH)[0])
    clock.advance(hours=LINK_TTL_H, seconds=-60)
    assert get(app, links["restore"])[0] == 200  # still valid a minute before expiry
    clock.advance(seconds=60)
    for url in links.values():
        assert get(app, url)[0] == 410
        status, page = post(app, url)
        assert status == 410 and "expired" in page
    assert sandbox.state.visibility("facebook", external) == "hidden"
    assert link_events(rt.store) == []


def test_forged_links_are_refused(rt, app, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-fb", {"abuse": 0.9})
    external = rt.store.get_comment(cid).external_id
    genuine = links_in(messages_to(smtp_server, HANNAH)[0])["restore"]
    payload, signature = genuine[len(BASE_URL) + 3:].split(".")
    other = make_token(b"a key the worker never had", action="confirm", target=f"comment:{cid}",
                       actor="Mallory <m@example.com>", expires_at=rt.clock() + timedelta(hours=1))
    # a valid signature moved onto another (here: a confirm) payload
    swapped = make_token(b"x", action="confirm", target=f"comment:{cid}", actor=HANNAH_ACTOR,
                         expires_at=rt.clock() + timedelta(hours=1)).split(".")[0] + "." + signature
    tampered_sig = signature[:-2] + ("AA" if not signature.endswith("AA") else "BB")
    for token in (other, swapped, f"{payload}.{tampered_sig}"):
        url = f"{BASE_URL}/a/{token}"
        assert get(app, url)[0] == 403
        status, page = post(app, url)
        assert status == 403 and "not genuine" in page
    assert sandbox.state.visibility("facebook", external) == "hidden"
    assert link_events(rt.store) == []


def test_x_offers_restore_but_no_removal(rt, app, sandbox, smtp_server):
    cid = moderated(rt, sandbox, "oakfield-x", {"abuse": 0.9})
    external = rt.store.get_comment(cid).external_id
    assert sandbox.state.visibility("x", external) == "hidden"
    links = links_in(messages_to(smtp_server, HANNAH)[0])
    assert set(links) == {"acknowledge", "restore"}  # X cannot delete other people's replies
    assert post(app, links["restore"])[0] == 200
    assert sandbox.state.visibility("x", external) == "visible"
    assert ("restored", HANNAH_ACTOR) in link_events(rt.store, cid)


def test_youtube_held_comment_restored_and_another_rejected(rt, app, sandbox, smtp_server):
    first = moderated(rt, sandbox, "oakfield-yt", {"abuse": 0.9})
    second = moderated(rt, sandbox, "oakfield-yt", {"abuse": 0.9})
    ext1, ext2 = (rt.store.get_comment(c).external_id for c in (first, second))
    assert sandbox.state.visibility("youtube", ext1) == "held" == sandbox.state.visibility("youtube", ext2)
    to_hannah, to_tom = messages_to(smtp_server, HANNAH), messages_to(smtp_server, TOM)
    assert post(app, links_in(to_hannah[0])["restore"])[0] == 200
    assert post(app, links_in(to_tom[1])["confirm"])[0] == 200
    assert sandbox.state.visibility("youtube", ext1) == "visible"
    assert sandbox.state.visibility("youtube", ext2) == "removed"
    assert ("restored", HANNAH_ACTOR) in link_events(rt.store, first)
    assert ("confirmed", TOM_ACTOR) in link_events(rt.store, second)
    assert verify_chain(rt.store).ok
