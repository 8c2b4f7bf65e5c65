"""Reported speech found by construction, not by a listed verb (issue 12, recall): what a reader of
/experts sees for sentences invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Fisheries officer Kwame Boateng bemoaned that coastal villages ignore the new rules.",
            "Kwame Boateng",
            "coastal villages ignore the new rules",
        ),
        (
            "Judge Marta Lindqvist spoke at the hearing. She ruled that the lease must be renewed.",
            "Marta Lindqvist",
            "the lease must be renewed",
        ),
        (
            "Councillor Irena Dvorak affirmed in a statement that the library would stay open.",
            "Irena Dvorak",
            "the library would stay open",
        ),
        (
            "Mayor Tomas Oyelaran posted on Facebook that the night market would return in May.",
            "Tomas Oyelaran",
            "the night market would return in May",
        ),
        # the clause's verb is a past form the lexicon reads as a participle ("ignored")
        (
            "Park ranger Priya Okafor regretted that the anglers ignored her warnings.",
            "Priya Okafor",
            "the anglers ignored her warnings",
        ),
    ],
)
def test_any_verb_reporting_a_that_clause_is_speech(text: str, name: str, clause: str) -> None:
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


@pytest.mark.parametrize(
    "text",
    [
        # knowing and finding are no speech
        "Auditor Nadia Ferreira found that the accounts were in order.",
        # "that" is a determiner: its noun is no subject of a clause
        "Coach Pavel Hruby renewed that promise even before the season was over.",
        # the "that" clause belongs to the noun, not to the verb
        "Senator Aiko Brandt bristled at the suggestion that she was leaving.",
        # an embedded question reports what was asked
        "Governor Rui Matos met voters. Asked if he thought that the vote was fair, Matos smiled.",
    ],
)
def test_a_that_clause_that_reports_nothing_said_is_no_quote(text: str) -> None:
    assert all(not e.quotes for e in by_name(text).values())


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "While the visitors failed to hold on for a win, coach Rafe Lindgren felt that his forwards had tired.",
            "his forwards had tired",
        ),
        (
            "When the pool reopened in June, manager Rafe Lindgren said the roof still leaked.",
            "the roof still leaked",
        ),
    ],
)
def test_a_scene_setting_clause_before_the_speaker_is_not_what_he_said(text: str, clause: str) -> None:
    assert quotes_of(by_name(text)["Rafe Lindgren"], "indirect") == [clause]


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Coach Ivan Petrov went on to say that the team had played its best game.",
            "Ivan Petrov",
            "the team had played its best game",
        ),
        (
            "Minister Lena Corvin was quick to point out that burglaries had fallen.",
            "Lena Corvin",
            "burglaries had fallen",
        ),
        (
            "Chief Ada Obi went out of her way to promise she would not raise taxes.",
            "Ada Obi",
            "she would not raise taxes",
        ),
        (
            "Senator Ana Ruiz ended her speech by warning that the old dam could fail.",
            "Ana Ruiz",
            "the old dam could fail",
        ),
    ],
)
def test_speech_made_through_another_verb_is_found(text: str, name: str, clause: str) -> None:
    """ "went on to say", "was quick to point out", "by warning": the speaking happened all the same."""
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Rui Matos declined to say that the plan had failed.",
        "Governor Rui Matos plans to announce that the port will be sold.",
    ],
)
def test_speech_held_back_or_only_planned_is_no_quote(text: str) -> None:
    assert all(not e.quotes for e in by_name(text).values())


def test_a_vow_or_promise_to_act_is_reported_speech() -> None:
    """ "vowed to …", "promised to …", "pledged to …" report what the speaker committed to aloud."""
    text = (
        "Governor Nathaniel Osei vowed to block the pipeline. "
        "Later, Osei promised to publish every contract before the vote."
    )
    quotes = quotes_of(by_name(text)["Nathaniel Osei"], "indirect")
    assert any("block the pipeline" in q for q in quotes)
    assert any("publish every contract before the vote" in q for q in quotes)


def test_agreeing_or_asking_to_act_stays_no_speech() -> None:
    text = "Governor Nathaniel Osei agreed to pay the fine. Osei asked to remain anonymous in the talks."
    assert all(not e.quotes for e in by_name(text).values())


def test_what_someone_spoke_about_is_their_reported_speech() -> None:
    text = (
        "Swimmer Rhea Calloway met reporters after the heats. "
        "She spoke about possibly dropping the 400-meter medley next season."
    )
    quotes = quotes_of(by_name(text)["Rhea Calloway"], "indirect")
    assert any("dropping the 400-meter medley next season" in q for q in quotes)


def test_speaking_to_someone_is_no_topic_and_keeps_the_said_clause() -> None:
    experts = by_name("Mayor Tom Okafor spoke to reporters and said the bridge would reopen in May.")
    assert quotes_of(experts["Tom Okafor"], "indirect") == ["the bridge would reopen in May"]
    assert by_name("The talks about the harbour deal resumed on Monday.") == {}


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Finance Minister Rita Solberg made it clear that the budget would not change.",
            "Rita Solberg",
            "the budget would not change",
        ),
        (
            "Governor Lea Moreau has made clear the state will not pay the fine.",
            "Lea Moreau",
            "the state will not pay the fine",
        ),
        (
            "Coach Andrea Pirlo made it abundantly clear that his captain would start on Sunday.",
            "Andrea Pirlo",
            "his captain would start on Sunday",
        ),
    ],
)
def test_making_it_clear_reports_the_clause(text: str, name: str, clause: str) -> None:
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


def test_making_something_clear_with_no_clause_reports_nothing() -> None:
    text = "Governor Lea Moreau made her opposition clear to voters on Monday."
    assert all(not e.quotes for e in by_name(text).values())


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Fire chief Bruno Salas warned residents that the wind would pick up overnight.",
            "the wind would pick up overnight",
        ),
        (
            "Fire chief Bruno Salas cautioned parents that the schools would close early.",
            "the schools would close early",
        ),
        # "that" opens the people's relative clause: the whole object is what was urged
        (
            "Fire chief Bruno Salas warned people that live near the river to leave.",
            "warned people that live near the river to leave",
        ),
    ],
)
def test_the_person_warned_is_not_part_of_the_warning(text: str, clause: str) -> None:
    assert quotes_of(by_name(text)["Bruno Salas"], "indirect") == [clause]


def test_a_second_verb_after_and_keeps_the_persons_speech() -> None:
    text = "Tomas Varga owns a gate business in the town and said the new rates would cost him thousands."
    found = run(text)
    assert [(e.name, quotes_of(e, "indirect")) for e in found[0]] == [
        ("Tomas Varga", ["the new rates would cost him thousands"])
    ]
    assert found[1] == []  # no "business … and" read as a speaking organisation


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        (
            "Hydrologist Ines Moreau toured the dam. But she returned and explained that the levee had held.",
            "Ines Moreau",
            "the levee had held",
        ),
        (
            "Central banker Kenji Arata, for his part, left rates unchanged but stressed that wages were rising.",
            "Kenji Arata",
            "wages were rising",
        ),
        (
            "Rallying the dock workers, union leader Ama Boateng waved to the crowd and declared that pay would rise.",
            "Ama Boateng",
            "pay would rise",
        ),
    ],
)
def test_the_speaker_of_a_second_verb_is_the_subject_of_the_first(text: str, name: str, clause: str) -> None:
    assert quotes_of(by_name(text)[name], "indirect") == [clause]


def test_a_passive_first_verb_lends_no_speaker_to_the_second() -> None:
    # "warned" shares "has been": the driver was warned, he warned no one
    text = "Driver Colm Keane has been convicted by a jury and warned to expect a long sentence."
    assert all(not e.quotes for e in by_name(text).values())


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the subject is set off by commas: "ROLE, NAME, verb …, saying …"
        (
            "The family's lawyer, Tom Gaunt, welcomed the ruling, saying the judgment was sound.",
            "the judgment was sound",
        ),
        # a British spelling the part-of-speech lexicon lacks is still the clause's verb
        (
            "Lawyer Tom Gaunt criticised the ruling, insisting that the judge had erred.",
            "the judge had erred",
        ),
    ],
)
def test_a_participle_carries_the_speech_of_the_clause_subject(text: str, clause: str) -> None:
    assert quotes_of(by_name(text)["Tom Gaunt"], "indirect") == [clause]


def test_an_objection_to_a_plan_is_reported_speech() -> None:
    text = "Parish councillor Edwin Marsh, who lives beside the site, objected to the plans for a depot."
    assert quotes_of(by_name(text)["Edwin Marsh"], "indirect") == ["objected to the plans for a depot"]
