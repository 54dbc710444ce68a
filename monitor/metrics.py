"""Prometheus metrics of the worker.

Counters and histograms are process-local (each worker process serves its own
``/metrics`` when started with ``--metrics-port``; the web endpoint serves its own), which
is how Prometheus scrapes a scaled deployment: one target per process. Queue depth is
read from Redis at scrape time. Label values are bounded (platform, label, action kind,
channel, error class): never a comment id, author or text.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

__all__ = [
    "ACTIONS",
    "ALERTS",
    "COMMENTS",
    "COMMENT_TO_ACTION",
    "ERRORS",
    "POLLS",
    "POLL_SECONDS",
    "REGISTRY",
    "VERDICTS",
    "render",
    "watch_queues",
]

REGISTRY = CollectorRegistry(auto_describe=True)

POLLS = Counter("monitor_polls", "Polls of platform accounts by outcome.", ["platform", "outcome"],
                registry=REGISTRY)
COMMENTS = Counter("monitor_comments", "New comments stored.", ["platform"], registry=REGISTRY)
VERDICTS = Counter("monitor_verdict_labels", "Labels given by the classifiers.", ["label"], registry=REGISTRY)
ACTIONS = Counter("monitor_actions", "Platform actions by kind and status.", ["platform", "kind", "status"],
                  registry=REGISTRY)
ALERTS = Counter("monitor_alert_deliveries", "Alert deliveries by channel and status.", ["channel", "status"],
                 registry=REGISTRY)
ERRORS = Counter("monitor_errors", "Errors by class.", ["error_class"], registry=REGISTRY)
POLL_SECONDS = Histogram("monitor_poll_seconds", "Duration of one poll.", ["platform"], registry=REGISTRY,
                         buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
CLASSIFY_SECONDS = Histogram("monitor_classify_seconds", "Classification time of one comment.", registry=REGISTRY,
                             buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5))
COMMENT_TO_ACTION = Histogram(
    "monitor_comment_to_action_seconds", "From the comment's creation to the platform action being done.",
    ["platform"], registry=REGISTRY, buckets=(1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600))
NEEDS_REAUTH = Gauge("monitor_accounts_needing_reauth", "Accounts whose token must be renewed.",
                     registry=REGISTRY)


class _QueueDepth:
    """Reads dramatiq's Redis queues at scrape time."""

    def __init__(self, broker, queues) -> None:
        self.broker = broker
        self.queues = tuple(queues)

    def collect(self):
        family = GaugeMetricFamily("monitor_queue_depth", "Messages waiting per queue.", labels=["queue"])
        for queue in self.queues:
            try:
                size = int(self.broker.do_qsize(queue))
            except Exception:  # a broken Redis must not break the scrape of everything else
                continue
            family.add_metric([queue], size)
        yield family


_watched: list = []


def watch_queues(broker, queues) -> None:
    """Expose the depth of ``queues`` (Redis broker only; once per process)."""
    if hasattr(broker, "do_qsize") and not _watched:
        collector = _QueueDepth(broker, queues)
        REGISTRY.register(collector)
        _watched.append(collector)


def render() -> bytes:
    return generate_latest(REGISTRY)


def serve(port: int, addr: str = "127.0.0.1") -> None:
    """Serve /metrics for this process on ``addr:port`` (loopback by default)."""
    from prometheus_client import start_http_server

    start_http_server(port, addr=addr, registry=REGISTRY)
