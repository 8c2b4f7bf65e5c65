"""A loopback Discord (REST + gateway on 127.0.0.1) for driving the real, unmodified discord.py client in tests.

Setup
    `tests/conftest.py` holds `pytest_plugins = ["tests.discord_double.fixtures"]`, which registers the
    fixtures `discord_double` (one per session), `bot_factory` and `running_bot` (one bot per test, with
    a fresh SQLite file and a copy of seeds/), and a collection hook. discord.py keeps its REST base and
    gateway URL in process-wide class attributes, so there is one double per process, and it and every
    bot live on pytest-asyncio's *session* event loop. The hook puts every test that uses these
    fixtures, and every async fixture built on them, on that loop: tests need no marker and fixtures
    can be plain `@pytest.fixture async def ...` (an explicit `loop_scope="session"` is harmless).
    An async fixture that such a test uses *without* it depending on these fixtures stays on its own
    loop: give it `@pytest_asyncio.fixture(loop_scope="session")` if its value is bound to a loop.

The server `fixtures.GUILD_ID` exists from the start with OWNER_ID (all permissions), ADMIN_ID (Manage
Server) and MEMBER_ID (what @everyone may do).

DiscordDouble
    base_url, api_base, gateway_url, app_id, bot_user_id
    add_guild(guild_id, name=..., owner_id=..., *, bot_permissions=..., everyone_permissions=...)
                                                                  # GUILD_CREATE if a bot is up
    add_member(guild_id, user_id, *, permissions=0, name=None)    # permissions through a role of their own
    remove_guild(guild_id), set_bot_permissions(guild_id, permissions), permissions(guild_id, user_id)
    synced_commands(guild_id=None) -> list[dict]                  # last bulk overwrite, echoed with ids
    forget_commands()                                             # bot_factory calls it before each test
    await slash(name, options=None, *, guild_id, user_id, subcommand=None, attachments=None,
                channel_id=None, wait=True, timeout=10) -> InteractionRecord
    await autocomplete(name, options, focused, *, guild_id, user_id, subcommand=None) -> list[choice]
    await click(message, custom_id, *, guild_id, user_id, values=None) -> InteractionRecord
    await submit_modal(custom_id, values, *, guild_id, user_id) -> InteractionRecord
    await drop_gateway() / request_reconnect() / invalidate_session()   # each waits for the comeback
    requests, unknown_requests, rejections, sync_calls, channel_messages, messages, gateway.identifies
    valid_tokens (None: any token logs in), ack_deadline (None: no 3 s limit)
    shard_count (what GET /gateway/bot recommends, 1); gateway.shards: the live session of each shard id.
    An IDENTIFY with `shard: [id, count]` gets READY and GUILD_CREATE for that shard's guilds only, and
    every guild event (interactions too) goes to the session of shard (guild_id >> 22) % count.

    slash/click/submit_modal return once the bot acknowledged (wait=False: at once). They raise
    ValueError/LookupError for what Discord's client would not let a user send (missing required
    option, value outside min/max or choices, command never synced, disabled button).

InteractionRecord
    await reply() / replies(n)   # what users saw, in order: the type-4/7 message, followups, edits;
                                 # after a defer the first followup replaces "thinking…" and keeps its
                                 # visibility. Each message has content, embeds, flags, components,
                                 # attachments, allowed_mentions and files [{filename, content_type, data}].
    await wait_modal(), await wait_callback()
    callbacks, modal, choices, original, messages, deleted, rejections
    is_ephemeral(message)        # flags & 64; also a module-level function

await eventually(condition, within=10)   # for what the bot does out of the double's sight (logs, files)

Whatever the bot sends is checked against Discord's limits (content, embeds, components, choices,
modals, command definitions, upload size, acknowledging twice, followups before acknowledging);
what Discord would refuse gets its 4xx answer, and reply() raises at once with the reason.
"""

from .double import DEFAULT_OWNER_ID, DiscordDouble, GuildState
from .payloads import ALL_PERMISSIONS, EPHEMERAL, EVERYONE_PERMISSIONS
from .records import InteractionRecord, is_ephemeral
from .waiting import eventually

__all__ = [
    "ALL_PERMISSIONS",
    "DEFAULT_OWNER_ID",
    "EPHEMERAL",
    "EVERYONE_PERMISSIONS",
    "DiscordDouble",
    "GuildState",
    "InteractionRecord",
    "eventually",
    "is_ephemeral",
]
