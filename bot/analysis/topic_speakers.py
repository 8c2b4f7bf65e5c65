"""Who an article has speak, left out of its topic list: a phrase ending in a speaker's name ("Long",
"Professor Ann Long") or in an office the article has speak ("the health minister said") says who
talks, not what about."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Sentence
from .text import match_key
from .wordlists import word_set

MAX_PARSE_CHARS = 2_000  # the chunker sees the opening of a runaway sentence only
MAX_TOPIC_SENTENCES = 2_000  # topic extraction reads the first 2,000 sentences of a huge text


def speaker_words(sentences: list[Sentence], people: Iterable[str]) -> frozenset[str]:
    """The folded words a phrase naming a speaker ends in: the words of the speakers' names
    (`people`), the offices the article has speak, the surnames it has speak with a title."""
    return _name_words(people) | _speaking_roles(sentences) | _speaking_names(sentences)


def _name_words(people: Iterable[str]) -> frozenset[str]:
    """Every word of the speakers' names, folded: "Long" alone is the analyst Ann Long, no topic."""
    return frozenset(match_key(w) for name in people for w in re.findall(r"[^\W\d_][\w'’-]*", name))


_ROLE_WORDS = word_set("role_words")
_REPORTING_VERBS = word_set("speech_verbs", "inverts")  # "said", "told": before or after who speaks
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _speaking_roles(sentences: list[Sentence]) -> frozenset[str]:
    """Offices the article has speak ("the health minister said", "said the chairman"): a phrase
    ending in one is who speaks, even when no name is given to be quoted."""
    found: set[str] = set()
    for sentence in sentences[:MAX_TOPIC_SENTENCES]:
        words = [match_key(w) for w in _WORD.findall(sentence.text[:MAX_PARSE_CHARS])]
        for i, word in enumerate(words):
            if word in _REPORTING_VERBS:
                before = words[i - 1] if i else ""
                after = words[i + 1 : i + 3]  # "said the chairman": a determiner may come first
                if after and after[0] in _DETERMINERS:
                    after = after[1:]
                found.update(w for w in (before, *after[:1]) if w in _ROLE_WORDS)
    return frozenset(found)


def _speaking_names(sentences: list[Sentence]) -> frozenset[str]:
    """Surnames of people the article has speak: a name beside a speech verb ("Long said", "said
    Fidan") that the article gives a title, an office or a first name somewhere ("Professor Ann
    Long", "Foreign Minister Arvid Kessoglu"). A firm ("Apple said") is no person, and stays a topic."""
    people: set[str] = set()
    speaking: set[str] = set()
    for sentence in sentences[:MAX_TOPIC_SENTENCES]:
        words = _WORD.findall(sentence.text[:MAX_PARSE_CHARS])
        for i, word in enumerate(words):
            if word[:1].isupper() and i and _titled_or_full(words[max(0, i - _MAX_NAME_RUN) : i]):
                people.add(match_key(word))
            if match_key(word) in _REPORTING_VERBS:
                after = words[i + 1 : i + 2 + _MAX_NAME_RUN]
                if after and match_key(after[0]) in _DETERMINERS:
                    after = after[1:]  # "said the chairman"
                before = _capitalised_run(words[max(0, i - _MAX_NAME_RUN) : i][::-1])[::-1]
                after = _capitalised_run(after[:_MAX_NAME_RUN])
                speaking.update(match_key(run[-1]) for run in (before, after) if run)
    return frozenset(people & speaking)


_MAX_NAME_RUN = 4
_FIRST_NAMES = word_set("first_names")
_HONORIFICS = word_set("honorifics")


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words at the start of `words`."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run


def _titled_or_full(before: list[str]) -> bool:
    """The capitalised words right before a word make it a person's surname: a title, an office or
    a first name just before it ("Professor Ann Long", "Minister Arvid Kessoglu", "Ann Long")."""
    run = _capitalised_run(before[::-1])
    if not run:
        return False
    keys = {match_key(w).rstrip(".") for w in run}
    return bool(keys & (_HONORIFICS | _ROLE_WORDS)) or match_key(run[0]) in _FIRST_NAMES


def names_a_speaker(words: list[str], name_words: frozenset[str]) -> bool:
    """A phrase that ends in a speaker's name names that person, with or without a title or role
    ("Long", "Professor Ann Long", "coach Ann Long"); "Long's warning" is about the warning."""
    return bool(name_words) and match_key(words[-1]) in name_words
