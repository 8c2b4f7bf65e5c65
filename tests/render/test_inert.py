"""Escaping and cutting article text: nothing an article holds renders as Markdown or breaks a chart."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.render.charts import polarity_chart
from bot.render.inert import inert
from bot.render.limits import truncate

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_every_masked_link_on_a_line_is_escaped() -> None:
    text = inert("[one](https://a.example) and [two](https://b.example) <#123> <t:0:R>")
    assert not re.search(r"(?<!\\)[\[<]", text), text


def test_a_numbered_line_does_not_become_a_list() -> None:
    assert inert("1. First point") == "1\\. First point"


@given(st.text(alphabet="ab\\*_[]() ", max_size=60), st.integers(min_value=2, max_value=60))
def test_a_cut_never_leaves_a_backslash_escaping_what_follows(text: str, limit: int) -> None:
    cut = truncate(inert(text), limit)
    assert len(cut) <= limit
    body = cut.removesuffix("…")
    assert (len(body) - len(body.rstrip("\\"))) % 2 == 0, cut


def test_dollar_signs_in_titles_do_not_break_the_chart() -> None:
    # matplotlib reads text between dollar signs as a formula, and raised on a malformed one.
    png = polarity_chart(["costs $x^{$ to ship"], [0.4], title="$\\frac{a}{$ report")
    assert png.startswith(PNG_MAGIC)
