"""Who said what: named experts with roles and quotes, unnamed sources and organisations apart.

The pipeline, all linear in the length of the text:
1. find quoted passages and mask them (quotemarks), so names and verbs inside quotes are ignored;
2. per sentence, find speech attributions (attribution) and name mentions (for surnames, pronouns
   and roles given elsewhere: "Now he is dean of …");
3. resolve each speaker: a full name, a surname or "Mr X" to the person introduced earlier, "he"/"she"
   to the most recent compatible person, "experts"/"the company"/"Toyota" to an unnamed source;
4. tie each direct quote to the attribution next to it, around it or in its paragraph, and each
   attribution with a reported clause of its own to an indirect quote.
"""

from __future__ import annotations

import logging

from .indirect_quotes import IndirectQuotes
from .models import Expert, Sentence, SourceKind, UnnamedSource
from .names import (
    fold,
)
from .people import Person, title_case
from .quote_context import _DESC_REACH, _Source
from .quote_mentions import MentionScan
from .roles import is_org_description, merge_roles
from .speaker_resolution import SpeakerResolution

log = logging.getLogger(__name__)


class _Extractor(IndirectQuotes, SpeakerResolution, MentionScan):
    # ---------------------------------------------------------------- descriptions and output
    def link_descriptions(self) -> None:
        """A role-only speaker ("the company's chief technology officer said") named soon after is that person."""
        firsts: dict[int, int] = {}
        for attribution in self.attributions:
            for target in self._targets(attribution):
                if isinstance(target, Person) and target.ident not in firsts:
                    firsts[target.ident] = attribution.sentence
        for source in self.sources.values():
            if source.kind != "desc" or not source.quotes:
                continue
            best: Person | None = None
            for person in self.people.persons:
                first = firsts.get(person.ident)
                if first is None or not (source.sentence < first <= source.sentence + _DESC_REACH):
                    continue
                if best is None or first < firsts[best.ident]:
                    best = person
            if best is not None:
                source.linked = best
                best.quotes.extend(source.quotes)
                position = min(q.start for q in source.quotes)
                best.roles.append((position, source.speaker))

    def output(self) -> tuple[list[Expert], list[UnnamedSource]]:
        experts: list[Expert] = []
        firms: list[_Source] = []
        for person in self.people.persons:
            if not person.quotes:
                continue
            described_as_firm = bool(person.roles) and all(is_org_description(r) for _, r in person.roles)
            workplace = fold(person.name) in self.workplaces and not person.roles
            if (described_as_firm or workplace) and not person.pronoun:
                # "Kestrel Line, the container carrier, said": the article calls the name a firm
                person.evidence = False
                person.roles = []
                person.gender = None
            if not (person.evidence or person.roles or person.pronoun or person.gender):
                # "Kestrel Sachs said …": no first name, title, role or "he"/"she" — a firm, not a person
                firm = _Source(person.name, "org", 0)
                firm.quotes = person.quotes
                firms.append(firm)
                continue
            quotes = sorted(
                {(q.start, q.end, q.kind): q for q in person.quotes}.values(), key=lambda q: (q.start, q.kind)
            )
            roles = [r for _, r in sorted(person.roles, key=lambda r: r[0])]
            name = " ".join(title_case(person.tokens)) if person.caps_only else person.name
            experts.append(Expert(name=name, role=merge_roles(roles), quotes=quotes))
        experts.sort(key=lambda e: e.quotes[0].start)
        unnamed: dict[str, UnnamedSource] = {}
        for source in [*self.sources.values(), *firms]:
            if source.linked is not None or not source.quotes:
                continue
            kind: SourceKind = "organization" if source.kind == "org" else "unnamed"
            key = fold(source.speaker)
            entry = unnamed.get(key)
            if entry is None:
                entry = unnamed[key] = UnnamedSource(speaker=source.speaker, kind=kind, quotes=[])
            entry.quotes.extend(source.quotes)
        sources = list(unnamed.values())
        for entry in sources:
            entry.quotes = sorted(
                {(q.start, q.end, q.kind): q for q in entry.quotes}.values(), key=lambda q: q.start
            )
        sources.sort(key=lambda s: s.quotes[0].start)
        return experts, sources


def _extract(text: str, sentences: list[Sentence]) -> tuple[list[Expert], list[UnnamedSource]]:
    extractor = _Extractor(text, sentences)
    extractor.scan()
    extractor.resolve()
    extractor.add_direct()
    extractor.add_transcripts()
    extractor.add_indirect()
    extractor.link_descriptions()
    return extractor.output()


def extract_experts(text: str, sentences: list[Sentence]) -> tuple[list[Expert], list[UnnamedSource]]:
    """Named people quoted in `text` (with roles and quotes) and the unnamed sources apart.

    Quote offsets point into `text`; `sentences` must come from `split_sentences(text)`.
    """
    if not text or not sentences:
        return [], []
    try:
        return _extract(text, sentences)
    except Exception:  # hostile input must never break the analysis of an article
        log.exception("quote extraction failed on a %d-character text", len(text))
        return [], []
