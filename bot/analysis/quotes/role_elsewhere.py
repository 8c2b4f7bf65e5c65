"""A role the article gives in another sentence than the one naming the person.

News often describes a person in one sentence and names them in the next: "The UN envoy for the
region warned on Monday that …. ¶ Jo Bell told reporters …" (the description first) or "Jo Bell
thanked her fans …. ¶ The 64-year-old singer spent …" (the name first). A description whose head is
a noun for one person, standing as a clause's subject, is the person named just after it when nobody
else is named between, or (a definite one, "the …") the one person named in the sentences just
before it. Only for a person who speaks and whom the article gives no role anywhere else: a role
written beside the name always says more, and the link is the same one a reader makes for "the
minister said".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document
from .names import ORG_NOUNS, PEOPLE_NOUNS, is_agent_noun, is_role_word, is_verb, name_content, tag_of
from .office_back import introduced_unnamed, office_head
from .people import Person
from .pronoun import looks_personal
from .role_fit import description_fit
from .rules import RoleEvidence, RoleRule
from .speaker_described import KIN_NOUNS
from .speech_tokens import Token, tokenize

_MAX_MODIFIERS = 6  # words between the determiner and the head: "the U.N. special envoy"
_MAX_TAIL = 8  # words of the phrase after the head: "of emergencies at the World Health Organization"
_TAIL_OPENERS = frozenset(["of", "for", "at", "in", "from", "with", "on"])
_OTHER = frozenset(["other", "another", "second", "third", "new", "incoming", "outgoing", "one", "each"])
_DASHES = frozenset(["-", "—", "–"])
_DOERS = ("er", "or", "ist", "ian")
# words after which a clause, and so its subject, begins
_CLAUSE_OPENERS = frozenset(
    ["after", "when", "as", "while", "because", "since", "before", "until", "but", "and"]
)
_INVERTS = frozenset(["said", "says", "wrote", "added", "told", "explained", "noted", "continued"])
# "cut", "put", "set": past forms the lexicon tags as the base form
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD", "VB"])
_AGE = re.compile(r"^\d{1,3}-year-old$")
# the name as the object of a preposition ("In an interview with Jo Bell, Ana Ruiz said")
_AFTER_PREPOSITION = re.compile(r"\b(?:with|by|to|for|of|from|against|at|on|about|than)\s+$", re.I)
# a description that says which person: an age, or a capitalised word ("the Vermont senator")
_SAYS_WHICH = re.compile(r"\b\d{1,3}-year-old\b|^\S+\s+(?:\S+\s+)*?[A-Z]")
# nouns for a person that say nothing of who they are
_NO_ROLE = frozenset(["source", "person", "people", "man", "woman", "someone", "somebody", "family", "staff"])
REACH = 2  # sentences between a description and the name it is linked to


@dataclass(frozen=True, slots=True)
class Description:
    """ "The U.N. special envoy for Syria" opening a clause: its words, offsets and sentence."""

    text: str
    start: int
    end: int
    sentence: int
    definite: bool


def _singular_person(token: Token) -> bool:
    """A noun for one person: an office, a person's noun, or a doer's noun ("singer", "tactician")
    that names no firm ("carrier") nor a thing ("incident")."""
    low = token.low
    if _AGE.match(low):
        return True  # "the 38-year-old"
    if token.is_cap and is_role_word(token.text, plural=False) and not low.endswith("s"):
        return True  # "The Taoiseach recognizes", "the Prime Minister visited": an office as a title
    if not token.text.islower() or low in _NO_ROLE:
        return False
    if low.endswith("s") and (is_role_word(low[:-1]) or low[:-1] in PEOPLE_NOUNS):
        return False  # "officials" are many
    if is_role_word(low, plural=False) or low in PEOPLE_NOUNS or low in KIN_NOUNS:
        return True
    return is_agent_noun(low) and low.endswith(_DOERS) and low not in ORG_NOUNS


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """A finite verb at k, or an adverb then one ("also sought"), or "who" opening a relative clause:
    the description is a subject."""
    if k < len(tokens) and tokens[k].low == "who":
        return True
    if k < len(tokens) and tag_of(tokens[k].low) == "RB" and tokens[k].text.islower():
        k += 1
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return tok.text.islower() and is_verb(tok.low) and tag_of(tok.low) in _FINITE_TAGS


def _ends_phrase(tokens: list[Token], k: int) -> bool:
    """After an inverted speech verb ("…,” wrote the singer."), the description ends the clause."""
    return k >= len(tokens) or tokens[k].text in (",", ".", ";") or tokens[k].low == "who"


def _description_at(tokens: list[Token], i: int, inverted: bool) -> tuple[int, bool] | None:
    """The end token of a description that opens at i and is the subject of the verb after it (or,
    `inverted`, of the speech verb before it), and whether it is definite; or None."""
    opener = tokens[i]
    if opener.low in ("the", "a", "an"):
        definite = opener.low == "the"
    elif opener.is_cap and opener.low.endswith(("'s", "’s")) and not inverted:
        definite = True  # "Kenya's health minister"
    else:
        return None
    ends = _ends_phrase if inverted else _verb_follows
    for h in range(i + 1, min(i + 2 + _MAX_MODIFIERS, len(tokens))):
        tok = tokens[h]
        if not tok.is_word or tok.low in _OTHER or (tok.text.islower() and is_verb(tok.low)):
            return None
        if not _singular_person(tok):
            continue
        if ends(tokens, h + 1):
            return h, definite
        if h + 1 < len(tokens) and tokens[h + 1].low in _TAIL_OPENERS:
            for t in range(h + 2, min(h + 2 + _MAX_TAIL, len(tokens))):
                if not tokens[t].is_word:
                    return (t - 1, definite) if inverted and ends(tokens, t) else None
                if ends(tokens, t + 1):
                    return t, definite
        if not _AGE.match(tok.low):
            return None  # the age of "the 64-year-old singer" is a modifier
    return None


def _openings(tokens: list[Token]) -> list[tuple[int, bool]]:
    """Where a clause's subject may stand, and whether after an inverted speech verb: the sentence's
    start, after a dateline ("RIYADH -") or a comma ("On Monday, the …"), after a word that opens a
    clause ("after the analyst cut …"), after a quote and its speech verb ("…,” wrote the singer")."""
    found = [(0, False)]
    for n, tok in enumerate(tokens[:-1]):
        if tok.text in _DASHES or tok.text == "," or tok.low in _CLAUSE_OPENERS:
            found.append((n + 1, False))
        elif n >= 1 and tok.low in _INVERTS and (tokens[n - 1].is_mask or tokens[n - 1].text == ","):
            found.append((n + 1, True))
    return found


def descriptions(doc: Document) -> list[Description]:
    """Every description of one person that opens a clause, in text order."""
    found: list[Description] = []
    for sentence in doc.sentences:
        if sentence.is_heading:
            continue
        tokens = tokenize(doc.masked[sentence.start : sentence.end], sentence.start)
        for i, inverted in _openings(tokens):
            parsed = _description_at(tokens, i, inverted)
            if parsed is None:
                continue
            end, definite = parsed
            a, b = tokens[i].start, tokens[end].end
            found.append(Description(doc.text[a:b], a, b, sentence.index, definite))
    return found


def _mentions(doc: Document, person: Person) -> list[int]:
    """Where the person is named: each word of their name that identifies them, outside quotes."""
    words = [w for w in name_content(person.tokens) if len(w) > 1 and w[:1].isupper()]
    if not words:
        return [person.first]
    pattern = r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"
    return sorted({person.first, *(m.start() for m in re.finditer(pattern, doc.masked))})


def _window(doc: Document, desc: Description) -> int:
    """Where the sentences a description may refer back to begin."""
    window = doc.sentence(max(0, desc.sentence - REACH))
    return window.start if window is not None else 0


def _sentence_of(doc: Document, pos: int) -> int:
    sentence = doc.sentence_at(pos)
    return sentence.index if sentence is not None else -1


def role_elsewhere(
    doc: Document,
    found: Sequence[Description],
    person: Person,
    persons: Sequence[Person],
    roles: dict[int, list[RoleEvidence]],
) -> RoleEvidence | None:
    """The description among `found` (descriptions(doc)) that gives `person`'s role, or None."""
    persons = [p for p in persons if p.ident == person.ident or looks_personal(p)]  # not "Back Bay"
    named = {p.ident: _mentions(doc, p) for p in persons}
    for desc in found:
        if _names_it(doc, desc, named, person, persons, roles):
            return RoleEvidence(desc.start, desc.text, RoleRule.DESCRIBED_ELSEWHERE)
    return None


def _names_it(
    doc: Document,
    desc: Description,
    named: dict[int, list[int]],
    person: Person,
    persons: Sequence[Person],
    roles: dict[int, list[RoleEvidence]],
) -> bool:
    own = named[person.ident]
    others = [pos for p in persons if p.ident != person.ident for pos in named[p.ident]]
    outside = [pos for pos in others if not desc.start <= pos < desc.end]
    earlier = [p for p in persons if p.first < desc.start and p.ident != person.ident]
    if any(description_fit(desc.text, [r.text for r in roles[p.ident]]) is not None for p in earlier):
        return False  # "the minister" fits the Finance Minister named before
    # people named without a role just before the description: it may refer back to them
    roleless = [pos for p in earlier if not roles[p.ident] for pos in named[p.ident] if pos < desc.start]
    if any(desc.start <= pos < desc.end for pos in own):
        return False  # "The 27-year-old Bell": the name's own title, read beside it
    first = own[0]
    if first > desc.end:
        # the name after the description: soon, nobody named between them, nor just before the
        # description (it would refer back to them); someone named in the description's own clause
        # ("The minister praised Jo Bell") is not the one it describes
        sentence = _sentence_of(doc, first)
        here = doc.sentence(desc.sentence)
        since = here.end if here is not None else desc.end
        return (
            desc.sentence < sentence <= desc.sentence + REACH
            and not any(since <= pos < first or _sentence_of(doc, pos) == sentence for pos in outside)
            and not any(_window(doc, desc) <= pos for pos in roleless if pos not in own)
            and not _AFTER_PREPOSITION.search(doc.masked[max(0, first - 12) : first])
        )
    if not desc.text.lower().startswith("the ") or not _SAYS_WHICH.search(desc.text):
        return False  # "the judge" after "Bell sat down" may be anyone in the room
    latest = max(pos for pos in own if pos < desc.start)
    if not desc.sentence - REACH <= _sentence_of(doc, latest) < desc.sentence:
        return False  # named long before, or in the same sentence ("Bell said that the minister …")
    if any(_window(doc, desc) <= pos < desc.start for pos in outside) or any(
        pos not in own for pos in roleless
    ):
        return False  # someone else named lately, or anyone named before without a role
    head = office_head(desc.text.split())
    return not introduced_unnamed(head, doc.masked[: desc.start])
