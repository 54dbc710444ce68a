"""``monitor check-config FILE --online``: one block per account against the sandbox, a
non-zero exit when any account fails, and no secret in what it prints."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.cli import main

DEMO = Path(__file__).resolve().parents[2] / "monitor" / "demo.yaml"
ACCOUNT_IDS = ("OAKFIELD_FB", "OAKFIELD_X", "OAKFIELD_YT")


@pytest.fixture(autouse=True)
def _no_account_secrets(monkeypatch):
    import os

    for name in list(os.environ):
        if name.startswith(tuple(f"MONITOR_{a}_" for a in ACCOUNT_IDS)):
            monkeypatch.delenv(name)


def write_config(tmp_path: Path, sandbox_url: str | None) -> Path:
    config = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    config["database"] = {"url": f"sqlite:///{tmp_path / 'monitor.db'}"}
    if sandbox_url:
        config["sandbox"] = {"url": sandbox_url}
    path = tmp_path / "monitor.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def test_all_accounts_ok_against_the_sandbox(tmp_path, sandbox, capsys):
    path = write_config(tmp_path, sandbox.url)
    assert main(["check-config", str(path), "--online"]) == 0
    out = capsys.readouterr().out
    assert f"against the sandbox at {sandbox.url}" in out
    assert "oakfield/oakfield-fb (facebook): OK as Page 'Oakfield Primary School' (100200300400500)" in out
    assert "oakfield/oakfield-x (x): OK as @OakfieldPrimary (1480000000000000001)" in out
    assert "oakfield/oakfield-yt (youtube): OK as channel 'Oakfield Primary School'" in out
    assert "granted: https://www.googleapis.com/auth/youtube.force-ssl" in out


def test_failing_accounts_are_listed_and_exit_non_zero(tmp_path, sandbox, capsys, monkeypatch):
    monkeypatch.setenv("MONITOR_OAKFIELD_X_BEARER_TOKEN", "user-token-do-not-print")
    sandbox.grant("oakfield-fb", scopes=["pages_read_engagement", "pages_read_user_content"])
    sandbox.inject("auth", platform="x")
    path = write_config(tmp_path, sandbox.url)
    assert main(["check-config", str(path), "--online"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    fb = lines.index(next(line for line in lines if line.startswith("oakfield/oakfield-fb")))
    assert "FAILED" in lines[fb]
    assert lines[fb + 1] == "  missing: pages_manage_engagement"
    assert any(line.startswith("oakfield/oakfield-x (x): FAILED") for line in lines)
    assert "  problem: needs re-authorisation: Unauthorized (OAuth 2.0 user tokens expire after 2 hours)" in lines
    assert any(line.startswith("oakfield/oakfield-yt (youtube): OK") for line in lines)
    assert "2 account(s) failed the online check" in captured.err
    assert "user-token-do-not-print" not in captured.out + captured.err


def test_without_credentials_every_account_needs_authorising(tmp_path, capsys):
    path = write_config(tmp_path, None)
    assert main(["check-config", str(path), "--online"]) == 1
    out = capsys.readouterr().out
    assert "checking credentials online against the platforms" in out
    assert out.count(": FAILED") == 3
    assert "needs re-authorisation: no Page token: set MONITOR_OAKFIELD_FB_PAGE_TOKEN" in out
    assert "MONITOR_OAKFIELD_YT_REFRESH_TOKEN" in out


def test_without_online_no_platform_is_asked(tmp_path, sandbox, capsys):
    path = write_config(tmp_path, sandbox.url)
    assert main(["check-config", str(path)]) == 0
    assert "checking credentials" not in capsys.readouterr().out
    assert sandbox.state.calls == []
