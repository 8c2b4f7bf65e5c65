"""A title, a plural noun for people or a misspelt surname is not a new person (quotes/scan.py): a
quote stays with the person meant, or with nobody, rather than going to "Secretary" or to a second
person made of a typo. The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_titled_misspelt_surname_is_the_person_named_in_full() -> None:
    text = (
        "Central Bank Governor Dr Ada Okonkwo says interest rates will stay where they are. "
        "In an interview, Dr Okonkwa said the bank was watching food prices closely. "
        '"We will act if we must," Dr Okonkwa said.'
    )
    experts = by_name(text)
    assert "Okonkwa" not in experts
    assert quotes_of(experts["Ada Okonkwo"], "direct") == ["We will act if we must"]


def test_a_title_of_the_other_gender_keeps_the_misspelt_surname_apart() -> None:
    text = 'Ms Ada Okonkwo, the bank\'s governor, said rates would hold. "Prices will fall," Mr Okonkwa said.'
    experts = by_name(text)
    assert quotes_of(experts["Ada Okonkwo"], "direct") == []


def test_an_office_or_a_plural_noun_for_people_is_nobody_a_pronoun_means() -> None:
    text = (
        "The Coastal Nurses and Carers Union (CNCU) is calling on the government to act.\n"
        "CNCU General Secretary, Tom Ashgrove has called the situation urgent.\n"
        'She said, "Wards are full and staff are exhausted."'
    )
    experts = by_name(text)
    assert "Secretary" not in experts and "Coastal Nurses" not in experts
    for expert in experts.values():
        assert "Wards are full and staff are exhausted." not in quotes_of(expert, "direct")
