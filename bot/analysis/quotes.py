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

import bisect
import logging
import re
from dataclasses import dataclass, field

from .attribution import (
    MASK,
    Attribution,
    NameParse,
    Speaker,
    Token,
    find_attributions,
    parse_run,
    pre_name_role,
    run_right,
    tokenize,
    transcript_label,
)
from .models import Expert, Quote, Sentence, SourceKind, UnnamedSource
from .names import (
    FEMALE_HONORIFICS,
    FUNCTION_WORDS,
    MALE_HONORIFICS,
    NAME_PARTICLES,
    fold,
    gender_of,
    tag_of,
)
from .people import People, Person, title_case
from .quotemarks import QuoteSpan, find_quotes, mask_quotes
from .roles import COPULA, clean_role, merge_roles


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


log = logging.getLogger(__name__)

_WINDOW = 600  # characters read on each side of an attribution in a runaway sentence
_PRONOUN_WINDOW = 6
_KEY_LIMIT = 50  # people remembered per name word  # how many recent people a pronoun looks back over for a gender match
_DESC_REACH = 3  # sentences after "the company's chief executive said" in which the name may follow
_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though|and)\b|\s(?:while|whereas)\s")
_NAMING = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|known\s+as|so-called|rated|rates|rating|labell?ed|branded"
    r"|termed|nicknamed|billed\s+as|headlined|words?|terms?|phrase|slogan|hashtag|marked|reads?|reading)"
    r"\s+(?:it\s+|them\s+|as\s+|the\s+[\w'’\-]+\s+|a\s+)?$",
    re.I,
)
_CIRCUMSTANCE = re.compile(
    r"^\s*,?\s*(?:in|on|at|during|after|before|with|to|from|by|over|via|late|early|last|this|earlier"
    r"|later|when|while|as|outside|inside|ahead|speaking|according)\b",
    re.I,
)
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'’\-]{1,40}(?:,\s*[A-Z][a-z]+\.? \d{1,2})?\s*(?:\([^()]{1,30}\))?\s*(?:--|[—–-])\s*"
)
_CONTENT_WORD = re.compile(r"[^\W_][\w'’\-]*")
_DESCRIPTION_WORDS = _set("a an the his her their its whose who which one")
_SELF_STANDING = frozenset({"agreed", "disagreed", "concurred"})
# Verbs that need a clause to report; the others ("called for a strike") report their object.
_SAY_VERBS = _set("said says say told tells tell added adds according to asked asks wrote writes continued")


@dataclass(slots=True)
class _Source:
    speaker: str
    kind: str  # "group", "org" or "desc"
    sentence: int
    quotes: list[Quote] = field(default_factory=list)
    linked: Person | None = None
    roles: list[tuple[int, str]] = field(default_factory=list)


_Target = Person | _Source


@dataclass(slots=True)
class _Copula:
    """A role stated with a verb: "Now he is dean of …", "X being named the new head of …"."""

    sentence: int
    pos: int
    role: str
    pronoun: Token | None
    person: Person | None


@dataclass(slots=True)
class _Mention:
    person: Person
    pos: int
    subject: bool


_FINITE = _set("is are was were has have had will would can could should may might must shall do does did")


def _has_verb(text: str) -> bool:
    """Whether a stretch of text holds a finite verb ("the deal was off"), so it can be a clause."""
    for word in _CONTENT_WORD.findall(text):
        low = word.lower()
        if low in _FINITE or low.endswith("n't") or tag_of(low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


class _Extractor:
    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = [s for s in sentences if 0 <= s.start <= s.end <= len(text)]
        self.starts = [s.start for s in self.sentences]
        self.index_of = {s.index: s for s in self.sentences}
        self.quotes = find_quotes(text)
        self.masked = mask_quotes(text, self.quotes)
        self.quote_opens = [q.open for q in self.quotes]
        self.people = People()
        self.sources: dict[str, _Source] = {}
        self.attributions: list[Attribution] = []
        self.by_sentence: dict[int, list[Attribution]] = {}
        self.targets: dict[int, list[_Target]] = {}  # id(attribution) -> resolved speakers
        self.mentions: dict[int, list[_Mention]] = {}
        self.copulas: list[_Copula] = []
        self.paragraph_start: dict[int, int] = {}
        self.full_quotes: set[int] = set()
        self._by_paragraph: dict[int, tuple[list[Attribution], list[int]]] | None = None
        self._sorted: dict[int, tuple[list[Attribution], list[int]]] = {}
        self._clause_cache: dict[int, dict[int, tuple[int, int]]] = {}
        self._last_quote_target: tuple[int, _Target] | None = None

    # ---------------------------------------------------------------- sentences
    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos < max(s.end, s.start + 1) else None

    def scan(self) -> None:
        seen_paragraphs: set[int] = set()
        for sentence in self.sentences:
            tokens = tokenize(self.masked[sentence.start : sentence.end], sentence.start)
            found: list[Attribution] = []
            if sentence.paragraph not in seen_paragraphs:
                seen_paragraphs.add(sentence.paragraph)
                self.paragraph_start[sentence.paragraph] = sentence.start
                label = self._label(sentence)
                if label is not None:
                    found.append(label)
            if not sentence.is_heading:
                found += find_attributions(self.masked, sentence.start, sentence.end, sentence.index, tokens)
            self._mentions(sentence, tokens)
            if found:
                self.by_sentence[sentence.index] = found
                self.attributions += found

    def _label(self, sentence: Sentence) -> Attribution | None:
        line_end = self.text.find("\n", sentence.start)
        line = self.masked[sentence.start : line_end if line_end >= 0 else len(self.text)]
        label = transcript_label(line[:200])
        if label is None:
            return None
        name, end = label
        words = name.split()
        parse = NameParse(
            name=words, start=sentence.start, end=sentence.start + len(name), kind="person", evidence=True
        )
        if words[0].lower().rstrip(".") in {"mr", "mrs", "ms", "dr", "prof", "mister", "miss"}:
            parse.honorific = words[0].rstrip(".")
            parse.name = words[1:]
        parse.name = title_case(parse.name)
        speaker = Speaker("name", " ".join(parse.name), sentence.start, sentence.start + end, name=parse)
        return Attribution(
            sentence.index,
            [speaker],
            ":",
            sentence.start + end - 2,
            sentence.start + end - 1,
            "label",
            sentence.start,
            sentence.start + end,
        )

    def _mentions(self, sentence: Sentence, tokens: list[Token]) -> None:
        """Person names outside quotes, with roles next to them and whether they open a clause."""
        n = len(tokens)
        i = 0
        out: list[_Mention] = []
        while i < n:
            tok = tokens[i]
            if not (tok.is_word and tok.is_cap):
                if tok.is_word and tok.low in ("he", "she"):
                    self._copula(sentence, tok.end, tok, None)
                i += 1
                continue
            j = run_right(tokens, i, n)
            if j <= i:
                i += 1
                continue
            parse = parse_run(tokens, i, j, sentence_start=i == 0)
            known = (
                parse is not None
                and parse.kind == "single"
                and self.people.find(parse.name, parse.start) is not None
            )
            if parse is not None and (
                (parse.kind == "person" and (len(parse.name) >= 2 or parse.honorific or parse.role)) or known
            ):
                if len([t for t in parse.name if t.lower() not in NAME_PARTICLES]) >= 2:
                    person = self.people.add(parse.name, parse.start)
                else:
                    person = self.people.find(parse.name, parse.start) or self.people.add(
                        parse.name, parse.start
                    )
                self._gender_from(person, parse)
                if parse.role:
                    person.roles.append((parse.role_start, parse.role))
                role, start = pre_name_role(tokens, i, 0)
                if role and not parse.role:
                    person.roles.append((start, role))
                after = j
                if not parse.possessive and after + 1 < n and tokens[after].text == ",":
                    b = after + 1
                    while (
                        b < n
                        and b - after < 40
                        and tokens[b].text not in (",", ";", ":")
                        and not tokens[b].is_mask
                    ):
                        b += 1
                    appositive = (
                        self.text[tokens[after + 1].start : tokens[b - 1].end] if b > after + 1 else ""
                    )
                    role = clean_role(appositive, appositive=True)
                    if (
                        role
                        and tokens[after + 1].low not in ("who", "which")
                        and not tokens[after + 1].low.endswith("ing")
                    ):
                        person.roles.append((tokens[after + 1].start, role))
                prev = tokens[i - 1] if i > 0 else None
                subject = not parse.possessive and (
                    prev is None
                    or not prev.is_word
                    or prev.low
                    in (
                        "that",
                        "which",
                        "while",
                        "and",
                        "but",
                        "when",
                        "as",
                        "because",
                        "although",
                        "now",
                        "then",
                    )
                    or (prev.low.endswith("ly") and prev.text.islower())
                )
                out.append(_Mention(person, parse.start, subject))
                self._copula(sentence, tokens[j - 1].end, None, person)
            i = j
        if out:
            self.mentions[sentence.index] = out

    def _copula(self, sentence: Sentence, pos: int, pronoun: Token | None, person: Person | None) -> None:
        rest = self.masked[pos : min(sentence.end, pos + 240)]
        match = COPULA.match(rest)
        if not match:
            return
        role = clean_role(match.group("role"))
        if role:
            self.copulas.append(_Copula(sentence.index, pos + match.start("role"), role, pronoun, person))

    def _gender_from(self, person: Person, parse: NameParse) -> None:
        person.evidence = person.evidence or parse.evidence
        if person.gender:
            return
        if parse.honorific:
            low = parse.honorific.lower()
            person.gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
        if not person.gender and len(person.tokens) >= 2:
            person.gender = gender_of(person.tokens[0])

    # ---------------------------------------------------------------- speakers
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

    # ---------------------------------------------------------------- quotes
    def _gap(self, a: int, b: int) -> str:
        return self.masked[a:b] if 0 <= a <= b else "\x00"

    def _intro_end(self, attribution: Attribution) -> int:
        return max(attribution.end, attribution.listener_end)

    def _clauses(self, sentence: Sentence) -> dict[int, tuple[int, int]]:
        """Each attribution's clause; sentences with several speakers split at "; " or ", while"."""
        cached = self._clause_cache.get(sentence.index)
        if cached is not None:
            return cached
        found = sorted(self.by_sentence.get(sentence.index, ()), key=lambda a: a.start)
        bounds: dict[int, tuple[int, int]] = {}
        start = sentence.start
        for n, attribution in enumerate(found):
            end = sentence.end
            next_start = start
            if n + 1 < len(found):
                nxt = found[n + 1]
                between = self.masked[max(self._intro_end(attribution), nxt.start - _WINDOW) : nxt.start]
                breaks = list(_BREAK.finditer(between))
                if breaks:
                    offset = max(self._intro_end(attribution), nxt.start - _WINDOW)
                    end = offset + breaks[-1].start()
                    next_start = offset + breaks[-1].end()
            # a runaway sentence is read only near each attribution, so the cost stays linear
            bounds[id(attribution)] = (
                max(start, attribution.start - _WINDOW),
                min(end, self._intro_end(attribution) + _WINDOW),
            )
            start = next_start
        self._clause_cache[sentence.index] = bounds
        return bounds

    def _view(self, a: int, b: int) -> str:
        """text[a:b] with full quotes masked and partial ones ("overwhelming consensus") readable."""
        out = list(self.masked[a:b])
        i = bisect.bisect_left(self.quote_opens, a - 1)
        i = max(0, i - 1)
        while i < len(self.quotes) and self.quotes[i].open < b:
            q = self.quotes[i]
            if q.open not in self.full_quotes and q.close > a:
                lo, hi = max(a, q.open), min(b, q.close)
                out[lo - a : hi - a] = self.text[lo:hi]
            i += 1
        return "".join(out)

    def _content_words(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        text = self._view(a, b).replace(MASK, " ")
        return sum(1 for w in _CONTENT_WORD.findall(text) if w.lower() not in FUNCTION_WORDS)

    def _is_full(self, q: QuoteSpan, adjacent: bool) -> bool:
        inner = self.text[q.start : q.end]
        words = inner.split()
        if adjacent:
            return True
        if self._titleish(q):
            return False
        first = inner.lstrip("[(‘'\"“")[:1]
        sentence_like = len(words) >= 4 or inner.rstrip()[-1:] in (".", "?", "!", "…")
        return sentence_like and (first.isupper() or first.isdigit())

    def _titleish(self, q: QuoteSpan) -> bool:
        words = self.text[q.start : q.end].split()
        if not words or len(words) > 6 or self.text[q.start : q.end].rstrip()[-1:] in ".?!":
            return False
        small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by"}
        return all(w[:1].isupper() or w in small for w in words) and len(words) >= 2

    def _naming(self, q: QuoteSpan, after: int) -> bool:
        before = self.masked[max(after, q.open - 40) : q.open]
        return bool(_NAMING.search(before))

    def _targets(self, attribution: Attribution) -> list[_Target]:
        return self.targets.get(id(attribution), [])

    def _quote_speaker(
        self, q: QuoteSpan, s_open: Sentence, s_close: Sentence
    ) -> tuple[_Target | None, bool]:
        # A: the attribution right after the quote: `"…," she said` / `"…" said X`
        for attribution in self._near(s_close.index, q.close, 0, 2):
            if attribution.start >= q.close and re.fullmatch(
                r"[\s,—–-]*", self._gap(q.close, attribution.start)
            ):
                targets = self._targets(attribution)
                if targets:
                    return targets[-1], True
        # B: the attribution right before it: `X said: "…"`, `"…," he said, "…"`
        candidates = self._near(s_open.index, q.open, 4, 0)
        if s_open.index - 1 >= 0 and s_open.start == self.paragraph_start.get(s_open.paragraph, -1):
            prev = self._sentence_by_index(s_open.index - 1)
            if prev is not None and self.masked[max(prev.start, prev.end - 5) : prev.end].rstrip().endswith(
                ":"
            ):
                candidates = self._near(prev.index, prev.end, 3, 0) + candidates
        for attribution in reversed(candidates):
            end = self._intro_end(attribution)
            if end > q.open:
                continue
            gap = self._gap(end, q.open)
            if attribution.order == "label" and not gap.strip():
                labelled = self._targets(attribution)
                return (labelled[-1] if labelled else None), True
            if not ("," in gap or ":" in gap) and self._titleish(q):
                continue  # "told CNN's "State of the Union" on Sunday"
            if re.fullmatch(r"\s*[,:]\s*(?:that\s+)?|\s*(?:that\s+)?", gap) and (
                attribution.order == "sv" or ("," in gap or ":" in gap)
            ):
                targets = self._targets(attribution)
                if targets:
                    return targets[-1], True
        # C: inside an attribution's reported clause: `X said there was "overwhelming consensus"`
        best: tuple[int, _Target] | None = None
        for sentence in {s_open.index, s_close.index}:
            sent = self._sentence_by_index(sentence)
            if sent is None:
                continue
            clauses = self._clauses(sent)
            for attribution in self._near(sentence, q.open, 4, 4):
                targets = self._targets(attribution)
                if not targets or attribution.order == "label":
                    continue
                c0, c1 = clauses.get(id(attribution), (sent.start, sent.end))
                distance = -1
                if attribution.order in ("sv", "acc") and self._intro_end(attribution) <= q.open < c1:
                    if self._naming(q, attribution.verb_end) or self._titleish(q):
                        continue
                    distance = q.open - self._intro_end(attribution)
                elif q.close <= attribution.start and q.open >= c0 and self._trailing(attribution, c1):
                    if self._naming(q, c0) or self._titleish(q):
                        continue
                    distance = attribution.start - q.close
                if distance >= 0 and (best is None or distance < best[0]):
                    best = (distance, targets[-1])
        if best is not None:
            return best[1], False
        return None, False

    def _near(self, sentence: int, pos: int, before: int, after: int) -> list[Attribution]:
        """The attributions of a sentence nearest to `pos`: `before` starting before it, `after` from it."""
        found = self._sorted.get(sentence)
        if found is None:
            attributions = sorted(self.by_sentence.get(sentence, ()), key=lambda a: a.start)
            found = self._sorted[sentence] = (attributions, [a.start for a in attributions])
        attributions, starts = found
        i = bisect.bisect_left(starts, pos)
        return attributions[max(0, i - before) : i + after]

    def _sentence_by_index(self, index: int) -> Sentence | None:
        return self.index_of.get(index)

    def _trailing(self, attribution: Attribution, c1: int) -> bool:
        """The attribution closes its clause ("…, Wu said." / "…," he said): its speech is before it."""
        c1 = min(c1, self._intro_end(attribution) + _WINDOW)
        after = self.masked[self._intro_end(attribution) : c1]
        if MASK in after:
            return False
        if attribution.order == "vs":
            return True
        if _CIRCUMSTANCE.match(after) or re.match(r"\s*,\s*\w+ing\b", after):
            return True  # "…, he said on Monday" / "…, he said, thanking those present"
        return not self._reports(self._intro_end(attribution), c1, attribution.verb)

    def _reports(self, a: int, b: int, verb: str) -> bool:
        """Whether text[a:b], after a speech verb, is a reported clause of its own."""
        view = self._view(a, min(b, a + _WINDOW))
        if MASK in view:
            view = view[: view.index(MASK)]
        words = self._content_words(a, a + len(view))
        if verb in _SAY_VERBS:
            # "said on a conference call" reports nothing; "said the deal was off" does
            if len(_CONTENT_WORD.findall(view)) >= 2 and _has_verb(view):
                return True
            return words >= (4 if _CIRCUMSTANCE.match(view) else 2)
        return words >= 1  # "called for a strike"

    def _paragraph_speaker(self, q: QuoteSpan, sentence: Sentence) -> _Target | None:
        """A full quote with no attribution of its own: the speaker of its paragraph, before or after,
        or of the previous paragraph's last quote when this paragraph opens with it."""
        paragraph = sentence.paragraph
        attributions, ends = self._paragraph_attributions(paragraph)
        before: Attribution | None = None
        after: Attribution | None = None
        i = bisect.bisect_right(ends, q.open)
        for attribution in reversed(attributions[max(0, i - 8) : i]):
            if self._targets(attribution) and attribution.end <= q.open:
                before = attribution
                break
        for attribution in attributions[i : i + 8]:
            if self._targets(attribution) and attribution.start >= q.close:
                after = attribution
                break
        chosen = before or after
        if chosen is not None:
            return self._targets(chosen)[-1]
        if q.open == self.paragraph_start.get(paragraph, -1) and self._last_quote_target is not None:
            last_paragraph, target = self._last_quote_target
            if last_paragraph == paragraph - 1:
                return target
        return None

    def _paragraph_attributions(self, paragraph: int) -> tuple[list[Attribution], list[int]]:
        cache = self._by_paragraph
        if cache is None:
            grouped: dict[int, list[Attribution]] = {}
            for attribution in self.attributions:
                s = self._sentence_by_index(attribution.sentence)
                if s is not None:
                    grouped.setdefault(s.paragraph, []).append(attribution)
            cache = self._by_paragraph = {}
            for key, found in grouped.items():
                found.sort(key=lambda a: a.end)
                cache[key] = (found, [a.end for a in found])
        return cache.get(paragraph, ([], []))

    def add_direct(self) -> None:
        self._last_quote_target = None
        for q, target, sentence_index, _full in self._assign_direct():
            quote = Quote(self.text[q.start : q.end], "direct", q.start, q.end, sentence_index)
            target.quotes.append(quote)

    def _assign_direct(self) -> list[tuple[QuoteSpan, _Target, int, bool]]:
        # the paragraph fallback needs the last attributed quote as we go, so assign in order
        out: list[tuple[QuoteSpan, _Target, int, bool]] = []
        original = self.quotes
        self.full_quotes = set()
        previous: _Target | None = None
        for q in original:
            s_open = self.sentence_at(q.open)
            if s_open is None:
                continue
            s_close = self.sentence_at(max(q.open, q.close - 1)) or s_open
            target, adjacent = self._quote_speaker(q, s_open, s_close)
            full = self._is_full(q, adjacent)
            if full:
                self.full_quotes.add(q.open)
            if target is None and q.continues and previous is not None:
                target = previous
            if target is None and full and not self._titleish(q) and not self._naming(q, q.open - 40):
                target = self._paragraph_speaker(q, s_open)
            if target is None:
                continue
            previous = target
            self._last_quote_target = (q.paragraph, target)
            out.append((q, target, s_open.index, full))
        return out

    def add_transcripts(self) -> None:
        """`NAME: words` with no quote marks in the paragraph: the words are the speaker's."""
        quoted = {q.paragraph for q in self.quotes}
        for attribution in self.attributions:
            if attribution.order != "label":
                continue
            sentence = self._sentence_by_index(attribution.sentence)
            targets = self._targets(attribution)
            if sentence is None or not targets or sentence.paragraph in quoted:
                continue
            line_end = self.text.find("\n", attribution.end)
            span = self._trim(attribution.end, line_end if line_end >= 0 else len(self.text))
            if span is not None:
                a, b = span
                targets[-1].quotes.append(Quote(self.text[a:b], "direct", a, b, sentence.index))

    def add_indirect(self) -> None:
        last_indirect: dict[int, tuple[int, int]] = {}
        for sentence in self.sentences:
            found = self.by_sentence.get(sentence.index)
            if not found:
                continue
            clauses = self._clauses(sentence)
            for attribution in found:
                targets = self._targets(attribution)
                if not targets or attribution.order == "label":
                    continue
                span = self._indirect_span(attribution, sentence, clauses.get(id(attribution)))
                if span is None:
                    continue
                a, b = span
                if a == self.paragraph_start.get(sentence.paragraph, -1):
                    dateline = _DATELINE.match(self.text, a, b)
                    if dateline:
                        a = dateline.end()  # "LONDON (Reuters) - " is not part of what was said
                quote = Quote(self.text[a:b], "indirect", a, b, sentence.index)
                for target in targets:
                    # clauses come in text order, so only the target's latest indirect quote can overlap
                    previous = last_indirect.get(id(target))
                    if previous is None or not (previous[0] < b and a < previous[1]):
                        target.quotes.append(quote)
                        last_indirect[id(target)] = (a, b)

    def _indirect_span(
        self, attribution: Attribution, sentence: Sentence, clause: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        c0, c1 = clause or (sentence.start, sentence.end)
        intro_end = self._intro_end(attribution)
        speaker_end = max(s.end for s in attribution.speakers)
        left = self.masked[max(c0, attribution.start - _WINDOW) : attribution.start]
        after_quote = bool(re.search(MASK + r"[\s,—–-]*$", left))
        if after_quote:
            # `"…," he said, adding that …`: the words after the attribution are reported too
            rest_start = max(intro_end, speaker_end)
            rest = self._view(rest_start, min(c1, rest_start + _WINDOW))
            if MASK in rest:
                rest = rest[: rest.index(MASK)]
            first = _CONTENT_WORD.search(rest)
            if first is None or first.group()[0].isupper() or first.group().lower() in _DESCRIPTION_WORDS:
                return None  # "…," said X, managing partner at Y — an appositive, not more speech
            if _CIRCUMSTANCE.match(rest) or self._content_words(rest_start, rest_start + len(rest)) < 3:
                return None
            return self._trim(rest_start, rest_start + len(rest))
        if attribution.order in ("sv", "acc"):
            after = self._view(intro_end, c1)
            before_full = after[: after.index(MASK)] if MASK in after else after
            introduces = MASK in after and before_full.rstrip().endswith((":", ","))
            reported = self._reports(intro_end, c1, attribution.verb)
            if reported and not (introduces and _CIRCUMSTANCE.match(before_full)):
                return self._piece(c0, c1, attribution)
        reported_before = (
            re.search(r",\s*$", left) or attribution.order == "vs" or re.search(r"\b(?:that|which)\s*$", left)
        )
        if (
            reported_before
            and self._trailing(attribution, c1)
            and self._content_words(max(c0, attribution.start - _WINDOW), attribution.start) >= 3
        ):
            return self._piece(c0, c1, attribution)
        if attribution.verb in _SELF_STANDING:
            return self._trim(c0, c1)
        return None

    def _piece(self, c0: int, c1: int, attribution: Attribution) -> tuple[int, int] | None:
        """The clause without its full quotes: the contiguous stretch around the attribution."""
        a, b = c0, c1
        first = max(0, bisect.bisect_left(self.quote_opens, c0) - 1)
        last = bisect.bisect_left(self.quote_opens, c1)
        for q in self.quotes[first:last]:
            if q.close <= c0 or q.open >= c1 or q.open not in self.full_quotes:
                continue
            if q.close <= attribution.start:
                a = max(a, q.close)
            elif q.open >= attribution.end:
                b = min(b, q.open)
        return self._trim(a, b)

    def _trim(self, a: int, b: int) -> tuple[int, int] | None:
        while a < b and (self.text[a] in " ,;:—–-" or self.text[a].isspace()):
            a += 1
        while b > a and (self.text[b - 1] in " ,;:—–-" or self.text[b - 1].isspace()):
            b -= 1
        if b - a < 3:
            return None
        return a, b

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
