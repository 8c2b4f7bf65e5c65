"""Roles as the article gives them: cleaning appositives ("director of X, who ..."), titles before a
name ("Agriculture Secretary"), and roles stated in a sentence of their own ("Now he is dean of X")."""

from __future__ import annotations

import re

from ..wordlists import alternation, word_set
from .names import (
    DOCUMENT_NOUNS,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    is_agent_noun,
    is_role_word,
    tag_of,
)
from .role_clause import before_main_verb, judged_not_held, names_list, opens_with_verb, runs_into_verb
from .role_heads import (
    CLAUSE_OPENERS,
    before_modifiers,
    heads_a_name,
    role_head,
    role_length,
    titled_person,
)

MAX_ROLE_WORDS = 16
MAX_NAMED_WORDS = 30  # words of a role counting each of its names' words

# Where an appositive stops being a role: relative clauses, a quote, "said", a new clause.
_ROLE_END = re.compile(r"\s+" + alternation("role_end_words") + r"\b|[\ue000;:()\[\]\"“”]|\s[—–-]\s|,")
# "who has led the agency since 2019", "who had headed the unit": a post held up to now or then, where
# a bare past ("who led the march") may be one act
_HELD_POSTS = r"(?:headed|led|run|chaired|directed|managed|overseen|owned|represented|taught|coached|edited)"
# "who heads the intensive care unit": a role given by what the person does
_WHO_DOES = re.compile(
    r"^(?:who|which)\s+(?:(?:now|also|currently)\s+)?(?="
    + alternation("role_by_doing_verbs")
    + r"\b|(?:has|had)\s+(?:long\s+)?"
    + _HELD_POSTS
    + r"\b)",
    re.I,
)
# "who grows barley", "who teaches maths": any present-tense verb for what someone does, not what they
# say, think or want (those are speech or opinion, not a role)
_WHO_VBZ = re.compile(r"^(?:who)\s+(?:(?:now|also|currently)\s+)?(?=(?P<verb>[a-z]+s)\b)", re.I)
_NOT_DOING = word_set("not_doing_verbs")
# Adjectives English also uses as nouns for a person: "an independent from Vermont", "a longtime liberal".
NOMINAL_ADJECTIVES = word_set("role_nominal_adjectives")
# Lower-case words that open an aside between commas, never a role; "of", "from", "at", "for" may open
# one ("Jo Bell, of Leeds University,", "Jo Bell, for the defence,").
_ASIDE_OPENERS = word_set("speaker_prepositions") - {"of", "from", "at", "for"}


def says_what_they_do(text: str) -> bool:
    """ "who runs the bakery", "who has led the agency since 2019": a who-clause that gives a role by
    what the person does, as clean_role reads it."""
    return bool(_WHO_DOES.match(text) or _who_vbz(text))


def _who_vbz(text: str) -> re.Match[str] | None:
    match = _WHO_VBZ.match(text)
    if match is None:
        return None
    verb = match.group("verb").lower()
    # right after "who" a word in -s is a verb, though the lexicon may know it as a noun ("farms")
    return match if tag_of(verb) in ("VBZ", "NNS", "") and verb not in _NOT_DOING else None


_LEADING_WHO = re.compile(
    r"^(?:who|which)\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+", re.I
)
_TRAILING_JUNK = re.compile(r"[\s,.;:'’\"“”)\-–—]+$")
_LEADING_JUNK = re.compile(r"^[\s,.;:'’\"“”(\-–—]+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


# the place after the party may be a state or, for state lawmakers, a home town of up to three words
_PARTY = re.compile(r"^\(?[DRIL]-[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}\)?$")


def is_party_code(text: str) -> bool:
    """A US lawmaker's party and state or home town: "D-Mass.", "R-OH", "(I-Vt.)", "(R-New Berlin)",
    "D-San Antonio"."""
    return bool(_PARTY.match(text.strip().rstrip(",")))


def clean_role(raw: str | None, appositive: bool = False) -> str | None:
    """A role phrase trimmed of relative clauses and punctuation, or None when it names no role.

    `appositive`: the phrase stands between commas next to a name ("Carlos Slim, the tycoon,"), where
    any short noun phrase describes the person even without a job word."""
    if not raw:
        return None
    if is_party_code(raw):
        return raw.strip().strip("(),")
    text, does = _trimmed(raw, appositive)
    cut = before_main_verb(text) if not does else text
    if cut != text:
        cut = _TRAILING_JUNK.sub("", cut)
    words = _WORD.findall(cut)
    if not words or role_length(words) > MAX_ROLE_WORDS:
        return None
    if len(words) > MAX_ROLE_WORDS and (
        not appositive or len(words) > MAX_NAMED_WORDS or heads_a_name(words)
    ):
        return None  # long only by its names between commas: an organisation's, not a list of people
    if not does and not (_names_office(words) if cut != text else _names_role(words, appositive)):
        return None  # a piece cut from the verb it ran into ("her gender | is …") needs an office word
    text = cut
    if _clause_not_role(words, does, appositive):
        return None
    if re.search(r"\d{1,3}$", text) and len(words) == 1:
        return None
    workplace = re.sub(r"^(?:of|from)\s+(?:the\s+)?", "", text) if appositive and _of_named(words) else ""
    if workplace and is_org_name(workplace):
        # "Jo Bell, of the Royal Society,": the workplace as a name ("the … Society" would read as a
        # description of a firm); a home town keeps its "of" ("of Dover")
        text = workplace
    return text.strip()


def _trimmed(raw: str, appositive: bool) -> tuple[str, bool]:
    """The role's words without a leading "who is", a relative clause or the sentence it runs into, and
    whether it says what the person does ("who heads the unit")."""
    text = _LEADING_JUNK.sub("", raw)
    does = _WHO_DOES.match(text) or _who_vbz(text)
    if does:
        text = text[does.end() :]
    text = _LEADING_WHO.sub("", text)
    match = _ROLE_END.search(text)
    while match and _determiner_that(text, match):
        match = _ROLE_END.search(text, match.end())
    if match and appositive and _restrictive_who(text, match):
        # "the lawyer who represented the families": the clause says which lawyer, so it stays
        following = _ROLE_END.search(text, match.end())
        text = text[: following.start()] if following else text
    elif match:
        text = text[: match.start()]
    text = _TRAILING_JUNK.sub("", text)
    if text.endswith("Co") or text.endswith("Ltd") or text.endswith("Inc") or text.endswith("Corp"):
        text += "."  # "Co. Ltd." lost its final stop to the trimming above
    return text, bool(does)


_OF_THAT = re.compile(r"\b(?:of|in|at|for|from)$", re.I)


def _determiner_that(text: str, match: re.Match[str]) -> bool:
    """ "the president of that country": after a preposition "that" points, it opens no clause."""
    return match.group().strip().lower() == "that" and bool(_OF_THAT.search(text[: match.start()]))


def _names_office(words: list[str]) -> bool:
    return any(is_role_word(w.strip("."), plural=False) for w in role_head(words))


def _names_role(words: list[str], appositive: bool) -> bool:
    """An office or job heads the phrase ("director of the museum", not "the most of any candidate");
    between commas a short description of a person will do ("the tycoon", "Cortland resident")."""
    if _names_office(words) or _agent_role(words):
        return True
    if appositive and _descriptor_head(words):
        return True  # "Jo Bell, host of the morning show,": a noun news writes for a person's work
    if appositive and (_one_of(words) or _of_named(words)):
        return True
    return appositive and (_description(words) or _person_noun(words) or _post_at(words) or _org_name(words))


# "radio host", "pop star", "billionaire": nouns for a person's work or standing, written bare before a
# name like a title (role_left.py, speaker_after.py) or heading an appositive after it
DESCRIPTORS = word_set("role_descriptors")


def _descriptor_head(words: list[str]) -> bool:
    """A lower-case noun from role_descriptors heads the phrase before its first preposition."""
    head = before_modifiers(words)
    return bool(head) and head[-1].islower() and head[-1] in DESCRIPTORS


def _one_of(words: list[str]) -> bool:
    """ "one of the study authors", "one of several vocal critics on staff": one person of a group that
    a plural noun for people names."""
    if len(words) < 3 or words[0].lower() != "one" or words[1].lower() != "of":
        return False
    # "one of the people fleeing": a participle after the group's noun says more of it
    head = _before_participle(before_modifiers(words[2:]))
    last = head[-1].lower() if head else ""
    return last in _PLURAL_PEOPLE or (
        last.endswith("s") and (is_role_word(last) or _person_word(last[:-1]) or last in PEOPLE_NOUNS)
    )


# Plurals for people without an -s: "one of the people fleeing", "one of the men arrested".
_PLURAL_PEOPLE = frozenset({"people", "men", "women", "children"})


def _of_named(words: list[str]) -> bool:
    """ "Ella Marsh, of Dover,", "Jo Bell, of the Royal Society,": between commas after a name, "of" or
    "from" and a capitalised name say where the person lives or works ("Of Carson, …" opening a
    sentence is an aside about someone else)."""
    rest = words[2:] if len(words) > 2 and words[1].lower() == "the" else words[1:]
    if words[0] not in ("of", "from") or not rest or len(rest) > 8 or rest[0].lower() in NOT_NAMES:
        return False  # "of Monday", "from The …": a date or a function word, no name
    return rest[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _ORG_JOINERS for w in rest)


def _clause_not_role(words: list[str], does: bool, appositive: bool) -> bool:
    """The phrase is a clause or an aside, not what the person is."""
    if appositive and (runs_into_verb(words) or names_list(words) or titled_person(words)):
        return True  # "X, once the critic of Y has changed his tune": the piece runs into the main verb
    first = words[0]
    verb = tag_of(first) in _FINITE_TAGS or opens_with_verb(words)
    if not does and verb and not is_role_word(first) and not is_role_modifier(first):
        return True  # "said Mexico needs …", "quoted the …" are no roles; "managing partner" is
    if first.lower() in CLAUSE_OPENERS:
        return True  # "who toured the area by helicopter", "while 23 percent favored …": a clause
    if appositive and first in _ASIDE_OPENERS:
        return True  # "Abbott, in a letter to Opposition Leader Bill Shorten, said": an aside
    return not appositive and not does and judged_not_held(words)


# A barrister's side in a court report: "Mr Graham Russell, defending, said".
_COURT_SIDES = frozenset({"defending", "prosecuting", "mitigating"})


def court_side(text: str) -> str | None:
    """ "defending", "prosecuting": the side an advocate speaks for, written between commas."""
    side = text.strip()
    return side if side.lower() in _COURT_SIDES else None


def _restrictive_who(text: str, match: re.Match[str]) -> bool:
    """ "a nurse who worked in the ward", no comma before "who": the clause belongs to the role."""
    if match.group().strip().lower() != "who" or match.start() == 0 or text[match.start() - 1] == ",":
        return False
    head = _WORD.findall(text[: match.start()])
    verb = _WORD.findall(text[match.end() : match.end() + 40])[:1]
    if not head or not verb or not (is_role_word(head[-1], plural=False) or is_agent_noun(head[-1])):
        return False
    return tag_of(verb[0]) in ("VBD", "VBZ", "VBN") or verb[0].lower() in ("was", "is", "has", "had")


def _agent_role(words: list[str]) -> bool:
    """ "a seismologist at Tohoku University": an agent noun heading the phrase, before any preposition."""
    head = before_modifiers(words)
    return bool(head) and is_agent_noun(head[-1])


_FINITE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "MD"})
_DESCRIPTION_START = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _description(words: list[str]) -> bool:
    """ "the tycoon", "a mother of three", "the country's richest man": a short verbless noun phrase."""
    if words[0].lower() not in _DESCRIPTION_START or len(words) > 10:
        return False
    head = _before_participle(before_modifiers(words))
    if len(head) < 2 or len(head) > 6:
        return False
    if any(tag_of(w)[:2] in ("VB", "MD") and tag_of(w) not in ("VBG", "VBN") for w in head[1:]):
        return False
    if head[-1].lower() in DOCUMENT_NOUNS:
        return False  # "a 2013 study by economists": a document, not the person named after it
    last = tag_of(head[-1])
    # "a party data operative": a word after a noun modifier is the head noun, whatever the lexicon says
    # of it alone (adjectives stand before nouns, not after them)
    noun_after_noun = last == "JJ" and 2 < len(head) == len(words) and tag_of(head[-2]) in ("NN", "NNS")
    nominal = head[-1].lower() in NOMINAL_ADJECTIVES  # "an independent", "a longtime liberal"
    return last in ("", "NN", "NNS", "NNP") or head[-1][:1].isupper() or noun_after_noun or nominal


def _before_participle(head: list[str], nouns: frozenset[str] | None = None) -> list[str]:
    """ "a bank customer | based in Boston", "a pollster | working for the union": a participle after
    a noun for a person (or one of `nouns`) opens a reduced relative clause, which says more of them
    but is no head ("his words drowned by applause" describes no one)."""
    for n in range(2, len(head)):
        if tag_of(head[n]) not in ("VBN", "VBG"):
            continue
        # "an Iowa operative | currently working for …": an adverb may stand before the participle
        k = n - 1 if tag_of(head[n - 1]) != "RB" or n < 3 else n - 2
        noun = head[k].lower()
        if noun in nouns if nouns is not None else _person_word(noun):
            return head[: k + 1]
    return head


def _person_word(low: str) -> bool:
    """A noun for a person ("customer", "pollster"), not a thing with an agent's ending ("document")."""
    return low not in DOCUMENT_NOUNS and (
        is_role_word(low) or is_agent_noun(low) or low in PEOPLE_NOUNS or low in NOMINAL_ADJECTIVES
    )


_NOBODY = frozenset({"person", "family", "staff", "crowd", "source"})


def _person_noun(words: list[str]) -> bool:
    """ "Cortland resident", "a longtime voter": a short phrase ending in a noun for a person."""
    head = words[-1].lower()
    return len(words) <= 4 and head in PEOPLE_NOUNS and tag_of(head) in ("NN", "JJ") and head not in _NOBODY


_ORG_JOINERS = frozenset({"of", "for", "the", "and", "&"})


def _org_name(words: list[str]) -> bool:
    """ "Sinai Hospital", "Centre for Disease Control": a capitalised name ending with an organisation
    word, set off after a person's name, is where the person works."""
    if not words[-1][:1].isupper() or words[-1].lower() not in ORG_NOUNS | ORG_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in _ORG_JOINERS for w in words) and words[0][:1].isupper()


def is_org_name(text: str) -> bool:
    """ "Harbour University", "University of Leeds School of Law": a name holding an organisation
    word, not a place ("Vermont") nor a headline that ran into a name."""
    words = _WORD.findall(text)
    if not words or len(words) > 6 or any(tag_of(w.lower()) in ("VBZ", "VBD", "VBG", "MD") for w in words):
        return False  # "… Receives More Bad News After …": a headline, not a name
    return any(_org_noun(w.lower()) for w in words) and all(
        w[:1].isupper() or w.lower() in _ORG_JOINERS for w in words
    )


def _org_noun(low: str) -> bool:
    return low in ORG_WORDS or low in ORG_NOUNS or (low.endswith("s") and low[:-1] in ORG_WORDS)


def _post_at(words: list[str]) -> bool:
    """ "landlord of the Bradford Arms", "owner of Blue Lion Cafe": a noun for a post at a named place."""
    if len(words) < 3 or words[1].lower() not in ("of", "at") or not words[0].islower():
        return False
    named = words[3] if words[2].lower() == "the" and len(words) > 3 else words[2]
    return tag_of(words[0]) in ("NN", "") and named[:1].isupper()


def is_org_description(role: str) -> bool:
    """ "the German container carrier", "a Lagos-based lender": a phrase whose head is an organisation
    noun describes a firm, so the name it stands beside is not a person."""
    words = [w.lower() for w in _WORD.findall(role)]
    if not words or words[0] not in _DESCRIPTION_START:
        return False
    head: list[str] = []
    for word in _before_participle(words, ORG_NOUNS)[1:]:
        if word in ("at", "of", "for", "with", "from", "in", "on", "to", "by", "that", "which"):
            break
        head.append(word)
    if not head or any(w.endswith(("'s", "’s")) for w in head):
        return False  # "the company's founder" describes a person by a firm
    last = head[-1]
    return last in ORG_NOUNS or (last.endswith("s") and last[:-1] in ORG_NOUNS)


def is_role_modifier(word: str) -> bool:
    low = word.lower()
    return low in ROLE_MODIFIERS or low in ROLE_WORDS


# "X is / was / has been / became / serves as ROLE", "X being named ROLE", "X was appointed ROLE".
COPULA = re.compile(
    r"^\s*(?:,\s*\d{1,3}\s*,\s*)?(?:(?:now|currently|also|today|since\s+then)\s*,?\s+)?"
    + alternation("copula_verbs")
    + r"\s+(?:as\s+)?(?P<role>(?:(?:a|an|the)\s+)?[\w'’\-]+(?:\s+[\w'’\-.&]+){0,14})",
    re.I,
)
