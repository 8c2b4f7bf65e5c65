"""Splitting long answers into embed pages, and the button view that turns them for the caller only."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import discord

from .limits import DESCRIPTION, FOOTER, TITLE, fit_embed, truncate

log = logging.getLogger(__name__)

# A page of ~3,000 characters stays readable on a phone and leaves room under the 6,000 total
# for the title, footer and any fields.
PAGE_CHARS = 3000
PAGE_LINES = 15
PAGE_TIMEOUT = 180.0
NO_MENTIONS = discord.AllowedMentions.none()


def group_lines(
    lengths: Iterable[int], *, max_chars: int = PAGE_CHARS, max_lines: int = PAGE_LINES
) -> list[range]:
    """Which lines (by index) share a page, given each line's length: at most `max_chars` characters
    (newlines included) and `max_lines` lines a page. Always at least one (possibly empty) page."""
    groups: list[range] = []
    start = size = 0
    index = -1
    for index, length in enumerate(lengths):
        added = length + (1 if index > start else 0)
        if index > start and (size + added > max_chars or index - start >= max_lines):
            groups.append(range(start, index))
            start, size, added = index, 0, length
        size += added
    if index >= start or not groups:
        groups.append(range(start, index + 1))
    return groups


def pack_lines(
    lines: Iterable[str], *, max_chars: int = PAGE_CHARS, max_lines: int = PAGE_LINES
) -> list[str]:
    """Group lines into page texts of at most `max_chars` characters and `max_lines` lines.

    A line longer than a whole page is truncated rather than split, so that no page starts
    in the middle of someone's sentence. Always returns at least one (possibly empty) page.
    """
    max_chars = min(max_chars, DESCRIPTION)
    fitted = [truncate(line, max_chars) for line in lines]
    groups = group_lines((len(line) for line in fitted), max_chars=max_chars, max_lines=max_lines)
    return ["\n".join(fitted[i] for i in group) for group in groups]


def number_page(page: discord.Embed, number: int, total: int) -> discord.Embed:
    """Add "Page x/y" to the page's footer (keeping any footer text) and fit it to the limits."""
    if total > 1:
        marker = f"Page {number}/{total}"
        existing = page.footer.text if page.footer else None
        text = f"{truncate(existing, FOOTER - len(marker) - 3)} · {marker}" if existing else marker
        page.set_footer(text=text, icon_url=page.footer.icon_url if page.footer else None)
    return fit_embed(page)


def number_pages(pages: Sequence[discord.Embed]) -> list[discord.Embed]:
    """`number_page` for every page."""
    return [number_page(page, number, len(pages)) for number, page in enumerate(pages, start=1)]


class PageSource(Protocol):
    """Pages built when shown (numbered and fitted by the source), for answers whose pages cost a
    query each: only the pages someone turns to are ever built."""

    def __len__(self) -> int: ...

    async def page(self, index: int) -> discord.Embed: ...


class LinePages:
    """Pages of lines, each embed built when its page is shown (a PageSource). Laying out lines is
    cheap; building and fitting 40 embeds that nobody turns to was most of the rendering under load,
    and they stayed in memory for the buttons' three minutes."""

    def __init__(
        self,
        lines: Iterable[str],
        *,
        title: str,
        footer: str,
        colour: int | discord.Colour,
        max_lines: int = PAGE_LINES,
    ) -> None:
        self._lines = [truncate(line, PAGE_CHARS) for line in lines]
        self._pages = group_lines((len(line) for line in self._lines), max_lines=max_lines)
        self._title = truncate(title, TITLE)
        self._footer = footer
        self._colour = colour

    def __len__(self) -> int:
        return len(self._pages)

    async def page(self, index: int) -> discord.Embed:
        text = "\n".join(self._lines[i] for i in self._pages[index])
        embed = discord.Embed(title=self._title, description=text, colour=self._colour)
        embed.set_footer(text=self._footer)
        return number_page(embed, index + 1, len(self._pages))


class Paginator(discord.ui.View):
    """◀ ▶ buttons over a list of embeds (or a PageSource); only `owner_id` may press them; removed on
    timeout."""

    def __init__(
        self,
        pages: Sequence[discord.Embed] | PageSource,
        *,
        owner_id: int,
        timeout: float | None = PAGE_TIMEOUT,
        first: discord.Embed | None = None,
    ) -> None:
        super().__init__(timeout=timeout)
        if not len(pages):
            raise ValueError("a paginator needs at least one page")
        self.pages: Sequence[discord.Embed] | PageSource = (
            number_pages(pages) if isinstance(pages, Sequence) else pages
        )
        self.owner_id = owner_id
        self.index = 0
        if first is None and not isinstance(self.pages, Sequence):
            raise ValueError("a paginator over a PageSource is given its first page, already built")
        self.current: discord.Embed = first if first is not None else self._listed(0)
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None = None
        self._sync_buttons()

    def _listed(self, index: int) -> discord.Embed:
        assert isinstance(self.pages, Sequence)
        return self.pages[index]

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
        if isinstance(self.pages, Sequence):
            self.current = self.pages[self.index]
        else:
            self.current = await self.pages.page(self.index)
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
    pages: Sequence[discord.Embed] | PageSource,
    *,
    files: Sequence[discord.File] = (),
    ephemeral: bool = False,
) -> None:
    """Answer `interaction` with the first page (and buttons when there are more), deferred or not."""
    owner = interaction.user.id
    view: Paginator | None = None
    if isinstance(pages, Sequence):
        view = Paginator(pages, owner_id=owner, timeout=PAGE_TIMEOUT) if len(pages) > 1 else None
        first = view.current if view else number_pages(pages)[0]
    else:
        first = await pages.page(0)
        view = Paginator(pages, owner_id=owner, timeout=PAGE_TIMEOUT, first=first) if len(pages) > 1 else None
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
