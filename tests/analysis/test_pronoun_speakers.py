"""Whom "he" and "she" of a speech verb credit (quotes/pronoun.py): the person the pronoun can refer
to, and nobody when the text does not say who it is, since a wrong speaker is worse than none. The
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_she_after_only_men_were_named_credits_nobody() -> None:
    text = (
        "James Porter, the mayor, said the bridge would reopen in May. "
        "Robert Klein, a councillor, agreed with him. "
        '"Nobody asked the residents," she said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["James Porter"], "indirect") == ["the bridge would reopen in May"]
    for expert in experts.values():
        assert "Nobody asked the residents" not in quotes_of(expert, "direct")


def test_she_goes_to_the_woman_named_before_the_men() -> None:
    text = (
        "Laura Chen, a nurse, said the ward was short of staff. "
        "James Porter, the hospital director, said two posts would be filled. "
        '"Two posts are not enough," she said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Laura Chen"], "direct") == ["Two posts are not enough"]
    assert quotes_of(experts["James Porter"], "direct") == []


def test_a_pronoun_with_nobody_before_it_is_left_out() -> None:
    experts, sources = run('"We will appeal," she said.')
    assert experts == [] and all(not s.quotes for s in sources)


def test_a_name_inside_another_persons_role_is_not_whom_he_means() -> None:
    # "Granger" inside Mark Oakes's role names the ward, not Paul Granger speaking again
    text = (
        "Paul Granger, the council leader, said the housing plan was sound.\n"
        "Mark Oakes, Granger ward councillor, put forward a smaller scheme with a new library.\n"
        'He told reporters: "This plan is a missed chance for the whole town."'
    )
    experts = by_name(text)
    assert quotes_of(experts["Mark Oakes"], "direct") == ["This plan is a missed chance for the whole town."]
    assert quotes_of(experts["Paul Granger"], "direct") == []


def test_names_listed_as_an_object_are_not_whom_he_means() -> None:
    # the list after "include" names no speaker; "He" is still the one who named them
    text = (
        "Daniel Hurst, the party's campaign manager, said the rumours were false.\n"
        "Hurst named several officials who back the candidate. They include deputy leader Tomas Brandt "
        "and Harbour MP Peter Lindqvist (Pete). He said all of them had campaigned for weeks."
    )
    experts = by_name(text)
    assert "Peter Lindqvist" not in experts
    assert "all of them had campaigned for weeks" in quotes_of(experts["Daniel Hurst"], "indirect")


def test_a_name_closing_its_sentence_is_no_subject_for_a_later_she() -> None:
    text = (
        "Karen Holt, the union's regional secretary, said the ward had lost six nurses.\n"
        "The union met hospital chief Maria Santos and health board member Anna Berg.\n"
        '"We will not accept another cut," she said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Karen Holt"], "direct") == ["We will not accept another cut"]
    assert "Anna Berg" not in experts


def test_a_club_is_not_whom_he_means() -> None:
    # "Harbour Athletic" is a club's name: nothing says it is a person, so "He" credits nobody
    text = (
        "Harbour Athletic came from behind to beat Westmoor Rovers on Saturday.\n"
        'He said: "We were poor in the first half and much better after the break."'
    )
    experts, _ = run(text)
    assert [e.name for e in experts] == []


def test_a_name_called_by_its_last_word_may_be_whom_she_means() -> None:
    # "Bell" is an everyday word and "Zoltana" no listed first name, but the text calls her "Bell" as it
    # calls a person
    text = (
        "Zoltana Bell won the race on Saturday. Bell led from the start.\n"
        'She said: "I will miss the early mornings most of all."'
    )
    experts = by_name(text)
    assert quotes_of(experts["Zoltana Bell"], "direct") == ["I will miss the early mornings most of all."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the Finance Minister Lena Strand" after "For her part," is the subject of her sentence
        (
            "Maria Haddad, the transport minister, said fares would rise in June.\n"
            "For her part, the Finance Minister Lena Strand issued a statement on Monday, in which she "
            "said: “We cannot afford more subsidies.”",
            "Lena Strand",
        ),
        # Mira Solano's telling is what Talia Brooks revealed: the next "she" is Brooks
        (
            "Talia Brooks spoke at the film's launch on Monday.\n"
            "Recalling her first role, Talia Brooks revealed what Mira Solano had told her on set. "
            "She said: “We cannot afford more subsidies.”",
            "Talia Brooks",
        ),
    ],
)
def test_she_means_the_subject_of_the_sentence_before(text: str, speaker: str) -> None:
    said = {name: quotes_of(e, "direct") for name, e in by_name(text).items()}
    assert {name: q for name, q in said.items() if q} == {speaker: ["We cannot afford more subsidies."]}


def test_the_office_followed_by_he_is_no_persons_name() -> None:
    # "The Governor said he …": an office, whoever holds it; no expert called "Governor"
    experts, sources = run("The Governor said he would sign the housing bill next week.")
    assert [e.name for e in experts] == []
    assert any("sign the housing bill" in q.text for s in sources for q in s.quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        # "The Judge" is Justice Osei, not a body; Reyes speaks inside what the judge noted
        (
            "Justice Daniel Osei dismissed the application on Tuesday.\n"
            "The Judge also noted that Tom Reyes had admitted that he intends to call new witnesses.\n"
            "“This goes beyond what the petition sets out,” he said.",
            "Daniel Osei",
            "This goes beyond what the petition sets out",
        ),
        (
            "Staff chatted with Taoiseach Colm Brady, who opened the new centre.\n"
            "The Taoiseach said that many countries had never heard of the town.\n"
            "“There are 40 firms waiting to invest here,” he said.",
            "Colm Brady",
            "There are 40 firms waiting to invest here",
        ),
    ],
)
def test_a_lone_office_after_the_is_the_person_holding_it(text: str, speaker: str, quote: str) -> None:
    experts = by_name(text)
    assert quote in quotes_of(experts[speaker], "direct")
    assert all(quote not in quotes_of(e, "direct") for name, e in experts.items() if name != speaker)
