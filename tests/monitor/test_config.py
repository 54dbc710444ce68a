"""Config loading: every problem reported with file, line and field; secrets from env only."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from monitor.config import account_env_prefix, default_config, load_config, load_secrets, parse_config
from monitor.errors import ConfigError, redact

ROOT = Path(__file__).resolve().parents[2]

GOOD = textwrap.dedent("""\
    version: 1
    schools:
      - id: oak
        name: Oak School
        accounts:
          - id: oak-fb
            platform: facebook
            page_id: "1"
        moderators:
          - {name: A One, role: moderator, email: a@example.com}
          - {name: B Two, role: dsl, email: b@example.com}
""")


def test_example_and_demo_configs_are_valid():
    config = load_config(ROOT / "monitor.example.yaml")
    assert [s.id for s in config.schools] == ["oakfield", "riverside"]
    assert config.schools[0].policy.labels["spam"].action == "remove"
    # Unspecified fields of a partially overridden label keep the spec defaults.
    assert config.schools[0].policy.labels["spam"].alert == "grouped"
    assert default_config().schools[0].accounts[0].platform == "facebook"


def test_defaults_follow_the_spec():
    labels = parse_config(GOOD).schools[0].policy.labels
    assert labels["safeguarding"].action == "hold" and labels["safeguarding"].alert == "urgent"
    assert labels["hate"].action == "hide" and labels["hate"].alert == "immediate"
    assert labels["spam"].alert == "grouped" and labels["commercial"].alert == "grouped"
    assert all(p.review <= p.act for p in labels.values())


def test_every_problem_has_a_line_and_field(tmp_path):
    bad = GOOD.replace("version: 1", "version: 1\ncolour: blue").replace(
        "platform: facebook", "platform: myspace").replace("email: b@example.com", "email: not-an-address")
    path = tmp_path / "bad.yaml"
    path.write_text(bad)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    found = {(p.line, p.field.split(".")[-1]) for p in info.value.problems}
    assert (2, "colour") in found
    assert any(line == 8 and "platform" in field for line, field in found), found
    assert any(line == 12 for line, _ in found), found
    assert all(p.file == str(path) for p in info.value.problems)


def test_a_school_needs_two_watchers_and_a_dsl():
    lone = GOOD.replace("      - {name: B Two, role: dsl, email: b@example.com}\n", "")
    assert lone != GOOD
    with pytest.raises(ConfigError) as info:
        parse_config(lone)
    assert "at least two moderators" in str(info.value)


def test_invalid_yaml_is_reported_with_its_line():
    with pytest.raises(ConfigError) as info:
        parse_config("version: 1\nschools: [\n  - id: x\n", "broken.yaml")
    assert info.value.problems[0].line is not None
    assert "not valid YAML" in info.value.problems[0].message


def test_secrets_come_from_the_environment_and_never_print():
    account = parse_config(GOOD).schools[0].accounts[0]
    assert account_env_prefix("oak-fb") == "MONITOR_OAK_FB_"
    secrets = load_secrets(account, {"MONITOR_OAK_FB_PAGE_TOKEN": "EAAB-secret-page-token-1234"})
    assert secrets.get("page_token") == "EAAB-secret-page-token-1234"
    assert "EAAB-secret" not in repr(secrets) and "EAAB-secret" not in str(secrets.model_dump())
    assert redact("failed with EAAB-secret-page-token-1234 in url") == "failed with *** in url"
