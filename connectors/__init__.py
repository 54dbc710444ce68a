"""Platform connectors: one module per platform behind the :class:`Connector` protocol.

The registry maps a platform name to its connector class; a new platform is one module
plus one line here.
"""

from __future__ import annotations

from connectors.base import Capability, Comment, Connector, Cursor, FetchResult

__all__ = ["PLATFORM_NAMES", "Capability", "Comment", "Connector", "Cursor", "FetchResult", "connector_class"]

#: platform key -> the name people know it by (alerts, digests, pages)
PLATFORM_NAMES: dict[str, str] = {"facebook": "Facebook", "x": "X", "youtube": "YouTube"}

#: platform name -> "module:Class", imported lazily so that importing the package does
#: not pull in every SDK.
REGISTRY: dict[str, str] = {
    "facebook": "connectors.facebook:FacebookConnector",
    "x": "connectors.x:XConnector",
    "youtube": "connectors.youtube:YouTubeConnector",
}


def connector_class(platform: str) -> type:
    """Return the connector class registered for ``platform``."""
    import importlib

    try:
        target = REGISTRY[platform]
    except KeyError:
        raise KeyError(f"no connector registered for platform {platform!r}") from None
    module_name, _, cls_name = target.partition(":")
    return getattr(importlib.import_module(module_name), cls_name)
