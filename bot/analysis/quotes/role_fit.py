"""How well a description that spoke ("the health minister said") fits the roles the article gave a
person: the words they share, the office words they hold, the capitalised words that say which body."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from ..wordlists import word_set
from .names import is_role_word
from .role_aliases import broader, with_aliases

T = TypeVar("T")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_ROLE_STOP = frozenset(
    ["the", "a", "an", "of", "at", "for", "in", "on", "and", "to", "from", "with", "his", "her", "its"]
)
_PREPOSITION = frozenset(["of", "at", "for", "in", "on", "from", "with"])
_RANKS = word_set("role_modifiers", "rank")
# "the 55-year-old coach": an age says nothing of the office, so it neither fits nor fails a role
_AGE = re.compile(r"\b\d{1,3}[-\s]years?(?:[-\s]old)?\b", re.I)


def _ordered_words(text: str) -> list[str]:
    """The role's words in order, an office after a rank one word ("vice president", "prime
    minister"): "the president" is not the vice president, nor "the minister" the prime minister.
    Abbreviated titles stay as written: tried, "the senator" fitting every "Sen." named gave the
    quote to the wrong senator where the one meant was named without a title."""
    words = [
        m.group().lower().removesuffix("'s").removesuffix("’s") for m in _WORD.finditer(_AGE.sub(" ", text))
    ]
    out: list[str] = []
    for word in words:
        rank, _, office = word.partition("-")
        if rank == "ex" and is_role_word(office, plural=False):
            out += ["former", office]  # "the ex-president" is "the former president"
        elif rank in _RANKS and is_role_word(office, plural=False):
            out.append(f"{rank} {office}")  # "vice-president"
        elif out and out[-1] in _RANKS and is_role_word(word, plural=False):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _role_words(text: str) -> set[str]:
    return with_aliases(set(_ordered_words(text)) - _ROLE_STOP)  # "the CEO" is the "chief executive"


def _role_heads(description: str) -> set[str]:
    """The office words of a description before its prepositional phrase: "the CEO of the airline" → ceo."""
    heads: set[str] = set()
    for word in _ordered_words(description):
        if word in _PREPOSITION and heads:
            break
        if is_role_word(word.split()[-1], plural=False):
            heads.add(word)
    return with_aliases(heads)


_ONE_OF = re.compile(r"^(?:one|either|each)\s+of\s+(?:the|those|these|its|their|his|her)\s+(.+)$", re.I)


def _one_of(role: str) -> set[str]:
    """ "One of those ministers", "one of the organisers": a person who is one of several holders of
    an office holds it, so "the minister said" may refer back to them."""
    match = _ONE_OF.match(role.strip())
    if match is None:
        return set()
    out = set()
    for word in _ordered_words(match.group(1)):
        if word.endswith("s") and is_role_word(word[:-1], plural=False):
            out.add(word[:-1])
    return with_aliases(out)


def description_fit(description: str, roles: Sequence[str]) -> int | None:
    """How well a description ("the health minister") fits a person's roles: the words they share, or
    None when no office word of the description is in the roles and they share fewer than two words
    ("the NHS England leader" fits the "NHS England chief executive")."""
    heads = _role_heads(description)
    wanted = _role_words(description)
    words = set().union(*(_role_words(r) | _one_of(r) for r in roles)) if roles else set()
    words |= broader(words)  # "Ambassador X" is "the diplomat", "Justice X" "the judge"
    shared = len(wanted & words)
    return shared if (heads & words or shared >= 2) and (heads or shared >= 2) else None


def role_vocabulary(roles: Sequence[str]) -> set[str]:
    """The lower-case words of a person's roles, with the other spellings of their offices and the
    broader words news calls their holder by ("Ambassador" → "diplomat")."""
    words = set().union(*(_role_words(r) for r in roles)) if roles else set()
    return words | broader(words)


def ordered_words(text: str) -> list[str]:
    """The lower-case words in order, a rank and its office as one ("vice president")."""
    return _ordered_words(text)


def best_fit(description: str, candidates: Sequence[tuple[T, Sequence[str]]]) -> T | None:
    """The candidate whose roles the description fits best; None when none fits or two fit equally
    (an unnamed source is better than the wrong person)."""
    scored = sorted(
        (
            (fit, n, who)
            for n, (who, roles) in enumerate(candidates)
            if (fit := description_fit(description, roles)) is not None
        ),
        key=lambda x: -x[0],
    )
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][2]


def names_known(description: str, roles: Sequence[str]) -> bool:
    """Every capitalised word of a description before its head ("the Conservative leader", "the Kenyan
    diplomat") is in the person's roles: such a word says which party, country or body, and a person
    the article gave no such role may well be the other leader of the story."""
    known = set().union(*(_role_words(r) for r in roles)) if roles else set()
    words = _WORD.findall(description)
    for word in words[1:-1]:
        if word.lower() in _PREPOSITION:
            break
        if word[:1].isupper() and word.lower() not in known:
            return False
    return True


def says_no_other_body(description: str, roles: Sequence[str]) -> bool:
    """For the person named just after a description that spoke ("The two neighbours will sign a
    treaty, the Veldish president said. ¶ … President Anton Mareck said"): the description may say
    more than the roles written by the name, but not something else. A capitalised word the roles set
    before their office ("Labour leader") must be in the description: "the Conservative leader" is not
    the Labour leader named next. A person named with no role at all gets no such benefit of the
    doubt: tried, an official of a named department and a candidate of another country went to the
    next politician named bare."""
    known = names_known(description, roles)
    if known or not roles:
        return known
    wanted = _role_words(description)
    for role in roles:
        for word in _WORD.findall(role):
            low = word.lower()
            if low in _PREPOSITION:
                break
            if word[:1].isupper() and low not in wanted and not is_role_word(low) and low not in _RANKS:
                return False
    return True
