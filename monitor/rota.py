"""Who receives an alert today: the rota.

Each kind of alert has the roles it is meant for (a safeguarding page goes to the DSL
and the moderators, a digest to the headteacher), and the rota sends only to people who
are present that day (absence periods are inclusive). Two rules from the school policies
shape it: at least two people keep watch (000 A.5.4, 004 Appendix A: "enough approved
moderators to provide cover during leave and absences"), so when the meant-for people
are too few the rota fills up from the other roles in a fixed, sensible order; and when
fewer than two people are present at all it says so, for IT to hear about.

:func:`recipients` is pure; the caller sends the message and logs or forwards the
warnings (:attr:`Rota.short` tells it that IT should be told).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from monitor.config import ModeratorConfig, SchoolConfig
from monitor.errors import MonitorError

__all__ = ["KINDS", "MIN_PEOPLE", "Rota", "UnknownAlertKindError", "recipients"]

MIN_PEOPLE = 2

# kind -> (roles it is meant for, roles to fill up from in order until MIN_PEOPLE).
# IT staff never fill in for content alerts: those carry details of pupils and parents.
_ROUTES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "urgent": (("dsl", "moderator"), ("deputy_dsl", "headteacher")),
    "immediate": (("moderator",), ("moderator", "dsl", "deputy_dsl", "headteacher")),
    "grouped": (("moderator",), ("moderator", "dsl", "deputy_dsl", "headteacher")),
    "it": (("it",), ("moderator", "dsl", "deputy_dsl", "headteacher")),
    # an escalation keeps the people already paged in the loop before anyone else
    "escalation_deputy": (("deputy_dsl",), ("dsl", "headteacher", "moderator")),
    "escalation_head": (("headteacher",), ("deputy_dsl", "dsl", "moderator")),
    "digest": (("headteacher",), ("dsl", "deputy_dsl", "moderator")),
}
KINDS: tuple[str, ...] = tuple(_ROUTES)

# Who stands in when nobody of a safeguarding or leadership role is present.
_STAND_IN: dict[str, tuple[str, ...]] = {
    "dsl": ("deputy_dsl", "headteacher"),
    "deputy_dsl": ("headteacher", "dsl"),
    "headteacher": ("deputy_dsl", "dsl"),
}

_ROLE_NAMES = {
    "moderator": "moderator",
    "dsl": "DSL",
    "deputy_dsl": "deputy DSL",
    "headteacher": "headteacher",
    "it": "IT contact",
}


class UnknownAlertKindError(MonitorError):
    """``recipients`` was asked about a kind of alert it does not know."""


@dataclass
class Rota:
    """The people to send to, and what the caller should know about the choice."""

    people: list[ModeratorConfig]
    warnings: list[str] = field(default_factory=list)
    short: bool = False  # fewer than MIN_PEOPLE present people: tell IT

    def __bool__(self) -> bool:
        return bool(self.people)


def recipients(
    school: SchoolConfig, kind: str, today: date, *, labels: Iterable[str] = ()
) -> Rota:
    """The people who receive an alert of ``kind`` for ``school`` on ``today``.

    ``labels`` are the comment's labels; hate also reaches the DSL on an ``immediate``
    alert (policy 000 A.5.6: a possible Police or CEOP matter).
    """
    if kind not in _ROUTES:
        raise UnknownAlertKindError(f"unknown alert kind {kind!r} (known: {', '.join(KINDS)})")
    primary, fill = _ROUTES[kind]
    if kind == "immediate" and "hate" in set(labels):
        primary = (*primary, "dsl")

    everyone = list(school.moderators)
    present = [m for m in everyone if m.is_present(today)]
    chosen: list[ModeratorConfig] = []
    warnings: list[str] = []
    day = today.isoformat()

    def take(person: ModeratorConfig) -> None:
        if not any(person is c for c in chosen):
            chosen.append(person)

    def present_in(role: str) -> list[ModeratorConfig]:
        return [m for m in present if m.role == role]

    for role in primary:
        people = present_in(role)
        if people:
            for person in people:
                take(person)
            continue
        # A role nobody holds is check-config's business; an absence is news today.
        if any(m.role == role for m in everyone):
            warnings.append(f"{school.name}: no {_ROLE_NAMES[role]} is present on {day}.")
        for stand_in in _STAND_IN.get(role, ()):
            people = present_in(stand_in)
            if people:
                for person in people:
                    take(person)
                names = ", ".join(p.name for p in people)
                warnings.append(
                    f"{school.name}: {names} ({_ROLE_NAMES[stand_in]}) receives the {kind} alert "
                    f"in place of the {_ROLE_NAMES[role]}."
                )
                break

    for role in fill:
        for person in present_in(role):
            if len(chosen) >= MIN_PEOPLE:
                break
            take(person)

    short = len(chosen) < MIN_PEOPLE
    if not chosen:
        # Nobody is present: an alert sent to someone away still beats an alert lost.
        for role in (*primary, *fill):
            for person in everyone:
                if person.role == role:
                    take(person)
            if chosen:
                break
        names = ", ".join(p.name for p in chosen) or "nobody"
        warnings.append(
            f"{school.name}: nobody who can receive {kind} alerts is present on {day}; "
            f"sent to {names} although absent. Please arrange cover (policy: two people keep watch)."
        )
    elif short:
        warnings.append(
            f"{school.name}: only {len(chosen)} present person can receive {kind} alerts on {day} "
            f"({chosen[0].name}); the policy asks for at least {MIN_PEOPLE}. Please arrange cover."
        )
    return Rota(people=chosen, warnings=warnings, short=short)
