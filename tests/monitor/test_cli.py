"""The command line, and the containers that run it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml

from monitor.cli import COMMANDS, build_parser, main, parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_check_config_reports_problems_and_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\nschools:\n  - id: Bad Id\n    name: x\n    colour: red\n")
    assert main(["check-config", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3: schools[0].id" in err
    assert f"{path}:5: schools[0].colour: unknown key" in err


def test_check_config_accepts_the_example(capsys):
    assert main(["check-config", str(ROOT / "monitor.example.yaml")]) == 0
    assert "OK (2 school(s), 4 account(s))" in capsys.readouterr().out


def test_classify_names_an_unreadable_file_in_one_line(tmp_path, capsys):
    missing = tmp_path / "comments.jsonl"
    assert main(["classify", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: cannot read {missing}: No such file or directory"


def test_classify_reads_a_file_it_is_given(tmp_path, capsys):
    comments = tmp_path / "comments.jsonl"
    comments.write_text('{"id": "c1", "text": "Lovely photos from sports day"}\n', encoding="utf-8")
    assert main(["classify", str(comments)]) == 0
    out = capsys.readouterr().out.strip()
    assert '"id": "c1"' in out and '"labels": []' in out


def test_every_declared_command_parses():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def _compose_commands():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name, service in compose["services"].items():
        if service.get("image", "").startswith("school-social-monitor") or "build" in service:
            yield name, service["command"]


def test_compose_is_consistent():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"redis", "postgres", "worker", "scheduler", "mailcatcher"} <= set(services)
    for name, service in services.items():
        for dep in service.get("depends_on", {}):
            assert dep in services, f"{name} depends on unknown service {dep}"
    assert services["worker"]["deploy"]["replicas"] >= 2
    assert services["postgres"]["image"].startswith("postgres:15")
    assert services["redis"]["image"].startswith("redis:")
    assert "MONITOR_DATABASE_URL" in services["worker"]["environment"]


@pytest.mark.parametrize(("service", "command"), list(_compose_commands()))
def test_compose_commands_exist_in_the_cli(service, command):
    args = parse_args(command)
    assert args.command in COMMANDS
    assert callable(args.func)


def test_dockerfile_runs_the_cli_as_a_non_root_user():
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    user_lines = [line for line in lines if line.startswith("USER ")]
    assert user_lines and user_lines[-1] not in ("USER root", "USER 0", "USER 0:0")
    entry = next(line for line in lines if line.startswith("ENTRYPOINT"))
    assert '"monitor"' in entry
    cmd = next(line for line in lines if line.startswith("CMD"))
    args = parse_args(yaml.safe_load(cmd.removeprefix("CMD ")))
    assert args.command == "worker"


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text()
    for line in readme.splitlines():
        if line.startswith("monitor ") and "<" not in line:
            parse_args(shlex.split(line, comments=True)[1:])
