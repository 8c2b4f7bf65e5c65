"""Scanning sentences for attributions, transcript labels, person mentions and roles stated with a verb."""

from __future__ import annotations

from .attribution import find_attributions, transcript_label
from .models import Sentence
from .name_runs import parse_run, pre_name_role, run_right
from .names import (
    NAME_PARTICLES,
    PEOPLE_NOUNS,
    fold,
    is_agent_noun,
    is_role_word,
    tag_of,
)
from .people import Person, title_case
from .quote_context import ExtractorState, _Copula, _Mention
from .roles import COPULA, clean_role, is_role_modifier
from .speech_tokens import Attribution, NameParse, Speaker, Token, tokenize
from .speech_verbs import _PREPOSITIONS


class MentionScan(ExtractorState):
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

    def _known_surname(self, word: str) -> bool:
        person = self.people.find([word], len(self.text))
        return person is not None and len(person.tokens) >= 2

    def _label(self, sentence: Sentence) -> Attribution | None:
        line_end = self.text.find("\n", sentence.start)
        line = self.masked[sentence.start : line_end if line_end >= 0 else len(self.text)]
        label = transcript_label(line[:200], self._known_surname)
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
            if parse is not None and _workplace(tokens, i):
                self.workplaces.add(fold(" ".join(parse.name)))
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
                if not role and not parse.role:
                    role, start = _role_then_comma(tokens, i, j)
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


_STAFF = frozenset({"crew", "crews", "staff", "staffers", "workforce", "colleagues", "partner", "partners"})


def _workplace(tokens: list[Token], i: int) -> bool:
    """ "analysts at X", "workers at X", "an economist with X": X is where people work, a firm."""
    if i < 2 or tokens[i - 1].low not in ("at", "with"):
        return False
    before = tokens[i - 2]
    if not before.is_word or (before.is_cap and i > 2):  # capitalised only when opening the sentence
        return False
    return before.low in PEOPLE_NOUNS or before.low in _STAFF or is_role_word(before.low)


def _role_then_comma(tokens: list[Token], i: int, j: int) -> tuple[str | None, int]:
    """ "the opposition's transport spokesman, Jo Bell, …": a role set off before the name by a comma,
    with the name closed by another comma (or the sentence's end)."""
    if i < 2 or tokens[i - 1].text != "," or (j < len(tokens) and tokens[j].text not in (",", ".")):
        return None, -1
    head = tokens[i - 2]
    if (
        not head.is_word
        or head.is_cap
        or not (is_role_word(head.low, plural=False) or is_agent_noun(head.low))
    ):
        return None, -1
    a = i - 2
    while a - 1 >= 0 and i - a < 8:
        prev = tokens[a - 1]
        if not prev.is_word or prev.low in ("and", "but", "or"):
            break
        if prev.low in _PREPOSITIONS or tag_of(prev.low) in ("IN", "TO"):
            return None, -1  # "After a meeting with the minister, Jo Bell left": no appositive
        if prev.is_cap and not prev.low.endswith(("'s", "’s")) and not is_role_modifier(prev.low):
            break
        a -= 1
    role = clean_role(" ".join(t.text for t in tokens[a : i - 1]))
    return (role, tokens[a].start) if role else (None, -1)
