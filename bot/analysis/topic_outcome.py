"""Who won and who lost: a topic that a sentence names as the winner or the loser of a contest ("X beat
Y", "Y lost to X", "X's victory over Y", "a defeat to X", "Y was beaten by X").

Lexicons rate the outcome word itself ("defeated" bad, "victory" good) whichever side the topic is on,
so "The home side defeated Norvale" read as bad news for the winner and "a win over Norvale" as good
news for the loser. The topic's side of the outcome word says it instead (topic_evidence.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .sentiment import NAME
from .wordlists import word_set

_WIN_VERBS = word_set("outcome_words", "win_verb")
_LOSE_VERBS = word_set("outcome_words", "lose_verb")
_WIN_NOUNS = word_set("outcome_words", "win_noun")
_LOSS_NOUNS = word_set("outcome_words", "loss_noun")
OUTCOME_WORDS = _WIN_VERBS | _LOSE_VERBS | _WIN_NOUNS | _LOSS_NOUNS | {"won"}
# a generic word of a name ("Party", "Club") stands for any organisation: alone it names no one side
_ORG_WORDS = frozenset(w.lower() for w in word_set("org_name_words"))
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "got"})
# words that may stand between a subject and its verb: "X has narrowly beaten Y"
_BETWEEN = frozenset({"has", "have", "had", "also", "then", "finally", "again", "just"})
# the other side's phrase ends at a clause break or a preposition: "beat Y in the final", not beyond
_PHRASE_ENDS = frozenset(
    {
        ",",
        ";",
        ":",
        ".",
        "and",
        "or",
        "but",
        "which",
        "who",
        "that",
        "in",
        "at",
        "on",
        "for",
        "with",
        "from",
        "during",
        "after",
        "before",
        "since",
    }
)
_SPAN = 4  # how far after the outcome word the other side's phrase may hold the topic
_WORD = re.compile(r"[\w'-]+")


def names_outcome(phrase: str) -> bool:
    """Whether a topic's name is itself an outcome ("the club's win over Norvale", "Y's defeat"):
    then its sentences' winners and losers are its parts, not it."""
    return any(w.lower() in OUTCOME_WORDS for w in _WORD.findall(phrase))


def _mentions(
    tokens: Sequence[str], named: Sequence[str], anchors: list[int], is_modifier: Callable[[str], bool]
) -> set[int]:
    """The topic's words that name one side of a contest: in a sentence that writes the topic as a
    name, its name's words only; each run of them must hold a word beside the topic's head or a name
    that is no generic organisation word ("Norvale", not "the team" or "Party" alone, which may be
    the other side's)."""
    named_anchors = [a for a in anchors if tokens[a] == NAME]
    chosen = named_anchors or anchors
    kept: set[int] = set()
    run: list[int] = []
    for a in [*sorted(chosen), -2]:
        if run and a != run[-1] + 1:
            if any(is_modifier(named[x]) or (tokens[x] == NAME and named[x] not in _ORG_WORDS) for x in run):
                kept.update(run)
            run = []
        run.append(a)
    return kept


def outcome_role(
    tokens: Sequence[str], named: Sequence[str], anchors: list[int], is_modifier: Callable[[str], bool]
) -> tuple[int, int]:
    """(+1 the topic won, -1 it lost, 0 neither; the outcome word's position)."""
    topic = _mentions(tokens, named, anchors, is_modifier)
    if not topic:
        return 0, -1
    n = len(named)

    def before(k: int) -> bool:  # the topic is the subject or owner right before k
        j = k - 1
        while j >= 0 and k - j <= 3:
            if j in topic:
                return True
            if named[j] not in _BETWEEN and not named[j].endswith("ly"):
                return False
            j -= 1
        return False

    def after(start: int) -> bool:  # the topic is in the phrase from `start`
        for j in range(start, min(n, start + _SPAN)):
            if named[j] in _PHRASE_ENDS:
                return False
            if j in topic:
                return True
        return False

    for k, word in enumerate(named):
        if k in topic or tokens[k] == NAME:
            continue
        following = named[k + 1] if k + 1 < n else ""
        if word in _WIN_VERBS:
            if k and named[k - 1] in _PASSIVE:  # "Y was beaten by X"
                if before(k - 1):
                    return -1, k
                if following == "by" and after(k + 2):
                    return 1, k
            elif before(k):
                return 1, k
            elif after(k + 1):
                return -1, k
        elif word in _LOSE_VERBS and following in ("to", "against"):
            if after(k + 2):
                return 1, k
            if before(k):
                return -1, k
        elif word in _WIN_NOUNS:
            if following in ("over", "against") and after(k + 2):
                return -1, k
            if before(k):
                return 1, k
        elif word in _LOSS_NOUNS:
            if following == "to" and after(k + 2):
                return 1, k
            if before(k):
                return -1, k
    return 0, -1


@lru_cache(maxsize=1_024)
def reads_outcome(phrase: str) -> bool:
    """Whether a topic's sentences are read for who won (not when its name is the outcome itself)."""
    return not names_outcome(phrase)
