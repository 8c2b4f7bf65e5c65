"""`newsdesk analyze` in a subprocess: JSON shape, readable text, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.analysis.summary import summary_words
from bot.analysis.text import word_count

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_abaf58db3ac2bfc5.txt"


def newsdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=120
    )


def test_json_has_the_documented_shape(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        '"Prices will fall," said Jane Doe, an economist at the Example Bank.\n', encoding="utf-8"
    )
    result = newsdesk("analyze", str(SEED), str(other), "--json", "--topic", "CSR", "--topic", "football")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert set(data) >= {"title", "summary", "experts", "unnamed_sources", "topics", "topic_sentiment"}
    # without --sentences: the best sentences until the budget for an article of this length, and not one more
    budget = summary_words(word_count(SEED.read_text(encoding="utf-8")))
    lengths = [word_count(sentence) for sentence in data["summary"]["sentences"]]
    assert sum(lengths) >= budget > sum(lengths) - max(lengths)
    assert 0 < data["summary"]["reduced_by"] < 100
    assert isinstance(data["summary"]["keywords"], list)
    names = {e["name"] for e in data["experts"]}
    assert names == {"Martin Cauchon", "Wang Yiwu"}
    for expert in data["experts"]:
        assert expert["quotes"], expert
        assert {q["kind"] for q in expert["quotes"]} <= {"direct", "indirect"}
        assert all('"' not in q["text"][:1] for q in expert["quotes"] if q["kind"] == "direct")
    assert data["topic_sentiment"]["football"] is None
    csr = data["topic_sentiment"]["CSR"]
    assert csr is not None and csr["sentences"]
    assert -1 <= csr["polarity"] <= 1
    for topic in data["topics"]:
        assert set(topic) >= {"phrase", "polarity", "subjectivity", "mentions"}


def test_sentences_option_changes_the_summary_length() -> None:
    result = newsdesk("analyze", str(SEED), "--json", "--sentences", "5")
    assert len(json.loads(result.stdout)["summary"]["sentences"]) == 5


def test_human_output_is_readable_text() -> None:
    result = newsdesk("analyze", str(SEED))
    assert result.returncode == 0
    assert "Summary (reduced by" in result.stdout
    assert "Martin Cauchon" in result.stdout
    assert "{" not in result.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: (d / "empty.txt", (d / "empty.txt").write_text("  \n"))[0], "empty"),
        (lambda d: (d / "bin.txt", (d / "bin.txt").write_bytes(b"\x00\x01\x02\x81" * 50))[0], "binary file"),
    ],
    ids=["missing", "directory", "empty", "binary"],
)
def test_bad_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path, make, expected: str) -> None:
    path = make(tmp_path)
    result = newsdesk("analyze", str(path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_html_file_is_read_like_newsdesk_add(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Port strike ends</title><script>var ad = 1;</script></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Port strike ends</h1>"
        "<p>Dock workers returned to work on Monday after a two-week strike closed the port.</p>"
        '<p>"We won a fair deal," said Maria Lopez, the union\'s general secretary.</p>'
        "<p>Shipping lines said the backlog would take a month to clear.</p></article></body></html>",
        encoding="utf-8",
    )
    result = newsdesk("analyze", str(page), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Port strike ends"
    assert [e["name"] for e in data["experts"]] == ["Maria Lopez"]
    assert not any("var ad" in s for s in data["summary"]["sentences"])


def test_every_quote_in_json_names_the_rule_that_attributed_it() -> None:
    data = json.loads(newsdesk("analyze", str(SEED), "--json").stdout)
    quotes = [q for e in data["experts"] for q in e["quotes"]]
    quotes += [q for u in data["unnamed_sources"] for q in u["quotes"]]
    assert quotes
    assert all(isinstance(q["rule"], str) and q["rule"] for q in quotes)
    for expert in data["experts"]:
        assert (expert["role_rule"] is None) == (expert["role"] is None), expert


def test_explain_prints_speaker_kind_rule_and_sentence_per_quote(tmp_path: Path) -> None:
    article = tmp_path / "union.txt"
    article.write_text(
        "“We will appeal,” said Dana Whitfield, the union's spokeswoman.\n"
        "Officials said the talks would resume on Monday.\n",
        encoding="utf-8",
    )
    result = newsdesk("analyze", "--explain", str(article))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Dana Whitfield | direct | speaker_after_quote" in [line.strip() for line in lines]
    assert "Officials (unnamed) | indirect | clause_after_verb" in [line.strip() for line in lines]
    at = [line.strip() for line in lines].index("Dana Whitfield | direct | speaker_after_quote")
    assert lines[at + 1].strip() == "quote: We will appeal"
    assert (
        lines[at + 2].strip() == "sentence: “We will appeal,” said Dana Whitfield, the union's spokeswoman."
    )
    assert 'role "the union\'s spokeswoman" read by appositive' in result.stdout


def test_explain_and_json_together_are_refused() -> None:
    result = newsdesk("analyze", "--explain", "--json", str(SEED))
    assert result.returncode == 2 and "not allowed" in result.stderr


def test_json_gives_the_whole_texts_sentiment(tmp_path: Path) -> None:
    grim, glad = tmp_path / "grim.txt", tmp_path / "glad.txt"
    grim.write_text(
        "The flood destroyed hundreds of homes and killed twelve people. Survivors described terrible "
        "scenes and angry residents accused officials of failing them.\n",
        encoding="utf-8",
    )
    glad.write_text(
        "The new library is a wonderful success, and families love its bright, welcoming rooms. Visitors "
        "praised the friendly staff and the excellent children's programme.\n",
        encoding="utf-8",
    )
    result = newsdesk("analyze", str(grim), str(glad), "--json")
    assert result.returncode == 0, result.stderr
    grim_data, glad_data = (json.loads(line) for line in result.stdout.strip().splitlines())
    for data in (grim_data, glad_data):
        assert set(data["sentiment"]) == {"polarity", "subjectivity"}
        assert 0 <= data["sentiment"]["subjectivity"] <= 1
    assert grim_data["sentiment"]["polarity"] < -0.1
    assert glad_data["sentiment"]["polarity"] > 0.1
