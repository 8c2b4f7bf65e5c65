"""What every part of the library service shares: the settings, the store, the limits on a request."""

from __future__ import annotations

import re

from bot.settings import Settings
from bot.store import LibraryStore

MAX_PAGE = 100
# An article reference: "12" or "#12".
ID_REF = re.compile(r"#?(\d{1,18})")


def page_limit(limit: int) -> int:
    """A page size the store is asked for: at least one, at most `MAX_PAGE`."""
    return max(1, min(limit, MAX_PAGE))


class LibraryCore:
    """The open store and the settings it was opened with."""

    def __init__(self, settings: Settings, store: LibraryStore) -> None:
        self.settings = settings
        self.store = store
