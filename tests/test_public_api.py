"""Every module's ``__all__`` names things that exist, and every package module imports."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

PACKAGES = ("monitor", "connectors", "classifiers")
# Modules that need a process set-up of their own to import (Alembic's environment script).
SKIP = {"monitor.migrations.env"}


def _modules():
    for package in PACKAGES:
        yield package
        pkg = importlib.import_module(package)
        for info in pkgutil.walk_packages(pkg.__path__, prefix=f"{package}."):
            if info.name not in SKIP and ".versions." not in info.name:
                yield info.name


@pytest.mark.parametrize("name", sorted(set(_modules())))
def test_all_lists_only_existing_names(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        return
    assert len(exported) == len(set(exported)), f"{name}.__all__ has duplicates"
    missing = [n for n in exported if not hasattr(module, n)]
    assert missing == [], f"{name}.__all__ names missing attributes: {missing}"


def test_the_error_tree_is_one_tree():
    from monitor import errors

    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, errors.MonitorError), name
