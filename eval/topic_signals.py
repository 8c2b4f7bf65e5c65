"""Which of a topic's readings gives the sign of its label: the article's tone, the topic's own
sentences, its own name, or their sum as topics.py adds them (eval/HISTORY.md, issue 13).

    python -m eval.topic_signals [eval/real.jsonl]

Reads the dev split only (the blind split is scored by eval.score, never studied), and of it the topics
the annotators call positive or negative that the article is found to discuss. Prints, for each
reading alone and for the shipped sum, how often its sign is the label's; where the tone and the
topic's evidence (sentences + name) disagree, which of the two is right; the topics whose name carries
a judgement ("failed talks") apart from the others; and how the sum's sign accuracy grows with its
size (the neutral band is left out: this is about the sign). Then, over every labelled topic, whether
a reading separates the neutral ones: how the accuracy under the hidden sets' class mix (54 % negative,
15 % neutral, 31 % positive) would change if the topics below a size of that reading were read neutral
(a neutral reading pays only where it is right about twice as often as the polar label it replaces).
Last, whether the wrong-sign topics gather where a reading of the article's stance could find them
(issue 13, eighteenth round): split by the topic's place in the article (in the headline or the first
two sentences, or the topic with the most sentences: the story's main subject), by whether its own
sentences read both ways, and by name or thing; with each slice's sign by the tone and by the topic's
evidence, and how often the other labelled topics of the same article (their labels, an oracle of the
article's stance) give the sign.
Prints figures only, never a text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.analysis import analyze
from bot.analysis.polarity import NEUTRAL_BAND
from bot.analysis.topics import (
    TOPIC_SCALE,
    find_topic,
    topic_extremes,
    topic_sentiment,
    topic_signals,
    written_as_name,
)

HERE = Path(__file__).resolve().parent
SIGN = {"positive": 1, "negative": -1, "neutral": 0}
MIX = {-1: 0.54, 0: 0.15, 1: 0.31}  # the hidden real sets' class mix (eval/REAL.md)
CUTS = (0.02, 0.05, 0.1, 0.2)  # sizes (before TOPIC_SCALE) below which a reading calls a topic neutral
SIZES = (0.0, 0.01, 0.03, 0.06, 0.1, 0.2, 0.4)  # bins of |sum| before TOPIC_SCALE


@dataclass(frozen=True, slots=True)
class Reading:
    label: int  # +1 positive, -1 negative, 0 neutral
    sentences: float
    named: float
    tone: float  # as it enters the sum: at ARTICLE_SHARE, NAME_TONE times for a name
    lead: bool = False  # in the headline or the article's first two sentences
    most: bool = False  # the article's labelled topic with the most sentences (ties included)
    mixed: bool = False  # its own sentences read both ways
    name: bool = False  # read as a name (topics.written_as_name)
    others: int = 0  # the sum of the other labelled topics' labels in the article (+1 / -1 / 0 each)

    @property
    def evidence(self) -> float:
        return self.sentences + self.named

    @property
    def total(self) -> float:
        return self.evidence + self.tone

    @property
    def answer(self) -> int:
        """The label the shipped reading gives: the sum's sign beyond the neutral band."""
        return _sign(self.total) if TOPIC_SCALE * abs(self.total) > NEUTRAL_BAND else 0


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def readings(path: Path) -> tuple[list[Reading], Counter[int]]:
    """The readings of every labelled topic found, and the count of each label (found or not)."""
    found: list[Reading] = []
    labels: Counter[int] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        if record.get("split", "dev") != "dev":
            continue
        labelled = [t for t in record.get("topics", []) if t["polarity_label"] in SIGN]
        if not labelled:
            continue
        title = record.get("title")
        sentences = analyze(record["text"], title=title).sentences
        article: list[tuple[Reading, int]] = []
        for topic in labelled:
            label = SIGN[topic["polarity_label"]]
            labels[label] += 1
            signals = topic_signals(sentences, topic["topic"], title)
            match = find_topic(sentences, topic["topic"], title)
            result = topic_sentiment(sentences, topic["topic"], title=title)
            if signals is None or match is None or result is None:
                continue
            positive, negative = topic_extremes(result)
            reading = Reading(
                label,
                *signals,
                lead=match.title is not None or min(match.supporting) < 2,
                mixed=positive is not None and negative is not None,
                name=written_as_name(sentences, match),
                others=sum(SIGN[t["polarity_label"]] for t in labelled) - label,
            )
            article.append((reading, len(match.supporting)))
        most = max((count for _, count in article), default=0)
        found += [replace(r, most=count == most) for r, count in article]
    return found, labels


def _right(rows: Sequence[Reading], value: Callable[[Reading], float]) -> str:
    right = sum(_sign(value(r)) == r.label for r in rows)
    return f"{right / max(1, len(rows)):.3f} ({right}/{len(rows)})"


def report(rows: list[Reading]) -> None:
    """How often each reading gives the sign of the polar topics."""
    print(f"{len(rows)} positive or negative topics found; sign right:")
    print(f"  the article's tone alone          {_right(rows, lambda r: r.tone)}")
    print(f"  the topic's sentences alone       {_right(rows, lambda r: r.sentences)}")
    print(f"  sentences + name (its evidence)   {_right(rows, lambda r: r.evidence)}")
    print(f"  evidence + tone (shipped sum)     {_right(rows, lambda r: r.total)}")
    apart = [r for r in rows if r.tone and r.evidence and _sign(r.tone) != _sign(r.evidence)]
    print(
        f"tone and evidence disagree on {len(apart)}: tone right {_right(apart, lambda r: r.tone)}, "
        f"evidence right {_right(apart, lambda r: r.evidence)}, the sum right {_right(apart, lambda r: r.total)}"
    )
    named = [r for r in rows if r.named]
    plain = [r for r in rows if not r.named]
    print(
        f"name carries a judgement: name alone {_right(named, lambda r: r.named)}, sum {_right(named, lambda r: r.total)}"
    )
    print(f"name carries none: sum {_right(plain, lambda r: r.total)}")
    print("sign right by the size of the sum:")
    for low, high in zip(SIZES, (*SIZES[1:], float("inf")), strict=True):
        within = [r for r in rows if low <= abs(r.total) < high]
        print(f"  [{low}, {high})  {_right(within, lambda r: r.total)}")


def neutral_report(rows: list[Reading], labels: Counter[int]) -> None:
    """The change of the accuracy under the hidden mix if topics below a size of a reading were read
    neutral, with the labels of the topics that would change."""
    weight = {label: MIX[label] / max(1, labels[label]) for label in MIX}
    print("read neutral below a size (change under the 54/15/31 mix; labels neg/neu/pos of those changed):")
    sizes: dict[str, Callable[[Reading], float]] = {
        "the sum": lambda r: abs(r.total),
        "its evidence": lambda r: abs(r.evidence),
        "its sentences": lambda r: abs(r.sentences),
        "the tone": lambda r: abs(r.tone),
    }
    for name, size in sizes.items():
        cells = []
        for cut in CUTS:
            changed = [r for r in rows if r.answer and size(r) < cut]
            gain = sum(weight[r.label] * ((r.label == 0) - (r.answer == r.label)) for r in changed)
            count = Counter(r.label for r in changed)
            cells.append(f"<{cut}: {gain:+.4f} ({count[-1]}/{count[0]}/{count[1]})")
        print(f"  {name:14} " + "  ".join(cells))


def stance_report(rows: list[Reading]) -> None:
    """Where the wrong-sign topics (polar label, the other sign read) stand: by slice, how many there
    are, which way they go, and how the tone and the topic's evidence alone give the sign there."""
    slices: dict[str, Callable[[Reading], bool]] = {
        "main subject (headline, lead or most sentences)": lambda r: r.lead or r.most,
        "in the headline or the first two sentences": lambda r: r.lead,
        "its sentences read both ways": lambda r: r.mixed,
        "a name": lambda r: r.name,
    }
    wrong = [r for r in rows if r.answer != r.label]
    print(f"wrong sign: {len(wrong)} of {len(rows)} polar topics read polar; by slice (in / out):")
    for title, within in slices.items():
        cells = []
        for side in (True, False):
            part = [r for r in rows if within(r) == side]
            bad = [r for r in part if r.answer != r.label]
            cells.append(
                f"{len(part)} topics, {len(bad)} wrong ({len(bad) / max(1, len(part)):.2f}; "
                f"pos read neg {sum(r.label > 0 for r in bad)}, neg read pos {sum(r.label < 0 for r in bad)}), "
                f"sign by tone {_right(part, lambda r: r.tone)}, by evidence {_right(part, lambda r: r.evidence)}"
            )
        print(f"  {title}:\n    in:  {cells[0]}\n    out: {cells[1]}")
    voted = [r for r in rows if r.others]
    print(
        f"the other labelled topics' labels give the sign of {_right(voted, lambda r: r.others)} of the polar "
        f"topics whose article has others, of the wrong-sign ones {_right([r for r in voted if r.answer != r.label], lambda r: r.others)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", type=Path, default=HERE / "real.jsonl")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path} not found.", file=sys.stderr)
        return 2
    rows, labels = readings(args.path)
    report([r for r in rows if r.label])
    neutral_report(rows, labels)
    stance_report([r for r in rows if r.label and r.answer])
    return 0


if __name__ == "__main__":
    sys.exit(main())
