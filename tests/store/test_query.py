"""What a typed search means: words without the common ones, "phrases", -exclusions, no operators."""

from __future__ import annotations

import pytest

from bot.store.query import SearchQuery, parse_query


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("plummet", SearchQuery(words=("plummet",))),
        ("the price of bread", SearchQuery(words=("price", "bread"))),
        ("a", SearchQuery()),
        ("AND OR", SearchQuery()),
        ("wind OR solar", SearchQuery(words=("wind", "solar"))),
        ('"state of the art" design', SearchQuery(words=("design",), phrases=("state of the art",))),
        ("“curly quoted phrase”", SearchQuery(phrases=("curly quoted phrase",))),
        ("solar -panels", SearchQuery(words=("solar",), excluded=("panels",))),
        ('solar -"wind farm"', SearchQuery(words=("solar",), excluded=("wind farm",))),
        ("solar NOT panels", SearchQuery(words=("solar",), excluded=("panels",))),
        ("U.S. sanctions", SearchQuery(words=("sanctions",), phrases=("U S",))),
        ("US sanctions", SearchQuery(words=("US", "sanctions"))),  # capitals name a thing
        ("well-known - case", SearchQuery(words=("case",), phrases=("well known",))),
        ('"unclosed phrase', SearchQuery(phrases=("unclosed phrase",))),
        ("Solar solar", SearchQuery(words=("Solar",))),
        ("-solar", SearchQuery(excluded=("solar",))),
    ],
)
def test_a_query_means_what_a_reader_expects(typed: str, meant: SearchQuery) -> None:
    assert parse_query(typed) == meant


def test_only_common_words_or_only_exclusions_search_for_nothing() -> None:
    assert not parse_query("the and of a")
    assert not parse_query("-solar")
    assert parse_query('"the who"')  # quoted, common words are searched for as written
