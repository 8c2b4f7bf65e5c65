"""Quotes whose speaker is not beside them in the usual order: a quote running over paragraphs whose
speaker is named at the end of the block (quotes/quote_blocks.speaker_after_the_block), and any verb right
after a whole quote taking its speaker after it ("“…,” beamed NAME"; quotes/quote_frame.py). What a
reader of /experts sees for sentences invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_quote_running_over_paragraphs_belongs_to_the_speaker_named_at_its_end() -> None:
    text = (
        "Several councillors have urged the mayor to rethink the harbour plan.\n"
        "“We understand the town needs the money. Other ports have found it too.\n"
        "“But nobody asked the fishermen what they need,” councillor Tobias Wrenfield told the meeting."
    )
    experts = by_name(text)
    assert quotes_of(experts["Tobias Wrenfield"], "direct") == [
        "We understand the town needs the money. Other ports have found it too.",
        "But nobody asked the fishermen what they need",
    ]


def test_a_closed_quote_keeps_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "“The harbour will reopen in May,” said harbourmaster Ines Marwick.\n"
        "“The boats are ready and the crews are waiting.”\n"
        "“Nobody asked the fishermen,” councillor Tobias Wrenfield said."
    )
    experts = by_name(text)
    assert (
        quotes_of(experts["Ines Marwick"], "direct")[-1] == "The boats are ready and the crews are waiting."
    )
    assert quotes_of(experts["Tobias Wrenfield"], "direct") == ["Nobody asked the fishermen"]


def test_any_verb_right_after_a_whole_quote_takes_its_speaker_after_it() -> None:
    text = (
        "The new ferry arrived on Friday.\n"
        "“This is the best news the island has had in years,” beamed Ines Marwick, who runs the cafe.\n"
        "“We waited long enough,” tweeted harbour campaigner Tobias Wrenfield."
    )
    experts = by_name(text)
    assert quotes_of(experts["Ines Marwick"], "direct") == [
        "This is the best news the island has had in years"
    ]
    assert quotes_of(experts["Tobias Wrenfield"], "direct") == ["We waited long enough"]


def test_a_quoted_title_before_a_verb_gives_no_speaker() -> None:
    assert by_name("“Harbour Lights” won Golden Reel awards for the studio last year.") == {}
    assert by_name("The “Buy Local” rule angered Tobias Wrenfield.") == {}
