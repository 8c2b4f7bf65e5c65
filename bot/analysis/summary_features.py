"""What the summary's sentence scorer sees of each sentence: position, length, centrality, overlap with
the title and lead, cue words, and whether the sentence leans on the one before it.

The same function feeds training (eval/train_summary.py) and the product (summary.py), so the learned
weights always meet the features they were fitted on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .models import Sentence
from .text import content_stems, match_key, word_count
from .wordlists import alternation, word_set

# A run-on "sentence" (a pasted 1 MB line) is scored on its opening only, keeping cost linear and low.
MAX_SENTENCE_CHARS = 5_000
LONG_SENTENCE = 40
SHORT_SENTENCE = 6

FEATURES = (
    "bias",
    "first",
    "second",
    "third",
    "inverse_position",
    "relative_position",
    "paragraphed_lead",
    "paragraph_start",
    "log_words",
    "short",
    "long",
    "centrality",
    "topic_overlap",
    "speech",
    "facts",
    "number",
    "quote_opening",
    "quoted",
    "leans_on_previous",
    "fragment_opening",
    "question_or_colon",
)

_QUOTE_OPENING = re.compile(r"^[\"“”'‘’«»\-–—…]")
# A piece of a quote cut mid-way ("“but not yet,” she said") or a sentence the splitter cut in two.
_FRAGMENT_OPENING = re.compile(r"^[\"“”'‘’«»\-–—…(\s]*[a-z]")
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_NUMBER = re.compile(
    r"\d|\b(?:hundred|thousand|million|billion|trillion|percent|per cent|half|twice|dozens?)\b",
    re.IGNORECASE,
)
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’.-]*")
# The first words of a sentence, opening quotes and brackets skipped: "As a result, ..." gives
# "As a result"; an opener of the list may be one word or a phrase.
_FIRST_WORDS = re.compile(r"[\"“‘'(\s]*((?:[A-Za-z’']+,?\s+){0,3}[A-Za-z’']+)")
_MAX_OPENER_WORDS = 4


def leaning_openers() -> frozenset[str]:
    """Sentence openings that point back to something said before ("Therefore,", "He", "As a result")."""
    return word_set("leaning_openers")


def leans_on_previous(text: str) -> bool:
    """Whether the sentence opens with a connective or pronoun that needs the sentence before it."""
    match = _FIRST_WORDS.match(text)
    if not match:
        return False
    words = match_key(match.group(1)).split()[:_MAX_OPENER_WORDS]
    openers = leaning_openers()
    if words[0].rstrip(",") in openers:
        return True
    # a phrase leans back only as a connective set off by its comma: "As a result, prices rose", not
    # "As a result of the storm, prices rose"
    return any(
        words[n - 1].endswith(",") and " ".join(words[:n]).rstrip(",") in openers
        for n in range(2, len(words) + 1)
    )


@lru_cache(maxsize=1)
def _reporting() -> re.Pattern[str]:
    """Words that report what someone said or announced ("said", "warned", "according")."""
    return re.compile(rf"\b{alternation('reporting_verbs')}\b", re.IGNORECASE)


def speech_cue(text: str) -> float:
    """1 when the sentence reports what someone said or announced."""
    return 1.0 if _reporting().search(text) else 0.0


def fact_density(text: str) -> float:
    """Share of words that are figures or capitalised names (not the sentence's first word), capped."""
    n_words = word_count(text) or 1
    hits = len(_NUMBER.findall(text)) + len(_INNER_CAPITAL.findall(text))
    return min(1.0, 4.0 * hits / n_words)


def sentence_stems(sentences: list[Sentence]) -> list[set[str]]:
    return [set(content_stems(s.text[:MAX_SENTENCE_CHARS])) if not s.is_heading else set() for s in sentences]


def sentence_features(
    sentences: list[Sentence], title: str | None = None, stems: list[set[str]] | None = None
) -> list[list[float] | None]:
    """One feature vector per sentence (None for a heading), in FEATURES order. Linear in the text."""
    stems = stems if stems is not None else sentence_stems(sentences)
    df: Counter[str] = Counter()
    for group in stems:
        df.update(group)
    # The topic is the title's words plus the lead sentence's: a headline alone is short and often a pun,
    # while the lead states what the story is about (and stands in when there is no title).
    topic_stems = set(content_stems(title[:MAX_SENTENCE_CHARS])) if title else set()
    topic_stems |= next((group for s, group in zip(sentences, stems, strict=True) if not s.is_heading), set())
    raw_central = [sum(df[t] - 1 for t in group if df[t] > 1) / math.sqrt(len(group) + 4) for group in stems]
    top = max(raw_central, default=0.0) or 1.0
    n_body = sum(1 for s in sentences if not s.is_heading) or 1
    # Paragraph breaks are evidence only in a text that has them (a wire story, a web page); a text
    # pasted as one block says nothing about which sentence opens a thought.
    paragraphed = len({s.paragraph for s in sentences}) > 1
    previous_paragraph = -1
    out: list[list[float] | None] = []
    body = 0
    for sentence, group, central in zip(sentences, stems, raw_central, strict=True):
        if sentence.is_heading:
            out.append(None)
            previous_paragraph = sentence.paragraph
            continue
        text = sentence.text[:MAX_SENTENCE_CHARS].lstrip()
        n_words = word_count(text)
        out.append(
            [
                1.0,
                float(body == 0),
                float(body == 1),
                float(body == 2),
                1.0 / (1.0 + body),
                body / n_body,
                float(paragraphed and body == 0),
                float(paragraphed and sentence.paragraph != previous_paragraph),
                math.log1p(n_words),
                float(n_words < SHORT_SENTENCE),
                float(n_words > LONG_SENTENCE),
                central / top,
                _overlap(group, topic_stems) if body else 1.0,
                speech_cue(text),
                fact_density(text),
                float(bool(_NUMBER.search(text))),
                float(bool(_QUOTE_OPENING.match(text))),
                float(bool(_QUOTE_MARK.search(text))),
                float(leans_on_previous(text)),
                float(bool(_FRAGMENT_OPENING.match(text))),
                float(text.endswith((":", "?"))),
            ]
        )
        body += 1
        previous_paragraph = sentence.paragraph
    return out


def _overlap(group: set[str], topic: set[str]) -> float:
    return len(group & topic) / len(topic) if topic and group else 0.0
