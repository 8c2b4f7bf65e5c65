"""Roles as the article gives them: trimming appositives, merging several, roles stated with a verb."""

from __future__ import annotations

import pytest

from bot.analysis.quotes.role_merge import merge_roles
from bot.analysis.quotes.roles import COPULA, clean_role, is_party_code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("director of the Institute of Energy Studies", "director of the Institute of Energy Studies"),
        ("an analyst at Fenwick who rates the shares", "an analyst at Fenwick"),
        ("chief executive of Lumen Co. Ltd.", "chief executive of Lumen Co. Ltd."),
        ("a seismologist at Tohoku University", "a seismologist at Tohoku University"),
        ("who heads the intensive care unit", "heads the intensive care unit"),
        ("who is a professor of law at Leiden", "a professor of law at Leiden"),
        ("D-Mass.", "D-Mass."),
        ("said the economy was weak", None),
        ("who toured the area by helicopter", None),
        ("in an interview on Monday", None),
        ("45", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_role(raw: str | None, expected: str | None) -> None:
    assert clean_role(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the tycoon", "the tycoon"),
        ("a mother of three", "a mother of three"),
        ("the second time this week", "the second time this week"),
    ],
)
def test_appositive_descriptions(raw: str, expected: str) -> None:
    assert clean_role(raw, appositive=True) == expected


def test_merge_roles_drops_roles_inside_others_and_keeps_order() -> None:
    assert merge_roles(["Agriculture Secretary", "Secretary"]) == "Agriculture Secretary"
    assert merge_roles(["Secretary", "Agriculture Secretary"]) == "Agriculture Secretary"
    assert merge_roles(["the union's outgoing leader", "CEO of Vela Cinemas"]) == (
        "the union's outgoing leader; CEO of Vela Cinemas"
    )
    assert merge_roles([]) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (" is dean of the law school at Porto.", "dean of the law school at Porto"),
        (", 61, is a retired teacher.", "a retired teacher"),
        (" being named the new head of the chamber", "the new head of the chamber"),
        (" was appointed finance minister in May.", "finance minister in May"),
        (" has been named chief executive of Vela.", "chief executive of Vela"),
    ],
)
def test_roles_stated_with_a_verb(text: str, role: str) -> None:
    match = COPULA.match(text)
    assert match is not None
    assert clean_role(match.group("role")) == role


def test_party_codes() -> None:
    assert is_party_code("R-OH") and is_party_code("(D-Calif.)") and not is_party_code("Co-Op")
