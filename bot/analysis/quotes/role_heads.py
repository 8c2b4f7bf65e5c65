"""The structure of a role phrase: its head (the words outside its prepositional phrases and
clauses), its length with each organisation's name counted as one word, and the heads that make it
no role of the person beside it (a clause, another person named with their office)."""

from __future__ import annotations

from itertools import pairwise

from ..wordlists import word_set
from .names import is_first_name, is_role_word, tag_of

# Where the head of a role phrase ends: "a seismologist | at Tohoku University".
HEAD_END = frozenset({"at", "of", "for", "with", "from", "in", "on", "to", "by", "about", "near", "since"})


def role_head(words: list[str]) -> list[str]:
    """The words of a role phrase outside its prepositional phrases: "aide [to Mr. Clinton] and senior
    vice president [for public affairs]"; a preposition inside a capitalised name ("University of
    Washington professor") opens none, and "one of the study authors" is headed by what it is one of."""
    if len(words) > 2 and words[0].lower() in ("one", "among") and words[1].lower() == "of":
        words = words[2:]
    head: list[str] = []
    inside = False
    for n, word in enumerate(words):
        low = word.lower()
        if low in HEAD_END and not _in_name(words, n):
            inside = True
        elif low == "and":
            inside = False
        elif not inside:
            head.append(word)
    return head


def _in_name(words: list[str], n: int) -> bool:
    return 0 < n < len(words) - 1 and words[n - 1][:1].isupper() and words[n + 1][:1].isupper()


# A relative pronoun closes the noun phrase as a preposition does: "a pollster [who worked for X]".
HEAD_CLOSERS = HEAD_END | {"who", "whose", "which", "that"}


def before_modifiers(words: list[str], closers: frozenset[str] = frozenset()) -> list[str]:
    """The noun phrase's words before its first prepositional phrase or relative clause."""
    head: list[str] = []
    for word in words:
        if word.lower() in HEAD_CLOSERS or word.lower() in closers:
            break
        head.append(word)
    return head


# Lower-case words inside an organisation's name: "University of Leeds", "Centre for Disease Control".
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "the", "on", "in", "de"})


def role_length(words: list[str]) -> int:
    """Words of a role phrase, a capitalised name counting as one: a long role is a clause, but an
    office at "the State Key Laboratory for Conservation of Forests" is long only by its name."""
    length = 0
    for n, word in enumerate(words):
        in_name = n > 0 and words[n - 1][:1].isupper() and word[:1].isupper()
        joined = word.lower() in _NAME_JOINERS and 0 < n < len(words) - 1 and words[n + 1][:1].isupper()
        if not in_name and not (joined and words[n - 1][:1].isupper()):
            length += 1
    return length


# Words that open a clause, never a role; "as" may open one ("X, as chairman of the committee, said").
CLAUSE_OPENERS = word_set("clause_words") - {"as"}
# Those that open a subordinate clause, which a role may follow: "while the CEO of the group, NAME, said"
SUBORDINATORS = CLAUSE_OPENERS - {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "or",
    "but",
    "so",
    "than",
    "whether",
}


# Where the head of a piece ends, for finding a person named in it: "an official under President X"
_PERSON_CLOSERS = frozenset({"under", "during", "between", "against", "including", "like"})


def titled_person(words: list[str]) -> bool:
    """ "X, former Arkansas governor Mike Huckabee and …", "X, Foreign Minister James Okello": an
    office then a first name and surname at the head of the piece name another person, not X's role
    ("a spokeswoman for Sen. Tom Lee" names her by whom she speaks for, outside the head)."""
    head = before_modifiers(words, _PERSON_CLOSERS)
    return any(
        is_role_word(office)
        and is_first_name(first)
        and last[:1].isupper()
        and not last.endswith(("'s", "’s"))
        for office, first, last in zip(head, head[1:], head[2:], strict=False)
    )


def heads_a_name(words: list[str]) -> bool:
    """ "Jo Bell, former defence secretary Tom Lee and …": a first name and surname at the head of the
    piece (outside its prepositional phrases) make it the next person of a list, not a role."""
    head = role_head(words)
    return any(is_first_name(a) and b[:1].isupper() for a, b in pairwise(head))


# The determiners that open a noun phrase (a possessive "the country's" opens one too).
NP_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
# Prepositions that tie a phrase to its clause, not to a post: "after | the minister" ("head of",
# "spokesman for", "professor at" keep the phrase after them inside the role).
_CLAUSE_PREPOSITIONS = frozenset(
    {"after", "before", "by", "during", "following", "against", "amid", "among", "despite", "like", "than"}
)


def opens_noun_phrase(word: str) -> bool:
    low = word.lower()
    return low in NP_OPENERS or low.endswith(("'s", "’s"))


def clause_then_phrase(words: list[str]) -> int:
    """Where the noun phrase at the end of a comma piece starts when a clause runs into it ("Talks
    stalled soon after | the president of that country, NAME, …"): after the first clause
    preposition with no office before it and a determiner after it; 0 when none."""
    after_verb = _object_after_verb(words)
    if after_verb:
        return after_verb
    for n, word in enumerate(words[:-1]):
        if is_role_word(word, plural=False):
            return 0  # "the head of emergencies at the agency": the office comes first
        if word.lower() in _CLAUSE_PREPOSITIONS and opens_noun_phrase(words[n + 1]):
            return n + 1
    return 0


def _object_after_verb(words: list[str]) -> int:
    """ "The judge said | the second witness, NAME, …": a finite verb with a noun phrase after it makes
    the piece a clause whose object is the appositive; where that object starts, or 0."""
    for n in range(len(words) - 2, 0, -1):
        low = words[n].lower()
        if low == "that" and opens_noun_phrase(words[n + 1]):
            # "The spokesman said that | the state commissioner, NAME, …": the clause "that" opens
            # holds the appositive, whatever comes before it
            return n + 1
        if words[n].islower() and tag_of(low) in ("VBD", "VBZ", "VBP") and not is_role_word(low):
            return n + 1 if opens_noun_phrase(words[n + 1]) else 0
    return 0


_SPEECH = word_set("speech_verbs", "speech")


def speaks_itself(words: list[str]) -> bool:
    """ "(At a meeting with Ana Ruiz,) the president said that …": the comma piece after a name is a
    noun phrase with a speech verb of its own, the subject of a new clause, no appositive of the name
    (a relative clause, "the minister who said", would be one)."""
    for word in words[1:]:
        low = word.lower()
        if low in ("who", "whose", "which", "that"):
            return False
        if word.islower() and low in _SPEECH and tag_of(low) in ("VBD", "VBZ"):
            return True
    return False


_GOVERNING = word_set("speaker_prepositions")


def follows_preposition(before: list[str]) -> bool:
    """The words `before` a name end in a preposition, perhaps with a title and determiner after it
    ("with the German Chancellor"): the name is its object, no subject."""
    for word in reversed(before):
        if word.lower() in _GOVERNING:
            return True  # "With" opening the sentence too
        if not (word[:1].isupper() or word.lower() in ("the", "a", "an")):
            return False
    return False
