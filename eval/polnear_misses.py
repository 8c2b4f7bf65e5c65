"""PolNeAR's missed quotes classed by what its hand marking says about each attribution: the source's
form (name, surname, pronoun, description), the cue ("said", another verb, "according to", a noun),
where the source stands (before or after the content, in another sentence), and whether the speaker
was found at all. `eval.misses` classes by reading our sentence; this reads PolNeAR's own spans.

    python -m eval.polnear_misses ../shared/benchmarks/polnear/train.jsonl
    python -m eval.polnear_misses ../shared/benchmarks/polnear/train.jsonl --show "indirect|lost|pronoun"
    python -m eval.polnear_misses ../shared/benchmarks/polnear/train.jsonl --spurious --limit 20

A class is `kind|speaker|source|cue|layout`: kind direct or indirect; speaker `found` (the person is an
expert, this quote not theirs) or `lost` (never an expert); layout `before`/`after` (the source
stands before or after the content in its sentence) or `other sentence`. Only the train split may be
studied: dev is scored with `eval.score`, the test split is elsewhere.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.analysis import extract_experts, normalize_text, split_sentences
from eval.score import fold, found_as, names_match

PRONOUNS = frozenset(["he", "she", "i", "we", "they", "him", "her", "his", "them", "you", "it"])
SAID = frozenset(["said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "adding"])


@dataclass(frozen=True, slots=True)
class Missed:
    cls: str
    record: str
    name: str
    quote: str
    context: str


def _attribution(rec: dict[str, Any], quote: str) -> dict[str, Any] | None:
    for attribution in rec.get("attributions", []):
        if any(quote[:40] in part["text"] or part["text"][:40] in quote for part in attribution["parts"]):
            return attribution
    return None


def source_form(source: str, name: str) -> str:
    words = re.findall(r"[\w’'.-]+", source or "")
    if not words:
        return "none"
    if fold(words[0]) in PRONOUNS and len(words) == 1:
        return "pronoun"
    if any(w in name.split() for w in words):
        full = all(part in source for part in name.split())
        return "full name" if full else "part of name"
    if words[0].lower() in {"the", "a", "an"} or words[0][0].islower():
        return "description"
    return "other capitalised"


def cue_class(cue: str) -> str:
    words = fold(cue or "").split()
    if not words:
        return "no cue"
    if "according" in words:
        return "according to"
    if any(w in SAID for w in words):
        return "said/told/added"
    if words[0].endswith("ing"):
        return "other -ing"
    return "other verb/noun"


def layout(text: str, attribution: dict[str, Any]) -> str:
    if not attribution["source_spans"] or not attribution["content_spans"]:
        return "no source span"
    source = attribution["source_spans"][0][0]
    content = attribution["content_spans"][0][0]
    low, high = sorted((source, content))
    between = text[low:high]
    if "\n" in between:
        return "other paragraph"
    if re.search(r"[.!?][”\"]?\s+[“\"]?[A-Z]", between):
        return "other sentence"
    return "before" if source < content else "after"


def record_missed(rec: dict[str, Any]) -> tuple[list[Missed], Counter[str]]:
    text = normalize_text(rec["text"])
    experts, _ = extract_experts(text, split_sentences(text))
    missed: list[Missed] = []
    total: Counter[str] = Counter()
    total["predicted"] += len(experts)
    for pred in experts:
        if not any(names_match(g["name"], pred.name) for g in rec["experts"]):
            total["spurious"] += 1
            # the rule that gave the first quote says how a name nobody marked came to speak
            first = pred.quotes[0] if pred.quotes else None
            cls = f"spurious|{first.rule if first else 'no quote'}"
            missed.append(Missed(cls, rec["id"], pred.name, first.text if first else "", ""))
    for gold in rec["experts"]:
        match = next((p for p in experts if names_match(gold["name"], p.name)), None)
        total["gold"] += 1
        total["matched"] += match is not None
        direct = [q.text for q in match.quotes if q.kind == "direct"] if match else []
        indirect = [q.text for q in match.quotes if q.kind == "indirect"] if match else []
        for kind, key in (("direct", "quotes"), ("indirect", "indirect")):
            for quote in gold[key]:
                total[kind] += 1
                if found_as(kind, quote, direct, indirect, gold["name"]):
                    total[f"{kind} found"] += 1
                    continue
                attribution = _attribution(rec, quote)
                if attribution is None:
                    cls = f"{kind}|{'found' if match else 'lost'}|unmatched"
                    missed.append(Missed(cls, rec["id"], gold["name"], quote, ""))
                    continue
                parts = [
                    kind,
                    "found" if match else "lost",
                    source_form(attribution["source"], gold["name"]),
                    cue_class(attribution["cue"]),
                    layout(rec["text"], attribution),
                ]
                context = f"[{attribution['source']}] [{attribution['cue']}]"
                missed.append(Missed("|".join(parts), rec["id"], gold["name"], quote, context))
    return missed, total


def _context_sentence(rec: dict[str, Any], quote: str) -> str:
    text = rec["text"]
    at = text.find(quote[:40])
    if at < 0:
        return ""
    start = max(text.rfind("\n", 0, at), at - 300)
    end = text.find("\n", at)
    return text[start + 1 : end if end > 0 else len(text)][:500]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--sample", type=int, help="a fixed random sample of this many records")
    parser.add_argument("--show", help="print the misses whose class starts with this")
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument(
        "--spurious",
        action="store_true",
        help="list the experts PolNeAR marks no source for, by the rule of their first quote (--show filters)",
    )
    parser.add_argument("--depth", type=int, default=5, help="how many class fields to count by")
    args = parser.parse_args(argv)
    if "train" not in Path(args.path).name:
        parser.error("only PolNeAR train is studied here; score dev with eval.score")
    records = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line]
    if args.sample and args.sample < len(records):
        records = random.Random(12).sample(records, args.sample)
    missed: list[Missed] = []
    totals: Counter[str] = Counter()
    by_id = {rec["id"]: rec for rec in records}
    for rec in records:
        found, total = record_missed(rec)
        missed += found
        totals += total
    spurious = [m for m in missed if m.cls.startswith("spurious|")]
    missed = [m for m in missed if not m.cls.startswith("spurious|")]
    counts = Counter("|".join(m.cls.split("|")[: args.depth]) for m in missed)
    print(f"{len(records)} articles; labelled direct {totals['direct']}, indirect {totals['indirect']}")
    precision = 1 - totals["spurious"] / max(1, totals["predicted"])
    recall = totals["matched"] / max(1, totals["gold"])
    print(
        f"experts P {precision:.3f} R {recall:.3f} F1 {2 * precision * recall / max(1e-9, precision + recall):.3f}; "
        f"direct {totals['direct found'] / max(1, totals['direct']):.3f}, "
        f"indirect {totals['indirect found'] / max(1, totals['indirect']):.3f}"
    )
    print(f"missed: {len(missed)}")
    for cls, count in counts.most_common(60):
        print(f"  {count:5d}  {cls}")
    cues = Counter(fold(m.context.split("] [")[-1].rstrip("]")) for m in missed if m.context)
    print("cues: " + ", ".join(f"{c} {n}" for c, n in cues.most_common(50)))
    if args.spurious:
        print(f"spurious experts: {len(spurious)}, by the rule of their first quote")
        for cls, count in Counter(m.cls for m in spurious).most_common(30):
            print(f"  {count:5d}  {cls}")
    if args.show or args.spurious:
        shown = [m for m in (spurious if args.spurious else missed) if m.cls.startswith(args.show or "")]
        random.Random(1).shuffle(shown)
        for m in shown[: args.limit]:
            print(f"\n[{m.cls}] {m.name} {m.context}\n  Q: {m.quote[:160]}", file=sys.stderr)
            print(f"  S: {_context_sentence(by_id[m.record], m.quote)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
