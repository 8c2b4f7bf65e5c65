"""Is this an English article Newsdesk can read? At least MIN_WORDS words, and English by py3langid, an
offline identifier whose model (140 languages, 4.5 MB) ships inside its package.

The analysis reads English only: a French article would be stored and then find nobody and no topic,
and a two-word "article" has nothing to summarise. Both are refused in one sentence before analysis.
The model loads on first use (about 0.6 s quiet, 2 s on a loaded machine; ~40 MB), so it runs in the
analysis workers (bot/deadline.py), never in a command that only reads the library.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from bot.analysis.text import word_count
from bot.errors import InputError

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from bot.analysis.models import ArticleAnalysis

MIN_WORDS = 20
ENGLISH = "en"
# Refused only when the identifier is this sure of another language: an English article quoting a
# French minister, or a short one full of names, stays English.
SURE = 0.9
# The lead decides: a longer sample costs time and tells nothing more about a news article.
SAMPLE_CHARS = 10_000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> tuple[str, float]:
    """The ISO 639 code of the language `text` is most likely in, and how likely (0 to 1)."""
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code), float(probability)


def language_name(code: str) -> str:
    """English name of a language code ("fr" -> "French"); the code itself for one Babel lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name("en"))
    except (UnknownLocaleError, ValueError):
        return code


def check_readable(text: str, name: str = "The article") -> None:
    """Refuse, in one sentence, a text too short to analyse or not in English."""
    words = word_count(text)
    if words < MIN_WORDS:
        raise InputError(
            f"{name} has {words} word{'s' if words != 1 else ''}; Newsdesk needs at least {MIN_WORDS}"
            " to summarise it and find who is quoted."
        )
    code, probability = guess_language(text)
    if code != ENGLISH and probability >= SURE:
        raise InputError(
            f"{name} looks like {language_name(code)}, not English; Newsdesk reads English articles only."
        )


def analyze_readable(text: str, title: str | None) -> ArticleAnalysis:
    """`check_readable`, then the analysis: one trip to an analysis worker."""
    from bot.analysis import analyze

    check_readable(text)
    return analyze(text, title)


def warm_up() -> None:
    """Load the model ahead of the first add (called in each analysis worker)."""
    _identifier()
