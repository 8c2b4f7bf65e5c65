"""A description that names an office refers back to the person the article named without one: past a
capitalised run read as a name that no first name or "he"/"she" makes a person's, and by the other
words news uses for an office ("the ex-president", "the city's top prosecutor"). The sentences are
invented."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def _said(text: str) -> dict[str, list[str]]:
    experts, sources = run(text)
    found = {e.name: [q.text for q in e.quotes] for e in experts}
    found.update({s.speaker: [q.text for q in s.quotes] for s in sources})
    return found


def test_the_office_goes_to_the_speaker_past_a_bare_name_of_no_sex() -> None:
    # "North Veldish" reads as a name, but nothing makes it a person's: it does not make the
    # commissioner one of two people named without an office
    said = _said(
        "Activists from North Veldish were questioned last week. None of them was arrested, Tomas Varga "
        "told a press conference on Monday. “No one is being held,” Varga said. The commissioner explained "
        "that more people would be questioned."
    )
    assert any("more people would be questioned" in q for q in said["Tomas Varga"])
    assert "The commissioner" not in said


def test_a_woman_named_without_an_office_still_keeps_the_office_from_the_speaker() -> None:
    said = _said(
        "Tomas Varga accused Ines Brandt of stalling the budget. “She is afraid of the vote,” Varga said. "
        "The prime minister replied that she would not be rushed."
    )
    assert not any("would not be rushed" in q for q in said.get("Tomas Varga", []))


def test_the_ex_president_is_the_former_president_who_spoke() -> None:
    said = _said(
        "Former Veldish president Tomas Varga arrived at court on Friday. Varga said he was innocent. "
        "“I never gave an order,” the ex-president said."
    )
    assert "I never gave an order" in said["Tomas Varga"]


def test_a_state_attorney_is_the_top_prosecutor_of_the_lead() -> None:
    said = _said(
        "Six officers were charged on Friday in the death of a man in custody, the city's top prosecutor "
        "said. State Attorney Mara Quinn said the arrest was illegal."
    )
    assert any("Six officers were charged" in q for q in said["Mara Quinn"])
