"""Resolving each speaker to a person or source: full names, surnames, pronouns, descriptions, groups."""

from __future__ import annotations

from .names import (
    NAME_PARTICLES,
    fold,
)
from .people import Person
from .quote_context import _DESC_REACH, _PRONOUN_WINDOW, ExtractorState, _Copula, _Mention, _Source, _Target
from .speech_tokens import Attribution, Speaker


class SpeakerResolution(ExtractorState):
    def resolve(self) -> None:
        recent: list[_Target] = []
        copulas = sorted(self.copulas, key=lambda c: (c.sentence, c.pos))
        ci = 0
        for sentence in self.sentences:
            events: list[tuple[int, int, object]] = []
            for mention in self.mentions.get(sentence.index, ()):
                events.append((mention.pos, 0, mention))
            for attribution in self.by_sentence.get(sentence.index, ()):
                events.append((attribution.start, 1, attribution))
            while ci < len(copulas) and copulas[ci].sentence <= sentence.index:
                events.append((copulas[ci].pos, 2, copulas[ci]))
                ci += 1
            events.sort(key=lambda e: (e[0], e[1]))
            for pos, kind, item in events:
                if kind == 0:
                    assert isinstance(item, _Mention)
                    item.person.last_seen = max(item.person.last_seen, pos)
                    if item.subject:
                        self._push(recent, item.person)
                elif kind == 1:
                    assert isinstance(item, Attribution)
                    targets = [
                        t for s in item.speakers if (t := self._resolve_speaker(s, item, recent)) is not None
                    ]
                    self.targets[id(item)] = targets
                    for target in targets:
                        self._push(recent, target)
                else:
                    assert isinstance(item, _Copula)
                    person = item.person
                    if person is None and item.pronoun is not None:
                        found = self._pronoun(item.pronoun.low, recent)
                        person = found if isinstance(found, Person) else None
                    if person is not None:
                        person.roles.append((item.pos, item.role))

    @staticmethod
    def _push(recent: list[_Target], target: _Target) -> None:
        if recent and recent[-1] is target:
            return
        if target in recent:
            recent.remove(target)
        recent.append(target)
        if len(recent) > 40:
            del recent[0]

    def _pronoun(self, pronoun: str, recent: list[_Target]) -> _Target | None:
        if pronoun in ("he", "she"):
            want = "m" if pronoun == "he" else "f"
            people = [t for t in reversed(recent) if isinstance(t, Person) or t.kind == "desc"][
                :_PRONOUN_WINDOW
            ]
            if not people:
                return None
            chosen = people[0]
            for target in people:
                gender = target.gender if isinstance(target, Person) else None
                if gender in (None, want):
                    chosen = target
                    break
            if isinstance(chosen, Person):
                chosen.gender = want
                chosen.pronoun = True
            return chosen
        kinds = ("org",) if pronoun == "it" else ("group", "org")
        for target in reversed(recent[-4:]):
            if isinstance(target, _Source) and target.kind in kinds:
                return target
        return None

    def _resolve_speaker(
        self, speaker: Speaker, attribution: Attribution, recent: list[_Target]
    ) -> _Target | None:
        if speaker.kind == "pronoun":
            return self._pronoun(speaker.text, recent)
        if speaker.kind == "desc":
            known = self._described_person(speaker.text, recent)
            if known is not None:
                return known
        if speaker.kind in ("group", "org", "desc"):
            return self._source(speaker.text, speaker.kind, attribution.sentence)
        parse = speaker.name
        if parse is None:
            return None
        tokens = parse.name
        content = [t for t in tokens if t.lower() not in NAME_PARTICLES]
        person: Person | None
        if len(content) >= 2 and parse.kind == "person":
            person = self.people.add(tokens, parse.start, caps_only=attribution.order == "label")
        else:
            person = self.people.find(tokens, parse.start)
            if person is None:
                if (
                    parse.honorific
                    or parse.role
                    or speaker.roles
                    or (len(content) >= 2 and parse.kind != "org")
                ):
                    person = self.people.add(tokens, parse.start)
                else:
                    return self._source(" ".join(tokens), "org", attribution.sentence)
        self._gender_from(person, parse)
        person.last_seen = max(person.last_seen, parse.start)
        for pos, role in speaker.roles:
            person.roles.append((pos, role))
        return person

    def _described_person(self, description: str, recent: list[_Target]) -> Person | None:
        """ "the mayor added" after "Mayor Ana Torres said": a recent person whose role has that noun."""
        head = fold(description.split()[-1]) if description.split() else ""
        if not head:
            return None
        for target in reversed(recent[-_PRONOUN_WINDOW:]):
            if isinstance(target, Person) and any(
                head in {fold(w) for w in role.split()} for _, role in target.roles
            ):
                return target
        return None

    def _source(self, text: str, kind: str, sentence: int) -> _Source:
        key = kind + ":" + fold(text)
        source = self.sources.get(key)
        if source is None or (kind == "desc" and sentence - source.sentence > _DESC_REACH):
            source = _Source(text, kind, sentence)
            self.sources[key + (f"#{sentence}" if key in self.sources else "")] = source
        return source
