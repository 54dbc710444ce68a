"""The rota: present people only, at least two, stand-ins and warnings."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.config import SchoolConfig
from monitor.rota import KINDS, UnknownAlertKindError, recipients

MONDAY = date(2026, 11, 23)

PEOPLE = [
    ("Hannah Reed", "moderator"),
    ("Tom Okafor", "moderator"),
    ("Sarah Whitfield", "dsl"),
    ("David Lin", "deputy_dsl"),
    ("Margaret Evans", "headteacher"),
    ("IT Support", "it"),
]


def school(absent: dict[str, list[tuple[date, date]]] | None = None,
           people: list[tuple[str, str]] = PEOPLE) -> SchoolConfig:
    absent = absent or {}
    return SchoolConfig.model_validate({
        "id": "oakfield",
        "name": "Oakfield Primary School",
        "accounts": [{"id": "oakfield-fb", "platform": "facebook", "page_id": "1"}],
        "moderators": [
            {"name": name, "role": role,
             "email": name.lower().replace(" ", ".") + "@example.com",
             "absent": [{"start": s, "end": e} for s, e in absent.get(name, [])]}
            for name, role in people
        ],
    })


def names(rota) -> list[str]:
    return [p.name for p in rota.people]


EVERYONE = school()


@pytest.mark.parametrize(
    ("kind", "labels", "expected"),
    [
        ("urgent", (), ["Sarah Whitfield", "Hannah Reed", "Tom Okafor"]),
        ("immediate", ("abuse",), ["Hannah Reed", "Tom Okafor"]),
        ("immediate", ("hate", "abuse"), ["Hannah Reed", "Tom Okafor", "Sarah Whitfield"]),
        ("grouped", ("spam",), ["Hannah Reed", "Tom Okafor"]),
        ("it", (), ["IT Support", "Hannah Reed"]),
        ("escalation_deputy", (), ["David Lin", "Sarah Whitfield"]),
        ("escalation_head", (), ["Margaret Evans", "David Lin"]),
        ("digest", (), ["Margaret Evans", "Sarah Whitfield"]),
    ],
)
def test_everyone_present(kind, labels, expected):
    rota = recipients(EVERYONE, kind, MONDAY, labels=labels)
    assert names(rota) == expected
    assert rota.warnings == [] and rota.short is False


def test_every_kind_is_routed():
    assert set(KINDS) == {"urgent", "immediate", "grouped", "it", "escalation_deputy",
                          "escalation_head", "digest"}
    with pytest.raises(UnknownAlertKindError, match="unknown alert kind 'pager'"):
        recipients(EVERYONE, "pager", MONDAY)


@pytest.mark.parametrize(
    ("day", "present"),
    [(date(2026, 11, 22), True), (date(2026, 11, 23), False), (date(2026, 11, 27), False),
     (date(2026, 11, 28), True)],
)
def test_absence_periods_are_inclusive(day, present):
    s = school({"Hannah Reed": [(date(2026, 11, 23), date(2026, 11, 27))]})
    assert ("Hannah Reed" in names(recipients(s, "immediate", day))) is present


def test_dsl_absent_deputy_stands_in_for_a_safeguarding_page():
    s = school({"Sarah Whitfield": [(MONDAY, MONDAY)]})
    rota = recipients(s, "urgent", MONDAY)
    assert names(rota) == ["David Lin", "Hannah Reed", "Tom Okafor"]
    assert any("no DSL is present on 2026-11-23" in w for w in rota.warnings)
    assert any("David Lin (deputy DSL)" in w and "in place of the DSL" in w for w in rota.warnings)
    assert rota.short is False


def test_dsl_and_deputy_absent_headteacher_stands_in():
    s = school({"Sarah Whitfield": [(MONDAY, MONDAY)], "David Lin": [(MONDAY, MONDAY)]})
    assert names(recipients(s, "urgent", MONDAY))[0] == "Margaret Evans"


def test_hate_reaches_the_deputy_when_the_dsl_is_away():
    s = school({"Sarah Whitfield": [(MONDAY, MONDAY)]})
    rota = recipients(s, "immediate", MONDAY, labels=("hate",))
    assert names(rota) == ["Hannah Reed", "Tom Okafor", "David Lin"]


def test_one_moderator_away_fills_up_to_two_from_the_next_role():
    s = school({"Tom Okafor": [(MONDAY, MONDAY)]})
    rota = recipients(s, "grouped", MONDAY)
    assert names(rota) == ["Hannah Reed", "Sarah Whitfield"]
    assert rota.short is False


def test_both_moderators_away_fill_order_moderator_dsl_deputy_head():
    s = school({"Tom Okafor": [(MONDAY, MONDAY)], "Hannah Reed": [(MONDAY, MONDAY)]})
    rota = recipients(s, "immediate", MONDAY)
    assert names(rota) == ["Sarah Whitfield", "David Lin"]
    assert any("no moderator is present" in w for w in rota.warnings)


def test_deputy_away_escalation_goes_to_the_headteacher():
    s = school({"David Lin": [(MONDAY, MONDAY)]})
    rota = recipients(s, "escalation_deputy", MONDAY)
    assert names(rota) == ["Margaret Evans", "Sarah Whitfield"]
    assert any("in place of the deputy DSL" in w for w in rota.warnings)


def test_only_one_present_person_warns_it_and_never_uses_it_staff_for_content():
    away = {n: [(MONDAY, MONDAY)] for n, _ in PEOPLE if n not in ("Hannah Reed", "IT Support")}
    s = school(away)
    rota = recipients(s, "urgent", MONDAY)
    assert names(rota) == ["Hannah Reed"]
    assert rota.short is True
    assert any("only 1 present person" in w and "at least 2" in w for w in rota.warnings)
    it = recipients(s, "it", MONDAY)
    assert names(it) == ["IT Support", "Hannah Reed"] and it.short is False


def test_nobody_present_still_reaches_someone_and_says_so():
    s = school({n: [(MONDAY, MONDAY)] for n, _ in PEOPLE})
    rota = recipients(s, "urgent", MONDAY)
    assert names(rota) == ["Sarah Whitfield"]  # the DSL, although away: better than lost
    assert rota.short is True
    assert any("nobody who can receive urgent alerts is present" in w for w in rota.warnings)


def test_small_school_with_two_people():
    s = school(people=[("Asha Patel", "dsl"), ("Ben Cole", "deputy_dsl")])
    assert names(recipients(s, "grouped", MONDAY)) == ["Asha Patel", "Ben Cole"]
    digest = recipients(s, "digest", MONDAY)  # no headteacher: the deputy stands in
    assert names(digest) == ["Ben Cole", "Asha Patel"]
    assert digest.warnings == ["Oakfield Primary School: Ben Cole (deputy DSL) receives the digest "
                               "alert in place of the headteacher."]
    assert names(recipients(s, "urgent", MONDAY)) == ["Asha Patel", "Ben Cole"]
    head = recipients(s, "escalation_head", MONDAY)
    assert names(head) == ["Ben Cole", "Asha Patel"] and head.short is False
