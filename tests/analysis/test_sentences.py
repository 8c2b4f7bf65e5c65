"""The sentence splitter: news abbreviations, quotes, headings, offsets, and linear cost."""

from __future__ import annotations

import pytest

from bot.analysis.sentences import is_heading, split_sentences
from bot.analysis.text import normalize_text


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose. Wages fell.", ["Prices rose.", "Wages fell."]),
        ("Did it work? Nobody knows! We will see.", ["Did it work?", "Nobody knows!", "We will see."]),
        (
            "Mr. Okafor met Dr. Lee and Gov. Tanaka on Friday. They agreed.",
            ["Mr. Okafor met Dr. Lee and Gov. Tanaka on Friday.", "They agreed."],
        ),
        (
            "The vote is on Oct. 14 in Lagos. It may slip.",
            ["The vote is on Oct. 14 in Lagos.", "It may slip."],
        ),
        (
            "Lena Marsh, chief executive of Brightwater Co. Ltd., said sales fell.",
            ["Lena Marsh, chief executive of Brightwater Co. Ltd., said sales fell."],
        ),
        (
            "The U.S. Geological Survey measured the quake. The U.S. economy grew.",
            ["The U.S. Geological Survey measured the quake.", "The U.S. economy grew."],
        ),
        ("Shares of Fenwick Inc. The company declined.", ["Shares of Fenwick Inc.", "The company declined."]),
        ("Author J. K. Rowling spoke. Fans cheered.", ["Author J. K. Rowling spoke.", "Fans cheered."]),
        (
            'He said: "We are ready." Then he left.',
            ['He said: "We are ready."', "Then he left."],
        ),
        (
            "“We are ready,” she said. “Are you?”",
            ["“We are ready,” she said.", "“Are you?”"],
        ),
        ("“Why? Why now?” he asked.", ["“Why? Why now?” he asked."]),
        ('"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', "Nobody answered."]),
        (
            "Growth was 3.5 per cent in 2023. Inflation eased.",
            ["Growth was 3.5 per cent in 2023.", "Inflation eased."],
        ),
        ("It ended at 5 p.m. on Tuesday.", ["It ended at 5 p.m. on Tuesday."]),
        ("Talks are slow... We wait.", ["Talks are slow...", "We wait."]),
        ("Carlos Mendez Jr., an engineer, spoke.", ["Carlos Mendez Jr., an engineer, spoke."]),
        ("No. 10 said nothing. The minister left.", ["No. 10 said nothing.", "The minister left."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_quoted_passage_stays_one_sentence() -> None:
    text = '"It is a big recall. It is voluntary," said Ana Ruiz. "We will see." Shares fell.'
    assert texts(text) == [
        '"It is a big recall. It is voluntary," said Ana Ruiz.',
        '"We will see."',
        "Shares fell.",
    ]
    # an unclosed mark does not swallow the paragraph
    assert texts('He said "we are ready. Then he left. Nobody followed.') == [
        'He said "we are ready.',
        "Then he left.",
        "Nobody followed.",
    ]


def test_offsets_point_into_the_text_and_paragraphs_are_counted() -> None:
    text = "First one. Second one.\nA new paragraph here.\nShort heading\nLast sentence."
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2, 3]
    assert [s.is_heading for s in sentences] == [False, False, False, True, False]
    assert [s.index for s in sentences] == list(range(len(sentences)))


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Business icon", True),
        ("Markets in turmoil", True),
        ("He said the plan would work.", False),
        ("(c) a reduction in exports to third markets; or", False),
        ("exports to the region and", False),
        ("", False),
    ],
)
def test_headings(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\n", '"' * 500, "“" * 30 + "”" * 3, "..." * 100, "😀" * 50, "x" * 10_000, "A. B. C. D."],
)
def test_hostile_input_never_raises(text: str) -> None:
    for s in split_sentences(normalize_text(text)):
        assert s.start <= s.end


def test_a_long_text_splits_into_every_sentence() -> None:
    paragraph = (
        "The central bank held rates at 4.5% on Tuesday. "
        '"We remain vigilant," said Governor Ana Ruiz. Analysts at Delmar Co. Ltd. expect cuts by Oct. 30. '
    )
    small = "\n".join([paragraph] * 100)
    large = "\n".join([paragraph] * 2_000)
    assert len(split_sentences(small)) == 100 * 3
    assert len(split_sentences(large)) == 2_000 * 3


def test_a_one_megabyte_line_is_split() -> None:
    line = ("Officials said the talks would resume. " * 30_000)[:1_000_000]
    sentences = split_sentences(line)
    assert len(sentences) > 20_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "VANCOUVER, Wash. (AP) — A top health official said the outbreak is an emergency. He urged shots.",
            [
                "VANCOUVER, Wash. (AP) — A top health official said the outbreak is an emergency.",
                "He urged shots.",
            ],
        ),
        (
            "SALEM, Ore. (AP) - Lawmakers passed the bill. It goes to the governor.",
            ["SALEM, Ore. (AP) - Lawmakers passed the bill.", "It goes to the governor."],
        ),
        (
            "FRESNO, Calif., Jan. 12 (Reuters) - Growers sued the state. They want water.",
            ["FRESNO, Calif., Jan. 12 (Reuters) - Growers sued the state.", "They want water."],
        ),
        (
            "SPOKANE, Wash. — A bridge closed. Traffic slowed.",
            ["SPOKANE, Wash. — A bridge closed.", "Traffic slowed."],
        ),
        # a state abbreviation still ends a sentence before an ordinary opener, and "ill." is not "Ill."
        (
            "She moved to Tacoma, Wash. The move was hard.",
            ["She moved to Tacoma, Wash.", "The move was hard."],
        ),
        ("He fell ill. Doctors came.", ["He fell ill.", "Doctors came."]),
        # a place and a full stop opening the story is its dateline; later on, a short sentence is one
        (
            "Surabaya. The port will close on Monday, officials said. Ships must wait. Surabaya. That is all.",
            [
                "Surabaya. The port will close on Monday, officials said.",
                "Ships must wait.",
                "Surabaya.",
                "That is all.",
            ],
        ),
        (
            "Kota Baru, Indonesia. Floods cut the road.\nPolice said the road would reopen.",
            ["Kota Baru, Indonesia. Floods cut the road.", "Police said the road would reopen."],
        ),
        (
            "Flood cuts the road to Bandung\nBandung. Floods cut the road.",
            ["Flood cuts the road to Bandung", "Bandung. Floods cut the road."],
        ),
    ],
    ids=[
        "state-agency-dash",
        "agency-hyphen",
        "state-month-day",
        "state-dash",
        "state-then-opener",
        "ill",
        "place-full-stop",
        "place-country-full-stop",
        "after-headline",
    ],
)
def test_datelines_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected
    assert not any(t.startswith("(") for t in texts(text))


@pytest.mark.parametrize(
    ("text", "first_is_heading"),
    [
        (
            "Top health official declares measles outbreak a public health emergency in Clark County\nA body.",
            True,
        ),
        ("Residents' frustrations at 'constant' roadworks\nResidents say they are angry.", True),
        ("Prices rose sharply in March, the statistics office said.\nWages fell.", False),
        ("Top health official declares measles outbreak a public health emergency in Clark County", False),
        (
            "The council and the unions met on Tuesday to discuss pay but talks broke down again and\nlater.",
            False,
        ),
    ],
    ids=["long-headline", "quoted-headline", "sentence", "no-body-after", "ends-mid-clause"],
)
def test_a_headline_line_opening_the_text_is_a_heading(text: str, first_is_heading: bool) -> None:
    assert split_sentences(text)[0].is_heading is first_is_heading


@pytest.mark.parametrize(
    "marker", ["Scroll down for video", "SCROLL DOWN FOR VIDEOS", "Scroll down for the video."]
)
def test_scroll_down_for_video_run_into_the_text_is_a_line_of_its_own_and_no_sentence(marker: str) -> None:
    text = (
        f"The ferry ran aground off the harbour wall on Sunday night. {marker} Passengers waited four "
        "hours on deck before tugs pulled the ferry free, the operator said."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The ferry ran aground off the harbour wall on Sunday night.",
        marker,
        "Passengers waited four hours on deck before tugs pulled the ferry free, the operator said.",
    ]
    assert [s.is_heading for s in sentences] == [False, True, False]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fees were cut after a long dispute.The director said traders would gain.",
            ["The fees were cut after a long dispute.", "The director said traders would gain."],
        ),
        (
            "The crew had not been looking for the wreck. – They were clearing the channel at dawn.",
            ["The crew had not been looking for the wreck.", "– They were clearing the channel at dawn."],
        ),
        # an abbreviation, an initial, a web address, a dateline or a credit glued to a dash stay whole
        (
            "He met Insp.Kemp and Pol.Lt. Dara Vance there.",
            ["He met Insp.Kemp and Pol.Lt. Dara Vance there."],
        ),
        ("Read more at www.harbourtimes.Com today.", ["Read more at www.harbourtimes.Com today."]),
        (
            "SPRINGFIELD, Ill. – A judge sentenced the former mayor.",
            ["SPRINGFIELD, Ill. – A judge sentenced the former mayor."],
        ),
        ("He wished the crews luck. — Wire", ["He wished the crews luck. — Wire"]),
        (
            "“We played well.” – Kofi Mensah said after the game.",
            ["“We played well.” – Kofi Mensah said after the game."],
        ),
    ],
)
def test_a_stop_glued_to_the_next_sentence_or_before_a_dash_ends_it(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_speaker_after_a_glued_stop_keeps_his_role_and_his_own_clause_only() -> None:
    from bot.analysis import analyze

    text = "The fees were cut after a long dispute.The port director, Kwame Asante, said traders would gain."
    (expert,) = analyze(text).experts
    assert expert.name == "Kwame Asante"
    assert expert.role == "The port director"  # not "a long dispute.The port director"
    assert [q.text for q in expert.quotes] == ["traders would gain"]
