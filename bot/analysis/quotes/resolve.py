"""Stage 2: resolve each speaker to a person or an unnamed source. A full name, a surname or "Mr X"
is the person named earlier; "he"/"she" the most recent compatible person; "experts", "the company"
or "Toyota" an unnamed source. Mentions, attributions and stated roles are read in text order, so a
pronoun only ever looks back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .bystanders import introduced, no_person_subject
from .described_back import described_person, office_of_roleless, referred_back
from .document import (
    CIRCUMSTANCE,
    DESCRIPTION_REACH,
    Copula,
    Document,
    Mention,
    Source,
    Target,
)
from .lone_names import LonePeople, lone_name_people
from .names import is_common_word, is_first_name, name_content, name_key, tag_of
from .nationality_back import nationality_speaker
from .offices import lone_office
from .people import People, Person
from .pronoun import MAIN, SPEAKER, SUBORDINATE, Recent, group_pronoun, personal_pronoun, recent_people
from .rules import RoleEvidence, RoleRule
from .scan import SentenceScan
from .sole_speaker import sole_speaker
from .speech_tokens import Attribution, NameParse, Order, Speaker


@dataclass(frozen=True, slots=True)
class ResolvedSpeakers:
    """Who each attribution's speakers are."""

    targets: Mapping[int, tuple[Target, ...]]  # id(attribution) -> its resolved speakers
    sources: Mapping[str, Source]  # the unnamed sources by kind and name key
    people: People
    # id(attribution) of each "he/she said" whose pronoun fits none of the people named before it: the
    # quote is someone's the text does not make sure of, so no other speaker may take it
    declined: frozenset[int] = frozenset()

    def of(self, attribution: Attribution) -> tuple[Target, ...]:
        return self.targets.get(id(attribution), ())

    def nobody(self, attribution: Attribution) -> bool:
        return id(attribution) in self.declined


def resolve_speakers(doc: Document, scan: SentenceScan) -> ResolvedSpeakers:
    recent = Recent()
    targets: dict[int, tuple[Target, ...]] = {}
    sources: dict[str, Source] = {}
    declined: set[int] = set()
    copulas = sorted(scan.copulas, key=lambda c: (c.sentence, c.pos))
    ci = 0
    lone = lone_name_people(doc, scan)
    for sentence in doc.sentences:
        events: list[tuple[int, int, Mention | Attribution | Copula]] = []
        for mention in scan.mentions.get(sentence.index, ()):
            events.append((mention.pos, 0, mention))
        for attribution in scan.by_sentence.get(sentence.index, ()):
            events.append((attribution.start, 1, attribution))
        while ci < len(copulas) and copulas[ci].sentence <= sentence.index:
            events.append((copulas[ci].pos, 2, copulas[ci]))
            ci += 1
        events.sort(key=lambda e: (e[0], e[1]))
        aside = no_person_subject(doc, sentence, scan)
        for pos, _, item in events:
            if isinstance(item, Mention):
                item.person.last_seen = max(item.person.last_seen, pos)
                recent.named[id(item.person)] = (item.person, sentence.index, pos)
                if item.subject:
                    recent.push(item.person, (sentence.index, MAIN if item.main else SUBORDINATE, pos))
                elif aside and introduced(doc, item, sentence):
                    recent.bystander(item.person, sentence.index, pos)
            elif isinstance(item, Attribution):
                within = _described_within(item, scan.by_sentence.get(sentence.index, ()), doc.masked)
                found = tuple(
                    t
                    for s in item.speakers
                    if (t := _resolve_speaker(s, item, recent, scan.people, sources, doc, lone, within))
                    is not None
                )
                targets[id(item)] = found
                if not found and _declined(item, recent):
                    declined.add(id(item))
                # a quote-only verb ("hailed the “perfect” campaign") names its subject, no speaker
                prominence = MAIN if item.quotes_only else SPEAKER
                if (
                    _nested(
                        item, scan.mentions.get(sentence.index, ()), scan.by_sentence.get(sentence.index, ())
                    )
                    or within
                ):
                    prominence = SUBORDINATE
                for target in found:
                    recent.push(target, (sentence.index, prominence, pos))
            else:
                _stated_role(item, recent, doc.text)
    return ResolvedSpeakers(
        MappingProxyType(targets), MappingProxyType(sources), scan.people, frozenset(declined)
    )


def _nested(
    attribution: Attribution, mentions: tuple[Mention, ...], attributions: tuple[Attribution, ...]
) -> bool:
    """A named speaker inside another clause ("Dana Whitfield revealed what Omar Haddad had told her",
    "The judge noted that Jo Bell had admitted …"): the sentence is about its main subject, named or
    speaking before it, whom a later "he"/"she" means, not this one."""
    if attribution.order is not Order.SPEAKER_FIRST:
        return False
    speaker = attribution.speakers[-1]
    if speaker.kind != "name" or speaker.name is None:
        return False
    start = speaker.name.start
    if not any(m.pos == start and not m.main for m in mentions):
        return False
    return any(m.main and m.pos < start for m in mentions) or any(
        a is not attribution and a.order is Order.SPEAKER_FIRST and a.verb_end <= start for a in attributions
    )


def _described_within(attribution: Attribution, attributions: tuple[Attribution, ...], masked: str) -> bool:
    """A described speaker inside another speaker's reported clause ("Ansah added that the minister
    has promised new railings"): the sentence is about the one who reports, whom a later "he" means.
    Not a second clause after a comma ("Smith said the talks failed, and the minister said …")."""
    speaker = attribution.speakers[-1]
    if attribution.order is not Order.SPEAKER_FIRST or speaker.kind != "desc":
        return False
    return any(
        a is not attribution
        and a.order is Order.SPEAKER_FIRST
        and a.intro_end <= speaker.start
        and len(masked[a.intro_end : speaker.start]) <= _WITHIN
        and not any(c in masked[a.intro_end : speaker.start] for c in ",;:")
        for a in attributions
    )


# characters between a reporting verb and a described speaker in its clause ("said on Monday that")
_WITHIN = 40


def _declined(attribution: Attribution, recent: Recent) -> bool:
    """A "he"/"she" left unresolved though people were named before it: none of them can be meant
    (an unseen name may be, when nobody was)."""
    speaker = attribution.speakers[-1]
    return speaker.kind == "pronoun" and speaker.text in ("he", "she") and bool(recent_people(recent))


def _stated_role(copula: Copula, recent: Recent, text: str) -> None:
    """ "Now he is dean of the law school": the role goes to the person or to whom "he" refers."""
    person = copula.person
    if person is None and copula.pronoun is not None:
        found = _pronoun(copula.pronoun.low, recent, text)
        person = found if isinstance(found, Person) else None
    if person is not None:
        person.roles.append(RoleEvidence(copula.pos, copula.role, RoleRule.STATED_WITH_VERB))


def _pronoun(pronoun: str, recent: Recent, text: str, reported_in: int = -1) -> Target | None:
    """ "he"/"she" the latest person whose gender fits (quotes/pronoun.py); "it"/"they" the latest
    organisation or group."""
    if pronoun in ("he", "she"):
        return personal_pronoun(pronoun, recent, text, reported_in)
    return group_pronoun(pronoun, recent)


def _resolve_speaker(
    speaker: Speaker,
    attribution: Attribution,
    recent: Recent,
    people: People,
    sources: dict[str, Source],
    doc: Document,
    lone: LonePeople,
    within: bool = False,
) -> Target | None:
    """`within`: a described speaker inside another speaker's reported clause (_described_within)."""
    if speaker.kind == "pronoun":
        reported_in = attribution.sentence if _trails(doc, attribution) else -1
        if speaker.text in ("he", "she"):
            return personal_pronoun(speaker.text, recent, doc.text, reported_in, attribution.sentence)
        return _pronoun(speaker.text, recent, doc.text, reported_in)
    if speaker.kind in ("desc", "org", "name"):
        # "the Spaniard said": the person just quoted, called by their nationality
        nationality = nationality_speaker(doc, speaker, attribution, recent)
        if nationality is not None:
            return nationality
    if speaker.kind == "desc":
        before = doc.masked[: speaker.start]
        known = (
            described_person(speaker.text, recent, attribution.sentence)
            or referred_back(speaker.text, recent, before)
            or office_of_roleless(speaker, recent, people, before)
            # "…," the county chief added: the one speaker so far, called by what they are
            or (None if within else sole_speaker(speaker.text, recent, people, before, speaker.start))
        )
        if known is not None:
            # the description is how the article calls them here: a role when none is written by the name
            known.roles.append(RoleEvidence(speaker.start, speaker.text, RoleRule.DESCRIBED_SPEAKER))
            return known
    if speaker.kind == "org":
        known = _known_person(speaker, people)
        if known is not None:
            return known
    if speaker.kind in ("group", "org", "desc"):
        return _source(sources, speaker.text, speaker.kind, attribution.sentence)
    parse = speaker.name
    if parse is None:
        return None
    tokens = parse.name
    content = name_content(tokens)
    person: Person | None
    by_noun = None if parse.evidence or parse.role else _described_surname(tokens, parse.start, people)
    if by_noun is not None:
        person = by_noun  # "Runner-up Okafor" after "Ada Okafor": she, described by what she is
        person.roles.append(RoleEvidence(parse.start, tokens[0], RoleRule.DESCRIPTION_BEFORE_NAME))
    elif len(content) >= 2 and parse.kind == "person":
        person = people.add(tokens, parse.start, caps_only=attribution.order is Order.LABEL)
    else:
        person = people.find(tokens, parse.start)
        owned = _owned_office(doc, parse)
        if person is None:
            if not owned and (
                parse.honorific or parse.role or speaker.roles or (len(content) >= 2 and parse.kind != "org")
            ):
                person = people.add(tokens, parse.start)
            elif (key := name_key(" ".join(tokens))) in lone:
                person = people.add(tokens, parse.start)  # "Woods said he …": one name, but a person's
                person.evidence = True
                person.gender = person.gender or lone[key]
            elif len(content) == 1 and (near := people.misspelt(content[0], parse.start)) is not None:
                person = near  # "Kovacks said" after "Ana Kovacs": the surname misspelt
            elif owned or _lone_office(doc, parse):
                # "The Judge also noted …", "the court’s Judge noted": a lone office after "the" or an
                # owner describes a person, no firm (the owner is no role of a person named "Judge")
                described = Speaker("desc", "the " + tokens[0], speaker.start, speaker.end)
                return _resolve_speaker(described, attribution, recent, people, sources, doc, lone, within)
            else:
                return _source(sources, " ".join(tokens), "org", attribution.sentence)
        elif len(content) == 1 and _by_surname(person, content[0]):
            person.evidence = True
    person.note_name_evidence(parse)
    person.last_seen = max(person.last_seen, parse.start)
    person.roles += speaker.roles
    return person


def _owned_office(doc: Document, parse: NameParse) -> bool:
    """A one-word capitalised office (offices.lone_office) after an owner's "’s" ("KHC’s Justice observed")."""
    before = doc.masked[max(0, parse.start - 3) : parse.start]
    return lone_office(parse) and before[-3:] in ("’s ", "'s ")


def _lone_office(doc: Document, parse: NameParse) -> bool:
    """A one-word capitalised office (offices.lone_office) right after "the" ("The Judge noted", "the
    Taoiseach said")."""
    return lone_office(parse) and doc.masked[max(0, parse.start - 4) : parse.start].lower() == "the "


def _trails(doc: Document, attribution: Attribution) -> bool:
    """ "…, he noted." — the attribution ends its sentence after a comma, so the words before it are
    the reported clause (not "When Bell arrived, he said the deal was off")."""
    sentence = doc.sentence(attribution.sentence)
    if sentence is None or attribution.order is not Order.SPEAKER_FIRST:
        return False
    before = doc.masked[sentence.start : attribution.start].rstrip()
    after = doc.masked[attribution.intro_end : sentence.end]
    return before.endswith(",") and (not after.strip(" .\n") or bool(CIRCUMSTANCE.match(after)))


def _by_surname(person: Person, word: str) -> bool:
    """ "Adeyemi said" after "Olu Adeyemi": a two-word name called by its last word is a person's (a
    firm goes by its first word, "Goldman" for "Goldman Sachs")."""
    if len(person.tokens) != 2 or name_key(person.tokens[-1]) != name_key(word):
        return False
    first = person.tokens[0]
    # a first name, not a description: "Toronto-based Inmet" … "Inmet said" is a firm
    return not is_common_word(first) and all(part[:1].isupper() for part in first.split("-"))


def _described_surname(tokens: list[str], pos: int, people: People) -> Person | None:
    """ "Runner-up Okafor warned …", "Hooker Vale said …" after "Ada Okafor", "Tom Vale": a singular common
    noun for what someone is or does, then the surname of a person named in full before, is that
    person (the run had read as a firm's name, "Runner-up Okafor"). Not a first name ("Rush Vale")."""
    if len(tokens) != 2 or is_first_name(tokens[0]) or tag_of(tokens[0]) != "NN":
        return None
    surname, noun = name_key(tokens[1]), name_key(tokens[0])
    named = [
        p
        for p in people.persons
        if p.first < pos and p.evidence and len(p.tokens) >= 2 and name_key(p.tokens[-1]) == surname
    ]
    # the run itself may be recorded already ("Runner-up Okafor"): not a person named before
    named = [p for p in named if name_key(p.tokens[0]) != noun]
    return named[0] if len(named) == 1 else None


def _known_person(speaker: Speaker, people: People) -> Person | None:
    """ "Grotzinger said it would take weeks" after "John Grotzinger, the lead scientist": a name read as
    a firm (it speaks of "it") that is the surname of a person already named is that person. That
    person is sure by a first name, a title or a role ("coach Dragoslav Venkovic aka Zoki" … "Zoki
    called it “jet lag”": no census first name, but a coach)."""
    if speaker.text.lower().startswith("the "):
        return None
    person = people.find(speaker.text.split(), speaker.start)
    if person is None or not (person.evidence or person.roles) or len(person.tokens) < 2:
        return None
    person.last_seen = max(person.last_seen, speaker.start)
    return person


def _source(sources: dict[str, Source], text: str, kind: str, sentence: int) -> Source:
    """The unnamed source of that kind and name; a description recurs only within a few sentences."""
    key = kind + ":" + name_key(text)
    source = sources.get(key)
    if source is None or (kind == "desc" and sentence - source.sentence > DESCRIPTION_REACH):
        source = Source(text, kind, sentence)
        sources[key + (f"#{sentence}" if key in sources else "")] = source
    return source
