"""The ``monitor`` command: every way to run, check and inspect the worker.

Commands that need a config take ``--config FILE`` (or ``MONITOR_CONFIG``); ``demo`` and
``classify`` work without one. Errors print as one readable line (or one line per config
problem) and set a non-zero exit code; tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from monitor.errors import ConfigError, MonitorError

__all__ = ["COMMANDS", "build_parser", "main"]

log = logging.getLogger("monitor")


def _config_path(args) -> str:
    path = getattr(args, "config", None) or os.environ.get("MONITOR_CONFIG")
    if not path:
        raise ConfigError("no config file: pass --config FILE or set MONITOR_CONFIG")
    return path


def _runtime(args):
    from monitor.config import load_config
    from monitor.runtime import Runtime

    path = _config_path(args)
    os.environ["MONITOR_CONFIG"] = str(path)
    return Runtime(load_config(path))


# ---------------------------------------------------------------- commands


def cmd_check_config(args) -> int:
    from monitor.config import load_config, load_secrets, missing_secrets

    try:
        config = load_config(args.file)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {args.file}", file=sys.stderr)
        return 2
    warnings = []
    if not config.sandbox.url:
        for school, account in config.all_accounts():
            missing = missing_secrets(account, load_secrets(account))
            if missing:
                warnings.append(f"{school.id}/{account.id}: secrets not set: {', '.join(missing)}")
    from monitor.quota import plan_polls

    warnings.extend(plan_polls(config).warnings)
    try:
        from monitor.rules import check_policy

        warnings.extend(check_policy(config))
    except ImportError:
        pass
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    accounts = len(config.all_accounts())
    print(f"{args.file}: OK ({len(config.schools)} school(s), {accounts} account(s))")
    if getattr(args, "online", False) and not _check_access_online(config):
        return 1
    return 1 if (warnings and args.strict) else 0


def _check_access_online(config) -> bool:
    """Ask each platform what each account's credentials can do; print one block per
    account. True when every account passed."""
    from connectors import connector_class
    from monitor.config import load_secrets
    from monitor.errors import redact

    where = f"the sandbox at {config.sandbox.url}" if config.sandbox.url else "the platforms"
    print(f"checking credentials online against {where}")
    failed = 0
    for school, account in config.all_accounts():
        label = f"{school.id}/{account.id} ({account.platform})"
        try:
            connector = connector_class(account.platform)(account, load_secrets(account),
                                                          base_url=config.sandbox.url)
            report = connector.check_access()
        except MonitorError as exc:  # a connector that cannot even be built
            print(redact(f"{label}: FAILED\n  problem: {exc}"))
            failed += 1
            continue
        who = f" as {report.identity}" if report.identity else ""
        print(redact(f"{label}: {'OK' if report.ok else 'FAILED'}{who} ({report.calls} call(s))"))
        lines = [f"  missing: {name}" for name in report.missing]
        lines += [f"  problem: {text}" for text in report.problems]
        lines += [f"  note: {text}" for text in report.notes]
        if report.ok and report.granted:
            lines.append(f"  granted: {', '.join(report.granted)}")
        for line in lines:
            print(redact(line))
        failed += not report.ok
    if failed:
        print(f"{failed} account(s) failed the online check", file=sys.stderr)
    return not failed


def cmd_classify(args) -> int:
    from classifiers.cli import run_classify

    context = None
    if args.config:
        rt = _runtime(args)
        school = rt.school(args.school) if args.school else rt.config.schools[0]
        context = rt.classifier_context(school)
    # Bytes that are not UTF-8 become U+FFFD: the line is then classified or reported as
    # bad JSON by number, instead of one stray byte ending the whole run with a traceback.
    if args.file and args.file != "-":
        try:
            infile = open(args.file, encoding="utf-8", errors="replace")
        except OSError as exc:
            # A mistyped path (or a comment given in place of a file) is the caller's error,
            # said in one line with the usage's exit code, not a traceback.
            print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        with infile:
            return run_classify(infile, sys.stdout, context=context)
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    return run_classify(sys.stdin, sys.stdout, context=context)


def cmd_eval(args) -> int:
    from classifiers.evaluate import main as eval_main

    return eval_main(args.rest)


def cmd_rules(args) -> int:
    from monitor.config import default_config, load_config
    from monitor.rules import rules_report

    path = args.config or os.environ.get("MONITOR_CONFIG")
    config = load_config(path) if path else default_config()
    print(rules_report(config, args.text, school_id=args.school, platform=args.platform, author=args.author))
    return 0


def cmd_migrate(args) -> int:
    rt = _runtime(args)
    rt.store.migrate()
    print(f"database at head: {rt.store.engine.url.render_as_string(hide_password=True)}")
    return 0


def _start(rt, args):
    from monitor.actors import configure, declare_actors, send
    from monitor.broker import build_broker

    rt.store.migrate()
    broker = build_broker(rt.config.broker_url, embedded_path=rt.config.broker.embedded_path)
    declare_actors(broker)
    configure(rt)
    return broker, send


def cmd_worker(args) -> int:
    import signal
    import threading

    import dramatiq

    rt = _runtime(args)
    broker, _ = _start(rt, args)
    if args.metrics_port:
        from monitor import metrics
        from monitor.actors import QUEUES

        metrics.watch_queues(broker, QUEUES)
        metrics.serve(args.metrics_port, args.metrics_bind)
    worker = dramatiq.Worker(broker, worker_threads=args.threads)
    worker.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    log.info("worker started with %d threads", args.threads)
    stop.wait()
    worker.stop()
    return 0


def cmd_scheduler(args) -> int:
    import signal
    import threading

    from monitor.broker import redis_client_of
    from monitor.scheduler import Scheduler

    rt = _runtime(args)
    broker, send = _start(rt, args)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    Scheduler(rt, send, redis_client_of(broker)).run(stop, tick_s=args.tick_s)
    return 0


def cmd_run(args) -> int:
    """Worker and scheduler in one process (a single small school)."""
    import signal
    import threading

    import dramatiq

    from monitor.broker import redis_client_of
    from monitor.scheduler import Scheduler

    rt = _runtime(args)
    broker, send = _start(rt, args)
    worker = dramatiq.Worker(broker, worker_threads=args.threads)
    worker.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        Scheduler(rt, send, redis_client_of(broker)).run(stop, tick_s=args.tick_s)
    finally:
        worker.stop()
    return 0


def cmd_demo(args) -> int:
    from monitor.demo import run_demo

    return run_demo(out_dir=Path(args.out), speed=args.speed, live=not args.quiet, timeout_s=args.timeout_s)


def cmd_sandbox(args) -> int:
    from connectors.sandbox.server import main as sandbox_main

    return sandbox_main(args.rest)


def cmd_mailcatcher(args) -> int:
    from monitor.mailcatcher import main as mail_main

    return mail_main(args.rest)


def cmd_mailbox(args) -> int:
    from monitor.mailcatcher import read_mailbox

    messages = read_mailbox(Path(args.maildir))
    for i, msg in enumerate(messages, 1):
        print(f"{i:3}. {msg['Date'] or '':31}  to {msg['To']:40.40}  {msg['Subject']}")
    print(f"{len(messages)} message(s) in {args.maildir}")
    return 0


def cmd_web(args) -> int:
    from monitor.web import serve

    rt = _runtime(args)
    _start(rt, args)  # webhooks enqueue polls through the broker
    serve(rt, args.bind or rt.config.web.bind, args.port or rt.config.web.port)
    return 0


def cmd_digest(args) -> int:
    from monitor.digest import main as digest_main

    forwarded = list(args.rest)
    if args.config and "--config" not in forwarded:
        forwarded = ["--config", args.config, *forwarded]
    return digest_main(forwarded)


def cmd_audit(args) -> int:
    from monitor import audit

    rt = _runtime(args)
    if args.audit_cmd == "verify":
        report = audit.verify_chain(rt.store)
        if report.ok:
            print(f"audit chain OK: {report.rows_checked} rows verified")
            return 0
        print(f"audit chain BROKEN at seq {report.first_bad_seq}: {report.reason}", file=sys.stderr)
        return 1
    if args.audit_cmd == "export":
        comment_id = _resolve_comment(rt, args.comment)
        json_path, html_path = audit.export_evidence(rt.store, comment_id, Path(args.out), config=rt.config)
        print(f"evidence pack written: {json_path} and {html_path}")
        return 0
    if args.audit_cmd == "purge":
        count = audit.purge_expired(rt.store, rt.config.retention, rt.clock())
        print(f"purged the text of {count} comment(s)")
        return 0
    raise MonitorError(f"unknown audit command {args.audit_cmd}")


def _resolve_comment(rt, ref: str) -> int:
    """A comment is named by its store id or by platform:external_id."""
    if ref.isdigit():
        return int(ref)
    platform, _, external = ref.partition(":")
    row = rt.store.find_comment(platform, external)
    if row is None:
        raise MonitorError(f"no stored comment {ref!r} (use an id or platform:external_id)")
    return row.id


def cmd_restore(args) -> int:
    from monitor.actions import restore_comment

    rt = _runtime(args)
    print(restore_comment(rt, _resolve_comment(rt, args.comment), args.actor))
    return 0


def cmd_confirm(args) -> int:
    from monitor.actions import confirm_removal

    rt = _runtime(args)
    print(confirm_removal(rt, _resolve_comment(rt, args.comment), args.actor))
    return 0


def cmd_ack(args) -> int:
    from monitor.actions import acknowledge_alert

    rt = _runtime(args)
    print(acknowledge_alert(rt, int(args.alert), args.actor))
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="monitor", description="Moderation worker for school social media accounts.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--log-format", choices=["text", "json"], default="text",
                        help="json: one JSON object per line, for log collectors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func, help_text: str, *, config: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        if config:
            p.add_argument("--config", help="config file (default: $MONITOR_CONFIG)")
        return p

    p = add("demo", cmd_demo, "Run the monitor on the embedded default: sandbox platforms, SQLite, embedded Redis.")
    p.add_argument("--out", default="var/demo", help="directory for the database, mailbox and digest")
    p.add_argument("--speed", type=float, default=50.0,
                   help="scenario speed-up: 50 plays the scripted half hour in about 35 s")
    p.add_argument("--timeout-s", type=float, default=180.0, help="give up after this many seconds")
    p.add_argument("--quiet", action="store_true", help="no live table, only the summary")

    p = add("check-config", cmd_check_config, "Validate a config file without running anything.")
    p.add_argument("file")
    p.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    p.add_argument("--online", action="store_true",
                   help="also ask each platform (or the configured sandbox) what each account's credentials can "
                        "do; exit 1 when any account lacks a scope, permission or a live token")

    p = add("classify", cmd_classify, 'Classify {"id","text"} JSON lines (stdin or FILE) into verdict JSON lines.',
            config=True)
    p.add_argument("file", nargs="?", default="-")
    p.add_argument("--school", help="school id whose context to use (with --config)")

    p = add("eval", cmd_eval, "Evaluate the classifiers on held-out data (per-label P/R/F1).")
    p.add_argument("rest", nargs=argparse.REMAINDER)

    p = add("rules", cmd_rules, "Show which rules fire on a text and what would be done.", config=True)
    p.add_argument("rules_cmd", choices=["test"])
    p.add_argument("text")
    p.add_argument("--school")
    p.add_argument("--platform", default="facebook", choices=["facebook", "x", "youtube"])
    p.add_argument("--author")

    add("migrate", cmd_migrate, "Create or upgrade the database schema.", config=True)
    p = add("worker", cmd_worker, "Run a worker process (scale by running more).", config=True)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--metrics-port", type=int, help="serve Prometheus /metrics of this process on this port")
    p.add_argument("--metrics-bind", default="127.0.0.1", help="address for --metrics-port")
    p = add("scheduler", cmd_scheduler, "Run the scheduler (only one is active at a time).", config=True)
    p.add_argument("--tick-s", type=float, default=1.0)
    p = add("run", cmd_run, "Run a worker and the scheduler in one process.", config=True)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--tick-s", type=float, default=1.0)

    p = add("web", cmd_web, "Serve the action-link, health and readiness endpoints.", config=True)
    p.add_argument("--bind", help="address (default from config: 127.0.0.1)")
    p.add_argument("--port", type=int)

    p = add("digest", cmd_digest, "Render (or send) the weekly digest: --week 2026-W47 --out FILE.html [--pdf F].",
            config=True)
    p.add_argument("rest", nargs=argparse.REMAINDER)

    p = add("audit", cmd_audit, "Verify the audit chain, export an evidence pack, purge old text.", config=True)
    p.add_argument("audit_cmd", choices=["verify", "export", "purge"])
    p.add_argument("comment", nargs="?", help="comment id or platform:external_id (export)")
    p.add_argument("--out", default="evidence", help="output directory (export)")

    for name, func, text in (("restore", cmd_restore, "Restore a hidden comment (false positive)."),
                             ("confirm", cmd_confirm, "Confirm a hidden comment's removal.")):
        p = add(name, func, text, config=True)
        p.add_argument("comment", help="comment id or platform:external_id")
        p.add_argument("--as", dest="actor", required=True, help="who is doing this (name or email)")
    p = add("ack", cmd_ack, "Acknowledge an alert.", config=True)
    p.add_argument("alert", help="alert id")
    p.add_argument("--as", dest="actor", required=True)

    p = add("sandbox", cmd_sandbox, "Serve the sandbox platforms (Facebook, X, YouTube wire formats).")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p = add("mailcatcher", cmd_mailcatcher, "Run a local SMTP mail catcher that writes a Maildir.")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p = add("mailbox", cmd_mailbox, "List the messages in a mail catcher's Maildir.")
    p.add_argument("maildir", nargs="?", default="var/demo/mail")
    return parser


#: Commands whose arguments are handed on untouched to another module's own parser.
PASSTHROUGH = ("eval", "digest", "sandbox", "mailcatcher")

COMMANDS = ("demo", "check-config", "classify", "eval", "rules", "migrate", "worker", "scheduler", "run", "web",
            "digest", "audit", "restore", "confirm", "ack", "sandbox", "mailcatcher", "mailbox")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse ``argv``; pass-through commands keep every argument for their own parser."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if args.command in PASSTHROUGH:
        args.rest = unknown + list(args.rest)
    elif unknown:
        parser.error(f"unrecognised arguments: {' '.join(unknown)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from monitor.logs import configure_logging

    configure_logging(logging.DEBUG if args.verbose else logging.INFO, args.log_format)
    try:
        return args.func(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except MonitorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
