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
