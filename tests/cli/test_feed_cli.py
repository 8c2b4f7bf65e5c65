"""`newsdesk feed add|list|remove|poll` in a subprocess, against feeds served on 127.0.0.1."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.feeds.feedsite import STORIES, FeedSite, serve

from .test_library_cli import clean_env, run_async

GUILD = "4242"
CHANNEL = "5151"


@pytest.fixture
async def site() -> AsyncIterator[FeedSite]:
    async with serve(FeedSite()) as running:
        yield running


@pytest.fixture
def env(tmp_path: Path, seeds_dir: Path) -> dict[str, str]:
    return clean_env(tmp_path, NEWSDESK_URL_ALLOWLIST="127.0.0.1", NEWSDESK_FETCH_TIMEOUT="5")


async def poll(tmp_path: Path, env: dict[str, str]) -> dict[str, list[dict[str, object]]]:
    code, out, err = await run_async(tmp_path, env, "feed", "poll", "--json")
    assert code == 0 and err == "", err
    report = json.loads(out)
    assert set(report) == {"added", "errors"}
    for added in report["added"]:
        assert set(added) == {"feed", "id", "title"}
        assert isinstance(added["id"], int) and isinstance(added["title"], str)
    return report


async def test_add_list_poll_three_then_none_then_one(
    tmp_path: Path, env: dict[str, str], site: FeedSite
) -> None:
    feed_url = f"{site.base}/rss.xml"
    code, out, err = await run_async(
        tmp_path, env, "feed", "add", feed_url, "--guild", GUILD, "--channel", CHANNEL
    )
    assert code == 0 and err == "", err
    assert out.startswith("Following #1 City News") and "(3 items in the feed now)" in out

    code, out, err = await run_async(tmp_path, env, "feed", "list", "--guild", GUILD, "--json")
    assert code == 0, err
    (listed,) = json.loads(out)["feeds"]
    assert (listed["url"], listed["title"], listed["channel_id"]) == (feed_url, "City News", int(CHANNEL))
    code, out, _ = await run_async(tmp_path, env, "feed", "list", "--guild", "1")
    assert out == "This server follows no feeds.\n"

    first = await poll(tmp_path, env)
    assert [(a["feed"], a["title"]) for a in first["added"]] == [(feed_url, t) for t, _ in STORIES[:3]]
    assert first["errors"] == []
    assert (await poll(tmp_path, env)) == {"added": [], "errors": []}
    site.published = 4
    fourth = await poll(tmp_path, env)
    assert [a["title"] for a in fourth["added"]] == [STORIES[3][0]]

    code, out, err = await run_async(tmp_path, env, "articles", "--guild", GUILD, "--json")
    ids = {a["id"] for a in first["added"]} | {a["id"] for a in fourth["added"]}
    held = {a["id"]: a["title"] for a in json.loads(out)["articles"] if a["guild_id"] == int(GUILD)}
    assert set(held) == ids and sorted(held.values()) == sorted(t for t, _ in STORIES)

    code, out, err = await run_async(tmp_path, env, "feed", "remove", "1", "--guild", GUILD)
    assert code == 0 and out == f"No longer following City News — {feed_url}.\n"
    assert (await poll(tmp_path, env)) == {"added": [], "errors": []}


async def test_an_atom_feed_works(tmp_path: Path, env: dict[str, str], site: FeedSite) -> None:
    code, _, err = await run_async(
        tmp_path, env, "feed", "add", f"{site.base}/atom.xml", "--guild", GUILD, "--channel", CHANNEL
    )
    assert code == 0, err
    assert [a["title"] for a in (await poll(tmp_path, env))["added"]] == [t for t, _ in STORIES[:3]]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    "path,fragment",
    [("/", "is a web page, not a news feed"), ("unreachable", "Could not connect")],
)
async def test_a_page_and_an_unreachable_url_are_refused_in_one_line(
    tmp_path: Path, env: dict[str, str], site: FeedSite, path: str, fragment: str
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/feed.xml" if path == "unreachable" else f"{site.base}{path}"
    code, out, err = await run_async(
        tmp_path, env, "feed", "add", url, "--guild", GUILD, "--channel", CHANNEL
    )
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("newsdesk: ")
    assert fragment in err and "Traceback" not in err
    code, out, _ = await run_async(tmp_path, env, "feed", "list", "--guild", GUILD)
    assert out == "This server follows no feeds.\n"


async def test_a_failing_feed_is_reported_by_poll(
    tmp_path: Path, env: dict[str, str], site: FeedSite
) -> None:
    feed_url = f"{site.base}/rss.xml"
    await run_async(tmp_path, env, "feed", "add", feed_url, "--guild", GUILD, "--channel", CHANNEL)
    site.failing.add("/rss.xml")
    code, out, err = await run_async(tmp_path, env, "feed", "poll", "--json")
    assert code == 2 and "Traceback" not in err
    assert json.loads(out) == {
        "added": [],
        "errors": [{"feed": feed_url, "error": f"{feed_url} answered HTTP 503 Service Unavailable."}],
    }
