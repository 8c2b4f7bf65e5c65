"""What may stand between a named subject and its speech verb without taking its place: a chain of
prepositional phrases ("NAME from the district court in Harbourton said"), a firm whose name holds
"and" ("NAME of Hale and Sons said") and an -ing phrase without its commas ("NAME speaking to
reporters on Friday said"). The organisation or place nearest the verb is no speaker there."""

from __future__ import annotations

from collections.abc import Callable

from .name_runs import run_left
from .names import tag_of
from .rules import RoleEvidence, RoleRule
from .speaker_phrases import _NP_PREPOSITIONS, _name_speaker
from .speech_tokens import Speaker, Token, _index_at, _is_name_token, _rejoin

SubjectLeft = Callable[[list[Token], int, int, int], list[Speaker]]

# "Tom Lee in Leeds said", "NAME from the district court in Harbourton said": a place's preposition
PLACE_PREPOSITIONS = frozenset({"in", "on", "near"})
_PHRASE_VERB_TAGS = ("VB", "MD", "IN", "CC", "WDT", "WP", "TO", "PRP")


def person_before_phrases(
    tokens: list[Token], p: int, org: Speaker, lo: int, sentence_first: int
) -> Speaker | None:
    """ "presiding judge NAME from the district court in Harbourton noted": the organisation or place
    before the verb closes a chain of prepositional phrases (up to three, each a lower-case noun
    phrase) after a person's name, so the person speaks, with the chain as their affiliation. The
    person must open the clause ("During the trial, NAME …"), not stand in a phrase of their own
    ("a spokesman for Mayor Jo Bell from the council in Leeds said")."""
    j = p  # a preposition
    for _ in range(3):
        i = j - 1
        while (
            i >= lo
            and j - 1 - i < 5
            and tokens[i].is_word
            and tokens[i].text.islower()
            and tokens[i].low not in _NP_PREPOSITIONS | PLACE_PREPOSITIONS
            and not tag_of(tokens[i].low).startswith(_PHRASE_VERB_TAGS)
        ):
            i -= 1
        if i < lo:
            return None
        if i == j - 1:
            if not _is_name_token(tokens[i]):
                return None
            person = _name_speaker(tokens, run_left(tokens, i, lo), j, lo, sentence_first)
            if person is None or person.kind != "name" or person.name is None or person.name.kind != "person":
                return None
            before = _index_at(tokens, person.start) - 1
            if before >= lo and tokens[before].is_word and _joins_phrase(tokens[before]):
                return None
            affiliation = _rejoin(tokens, j + 1, _index_at(tokens, org.end))
            person.roles.append(RoleEvidence(tokens[j + 1].start, affiliation, RoleRule.AFFILIATION))
            person.end = org.end
            return person
        if tokens[i].low not in _NP_PREPOSITIONS | PLACE_PREPOSITIONS:
            return None
        j = i
    return None


def bare_place(speaker: Speaker) -> bool:
    """A one-word name with nothing to say it is a person's ("in Leeds said"): a place, maybe."""
    parse = speaker.name
    return (
        speaker.kind == "name"
        and parse is not None
        and parse.kind == "single"
        and not (parse.evidence or parse.honorific or parse.role or speaker.roles)
    )


def _joins_phrase(tok: Token) -> bool:
    """A word before a name that makes it the object of something else: a preposition, a conjunction,
    a finite verb ("for Mayor Jo Bell", "met Jo Bell")."""
    low = tok.low
    return low in _NP_PREPOSITIONS | PLACE_PREPOSITIONS or tag_of(low).startswith(
        ("IN", "TO", "CC", "VBD", "VBZ", "VBP", "MD")
    )


def firm_with_and(
    tokens: list[Token], a: int, speaker: Speaker, lo: int, sentence_first: int
) -> Speaker | None:
    """ "Richard Hale of Hale and Sons said": the "and" joins the words of a firm named after a person
    ("NAME of ORG"), not two speakers; the person speaks and the whole firm is their affiliation. Not
    when the words after "and" name a person too ("Jo Bell of Acme and Tom Lee said")."""
    if a - 2 < lo or tokens[a - 1].low != "and" or not _is_name_token(tokens[a - 2]):
        return None
    if speaker.kind == "name" and (speaker.name is None or speaker.name.kind != "single" or speaker.roles):
        return None
    before = _name_speaker(tokens, run_left(tokens, a - 2, lo), a - 1, lo, sentence_first)
    parse = before.name if before is not None else None
    if before is None or parse is None or parse.kind != "person" or not parse.affiliation:
        return None
    if parse.start < tokens[run_left(tokens, a - 2, lo)].start or parse.end > tokens[a - 2].end:
        return None
    firm = f"{parse.affiliation} and {speaker.text}"
    before.roles = [r for r in before.roles if r.rule is not RoleRule.AFFILIATION]
    before.roles.append(RoleEvidence(parse.end + 1, firm, RoleRule.AFFILIATION))
    before.end = speaker.end
    return before


def opening_subject(tokens: list[Token], found: list[Speaker], lo: int) -> list[Speaker]:
    """`found`, when its one speaker opens the clause (at its start or after a comma) and holds no
    finite verb when it names nobody ("The mayor addressed families who …" is no speaker; a role before a
    name, "harbour board chairman NAME", may hold a word that is also a verb)."""
    if len(found) != 1:
        return []
    first = _index_at(tokens, found[0].start)
    words = tokens[first : _index_at(tokens, found[0].end)] if found[0].kind != "name" else []
    if any(t.text.islower() and tag_of(t.low).startswith(("VBD", "VBN", "VBZ", "VBP", "MD")) for t in words):
        return []
    return found if first <= lo or tokens[first - 1].text == "," else []


_PHRASE_REACH = 16  # words an -ing phrase may take: "speaking to this reporter recently in his community"
# "NAME while visiting the site said": a conjunction may open the -ing phrase
_ING_OPENERS = frozenset({"while", "when", "after", "before"})
# words that close the subject's clause before the verb: "Fans cheering NAME and …", "… that …"; not
# the shared clause_words list, which holds the conjunctions ("while", "after") that may open the phrase
_SUBJECT_CLOSERS = frozenset({"and", "but", "or", "that", "which", "who", "whom", "whose"})


def person_before_participle(
    tokens: list[Token], k: int, lo: int, sentence_first: int, subject_left: SubjectLeft
) -> list[Speaker]:
    """ "Chairman NAME speaking to reporters at the market on Friday said", "NAME while touring the
    site said": an -ing phrase the writer did not set off by commas stands between a person and the
    verb; the person speaks, not a place or body named inside the phrase. The person must open the
    clause and the -ing word follow the name directly ("Fans cheering NAME said" has no such phrase)."""
    j = k
    while j > lo and k - j < _PHRASE_REACH:
        tok = tokens[j]
        if not tok.is_word or tok.low in _SUBJECT_CLOSERS:
            return []
        if tok.text.islower() and tok.low.endswith("ing") and tag_of(tok.low) == "VBG":
            break
        j -= 1
    else:
        return []
    e = j - 1
    if e > lo and tokens[e].low in _ING_OPENERS:
        e -= 1
    if e < lo or not _is_name_token(tokens[e]):
        return []
    # "a crowd greeting NAME speaking …": the name is no subject
    found = opening_subject(tokens, subject_left(tokens, e, lo, sentence_first), lo)
    if not found or found[0].kind != "name" or found[0].name is None:
        return []
    return found if found[0].name.kind in ("person", "single") else []
