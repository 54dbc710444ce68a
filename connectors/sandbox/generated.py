"""A generated fleet of schools for chaos, fault and scale runs.

The bundled scenario is one school with one account per platform. Reliability and scale
runs need many: :func:`build_fleet_scenarios` makes ``schools`` scenarios of three
accounts each (a Facebook Page, an X account, a YouTube channel), deterministically from
a seed, by reusing the scripted texts and ground-truth labels of ``scenario.yaml`` with
variations (other authors, light openers and closers, shuffled order, times spread over
the run) so the classifier sees realistic text and the labels stay true.

:class:`SandboxFleet` serves every school from one loopback URL, so a single
``sandbox.url`` in the config reaches them all. Each school keeps its own
:class:`~connectors.sandbox.server.SandboxServer` (state, call log, injected faults);
the fleet only routes a request to the right one: Facebook and X by the access token
(:meth:`SandboxFleet.environment` gives every account its own token through the usual
``MONITOR_<ACCOUNT>_*`` variables), YouTube by the channel, video or comment id in the
query. :func:`build_fleet_config` builds the matching :class:`~monitor.config.AppConfig`.

    scenarios = build_fleet_scenarios(schools=20, comments_per_school=500, seed=7)
    fleet = SandboxFleet(scenarios, speed=30).start()
    config = build_fleet_config(scenarios, sandbox_url=fleet.url, database_url=..., ...)
    env = fleet.environment()          # pass to worker processes
    fleet.write_calls()                # Counter of platform writes per comment
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from connectors.sandbox.scenario import Scenario, build_scenario, load_scenario
from connectors.sandbox.server import Response, SandboxServer, _HTTPServer, _LoopbackService

__all__ = ["FLEET_TOKEN_PREFIX", "FleetSchool", "SandboxFleet", "build_fleet_config", "build_fleet_scenarios"]

FLEET_TOKEN_PREFIX = "fleet-token-"

_FIRST = ("Amira", "Ben", "Carys", "Darren", "Elif", "Fraser", "Gina", "Harvey", "Ines", "Jonah", "Kiran",
          "Lacey", "Mohammed", "Niamh", "Oscar", "Poppy", "Qasim", "Rhiannon", "Stefan", "Tilly", "Usman",
          "Verity", "Wesley", "Yasmin", "Zac")
_LAST = ("Abbott", "Bhatti", "Crowther", "Dobson", "Egan", "Fairclough", "Gill", "Holroyd", "Iqbal", "Jagger",
         "Kaur", "Lomax", "Mistry", "Nuttall", "Ormerod", "Pickles", "Quigley", "Rushton", "Sutcliffe",
         "Tattersall", "Umpleby", "Varley", "Whittaker", "Yeadon")
# Openers and closers that change the wording, never the meaning a label rests on.
_OPENERS = ("", "", "", "Honestly, ", "Just saying, ", "Well, ")
_CLOSERS = ("", "", "", " Thanks.", "!", " Just my view.")


@dataclass(frozen=True)
class FleetSchool:
    """One generated school: its id, name and scenario (three accounts)."""

    id: str
    name: str
    scenario: Scenario

    @property
    def account_ids(self) -> tuple[str, str, str]:
        acc = self.scenario.accounts
        return acc["facebook"]["key"], acc["x"]["key"], acc["youtube"]["key"]


def _vary(text: str, rng: random.Random) -> str:
    # The text keeps its capitals (names and places are part of what a label rests on).
    opener = rng.choice(_OPENERS)
    closer = rng.choice(_CLOSERS)
    if closer == "!" and text.rstrip()[-1:] in "!?.":
        closer = ""
    return f"{opener}{text}{closer}"


def build_fleet_scenarios(schools: int, comments_per_school: int, *, seed: int = 0,
                          duration_s: float = 600.0, reply_share: float = 0.15, start_s: float = 0.0,
                          first: int = 0, base: Scenario | None = None) -> list[FleetSchool]:
    """``schools`` generated schools with ``comments_per_school`` items each.

    Items are released over ``duration_s`` scenario seconds from ``start_s`` (the fleet's
    ``speed`` turns that into wall time). About ``reply_share`` of them are replies to
    earlier items. Schools are numbered from ``first`` (``s0000``, ``s0001``...). The same
    arguments always give the same scenarios, ids and texts.
    """
    if schools < 1 or comments_per_school < 1:
        raise ValueError("schools and comments_per_school must be at least 1")
    base = base or load_scenario()
    rng = random.Random(seed)
    pool = {p: [it for it in base.items if it.platform == p and it.by != "school"]
            for p in ("facebook", "x", "youtube")}
    out = []
    for n in range(first, first + schools):
        sid = f"s{n:04d}"
        name = f"School {n:04d} Primary"
        posts = [{"key": f"{sid}-{p.key}", "platform": p.platform, "hours_ago": p.hours_ago, "text": p.text,
                  **({"title": p.title} if p.title else {})} for p in base.posts]
        post_keys = {p: [f"{sid}-{q.key}" for q in base.posts if q.platform == p] for p in pool}
        items: list[dict[str, Any]] = []
        earlier: dict[str, list[str]] = {p: [] for p in pool}
        outside: set[str] = set()  # X items in threads the school did not start
        platforms = ("facebook", "x", "youtube")
        # A small per-school offset keeps items of different schools from sharing a millisecond.
        offset_s = (n % 997) * 0.001
        for j in range(comments_per_school):
            platform = platforms[j % 3]
            src = rng.choice(pool[platform])
            author = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            key = f"{sid}-g{j:05d}"
            at = round(start_s + duration_s * (j + rng.random()) / comments_per_school + offset_s, 3)
            if src.on == "mention":
                to = "mention"
            elif src.on == "feed":
                to = "feed"
            elif earlier[platform] and rng.random() < reply_share:
                to = rng.choice(earlier[platform][-50:])
            else:
                to = rng.choice(post_keys[platform])
            item: dict[str, Any] = {"key": key, "to": to, "at": at, "by": author, "text": _vary(src.text, rng),
                                    "labels": list(src.labels), "hide": src.must_hide}
            if src.status and to not in earlier[platform]:
                item["status"] = src.status
            if platform == "x":
                item["handle"] = f"{author.split()[0].lower()}{n % 1000:03d}{j:05d}"[:15]
                # a reply in a stranger's thread reaches the school only by naming it
                item["mention"] = src.mention or to == "mention" or to in outside
                if to == "mention" or to in outside:
                    outside.add(key)
            items.append(item)
            # Replies go to comments that stay up: a comment the worker (or YouTube's own
            # filter) takes down is no longer public, so nobody could reply to it.
            if not item.get("status") and not src.labels:
                earlier[platform].append(key)
        data = {
            "school": name,
            "accounts": {
                "facebook": {"key": f"{sid}-fb", "page_id": str(200000000000000 + n), "name": name,
                             "username": f"School{n:04d}Primary"},
                "x": {"key": f"{sid}-x", "user_id": str(1490000000000000000 + n), "username": f"School{n:04d}",
                      "name": name},
                "youtube": {"key": f"{sid}-yt", "channel_id": "UC" + f"fleetSchool{n:05d}".ljust(22, "A"),
                            "title": name},
            },
            "posts": posts,
            "items": items,
        }
        out.append(FleetSchool(id=sid, name=name, scenario=build_scenario(data, f"<generated {sid}>")))
    return out


class SandboxFleet(_LoopbackService):
    """Many schools' sandboxes behind one loopback URL (see the module docstring)."""

    _kind = "sandbox fleet"

    def __init__(self, schools: Iterable[FleetSchool], *, speed: float = 1.0, clock=None,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.schools = list(schools)
        self.servers: dict[str, SandboxServer] = {}
        self._by_token: dict[str, SandboxServer] = {}
        self._by_youtube_id: dict[str, SandboxServer] = {}
        start = None
        x_ids: set[str] = set()
        for school in self.schools:
            server = SandboxServer(school.scenario, clock=clock, speed=speed)
            self._unique_x_ids(server, x_ids)
            # every school starts at the same instant, so "speed" means the same for all
            start = start or server.state.start
            server.state.start = start
            self.servers[school.id] = server
            for platform in ("facebook", "x"):
                self._by_token[self.token(school.scenario.accounts[platform]["key"])] = server
            yt = school.scenario.accounts["youtube"]
            self._by_youtube_id[yt["channel_id"]] = server
            for node in server.state.nodes["youtube"].values():
                self._by_youtube_id[node.id] = server
        self.host = host
        self.port = port
        #: how long a "timeout" fault holds the connection (read by the request handler)
        self.fault_delay_s = 65.0
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @staticmethod
    def _unique_x_ids(server: SandboxServer, taken: set[str]) -> None:
        """X ids are snowflakes of (millisecond, sequence): two schools can draw the same
        one, which the real platform never does. Move a clash to the next free id of the
        same millisecond (order by time is kept)."""
        nodes = server.state.nodes["x"]
        moved = False
        for node in list(nodes.values()):
            if node.id in taken:
                number = int(node.id)
                while str(number) in taken or str(number) in nodes:
                    number += 1
                node.id = str(number)
                moved = True
            taken.add(node.id)
        if moved:
            server.state.nodes["x"] = {node.id: node for node in nodes.values()}

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> SandboxFleet:
        if self._httpd is None:
            self._serve("sandbox-fleet", queue_size=256)
        return self

    # ------------------------------------------------------------------ credentials
    @staticmethod
    def token(account_id: str) -> str:
        return FLEET_TOKEN_PREFIX + account_id

    def environment(self) -> dict[str, str]:
        """``MONITOR_<ACCOUNT>_*`` variables giving each Facebook and X account its own token."""
        from monitor.config import account_env_prefix

        env = {}
        for school in self.schools:
            acc = school.scenario.accounts
            env[account_env_prefix(acc["facebook"]["key"]) + "PAGE_TOKEN"] = self.token(acc["facebook"]["key"])
            env[account_env_prefix(acc["x"]["key"]) + "BEARER_TOKEN"] = self.token(acc["x"]["key"])
        return env

    # ------------------------------------------------------------------ scenario control
    def release_all(self) -> None:
        for server in self.servers.values():
            server.release_all()

    def inject(self, error: str, *, rate: float | None = None, seed: int = 0, **kwargs: Any) -> None:
        """Inject a fault into every school's sandbox (each with its own random stream)."""
        for n, server in enumerate(self.servers.values()):
            server.inject(error, rate=rate, seed=seed * 100_003 + n, **kwargs)

    def clear_faults(self) -> None:
        for server in self.servers.values():
            server.clear_faults()

    def expected(self) -> list[dict[str, Any]]:
        """Ground truth of every school's items (the worker's view: own replies left out)."""
        rows = []
        for sid, server in self.servers.items():
            accounts = server.state.accounts
            for row in server.state.expected():
                row["school_id"] = sid
                row["account_key"] = accounts[row["platform"]]["key"]
                rows.append(row)
        return rows

    def calls(self) -> list[tuple[str, str, str, dict[str, str]]]:
        """Every request made, as (school id, method, path, query)."""
        out = []
        for sid, server in self.servers.items():
            with server.state.lock:
                out.extend((sid, m, p, dict(q)) for m, p, q in server.state.calls)
        return out

    def write_calls(self) -> Counter:
        """Platform writes per target: ``(platform, comment id, what)`` -> number of calls.

        ``what`` is ``"moderate"`` for a hide, hold, reject or delete and ``"ban"`` for a
        YouTube ban; Facebook page blocks are counted per page as ``(facebook, page id,
        "block")``. Failed attempts count too (the log is written before faults fire)."""
        counts: Counter = Counter()
        for _sid, method, path, query in self.calls():
            if method not in ("POST", "PUT", "DELETE"):
                continue
            if path.startswith("/youtube/v3/"):
                if path.rstrip("/").endswith("setModerationStatus"):
                    what = "ban" if (query.get("banAuthor") or "").lower() == "true" else "moderate"
                    for cid in (query.get("id") or "").split(","):
                        counts[("youtube", cid.strip(), what)] += 1
            elif path.startswith("/2/"):
                parts = path.strip("/").split("/")
                if len(parts) == 4 and parts[1] == "tweets" and parts[3] == "hidden":
                    counts[("x", parts[2], "moderate")] += 1
            else:
                parts = path.strip("/").split("/")
                if len(parts) == 2:
                    counts[("facebook", parts[1], "moderate")] += 1
                elif len(parts) == 3 and parts[2] == "blocked":
                    counts[("facebook", parts[1], "block")] += 1
        return counts

    def visibility(self, platform: str, comment_id: str, school_id: str) -> str:
        return self.servers[school_id].state.visibility(platform, comment_id)

    # ------------------------------------------------------------------ dispatch
    def _route(self, target: str, headers: Any, body: bytes) -> SandboxServer | None:
        parts = urlsplit(target)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if parts.path.startswith("/youtube/v3/"):
            for name in ("allThreadsRelatedToChannelId", "channelId", "videoId", "parentId", "id"):
                for value in (query.get(name) or "").split(","):
                    server = self._by_youtube_id.get(value.strip())
                    if server is not None:
                        return server
            return None
        token = query.get("access_token")
        if not token and body and "application/x-www-form-urlencoded" in (headers.get("Content-Type") or "").lower():
            token = dict(parse_qsl(body.decode("utf-8", "replace"))).get("access_token")
        if not token:
            scheme, _, value = (headers.get("Authorization") or "").partition(" ")
            if scheme.lower() in ("bearer", "oauth"):
                token = value.strip()
        return self._by_token.get(token or "")

    def handle(self, method: str, target: str, headers: Any, body: bytes) -> Response:
        """Answer one request by handing it to the school it concerns."""
        server = self._route(target, headers, body)
        if server is None:
            return Response(404, {"error": {"message": "the sandbox fleet cannot tell which school this is for"}})
        return server.handle(method, target, headers, body)


# ---------------------------------------------------------------- the matching config


def build_fleet_config(schools: Iterable[FleetSchool], *, sandbox_url: str, database_url: str,
                       broker_url: str, smtp_host: str = "127.0.0.1", smtp_port: int = 1025,
                       poll_interval_s: float | Mapping[str, float] = 2.0, observe: bool = False,
                       timeout_s: float = 10.0):
    """An :class:`~monitor.config.AppConfig` for ``schools`` on the fleet at ``sandbox_url``.

    ``poll_interval_s`` is one value for every account or a mapping account id -> seconds.
    Quotas are lifted to what the sandbox allows (it does not enforce the real ones);
    each school has the demo's six invented people on example.com addresses.
    """
    from monitor.config import AppConfig

    def interval(account_id: str) -> float:
        if isinstance(poll_interval_s, Mapping):
            return float(poll_interval_s[account_id])
        return float(poll_interval_s)

    roles = (("Hannah Reed", "moderator"), ("Tom Okafor", "moderator"), ("Sarah Whitfield", "dsl"),
             ("David Lin", "deputy_dsl"), ("Margaret Evans", "headteacher"), ("IT Support", "it"))
    school_docs = []
    for school in schools:
        acc = school.scenario.accounts
        domain = f"{school.id}.example.com"
        school_docs.append({
            "id": school.id,
            "name": school.name,
            "accounts": [
                {"id": acc["facebook"]["key"], "platform": "facebook", "name": f"{school.name} (Facebook Page)",
                 "page_id": acc["facebook"]["page_id"], "poll_interval_s": interval(acc["facebook"]["key"]),
                 "observe": observe, "timeout_s": timeout_s},
                {"id": acc["x"]["key"], "platform": "x", "name": "@" + acc["x"]["username"],
                 "user_id": acc["x"]["user_id"], "username": acc["x"]["username"],
                 "poll_interval_s": interval(acc["x"]["key"]), "observe": observe, "timeout_s": timeout_s},
                {"id": acc["youtube"]["key"], "platform": "youtube", "name": f"{school.name} (YouTube)",
                 "channel_id": acc["youtube"]["channel_id"], "poll_interval_s": interval(acc["youtube"]["key"]),
                 "observe": observe, "timeout_s": timeout_s},
            ],
            "moderators": [{"name": name, "role": role,
                            "email": f"{name.split()[0][0].lower()}.{name.split()[-1].lower()}@{domain}"}
                           for name, role in roles],
            "policy": {"allow_phrases": ["PTA raffle", "PTA summer fair"]},
        })
    return AppConfig.model_validate({
        "version": 1,
        "database": {"url": database_url},
        "broker": {"url": broker_url},
        "smtp": {"host": smtp_host, "port": smtp_port, "sender": "moderation@example.com"},
        "sandbox": {"url": sandbox_url},
        "quota": {"youtube_units_per_day": 100_000_000, "x_min_interval_s": 0},
        "schools": school_docs,
    })
