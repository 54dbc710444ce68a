"""The sandbox's scenario and time: what the script holds, when items are released, how
``release_all`` and the speed factor behave, the ground truth, and the command line."""

from __future__ import annotations

import collections
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests

from connectors.sandbox import SandboxServer, load_scenario
from connectors.sandbox.scenario import LABELS

PAGE = "100200300400500"
X_USER = "1480000000000000001"
ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clocked():
    clock = FakeClock()
    server = SandboxServer(clock=clock, speed=1.0).start()
    server.clock = clock
    try:
        yield server
    finally:
        server.stop()


def served_ids(server) -> set[str]:
    """Every item id the three APIs serve right now (FB stream comments, X mentions+search, YT threads)."""
    ids: set[str] = set()
    token = {"access_token": "t"}
    feed = requests.get(f"{server.url}/v25.0/{PAGE}/feed", params={**token, "limit": 100}, timeout=5).json()["data"]
    for post in feed:
        ids.add(post["id"])
        comments = requests.get(f"{server.url}/v25.0/{post['id']}/comments",
                                params={**token, "filter": "stream", "limit": 100}, timeout=5).json()
        ids |= {c["id"] for c in comments["data"]}
    search = requests.get(f"{server.url}/2/tweets/search/recent", headers={"Authorization": "Bearer t"},
                          params={"query": "is:reply", "max_results": 100}, timeout=5).json()
    mentions = requests.get(f"{server.url}/2/users/{X_USER}/mentions", headers={"Authorization": "Bearer t"},
                            params={"max_results": 100}, timeout=5).json()
    ids |= {t["id"] for t in search.get("data", []) + mentions.get("data", [])}
    threads = requests.get(f"{server.url}/youtube/v3/commentThreads", headers={"Authorization": "Bearer t"},
                           params={"part": "snippet,replies", "allThreadsRelatedToChannelId": "UCoakfieldPrimary000000a",
                                   "maxResults": 100}, timeout=5).json()
    for thread in threads["items"]:
        ids.add(thread["id"])
        ids |= {r["id"] for r in thread.get("replies", {}).get("comments", [])}
    return ids


# ---------------------------------------------------------------------------- the script
def test_scenario_is_a_realistic_mix_with_ground_truth():
    scenario = load_scenario()
    items = scenario.items
    assert 80 <= len(items) <= 120
    per_platform = collections.Counter(i.platform for i in items)
    assert all(count >= 20 for count in per_platform.values())
    per_label = collections.Counter(label for i in items for label in i.labels)
    assert set(per_label) == set(LABELS) and min(per_label.values()) >= 5
    clean = [i for i in items if not i.labels]
    assert len(clean) > len(items) / 2  # mostly ordinary comments
    assert all(not i.must_hide for i in clean)
    assert all("abuse" in i.labels for i in items if "hate" in i.labels)  # the spec: hate is always also abuse
    texts = {i.text.lower(): i for i in items}
    for phrase in ("killing it", "sick performance", "homework is killing", "bloody brilliant", "damn that cake stall",
                   "pta raffle"):
        assert any(phrase in t and not i.labels for t, i in texts.items()), phrase


def test_scenario_personal_data_is_invented():
    for item in load_scenario().items:
        for number in re.findall(r"\b0\d[\d ]{8,12}\d\b", item.text):
            digits = number.replace(" ", "")
            assert digits.startswith(("07700900", "01614960")), item.key
        for domain in re.findall(r"[\w.]+@([\w.-]+)", item.text):
            assert domain == "example.com", item.key
        for url in re.findall(r"https?://([\w.-]+)", item.text):
            assert url.endswith("example.com"), item.key


def test_scenario_file_errors_are_reported(tmp_path):
    base = (ROOT / "connectors/sandbox/scenario.yaml").read_text(encoding="utf-8")
    bad_label = tmp_path / "bad.yaml"
    bad_label.write_text(base.replace("labels: [spam], status: likelySpam", "labels: [rude], status: likelySpam"))
    with pytest.raises(ValueError, match="unknown label 'rude'"):
        load_scenario(bad_label)
    bad_ref = tmp_path / "ref.yaml"
    bad_ref.write_text(base.replace("to: fb-c01,", "to: fb-nope,"))
    with pytest.raises(ValueError, match="unknown key 'fb-nope'"):
        load_scenario(bad_ref)


def test_a_custom_scenario_file_is_served(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text("""
accounts:
  facebook: {key: t-fb, page_id: "111", name: Tiny School}
  x: {key: t-x, user_id: "222", username: TinySchool, name: Tiny}
  youtube: {key: t-yt, channel_id: UCtiny000000000000000000, title: Tiny}
posts:
  - {key: p, platform: facebook, hours_ago: 2, text: Hello}
items:
  - {key: c, to: p, at: 1, by: Ann Example, text: "Hi!", labels: []}
""")
    with SandboxServer(scenario=path) as server:
        server.release_all()
        rows = server.state.expected()
        assert [(r["key"], r["labels"], r["must_hide"]) for r in rows] == [("c", [], False)]
        body = requests.get(f"{server.url}/v25.0/111/feed", params={"access_token": "t"}, timeout=5).json()
        assert [p["message"] for p in body["data"]] == ["Hello"]


# ---------------------------------------------------------------------------- time
def test_items_are_released_over_scenario_time(clocked):
    script = {i.key: i.at_s for i in clocked.scenario.items}
    assert served_ids(clocked) & {r["id"] for r in clocked.state.expected()} == set()
    clocked.clock.advance(100)
    due = {r["id"] for r in clocked.state.expected() if script[r["key"]] <= 100}
    assert due and served_ids(clocked) & {r["id"] for r in clocked.state.expected()} == due
    node = next(n for n in clocked.state.nodes["facebook"].values() if n.key == "fb-c05")  # at 95 s
    assert node.created_at == clocked.state.start + timedelta(seconds=95)
    clocked.clock.advance(2000)
    rows = clocked.state.expected()
    assert all(r["released"] for r in rows)
    public = {r["id"] for r in rows if clocked.state.visibility(r["platform"], r["id"]) == "visible"}
    assert len(public) == len(rows) - 2  # YouTube's own filters hold two
    assert served_ids(clocked) >= public


def test_speed_factor_compresses_the_script():
    clock = FakeClock()
    server = SandboxServer(clock=clock, speed=60)
    duration_s = server.scenario.duration_s / 60
    assert 20 <= duration_s <= 40  # the demo plays the whole school day in well under a minute
    clock.advance(duration_s / 2)
    half = sum(r["released"] for r in server.state.expected())
    clock.advance(duration_s / 2)
    assert 0 < half < len(server.scenario.items) == sum(r["released"] for r in server.state.expected(include_own=True))
    last = max(server.state.nodes["youtube"].values(), key=lambda n: n.at_s or 0)
    assert last.created_at == server.state.start + timedelta(seconds=last.at_s / 60)


def test_release_all_at_the_start_keeps_the_scripted_spacing(clocked):
    clocked.release_all()
    nodes = sorted((n for ns in clocked.state.nodes.values() for n in ns.values() if n.at_s is not None),
                   key=lambda n: (n.at_s, n.seq))
    now = clocked.clock.now
    assert nodes[-1].created_at == now
    assert len({n.created_at for n in nodes}) == len(nodes)
    for node in nodes:
        scripted = now - timedelta(seconds=nodes[-1].at_s - node.at_s)
        # items scripted at the same second are kept apart by a millisecond each
        assert timedelta(0) <= node.created_at - scripted < timedelta(milliseconds=10)
    posts = [n for ns in clocked.state.nodes.values() for n in ns.values() if n.at_s is None]
    assert max(p.created_at for p in posts) < nodes[0].created_at  # comments come after their posts


def test_release_all_mid_run_keeps_order_and_released_timestamps(clocked):
    clocked.clock.advance(300)
    clocked.state.refresh()
    early = {n.key: n.created_at for ns in clocked.state.nodes.values() for n in ns.values() if n.at_s is not None
             and n.released}
    clocked.clock.advance(5)
    clocked.release_all()
    nodes = sorted((n for ns in clocked.state.nodes.values() for n in ns.values() if n.at_s is not None),
                   key=lambda n: (n.at_s, n.seq))
    assert all(n.released for n in nodes)
    assert all(early[n.key] == n.created_at for n in nodes if n.key in early)  # never rewritten
    times = [n.created_at for n in nodes]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert times[-1] <= clocked.clock.now
    fresh = [n.created_at for n in nodes if n.key not in early]
    assert fresh[0] > max(early.values())  # squeezed into the room left before "now"


def test_x_ids_grow_with_time_like_snowflakes(sandbox):
    tweets = sorted(sandbox.state.nodes["x"].values(), key=lambda n: n.created_at)
    ids = [int(n.id) for n in tweets]
    assert ids == sorted(ids)
    assert all(len(n.id) == 19 for n in tweets)


def test_ground_truth_and_visibility(sandbox):
    rows = sandbox.state.expected()
    assert set(rows[0]) >= {"platform", "id", "text", "labels", "must_hide"}
    assert {r["platform"] for r in rows} == {"facebook", "x", "youtube"}
    assert not any(r["own"] for r in rows)  # the school's own replies are not for moderation
    everything = sandbox.state.expected(include_own=True)
    own = [r for r in everything if r["own"]]
    assert len(everything) == len(sandbox.scenario.items) == len(rows) + len(own)
    assert own and all(not r["must_hide"] for r in own)
    for row in rows:
        expected_start = "held" if row["key"] in ("yt-c03", "yt-c18") else "visible"
        assert sandbox.state.visibility(row["platform"], row["id"]) == expected_start
    x_reply = next(r for r in rows if r["key"] == "x-r01")
    assert x_reply["text"].startswith("@OakfieldPrimary ")  # as served: replies carry the handle
    assert sandbox.state.visibility("x", "x-r01") == "visible"  # scenario keys work too
    with pytest.raises(KeyError):
        sandbox.state.visibility("facebook", "no-such-comment")


def test_youtube_banned_author_is_rejected_on_arrival(clocked):
    clocked.clock.advance(300)  # Lydia Chen's comment (280 s) is out, her reply (780 s) is not yet
    first = next(r["id"] for r in clocked.state.expected() if r["key"] == "yt-c05")
    response = requests.post(f"{clocked.url}/youtube/v3/comments/setModerationStatus",
                             params={"id": first, "moderationStatus": "rejected", "banAuthor": "true"},
                             headers={"Authorization": "Bearer owner"}, timeout=5)
    assert response.status_code == 204
    clocked.clock.advance(600)
    assert clocked.state.visibility("youtube", "yt-c10") == "removed"
    assert clocked.state.visibility("youtube", "yt-c06") == "removed"  # a reply to a rejected comment vanishes too
    assert clocked.state.visibility("youtube", "yt-c09") == "visible"


def test_private_control_endpoints(clocked):
    assert requests.post(f"{clocked.url}/_sandbox/release_all", timeout=5).json() == {"success": True}
    rows = requests.get(f"{clocked.url}/_sandbox/expected", timeout=5).json()["data"]
    assert [r["id"] for r in rows] == [r["id"] for r in clocked.state.expected()]
    assert all(r["released"] for r in rows)
    assert {r["visibility"] for r in rows} == {"visible", "held"}
    assert clocked.state.calls == []  # control calls are not platform calls


def test_command_line_serves_until_terminated():
    process = subprocess.Popen([sys.executable, "-m", "connectors.sandbox.server", "--port", "0", "--release-all"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        rows = requests.get(f"{url}/_sandbox/expected", timeout=5).json()["data"]
        assert all(r["released"] for r in rows)
        body = requests.get(f"{url}/2/users/{X_USER}/mentions", headers={"Authorization": "Bearer t"}, timeout=5)
        assert json.loads(body.text)["meta"]["result_count"] == 10
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def test_public_names():
    import connectors.sandbox as sandbox_pkg

    assert sorted(sandbox_pkg.__all__) == ["ERRORS", "SandboxServer", "SandboxState", "Scenario", "load_scenario"]
    assert all(hasattr(sandbox_pkg, name) for name in sandbox_pkg.__all__)
    from connectors.sandbox.server import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
