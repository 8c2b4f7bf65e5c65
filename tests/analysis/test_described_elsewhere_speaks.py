"""A lead's described speaker that the role reading gives to the person named next ("a Kestrel Capital
analyst downgraded the bank's shares, arguing … ¶ Ines Varga moved her target …") gives that person its words too,
also when the description is indefinite, when the person was named only with a home town, and when the
speaker read stops short of the description. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_an_indefinite_lead_description_speaks_for_the_person_it_describes() -> None:
    experts, sources = run(
        "Harbour Bank stock slid on Friday after a Kestrel Capital analyst downgraded the lender, arguing "
        "that its loan book was weakening. Ines Varga moved her price target down by two dollars. She "
        "later said the bank could still recover."
    )
    assert [(e.name, e.role) for e in experts] == [("Ines Varga", "a Kestrel Capital analyst")]
    assert "its loan book was weakening" in [q.text for q in experts[0].quotes]
    assert not [s for s in sources if s.quotes]


def test_a_person_named_with_a_home_town_takes_the_description_and_its_words() -> None:
    experts, sources = run(
        "Orchard owners expect a thin apple harvest after the late frost, says a senior fruit adviser with "
        "Veldland Horticulture.\n“The blossom simply froze,” said Tom Berrow of Grande Lake."
    )
    assert [e.name for e in experts] == ["Tom Berrow"]
    assert experts[0].role is not None
    assert experts[0].role.startswith("a senior fruit adviser with Veldland Horticulture")
    assert len(experts[0].quotes) == 2
    assert not [s for s in sources if s.quotes]
