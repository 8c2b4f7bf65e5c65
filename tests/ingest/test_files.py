"""Files and uploads to article text: txt, Markdown and HTML; encodings; empty, binary and oversized input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from bot.errors import InputError
from bot.ingest import from_bytes, from_path

LIMIT = 1_000_000
CP1252_TEXT = (
    "Café owners in Zürich said “the crisis is over” – a naïve view, critics replied.\n"
    "The façade of the old hôtel was restored for €2 million.\n"
) * 3


def test_plain_text_keeps_one_paragraph_per_line() -> None:
    got = from_bytes(b"First paragraph here.\r\n\r\n\r\nSecond  one,\tspaced.\n", "a.txt", max_chars=LIMIT)
    assert got.text == "First paragraph here.\nSecond one, spaced."
    assert got.title is None and got.source == "a.txt" and got.format == "text"


def test_hard_wrapped_plain_text_is_unwrapped_into_paragraphs() -> None:
    data = (
        b"Local council approves new budget\n\n"
        b"The council voted on Tuesday to approve a budget that\n"
        b"raises spending on schools and roads.\n\n"
        b"Opponents said the plan was too costly.\n"
    )
    got = from_bytes(data, "budget.txt", max_chars=LIMIT)
    assert got.text.split("\n") == [
        "Local council approves new budget",
        "The council voted on Tuesday to approve a budget that raises spending on schools and roads.",
        "Opponents said the plan was too costly.",
    ]


def test_markdown_markup_is_stripped_and_headings_kept_as_paragraphs() -> None:
    md = (
        "# Wind farms expand\n\n"
        "Developers **doubled** output, says [the report](https://example.com/r).\n"
        "It was _widely_ expected.\n\n"
        "## Costs\n\n"
        "- Turbines got cheaper\n"
        "- Financing got `easier`\n\n"
        "> Analysts agree.\n\n"
        "![chart](chart.png)\n"
    )
    got = from_bytes(md.encode(), "wind.md", max_chars=LIMIT)
    assert got.title == "Wind farms expand"
    assert got.text.split("\n") == [
        "Wind farms expand",
        "Developers doubled output, says the report. It was widely expected.",
        "Costs",
        "Turbines got cheaper",
        "Financing got easier",
        "Analysts agree.",
    ]
    assert got.format == "markdown"


HTML = """<!DOCTYPE html>
<html><head><title>Harbour reopens after storm</title>
<script>var tracking = "do not include me";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday after a week of repairs, the port authority said.</p>
<p>Fishing boats returned to their moorings, and traders reported brisk business at the market.</p>
<p>&ldquo;We are relieved,&rdquo; said Maria Lopez, who runs a fish stall near the quay.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def test_html_main_text_and_title_are_extracted() -> None:
    got = from_bytes(HTML.encode(), "harbour.html", max_chars=LIMIT)
    assert got.title == "Harbour reopens after storm"
    assert "The harbour reopened on Monday" in got.text
    assert "“We are relieved,” said Maria Lopez" in got.text
    assert "do not include me" not in got.text and "color: red" not in got.text
    assert got.format == "html"


def test_html_with_a_malformed_declaration_keeps_the_text_before_it() -> None:
    page = b"<html><head><title>Port reopens</title></head><body><p>The port reopened on Monday.</p><![ x</body></html>"
    ingested = from_bytes(page, "page.html", max_chars=10_000)
    assert "The port reopened on Monday." in ingested.text and ingested.title == "Port reopens"


def test_html_is_recognised_without_an_html_suffix() -> None:
    got = from_bytes(HTML.encode(), "upload.txt", max_chars=LIMIT)
    assert got.format == "html" and "<p>" not in got.text


def test_windows_1252_bytes_are_decoded_not_mangled() -> None:
    got = from_bytes(CP1252_TEXT.encode("cp1252"), "legacy.txt", max_chars=LIMIT)
    assert got.text == CP1252_TEXT.strip()


def test_declared_latin1_html_uses_windows_1252_quotes() -> None:
    html = '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>{}</p></body></html>'
    data = html.format(CP1252_TEXT.split("\n")[0]).encode("cp1252")
    got = from_bytes(data, "page.html", max_chars=LIMIT)
    assert "“the crisis is over” – a naïve view" in got.text


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (b"", "utf-16")])
def test_unicode_with_byte_order_marks(bom: bytes, encoding: str) -> None:
    got = from_bytes(bom + "Grüße aus Köln.\n".encode(encoding), "greeting.txt", max_chars=LIMIT)
    assert got.text == "Grüße aus Köln."


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"  \n\t \r\n ", "empty"),
        (b"%PDF-1.7\n%binary stuff", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (bytes(range(256)) * 4, "binary"),
        (b"<html><body><script>x()</script></body></html>", "no readable text"),
    ],
)
def test_unusable_input_is_refused_with_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        from_bytes(data, "upload.txt", max_chars=LIMIT)
    assert "\n" not in str(caught.value)


def test_text_over_the_character_limit_is_refused_not_truncated() -> None:
    with pytest.raises(InputError, match="limit is 100"):
        from_bytes(b"word " * 50, "long.txt", max_chars=100)


def test_from_path_reads_files_and_explains_missing_ones(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# Title line\n\nBody text.\n", encoding="utf-8")
    got = from_path(path, max_chars=LIMIT, max_bytes=10_000)
    assert got.title == "Title line" and got.text == "Title line\nBody text."
    with pytest.raises(InputError, match="no such file"):
        from_path(tmp_path / "missing.txt", max_chars=LIMIT, max_bytes=10_000)
    with pytest.raises(InputError, match="folder"):
        from_path(tmp_path, max_chars=LIMIT, max_bytes=10_000)
    with pytest.raises(InputError, match="limit"):
        from_path(path, max_chars=LIMIT, max_bytes=5)


def test_cyrillic_legacy_encoding_is_detected_not_read_as_western() -> None:
    text = "Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны. " * 4
    got = from_bytes(text.encode("cp1251"), "news.txt", max_chars=LIMIT)
    assert got.text == text.strip()
