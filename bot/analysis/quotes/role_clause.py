"""Where a role phrase stops being a role and becomes a clause: it runs into the sentence's verb ("Jo
Bell, the minister of culture also evaluated the plan"), lists other people ("Compton, Whittington and
Commissioner Tom Lee supported it"), or judges rather than names a post ("is not the first candidate to
…", "is expected to …")."""

from __future__ import annotations

import re
from itertools import pairwise

from .names import is_role_word, tag_of

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# Words after a past participle that make it the main verb with its object ("evaluated the plan"),
# not a participle describing the person ("appointed by", "based in").
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "that", "this", "these", "his", "her", "their", "its", "them", "him", "it"}
)
# Words after which a past form opens no clause: a determiner or preposition starts a noun phrase, so
# "the recognised government", "of dismissed workers" hold a participle used as an adjective.
_NOUN_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"}
    | {"of", "for", "at", "in", "from", "with", "by", "to", "on"}
)
_DANGLING = re.compile(r"[\s,]+(?:and|or|but)$")
_RELATIVES = frozenset({"who", "whose", "which", "that", "whom"})
# Adverbs that may open a role: "then a senator", "formerly head of the bank".
_ROLE_ADVERBS = frozenset(
    {"formerly", "once", "then", "previously", "currently", "now", "also", "still", "long"}
)


def before_main_verb(text: str) -> str:
    """The role before the main verb it runs into when its closing comma is missing: "the Minister of
    Creative Industries also evaluated the activities" → "the Minister of Creative Industries"."""
    matches = list(_WORD.finditer(text))
    for n in range(1, len(matches)):
        word = matches[n].group()
        if word.lower() in _RELATIVES:
            return text  # "the lawyer who represented …": a relative clause, cut elsewhere
        following = matches[n + 1].group().lower() if n + 1 < len(matches) else ""
        if word.islower() and _main_verb(word, following):
            k = n
            while k - 1 > 0 and tag_of(matches[k - 1].group()) == "RB" and matches[k - 1].group().islower():
                k -= 1  # "also evaluated": the adverb belongs to the verb
            between = text[matches[k - 1].end() : matches[k].start()]
            if matches[k - 1].group().lower() in _NOUN_OPENERS and not between.strip():
                continue  # "the spokesman for the (internationally) recognised government": a modifier
            kept = text[: matches[k].start()].rstrip()
            return _DANGLING.sub("", kept)  # "a historian and | runs the website"
    return text


def _main_verb(word: str, following: str) -> bool:
    tag = tag_of(word)
    if is_role_word(word) or tag in ("", "NN", "NNS", "JJ"):
        return False
    # a participle ending the piece was cut from its object ("stated | that …")
    return tag in ("VBD", "VBZ") or (tag == "VBN" and (following in _OBJECT_OPENERS or not following))


def opens_with_verb(words: list[str]) -> bool:
    """ "quoted the organisation's media manager": a verb with its object, not a role."""
    return len(words) > 1 and tag_of(words[0]) in ("VBD", "VBN") and words[1].lower() in _OBJECT_OPENERS


def names_list(words: list[str]) -> bool:
    """ "Whittington and Commissioner Tom Lee": the piece after a name goes on with more names, a list
    of people, not a role."""
    if len(words) < 3 or not words[0][:1].isupper() or is_role_word(words[0]):
        return False
    # "Whittington and …", "Carly Fiorina or Mike Huckabee": a name (one or two words) joined to the next
    return words[1] in ("and", "or") or (words[1][:1].isupper() and words[2] in ("and", "or"))


def judged_not_held(words: list[str]) -> bool:
    """A phrase after "is" that judges the person rather than names a post: "not the first candidate
    to …", "almost certain to be the nominee", "expected to win", "running for governor"."""
    first = words[0].lower()
    tag = tag_of(first)
    if tag.startswith("RB") and first not in _ROLE_ADVERBS:
        return True
    if (
        tag in ("VBN", "VBG")
        and not is_role_word(first)
        and len(words) > 1
        and words[1].lower() in _AFTER_PARTICIPLE
    ):
        return True
    return any(a.lower() == "to" and tag_of(b).startswith("VB") and b.islower() for a, b in pairwise(words))


_AFTER_PARTICIPLE = frozenset({"to", "by", "in", "as", "at", "for", "with", "on", "from", "about"})


# Auxiliaries that make a comma piece a clause rather than a role (a relative "who" clause is cut first).
_CLAUSE_VERBS = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})


def runs_into_verb(words: list[str]) -> bool:
    """A name then an auxiliary, before any relative pronoun: "once the critic of Prime Minister Tom Lee
    has changed his tune" (no closing comma); "a strategist who has worked …", "the minister at the
    time the tax was introduced" stay roles."""
    for before, word in pairwise(words):
        low = word.lower()
        if low in ("who", "whose", "which", "that"):
            return False
        if low in _CLAUSE_VERBS and before[:1].isupper():
            return True  # a name then "has": the subject of the sentence's verb, not the appositive's
    return False
