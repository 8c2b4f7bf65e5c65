"""A double-barrelled surname cut to its last part ("Okafor said" after "Dana Whitby-Okafor") is the
same person, so her quotes stay under one name. Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name


def test_last_part_of_a_double_barrelled_surname_is_the_same_person() -> None:
    experts = by_name(
        "The clinic opened on Monday, according to Minister Dana Whitby-Okafor. "
        '"We have waited ten years for this building," Minister Okafor said.'
    )
    assert list(experts) == ["Dana Whitby-Okafor"]
    assert any("ten years" in q.text for q in experts["Dana Whitby-Okafor"].quotes)
