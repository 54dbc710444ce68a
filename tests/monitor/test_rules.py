"""Custom rules on evasion-folded text, the rules report and check-config warnings."""

from __future__ import annotations

import pytest

from classifiers.base import Explanation, Verdict
from monitor.config import AppConfig, CustomRule, default_config
from monitor.domain import LABELS, Intention
from monitor.rules import (
    check_policy,
    compile_rules,
    contact_text,
    fold_text,
    match_rules,
    rules_report,
)


def rule(name: str, *, label: str | None = None, action: str = "hide",
         reason: str = "matched rule {rule}", **match) -> CustomRule:
    return CustomRule.model_validate(
        {"name": name, "match": match, "label": label, "action": action, "reason": reason}
    )


def run(rules: tuple[CustomRule, ...], text: str, *, author_id: str = "u-1",
        author_name: str = "Pat Example", platform: str = "facebook"):
    return match_rules(compile_rules(rules), folded_text=fold_text(text), author_id=author_id,
                       author_name=author_name, platform=platform,
                       regex_texts=(contact_text(text),))


ROBUX = rule("robux", label="spam", phrases=("free robux",))
SUB = rule("sub4sub", label="spam", regex=(r"\bsub(scribe)?\s*(2|to|for|4)\s*(my|sub)\b",))
INSULT = rule("insult", label="abuse", words=("idiot", "moron"))
ASS = rule("ass", label="abuse", words=("ass",))


@pytest.mark.parametrize(
    ("rules", "text", "fired"),
    [
        ((ROBUX,), "FREE ROBUX for everyone", ["robux"]),
        ((ROBUX,), "f r e e  r o b u x!!", ["robux"]),  # letters spaced out
        ((ROBUX,), "free r0bux", ["robux"]),  # leetspeak
        ((ROBUX,), "frее robux", ["robux"]),  # Cyrillic look-alike "е"
        ((ROBUX,), "free\u200b robux", ["robux"]),  # zero-width space
        ((ROBUX,), "freerobux.example.com", []),  # a phrase matches whole words only
        ((ROBUX,), "robux are not free", []),
        ((SUB,), "pls sub 2 my channel", ["sub4sub"]),
        ((SUB,), "SUBSCRIBE TO MY channel", ["sub4sub"]),  # regex without case
        ((SUB,), "the sub to the team was great", []),
        ((INSULT,), "the head is an !d!0t", ["insult"]),
        ((INSULT,), "what a m.o.r.o.n", ["insult"]),
        ((INSULT,), "idiotic decision", []),  # whole words
        ((ASS,), "year 6 class assembly", []),
        ((ROBUX, INSULT), "free robux you idiot", ["robux", "insult"]),  # config order
    ],
)
def test_text_rules_on_folded_text(rules, text, fired):
    assert [h.rule for h in run(rules, text)] == fired


def test_all_given_parts_must_match():
    r = rule("yt robux", label="spam", phrases=("free robux",), platforms=("youtube",))
    assert run((r,), "free robux", platform="facebook") == []
    assert [h.rule for h in run((r,), "free robux", platform="youtube")] == ["yt robux"]
    both = rule("both", words=("raffle",), phrases=("buy now",))
    assert run((both,), "raffle tickets") == []
    assert [h.rule for h in run((both,), "raffle tickets, buy now")] == ["both"]


@pytest.mark.parametrize(
    ("author_id", "author_name", "fires"),
    [("troll-77", "Someone", True), ("1", "@Troll_Seven", True), ("1", "troll_seven", True),
     ("troll-7", "Troll", False)],
)
def test_author_rule_matches_id_or_name(author_id, author_name, fires):
    r = rule("troll", authors=("troll-77", "@troll_seven"), reason="{author} is on the watch list")
    hits = run((r,), "hello", author_id=author_id, author_name=author_name)
    assert bool(hits) is fires
    if fires:
        assert hits[0].reason == f"{author_name} is on the watch list"
        assert hits[0].action is Intention.HIDE and hits[0].label is None


def test_platform_only_rule():
    r = rule("all x replies", action="flag", platforms=("x",), reason="{platform} reply")
    hits = run((r,), "anything", platform="x")
    assert hits[0].reason == "x reply" and hits[0].match == "x"
    assert run((r,), "anything", platform="youtube") == []


def test_templated_reason_fills_every_placeholder_and_leaves_others():
    r = rule("robux", label="spam", phrases=("free robux",),
             reason="{rule}/{author}/{platform}/{match} {unknown} {match:>99} {")
    [hit] = run((r,), "FREE R0BUX", author_name="Pat", platform="youtube")
    assert hit.reason == "robux/Pat/youtube/free robux {unknown} {match:>99} {"
    assert hit.match == "free robux"


def test_personal_data_in_a_match_is_masked():
    phone = rule("phone", label="personal_info", regex=(r"07\d{3}\s?\d{6}",), reason="number {match}")
    [hit] = run((phone,), "ring 07700 900461")
    assert "900461" not in hit.reason and hit.reason.startswith("number 07")
    digits = rule("digits", regex=(r"call \d{5} \d{6}",), reason="{match}")
    [hit] = run((digits,), "call 07700 900461 now")
    assert "900461" not in hit.reason
    email = rule("email", regex=(r"\S+@\S+",), reason="{match}")
    [hit] = run((email,), "write to pat.example@example.com")
    assert "pat.example" not in hit.reason


def test_rule_with_nothing_to_match_never_fires():
    assert run((rule("empty"),), "anything at all") == []


def test_compile_is_cached_per_rule_set():
    rules = (ROBUX, INSULT)
    assert compile_rules(rules) is compile_rules(rules)
    assert len(compile_rules(rules)) == 2


# ----------------------------------------------------------------- check-config


def config_with(school_extra: dict, policy: dict) -> AppConfig:
    base = default_config().model_dump(mode="json")
    school = base["schools"][0]
    school["policy"] = {**school["policy"], **policy}
    school.update(school_extra)
    return AppConfig.model_validate(base)


def test_demo_config_has_no_policy_warnings():
    assert check_policy(default_config()) == []


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ({"labels": {"abuse": {"act": 1.0, "review": 0.4}}}, "practically never act"),
        ({"labels": {"spam": {"act": 0.0, "review": 0.0}}}, "faintest spam signal would be actioned"),
        ({"labels": {"abuse": {"act": 0.5, "review": 0.5}}}, "no review band"),
        ({"labels": {"safeguarding": {"action": "flag"}}}, "would stay visible"),
        ({"labels": {"hate": {"action": "none"}}}, "racist or homophobic"),
        ({"labels": {"spam": {"action": "none", "alert": "none"}}}, "ignored entirely"),
        ({"rules": [{"name": "nothing", "match": {}}]}, "nothing to match"),
        ({"rules": [{"name": "any", "match": {"regex": ["x*"]}}]}, "fires on every comment"),
        ({"rules": [{"name": "blank", "match": {"words": ["  "]}}]}, "empty after folding"),
        ({"rules": [{"name": "multi", "match": {"words": ["free robux"]}}]}, "list it under phrases"),
        ({"rules": [{"name": "ban all", "match": {"platforms": ["youtube"]}, "action": "ban"}]},
         "whatever it says"),
        ({"allow_phrases": ["Oakfield"]}, "part of the school's or an account's name"),
        ({"allow_phrases": ["Oakfield Primary"]}, "part of the school's or an account's name"),
        ({"allow_phrases": ["a"]}, "so short"),
        ({"repeat_offenders": {"count": 1}}, "first actioned comment bans"),
        ({"allow_authors": ["Mrs Evans"]}, "looks like a display name"),
        ({"escalation": {"deputy_after_min": 30, "headteacher_after_min": 15}}, "no later than"),
    ],
)
def test_check_policy_warns(policy, expected):
    warnings = check_policy(config_with({}, policy))
    assert any(expected in w for w in warnings), warnings
    assert all(w.startswith("school oakfield: ") for w in warnings)


def test_check_policy_warns_about_unreachable_platform_missing_roles_and_observe():
    cfg = config_with(
        {
            "accounts": [{"id": "oak-fb", "platform": "facebook", "page_id": "1", "observe": True}],
            "moderators": [
                {"name": "A", "role": "moderator", "email": "a@example.com"},
                {"name": "B", "role": "dsl", "email": "b@example.com"},
            ],
        },
        {"rules": [{"name": "yt only", "match": {"words": ["sub"], "platforms": ["youtube"]}}],
         "allow_authors": ["@OakfieldHead"]},
    )
    text = "\n".join(check_policy(cfg))
    assert "rule 'yt only' is limited to youtube" in text
    assert "no deputy_dsl configured" in text and "no headteacher configured" in text
    assert "no moderator with role it" in text
    assert "account oak-fb is in observe mode" in text
    assert "'@OakfieldHead' is an @handle, which only counts on X" in text


# ----------------------------------------------------------------- rules test report


class FakePipeline:
    """Returns a fixed verdict, so the report is tested apart from the classifier."""

    def __init__(self, scores: dict[str, float], rule_name: str = "insult aimed at a person"):
        self.scores = scores
        self.rule_name = rule_name

    def classify(self, text: str) -> Verdict:
        scores = {label: self.scores.get(label, 0.0) for label in LABELS}
        expl = {k: [Explanation("lexicon", self.rule_name, 0, 3, "xxx")] for k, v in scores.items() if v}
        return Verdict(labels=tuple(k for k, v in scores.items() if v >= 0.5), scores=scores,
                       explanations=expl)


def test_rules_report_shows_scores_rules_and_decision():
    cfg = config_with({}, {"rules": [
        {"name": "insult words", "match": {"words": ["idiot"]}, "label": "abuse", "action": "hide",
         "reason": "{rule}: '{match}' on {platform}"}]})
    report = rules_report(cfg, "the head is a useless id1ot", platform="x",
                          pipeline=FakePipeline({"abuse": 0.91, "spam": 0.45}))
    lines = report.splitlines()
    assert lines[0] == "School: Oakfield Primary School (oakfield); platform: x; account: oakfield-x"
    assert any(ln.split()[:2] == ["abuse", "0.91"] and "ACT -> hide" in ln for ln in lines)
    assert any(ln.split()[:2] == ["spam", "0.45"] and "review" in ln for ln in lines)
    assert "lexicon: insult aimed at a person" in report
    assert "insult words [abuse, hide]: insult words: 'idiot' on x" in report
    assert "Decision: hide; alert: immediate" in report
    assert "useless" not in report  # the text itself is not echoed


def test_rules_report_explains_allow_phrase_and_observe():
    cfg = config_with({"accounts": [
        {"id": "oak-fb", "platform": "facebook", "page_id": "1", "observe": True}]}, {})
    report = rules_report(cfg, "Buy your PTA raffle tickets", pipeline=FakePipeline({"commercial": 0.8}))
    assert "suppressed by allow list" in report
    assert "Allowed by: allow phrase 'PTA raffle'" in report
    assert "Decision: none; alert: none" in report
    assert "observe mode" in report


def test_rules_report_unknown_school_is_a_config_error():
    from monitor.errors import ConfigError

    with pytest.raises(ConfigError, match="no school 'nope'"):
        rules_report(default_config(), "hi", school_id="nope", pipeline=FakePipeline({}))


def test_rules_report_with_the_real_pipeline():
    report = rules_report(default_config(), "sub 2 my channel for free robux", platform="youtube")
    for label in LABELS:
        assert any(line.startswith(label + " ") for line in report.splitlines())
    assert "Decision: " in report


def test_blank_part_never_turns_a_rule_into_match_everything():
    r = rule("blank words on x", words=("  ",), platforms=("x",))
    assert run((r,), "anything", platform="x") == []


def test_regex_also_sees_the_contact_view():
    email = rule("email", label="personal_info", regex=(r"[\w.]+@[\w-]+\.\w+",), reason="{match}")
    [hit] = run((email,), "mail pat.example at example dot com")
    assert hit.label == "personal_info" and "example.com" not in hit.reason
    phone = rule("spelled phone", regex=(r"\b77009\d+",))
    assert [h.rule for h in run((phone,), "seven seven zero zero nine oh one")] == ["spelled phone"]


# ----------------------------------------------------------------- the documentation


def test_examples_in_docs_rules_md_are_valid_and_behave_as_described():
    import re as _re
    from pathlib import Path

    import yaml

    from monitor.config import SchoolConfig

    doc = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    blocks = [yaml.safe_load(b) for b in _re.findall(r"```yaml\n(.*?)```", doc.read_text(), _re.S)]
    assert len(blocks) >= 6
    school: dict = {"id": "oakfield", "name": "Oakfield Primary School", "policy": {}}
    for block in blocks:
        for key, value in block.items():
            if key == "policy":
                school["policy"].update(value)
            else:
                school[key] = value
    parsed = SchoolConfig.model_validate(school)
    assert {r.name for r in parsed.policy.rules} >= {"robux scam", "behaviour incident"}
    cfg = AppConfig.model_validate({"schools": [school]})
    assert any("observe mode" in w for w in check_policy(cfg))

    idiot = (rule("insult", words=("idiot",)),)
    for text in ("you !d!0t", "you I D I O T", "you \u0456d\u0456ot"):  # as the doc promises
        assert [h.rule for h in run(idiot, text)] == ["insult"], text
