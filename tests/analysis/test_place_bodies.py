"""A name that opens with a country, continent or city and has nothing marking a person ("Europe
Insight"), or that ends in a kind of place or shop ("Wayne County", "Tom Jones Florist"), is a place's
outlet or body, the place itself or a business: it is no expert, and a later "he" does not find it. A
person whose surname or first name is a place stays a person. The sentences are invented for these
tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_an_outlet_named_after_a_continent_is_no_expert() -> None:
    experts, _ = run(
        "According to Europe Insight, Finance Minister Professor Thabani Nkube has written to the lenders "
        "saying that government takes “responsibility for the recent missteps”."
    )
    assert "Europe Insight" not in {e.name for e in experts}


def test_a_county_is_no_speaker_for_a_later_he() -> None:
    experts, _ = run(
        "The singer Dominic Vale was found dead on Tuesday. The Wayne County, Ohio, medical examiner’s "
        "office ruled his death an accident. During his last show, in which he praised the crowd, he had "
        "said, “I will be back next spring.”"
    )
    assert "Wayne County" not in {e.name for e in experts}
    assert "Dominic Vale" in {e.name for e in experts}


def test_a_surname_or_first_name_that_is_a_place_stays_a_person() -> None:
    experts, _ = run(
        "“We won fairly,” Marcus Jordan said. “It was a long night,” Georgia Mbeki said after the count."
    )
    assert {"Marcus Jordan", "Georgia Mbeki"} <= {e.name for e in experts}


def test_a_shop_named_after_its_owner_is_no_expert() -> None:
    experts, sources = run("Tom Jones Florist said it would close the shop on Sunday.")
    assert not experts
    assert any(s.speaker == "Tom Jones Florist" for s in sources)
