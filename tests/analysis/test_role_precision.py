"""Roles a reader would call wrong, from sentences invented for the test: the verb phrase of a clause
read as a role, the subject of a clause taken for the role of its object, and an unnamed speaker's
description given to the next person named. A wrong role is worse than none."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_the_verb_phrase_after_a_name_is_no_role() -> None:
    experts = by_name(
        "The Minister of Sport, Youth, Leisure and Community Affairs, Efua Ama Boateng, thanked the "
        "Interior Minister, Ambassador Kwame Addo, for facilitating the return of the pieces. "
        "“This is a good day,” Boateng stated."
    )
    role = experts["Efua Ama Boateng"].role
    assert role is None or "thanked" not in role, role


def test_the_object_of_a_clause_is_the_role_not_its_subject() -> None:
    experts = by_name(
        "The magistrate said the third defence witness, Ngozi Eze, a baker, also told the court that "
        "she saw the accused leave at noon."
    )
    role = experts["Ngozi Eze"].role or ""
    assert "witness" in role and "magistrate" not in role, role


def test_a_speaker_who_withholds_a_name_is_not_the_next_person_named() -> None:
    experts = by_name(
        'A policeman told reporters that the river was rising. "The bridge will not hold," the policeman '
        'said as he hurried by, not giving his name.\n"We have nowhere else to go," said Talia Brook.'
    )
    talia = experts["Talia Brook"]
    assert talia.role is None or "policeman" not in talia.role, talia.role
    assert quotes_of(talia, "direct") == ["We have nowhere else to go"]
    assert not quotes_of(talia, "indirect")


def test_one_of_a_group_named_by_an_irregular_plural_is_a_role() -> None:
    experts = by_name(
        '"We have nowhere else to go," said Talia Brook, one of the people waiting on the bank.'
    )
    assert experts["Talia Brook"].role == "one of the people waiting on the bank"


def test_an_official_speaking_anonymously_keeps_the_quotes_unnamed() -> None:
    experts = by_name(
        "A senior official said on condition of anonymity that the talks were over. Later, the official "
        'said: "We are done." Mara Quist told reporters: "We remain at the table."'
    )
    quist = experts["Mara Quist"]
    assert quist.role is None
    assert quotes_of(quist, "direct") == ["We remain at the table."]
    assert not quotes_of(quist, "indirect")
