"""Quoted passages: straight, curly and mixed marks, unclosed quotes, paragraph run-ons, apostrophes."""

from __future__ import annotations

import pytest

from bot.analysis.quotemarks import find_quotes, mask_quotes
from tests.analysis.test_quotes import by_name, quotes_of


def inner(text: str) -> list[str]:
    return [q.text(text) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Rates will fall," said Ada Kim.', ["Rates will fall"]),
        ("“Rates will fall,” said Ada Kim.", ["Rates will fall"]),
        ('"Rates will fall,” said Ada Kim.', ["Rates will fall"]),  # straight open, curly close
        ('"Rates will fall, " he said.', ["Rates will fall"]),  # stray space before the closing mark
        ('"First part," he said, "second part."', ["First part", "second part."]),
        ("He called it “reckless” and “dangerous.”", ["reckless", "dangerous."]),
        ("She said «nous verrons» and left.", ["nous verrons"]),
        ("It was ‘heartbreaking’, he said.", ["heartbreaking"]),
        ("‘We will appeal,’ the lawyer said.", ["We will appeal"]),
        ("The investors’ money is safe and the firm’s shares rose.", []),
        ("Rock ’n’ roll is back in the ’90s.", []),
        ('He said "yes and left. Later "no" was the answer.', ["yes and left. Later", "no"]),
        # a paragraph that is all quote with its opening mark lost, or opened with a single mark
        (
            "With the new partner, we can grow,” he said. “It is a start.”",
            ["With the new partner, we can grow", "It is a start."],
        ),
        ("'The board only questions critics,” Ana Puna asserted.", ["The board only questions critics"]),
        # reported speech with a stray closing mark stays unquoted
        ("He said the plan would fail,” Ana Puna said.", []),
        ("With the new partner, we can grow,” he said no more.", []),
        # a double mark typed for an apostrophe neither opens nor closes a quote
        ("“It looks like we”re in for a long winter.”", ["It looks like we”re in for a long winter."]),
        ("That”s the plan, he said.", []),
        # a quote closed by a single mark ends before its attribution, and the next quote is its own
        (
            "“We are glad of the harvest,' Ana Puna said. “Next year will be better.”",
            ["We are glad of the harvest", "Next year will be better."],
        ),
        # the opening mark lost before a full stop and an attribution with a listener or a description
        (
            "We cannot complain about the pitch.” The visiting coach added.",
            ["We cannot complain about the pitch."],
        ),
        ("Our roads are full,” Mayor Ana Puna told her audience.", ["Our roads are full"]),
        ("The roads are full.” The mayor added.", []),  # nothing speaks as "I" or "we"
    ],
)
def test_quoted_passages(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_offsets_of_marks_and_words() -> None:
    text = 'Then: "Sales doubled," she said.'
    (q,) = find_quotes(text)
    assert text[q.open] == '"' and text[q.close - 1] == '"'
    assert text[q.start : q.end] == "Sales doubled"
    assert q.closed and not q.continues


def test_unclosed_quote_runs_to_paragraph_end_and_continues_in_the_next() -> None:
    text = 'Ortiz said: "The plan is sound. It will pass.\n"We have the votes," she added.\nNo quote here.'
    quotes = find_quotes(text)
    assert [q.text(text) for q in quotes] == ["The plan is sound. It will pass.", "We have the votes"]
    assert not quotes[0].closed and quotes[0].paragraph == 0
    assert quotes[1].continues and quotes[1].paragraph == 1


def test_a_paragraph_opening_a_quote_after_a_closed_one_is_no_continuation() -> None:
    text = '"One," he said.\n"Two," he said.'
    assert [q.continues for q in find_quotes(text)] == [False, False]


def test_mask_keeps_offsets() -> None:
    text = 'A "quoted Bill Gates" B'
    masked = mask_quotes(text, find_quotes(text))
    assert len(masked) == len(text)
    assert "Gates" not in masked and masked.startswith("A ") and masked.endswith(" B")


@pytest.mark.parametrize(
    "text",
    ["", '"', '""', '"' * 1001, "“" * 40 + "”" * 5, "‘" * 20, "'" * 20, "”“" * 50, '"\n"\n"', "😀“😀”😀"],
)
def test_hostile_marks_never_raise(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.open <= q.start <= q.end <= q.close <= len(text)


def test_the_last_paragraph_of_a_quote_that_lost_its_opening_mark_is_still_quoted() -> None:
    text = (
        "Harbour chief Dorothy May opened the new quay on Tuesday.\n"
        'She said, "We are proud of this quay. It took four years to build.\n'
        'Also, keep the walkway clear for the ferries," she said.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Dorothy May"], "direct") == [
        "We are proud of this quay. It took four years to build.",
        "Also, keep the walkway clear for the ferries",
    ]


def test_a_quote_whose_paragraphs_lost_their_opening_marks_stays_with_its_speaker() -> None:
    text = (
        "Rowing coach Ruth Okafor was pleased after the regatta.\n"
        "We trained for this all winter. I think the crew earned it.” Okafor said as quoted by the club.\n"
        "We will enjoy tonight and rest on Sunday.”\n"
        "The club thanked its sponsors."
    )
    assert quotes_of(by_name(text)["Ruth Okafor"], "direct") == [
        "We trained for this all winter. I think the crew earned it.",
        "We will enjoy tonight and rest on Sunday.",
    ]


def test_a_paragraph_with_its_own_speaker_is_not_the_previous_quote_run_on() -> None:
    text = (
        '"We trained for this all winter and the crew earned it," said coach Dorothy May.\n'
        "Rival coach Ana Puna replied: we will see about that next year.”"
    )
    experts = by_name(text)
    assert quotes_of(experts["Dorothy May"], "direct") == [
        "We trained for this all winter and the crew earned it"
    ]


def test_a_british_single_quote_running_over_paragraphs_stays_with_its_speaker() -> None:
    text = (
        "Harbour chief Dorothy May said: 'We sent the council 300 letters. They didn't take any notice.\n"
        "'Nobody from the town hall came to the quay to see it for themselves.'\n"
        "The council said the plans were lawful.\n"
        "'90s pop will play at the reopening, the club's posters say.\n"
    )
    quotes = find_quotes(text)
    assert [q.text(text) for q in quotes] == [
        "We sent the council 300 letters. They didn't take any notice.",
        "Nobody from the town hall came to the quay to see it for themselves.",
    ]
    assert quotes[1].continues
    assert quotes_of(by_name(text)["Dorothy May"], "direct") == [q.text(text) for q in quotes]
