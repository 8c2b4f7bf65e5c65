"""Discord's message limits and the truncation that keeps every embed inside them."""

from __future__ import annotations

import discord

MESSAGE_CHARS = 2000
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000
EMBEDS_PER_MESSAGE = 10
CHOICES = 25
CHOICE_NAME = 100
ATTACHMENT_BYTES = 10 * 1024 * 1024

ELLIPSIS = "…"


def truncate(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters, ending with an ellipsis when anything was cut.

    A cut within the last fifth of the allowance moves back to a word boundary, so that a
    truncated quote does not end mid-word; further back than that we keep the characters.
    """
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit == 1:
        return ELLIPSIS
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 4 // 5:
        cut = cut[:space]
    cut = cut.rstrip()
    # A cut between an escaping backslash and what it escapes would leave the backslash to escape
    # whatever follows the text (the `**` closing a bold name); an even run is escaped backslashes.
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    return cut + ELLIPSIS


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Bring every part of `embed` within Discord's limits, in place; returns the same embed.

    Builders already truncate what they put in; this is the safety net that guarantees a
    valid message whatever the content, trimming the description first and then fields
    from the end when the 6,000-character total is exceeded.
    """
    if embed.title:
        embed.title = truncate(embed.title, TITLE)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION)
    if embed.author and embed.author.name:
        embed.set_author(
            name=truncate(embed.author.name, AUTHOR_NAME),
            url=embed.author.url,
            icon_url=embed.author.icon_url,
        )
    if embed.footer and embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    fields = embed.fields[:FIELDS]
    embed.clear_fields()
    for field in fields:
        embed.add_field(
            name=truncate(field.name or "\u200b", FIELD_NAME) or "\u200b",
            value=truncate(field.value or "\u200b", FIELD_VALUE) or "\u200b",
            inline=bool(field.inline),
        )
    excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 0)
        embed.description = truncate(embed.description, keep) or None
    while len(embed) > EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    return embed
