"""Stage 1: scan each sentence for speech attributions, transcript labels, person mentions and the
roles written next to them or stated with a verb."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..models import Sentence
from .attribution import find_attributions
from .colon_frame import colon_attributions
from .document import Copula, Document, Mention
from .framing import framing_attributions
from .name_runs import parse_run, run_right
from .names import (
    ORG_NOUNS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    is_role_word,
    name_content,
    name_key,
    tag_of,
)
from .offices import lone_office, office_only
from .participles import participle_attributions
from .people import People, Person, honorific_gender
from .role_doing import role_by_doing
from .roles import COPULA, clean_role
from .roles_beside import roles_beside_name
from .rules import RoleEvidence, RoleRule
from .speech_tokens import Attribution, NameParse, Token, _index_at, _is_name_token, tokenize
from .transcript import transcript_attribution


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """What the sentences say before any speaker is resolved."""

    attributions: tuple[Attribution, ...]
    by_sentence: Mapping[int, tuple[Attribution, ...]]
    mentions: Mapping[int, tuple[Mention, ...]]
    copulas: tuple[Copula, ...]
    workplaces: frozenset[str]  # name keys of names seen as where people work: "analysts at X"
    people: People  # everyone named so far; resolving speakers adds to it


def scan_sentences(doc: Document) -> SentenceScan:
    people = People()
    attributions: list[Attribution] = []
    by_sentence: dict[int, tuple[Attribution, ...]] = {}
    mentions: dict[int, tuple[Mention, ...]] = {}
    copulas: list[Copula] = []
    workplaces: set[str] = set()
    seen_paragraphs: set[int] = set()
    for sentence in doc.sentences:
        tokens = tokenize(doc.masked[sentence.start : sentence.end], sentence.start)
        found: list[Attribution] = []
        if sentence.paragraph not in seen_paragraphs:
            seen_paragraphs.add(sentence.paragraph)
            label = transcript_attribution(doc, sentence, people)
            if label is not None:
                found.append(label)
        if not sentence.is_heading:
            found += find_attributions(doc.masked, sentence.start, sentence.end, sentence.index, tokens)
            found += participle_attributions(tokens, found, sentence.index)
            found += framing_attributions(tokens, found, sentence.index)
            found += colon_attributions(doc.text, tokens, found, sentence.index)
        named = _mentions(doc, sentence, tokens, people, copulas, workplaces)
        if named:
            mentions[sentence.index] = tuple(named)
        if found:
            by_sentence[sentence.index] = tuple(found)
            attributions += found
    return SentenceScan(
        attributions=tuple(attributions),
        by_sentence=MappingProxyType(by_sentence),
        mentions=MappingProxyType(mentions),
        copulas=tuple(copulas),
        workplaces=frozenset(workplaces),
        people=people,
    )


def _mentions(
    doc: Document,
    sentence: Sentence,
    tokens: list[Token],
    people: People,
    copulas: list[Copula],
    workplaces: set[str],
) -> list[Mention]:
    """Person names outside quotes, with roles next to them and whether they open a clause."""
    n = len(tokens)
    i = 0
    out: list[Mention] = []
    shared: tuple[int, RoleEvidence] | None = None  # a plural role before "A and B", and where A ends
    described: list[tuple[int, int]] = []  # where the roles read beside earlier names stand
    spans: list[tuple[int, int]] = []  # each mention's first token (with a role before it) and end
    while i < n:
        tok = tokens[i]
        if not (tok.is_word and tok.is_cap):
            if tok.is_word and tok.low in ("he", "she"):
                _stated_role(doc, sentence, tok.end, tok, None, copulas)
            i += 1
            continue
        j = run_right(tokens, i, n)
        if j <= i:
            i += 1
            continue
        parse = parse_run(tokens, i, j, sentence_start=i == 0)
        if parse is not None and _workplace(tokens, i):
            workplaces.add(name_key(" ".join(parse.name)))
        known = (
            parse is not None and parse.kind == "single" and people.find(parse.name, parse.start) is not None
        )
        if parse is not None and (
            office_only(parse) or (not known and lone_office(parse)) or _dated_place(tokens, j)
        ):
            parse = None
        if parse is not None and (
            (parse.kind == "person" and (len(parse.name) >= 2 or parse.honorific or parse.role)) or known
        ):
            person = _person_named(parse, people)
            _alias(tokens, j, person, people)
            roles = roles_beside_name(doc, tokens, i, j, parse)
            if shared is not None and shared[0] == i - 1 and not roles:
                roles = [shared[1]]  # "analysts Jo Bell, Ann Marsh and Tom Lee": each is an analyst
            shared = _plural_role(tokens, j, roles)
            person.roles += roles
            _drop_within_role(out, spans, roles, parse.start)
            k = _mention_start(tokens, i, roles, parse.role is not None and parse.role_start == tok.start)
            # "Jo Bell, Leigh town councillor, said": a name inside another's role opens no clause
            inside = any(a <= parse.start < b for a, b in described)
            described += [(r.position, r.position + len(r.text)) for r in roles]
            subject = not inside and _opens_clause(tokens, k, parse) and not _closes_sentence(tokens, j)
            out.append(Mention(person, parse.start, subject, subject and _opens_sentence(tokens, k)))
            spans.append((k, j))
            if subject:
                _reflexive_gender(tokens, j, person)
            _stated_role(doc, sentence, tokens[j - 1].end, None, person, copulas)
        i = j
    return _objects_listed(out, spans, tokens)


def _drop_within_role(
    out: list[Mention], spans: list[tuple[int, int]], roles: list[RoleEvidence], start: int
) -> None:
    """ "Elmfield Park superintendent Dr. Jo Bell", "Mount Harbour North legislator Jo Bell": a
    capitalised run read as a name before a role's lower-case words is the place or body in the role of
    the person named next, not a person a later "he"/"she" may mean."""
    before = [r.position for r in roles if r.rule in _ROLES_BEFORE and r.position < start]
    if not before:
        return
    lo = min(before)
    while out and lo <= out[-1].pos < start:
        out.pop()
        spans.pop()


_MONTH = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)"
)


def _dated_place(tokens: list[Token], j: int) -> bool:
    """A run followed by a comma and a date is the place of a dateline ("AKP Harbourton, April 05, 2020
    —", "Port Vale, 5 May"), not a person a later "she" may mean."""
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return False
    first, second = tokens[j + 1], tokens[j + 2]
    return (_MONTH.fullmatch(first.low) is not None and second.text.isdigit()) or (
        first.text.isdigit() and _MONTH.fullmatch(second.low) is not None
    )


def _closes_sentence(tokens: list[Token], j: int) -> bool:
    """Nothing but punctuation (and an aside in brackets) after the name: it ends a list or an object
    ("She beat Jo Bell and Ann Marsh (who won in 2019).") and has no predicate, so it is no subject."""
    depth = 0
    for tok in tokens[j:]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (tok.is_word or tok.is_mask):
            return False
    return True


_LIST_JOINS = frozenset({",", "and", "or"})


def _objects_listed(out: list[Mention], spans: list[tuple[int, int]], tokens: list[Token]) -> list[Mention]:
    """Names listed after a verb or preposition ("She beat Jo Bell and Ann Marsh", "identified them as
    Jo Bell, Ann Marsh and Tom Lee"): the list is an object, so none of its names opens a clause, though
    a comma or an "and" stands before each; a later "he"/"she" is not one of them."""
    chains: list[list[int]] = []
    for n, (k, _) in enumerate(spans):
        between = tokens[spans[n - 1][1] : k] if n else []
        if between and all(t.low in _LIST_JOINS for t in between):
            chains[-1].append(n)
        else:
            chains.append([n])
    for chain in chains:
        if len(chain) >= 2 and not (
            out[chain[0]].subject and not _closes_sentence(tokens, spans[chain[-1]][1])
        ):
            for n in chain:
                out[n] = Mention(out[n].person, out[n].pos, False, False)
    return out


_ALIAS_OPENERS = (("aka",), ("also", "known", "as"), ("nicknamed",))


def _alias(tokens: list[Token], j: int, person: Person, people: People) -> None:
    """ "coach Milan Petrovic aka Pero", "Jo Bell, also known as Bellsy": the name after the alias
    word is the person's too, so "Pero said" later is Petrovic speaking."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    for opener in _ALIAS_OPENERS:
        end = k + len(opener)
        if end < len(tokens) and tuple(t.low for t in tokens[k:end]) == opener:
            stop = run_right(tokens, end, len(tokens)) if _is_name_token(tokens[end]) else end
            if end < stop <= end + 2:
                people.alias(person, [t.text for t in tokens[end:stop]])
            return


def _plural_role(tokens: list[Token], j: int, roles: list[RoleEvidence]) -> tuple[int, RoleEvidence] | None:
    """A role before a name ending at tokens[j - 1] that names several people ("Analysts", "state
    senators"), when "and" or a comma and another name follow: the role the next name shares."""
    if j + 1 >= len(tokens) or tokens[j].low not in ("and", ",") or not _is_name_token(tokens[j + 1]):
        return None
    for role in roles:
        last = role.text.split()[-1]
        if role.rule in _ROLES_BEFORE and is_role_word(last) and not is_role_word(last, plural=False):
            return j, role
    return None


_REFLEXIVES = {"himself": "m", "herself": "f"}


def _reflexive_gender(tokens: list[Token], j: int, person: Person) -> None:
    """ "Nana Addo has dissociated himself from …": a reflexive in the clause a name opens refers to that
    name, so it tells the person's gender better than a guess from the first name."""
    for tok in tokens[j : j + 10]:
        if not tok.is_word and tok.text != "'":
            return  # the clause ends at a comma, quote or stop
        if tok.is_cap or tok.low in _OPENS_CLAUSE:
            return  # another name or clause: the reflexive could be theirs
        if tok.low in _REFLEXIVES:
            person.gender = _REFLEXIVES[tok.low]
            return


def _person_named(parse: NameParse, people: People) -> Person:
    """The person a mention names: a full name is recorded; a surname is the person named before."""
    if len(name_content(parse.name)) >= 2:
        person = people.add(parse.name, parse.start)
    else:
        person = (
            people.find(parse.name, parse.start)
            or _misspelt(parse, people)
            or people.add(parse.name, parse.start)
        )
    person.note_name_evidence(parse)
    return person


def _misspelt(parse: NameParse, people: People) -> Person | None:
    """ "Dr Okonkwa said" after "Governor Dr Ada Okonkwo": a surname with a title that misspells the
    surname of the one person named in full before is that person (people.misspelt), not a second
    one; never across a title of the other gender ("Mr Kovacks" is not "Ana Kovacs")."""
    content = name_content(parse.name)
    if len(content) != 1 or not (parse.honorific or parse.role):
        return None
    person = people.misspelt(content[0], parse.start)
    said = honorific_gender(parse.honorific) if parse.honorific else None
    if person is None or (person.gender and said and said != person.gender):
        return None
    people.alias(person, content)
    return person


_OPENS_CLAUSE = frozenset(
    {"that", "which", "while", "and", "but", "when", "as", "because", "although", "now", "then"}
)


def _opens_clause(tokens: list[Token], i: int, parse: NameParse) -> bool:
    """A name that opens a clause is its subject, so a later "he"/"she" may refer to it (`i` is where
    the name starts, with any role before it: "But Haitian director Raoul Peck went …"); a name in
    brackets ("a fashion designer (Jean Paul Gaultier)") is not."""
    prev = tokens[i - 1] if i > 0 else None
    return not parse.possessive and (
        prev is None
        or (not prev.is_word and prev.text != "(")
        or prev.low in _OPENS_CLAUSE
        or (prev.low.endswith("ly") and prev.text.islower())
    )


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    """A subject that opens its sentence, perhaps after "But" or "Later", or follows a comma or a quote
    ("In an interview, Reid …"): the subject of a main clause, not of a clause after "that", "as",
    "when"."""
    prev = tokens[i - 1] if i > 0 else None
    return prev is None or not prev.is_word or (i == 1 and tag_of(prev.low) in ("CC", "RB"))


def _mention_start(tokens: list[Token], i: int, roles: list[RoleEvidence], titled: bool) -> int:
    """Where a mention at tokens[i] starts when a role stands before the name: "the finance minister",
    or the article before a title that opens the name's own run ("For his part, the Information
    Minister Jo Bell issued …": `titled`)."""
    before = [r.position for r in roles if r.rule in _ROLES_BEFORE and r.position < tokens[i].start]
    if not before and not titled:
        return i
    k = _index_at(tokens, min(before)) if before else i
    while k > 0 and tokens[k - 1].low in ("the", "a", "an"):
        k -= 1
    return k


_ROLES_BEFORE = frozenset({RoleRule.TITLE_BEFORE_NAME, RoleRule.ROLE_BEFORE_NAME})


def _stated_role(
    doc: Document,
    sentence: Sentence,
    pos: int,
    pronoun: Token | None,
    person: Person | None,
    copulas: list[Copula],
) -> None:
    """ "Now he is dean of the law school", "Bell, who became party leader in May": a role stated with
    a verb after a name or "he"/"she" (the pronoun is resolved with the speakers)."""
    rest = doc.masked[pos : min(sentence.end, pos + 240)]
    match = COPULA.match(rest)
    role = clean_role(match.group("role")) if match else None
    if match is None:
        match = _WORKS_AT.match(rest)
        role = match.group("role") if match and _names_org(match.group("org")) else None
    if match and role:
        copulas.append(Copula(sentence.index, pos + match.start("role"), role, pronoun, person))
    elif person is not None and (doing := role_by_doing(rest)) is not None:
        copulas.append(Copula(sentence.index, pos + doing[0], doing[1], None, person))


def _names_org(text: str) -> bool:
    return any(w.lower() in ORG_WORDS or w.lower() in ORG_NOUNS for w in text.split())


# "Jo Bell works at the Harbour Museum of Science": where someone works is their role (an organisation
# only, written in capitals: "works at night" or "works for free" says nothing of a job)
_WORKS_AT = re.compile(
    r"^\s*(?:(?:now|currently|also)\s+)?(?P<role>works\s+(?:at|for)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’\-.&]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w'’\-.&]*)*))"
)


_STAFF = frozenset({"crew", "crews", "staff", "staffers", "workforce", "colleagues", "partner", "partners"})


def _workplace(tokens: list[Token], i: int) -> bool:
    """ "analysts at X", "workers at X", "an economist with X": X is where people work, a firm."""
    if i < 2 or tokens[i - 1].low not in ("at", "with"):
        return False
    before = tokens[i - 2]
    if not before.is_word or (before.is_cap and i > 2):  # capitalised only when opening the sentence
        return False
    return before.low in PEOPLE_NOUNS or before.low in _STAFF or is_role_word(before.low)
