"""Who is a person and which words are their name: surnames that are also English words, first names
that are also offices, and a common noun before a name (sentences invented for the test)."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_a_surname_that_is_a_verb_speaks_after_the_full_name() -> None:
    experts = by_name(
        "Former envoy Ellen Gore toured the dam in March. Gore insisted that the repairs were overdue. "
        '"We cannot wait another year," Gore said.'
    )
    assert list(experts) == ["Ellen Gore"]
    assert quotes_of(experts["Ellen Gore"], "direct") == ["We cannot wait another year"]
    assert quotes_of(experts["Ellen Gore"], "indirect") == ["the repairs were overdue"]


def test_a_lone_verb_shaped_word_with_no_full_name_is_nobody() -> None:
    experts, _ = run("The storm hit the coast overnight. Rose said the damage was severe.")
    assert experts == []


def test_a_courtesy_title_makes_a_modal_a_surname() -> None:
    experts = by_name(
        "Harbour chief Dorothy May opened the new quay on Tuesday. Ms May said the port would hire 40 "
        'staff. "It is a good day," Mrs. May told reporters.'
    )
    assert list(experts) == ["Dorothy May"]
    assert quotes_of(experts["Dorothy May"], "direct") == ["It is a good day"]
    assert quotes_of(experts["Dorothy May"], "indirect") == ["the port would hire 40 staff"]


def test_a_first_name_that_is_an_office_opens_the_name() -> None:
    experts = by_name("Assembly leader Dean Halvorsen said the budget would pass by Friday.")
    assert list(experts) == ["Dean Halvorsen"]
    assert experts["Dean Halvorsen"].role == "Assembly leader"
    experts = by_name("Assembly Majority Leader Dean Halvorsen said the budget would pass by Friday.")
    assert list(experts) == ["Dean Halvorsen"]


def test_an_office_word_inside_a_name_opened_by_a_first_name_stays_in_it() -> None:
    experts = by_name("Regional President Omar Sheikh Warsame said the vote would be held on time.")
    assert list(experts) == ["Omar Sheikh Warsame"]
    assert experts["Omar Sheikh Warsame"].role == "Regional President"


def test_a_common_noun_before_a_first_name_and_surname_is_a_description() -> None:
    experts = by_name("Warden Tomas Okafor said the prison had been short of staff since March.")
    assert list(experts) == ["Tomas Okafor"]
    assert experts["Tomas Okafor"].role == "Warden"


def test_a_surname_opening_with_a_particle_after_said() -> None:
    experts = by_name(
        "The survey was led by geologist Anneke van Hollen. The samples were taken at dawn, "
        'said van Hollen. "We were lucky," said van Hollen.'
    )
    assert list(experts) == ["Anneke van Hollen"]
    assert quotes_of(experts["Anneke van Hollen"], "direct") == ["We were lucky"]
    assert quotes_of(experts["Anneke van Hollen"], "indirect") == ["The samples were taken at dawn"]


def test_an_office_in_capitals_before_a_whole_name_is_the_role() -> None:
    experts = by_name("Police spokesman DSP Kwame Otieno said the suspects were arrested at dawn.")
    assert list(experts) == ["Kwame Otieno"]
    experts, _ = run('"Results were clear," said IBM Watson.')
    assert experts == []  # a firm and its product, not an office and a surname


def test_office_holders_in_the_plural_are_no_person() -> None:
    experts, _ = run('Three of Harlow\'s Green MPs have criticised the budget as "reckless and cruel".')
    assert experts == []  # was an expert "Green MPs" from Harlow
    experts = by_name("Youth coach Anneke Deans said the squad had trained hard all winter.")
    assert list(experts) == ["Anneke Deans"]


def test_a_job_before_a_name_and_its_employer_after_it() -> None:
    experts = by_name(
        "Analyst Helen Wielgus of Harbour Capital Markets said the plant was a sign of optimism."
    )
    assert list(experts) == ["Helen Wielgus"]
    assert "Analyst" in (experts["Helen Wielgus"].role or "")
    assert quotes_of(experts["Helen Wielgus"], "indirect") == ["the plant was a sign of optimism"]


def test_a_nickname_in_quote_marks_stays_inside_the_name() -> None:
    experts = by_name(
        'Ferry owner Martin "Skip" Halloran said the crossing would run all winter.\n'
        '"We have never missed a sailing," Halloran said.'
    )
    assert list(experts) == ["Martin Halloran"]
    assert experts["Martin Halloran"].role == "Ferry owner"
    assert quotes_of(experts["Martin Halloran"], "direct") == ["We have never missed a sailing"]
    # the nickname is no quote of anyone's
    assert all("Skip" not in q.text for q in experts["Martin Halloran"].quotes)


def test_words_in_quote_marks_between_capitals_of_a_headline_stay_a_quote() -> None:
    experts = by_name(
        "Mayor Calls Bridge Plan \u2018Reckless\u2019 After Vote.\nJo Bell said the vote was close."
    )
    assert list(experts) == ["Jo Bell"]


def test_a_surname_called_without_its_arabic_article() -> None:
    experts = by_name(
        "A district official, Karim al-Haddad, said the road had been shelled overnight.\n"
        '"Nobody could reach the village," said Haddad, the district mayor.'
    )
    assert list(experts) == ["Karim al-Haddad"]
    assert quotes_of(experts["Karim al-Haddad"], "direct") == ["Nobody could reach the village"]
