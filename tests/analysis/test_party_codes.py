"""A US lawmaker's party code after the name (issue 12), with sentences invented for the test: a state
lawmaker's code names a home town of more than one word ("R-New Berlin", "D-San Antonio"), and a code
in brackets is read beside any mention of the name, not only where the person speaks."""

from __future__ import annotations

import pytest

from tests.analysis.test_long_roles import sole_role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rep. Dana Whitby, D-San Antonio, said the bill would not pass this session.",
            "Dana Whitby",
            "Rep.; D-San Antonio",
        ),
        (
            "Rep. Dana Whitby (R-New Berlin) said the bill would not pass this session.",
            "Dana Whitby",
            "Rep.; R-New Berlin",
        ),
        (
            "Senator Dana Whitby (R-New Berlin) rewrote parts of the bill on Monday. Whitby says the "
            "donations would not be allowed during the session.",
            "Dana Whitby",
            "Senator; R-New Berlin",
        ),
        (
            "Sen. Dana Whitby (D-Ariz.) met the growers on Friday. “It went well,” Whitby said.",
            "Dana Whitby",
            "Sen.; D-Ariz.",
        ),
    ],
)
def test_a_party_code_after_the_name_is_read(text: str, name: str, role: str) -> None:
    assert sole_role(text, name) == role


def test_a_place_in_brackets_is_no_party_code() -> None:
    text = "Senator Dana Whitby (New Berlin) rewrote the bill. Whitby says donations would not be allowed."
    assert sole_role(text, "Dana Whitby") == "Senator"
