"""A local stand-in for the Facebook Graph API, X API v2 and YouTube Data API v3.

The demo and the end-to-end tests point the real SDKs at one loopback server that speaks
the three platforms' wire formats and serves a scripted school scenario::

    from connectors.sandbox import SandboxServer
    server = SandboxServer(speed=60).start()   # server.url -> "http://127.0.0.1:PORT"
    server.release_all()                       # or let scenario time run
    server.state.visibility("facebook", comment_id)   # "visible"|"hidden"|"held"|"removed"
    server.state.expected()                    # ground truth: platform, id, text, labels, must_hide
    server.inject("rate_limited", platform="x", rate=0.2, seed=1)
    server.stop()

Modules: :mod:`.server` (HTTP, routing, fault injection, command line), one module per
platform (:mod:`.facebook`, :mod:`.x`, :mod:`.youtube`), :mod:`.state` (what exists and
its moderation state), :mod:`.scenario` with the data file ``scenario.yaml``.
"""

from __future__ import annotations

from connectors.sandbox.scenario import Scenario, load_scenario
from connectors.sandbox.server import ERRORS, SandboxServer
from connectors.sandbox.state import SandboxState

__all__ = ["ERRORS", "SandboxServer", "SandboxState", "Scenario", "load_scenario"]
