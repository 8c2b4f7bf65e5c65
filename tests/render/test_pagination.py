"""Splitting content into pages, numbering them, and the limits safety net."""

from __future__ import annotations

import discord

from bot.render import limits
from bot.render.pagination import Paginator, number_pages, pack_lines

from .conftest import assert_within_limits


def test_truncate_keeps_short_text_and_marks_cuts() -> None:
    assert limits.truncate("short", 10) == "short"
    cut = limits.truncate("one two three four five six seven eight", 30)
    assert cut == "one two three four five six…"  # cut back to the word boundary
    assert limits.truncate("x" * 50, 10) == "x" * 9 + "…"
    assert limits.truncate("anything", 0) == ""


def test_pack_lines_respects_chars_and_lines() -> None:
    lines = [f"line {i} " + "x" * 90 for i in range(100)]
    pages = pack_lines(lines, max_chars=1000, max_lines=8)
    assert all(len(p) <= 1000 for p in pages)
    assert all(len(p.split("\n")) <= 8 for p in pages)
    # Nothing lost and order kept.
    assert "\n".join(pages).split("\n") == lines


def test_pack_lines_truncates_a_line_longer_than_a_page() -> None:
    pages = pack_lines(["a" * 10_000, "b"], max_chars=500)
    assert pages[0].endswith("…") and len(pages[0]) == 500
    assert pages[1] == "b"


def test_pack_lines_of_nothing_is_one_empty_page() -> None:
    assert pack_lines([]) == [""]


def test_number_pages_adds_page_markers_to_existing_footers() -> None:
    pages = [discord.Embed(description=str(i)) for i in range(3)]
    pages[0].set_footer(text="f" * 3000)
    numbered = number_pages(pages)
    assert numbered[0].footer.text.endswith("Page 1/3")
    assert numbered[2].footer.text == "Page 3/3"
    assert_within_limits(*numbered)


def test_single_page_has_no_marker() -> None:
    (page,) = number_pages([discord.Embed(description="only")])
    assert not page.footer.text


def test_fit_embed_brings_an_oversized_embed_within_limits() -> None:
    embed = discord.Embed(title="t" * 1000, description="d" * 5000)
    for _ in range(40):
        embed.add_field(name="n" * 400, value="v" * 2000)
    embed.set_footer(text="f" * 3000)
    embed.set_author(name="a" * 400)
    limits.fit_embed(embed)
    assert_within_limits(embed)
    assert embed.fields  # fields are trimmed from the end only as far as needed


async def test_paginator_buttons_follow_the_page() -> None:
    pages = [discord.Embed(description=f"page {i}") for i in range(3)]
    view = Paginator(pages, owner_id=42, timeout=None)
    assert view.previous_page.disabled and not view.next_page.disabled
    view.index = 2
    view._sync_buttons()
    assert view.next_page.disabled and not view.previous_page.disabled
    assert [p.footer.text for p in view.pages] == ["Page 1/3", "Page 2/3", "Page 3/3"]
