"""A topic that is a name reads the same however the reader types its case: the article's spelling
says whether it is a name (a name is judged with the story's tone, topics.NAME_TONE)."""

from __future__ import annotations

from .test_topic_polarity import NEGATIVE, polarity

FLOOD_STORY = (
    "Floods wrecked the harbour town of Kelby last week, killing four people and destroying hundreds "
    "of homes. Residents described scenes of panic and despair as the water rose. Roads were cut off "
    "and the hospital lost power for two days. Marlow Freight offered its trucks to carry supplies, a "
    "kind gesture, locals said. Aid groups warned that disease could spread in the crowded shelters. "
    "The damage is expected to cost the region millions, and many families have lost everything."
)


def test_a_name_typed_in_lower_case_reads_as_the_name() -> None:
    assert polarity(FLOOD_STORY, "Marlow Freight") < NEGATIVE
    assert polarity(FLOOD_STORY, "marlow freight") == polarity(FLOOD_STORY, "Marlow Freight")


def test_common_nouns_typed_capitalised_read_as_common_nouns() -> None:
    text = (
        "Water bills will rise by a fifth next year, the regulator said on Monday. Households already "
        "struggling with energy costs face another blow, and charities warned of hardship. The "
        "regulator said higher water bills would fund pipes the country badly needs."
    )
    assert polarity(text, "Water Bills") == polarity(text, "water bills")
