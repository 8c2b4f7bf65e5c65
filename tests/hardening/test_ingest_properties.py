"""Property-based tests over ingestion (bytes → decode → format detection → extraction → library):
whatever file arrives, it is either added or refused with one clear sentence; nothing else escapes.

Generated inputs per run: 1,500 arbitrary byte files + 1,200 hostile text documents in several
encodings + 300 generated HTML pages + 200 uploads through Library.add_file (3,200), plus 68 fixed
extremes (a 1 MB single line, only quote marks, 5,000 nested tags, ...). With the 10,000 of
test_analysis_properties.py that is over 13,000 generated inputs per `pytest` run.
NEWSDESK_HYPOTHESIS_SCALE=10 multiplies the generated counts for a longer campaign.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.errors import NewsdeskError
from bot.ingest import from_bytes
from bot.library import Library
from bot.settings import Settings

pytestmark = pytest.mark.slow

MAX_CHARS = 1_000_000
SCALE = float(os.environ.get("NEWSDESK_HYPOTHESIS_SCALE", "1"))


def scaled(examples: int) -> int:
    return max(1, int(examples * SCALE))


PROFILE = dict(deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)

QUOTES = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"]
HOSTILE = [
    *QUOTES,
    "@everyone",
    "@here",
    "<@123456789012345678>",
    "<@&987654321098765432>",
    "\u202e",
    "\u200f",
    "\u202b",
    "مرحبا بالعالم",
    "שלום עולם",
    "你好，世界。",
    "Привет, мир.",
    "😀👍🏽‍",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\n\n",
    "\t",
    "\ufeff",
    "\ud7ff",
    "said",
    "The minister said",
    ".",
    "<script>alert(1)</script>",
    "<b>",
    "</p>",
    "&amp;",
    "&#0;",
    "# ",
    "**",
    "[x](javascript:alert(1))",
]
SUFFIXES = ["", ".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".exe", ".TXT", ".HtMl", ".jpg", "."]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "koi8-r", "shift_jis", "gb18030"]

filenames = st.builds(
    lambda stem, suffix: stem + suffix,
    st.one_of(st.text(max_size=30), st.sampled_from(["article", "../../etc/passwd", "a\nb", "..", ""])),
    st.sampled_from(SUFFIXES),
)
hostile_text = st.lists(
    st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE)), min_size=0, max_size=60
).map("".join)


def _tag_soup(parts: list[tuple[str, str]], depth: int) -> str:
    opening = "".join(f"<{tag} class='x'>" for tag, _ in parts) * depth
    body = "".join(text for _, text in parts)
    return f"<html><head><title>{body[:40]}</title></head><body>{opening}{body}</body></html>"


html_pages = st.builds(
    _tag_soup,
    st.lists(
        st.tuples(
            st.sampled_from(
                ["div", "p", "script", "style", "span", "b", "article", "table", "td", "svg", "a"]
            ),
            hostile_text,
        ),
        max_size=12,
    ),
    st.integers(min_value=1, max_value=80),
)


def assert_one_sentence(exc: BaseException) -> None:
    """What a user is shown: a NewsdeskError whose message is one line, one sentence, no traceback."""
    assert isinstance(exc, NewsdeskError), f"{type(exc).__name__} escaped: {exc!r}"
    message = str(exc)
    assert message and "\n" not in message and "\r" not in message, repr(message)
    assert "Traceback" not in message and 'File "' not in message, message
    assert message.rstrip()[-1] in ".?!", message
    assert len(message) < 600, message


def ingest(data: bytes, filename: str) -> None:
    try:
        got = from_bytes(data, filename, max_chars=MAX_CHARS)
    except Exception as exc:
        assert_one_sentence(exc)
        return
    assert got.text.strip() and len(got.text) <= MAX_CHARS
    assert got.format in ("text", "markdown", "html")
    assert got.title is None or "\n" not in got.title


@settings(max_examples=scaled(1500), **PROFILE)  # type: ignore[arg-type]
@given(st.binary(max_size=4096), filenames)
def test_arbitrary_bytes_are_added_or_refused_in_one_sentence(data: bytes, filename: str) -> None:
    ingest(data, filename)


@settings(max_examples=scaled(1200), **PROFILE)  # type: ignore[arg-type]
@given(hostile_text, st.sampled_from(ENCODINGS), filenames)
def test_hostile_text_in_any_encoding_is_added_or_refused(text: str, encoding: str, filename: str) -> None:
    ingest(text.encode(encoding, errors="replace"), filename)


@settings(max_examples=scaled(300), **PROFILE)  # type: ignore[arg-type]
@given(html_pages, st.sampled_from(["page.html", "page", "page.txt"]))
def test_html_with_scripts_and_nested_tags_is_added_or_refused(page: str, filename: str) -> None:
    ingest(page.encode("utf-8", errors="surrogatepass"), filename)


EXTREMES = {
    "1 MB single line": b"word " * 200_000,
    "1 MB single line of one letter": b"x" * 1_000_000,
    "only quote marks": "“”\"'‘’«»".encode() * 20_000,
    "unbalanced quotes": ('He said "yes. She said “no. ' * 5_000).encode(),
    "nested quotes": ("“He said ‘she said “they said ‘no’ ”’ ” ' " * 3_000).encode(),
    "right-to-left": ("\u202eThe minister said مرحبا “שלום”. " * 3_000).encode(),
    "emoji": ("😀 said “👍🏽”. " * 10_000).encode(),
    "control characters": bytes(range(1, 32)) * 100,
    "5,000 nested divs": b"<html><body>" + b"<div>" * 5_000 + b"Deep text here." + b"</div>" * 5_000,
    "5,000 unclosed tags": b"<html><body>" + b"<p><b><i>" * 5_000 + b"Deep.",
    "scripts only": b"<html><body>" + b"<script>while(1){}</script>" * 1_000 + b"</body></html>",
    "undecodable bytes": bytes(range(128, 256)) * 200,
    "lone surrogates as utf-8": b"\xed\xa0\x80 text \xed\xb0\x80" * 100,
    "empty": b"",
    "whitespace": b" \n\t\r " * 100,
    "BOM only": b"\xef\xbb\xbf",
    "broken utf-16": b"\xff\xfe" + b"\x00\xd8" * 50,
}


@pytest.mark.parametrize("name", list(EXTREMES))
@pytest.mark.parametrize("filename", ["extreme.txt", "extreme.html", "extreme.md", "extreme"])
def test_extreme_inputs_are_added_or_refused(name: str, filename: str) -> None:
    ingest(EXTREMES[name], filename)


# ---- through Library.add_file (decode, extract, normalise, analyse, store) ----------------------


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as runner:
        yield runner


@pytest.fixture(scope="module")
def shared_library(runner: asyncio.Runner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root: Path = tmp_path_factory.mktemp("ingest-props")
    (root / "seeds").mkdir()
    config = Settings(
        database=root / "library.db",
        seeds_dir=root / "seeds",
        max_download_bytes=64 * 1024,
        max_article_chars=20_000,
    )
    library = runner.run(Library.open(config))
    yield library
    runner.run(library.close())


@settings(max_examples=scaled(200), **PROFILE)  # type: ignore[arg-type]
@given(
    st.one_of(
        st.binary(max_size=2048),
        hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
        html_pages.map(lambda p: p.encode("utf-8", "surrogatepass")),
        st.binary(min_size=64 * 1024 + 1, max_size=64 * 1024 + 8),
    ),
    filenames,
)
def test_add_file_stores_whole_articles_or_refuses_in_one_sentence(
    runner: asyncio.Runner, shared_library: Library, data: bytes, filename: str
) -> None:
    try:
        added = runner.run(shared_library.add_file(data, filename, guild_id=7))
    except Exception as exc:
        assert_one_sentence(exc)
        return
    article = added.article
    assert article.text.strip() and article.info.guild_id == 7
    again = runner.run(shared_library.resolve(article.info.id, guild_id=7))
    assert again.text == article.text and len(again.analysis.sentences) == len(article.analysis.sentences)
