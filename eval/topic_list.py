"""What a reader sees as an article's topics and keywords, scored against the annotators' topics.

`python -m eval.topic_list eval/real.jsonl --split dev [--top 8] [-v]` prints, over the split's
articles:
- recall: the share of the annotators' topics that one of the article's first N listed topics names
  (they share a content word, by stem: "glacier retreat" is named by "glaciers");
- the share of the annotators' topics that a reader typing them gets "not discussed" for;
- listed topics and keywords of each junk class that can be told mechanically, each found from the
  labels or the text, never from the analysis's own word lists (so a filter cannot score itself):
  a labelled speaker's name (when no annotator's topic names them), a piece cut from a longer name, a
  verb read as a noun, words of a sentence in another language, a unit (every mention after a number),
  the dateline's place, the outlet or a wire agency, a bare word naming no annotator's topic, a date.
`-v` (not with a blind split, which is scored, never studied) lists each article's topics, keywords
and the junk found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from bot.analysis import analyze, topic_sentiment
from bot.analysis.text import STOPWORDS, match_key, normalize_text, strip_dateline
from bot.analysis.topic_terms import term

TOPIC_CLASSES = (
    "speaker",
    "cut from a name",
    "verb as noun",
    "foreign words",
    "unit",
    "dateline",
    "outlet",
    "date",
)
# A bare word no annotator's topic names ("step", "job", but also "verdict"): counted apart from the
# junk rate, as a rough sign of generic nouns.
_BARE = "bare word, no reader topic"
KEYWORD_CLASSES = ("not a noun", "cut from a name", "foreign words")
_WORDS = re.compile(r"[^\W\d_][\w'’\-]*")
_FINITE_VERB = ("VB", "VBD", "VBP", "VBZ")
_DATES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_MEDIA = frozenset(
    [
        "news",
        "times",
        "press",
        "post",
        "journal",
        "daily",
        "herald",
        "agency",
        "tribune",
        "radio",
        "tv",
        "television",
        "broadcasting",
        "network",
        "chronicle",
        "guardian",
        "mail",
        "express",
        "star",
        "telegraph",
        "gazette",
        "review",
        "online",
        "standard",
        "wire",
        "report",
    ]
)
_AGENCIES = frozenset(
    ["ap", "afp", "reuters", "ani", "pti", "ians", "bernama", "xinhua", "kyodo", "dpa", "upi", "apa", "efe"]
)


def _stems(text: str) -> set[str]:
    return {term(w) for w in _WORDS.findall(text) if match_key(w) not in STOPWORDS}


def _names(topic: str, gold: list[str]) -> bool:
    """A listed topic names an annotator's topic when they share a content word (by stem)."""
    stems = _stems(topic)
    return any(stems & _stems(g) for g in gold)


def _followed_by_name(phrase: str, text: str) -> bool:
    """Every mention of the phrase runs on into a capitalised word: a piece of a longer name
    ("Malaysia's Prime" of "Malaysia's Prime Minister", "Buenos" of "Buenos Aires")."""
    pattern = re.compile(rf"(?<![\w'’]){re.escape(phrase)}(?![\w'’])(\s+\S)?")
    found = [m.group(1) for m in pattern.finditer(text)]
    return bool(found) and all(after is not None and after.strip()[0].isupper() for after in found)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """The words TextBlob's English lexicon lists in lower case (its capitalised entries are names)."""
    return frozenset(_lower_tags())


def _unknown(word: str) -> bool:
    """A lower-case word the English lexicon does not know, nor its singular."""
    key = match_key(word)
    if not word[:1].islower() or "-" in key or key in STOPWORDS:
        return False
    known = _english()
    return key not in known and key.rstrip("s") not in known and key[:-2] not in known


def _foreign(sentence: str) -> bool:
    """A sentence most of whose lower-case words no English lexicon knows (Tagalog, Hindi …)."""
    lower = [w for w in _WORDS.findall(sentence) if w[:1].islower()]
    return len(lower) >= 3 and sum(map(_unknown, lower)) >= 0.3 * len(lower)


def _only_in_foreign(phrase: str, sentences: list[str]) -> bool:
    found = [s for s in sentences if phrase in s]
    return bool(found) and all(_foreign(s) for s in found)


def _mentions(phrase: str, text: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w'’]){re.escape(phrase)}(?![\w'’])", text))


def _all_after_number(phrase: str, text: str) -> bool:
    """Every mention follows a number or "per": a unit ("per cent", "5 tonnes")."""
    found = _mentions(phrase, text)
    return bool(found) and all(
        re.search(r"(?:\d|\bper)\s*$", text[max(0, m.start() - 12) : m.start()]) for m in found
    )


def _verb_led(words: list[str], text: str) -> bool:
    """A phrase the article writes as a verb and its object: "to cause public harm", "will combat
    dengue" (the chunker read the verb as the first noun)."""
    if len(words) < 2 or not words[0].islower() or words[0].endswith("s"):
        return False
    before = r"\b(?:to|will|would|can|could|must|should|may|might)\s+"
    return bool(re.search(before + re.escape(" ".join(words)) + r"\b", text))


@lru_cache(maxsize=1)
def _lower_tags() -> dict[str, str]:
    """The lexicon's most frequent tag of each word it lists in lower case."""
    text = resources.files("textblob.en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(" ", 2)
        if len(parts) > 1 and parts[0].islower():
            tags.setdefault(parts[0], parts[1])
    return tags


def _speaker_words(record: dict[str, Any]) -> set[str]:
    return {match_key(w) for e in record.get("experts", []) for w in _WORDS.findall(e["name"])}


def _dateline(text: str) -> str:
    """Where a wire story was filed: "BRUSSELS (AP) —"."""
    opening = text.split("\n", 1)[0]
    return opening[: len(opening) - len(strip_dateline(opening))]


def topic_junk(
    topic: str, record: dict[str, Any], text: str, sentences: list[str], gold: list[str]
) -> list[str]:
    """The junk classes one listed topic falls in (empty: a fair topic)."""
    words = _WORDS.findall(topic)
    keys = [match_key(w) for w in words]
    names_reader_topic = _names(topic, gold)
    found = []
    if keys and keys[-1] in _speaker_words(record) and not names_reader_topic:
        found.append("speaker")
    if _followed_by_name(topic, text) and topic[:1].isupper():
        found.append("cut from a name")
    if _verb_led(words, text):
        found.append("verb as noun")
    if any(map(_unknown, words)) and _only_in_foreign(topic, sentences):
        found.append("foreign words")
    if len(words) == 1 and _all_after_number(topic, text):
        found.append("unit")
    if topic and topic.casefold() in _dateline(text).casefold():
        found.append("dateline")
    if keys and (set(keys) <= _AGENCIES or " ".join(keys) in _outlet_names(record)):
        found.append("outlet")
    if len(words) == 1 and topic[:1].islower() and not names_reader_topic:
        found.append(_BARE)
    if _DATES & set(keys):
        found.append("date")
    return found


def _outlet_names(record: dict[str, Any]) -> set[str]:
    """The outlet's names that name a medium, folded: "Tico Times (Costa Rica)" -> {"tico times"}."""
    parts = re.split(r"[()]", record.get("outlet", ""))
    names = {" ".join(match_key(w) for w in _WORDS.findall(p)) for p in parts}
    return {n for n in names if _MEDIA & set(n.split())}


def keyword_junk(keyword: str, text: str, sentences: list[str]) -> list[str]:
    tag = _lower_tags().get(match_key(keyword))
    found = []
    if keyword[:1].islower() and tag is not None and not tag.startswith(("NN", "FW")):
        found.append("not a noun")
    if keyword[:1].isupper() and _followed_by_name(keyword, text):
        found.append("cut from a name")
    if _unknown(keyword) and _only_in_foreign(keyword, sentences):
        found.append("foreign words")
    return found


def _records(path: Path, split: str | None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if split is None or r.get("split", "dev") == split]


def evaluate(records: list[dict[str, Any]], top: int, verbose: bool) -> dict[str, Any]:
    tally: Counter[str] = Counter()
    topic_classes: Counter[str] = Counter()
    keyword_classes: Counter[str] = Counter()
    for record in records:
        text = normalize_text(record["text"])
        analysis = analyze(record["text"], title=record.get("title"))
        gold = [t["topic"] for t in record.get("topics", [])]
        listed = [t.phrase for t in analysis.topics][:top]
        named = [g for g in gold if any(_names(t, [g]) for t in listed)]
        missing = [g for g in gold if topic_sentiment(analysis.sentences, g, title=analysis.title) is None]
        tally.update(gold=len(gold), named=len(named), not_discussed=len(missing))
        tally.update(listed=len(listed), keywords=len(analysis.keywords))
        sentences = [s.text for s in analysis.sentences]
        junk = {t: topic_junk(t, record, text, sentences, gold) for t in listed}
        kjunk = {k: keyword_junk(k, text, sentences) for k in analysis.keywords}
        tally.update(junk_topics=sum(1 for v in junk.values() if set(v) - {_BARE}))
        tally.update(junk_keywords=sum(1 for v in kjunk.values() if v))
        topic_classes.update(c for v in junk.values() for c in v)
        keyword_classes.update(c for v in kjunk.values() for c in v)
        if verbose:
            _show(record, gold, named, missing, junk, kjunk)
    return {
        "articles": len(records),
        "reader_topics": tally["gold"],
        "recall": tally["named"] / max(1, tally["gold"]),
        "not_discussed": tally["not_discussed"] / max(1, tally["gold"]),
        "listed_topics": tally["listed"],
        "junk_topics": tally["junk_topics"] / max(1, tally["listed"]),
        "topic_classes": {c: topic_classes[c] for c in TOPIC_CLASSES},
        "bare_words": topic_classes[_BARE] / max(1, tally["listed"]),
        "keywords": tally["keywords"],
        "junk_keywords": tally["junk_keywords"] / max(1, tally["keywords"]),
        "keyword_classes": {c: keyword_classes[c] for c in KEYWORD_CLASSES},
    }


def _show(
    record: dict[str, Any],
    gold: list[str],
    named: list[str],
    missing: list[str],
    junk: dict[str, list[str]],
    kjunk: dict[str, list[str]],
) -> None:
    print(f"## {record.get('id', '?')}")
    print("  readers: " + " | ".join(("" if g in named else "-") + g for g in gold))
    print("  topics:  " + " | ".join(t + (f" [{', '.join(c)}]" if c else "") for t, c in junk.items()))
    print("  keywords: " + ", ".join(k + (f" [{', '.join(c)}]" if c else "") for k, c in kjunk.items()))
    for g in missing:
        print(f"  not discussed: {g}")


def report(result: dict[str, Any], top: int) -> str:
    lines = [
        f"{result['articles']} articles, {result['reader_topics']} annotators' topics",
        f"  named in the first {top} listed topics: {result['recall']:.3f}",
        f"  typed, answered 'not discussed':      {result['not_discussed']:.3f}",
        f"{result['listed_topics']} listed topics, junk {result['junk_topics']:.3f}",
    ]
    lines += [f"  {name:<28} {count}" for name, count in result["topic_classes"].items()]
    lines.append(f"  (bare words naming no annotator's topic: {result['bare_words']:.3f} of listed topics)")
    lines.append(f"{result['keywords']} keywords, junk {result['junk_keywords']:.3f}")
    lines += [f"  {name:<28} {count}" for name, count in result["keyword_classes"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="labelled articles (JSONL)")
    parser.add_argument("--split", default=None, help="only this split (dev, blind)")
    parser.add_argument("--top", type=int, default=8, help="how many listed topics a reader sees")
    parser.add_argument("-v", "--verbose", action="store_true", help="each article's topics and junk")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    records = _records(args.data, args.split)
    if args.verbose and (any(r.get("split", "dev") != "dev" for r in records) or "holdout" in args.data.name):
        parser.error("a blind split is scored, never studied: -v only with a dev split")
    result = evaluate(records, args.top, args.verbose)
    print(json.dumps(result, indent=1) if args.json else report(result, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
