"""A loopback Discord (REST + gateway on 127.0.0.1) for driving the real, unmodified discord.py client in tests.

Setup: `tests/conftest.py` has `pytest_plugins = ["tests.discord_double.fixtures"]`, which registers
the fixtures `discord_double` (session), `bot_factory` and `running_bot` (per test), plus a collection
hook. The double and every bot run on pytest-asyncio's *session* event loop, because discord.py's
REST base and gateway URL are process-wide class attributes (one double per process) and asyncio
objects cannot cross loops. The hook marks every test that uses one of these fixtures with
`pytest.mark.asyncio(loop_scope="session")`, so tests need no marker of their own (an explicit
`pytestmark = pytest.mark.asyncio(loop_scope="session")` is harmless).

Typical test::

    async def test_summary(running_bot):
        bot, double = running_bot
        record = await double.slash("summary", {"article": "1"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
        message = await record.reply()
        assert message["embeds"][0]["title"]

`slash`, `click` and `submit_modal` return an `InteractionRecord` once the bot acknowledged;
`reply()`/`replies(n)` give what users saw (callback message, followups, edits), and raise at once
if Discord would have refused what the bot sent (message limits, double acknowledgement, ...).
"""

from .double import DEFAULT_OWNER_ID, DiscordDouble, GuildState
from .payloads import ALL_PERMISSIONS, EPHEMERAL, EVERYONE_PERMISSIONS
from .records import InteractionRecord, is_ephemeral

__all__ = [
    "ALL_PERMISSIONS",
    "DEFAULT_OWNER_ID",
    "EPHEMERAL",
    "EVERYONE_PERMISSIONS",
    "DiscordDouble",
    "GuildState",
    "InteractionRecord",
    "is_ephemeral",
]
