"""A singular common noun for what someone is, then the surname of a person named in full before
("Runner-up Papadaki" after "Maria Papadaki", "Democrat Vale" after "Ann Vale") is that person, with the
noun as what she is: not a firm called "Runner-up Papadaki", and a "she said" after it is hers. The
sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_a_described_surname_is_the_person_named_before() -> None:
    experts, sources = run(
        "Lena Vogt of Norway won the race. She beat Greek veteran Maria Papadaki and Kenyan runner Ruth "
        "Kiprop. Runner-up Papadaki warned that the stars should try the course before the games. “Many "
        "of the favourites could be in for a shock,” she said."
    )
    assert [(e.name, e.role, len(e.quotes)) for e in experts] == [("Maria Papadaki", "Runner-up", 2)]
    assert not sources


def test_two_people_with_that_surname_leave_it_unresolved() -> None:
    experts, _ = run(
        "Maria Papadaki and Eleni Papadaki ran the race. Runner-up Papadaki warned that the course was hard."
    )
    assert not experts
