"""One name romanised two ways ("Mohamed", "Muhammad") is one person's: "Dr. Muhammad indicated …" after
"Dr. Karim Mohamed" is Karim Mohamed, not a second expert. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_a_surname_spelt_another_way_is_the_same_person() -> None:
    experts, _ = run(
        "Dr. Karim Mohamed, the director of health, said the hospitals were ready. Dr. Muhammad indicated "
        "that 13 districts had been isolated."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Karim Mohamed", 2)]


def test_two_different_names_stay_two_people() -> None:
    experts, _ = run(
        "Dr. Karim Mohamed said the hospitals were ready. Dr. Salim Ahmed said the clinics were not."
    )
    assert {e.name for e in experts} == {"Karim Mohamed", "Salim Ahmed"}
