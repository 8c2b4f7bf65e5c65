"""Stage 5: experts and sources. Quotes go to their speakers; a described speaker named soon after
("the company's chief technology officer said …; Jo Bell said …") becomes that person; a name that
shows no sign of being a person is an organisation; roles are merged (roles.merged_role)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Expert, Quote, SourceKind, UnnamedSource
from .anonymous import withheld_name
from .described_back import fits_whole
from .direct import DirectQuotes
from .document import DESCRIPTION_REACH, Document, Source
from .indirect import IndirectQuotes
from .lead_named import lead_person
from .lone_names import SINGULAR_FIRST_PERSON
from .name_model import reads_as_person
from .names import is_function_word, is_role_word, name_key
from .office_back import office_head
from .people import Person, title_case
from .person_signs import looks_like_name, person_sign
from .resolve import ResolvedSpeakers
from .role_elsewhere import Description, descriptions, role_elsewhere
from .role_fit import best_fit, description_fit, names_known
from .role_merge import is_bare_title, merged_role
from .roles import is_org_description, is_role_modifier
from .rules import RoleEvidence, RoleRule
from .scan import SentenceScan
from .sole_fit import describes_one, sole_fit
from .speaker_person import trailing_person


@dataclass(frozen=True, slots=True)
class WhoSaidWhat:
    experts: list[Expert]
    sources: list[UnnamedSource]


def build_experts(
    doc: Document,
    scan: SentenceScan,
    speakers: ResolvedSpeakers,
    direct: DirectQuotes,
    indirect: IndirectQuotes,
) -> WhoSaidWhat:
    text = doc.text
    quotes: dict[int, list[Quote]] = {}  # id(speaker) -> quotes, in the order the stages found them
    for found in (*direct.quotes, *direct.transcripts, *indirect.quotes):
        quotes.setdefault(id(found.target), []).append(found.quote)
    roles = {person.ident: list(person.roles) for person in speakers.people.persons}
    linked = _link_descriptions(doc, scan, speakers, quotes, roles)
    employers = _employers(roles)
    experts: list[Expert] = []
    described = _descriptions(doc, speakers, quotes, roles)
    unsure: dict[str, Person] = {}  # names that read as a firm's until the name model reads them
    firms: list[tuple[str, str, list[Quote]]] = []
    learned_only = _learned_only_sentences(scan)
    for person in speakers.people.persons:
        said = quotes.get(id(person))
        if not said or all(q.kind == "indirect" and q.sentence_index in learned_only for q in said):
            continue  # a clause only the learned reading reports does not make an expert alone
        firm = _firm_kind(person, roles[person.ident], scan.workplaces, employers)
        if firm is not None and not _speaks_as_i(said):
            firms.append((person.name, firm, said))
            unsure[person.name] = person
            continue
        if _workplace_only(roles[person.ident]):
            # a speaker given no role by the name, or only where they work or live ("Apple's Jo
            # Bell", "Jo Bell of Dover"): a description of them in another sentence says what they are
            evidence = role_elsewhere(doc, described, person, speakers.people.persons, roles)
            roles[person.ident] += [evidence] if evidence is not None else []
        role, rule = merged_role(roles[person.ident])
        name = " ".join(title_case(person.tokens)) if person.caps_only else person.name
        experts.append(Expert(name=name, role=role, quotes=_in_order(said, by_kind=True), role_rule=rule))
    unnamed: dict[str, UnnamedSource] = {}
    named_sources = [
        (s.speaker, s.kind, quotes.get(id(s), [])) for s in speakers.sources.values() if id(s) not in linked
    ]
    for speaker, kind, said in [*named_sources, *firms]:
        if not said:
            continue
        named = _person_after_all(text, speaker, learned=kind == "org") if kind in ("org", "firm") else None
        if named is not None:  # "said Actress Rosario Dawson": the person, the office as the role
            role, rule = named[1], None
            if role is None and kind == "org" and speaker in unsure:
                person = unsure[speaker]
                evidence = role_elsewhere(doc, described, person, speakers.people.persons, roles)
                role, rule = (evidence.text, evidence.rule.value) if evidence is not None else (None, None)
            experts.append(
                Expert(name=named[0], role=role, quotes=_in_order(said, by_kind=True), role_rule=rule)
            )
            continue
        source_kind: SourceKind = "organization" if kind in ("org", "firm") else "unnamed"
        entry = unnamed.setdefault(
            name_key(speaker), UnnamedSource(speaker=speaker, kind=source_kind, quotes=[])
        )
        entry.quotes.extend(said)
    experts.sort(key=lambda e: e.quotes[0].start)
    sources = list(unnamed.values())
    for entry in sources:
        entry.quotes = _in_order(entry.quotes, by_kind=False)
    sources.sort(key=lambda s: s.quotes[0].start)
    return WhoSaidWhat(experts, sources)


def _workplace_only(evidence: list[RoleEvidence]) -> bool:
    """No role read for a person, or only their organisation or home town, which names no job."""
    return all(r.rule is RoleRule.AFFILIATION for r in evidence)


def _learned_only_sentences(scan: SentenceScan) -> frozenset[int]:
    """Sentences whose only speech verbs are ones the learned cue reading took (cue_model.py)."""
    learned = {a.sentence for a in scan.attributions if a.learned}
    return frozenset(learned - {a.sentence for a in scan.attributions if not a.learned})


def _person_after_all(text: str, speaker: str, learned: bool) -> tuple[str, str | None] | None:
    """A speaker read as an organisation that is a person: a first name and surname end its words
    ("said Actress Rosario Dawson"), the text sets an age or a person's noun beside the name, or
    (`learned`: nothing in the text calls it a firm) the name model reads it and its mentions as a
    person's ("Tinashe Mavundla said")."""
    named = trailing_person(speaker)
    if named is None and looks_like_name(speaker):
        sign = person_sign(text, speaker)
        if sign is not None:
            return speaker, sign.role
        return (speaker, None) if learned and reads_as_person(text, speaker) else None
    return named


def _in_order(quotes: list[Quote], by_kind: bool) -> list[Quote]:
    """Each passage once (the last reading of it), in text order."""
    distinct = {(q.start, q.end, q.kind): q for q in quotes}.values()
    return sorted(distinct, key=(lambda q: (q.start, q.kind)) if by_kind else (lambda q: q.start))


def _link_descriptions(
    doc: Document,
    scan: SentenceScan,
    speakers: ResolvedSpeakers,
    quotes: dict[int, list[Quote]],
    roles: dict[int, list[RoleEvidence]],
) -> set[int]:
    """A role-only speaker ("the company's chief technology officer said") named within a few sentences
    after is that person: the person gets its quotes and the description as a role. Returns the ids of
    the linked sources."""
    firsts: dict[int, int] = {}
    for attribution in scan.attributions:
        for target in speakers.of(attribution):
            if isinstance(target, Person) and target.ident not in firsts:
                firsts[target.ident] = attribution.sentence
    first_speaker = min((a.sentence for a in scan.attributions if speakers.of(a)), default=-1)
    linked: set[int] = set()
    unnamed = _withheld_heads(doc.text, speakers, quotes)
    for source in speakers.sources.values():
        said = quotes.get(id(source))
        if not said or _head_noun(source.speaker) in unnamed:
            continue
        best: Person | None = None
        if source.kind == "desc" or _capitalised_office(source.speaker):
            best = _named_by_role(source, said, speakers.people.persons, roles)
            if (
                best is not None
                and best.ident not in firsts
                and not fits_whole(source.speaker, roles[best.ident])
            ):
                best = None  # only mentioned, and the description says more than their role
            if best is not None and best.ident not in firsts and _bare_title(source.speaker):
                best = None  # "Prime Minister said" refers back to one who spoke, never makes a speaker
            if source.kind == "desc":
                best = best or _named_after(source, speakers.people.persons, firsts, roles)
        if best is None and source.kind in ("desc", "group"):
            best = lead_person(source, first_speaker, speakers.people.persons, firsts, roles)
        described_as = source.speaker
        if best is None and (source.kind == "desc" or describes_one(source.speaker)):
            elsewhere = _described_elsewhere(doc, source, speakers.people.persons, firsts, roles)
            best, described_as = elsewhere or (None, described_as)
        if best is None:  # however far on: the one person whose role holds its office
            best = sole_fit(source, speakers.people.persons, firsts, roles)
            if best is not None and best.gender and _pronouns_of(scan, speakers, source) - {best.gender}:
                best = None  # a "she said" went to it: not the man named later
        if best is not None:
            linked.add(id(source))
            quotes.setdefault(id(best), []).extend(said)
            position = min(q.start for q in said)
            roles[best.ident].append(RoleEvidence(position, described_as, RoleRule.DESCRIBED_SPEAKER))
    return linked


def _pronouns_of(scan: SentenceScan, speakers: ResolvedSpeakers, source: Source) -> set[str]:
    """The genders of the "he"/"she" that resolved to `source` ("m", "f")."""
    found: set[str] = set()
    for attribution in scan.attributions:
        if any(t is source for t in speakers.of(attribution)):
            for speaker in attribution.speakers:
                if speaker.kind == "pronoun" and speaker.text in ("he", "she"):
                    found.add("m" if speaker.text == "he" else "f")
    return found


def _described_elsewhere(
    doc: Document,
    source: Source,
    persons: list[Person],
    firsts: dict[int, int],
    roles: dict[int, list[RoleEvidence]],
) -> tuple[Person, str] | None:
    """A described speaker ("The Veldish energy minister said …", "a Harbour Bank analyst downgraded
    the lender …") that role_elsewhere reads as the one speaker named with no role of their own in the
    next sentences (nobody else named between), or only a workplace or home town ("said Jo Bell of
    Dover"): the same link that gives that person the description as their role gives them its words
    too, where the capitalised words of the description alone would keep it an unnamed source. The
    speaker read may stop short of the description ("a fruit adviser with Veldland" of "… with
    Veldland Horticulture"). Returns the person and the whole description, their role."""
    key = name_key(source.speaker)
    found = [
        d
        for d in descriptions(doc)
        if d.sentence == source.sentence
        and (name_key(d.text) == key or (d.text.startswith(source.speaker) and " " in source.speaker))
    ]
    if not found:
        return None
    hits = [
        (p, evidence.text)
        for p in persons
        if p.ident in firsts
        and _workplace_only(roles[p.ident])
        and (evidence := role_elsewhere(doc, found, p, persons, roles)) is not None
    ]
    return hits[0] if len(hits) == 1 else None


def _descriptions(
    doc: Document,
    speakers: ResolvedSpeakers,
    quotes: dict[int, list[Quote]],
    roles: dict[int, list[RoleEvidence]],
) -> list[Description]:
    """The descriptions that may give a role elsewhere (role_elsewhere.descriptions), read only when a
    speaker has no role; not one of a speaker whose name the article withholds ("A policeman told
    reporters …, not giving his name"): that is someone else."""
    persons = speakers.people.persons
    if not any(quotes.get(id(p)) and _workplace_only(roles[p.ident]) for p in persons):
        return []
    withheld = _withheld_heads(doc.text, speakers, quotes)
    return [d for d in descriptions(doc) if office_head(d.text.split()) not in withheld]


def _withheld_heads(text: str, speakers: ResolvedSpeakers, quotes: dict[int, list[Quote]]) -> set[str]:
    """The head nouns of descriptions whose names the article withholds ("the policeman said, not
    giving his name"): "A policeman told …" before it is the same unnamed man, so no description
    with that head is linked to a named person."""
    heads: set[str] = set()
    for source in speakers.sources.values():
        said = quotes.get(id(source))
        if said and withheld_name(text, min(q.start for q in said), max(q.end for q in said)):
            heads.add(_head_noun(source.speaker))
    return heads


def _head_noun(speaker: str) -> str:
    return speaker.rsplit(None, 1)[-1].lower() if speaker.strip() else ""


def _capitalised_office(speaker: str) -> bool:
    """ "The Health Minister", "The Senate President": an office written in capitals, not a firm; or
    the bare title some outlets write for the person ("“…,” Prime Minister said")."""
    words = speaker.split()
    if not words or not is_role_word(words[-1], plural=False):
        return False
    if len(words) >= 2 and words[0].lower() == "the":
        return True
    return _bare_title(speaker)


def _bare_title(speaker: str) -> bool:
    """ "Prime Minister", "Judge": an office in capitals without "the"."""
    words = speaker.split()
    return bool(words) and all(
        w[:1].isupper() and (is_role_word(w, plural=False) or is_role_modifier(w)) for w in words
    )


def _named_by_role(
    source: Source, said: list[Quote], persons: list[Person], roles: dict[int, list[RoleEvidence]]
) -> Person | None:
    """ "The minister said …" after "Finance Minister Kofi Mensah met …": the person named before whose
    role the description fits best (role_fit.description_fit), nobody on a tie."""
    start = min(q.start for q in said)
    return best_fit(
        source.speaker,
        [(p, [r.text for r in roles[p.ident]]) for p in persons if p.first < start],
    )


def _named_after(
    source: Source, persons: list[Person], firsts: dict[int, int], roles: dict[int, list[RoleEvidence]]
) -> Person | None:
    """The person whose first attribution comes soonest within DESCRIPTION_REACH sentences after; not
    one whose own role does not fit the description ("The Israeli official said …" then "the group's
    deputy chief, Khalil Haddad, told …" are two people). A capitalised word of the description ("the
    Conservative leader", "the Bangladeshi Directorate …") must be in the person's role: it says which
    party, country or body, and an unnamed source is better than the wrong person."""
    best: Person | None = None
    for person in persons:
        first = firsts.get(person.ident)
        if first is None or not (source.sentence < first <= source.sentence + DESCRIPTION_REACH):
            continue
        own = [r.text for r in roles[person.ident] if not is_bare_title(r.text)]
        if (own and description_fit(source.speaker, own) is None) or not names_known(source.speaker, own):
            continue
        if _heads_it(source.speaker, own):
            continue
        if best is None or first < firsts[best.ident]:
            best = person
    return best


def _heads_it(description: str, roles: list[str]) -> bool:
    """ "The Directorate General of Health Services admitted …" then its chief, named: the description
    is the body in the person's role ("the chief of the Directorate General …"), not the person."""
    body = re.sub(r"^(?:the|a|an)\s+", "", description, flags=re.I).lower()
    return any(re.search(rf"\b(?:of|at|for)\s+(?:the\s+)?{re.escape(body)}", r.lower()) for r in roles)


def _speaks_as_i(said: list[Quote]) -> bool:
    """A speaker whose own quoted words say "I", "me" or "my" is a person: a firm speaks as "we"."""
    return any(q.kind == "direct" and SINGULAR_FIRST_PERSON.search(q.text) for q in said)


def _describes_firm(role: str) -> bool:
    """ "the German container carrier" describes a firm; "the president and publisher of X" and "a
    University of Y political science professor" name a person's office though a firm's noun stands in."""
    if not is_org_description(role) and not _bare_org_noun_phrase(role):
        return False
    # the noun phrase without its relative clause: "a … professor who has researched …"
    words = re.findall(r"[\w-]+", re.split(r"\s+(?:who|whose|which|that)\s+", role)[0])
    # the office is a head noun (last, or before "and"), not a modifier: "the official news agency"
    heads = [w for w, after in zip(words, [*words[1:], ""], strict=True) if after in ("", "and")]
    return not any(is_role_word(w) for w in heads)


def _bare_org_noun_phrase(role: str) -> bool:
    """ "engineering company", "state-owned lender": a role in lower case with no determiner whose head
    is an organisation noun, read before or beside a name ("engineering company Kestrel said")."""
    words = role.split()
    # a noun phrase alone: no verb or function word ("represents the group" says what a person does)
    return (
        bool(words)
        and all(w.islower() and not is_function_word(w) for w in words)
        and is_org_description("the " + role)
    )


def _employers(roles: dict[int, list[RoleEvidence]]) -> frozenset[str]:
    """The name keys of the bodies people's roles show them working for: capitalised words that open
    a role before an office ("Kestrel CEO") or a possessive ("Kestrel Foods’ president"). A speaker by
    that name is the firm, not a person."""
    found: set[str] = set()
    for evidence in (r for rs in roles.values() for r in rs):
        words = evidence.text.split()
        for n, word in enumerate(words[:4]):
            bare = re.sub(r"['’]s?$", "", word)
            if n and is_role_word(word, plural=False):
                found.add(name_key(" ".join(words[:n])))
            elif bare != word and bare[:1].isupper() and _office_next(words, n):
                found.add(name_key(" ".join([*words[:n], bare])))
            elif word[:1].isupper() and not is_role_word(word, plural=False):
                continue
            break
    return frozenset(found)


def _office_next(words: list[str], n: int) -> bool:
    """An office after the possessive ("Kestrel’s chief executive"), not a tie ("Dana’s brother")."""
    return n + 1 < len(words) and is_role_modifier(words[n + 1])


def _firm_kind(
    person: Person, roles: list[RoleEvidence], workplaces: frozenset[str], employers: frozenset[str]
) -> str | None:
    """ "firm" when the text says the speaker is one: "Kestrel Line, the container carrier, said"
    (described as a firm), "analysts at Kestrel …" (a workplace) or "Kestrel CEO Jo Bell" (an employer:
    the firm's name in full or its first word, as a firm is called, never a person's surname as in
    "Bell aide Ann Marsh"); "org" for "Kestrel Sachs said" with no first name, title, role or
    "he"/"she", which the name model may yet read as a person (_person_after_all); None for a person."""
    described_as_firm = bool(roles) and all(_describes_firm(r.text) for r in roles)
    # one word is a person's surname as often ("Okafor’s spokesman"), unless nothing else says person
    whole = len(person.tokens) >= 2 or not person.evidence
    employer = (whole and name_key(person.name) in employers) or (
        len(person.tokens) >= 2 and name_key(person.tokens[0]) in employers
    )
    described = described_as_firm or ((name_key(person.name) in workplaces or employer) and not roles)
    if (described and not person.pronoun) or not (
        person.evidence or roles or person.pronoun or person.gender
    ):
        return "firm" if described else "org"
    return None
