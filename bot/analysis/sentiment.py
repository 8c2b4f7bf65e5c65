"""Polarity and subjectivity of news text: TextBlob's PatternAnalyzer, with its lexicon widened for news."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from textblob import en as textblob_en

from .keywords import name_tag, word_tag
from .movements import DOWN_BAD, DOWN_GOOD, UP_BAD, UP_GOOD, Lexicons, compose_directions
from .text import match_key
from .wordlists import data_rows, word_set

# TextBlob's lexicon is mostly adjectives ("good", "terrible"); news reports bad and good events with
# nouns and verbs ("slump", "shortage", "problems", "burglary", "outbreak"). Lexicons fill the gaps,
# only for words that TextBlob leaves without polarity: two small hand-made ones of news (economic
# news, data/economic_lexicon.tsv; events any beat reports as harms or remedies, data/event_lexicon.tsv)
# and VADER's (MIT) general one, scaled from -4..4 to -1..1.
NEWS_LEXICONS = ("economic_lexicon.tsv", "event_lexicon.tsv")
VADER_SCALE = 0.5
VADER_SUBJECTIVITY = 0.5
ECONOMIC_SUBJECTIVITY = 0.3

# Contrast: what follows "but" is what the writer means (VADER's rule: before x0.5, after x1.5);
# "Although X, Y" concedes X. A sentence-initial "But" contrasts with the previous sentence only.
_CONTRAST = frozenset({"but", "however", "yet", "nevertheless", "nonetheless"})
_CONCESSIVE = frozenset({"although", "though", "despite"})
_BEFORE_CONTRAST = 0.5
_AFTER_CONTRAST = 1.5
# For a topic, its own side of a contrast describes it ("sales rose, but profits fell" says sales did
# well): that side counts in full, the other side as OTHER_SIDE.
OTHER_SIDE = 0.5

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*[^\W\d_]|[^\W\d_]|n[’']t|!|[,;:.]")
# A capitalised word in mid-sentence is a name ("Hi-Tech Fair", "Drought Monitor"), not a judgement.
_MID_SENTENCE = re.compile(r"[\w,;%)\]\-–—]")
# A dateline before a dash opens the sentence ("RIVERTON, Ore. — Inflation kept climbing",
# "GENEVA (Reuters) - Prices"): its first word in capitals, then only capitalised words (a state, an
# agency in brackets); the word after the dash opens the sentence as after a full stop.
_DATELINE = re.compile(r"[A-Z][A-Z'.]+(?:[ ,]+[A-Z][\w'.]*)*(?:\s*\([^()]*\))?\s*[-–—]+")
_AS_WELL_AS = re.compile(r"\bas well as\b", re.IGNORECASE)
# "declined to comment", "refused to name them": a source not saying more, not a fall or a rebuff
_NO_COMMENT = re.compile(
    r"\b(?:declin|refus)(?:ed|es|e)(?= to (?:comment|name|say|elaborate|discuss|disclose|specify|identify)\b)",
    re.IGNORECASE,
)
NAME = ""  # the token that stands for a name: keeps its place, is never rated
_MAX_SENTENCE_CHARS = 5_000  # a pasted 1 MB "sentence" is scored on its opening only


@dataclass(frozen=True, slots=True)
class Assessment:
    """Weighted sums over the scored words of one text, so that texts can be pooled."""

    polarity_sum: float
    subjectivity_sum: float
    weight: float

    @property
    def polarity(self) -> float:
        return self.polarity_sum / self.weight if self.weight else 0.0

    @property
    def subjectivity(self) -> float:
        return self.subjectivity_sum / self.weight if self.weight else 0.0


def _inflections(word: str, pos: str) -> list[str]:
    """The forms news uses of a base word: plural for nouns; -s, -ed, -ing for verbs."""
    forms = [word]
    if pos == "n":
        forms.append(word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s")
        if word.endswith(("s", "sh", "ch", "x")):
            forms.append(word + "es")
    elif pos == "v":
        stem = word[:-1] if word.endswith("e") else word
        forms += [word + "s", word + "es", stem + "ed", stem + "ing"]
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            forms += [word[:-1] + "ies", word[:-1] + "ied"]
        # short verbs double their last consonant: slip -> slipped, cut -> cutting
        if len(word) <= 5 and word[-1] not in "aeiouwy" and word[-2:-1] in set("aeiou"):
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    return forms


# a price, a quantity whose rise is good news, a level: no judgement alone, left unrated
_UNRATED = frozenset({"charge", "good", "level"})


@lru_cache(maxsize=1)
def _lexicons() -> Lexicons:
    base = textblob_en.sentiment  # the instance TextBlob's PatternAnalyzer uses
    # A private copy: TextBlob's own instance (used by others through TextBlob) stays untouched.
    analyzer = textblob_en.Sentiment(
        path=os.path.join(textblob_en.MODULE, "en-sentiment.xml"),
        synset="wordnet_id",
        negations=base.negations,
        modifiers=base.modifiers,
        modifier=base.modifier,
        language="en",
    )
    analyzer.load()

    # Descriptive words ("most", "small", "lowest") are rated by no lexicon.
    neutral = {row[0].strip() for row in data_rows("news_neutral_words.txt")}
    for word in neutral:
        dict.pop(analyzer, word, None)

    _news_senses(analyzer)

    def unscored(word: str) -> bool:
        if word in neutral:
            return False
        entry = dict.get(analyzer, word)
        return entry is None or entry.get(None, (0.0,))[0] == 0.0

    up: set[str] = set()
    down: set[str] = set()
    cost: set[str] = set()
    good: set[str] = set()
    charge: set[str] = set()
    level: set[str] = set()
    flagged = {"up": up, "down": down, "cost": cost, "charge": charge, "level": level}
    for row in (row for name in NEWS_LEXICONS for row in data_rows(name)):
        word, pos, polarity = row[0], row[1], float(row[2])
        flags = set(row[3].split(",")) - {""} if len(row) > 3 else set()
        for form in _inflections(word, pos):
            if unscored(form) and not flags & _UNRATED:
                analyzer.annotate(form, None, polarity, ECONOMIC_SUBJECTIVITY, 1.0)
            for flag in flags & flagged.keys():
                flagged[flag].add(form)
            if pos == "n" and ("good" in flags or (not flags and polarity > 0)):
                good.add(form)
    for row in data_rows("vader_lexicon.tsv"):
        word, polarity = row[0], max(-1.0, min(1.0, float(row[1]) * VADER_SCALE))
        if unscored(word):
            analyzer.annotate(word, None, polarity, VADER_SUBJECTIVITY, 1.0)
        # adverbs of rated adjectives: "irresponsible" -> "irresponsibly" (TextBlob does the same)
        adverb = (
            word[:-2] + "ly"
            if word.endswith("le")
            else word[:-1] + "ily"
            if word.endswith("y")
            else word + "ly"
        )
        if not word.endswith("ly") and unscored(adverb):
            analyzer.annotate(adverb, "RB", polarity, VADER_SUBJECTIVITY, 1.0)
    analyzer.annotate(UP_BAD, None, -0.35, ECONOMIC_SUBJECTIVITY, 1.0)
    analyzer.annotate(DOWN_BAD, None, 0.3, ECONOMIC_SUBJECTIVITY, 1.0)
    analyzer.annotate(UP_GOOD, None, 0.25, ECONOMIC_SUBJECTIVITY, 1.0)  # as "rose"
    analyzer.annotate(DOWN_GOOD, None, -0.3, ECONOMIC_SUBJECTIVITY, 1.0)  # as "fell"
    return Lexicons(
        analyzer,
        frozenset(up),
        frozenset(down),
        frozenset(cost),
        frozenset(good),
        frozenset(charge),
        frozenset(level),
    )


def _news_senses(analyzer: Any) -> None:
    """Words TextBlob rates positive that news writes of harms and disputes ("a controversial plan",
    data/news_senses.tsv, found on NewsMTSC train): their news sense replaces TextBlob's rating."""
    for row in data_rows("news_senses.tsv"):
        dict.pop(analyzer, row[0], None)
        analyzer.annotate(row[0], None, float(row[1]), ECONOMIC_SUBJECTIVITY, 1.0)


def _surface(text: str) -> list[str]:
    """The tokens of tokens() as written: same count and order, names not yet replaced by NAME."""
    text = re.sub(r"n[’']t\b", " n't", text[:_MAX_SENTENCE_CHARS])
    text = _NO_COMMENT.sub("", _AS_WELL_AS.sub(" and ", text))
    return [match.group() for match in _TOKEN.finditer(text)]


def tokens(text: str) -> list[str]:
    """Lower-case word tokens as TextBlob's scorer expects them ("didn't" -> "did", "n't").

    Capitalised words in mid-sentence (names) become NAME.
    """
    text = re.sub(r"n[’']t\b", " n't", text[:_MAX_SENTENCE_CHARS])
    # "as well as" joins two things; its "well" is no praise
    text = _NO_COMMENT.sub("", _AS_WELL_AS.sub(" and ", text))
    out: list[str] = []
    openers: list[int] = []  # capitalised words opening the sentence (or a quote in it)
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isupper() and token != "I":
            i = match.start() - 1
            while i >= 0 and text[i].isspace():
                i -= 1
            if i >= 0 and _MID_SENTENCE.match(text[i]) and not _DATELINE.fullmatch(text[: i + 1]):
                out.append(NAME)
                continue
            openers.append(len(out))
        low = match_key(token)
        out.append(low[:-2] if low.endswith("'s") else low)  # "the company's growth" -> "company"
    for i in openers:
        if _opens_a_name(out, i):
            out[i] = NAME
    return out


def _opens_a_name(words: list[str], i: int) -> bool:
    """A rated capitalised word opening a sentence is the first word of a name when a name runs on
    after it ("United Airlines", "Great Britain", "Rose Whitfield"), or when the lexicon knows it
    capitalised as a name and in lower case as a past verb, and the sentence's verb follows it: it
    is the subject ("United won", "Rose told reporters"; not "Rose sharply", "Stolen cars were")."""
    entry = dict.get(_lexicons().analyzer, words[i])
    if not entry or not entry.get(None, (0.0,))[0]:
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    if following == NAME:
        return True
    return (
        word_tag(words[i]) in ("VBD", "VBN")
        and name_tag(words[i]) == "NNP"
        and word_tag(following) in ("VBD", "VBZ", "MD")
    )


_SERVICE_NOUNS = word_set("service_nouns")


def _unrate_service_names(words: list[str | None], original: list[str]) -> None:
    """A word right before a noun of a service or a body that deals with something ("emergency ward",
    "fire crews", "crime unit") names what it deals with, not a harm that happens: left unrated. Only
    a noun: an adjective there judges the service ("poor service", "a brilliant team")."""
    for i in range(len(original) - 1):
        if original[i + 1] in _SERVICE_NOUNS and words[i] is not None and word_tag(original[i]) == "NN":
            words[i] = None


_DEGREE_ADJECTIVES = word_set("degree_adjectives")


def _unrate_degree_of_harm(words: list[str | None], original: list[str], lex: Lexicons) -> None:
    """An adjective of size or degree right before a noun the lexicon rates as bad ("a significant
    disruption", "the greatest threat") says how large the harm is, not that anything is good: left
    unrated, so the harm reads alone. Only before a noun (the tagger's NN): "a strong economy" and
    "significantly worse" keep their readings."""
    for i in range(len(original) - 1):
        following = words[i + 1]
        if original[i] not in _DEGREE_ADJECTIVES or words[i] is None or following is None:
            continue
        entry = dict.get(lex.analyzer, following)
        rating = entry.get(None, (0.0,))[0] if entry else 0.0
        if rating < 0 and (word_tag(original[i + 1]) or "").startswith("NN"):
            words[i] = None


def _contrast_stretches(words: list[str | None]) -> list[tuple[int, int, float]]:
    """The sentence cut at its first contrast: (start, end, weight) token ranges."""
    n = len(words)
    for k, word in enumerate(words):
        if k > 0 and word in _CONTRAST:
            return [(0, k, _BEFORE_CONTRAST), (k + 1, n, _AFTER_CONTRAST)]
    if words and words[0] in _CONCESSIVE and "," in words:
        comma = words.index(",")
        return [(1, comma, _BEFORE_CONTRAST), (comma + 1, n, _AFTER_CONTRAST)]
    for k, word in enumerate(words):
        if k > 0 and word in _CONCESSIVE:
            return [(0, k, _AFTER_CONTRAST), (k + 1, n, _BEFORE_CONTRAST)]
    return [(0, n, 1.0)]


@dataclass(frozen=True, slots=True)
class ScoredWord:
    """One word TextBlob's scorer rated (with its negation or intensifier applied), and where it is."""

    position: int
    polarity: float
    subjectivity: float
    weight: float  # the weight of its side of a contrast for the sentence as a whole
    side: tuple[int, int] = (0, 0)  # the token range of that side ("sales rose" in "sales rose, but ...")


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    tokens: tuple[str, ...]
    scored: tuple[ScoredWord, ...]
    # the tokens with each NAME as written, folded ("toyota"): names are never rated, yet can be a topic
    named: tuple[str, ...] = ()


@lru_cache(maxsize=5_000)  # sentences repeat within an article and its questions; bounded memory
def score_sentence(text: str, payer: bool = False) -> ScoredSentence:
    """Tokens and rated words of one sentence (cached: sentences repeat across requests). `payer`: a
    rise of a price or charge reads as bad news, as those who pay it read it (Lexicons.charge)."""
    lex = _lexicons()
    original = tokens(text)
    words: list[str | None] = list(original)
    compose_directions(words, lex, lex.charge if payer else frozenset(), _is_noun)
    _unrate_service_names(words, original)
    _unrate_degree_of_harm(words, original, lex)
    negations = lex.analyzer.negations
    scored: list[ScoredWord] = []
    # Each stretch is rated by TextBlob's own assessment (negation: "not good", intensifiers:
    # "very good"); only the weights of the stretches around a contrast differ.
    for start, end, weight in _contrast_stretches(words):
        cursor = position = start
        for chunk, p, s, _label in lex.analyzer.assessments((w, None) for w in words[start:end]):
            rated = next((w for w in reversed(chunk) if w != "!" and w not in negations), chunk[-1])
            # assessments come in order, so the rated word is the next occurrence past the last one
            # rated: a word said twice ("good news and good timing") is two places, not one twice
            for j in range(cursor, end):
                if words[j] == rated:
                    position, cursor = j, j + 1
                    break
            scored.append(ScoredWord(position, p, s, weight, (start, end)))
    named = tuple(original)
    if NAME in original:
        surface = _surface(text)
        if len(surface) == len(original):
            named = tuple(match_key(w) if t == NAME else t for t, w in zip(original, surface, strict=True))
    return ScoredSentence(tuple(original), tuple(scored), named)


def assess(text: str) -> Assessment:
    """Weighted polarity and subjectivity of one sentence."""
    scored = score_sentence(text).scored
    return Assessment(
        sum(w.weight * w.polarity for w in scored),
        sum(w.weight * w.subjectivity for w in scored),
        sum(w.weight for w in scored),
    )


def pool(assessments: list[Assessment]) -> Assessment:
    """The assessment of several texts together, as if they were one text."""
    return Assessment(
        sum(a.polarity_sum for a in assessments),
        sum(a.subjectivity_sum for a in assessments),
        sum(a.weight for a in assessments),
    )


def sentiment(text: str) -> tuple[float, float]:
    """(polarity -1..1, subjectivity 0..1) of a text of any length."""
    result = assess(text)
    return max(-1.0, min(1.0, result.polarity)), max(0.0, min(1.0, result.subjectivity))


def _is_noun(word: str) -> bool:
    return (word_tag(word) or "").startswith("NN")


def moving_nouns(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of `text` whose rise is good or bad news, those of them a movement word beside them
    composes with): "profits collapsed" gives ({"profits"}, {"profits"}), "inflation in Ghana"
    ({"inflation"}, {})."""
    lex = _lexicons()
    original = tokens(text)
    words: list[str | None] = list(original)
    compose_directions(words, lex, is_noun=_is_noun)
    nouns = frozenset(w for w in original if w in lex.good or w in lex.cost)
    moved = frozenset(o for o, w in zip(original, words, strict=True) if w is None and o in nouns)
    return nouns, moved


def judgement_in(
    phrase: str, moving_nouns_count: bool = False, unrated: frozenset[str] = frozenset()
) -> float:
    """The polarity a topic's own name carries ("failed talks", "rising costs"). A noun whose rise is
    good or bad news alone ("inflation", "profits") counts only with `moving_nouns_count`: when the
    article does not say how it moved, a topic named "inflation" is mostly one treated as bad news
    (on real dev, 12 of 16 topics named by such a bad-news noun are labelled negative, 15 of 26 named
    by a good-news one positive); when it does ("profits collapsed"), that says more. The words of
    `unrated` (lower case) are left out."""
    lex = _lexicons()
    sentence = score_sentence(phrase, payer=True)  # a topic named as a rise of a charge is a burden
    moving = frozenset() if moving_nouns_count else lex.good | lex.cost
    kept = [w for w in sentence.scored if sentence.tokens[w.position] not in moving | unrated]
    weight = sum(w.weight for w in kept)
    return sum(w.weight * w.polarity for w in kept) / weight if weight else 0.0
