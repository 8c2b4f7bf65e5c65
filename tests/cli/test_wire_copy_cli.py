"""A wire story saved as a text file, through `newsdesk add`, `summary` and `analyze` as a user runs
them: the headline line is the title and no summary sentence, and the dateline stays with its sentence."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_library_cli import ok, run

HEADLINE = "Top health official declares measles outbreak an emergency in Clark County"
LEAD = (
    "VANCOUVER, Wash. (AP) — A top health official in southwest Washington declared a public health "
    "emergency on Friday over a measles outbreak that has sickened 23 people, most of them children who "
    "were not vaccinated."
)
WIRE = f"""{HEADLINE}

By Jane Doe, Associated Press

{LEAD}

Clark County Public Health Director Alan Melnick said the outbreak was the largest in the region in more than a decade. "This is a serious disease," Melnick said.

Therefore, officials urged parents to check their children's vaccination records before school starts on Jan. 7.

Health officials said people who visited the Portland airport on Jan. 3 may have been exposed.
"""


def _check_summary(sentences: list[str]) -> None:
    assert sentences[0] == LEAD
    assert not any(s.startswith(("(AP)", "AP)", "Wash", "—")) or HEADLINE in s for s in sentences)
    assert not any(s.startswith("By Jane Doe") for s in sentences)


def test_added_wire_file_takes_its_headline_as_title_and_keeps_the_dateline_with_the_lead(tmp: Path) -> None:
    (tmp / "measles.txt").write_text(WIRE, encoding="utf-8")
    out = ok(run(tmp, "add", "measles.txt"))
    assert out.startswith(f"Added #2 {HEADLINE} — measles.txt")
    data = json.loads(ok(run(tmp, "summary", "2", "--json")))
    assert data["article"]["title"] == HEADLINE
    _check_summary(data["sentences"])
    assert "vancouver" not in [k.lower() for k in data["keywords"]]
    four = json.loads(ok(run(tmp, "summary", "2", "--sentences", "4", "--json")))["sentences"]
    _check_summary(four)
    # "Therefore," is shown only after the sentence it follows from
    for n, sentence in enumerate(four):
        if sentence.startswith("Therefore"):
            assert n > 0 and four[n - 1].startswith(('"This is a serious disease', "Clark County"))


def test_analyzed_wire_file_reads_the_same_way(tmp: Path) -> None:
    (tmp / "measles.txt").write_text(WIRE, encoding="utf-8")
    data = json.loads(ok(run(tmp, "analyze", "measles.txt", "--json")))
    assert data["title"] == HEADLINE
    _check_summary(data["summary"]["sentences"])
