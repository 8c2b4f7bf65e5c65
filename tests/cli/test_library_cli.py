"""Every library command of the `newsdesk` CLI, in a subprocess against a temporary database."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.local_web import serve_pages

SEED_HEADLINE = "#1 Chinese SMEs going global — China Daily, 2012"
BUDGET_MD = (
    "# Council passes budget\n\nThe council **approved** the budget on Tuesday, officials said.\n\n"
    "It pays for two new schools, a bus depot and new street lights over the next three years.\n"
)


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DISCORD_"))}
    env.update(NEWSDESK_DB=str(tmp_path / "lib.db"), NEWSDESK_SEEDS=str(tmp_path / "seeds"))
    env.update(extra)
    return env


def run(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env or clean_env(tmp_path),
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("newsdesk: ")
    assert fragment in result.stderr


def test_fresh_machine_answers_about_the_seed_at_once(tmp: Path) -> None:
    out = ok(run(tmp, "experts"))
    assert out.startswith(SEED_HEADLINE)
    assert (tmp / "lib.db").exists()
    out = ok(run(tmp, "summary", "--sentences", "2", "--json"))
    data = json.loads(out)
    assert data["article"]["title"] == "Chinese SMEs going global" and data["article"]["seed"] is True
    assert len(data["sentences"]) == 2
    out = ok(run(tmp, "articles", "--json"))
    assert json.loads(out)["total"] == 1


def test_default_database_lives_in_data_under_the_working_folder(tmp: Path) -> None:
    env = clean_env(tmp)
    del env["NEWSDESK_DB"]
    ok(run(tmp, "articles", env=env))
    assert (tmp / "data" / "newsdesk.db").exists()


def test_add_list_search_read_and_remove(tmp: Path) -> None:
    (tmp / "budget.md").write_text(BUDGET_MD, encoding="utf-8")
    out = ok(run(tmp, "add", "budget.md", "--guild", "5"))
    assert out.startswith("Added #2 Council passes budget — budget.md")
    out = ok(run(tmp, "add", "budget.md", "--guild", "5", "--json"))
    assert json.loads(out)["created"] is False

    guild = json.loads(ok(run(tmp, "articles", "--guild", "5", "--json")))
    assert [a["id"] for a in guild["articles"]] == [2, 1]
    shared = json.loads(ok(run(tmp, "articles", "--json")))
    assert [a["id"] for a in shared["articles"]] == [1]

    out = ok(run(tmp, "articles", "approved", "budget", "--guild", "5"))
    assert out.startswith("#2 Council passes budget") and "**approved**" in out
    one_line_error(run(tmp, "articles", "approved"), "No article matches")
    one_line_error(run(tmp, "articles", '"AND OR *(', "--guild", "5"), "No article matches")  # never syntax

    out = ok(run(tmp, "summary", "council", "--guild", "5"))
    assert out.startswith("#2 Council passes budget") and "approved the budget" in out
    one_line_error(run(tmp, "summary", "council"), "“council”")

    one_line_error(run(tmp, "remove", "1", "--guild", "5"), "seed article")
    one_line_error(run(tmp, "remove", "2", "--guild", "6"), "No article #2")
    out = ok(run(tmp, "remove", "council", "passes", "--guild", "5"))
    assert out == "Removed #2 Council passes budget — budget.md.\n"
    one_line_error(run(tmp, "summary", "2", "--guild", "5"), "No article #2")
    # With its own article gone, the guild's most recent article is the seed again.
    assert ok(run(tmp, "experts", "--guild", "5")).startswith(SEED_HEADLINE)


def test_experts_sentiment_and_quotes(tmp: Path) -> None:
    experts = json.loads(ok(run(tmp, "experts", "--json")))
    assert set(experts) == {"article", "experts", "unnamed_sources"}
    sentiment = json.loads(ok(run(tmp, "sentiment", "1", "--json")))
    assert sentiment["article"]["id"] == 1 and isinstance(sentiment["topics"], list)
    across = json.loads(ok(run(tmp, "sentiment", "--topic", "Chinese enterprises", "--json")))
    assert [a["id"] for a in across["articles"]] == [1]
    assert -1 <= across["articles"][0]["polarity"] <= 1
    one_line_error(run(tmp, "sentiment", "--topic", "volcanoes"), "discusses “volcanoes”")
    one_line_error(run(tmp, "sentiment", "1", "--topic", "volcanoes"), "does not discuss")
    one_line_error(run(tmp, "quotes", "Nobody", "Known"), "No quotes from Nobody Known")
    assert json.loads(ok(run(tmp, "quotes", "Nobody", "--json")))["quotes"] == []


@pytest.mark.parametrize(
    "args,fragment",
    [
        (("summary", "no such title"), "“no such title”"),
        (("summary", "#99"), "No article #99"),
        (("summary", "--sentences", "0"), "between 1 and"),
        (("add", "missing.txt"), "no such file"),
        (("add", "photo.png"), "PNG image"),
        (("add", "ftp://example.com/a"), "is not an http or https URL"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp: Path, args: tuple[str, ...], fragment: str) -> None:
    (tmp / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    one_line_error(run(tmp, *args), fragment)


def test_invalid_setting_names_the_variable(tmp: Path) -> None:
    env = clean_env(tmp, NEWSDESK_MAX_REDIRECTS="many")
    one_line_error(run(tmp, "articles", env=env), "NEWSDESK_MAX_REDIRECTS")


def test_corrupt_database_is_one_line_and_left_alone(tmp: Path) -> None:
    (tmp / "lib.db").write_bytes(b"not a database at all\n" * 50)
    one_line_error(run(tmp, "articles"), "not a usable Newsdesk library")
    assert (tmp / "lib.db").read_bytes().startswith(b"not a database")


@pytest.fixture
async def web_server() -> AsyncIterator[str]:
    page = (
        "<html><head><title>Dam opens to visitors</title></head><body><article>"
        "<p>The new dam opened to visitors on Saturday, drawing large crowds to the valley.</p>"
        "<p>Engineers said the reservoir would supply water to three towns.</p></article></body></html>"
    )

    async with serve_pages({"/dam": page}) as base:
        yield base


async def run_async(tmp: Path, env: dict[str, str], *args: str) -> tuple[int, str, str]:
    # The server runs on this test's event loop, so the CLI must not block it.
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_add_url_from_a_local_server(tmp: Path, web_server: str) -> None:
    env = clean_env(tmp, NEWSDESK_URL_ALLOWLIST="127.0.0.1")
    code, out, err = await run_async(tmp, env, "add", f"{web_server}/dam", "--guild", "9")
    assert code == 0, err
    assert out.startswith(f"Added #2 Dam opens to visitors — {web_server}/dam (")
    code, out, err = await run_async(tmp, env, "summary", "dam", "--guild", "9", "--sentences", "1")
    assert code == 0 and "The new dam opened to visitors" in out


async def test_add_url_on_a_private_address_is_refused_by_default(tmp: Path, web_server: str) -> None:
    code, out, err = await run_async(tmp, clean_env(tmp), "add", f"{web_server}/dam")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "private or local address" in err


def test_an_add_without_a_guild_says_it_is_shared_and_lists_mark_shared_and_seed_articles(tmp: Path) -> None:
    (tmp / "budget.md").write_text(BUDGET_MD, encoding="utf-8")
    assert "Shared" not in ok(run(tmp, "add", "budget.md", "--guild", "5"))
    out = ok(run(tmp, "add", "budget.md"))
    assert out.startswith("Added #3 Council passes budget") and "Shared with every server" in out
    lines = ok(run(tmp, "articles", "--guild", "5")).splitlines()
    assert lines[0].startswith("#3 ") and lines[0].endswith(", shared)") and "seed" not in lines[0]
    assert lines[1].startswith("#2 ") and "shared" not in lines[1]
    assert lines[2].startswith(SEED_HEADLINE) and lines[2].endswith(", seed, shared)")


def test_help_and_reading_commands_start_without_importing_the_analysis(tmp: Path) -> None:
    """TextBlob and NLTK cost ~0.2 s to import, pydantic ~0.1 s: `--help` and reading a stored article
    never pay it (the times themselves are measured in bench/, not here)."""

    def imported(*args: str) -> set[str]:
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "bot", *args],
            capture_output=True,
            text=True,
            cwd=tmp,
            env=clean_env(tmp),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}

    ok(run(tmp, "articles"))  # the seed is analysed once, when the library is made
    for args in (("--help",), ("experts",), ("articles",)):
        heavy = {m for m in imported(*args) if m.split(".")[0] in {"textblob", "nltk", "discord", "pydantic"}}
        assert heavy == set(), (args, sorted(heavy)[:5])
    # Reading one article needs neither the search index (tantivy, its worker process) nor the
    # document readers (charset detection) that adding uses.
    reading = imported("experts")
    assert not {m for m in reading if m.split(".")[0] in {"tantivy", "charset_normalizer"}}
    assert "bot.store.index_worker" not in reading


def test_quotes_find_a_speaker_named_with_a_courtesy_title(tmp: Path) -> None:
    for typed, speaker in (("Mr. Martin Cauchon", "Martin Cauchon"), ("Dr Wang Yiwu", "Wang Yiwu")):
        out = ok(run(tmp, "quotes", typed))
        assert out.startswith(speaker + " — "), out


FRENCH = (
    "Le gouvernement a présenté mardi un projet de loi sur les retraites qui relève l'âge légal de départ. "
    "Les syndicats ont appelé à une nouvelle journée de grève dans tout le pays la semaine prochaine, "
    "et plusieurs ministres ont reconnu que le texte serait modifié au Parlement.\n"
)


def test_a_french_article_and_a_two_word_text_are_refused_in_one_sentence(tmp: Path) -> None:
    (tmp / "retraites.txt").write_text(FRENCH, encoding="utf-8")
    (tmp / "hello.txt").write_text("Hello world.\n", encoding="utf-8")
    one_line_error(run(tmp, "add", "retraites.txt"), "looks like French, not English")
    one_line_error(run(tmp, "add", "hello.txt"), "has 2 words; Newsdesk needs at least 20")
    assert json.loads(ok(run(tmp, "articles", "--json")))["total"] == 1  # the seed alone
