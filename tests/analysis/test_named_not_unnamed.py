"""Named speakers whose words must not go to an unnamed source or an organisation: a surname
misspelt further down the article, an office written before the name. Sentences invented for the
test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_a_misspelt_surname_is_the_person_named_in_full() -> None:
    text = (
        "Coach Tomasz Wielgosz praised his side after the draw. "
        '"We kept our shape for ninety minutes," Wielgozs said. '
        "Wielgosz added that the squad would rest on Monday."
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Tomasz Wielgosz"]
    assert quotes_of(by_name(text)["Tomasz Wielgosz"], "direct") == ["We kept our shape for ninety minutes"]
    assert not sources


def test_a_surname_one_letter_off_from_two_people_goes_to_neither() -> None:
    text = (
        "Analyst Mara Hollis and economist Tom Hollin disagreed on the outlook. "
        '"Rates will fall soon," Holli said.'
    )
    experts, _ = run(text)
    assert not any("Rates will fall" in q.text for e in experts for q in e.quotes)


def test_a_name_after_an_office_and_its_portfolio_is_a_person() -> None:
    text = (
        "Minister of Mines and Energy Rivers Matloa has said the talks are at a delicate stage. "
        '"We expect a draft by Friday," Matloa said. '
        "Matloa added that the unions would be consulted."
    )
    expert = by_name(text)["Rivers Matloa"]
    assert expert.role == "Minister of Mines and Energy"
    assert quotes_of(expert, "direct") == ["We expect a draft by Friday"]


def test_a_surname_after_an_office_of_plain_words_is_a_person() -> None:
    text = (
        'Secretary of State Okonkwo said the embassy would reopen. "It is safe now," Okonkwo told reporters.'
    )
    expert = by_name(text)["Okonkwo"]
    assert expert.role == "Secretary of State"
    assert quotes_of(expert, "direct") == ["It is safe now"]


def test_a_firm_after_an_office_and_of_is_no_person() -> None:
    text = 'Bo Lindahl, Owner of KLM Varberga, said: "Trade is slow this winter."'
    assert [e.name for e in run(text)[0]] == ["Bo Lindahl"]


def test_a_portfolio_after_an_office_in_lower_case_is_not_part_of_the_name() -> None:
    text = (
        "The talks were confirmed by the minister of Foreign Affairs of Veldia Arvid Kessoglu on Sunday. "
        '"Both sides have agreed to meet," Kessoglu said.'
    )
    expert = by_name(text)["Arvid Kessoglu"]
    assert quotes_of(expert, "direct") == ["Both sides have agreed to meet"]


def test_an_organisations_word_as_surname_after_an_office_and_first_name() -> None:
    text = (
        '"We will reopen the boardwalk in June," said Harbour City Mayor Don Guardian. '
        '"The season matters to everyone here," Guardian said.'
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Don Guardian"]
    assert len(experts[0].quotes) == 2
    assert not sources


def test_an_age_in_the_description_does_not_keep_it_from_the_person() -> None:
    text = (
        "Coach Ilario Benvenuti named an unchanged side on Thursday. "
        "Benvenuti did not want to discuss the injury again. "
        '"We trained well and the players are ready," the 61-year-old coach said.'
    )
    expert = by_name(text)["Ilario Benvenuti"]
    assert quotes_of(expert, "direct") == ["We trained well and the players are ready"]


def test_according_to_an_account_by_a_named_person_is_theirs() -> None:
    text = (
        "The returned workers were not detained, according to an account by Labour Minister Ines Carvalho "
        "on Tuesday. The unions said they would ask for an inquiry."
    )
    _, sources = run(text)
    expert = by_name(text)["Ines Carvalho"]
    assert quotes_of(expert, "indirect") == ["The returned workers were not detained"]
    assert not any("account" in s.speaker for s in sources)


def test_according_to_a_statement_from_a_body_stays_unnamed() -> None:
    text = "The plant will close in May, according to a statement from the ministry."
    experts, _ = run(text)
    assert not experts


def test_a_name_given_with_aka_is_the_same_person() -> None:
    text = (
        "After the defeat, coach Milan Petrovic aka Pero told fans the team would still qualify. "
        '"In the first half we had stage fright," Pero said.'
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Milan Petrovic"]
    assert quotes_of(experts[0], "direct") == ["In the first half we had stage fright"]
    assert not sources


def test_a_place_after_an_office_for_is_no_surname() -> None:
    text = "Minister of State for Grand Kelvara said the island was ready for the storm."
    experts, _ = run(text)
    assert not experts


def test_hon_is_a_courtesy_title_not_part_of_the_name() -> None:
    text = "Hon. Ama Boateng said the budget was fair to farmers."
    assert [e.name for e in run(text)[0]] == ["Ama Boateng"]


def test_the_hon_before_a_name_is_a_person_not_an_organisation() -> None:
    text = "Speaking in Parliament, the Hon. Kwasi Mensah said the harbour would reopen on Monday."
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Kwasi Mensah"]
    assert quotes_of(experts[0], "indirect") == ["the harbour would reopen on Monday"]
    assert not sources
