"""A description that refers back to a named speaker (issue 12): "the chief executive" after "CEO
Lino Mensah", "the premier" after "Prime Minister …", "the senior vice president of marketing" after
a first-named person given no office. Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


def left_unnamed(text: str, words: str) -> bool:
    """The quote holding `words` went to an unnamed source and to no named person."""
    experts, sources = run(text)
    named = any(words in q.text for e in experts for q in e.quotes)
    return not named and any(words in q.text for s in sources for q in s.quotes)


def test_the_chief_executive_is_the_ceo_named_before() -> None:
    text = (
        '"We are pleased with the quarter," said CEO Tarek Lindqvist on a call with analysts. '
        "Revenue rose 7 per cent. Costs fell because freight got cheaper, said the chief executive."
    )
    expert = by_name(text)["Tarek Lindqvist"]
    assert any("freight got cheaper" in q for q in quotes_of(expert, "indirect"))


def test_the_premier_is_the_prime_minister_named_before() -> None:
    text = (
        "Prime Minister Ana Vreme announced on Sunday that a carmaker would build a plant. "
        '"It is the largest investment in a decade," the premier wrote.'
    )
    expert = by_name(text)["Ana Vreme"]
    assert quotes_of(expert, "direct") == ["It is the largest investment in a decade"]


def test_an_office_description_after_the_first_named_person_given_no_office() -> None:
    text = (
        "Globex's Piet Halvorsen has dismissed talk of a cheaper phone. "
        'In an interview, the senior vice president of marketing said the firm would "not chase market share". '
        '"Quality comes first," he said.'
    )
    expert = by_name(text)["Piet Halvorsen"]
    assert "not chase market share" in quotes_of(expert, "direct")
    assert "Quality comes first" in quotes_of(expert, "direct")


def test_two_people_given_no_office_leave_the_description_unnamed() -> None:
    text = (
        "Piet Halvorsen taunted Marta Quist over the delay. "
        '"You are afraid of the vote," Halvorsen said. '
        'The prime minister replied that she would not "bow to pressure".'
    )
    assert left_unnamed(text, "bow to pressure")


def test_a_spokesman_introduced_unnamed_is_not_the_named_speaker() -> None:
    text = (
        'Peter Halvorsen said the talks were "going well". '
        "The trade deal is not in doubt, the minister's spokesman said. "
        "Talks resume on Monday, the spokesman added."
    )
    experts = by_name(text)
    assert all("Talks resume" not in q for q in quotes_of(experts["Peter Halvorsen"], "indirect"))


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Marta Quist has accused the opposition of stalling the budget.", "the prime minister"),
        # a role written beside the name wins over the description that refers back
        ("Prime Minister Marta Quist has accused the opposition of stalling the budget.", "Prime Minister"),
    ],
)
def test_the_office_that_refers_back_to_a_person_named_without_one_is_their_role(
    opening: str, role: str
) -> None:
    text = (
        f'{opening} "They want the government to fail," Quist told parliament. '
        "On Friday the prime minister said the vote would go ahead."
    )
    expert = by_name(text)["Marta Quist"]
    assert expert.role == role
    assert any("vote would go ahead" in q for q in quotes_of(expert, "indirect"))


def test_the_minister_is_not_the_prime_minister() -> None:
    text = (
        "Prime Minister Tomas Ekvall defended the budget on Monday. "
        "Leader of the House Petra Lindgren admitted the vote had been lost by mistake. "
        '"I accept that," the minister said.'
    )
    assert left_unnamed(text, "I accept that")


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        'Vice President Jonas Brandt said the plan was "sound". '
        '"We will sign it next week," the president told reporters.'
    )
    assert left_unnamed(text, "We will sign it next week")


def test_the_vice_president_is_the_vice_president_named_before() -> None:
    text = (
        "Vice-President Jonas Brandt met the unions on Friday. "
        '"We will sign it next week," the vice president told reporters.'
    )
    expert = by_name(text)["Jonas Brandt"]
    assert quotes_of(expert, "direct") == ["We will sign it next week"]


def test_the_judge_is_the_justice_named_before() -> None:
    text = (
        "Justice Meera Kalani granted bail to the applicant on Monday. "
        '"Only 12 of the 70 witnesses have been heard in nine years," the judge wrote.'
    )
    expert = by_name(text)["Meera Kalani"]
    assert quotes_of(expert, "direct") == ["Only 12 of the 70 witnesses have been heard in nine years"]


def test_the_diplomat_is_the_foreign_minister_named_before() -> None:
    text = (
        "Minister of Foreign Affairs Ivo Petrak met his Dutch counterpart on Friday. "
        "The country will apply again in June, the diplomat said."
    )
    expert = by_name(text)["Ivo Petrak"]
    assert quotes_of(expert, "indirect") == ["The country will apply again in June"]


def test_the_senator_is_not_a_sen_named_before_the_one_just_named() -> None:
    # the senator meant is the one named last, without a title: an unnamed source, never the "Sen."
    text = (
        '"We will win this state," Sen. Tomas Brandt said at a rally. '
        "Marco Rivera spoke to volunteers in the afternoon. "
        'Walking into the office, the senator said his campaign was "closing strong."'
    )
    experts = by_name(text)
    assert "closing strong." not in quotes_of(experts["Tomas Brandt"], "direct")


def test_the_minister_is_one_of_the_ministers_named_before() -> None:
    text = (
        "Two ministers missed the vote on Tuesday. "
        "One of those ministers, Peter Lindqvist, was on a flight to the coast. "
        '"It was a mistake," he told reporters. '
        '"I will not miss another," the minister said.'
    )
    expert = by_name(text)["Peter Lindqvist"]
    assert "I will not miss another" in quotes_of(expert, "direct")


def test_a_party_description_refers_back_though_unnamed_leaders_came_before() -> None:
    text = (
        "Opposition leaders boycotted the session on Saturday. "
        "UDR vice president Ilse Marten said the vote was a sham. "
        '"The numbers were made up," the UDR leader added.'
    )
    expert = by_name(text)["Ilse Marten"]
    assert "The numbers were made up" in quotes_of(expert, "direct")


def test_a_party_description_does_not_go_to_a_speaker_of_another_party() -> None:
    text = (
        "Opposition leaders boycotted the session on Saturday. "
        "PSR vice president Ilse Marten said the vote was a sham. "
        '"The numbers were made up," the UDR leader added.'
    )
    assert left_unnamed(text, "The numbers were made up")


def test_a_bare_title_without_the_is_the_holder_named_before() -> None:
    text = (
        "Prime Minister Ana Vreme accused the opposition of misleading voters. "
        '"They have every right to go to court," Prime Minister said.'
    )
    expert = by_name(text)["Ana Vreme"]
    assert quotes_of(expert, "direct") == ["They have every right to go to court"]


def test_a_description_after_a_name_in_a_fronted_phrase_is_the_speaker() -> None:
    text = (
        '"We need more border guards," said President Ivo Brandt on television. '
        "At a meeting with the German Chancellor Ana Vreme, the President said that he asked for equipment."
    )
    experts = by_name(text)
    assert any("asked for equipment" in q for q in quotes_of(experts["Ivo Brandt"], "indirect"))
    assert "Ana Vreme" not in experts


def test_a_role_after_a_name_opening_the_sentence_stays_its_role() -> None:
    text = "Ana Vreme, the state minister for procurement told the radio the attack was serious."
    assert by_name(text)["Ana Vreme"].role == "the state minister for procurement"


def test_a_bare_title_never_makes_a_speaker_of_someone_only_mentioned() -> None:
    text = (
        "The opposition wrote to Prime Minister Ana Vreme on Monday. "
        '"We will not wait for parliament," Prime Minister said.'
    )
    assert "Ana Vreme" not in by_name(text)
