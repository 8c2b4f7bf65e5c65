"""A one-word office after an owner's "’s" ("KHC’s Justice further observed …") describes a person, as
"the Justice" would: it is no expert named "Justice" with the owner for a role, and it refers back to
the one person the article gave that office. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_an_owned_office_refers_back_to_its_holder() -> None:
    experts, _ = run(
        "The bench was headed by Justice Ali Raza Khan. KHC’s Justice further observed that a man was "
        "killed while police did nothing."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ali Raza Khan", 1)]


def test_an_owned_office_with_no_holder_is_an_unnamed_source() -> None:
    experts, sources = run("KHC’s Justice further observed that a man was killed while police did nothing.")
    assert not experts
    assert [s.kind for s in sources] == ["unnamed"]


def test_an_office_of_several_words_after_its_owner_is_no_person() -> None:
    experts, sources = run(
        "Tariffs will hurt small farms, Veldland’s Foreign Minister told a press briefing."
    )
    assert not experts
    assert [(s.speaker, s.kind) for s in sources] == [("Veldland’s Foreign Minister", "unnamed")]


def test_an_owned_office_of_several_words_is_the_person_named_next() -> None:
    experts, sources = run(
        "Tariffs will hurt small farms, Veldland’s Foreign Minister told a press briefing on Monday. "
        "At the briefing, Tomas Berrow said the talks had failed."
    )
    assert [(e.name, e.role) for e in experts] == [("Tomas Berrow", "Veldland’s Foreign Minister")]
    assert "Tariffs will hurt small farms" in [q.text for q in experts[0].quotes]
    assert not [s for s in sources if s.quotes]
