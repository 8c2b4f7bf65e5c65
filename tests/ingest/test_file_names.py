"""A file named as a format Newsdesk cannot read (.pdf, .docx, images, archives) is refused by its name,
whatever it holds, in one sentence naming the formats that work; a URL's suffix is not a file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import InputError
from bot.ingest import from_bytes, from_fetched, from_path
from bot.ingest.fetch import Fetched
from bot.ingest.formats import SUPPORTED, UNREADABLE_SUFFIXES

from .test_files import HTML

LIMIT = 1_000_000
PLAIN = b"The council approved the budget on Tuesday.\n\nOpponents said the plan was too costly.\n"
SUFFIXES = ["report.pdf", "story.docx", "story.DOC", "notes.odt", "memo.rtf", "book.epub", "photo.png",
            "scan.JPEG", "news.txt.zip", "archive.tar.gz", "table.xlsx", "slides.pptx", "clip.mp4"]  # fmt: skip


@pytest.mark.parametrize("filename", SUFFIXES)
def test_plain_text_named_as_a_binary_format_is_refused_by_its_name(filename: str) -> None:
    with pytest.raises(InputError) as caught:
        from_bytes(PLAIN, filename, max_chars=LIMIT)
    message = str(caught.value)
    assert message.startswith(f"{filename} is ") and "which Newsdesk cannot read" in message
    assert message.endswith(f"send the article as {SUPPORTED}.") and "\n" not in message


KINDS = [("report.pdf", "a PDF document"), ("story.docx", "a Word document"), ("photo.png", "a PNG image"),
         ("news.7z", "an archive"), ("setup.exe", "a program")]  # fmt: skip


@pytest.mark.parametrize("filename,kind", KINDS)
def test_the_sentence_names_the_kind_of_file(filename: str, kind: str) -> None:
    with pytest.raises(InputError, match=f"^{filename} is {kind}, which Newsdesk cannot read; "):
        from_bytes(PLAIN, filename, max_chars=LIMIT)


def test_a_real_pdf_gets_the_same_sentence_as_a_renamed_text() -> None:
    with pytest.raises(InputError) as real:
        from_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.pdf", max_chars=LIMIT)
    with pytest.raises(InputError) as renamed:
        from_bytes(PLAIN, "report.pdf", max_chars=LIMIT)
    assert str(real.value) == str(renamed.value)


@pytest.mark.parametrize(
    "filename", ["notes.log", "story.csv", "page.xml", "README", "story.", "a.b.txt", "x.bin"]
)
def test_text_under_other_names_is_still_read_by_its_content(filename: str) -> None:
    assert from_bytes(PLAIN, filename, max_chars=LIMIT).text.startswith("The council approved")


def test_every_refused_suffix_is_lower_case_with_a_dot() -> None:
    assert all(s.startswith(".") and s == s.lower() for s in UNREADABLE_SUFFIXES)
    assert not {".txt", ".md", ".html", ".htm", ""} & set(UNREADABLE_SUFFIXES)


def test_from_path_names_the_format_before_the_size(tmp_path: Path) -> None:
    """The CLI's `newsdesk add FILE`: a big PDF hears "cannot read", not "too large"."""
    path = tmp_path / "annual report.pdf"
    path.write_bytes(PLAIN * 100)
    with pytest.raises(InputError, match=r"annual report\.pdf is a PDF document, which Newsdesk cannot read"):
        from_path(path, max_chars=LIMIT, max_bytes=100)
    with pytest.raises(InputError, match="no such file"):
        from_path(tmp_path / "missing.pdf", max_chars=LIMIT, max_bytes=100)


def test_a_web_page_at_a_pdf_like_url_is_read_by_its_media_type() -> None:
    fetched = Fetched("https://example.com/reports/2024.pdf", HTML.encode(), "text/html", None)
    got = from_fetched(fetched, max_chars=LIMIT)
    assert got.format == "html" and "The harbour reopened on Monday" in got.text
