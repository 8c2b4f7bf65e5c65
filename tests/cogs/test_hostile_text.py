"""Hostile text is inert: Markdown and control characters from an article's title and text, or from a
user's option, show as the characters they are, in every public answer, through the real client."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import GUILD_ID, MEMBER_ID

from .replies import add_file, assert_one_sentence_error, embed_text

Bot = tuple[Any, DiscordDouble]

PHISH = "[Click for prize](https://evil.example/phish)"
TITLE = f"**{PHISH}** \u202eeulav\u202c today\x07"
SPEAKER = "Maria Gonzalez"
TEXT = (
    "Harbour prices rose sharply on Tuesday, traders in the port city said.\n"
    f'"Freight will ||surely|| fall, see [our offer](https://evil.example/win) ~~today~~ \x1b[31m," said '
    f"{SPEAKER}, an economist at the University of Lisbon. \u202eHarbour prices are a __concern__ for "
    "every exporter.\n"
    "She added that the harbour authority would review the fees in spring, after the winter season.\n"
)
HIDDEN = ("\x07", "\x1b", "\u202e", "\u202c")


def visible(text: str) -> str:
    """What Discord shows for Markdown-escaped text: each backslash escape becomes its character."""
    return re.sub(r"\\(.)", r"\1", text)


def assert_inert(text: str) -> None:
    """No masked link, spoiler, strikethrough, underline or control character can render from `text`."""
    for char in HIDDEN:
        assert char not in text, f"{char!r} reached the answer: {text!r}"
    unescaped = re.sub(r"\\.", "", text)  # what is left once every escaped character is set aside
    for markup in ("](", "||", "~~", "__"):
        assert markup not in unescaped, f"{markup} renders in {text!r}"


@pytest.fixture
async def hostile(running_bot: Bot) -> tuple[DiscordDouble, str]:
    """The library with the hostile article added; returns the double and the article's id."""
    _, double = running_bot
    message = await add_file(double, TEXT, title=TITLE)
    footer = message["embeds"][0]["footer"]["text"]
    article_id = re.search(r"#(\d+)", footer)
    assert article_id, footer
    assert_inert(embed_text(message))
    return double, article_id.group(1)


async def answer(double: DiscordDouble, command: str, options: dict[str, Any]) -> str:
    record = await double.slash(command, options, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    assert not is_ephemeral(message), message
    return embed_text(message)


async def test_a_phishing_title_is_shown_inert_in_articles_and_summary(
    hostile: tuple[DiscordDouble, str],
) -> None:
    double, article_id = hostile
    for command, options in (
        ("articles", {}),
        ("articles", {"query": "harbour"}),
        ("summary", {"article": article_id}),
    ):
        text = await answer(double, command, options)
        assert_inert(text)
        assert PHISH in visible(text), (command, text)  # shown as the characters it is, not dropped


async def test_markdown_in_article_text_is_inert_in_summary_experts_quotes_and_search(
    hostile: tuple[DiscordDouble, str],
) -> None:
    double, article_id = hostile
    summary = await answer(double, "summary", {"article": article_id})
    experts = await answer(double, "experts", {"article": article_id})
    quotes = await answer(double, "quotes", {"speaker": SPEAKER})
    search = await answer(double, "articles", {"query": "freight offer"})
    for text in (summary, experts, quotes, search):
        assert_inert(text)
    for text in (experts, quotes):
        assert "[our offer](https://evil.example/win)" in visible(text)
        assert "||surely||" in visible(text)
    assert SPEAKER in experts
    assert "**" in search, "the search snippet still marks the words that matched in bold"


async def test_a_six_thousand_character_article_option_gets_a_short_private_sentence(
    running_bot: Bot,
) -> None:
    _, double = running_bot
    for command in ("summary", "experts", "sentiment"):
        record = await double.slash(command, {"article": "x" * 6000}, guild_id=GUILD_ID, user_id=MEMBER_ID)
        sentence = assert_one_sentence_error(await record.reply())
        assert len(sentence) < 200, sentence
        assert "xxxx" in sentence  # what was asked for is still recognisable


async def test_markdown_and_controls_in_a_users_option_are_not_echoed_as_markup(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "quotes", {"speaker": f"**{PHISH}**\u202e\x07"}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    sentence = assert_one_sentence_error(await record.reply())
    assert_inert(sentence)
    assert PHISH in visible(sentence)
