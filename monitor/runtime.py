"""Everything a worker process needs, built once: config, store, clock, connectors,
the classification pipeline and the notifiers.

Actors, the CLI, the web endpoint and the scheduler all receive a :class:`Runtime`
instead of reaching for globals, so tests can build one around a temporary database, a
sandbox and an injected clock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from monitor.config import AccountConfig, AppConfig, SchoolConfig, load_secrets
from monitor.domain import utcnow
from monitor.store import Store

__all__ = ["Clock", "Runtime"]

Clock = Callable[[], datetime]


class Runtime:
    def __init__(self, config: AppConfig, *, store: Store | None = None, clock: Clock = utcnow,
                 sandbox_url: str | None = None, signing_key: bytes | None = None) -> None:
        self.config = config
        self.store = store or Store(config.database_url)
        self.clock = clock
        self.sandbox_url = sandbox_url or config.sandbox.url
        self._signing_key = signing_key
        self._local = threading.local()  # SDK clients (httplib2) are not thread-safe
        self._pipeline: Any = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lookups
    def account(self, account_id: str) -> tuple[SchoolConfig, AccountConfig]:
        return self.config.account(account_id)

    def school(self, school_id: str) -> SchoolConfig:
        for school in self.config.schools:
            if school.id == school_id:
                return school
        raise KeyError(school_id)

    # ------------------------------------------------------------------ connectors
    #: Connectors kept per worker thread. Each holds an SDK client; a trust with a thousand
    #: accounts must not keep threads x accounts of them alive.
    connectors_per_thread = 32

    def connector(self, account_id: str):
        """The connector of an account, one instance per thread (least recently used kept)."""
        from collections import OrderedDict

        cache = getattr(self._local, "connectors", None)
        if cache is None:
            cache = self._local.connectors = OrderedDict()
        if account_id in cache:
            cache.move_to_end(account_id)
        else:
            while len(cache) >= self.connectors_per_thread:
                cache.popitem(last=False)
            from connectors import connector_class

            _, account = self.account(account_id)
            cls = connector_class(account.platform)
            # the runtime's clock, so a rate limit's reset is measured in the same time as the rest
            cache[account_id] = cls(account, load_secrets(account), base_url=self.sandbox_url, clock=self.clock)
        return cache[account_id]

    # ------------------------------------------------------------------ classification
    @property
    def pipeline(self):
        """The classification pipeline, built once per process."""
        with self._lock:
            if self._pipeline is None:
                from classifiers.pipeline import build_pipeline

                self._pipeline = build_pipeline()
            return self._pipeline

    def classifier_context(self, school: SchoolConfig):
        """What the classifiers need to know about a school (its own fundraising, staff)."""
        cache = self.__dict__.setdefault("_contexts", {})
        if school.id not in cache:
            from classifiers.pipeline import ClassifierContext

            cache[school.id] = ClassifierContext(
                allow_phrases=tuple(school.policy.allow_phrases),
                staff_names=tuple(school.staff_names),
            )
        return cache[school.id]

    def classify(self, text: str, school: SchoolConfig):
        return self.pipeline.classify(text, context=self.classifier_context(school))

    # ------------------------------------------------------------------ notifiers
    def notifiers(self, school_id: str) -> dict:
        cache = self.__dict__.setdefault("_notifiers", {})
        if school_id not in cache:
            from monitor.alerts import build_notifiers

            cache[school_id] = build_notifiers(self.config, self.school(school_id))
        return cache[school_id]

    # ------------------------------------------------------------------ signing
    @property
    def signing_key(self) -> bytes:
        """Key for signed action links: MONITOR_SIGNING_KEY, else a per-database key."""
        if self._signing_key is None:
            import os

            from monitor.errors import register_secret

            value = os.environ.get("MONITOR_SIGNING_KEY")
            if value:
                register_secret(value)
                self._signing_key = value.encode()
            else:
                import hashlib

                self._signing_key = hashlib.sha256(b"monitor-dev-signing:" + self.config.database_url.encode()).digest()
        return self._signing_key
