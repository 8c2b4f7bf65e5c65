"""Who-said-what misses sorted into error classes, each with its sentence: what to fix first.

    python -m eval.misses eval/real.jsonl --split dev            # counts per kind and class
    python -m eval.misses eval/real.jsonl --split dev --show "missed indirect/other verb"
    python -m eval.misses ../shared/benchmarks/polnear/train.jsonl --sample 200

A miss has a kind (missed expert, spurious expert, wrong credit, missed direct, missed indirect, role miss)
and one class, the first heuristic below that fits its sentence. The classes are a guide for study, not a
score: `eval.score` stays the measure. The blind split is refused: it is scored, never studied.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.analysis import extract_experts, normalize_text, split_sentences
from bot.analysis.models import Expert, Sentence
from eval.score import fold, found_as, names_match, overlap, quote_found, role_matches

# A small fixed list, so the classes do not move when the analysis's own verb list grows.
SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "noted",
        "notes",
        "argued",
        "warned",
        "insisted",
        "explained",
        "stressed",
        "asked",
        "wrote",
        "stated",
        "declared",
        "replied",
        "responded",
        "recalled",
        "continued",
        "agreed",
        "claimed",
        "suggested",
    ]
)
PARTICIPLES = frozenset(
    ["saying", "adding", "noting", "arguing", "warning", "explaining", "stressing", "insisting"]
)
_TITLES = re.compile(
    r"\b(?:Dr|Prof|Professor|Justice|Judge|Gov|Governor|Sen|Senator|Rep|Coach|Sheriff|Gen|General|Col|Capt|"
    r"Lt|Sgt|Det|Insp|Rev|Fr|Sister|Brother|Chief|Mayor|Minister|President|Secretary|Director)\.?\s+$"
)
_PARTICLE = re.compile(r"\b(?:al|el|van|von|der|de|da|du|di|la|le|bin|ibn|abu|dos|das|del)\b|-", re.I)
_DESCRIPTION = re.compile(r"\b[Tt]he (?:[a-z][\w-]* ){0,3}[a-z][\w-]*(?:,[^,]{0,40},)? (\w+)")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+|later\s+)?(\w+)")
_PARTICIPIAL = re.compile(r",\s+(\w+ing)\b")
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")


@dataclass(frozen=True, slots=True)
class Miss:
    kind: str
    cls: str
    record: str
    detail: str
    sentence: str


def _sentence_of(text: str, sentences: list[Sentence], needle: str) -> tuple[int, Sentence | None]:
    at = text.find(needle) if needle else -1
    if at < 0:  # labels are exact substrings of the raw text; normalisation may shift a few characters
        at = text.find(needle[:40]) if needle else -1
    for sentence in sentences:
        if sentence.start <= at < sentence.end:
            return at, sentence
    return at, None


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _verb_after(context: str, anchor: str) -> str | None:
    """The word right after `anchor` in `context` (skipping a comma clause), lower-cased."""
    at = context.find(anchor)
    if at < 0:
        return None
    rest = context[at + len(anchor) :]
    rest = re.sub(r"^,[^,]{0,80},", "", rest)
    match = re.match(r"\s*(?:\w+ly\s+|also\s+)?([A-Za-z]+)", rest)
    return match.group(1).lower() if match else None


def classify_context(text: str, sentences: list[Sentence], quote: str, name: str, kind: str) -> str:
    """The first error class that fits the sentence of a labelled quote of `name`."""
    at, sentence = _sentence_of(text, sentences, quote)
    if sentence is None:
        return "quote not located"
    s = sentence.text
    paragraph = [x for x in sentences if x.paragraph == sentence.paragraph]
    para_text = " ".join(x.text for x in paragraph)
    surname = _surname(name)
    if kind == "direct":
        if "\n" in quote or len(_QUOTE_MARKS.findall(para_text)) % 2:
            return "multi-paragraph or unclosed quote"
        if not any(t in para_text for t in name.split()) and not _PRONOUN.search(para_text):
            return "speaker in another paragraph"
    if _ACCORDING.search(s):
        return "according to"
    before_quote = s[: max(0, at - sentence.start)]
    participle = _PARTICIPIAL.search(s)
    if participle and (
        participle.group(1).lower() in PARTICIPLES or participle.start() < at - sentence.start
    ):
        return "participial clause"
    present = [t for t in name.split() if len(t) > 2 and t in s]
    if present:
        index = s.find(present[-1])
        prefix = s[:index]
        if _TITLES.search(prefix):
            return "title before name"
        if re.search(r"(?:[A-Z][\w&.-]*\s+(?:of\s+|for\s+|and\s+|&\s+)?){2,}$", prefix):
            return "long role before name"
        if _PARTICLE.search(name) or re.match(r"^[A-Z]\.?\s", name):
            return "name with particle, initial or family name first"
        if surname in s and name.split()[0] not in s:
            verb = _verb_after(s, surname)
            if verb and verb not in SPEECH_VERBS:
                return "surname only, other verb"
            return "surname only"
        verb = _verb_after(s, present[-1])
        if verb and verb not in SPEECH_VERBS and not before_quote.rstrip().endswith(("said", "says")):
            return "other reporting verb"
        return "name in sentence, cue missed"
    pronoun = _PRONOUN.search(s)
    if pronoun:
        return "pronoun, other verb" if pronoun.group(1).lower() not in SPEECH_VERBS else "pronoun speaker"
    description = _DESCRIPTION.search(s)
    if description and description.group(1).lower() in SPEECH_VERBS:
        return "description refers back"
    if kind == "indirect" and not re.search(r"\b(?:said|says|told|added)\b", s):
        return "clause without 'said X' in sentence"
    return "other"


def _all_quotes(experts: list[Expert], unnamed: list[Any]) -> list[tuple[str, str | None, str]]:
    found = [(e.name, "expert", q.text) for e in experts for q in e.quotes]
    return [(n, k, t) for n, k, t in found] + [(u.speaker, None, q.text) for u in unnamed for q in u.quotes]


def _cue(rec: dict[str, Any], quote: str) -> str | None:
    """PolNeAR's hand-marked cue ("said", "according to", "urged") of the attribution holding `quote`."""
    for attribution in rec.get("attributions", []):
        if any(quote[:40] in part["text"] or part["text"][:40] in quote for part in attribution["parts"]):
            return str(attribution["cue"])
    return None


def _spurious_class(rec: dict[str, Any], text: str, name: str) -> str:
    """Why a listed expert nobody labelled is wrong."""
    if name not in text:
        return "name glued or rebuilt (not in text)"
    if any(names_match(n, name) for n in rec.get("not_experts", [])):
        return "named person who did not speak"
    if any(
        isinstance(o, dict) and names_match(o.get("speaker", ""), name) for o in rec.get("other_sources", [])
    ):
        return "organisation or unnamed source as a person"
    return "not a person (place, firm, phrase)"


def _quote_miss(
    rec: dict[str, Any], quote: str, kind: str, gold_name: str, everything: list[tuple[str, str | None, str]]
) -> tuple[str, str, str]:
    """(kind of miss, class, detail) for a labelled quote not found under its speaker."""
    holders = [(n, k) for n, k, t in everything if quote_found(quote, [t], clause_ok=kind == "indirect")]
    if any(k == "expert" and not names_match(n, gold_name) for n, k in holders):
        other = next(n for n, k in holders if k == "expert")
        return "wrong credit", f"given to {other}", quote[:70]
    if any(k is None for _, k in holders):
        return f"missed {kind}", "given to an unnamed source", quote[:70]
    if any(names_match(n, gold_name) for n, _ in holders):
        return f"missed {kind}", "found as the other kind", quote[:70]
    best = max((overlap(quote, t) for _, _, t in everything), default=(0.0, 0.0))
    cue = _cue(rec, quote)
    detail = f"{quote[:70]}" + (f"  [cue: {cue}]" if cue else "")
    if best[0] >= 0.6:
        # the labelled clause lies inside a longer prediction (often the whole "X said …" sentence)
        return f"missed {kind}", "inside a longer span (clause with its 'said X')", detail
    return f"missed {kind}", "", detail


def record_misses(rec: dict[str, Any]) -> list[Miss]:
    text = normalize_text(rec["text"])
    sentences = split_sentences(text)
    experts, unnamed = extract_experts(text, sentences)
    misses: list[Miss] = []
    rid = rec["id"]

    def add(kind: str, cls: str, detail: str, needle: str) -> None:
        _, sentence = _sentence_of(text, sentences, needle)
        misses.append(Miss(kind, cls, rid, detail, sentence.text if sentence else needle))

    gold_names = [g["name"] for g in rec["experts"]]
    for pred in experts:
        if not any(names_match(g, pred.name) for g in gold_names):
            cls = _spurious_class(rec, text, pred.name)
            add("spurious expert", cls, pred.name, pred.quotes[0].text if pred.quotes else pred.name)
    everything = _all_quotes(experts, unnamed)
    for gold in rec["experts"]:
        match = next((p for p in experts if names_match(gold["name"], p.name)), None)
        first = (gold["quotes"] + gold["indirect"] + [gold["name"]])[0]
        if match is None:
            cls = classify_context(
                text, sentences, first, gold["name"], "direct" if gold["quotes"] else "indirect"
            )
            add("missed expert", cls, gold["name"], first)
            continue
        if gold.get("role") and not role_matches(gold["role"], match.role):
            cls = "no role found" if not match.role else "other role"
            add("role miss", cls, f"{gold['role']!r} != {match.role!r}", gold["name"].split()[-1])
        direct = [q.text for q in match.quotes if q.kind == "direct"]
        indirect = [q.text for q in match.quotes if q.kind == "indirect"]
        for kind, key in (("direct", "quotes"), ("indirect", "indirect")):
            for quote in gold[key]:
                if found_as(kind, quote, direct, indirect, f"{gold['name']} {gold.get('role') or ''}"):
                    continue
                miss_kind, cls, detail = _quote_miss(rec, quote, kind, gold["name"], everything)
                if not cls:
                    cls = classify_context(text, sentences, quote, gold["name"], kind)
                add(miss_kind, cls, detail, quote)
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--split", help="only records with this split (records without one count as dev)")
    parser.add_argument("--sample", type=int, help="a fixed random sample of this many records")
    parser.add_argument("--show", help="print the misses of this 'kind/class' (or kind) with their sentences")
    parser.add_argument("--limit", type=int, default=40)
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line]
    if args.split:
        records = [r for r in records if r.get("split", "dev") == args.split]
    if any(r.get("split") == "blind" for r in records):
        parser.error("the blind split is scored, never studied: no miss lists on it")
    if args.sample and args.sample < len(records):
        records = random.Random(12).sample(records, args.sample)
    misses = [m for rec in records for m in record_misses(rec)]
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for miss in misses:
        by_kind[miss.kind][
            re.sub(
                r" \(recall.*", "", re.sub(r"^given to (?!an unnamed).*", "given to another expert", miss.cls)
            )
        ] += 1
    print(f"{len(records)} articles, {len(misses)} misses")
    for kind, classes in sorted(by_kind.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{kind}: {sum(classes.values())}")
        for cls, count in classes.most_common():
            print(f"  {count:4d}  {cls}")
    cues = Counter(fold(m.detail.split("[cue: ")[1].rstrip("]")) for m in misses if "[cue: " in m.detail)
    if cues:
        print(
            "cues of missed quotes (PolNeAR's marking): "
            + ", ".join(f"{c} {n}" for c, n in cues.most_common(40))
        )
    if args.show:
        shown = [m for m in misses if f"{m.kind}/{m.cls}".startswith(args.show) or m.kind == args.show]
        for miss in shown[: args.limit]:
            print(
                f"\n[{miss.kind} / {miss.cls}] {miss.record}: {miss.detail}\n    {miss.sentence[:300]}",
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
