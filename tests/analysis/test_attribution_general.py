"""Who said what on patterns that generalise beyond any one article: each test names the class of
error it guards against, with sentences written for the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_two_particles_before_a_surname_stay_in_one_name() -> None:
    text = (
        "At the hearing, Inspector Joost van der Berg said the bridge had been closed too late. "
        '"We warned the council twice," she said.'
    )
    experts = by_name(text)
    assert list(experts) == ["Joost van der Berg"]
    assert quotes_of(experts["Joost van der Berg"], "direct") == ["We warned the council twice"]


def test_a_capitalised_particle_ending_a_name_is_the_surname() -> None:
    text = (
        "The committee, headed by Governor Ravindra Das, on Thursday kept rates unchanged. "
        '"The fight against inflation is not over," Das said.'
    )
    experts = by_name(text)
    assert list(experts) == ["Ravindra Das"]
    assert quotes_of(experts["Ravindra Das"], "direct") == ["The fight against inflation is not over"]


def test_transcript_answers_labelled_with_the_surname_alone() -> None:
    text = (
        "The harbour master, Captain Ingrid Solberg, spoke to us after the storm.\n"
        "Q: Was the harbour ready?\n"
        'SOLBERG: "We had moved every boat by noon. Nothing was lost."\n'
        "Q: And next winter?\n"
        "SOLBERG: We will raise the sea wall by a metre before October.\n"
    )
    experts = by_name(text)
    assert list(experts) == ["Ingrid Solberg"]
    direct = quotes_of(experts["Ingrid Solberg"], "direct")
    assert "We had moved every boat by noon. Nothing was lost." in direct
    assert "We will raise the sea wall by a metre before October." in direct


def test_transcript_label_in_accented_capitals() -> None:
    text = (
        "Energy Minister Tomás Ibáñez defended the tariff on Monday.\n"
        'IBÁÑEZ: "The tariff pays for the grid, not for profits."\n'
    )
    experts = by_name(text)
    assert quotes_of(experts["Tomás Ibáñez"], "direct") == ["The tariff pays for the grid, not for profits."]


def test_a_capitalised_word_and_colon_is_no_label_unless_someone_was_named() -> None:
    text = "Update: the ferry resumed service on Tuesday.\nWARNING: roads remain closed.\n"
    assert run(text) == ([], [])


def test_speech_verb_after_and_takes_the_subject_of_the_first_verb() -> None:
    text = (
        "Health Secretary Priya Raman visited the flooded ward and said the hospital would reopen "
        "within a month."
    )
    experts = by_name(text)
    assert experts["Priya Raman"].role == "Health Secretary"
    indirect = quotes_of(experts["Priya Raman"], "indirect")
    assert len(indirect) == 1 and "would reopen within a month" in indirect[0]


def test_speech_verb_after_and_with_no_named_subject_lists_nobody() -> None:
    text = "The storm, which flattened two villages, moved north and said nothing of its path."
    assert run(text)[0] == []


def test_a_name_described_as_a_firm_is_an_organisation() -> None:
    text = (
        "Douglas Haulage, the Scottish logistics company, said on Monday that drivers would get a raise. "
        "Union organiser Maria Lindqvist, a former driver, said the cuts were avoidable."
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Maria Lindqvist"]
    assert experts[0].role == "Union organiser; a former driver"
    firms = {s.speaker: s.kind for s in sources}
    assert firms.get("Douglas Haulage") == "organization"


def test_a_person_described_by_their_firm_stays_a_person() -> None:
    text = "Kofi Mensah, the company's founder, said sales had doubled."
    experts = by_name(text)
    assert experts["Kofi Mensah"].role == "the company's founder"


def test_a_name_where_people_work_is_a_firm() -> None:
    text = (
        "Analysts at Morgan Stanley expect two rate cuts this year. "
        "Morgan Stanley said in a note that inflation would ease by the summer. "
        "Economist Rita Osei said the bank was too hopeful."
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Rita Osei"]
    assert "Morgan Stanley" in {s.speaker for s in sources if s.kind == "organization"}


def test_a_person_people_work_with_keeps_a_role_and_stays_a_person() -> None:
    text = (
        "Researchers at the lab worked with Professor Lena Holm for a decade. "
        "Holm, a chemist, said the results were clear."
    )
    experts = by_name(text)
    assert experts["Lena Holm"].role is not None and "chemist" in experts["Lena Holm"].role


# (class of role, text, speaker, the role a reader should see)
ROLES = [
    pytest.param(
        "Amara Diallo, the nurse who ran the night shift, said the ward had no spare beds.",
        "Amara Diallo",
        "the nurse who ran the night shift",
        id="who-clause-right-after-the-role-noun-stays",
    ),
    pytest.param(
        "Amara Diallo, the nurse, who ran the night shift, said the ward had no spare beds.",
        "Amara Diallo",
        "the nurse",
        id="who-clause-after-a-comma-is-not-the-role",
    ),
    pytest.param(
        '"The river has never been this low," said Tom Greaves, who breeds sheep near Hexham, '
        '"and the rain is not coming."',
        "Tom Greaves",
        "breeds sheep near Hexham",
        id="what-a-speaker-does-is-their-role",
    ),
    pytest.param(
        "Tom Greaves, who thinks the river is too low, said the rain would not come.",
        "Tom Greaves",
        None,
        id="what-a-speaker-thinks-is-no-role",
    ),
    pytest.param(
        "Ana Ruiz and the opposition's transport spokesman, Jonas Bell, toured the depot. "
        "Later, Bell said the buses were unsafe.",
        "Jonas Bell",
        "the opposition's transport spokesman",
        id="role-set-off-before-the-name-by-commas",
    ),
    pytest.param(
        "After a meeting with the minister, Jonas Bell said the buses were unsafe.",
        "Jonas Bell",
        None,
        id="role-noun-in-a-prepositional-phrase-is-not-the-next-name-s",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_roles(text: str, name: str, role: str | None) -> None:
    assert by_name(text)[name].role == role


def test_a_broad_description_after_a_named_speaker_is_that_speaker() -> None:
    text = (
        "Undersecretary Lena Marsh joined the briefing by video. Marsh said new towers take a year. "
        '"We will make the permits simpler by June," the ports official added.'
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Lena Marsh"]
    assert quotes_of(experts[0], "direct") == ["We will make the permits simpler by June"]
    assert sources == []


@pytest.mark.parametrize(
    "text, source",
    [
        (  # the article spoke of an unnamed official first: "the official" is that one
            "Lena Marsh said new towers take a year. A senior ministry official said the permits were "
            "late. The official said the rules would change in June.",
            "The official",
        ),
        (  # "the second official" is someone new
            "Lena Marsh said new towers take a year. The second official said the rules would change.",
            "The second official",
        ),
    ],
)
def test_a_description_of_someone_unnamed_stays_unnamed(text: str, source: str) -> None:
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Lena Marsh"]
    assert source in [s.speaker for s in sources]
    assert not any("rules" in q.text for q in experts[0].quotes)


def test_a_family_name_first_gives_no_gender() -> None:
    # "Tran" leads a family-name-first name here; the census lists it as a rare girl's name
    text = (
        "Port director Peter Walsh opened the terminal on Monday. Trade official Tran Quoc Bao said cargo "
        'fell in May. "We lost two big clients," he added.'
    )
    experts = by_name(text)
    assert quotes_of(experts["Tran Quoc Bao"], "direct") == ["We lost two big clients"]


def test_a_rare_census_first_name_gives_no_gender() -> None:
    # "Krishna" is only in the census's long tail of girls' names, below where its boys' list stops
    text = (
        "Shop owner Daniel Okoro said the road floods every year. Farmer Krishna Rao said the bus no "
        'longer comes. "We are cut off for a week," he said.'
    )
    assert quotes_of(by_name(text)["Krishna Rao"], "direct") == ["We are cut off for a week"]


def test_a_described_speaker_may_use_any_speech_verb() -> None:
    text = (
        "Health Minister Ravi Kumar visited the clinic on Monday. Kumar said 300 wards would open. "
        "The minister also mentioned that masks were in short supply."
    )
    experts = by_name(text)
    assert list(experts) == ["Ravi Kumar"]
    assert "masks were in short supply" in quotes_of(experts["Ravi Kumar"], "indirect")


def test_a_description_saying_more_than_a_mentioned_role_is_not_that_person() -> None:
    # the president only mentioned is not "the Chilean president", whose name the article garbled
    text = (
        "Prime Minister Lena Okoro said the summit would go ahead. In her talks with President Tom Hale "
        "she warned him that sanctions would hurt. The Chilean president indicated that trade would be "
        "on the agenda."
    )
    experts, _ = run(text)
    assert "Tom Hale" not in [e.name for e in experts]
