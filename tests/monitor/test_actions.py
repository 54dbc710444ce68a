"""Intentions become what each platform can really do, and say so when degraded."""

from __future__ import annotations

import pytest

from connectors.base import Capability as C
from monitor.actions import plan_action

FACEBOOK = frozenset({C.HIDE, C.RESTORE, C.REMOVE, C.BAN})
X = frozenset({C.HIDE, C.RESTORE})
YOUTUBE = frozenset({C.HOLD, C.RESTORE, C.REMOVE, C.BAN})
NOTHING = frozenset()


@pytest.mark.parametrize(
    ("intention", "platform", "caps", "action", "ban", "note", "ask_block"),
    [
        ("none", "facebook", FACEBOOK, None, False, None, False),
        ("flag", "x", X, None, False, None, False),
        ("hide", "facebook", FACEBOOK, "hide", False, None, False),
        ("hide", "x", X, "hide", False, None, False),
        ("hide", "youtube", YOUTUBE, "hold", False, "Hiding is not possible on YouTube", False),
        ("hold", "youtube", YOUTUBE, "hold", False, None, False),
        ("hold", "facebook", FACEBOOK, "hide", False, "Holding for review is not possible on Facebook", False),
        ("hold", "x", X, "hide", False, "not possible on X: hidden instead", False),
        ("remove", "facebook", FACEBOOK, "remove", False, None, False),
        ("remove", "x", X, "hide", False, "Removal is not possible on X: hidden instead", False),
        ("remove", "youtube", YOUTUBE, "remove", False, None, False),
        ("ban", "facebook", FACEBOOK, "hide", True, None, False),
        ("ban", "youtube", YOUTUBE, "remove", True, None, False),
        ("ban", "x", X, "hide", False, "please block them by hand", True),
        ("hide", "facebook", NOTHING, None, False, "a moderator must act", False),
    ],
)
def test_plan_degrades_by_capability(intention, platform, caps, action, ban, note, ask_block):
    plan = plan_action(intention, platform, caps)
    assert plan.comment_action == action
    assert plan.ban is ban
    assert plan.ask_moderator_to_block is ask_block
    if note is None:
        assert plan.notes == []
    else:
        assert any(note in n for n in plan.notes), plan.notes


def test_unknown_intention_is_rejected():
    with pytest.raises(ValueError):
        plan_action("explode", "facebook", FACEBOOK)
