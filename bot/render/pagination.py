"""Splitting long answers into embed pages, and the button view that turns them for the caller only."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

import discord

from .limits import DESCRIPTION, FOOTER, fit_embed, truncate

log = logging.getLogger(__name__)

# A page of ~3,000 characters stays readable on a phone and leaves room under the 6,000 total
# for the title, footer and any fields.
PAGE_CHARS = 3000
PAGE_LINES = 15
PAGE_TIMEOUT = 180.0
NO_MENTIONS = discord.AllowedMentions.none()


def pack_lines(
    lines: Iterable[str], *, max_chars: int = PAGE_CHARS, max_lines: int = PAGE_LINES
) -> list[str]:
    """Group lines into page texts of at most `max_chars` characters and `max_lines` lines.

    A line longer than a whole page is truncated rather than split, so that no page starts
    in the middle of someone's sentence. Always returns at least one (possibly empty) page.
    """
    max_chars = min(max_chars, DESCRIPTION)
    pages: list[str] = []
    current: list[str] = []
    size = 0
    for raw in lines:
        line = truncate(raw, max_chars)
        added = len(line) + (1 if current else 0)
        if current and (size + added > max_chars or len(current) >= max_lines):
            pages.append("\n".join(current))
            current, size = [], 0
            added = len(line)
        current.append(line)
        size += added
    if current or not pages:
        pages.append("\n".join(current))
    return pages


def number_pages(pages: Sequence[discord.Embed]) -> list[discord.Embed]:
    """Add "Page x/y" to each page's footer (keeping any footer text) and fit every page to the limits."""
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        if total > 1:
            marker = f"Page {number}/{total}"
            existing = page.footer.text if page.footer else None
            text = f"{truncate(existing, FOOTER - len(marker) - 3)} · {marker}" if existing else marker
            page.set_footer(text=text, icon_url=page.footer.icon_url if page.footer else None)
        fit_embed(page)
    return list(pages)


class Paginator(discord.ui.View):
    """◀ ▶ buttons over a list of embeds; only `owner_id` may press them; removed on timeout."""

    def __init__(
        self, pages: Sequence[discord.Embed], *, owner_id: int, timeout: float | None = PAGE_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = number_pages(pages)
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None = None
        self._sync_buttons()

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who ran this command can turn its pages.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.current, view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(emoji="◀", style=discord.ButtonStyle.secondary)
    async def previous_page(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]
    ) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(emoji="▶", style=discord.ButtonStyle.secondary)
    async def next_page(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Any]) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        # Dead buttons would answer "This interaction failed"; removing them says the pages are done.
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException:
            log.debug("could not remove the page buttons after timeout", exc_info=True)


async def send_pages(
    interaction: discord.Interaction[Any],
    pages: Sequence[discord.Embed],
    *,
    files: Sequence[discord.File] = (),
    ephemeral: bool = False,
) -> None:
    """Answer `interaction` with the first page (and buttons when there are more), deferred or not."""
    view = Paginator(pages, owner_id=interaction.user.id, timeout=PAGE_TIMEOUT) if len(pages) > 1 else None
    first = view.current if view else number_pages(pages)[0]
    kwargs: dict[str, Any] = {"embed": first, "allowed_mentions": NO_MENTIONS, "ephemeral": ephemeral}
    if files:
        kwargs["files"] = list(files)
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        message = await interaction.followup.send(wait=True, **kwargs)
        if view is not None:
            view.message = message
        return
    await interaction.response.send_message(**kwargs)
    if view is not None:
        view.message = await interaction.original_response()
