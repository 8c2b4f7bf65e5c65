"""The people registry: surnames, spelling variants and longer forms of a name meet one person."""

from __future__ import annotations

from bot.analysis.quotes.people import People, title_case


def test_surname_and_first_word_find_the_person() -> None:
    people = People()
    wang = people.add(["Wang", "Yiwu"], 0)
    lee = people.add(["Ada", "Lee"], 10)
    assert people.find(["Wang"], 50) is wang  # surname first ("Wang suggested")
    assert people.find(["Lee"], 50) is lee
    assert people.find(["Smith"], 50) is None


def test_spelling_variant_and_longer_name_merge() -> None:
    people = People()
    first = people.add(["Lopez", "Obrador"], 0)
    assert people.add(["Andres", "Manuel", "Lopez", "Obrador"], 5) is first
    assert first.name == "Andres Manuel Lopez Obrador"
    schauble = people.add(["Wolfgang", "Schäuble"], 9)
    assert people.find(["Schaeuble"], 20) is schauble


def test_the_most_recent_namesake_wins() -> None:
    people = People()
    people.add(["Ann", "Park"], 0)
    later = people.add(["Joon", "Park"], 100)
    later.last_seen = 100
    assert people.find(["Park"], 200) is later


def test_title_case_of_transcript_labels() -> None:
    assert title_case(["LOUIS", "OSEI-MENSAH", "de"]) == ["Louis", "Osei-Mensah", "de"]
