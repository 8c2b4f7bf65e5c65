"""A named subject whose words run on before the verb ("NAME from the court in Harbourton said", "NAME
of Hale and Sons said", "NAME, visiting the hospital, said", "NAME who led the team said") still
speaks: the place, firm or office inside those words does not. Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def _sources(text: str) -> list[str]:
    return [s.speaker for s in run(text)[1]]


def test_a_name_before_a_chain_of_prepositional_phrases_speaks() -> None:
    text = (
        "During the hearing, presiding judge Orla Brennick from the district court in Harbourton noted "
        "that the defendants had shown no remorse."
    )
    experts = by_name(text)
    assert list(experts) == ["Orla Brennick"]
    assert any("no remorse" in q for q in quotes_of(experts["Orla Brennick"], "indirect"))
    assert "Harbourton" not in _sources(text)


def test_a_name_inside_the_chain_is_no_speaker() -> None:
    # the spokesman speaks, not the mayor named inside his description
    experts = by_name(
        "A spokesman for Mayor Tessa Varne from the council in Harbourton said the road would close."
    )
    assert "Tessa Varne" not in experts


def test_and_inside_a_firm_after_a_name_joins_no_second_speaker() -> None:
    text = 'Dairy farmer Owen Tolland of RJ Tolland and Sons said: "We need this lane for the milk lorries."'
    experts = by_name(text)
    assert list(experts) == ["Owen Tolland"]
    assert "Sons" not in _sources(text)
    assert "Sons" in (experts["Owen Tolland"].role or "")


def test_two_people_joined_by_and_still_both_speak() -> None:
    experts = by_name("Mira Castell of Acme and Jonah Pryce said the merger would go ahead.")
    assert {"Mira Castell", "Jonah Pryce"} <= set(experts)


def test_a_region_after_a_town_in_an_aside_is_no_speaker() -> None:
    text = (
        "Dr Halvard Quist, who worked at the Mercy Hospital, in Brackenfield, North Wales, said that the "
        "wards had been understaffed for years."
    )
    experts = by_name(text)
    assert list(experts) == ["Halvard Quist"]
    assert "North Wales" not in _sources(text)


def test_a_place_visited_in_an_aside_is_no_speaker_and_no_role() -> None:
    text = (
        "Minister Petra Salko, visiting Harbourton General Hospital, said that the new wing would open soon."
    )
    experts = by_name(text)
    assert list(experts) == ["Petra Salko"]
    assert "visiting" not in (experts["Petra Salko"].role or "")
    assert not _sources(text)


def test_a_relative_clause_without_commas_keeps_its_subject() -> None:
    text = (
        "Dr. Anselm Korvo who represented the National Ministry of Health said the vaccination would widen."
    )
    experts = by_name(text)
    assert list(experts) == ["Anselm Korvo"]
    assert not _sources(text)


def test_a_surname_before_who_speaks_not_the_office_in_the_clause() -> None:
    text = (
        "Premier Dana Vellaro opened the bridge on Monday. On the treaty, Vellaro who is also Harbour "
        "Party chairman said talks were going well."
    )
    experts = by_name(text)
    assert list(experts) == ["Dana Vellaro"]
    assert any("going well" in q for q in quotes_of(experts["Dana Vellaro"], "indirect"))
    assert not _sources(text)


def test_an_acting_office_after_a_comma_is_still_a_role() -> None:
    experts = by_name("Jo Bellamy, acting Harbour Police chief, said the road was shut.")
    assert "chief" in (experts["Jo Bellamy"].role or "")


def test_an_ing_phrase_without_commas_after_a_name_leaves_the_name_speaking() -> None:
    text = (
        "Harbour board chairman Tobiah Venn speaking to reporters at the Kestrel Market on Friday said "
        "that the quay would reopen in May."
    )
    experts = by_name(text)
    assert list(experts) == ["Tobiah Venn"]
    assert any("quay would reopen" in q for q in quotes_of(experts["Tobiah Venn"], "indirect"))
    assert "Kestrel Market" not in _sources(text)


def test_a_conjunction_before_the_ing_phrase_changes_nothing() -> None:
    text = "Ilsa Marrow while touring the flooded wards on Monday said the hospital needed new pumps."
    experts = by_name(text)
    assert any("new pumps" in q for q in quotes_of(experts["Ilsa Marrow"], "indirect"))


def test_a_who_clause_missing_its_opening_comma_leaves_the_name_speaking() -> None:
    text = (
        "Anwen Corrie, the harbour master, met fishermen on Monday. Corrie who spoke at the opening of "
        "the new pier on Friday, said the quay would reopen in May."
    )
    experts = by_name(text)
    assert any("quay would reopen" in q for q in quotes_of(experts["Anwen Corrie"], "indirect"))


def test_a_name_the_ing_phrase_is_about_does_not_speak() -> None:
    experts = by_name("Fans greeting Tobiah Venn speaking at the pier said the quay would reopen.")
    assert "Tobiah Venn" not in experts
