"""A definite description that speaks ("the governor added", "the Ohio senator said") is the one
person who has spoken so far, even when the role_fit readings do not match it to their role; not when
it names another party or office, when another person's role fits it, or when someone else has
spoken. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_an_abbreviated_title_is_the_office_spelled_out() -> None:
    experts, sources = run(
        "Gov. Ines Marlow said the roads were safe again. “We have cleared every highway,” the governor "
        "added."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Marlow", 2)]
    assert not sources


def test_a_place_before_the_office_when_the_roles_name_none() -> None:
    experts, sources = run(
        "Senator Ines Marlow said the bill would pass. The Ohio senator said the vote would be close."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Marlow", 2)]
    assert not sources


def test_a_role_that_says_another_office_is_someone_else() -> None:
    experts, sources = run(
        "Works Minister Tomas Varga said the bridge would open in May. The member of parliament said the "
        "delays were caused by the floods."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Tomas Varga", 1)]
    assert [s.speaker for s in sources] == ["The member of parliament"]


def test_another_party_is_someone_else() -> None:
    experts, sources = run(
        "Senator Ines Marlow said the bill would pass. The Republican front-runner said it would fail."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Marlow", 1)]
    assert [s.speaker for s in sources] == ["The Republican front-runner"]


def test_not_when_two_people_have_spoken() -> None:
    experts, sources = run(
        "Gov. Tomas Varga said the bridge would open in May. Engineer Ines Marlow said the steel had "
        "arrived. “The floods caused the delays,” the governor added."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Tomas Varga", 1), ("Ines Marlow", 1)]
    assert sources


def test_not_when_another_persons_role_fits() -> None:
    experts, _ = run(
        "Works Minister Tomas Varga said the bridge would open in May. The mayor said the town was "
        "ready. “We have waited ten years,” said Mayor Ines Marlow."
    )
    varga = next(e for e in experts if e.name == "Tomas Varga")
    assert [q.text for q in varga.quotes] == ["the bridge would open in May"]


def test_not_when_someone_named_before_has_no_role() -> None:
    experts, sources = run(
        "Ines Marlow met the strikers on Monday. Gov. Tomas Varga said the strike would end soon. "
        "“The talks went well,” the governor added."
    )
    # Ines Marlow may be the governor: the text gives her no role to rule her out
    assert [(e.name, len(e.quotes)) for e in experts] == [("Tomas Varga", 1)]
    assert [s.speaker for s in sources] == ["the governor"]
