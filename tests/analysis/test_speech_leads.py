"""Speakers of wire-news leads and passives (issue 12): a lead's described speaker named in the next
sentences, "was quoted by the agency as saying", "NAME Tuesday told". Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run
from tests.analysis.test_speech_refers_back import left_unnamed


def test_a_lead_description_is_the_speaker_named_next() -> None:
    text = (
        "Ore shipments resumed on Monday despite the strike, a company spokeswoman said.\n"
        "The mine loaded its first cargo in a week.\n"
        "Workers remain off the job, said Kestrel Mining spokeswoman Ines Varga."
    )
    expert = by_name(text)["Ines Varga"]
    assert any("Ore shipments resumed" in q for q in quotes_of(expert, "indirect"))


def test_a_lead_description_of_another_office_stays_unnamed() -> None:
    text = (
        "Ore shipments resumed on Monday despite the strike, a company spokeswoman said.\n"
        "The mine loaded its first cargo in a week.\n"
        "Workers remain off the job, said union leader Ines Varga."
    )
    assert left_unnamed(text, "Ore shipments")


def test_a_body_in_the_lead_is_not_its_chief_named_next() -> None:
    text = (
        "The Directorate General of Coastal Services admitted an alarming rise in flooding, local media reported.\n"
        '"The pressure is mounting," the chief of the Directorate General of Coastal Services, Ama Boateng, '
        "was quoted by the state news agency as saying."
    )
    expert = by_name(text)["Ama Boateng"]
    assert quotes_of(expert, "direct") == ["The pressure is mounting"]
    assert quotes_of(expert, "indirect") == []


def test_the_agency_that_quoted_a_speaker_is_no_speaker() -> None:
    text = "Health Minister Ama Boateng was quoted by the state news agency as saying the wards would open."
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Ama Boateng"]
    assert quotes_of(experts[0], "indirect") == ["the wards would open"]
    assert sources == []


def test_a_weekday_after_the_name_is_no_part_of_it() -> None:
    text = "Opposition leader Nelson Moyo Tuesday told reporters that the vote was rigged."
    experts = by_name(text)
    assert list(experts) == ["Nelson Moyo"]
    assert quotes_of(experts["Nelson Moyo"], "indirect") == ["the vote was rigged"]


def test_a_quote_paragraph_after_a_person_citing_a_body_is_the_persons() -> None:
    text = (
        "Minister Ana Ruiz said reporters may quote what the Justice Department has said in its reports.\n"
        "“You can quote them, whatever they say. It is not fake news if you quote them.”"
    )
    expert = by_name(text)["Ana Ruiz"]
    assert quotes_of(expert, "direct") == [
        "You can quote them, whatever they say. It is not fake news if you quote them."
    ]


def test_a_quote_paragraph_after_a_body_reporting_a_person_stays_unattributed() -> None:
    text = (
        "The network reported that former director Tom Okafor testified the attack was planned.\n"
        "“The hearing was closed, but the senator spoke to reporters afterwards.”"
    )
    experts, _ = run(text)
    assert all("hearing was closed" not in q.text for e in experts for q in e.quotes)


def test_a_noun_after_his_is_not_the_verb_a_participle_hangs_on() -> None:
    text = (
        "Ms Ana Ruiz asked for the minister to withdraw his comment, saying that she was telling the truth."
    )
    experts = by_name(text)
    assert "she was telling the truth" in quotes_of(experts["Ana Ruiz"], "indirect")


def test_a_lead_description_saying_more_than_the_bare_title_named_next() -> None:
    text = (
        "The two neighbours will sign a border treaty next week, the Veldish president said on Friday.\n"
        '"Both sides accepted to come to the capital," President Anton Mareck said.'
    )
    expert = by_name(text)["Anton Mareck"]
    assert any("border treaty" in q for q in quotes_of(expert, "indirect"))


def test_a_lead_description_of_another_party_is_not_its_rival_named_next() -> None:
    text = (
        "The budget will fail in parliament, the Conservative leader said on Friday.\n"
        '"We will pass it," Labour leader Anton Mareck said.'
    )
    assert left_unnamed(text, "The budget will fail")
