"""Who said what when the speaker is named by one word only, or the quote marks are unusual (issue 12):
sentences invented for the test."""

from __future__ import annotations

import pytest

from bot.analysis.quotemarks import find_quotes
from tests.analysis.test_quotes import by_name, quotes_of, run


def test_doubled_curly_single_marks_are_a_double_quote() -> None:
    text = "“I hit the ball well,’’ Okafor said. ‘‘We go again next week,’’ he added."
    assert [q.text(text) for q in find_quotes(text)] == ["I hit the ball well", "We go again next week"]


def test_one_word_name_whose_quote_speaks_as_i_is_a_person() -> None:
    text = (
        "Brakspear finished the round four under par on Sunday.\n"
        "“I didn’t play much better. I just made some putts,” Brakspear said.\n"
        "“I knew I could shoot a low round here,” he said."
    )
    experts = by_name(text)
    assert list(experts) == ["Brakspear"]
    assert quotes_of(experts["Brakspear"], "direct") == [
        "I didn’t play much better. I just made some putts",
        "I knew I could shoot a low round here",
    ]


def test_one_word_name_that_reports_about_he_is_a_person() -> None:
    text = "Ravensworth said he would not defend the title next year, citing a knee injury."
    expert = by_name(text)["Ravensworth"]
    assert quotes_of(expert, "indirect")


def test_one_word_name_written_in_full_only_inside_quotes_is_a_person() -> None:
    text = (
        "Viewers of “The Marta Kowalczyk Hour” wrote in by the thousand. "
        '"In any other year they would be on the list," Kowalczyk said. '
        "Kowalczyk asked whether the list was too short."
    )
    expert = by_name(text)["Kowalczyk"]
    assert quotes_of(expert, "direct") == ["In any other year they would be on the list"]
    assert quotes_of(expert, "indirect") == ["whether the list was too short"]


def test_she_speaking_after_the_only_name_is_that_person() -> None:
    text = (
        "In a post on Monday, Lunetta thanked her fans for their patience.\n"
        "She noted that the tour would resume in October."
    )
    assert list(by_name(text)) == ["Lunetta"]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrova said it would recall 40,000 cars. “We are sorry,” Kestrova said.",
        "Democrats say he must resign. Republicans say he should stay.",
        # the quote closing the paragraph before is nobody's evidence
        "“I think the chances are good,” said Senator Ana Puna.\nMarlow reported that the vote was delayed.",
        # a place before the speaker's name, a workplace before the verb
        "“I can’t vote for him,” said Brenton resident Wale Oduya.",
        "A columnist for the news site Quillfeed said he was ashamed of the vote.",
    ],
)
def test_one_word_firms_and_groups_stay_unnamed(text: str) -> None:
    experts, _ = run(text)
    assert not {"Kestrova", "Democrats", "Republicans", "Marlow", "Brenton", "Quillfeed"} & {
        e.name for e in experts
    }


# ---------------------------------------------------------------- quoted words framed by a verb


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (
            "Coach Tamsin Oduya hailed her squad’s “fearless” campaign after the final.",
            "Tamsin Oduya",
            "fearless",
        ),
        (
            "Attorney General Rhys Mabena filed the lawsuit on Monday, calling the decree “unlawful and cruel.”",
            "Rhys Mabena",
            "unlawful and cruel.",
        ),
        (
            "Judge Orla Kinsella granted the application, directing that there be “no report of the reasons”.",
            "Orla Kinsella",
            "no report of the reasons",
        ),
        (
            "Senator Ana Puna spoke first. She goaded the minister to “try a better answer”.",
            "Ana Puna",
            "try a better answer",
        ),
    ],
)
def test_quoted_words_framed_by_the_subjects_verb_are_theirs(text: str, name: str, quote: str) -> None:
    expert = by_name(text)[name]
    assert quotes_of(expert, "direct") == [quote]
    assert not quotes_of(expert, "indirect")  # the verb frames words, it reports no clause


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitfield was labelled “a traitor” by her former allies.",  # a passive: others' words
        "Dana Whitfield welcomed Brown’s promise of “a fair deal” for farmers.",  # another's words named
        "Dana Whitfield criticised the plan, which was “bold but unfunded”.",  # a nearer verb: the plan's
        "Dana Whitfield starred in “The Long Night” in 2019.",  # a title, no framing verb
    ],
)
def test_quoted_words_not_chosen_by_the_subject_stay_unattributed(text: str) -> None:
    experts, _ = run(text)
    assert not experts


def test_quote_resumed_after_a_verb_first_attribution_is_direct() -> None:
    text = (
        "Opposition leader Dana Whitfield spoke in the debate.\n"
        '"I know the minister fears elections," said Whitfield, "but how can he believe a vote would cause chaos?"'
    )
    assert quotes_of(by_name(text)["Dana Whitfield"], "direct") == [
        "I know the minister fears elections",
        "but how can he believe a vote would cause chaos?",
    ]


def test_he_after_a_reported_clause_is_not_the_person_named_inside_it() -> None:
    text = (
        "The fraud merits a prison term, argued prosecutor Anil Raghunathan. "
        "Anything less would fail the voters, Raghunathan added. "
        "Tobias Grell has also refused to accept responsibility for his role, he noted."
    )
    experts = by_name(text)
    assert "Tobias Grell" not in experts
    assert any(
        "refused to accept responsibility" in q for q in quotes_of(experts["Anil Raghunathan"], "indirect")
    )


def test_he_opening_a_clause_after_a_subordinate_one_is_still_its_subject() -> None:
    text = "Mayor Ines Carvalho met the unions. When Tobias Grell arrived, he said the deal was off."
    experts = by_name(text)
    assert any("the deal was off" in q for q in quotes_of(experts["Tobias Grell"], "indirect"))
    assert "Ines Carvalho" not in experts


def test_quote_left_open_ends_before_its_attribution() -> None:
    text = '"Well done to the hosts for bringing the leaders together, Ana Puna said.'
    assert [q.text(text) for q in find_quotes(text)] == [
        "Well done to the hosts for bringing the leaders together"
    ]
    assert quotes_of(by_name(text)["Ana Puna"], "direct") == [
        "Well done to the hosts for bringing the leaders together"
    ]
