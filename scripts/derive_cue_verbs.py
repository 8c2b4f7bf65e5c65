"""Derive the speech-cue verbs of bot/analysis/data/cue_verbs.txt from PolNeAR's labelled attributions.

    python -m scripts.derive_cue_verbs [--benchmarks ../shared/benchmarks] [--min-count 5] [--min-share 0.6]
        [--carry-count 3] [--carry-share 0.3]

PolNeAR (networkdynamics/PolNeAR, train split: 837 political news articles) marks every attribution's
cue by hand ("accused", "has repeatedly criticized", "noting"). A cue's head is its first word that is
not an auxiliary or adverb. A verb form is kept when it heads at least `--min-count` speech
attributions (PolNeAR's `speech` flag: said, not believed or wanted) and when those are at least
`--min-share` of the form's occurrences in the articles: a form that is usually something else
("released", "raised") stays out. Finite forms ("accused", "praises") become speech verbs; -ing forms
("citing", "calling") reporting participles. An -ing form below those bars but heading at least
`--carry-count` speech cues that are at least `--carry-share` of its occurrences ("calling",
"questioning") is kept as one that only carries on a speech already attributed (", calling it a
victory" after "X said …"): there the speaker is known, so a weaker cue is enough to split the span.
Only the words and their counts are written; no text of the corpus is copied. Prints each form with
its counts, so a reader sees why it is in or out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from bot.analysis.quotes.names import tag_of

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "analysis" / "data" / "cue_verbs.txt"
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# "according to" is an attribution of its own; "pleaded guilty" is a plea in court, not what was said;
# "ordered" is a decision made in office ("the judge ordered the firm to pay"), not words said
_LEFT_OUT = frozenset({"according", "pleaded", "ordered"})
# words a cue may open with before its verb: "has repeatedly accused", "did not say", "later suggested"
_NOT_HEAD_WORDS = (
    "has have had is was were are am be been being also did does do not never will would could should "
    "may might later then repeatedly previously once again publicly often recently just still earlier "
    "already even further first last now both all only openly initially frequently quickly regularly "
    "widely immediately finally yet"
)
_NOT_HEAD = frozenset(_NOT_HEAD_WORDS.split())
_FINITE_TAGS = ("VBD", "VBN", "VBZ")

HEADER = """\
# Speech-cue verbs derived from PolNeAR's hand-labelled attributions (networkdynamics/PolNeAR @ c3eee833,
# train split, 837 articles; licence: none stated, research use). Only words and counts are taken, no
# text. Regenerate with: python -m scripts.derive_cue_verbs --min-count {count} --min-share {share}
#     --carry-count {carry_count} --carry-share {carry_share}
# A form is kept when it heads >= {count} speech cues and those are >= {share:.0%} of its occurrences.
# Left out: "according" (an attribution of its own), "pleaded" (a plea in court, not what was said),
# "ordered" (a decision made in office, not words said).
# Flags: speech (a finite verb: "accused", "praises"), participle (an -ing form: "citing"),
# carries_on (an -ing form heading >= {carry_count} speech cues, >= {carry_share:.0%} of its occurrences:
# after a comma it carries on a speech already attributed, ", calling it a victory"; quotes/reported.py).
"""


def cue_head(cue: str) -> str | None:
    for word in _WORD.findall(cue):
        low = word.lower().replace("’", "'")
        if low not in _NOT_HEAD:
            return low
    return None


def derive(
    path: Path, min_count: int, min_share: float, carry_count: int = 3, carry_share: float = 0.3
) -> list[tuple[str, str, int, int]]:
    """(form, flag, speech cues it heads, occurrences) for every form kept, most frequent first."""
    heads: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            occurrences.update(w.lower() for w in _WORD.findall(article["text"]))
            for attribution in article["attributions"]:
                head = cue_head(attribution.get("cue") or "")
                if head is not None and attribution.get("speech"):
                    heads[head] += 1
    kept: list[tuple[str, str, int, int]] = []
    for form, count in heads.most_common():
        seen = max(count, occurrences[form])
        tag = tag_of(form)
        if form in _LEFT_OUT:
            continue
        if count < min_count or count / seen < min_share:
            if tag == "VBG" and count >= carry_count and count / seen >= carry_share:
                kept.append((form, "carries_on", count, seen))
            continue
        if tag in _FINITE_TAGS:
            kept.append((form, "speech", count, seen))
        elif tag == "VBG":
            kept.append((form, "participle", count, seen))
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.6)
    parser.add_argument("--carry-count", type=int, default=3)
    parser.add_argument("--carry-share", type=float, default=0.3)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the data file")
    args = parser.parse_args(argv)
    train = args.benchmarks / "polnear" / "train.jsonl"
    if not train.is_file():
        print(f"PolNeAR train not found at {train} (use --benchmarks DIR).", file=sys.stderr)
        return 2
    kept = derive(train, args.min_count, args.min_share, args.carry_count, args.carry_share)
    for form, flag, count, seen in kept:
        print(f"{form:16} {flag:10} {count:5} of {seen:5} ({count / seen:.0%})")
    if not args.dry_run:
        body = "".join(f"{form:16}{flag}\n" for form, flag, _, _ in kept)
        header = HEADER.format(
            count=args.min_count,
            share=args.min_share,
            carry_count=args.carry_count,
            carry_share=args.carry_share,
        )
        OUT.write_text(header + body, encoding="utf-8")
        print(f"wrote {len(kept)} forms to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
