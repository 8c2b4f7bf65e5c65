"""A capitalised run followed by a comma and a date opens a dateline ("NBA Harbourton, April 05, 2020 —",
"Port Vale, 5 May"): it is a place, not a person a later "she said" may mean. The sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import run


@pytest.mark.parametrize("dateline", ["NBA Harbourton, April 05, 2020 —", "Port Vale, 5 May —"])
def test_a_dateline_place_is_no_speaker(dateline: str) -> None:
    experts, _ = run(
        f"{dateline}\n“No new cases for two days is a good thing,” underlined the spokesperson of the "
        "Ministry of Health this afternoon.\n“It is a good sign, but we all need to remain vigilant,” "
        "she said."
    )
    assert not experts


def test_a_person_named_before_a_date_in_the_text_still_speaks() -> None:
    experts, _ = run(
        "Harbourton, April 05, 2020 — Health minister Lena Vogt said on Monday that the clinics would "
        "open. “It is a good sign,” she said."
    )
    assert [e.name for e in experts] == ["Lena Vogt"]
