"""/article add and /article remove: admins only, files and pasted text, errors kept private."""

from __future__ import annotations

import re
from typing import Any

from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID, OWNER_ID, BotFactory, new_guild_id

from .replies import add_file, assert_one_sentence_error, embed_text

Bot = tuple[Any, DiscordDouble]
MIB = 1024 * 1024

ARTICLE = (
    "Harbour City opened a new ferry terminal on Monday after three years of construction.\n"
    "The terminal doubles the number of daily crossings to the islands.\n"
    '"This is the best thing to happen to the waterfront in decades," said Maria Lopez, the city\'s mayor.\n'
    "Critics said the project ran far over its original budget.\n"
)


def article_id(message: dict[str, Any]) -> str:
    match = re.search(r"article #(\d+)", embed_text(message))
    assert match, embed_text(message)
    return match.group(1)


async def listed_titles(double: DiscordDouble, guild_id: int, user_id: int = MEMBER_ID) -> str:
    record = await double.slash("articles", {}, guild_id=guild_id, user_id=user_id)
    return embed_text(await record.reply())


async def test_article_group_is_hidden_from_members_by_default(running_bot: Bot) -> None:
    _, double = running_bot
    (group,) = [c for c in double.synced_commands() if c["name"] == "article"]
    assert int(group["default_member_permissions"]) == 1 << 5  # Manage Server
    assert {o["name"] for o in group["options"]} == {"add", "remove"}


async def test_admin_adds_a_file_and_summary_answers_about_it(running_bot: Bot) -> None:
    _, double = running_bot
    added = await add_file(double, ARTICLE, title="Harbour City ferry terminal opens")
    assert "Added to the library: Harbour City ferry terminal opens" in embed_text(added)
    record = await double.slash(
        "summary", {"article": article_id(added)}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    text = embed_text(await record.reply())
    assert "Summary: Harbour City ferry terminal opens" in text
    assert "ferry terminal" in text and "reduced by" in text.lower()
    # The newest article is now the default answer.
    record = await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "Harbour City" in embed_text(await record.reply())


async def test_adding_the_same_text_twice_says_so(running_bot: Bot) -> None:
    _, double = running_bot
    first = await add_file(double, ARTICLE, title="Ferry")
    again = await add_file(double, ARTICLE, title="Ferry")
    assert "Already in the library" in embed_text(again)
    assert article_id(first) == article_id(again)


async def test_an_ordinary_member_is_refused_privately(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "article",
        {},
        subcommand="add",
        attachments={"file": ("a.txt", ARTICLE.encode(), "text/plain")},
        guild_id=GUILD_ID,
        user_id=MEMBER_ID,
    )
    sentence = assert_one_sentence_error(await record.reply())
    assert "Manage Server" in sentence
    assert "Harbour City" not in await listed_titles(double, GUILD_ID)
    record = await double.slash(
        "article", {"article": "1"}, subcommand="remove", guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert "Manage Server" in assert_one_sentence_error(await record.reply())


async def test_without_url_or_file_a_modal_takes_pasted_text(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("article", {}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID)
    modal = await record.wait_modal()
    inputs = [c for row in modal["components"] for c in row.get("components", [row.get("component", row)])]
    text_input = next(c for c in inputs if c["custom_id"] == "text")
    assert text_input["max_length"] == 4000
    # The form says where it stops and what to do with a longer article; the title may stay empty.
    assert "4,000 characters" in text_input["label"] and "file" in text_input["placeholder"]
    assert next(c for c in inputs if c["custom_id"] == "title")["required"] is False
    submitted = await double.submit_modal(
        modal["custom_id"],
        {"title": "Pasted ferry story", "text": ARTICLE},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    message = await submitted.reply()
    assert not is_ephemeral(message)
    assert "Added to the library: Pasted ferry story" in embed_text(message)
    assert f"pasted by <@{ADMIN_ID}> on " in embed_text(message)
    listed = await listed_titles(double, GUILD_ID)
    pasted_line = next(line for line in listed.splitlines() if "Pasted ferry story" in line)
    assert f"pasted by <@{ADMIN_ID}>" in pasted_line and "shared" not in pasted_line
    seed_line = next(line for line in listed.splitlines() if "Chinese SMEs going global" in line)
    assert "seed, shared with every server" in seed_line


async def test_a_pasted_article_without_a_title_gets_one_from_its_text(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("article", {}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID)
    modal = await record.wait_modal()
    submitted = await double.submit_modal(
        modal["custom_id"], {"title": "", "text": ARTICLE}, guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert "Added to the library: Harbour City opened a new ferry terminal" in embed_text(
        await submitted.reply()
    )


async def test_file_over_the_settings_cap_is_one_private_sentence(running_bot: Bot) -> None:
    bot, double = running_bot
    cap = bot.settings.max_download_bytes
    record = await double.slash(
        "article",
        {},
        subcommand="add",
        attachments={"file": ("big.txt", b"a" * (cap + MIB), "text/plain")},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    sentence = assert_one_sentence_error(await record.reply())
    assert "big.txt" in sentence and "limit" in sentence


async def test_file_over_discords_attachment_cap_is_refused(
    bot_factory: BotFactory, discord_double: DiscordDouble
) -> None:
    await bot_factory(max_download_bytes=100 * MIB)  # the operator allows more than Discord does
    record = await discord_double.slash(
        "article",
        {},
        subcommand="add",
        attachments={"file": ("huge.txt", b"a" * (11 * MIB), "text/plain")},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    sentence = assert_one_sentence_error(await record.reply())
    assert "10.0 MiB" in sentence


async def test_url_and_file_together_are_refused(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "article",
        {"url": "https://example.com/a"},
        subcommand="add",
        attachments={"file": ("a.txt", ARTICLE.encode(), "text/plain")},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    assert "either a URL or a file" in assert_one_sentence_error(await record.reply())


async def test_seed_articles_cannot_be_removed(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "article", {"article": "1"}, subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert "seed" in assert_one_sentence_error(await record.reply())
    assert "Chinese SMEs going global" in await listed_titles(double, GUILD_ID)


async def test_an_admin_removes_the_servers_own_article(running_bot: Bot) -> None:
    _, double = running_bot
    added = await add_file(double, ARTICLE, title="Ferry to remove")
    choices = await double.autocomplete(
        "article", {"article": "ferry"}, "article", subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert {"name": "Ferry to remove", "value": article_id(added)} in choices
    record = await double.slash(
        "article", {"article": article_id(added)}, subcommand="remove", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    assert "Removed from the library: Ferry to remove" in embed_text(await record.reply())
    assert "Ferry to remove" not in await listed_titles(double, GUILD_ID)


async def test_adding_is_rate_limited_per_user(running_bot: Bot) -> None:
    _, double = running_bot
    for n in range(6):  # ADDS_PER_MINUTE, each of up to five files
        await add_file(double, f"{ARTICLE}\nUpdate number {n}.", title=f"Ferry {n}")
    record = await double.slash(
        "article",
        {},
        subcommand="add",
        attachments={"file": ("a.txt", b"One more ferry story.", "text/plain")},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    assert "try again in" in assert_one_sentence_error(await record.reply())
    # Another admin is not slowed down by the first one's adds.
    await add_file(double, f"{ARTICLE}\nThe owner's note.", title="Owner's ferry", user_id=OWNER_ID)


async def test_a_server_never_sees_another_servers_article(running_bot: Bot) -> None:
    _, double = running_bot
    added = await add_file(double, ARTICLE, title="Only in the newsroom")
    other = new_guild_id()
    double.add_guild(other, "Elsewhere")
    double.add_member(other, MEMBER_ID)
    listed = await listed_titles(double, other)
    assert "Only in the newsroom" not in listed
    assert "Chinese SMEs going global" in listed  # seeds are shared with every server
    record = await double.slash("summary", {"article": article_id(added)}, guild_id=other, user_id=MEMBER_ID)
    assert_one_sentence_error(await record.reply())
    choices = await double.autocomplete("summary", {}, "article", guild_id=other, user_id=MEMBER_ID)
    assert all(c["name"] != "Only in the newsroom" for c in choices)


PAGE = (
    "<html><head><title>Harbour City ferry terminal opens</title></head><body><article>"
    "<h1>Harbour City ferry terminal opens</h1>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE.strip().split("\n"))
    + "</article></body></html>"
)


async def test_admin_adds_from_a_url_and_a_bad_url_is_answered_privately(
    bot_factory: BotFactory, discord_double: DiscordDouble
) -> None:
    from aiohttp import web

    async def article(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/news/ferry", article)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        await bot_factory(url_allowlist=("127.0.0.1",), fetch_timeout=5.0)
        url = f"http://127.0.0.1:{port}/news/ferry"
        record = await discord_double.slash(
            "article", {"url": url}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID
        )
        message = await record.reply()
        assert record.deferred and not is_ephemeral(message)
        text = embed_text(message)
        assert "Added to the library: Harbour City ferry terminal opens" in text
        assert f"127.0.0.1:{port}" in text  # the source links back to the page

        missing = await discord_double.slash(
            "article", {"url": f"{url}-gone"}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID
        )
        (error,) = [m for m in await missing.replies(1) if m.get("content")]
        assert_one_sentence_error(error)
        assert missing.deleted  # no public "thinking…" left behind
    finally:
        await runner.cleanup()


async def test_every_command_is_for_servers_only(running_bot: Bot) -> None:
    _, double = running_bot
    commands = {c["name"]: c for c in double.synced_commands()}
    assert {"summary", "experts", "sentiment", "quotes", "articles", "article"} <= set(commands)
    for name in ("summary", "experts", "sentiment", "quotes", "articles", "article"):
        assert commands[name]["dm_permission"] is False, name
        assert commands[name]["contexts"] == [0], name


async def test_the_add_modal_checks_permission_again_when_submitted(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash("article", {}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID)
    modal = await record.wait_modal()
    # Someone without Manage Server submits it (e.g. the admin lost the role in between).
    submitted = await double.submit_modal(
        modal["custom_id"], {"title": "Sneaky", "text": ARTICLE}, guild_id=GUILD_ID, user_id=MEMBER_ID
    )
    assert "Manage Server" in assert_one_sentence_error(await submitted.reply())
    assert "Sneaky" not in await listed_titles(double, GUILD_ID)


FRENCH = (
    "Le conseil municipal a voté mardi un nouveau plan pour le port, qui prévoit deux quais de plus et"
    " une gare maritime. Les pêcheurs craignent que les travaux durent plus de trois ans.\n"
)


async def test_one_add_takes_several_files_and_says_what_became_of_each(running_bot: Bot) -> None:
    _, double = running_bot
    second = ARTICLE.replace("Harbour City", "Port Ellen").replace("Maria Lopez", "Ann Okafor")
    record = await double.slash(
        "article",
        {},
        subcommand="add",
        attachments={
            "file": ("ferry.txt", ARTICLE.encode(), "text/plain"),
            "file2": ("port.txt", second.encode(), "text/plain"),
            "file3": ("quai.txt", FRENCH.encode(), "text/plain"),
            "file4": ("scan.pdf", b"%PDF-1.4", "application/pdf"),
        },
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    message = await record.reply()
    assert not is_ephemeral(message)
    text = embed_text(message)
    assert "Added 2 of 4 files to the library" in text
    assert "ferry.txt" in text and "port.txt" in text
    assert re.search(r"Not added.*quai\.txt.*French, not English", text)
    assert re.search(r"Not added.*scan\.pdf", text)
    listed = await listed_titles(double, GUILD_ID)
    assert "Harbour City opened" in listed and "Port Ellen opened" in listed


async def test_a_title_with_several_files_is_refused(running_bot: Bot) -> None:
    _, double = running_bot
    record = await double.slash(
        "article",
        {"title": "One title"},
        subcommand="add",
        attachments={
            "file": ("a.txt", ARTICLE.encode(), "text/plain"),
            "file2": ("b.txt", ARTICLE.upper().encode(), "text/plain"),
        },
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    assert "leave it out" in assert_one_sentence_error(await record.reply())
