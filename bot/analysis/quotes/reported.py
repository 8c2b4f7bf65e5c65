"""The reported clause of an attribution without its "said X": what was said, as a reader would
quote it. Whitfield said on Monday that the deal was off → "the deal was off"; The deal was off,
Whitfield said → "The deal was off"; “…,” she said, adding that talks go on → "talks go on".

Each rule takes the stretch the indirect stage found (the attribution's clause, whole quotes cut off)
and returns the spans reported in it; an empty list means the cut would leave too little, and the
caller keeps the stretch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..wordlists import alternation
from .directive import DIRECTIVE_VERBS
from .document import CONTENT_WORD, REPORTS_CLAUSE, Document, has_verb
from .names import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    TITLE_ABBREVIATIONS,
    is_agent_noun,
    is_role_word,
    tag_of,
)
from .speech_tokens import MASK, Attribution, Order, tokenize
from .speech_verbs import _AMBIGUOUS_S, SPEECH_VERBS, _set
from .that_clause import that_clause_verb
from .that_participle import THAT_PARTICIPLE_WORD, has_infinitive, that_participle_after
from .topic_verbs import FRAMES

Span = tuple[int, int]
_CLAUSE_REACH = 8  # words after a speech verb in which a clause's verb stands: "warned the plan would fail"

_WHEN = r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
_OPENER = rf"(?:{alternation('circumstance_openers')}|{_WHEN})\b"
_NO_BREAK = r"[^,;:.!?\"“”\ue000]"  # within one phrase: no clause mark, no quote
# "that" as a subject, not a conjunction: "said that was among the options"
_THAT_SUBJECT = re.compile(
    r"that\s+(?:is|was|were|are|would|will|could|can|should|might|may|has|had|meant|means|seems|seemed)\b",
    re.I,
)
_ASIDE = re.compile(r"[\s,]*(?:(?:however|though|meanwhile|also),?\s+)?", re.I)
# "said on Monday that", "told a news conference in Geneva that"
# (set off by commas too: "said, during a TV appearance, that")
_CIRCUMSTANCE_THEN_THAT = re.compile(rf"(?:{_OPENER}{_NO_BREAK}{{0,80}}?,?\s+)?(?P<that>that)\s+", re.I)
# "said in a statement, the deal was off", "said Monday the deal was off"
_CIRCUMSTANCE_COMMA = re.compile(rf"{_OPENER}{_NO_BREAK}{{0,80}},\s*", re.I)
_WHEN_ALONE = re.compile(rf"{_WHEN}\b,?\s*", re.I)
# "said the fares would stay frozen and that a pier would open": two clauses
_AND_THAT = re.compile(r",?\s+and\s+(?P<that>that)\s+", re.I)
# hand-listed participles first ("pointing out" before a derived "pointing"), then those PolNeAR labels
_PARTICIPLE = re.compile(
    rf"(?:{alternation('reporting_participles')}|{alternation('cue_verbs', 'participle')})\b\s+", re.I
)
# "defended the budget, saying that the cuts were unavoidable": a participle carries on the speech
# (an adverb may stand between: ", initially calling it …", ", later adding that …"; "adding to the
# flood of refugees" adds no words); so does a weaker cue PolNeAR labels, once the speaker is known
# (", calling it a victory", ", questioning whether …": data/cue_verbs.txt, carries_on)
_CARRIED_ON = re.compile(
    r",\s*(?:[a-z]{2,}ly\s+|later\s+|then\s+|also\s+)?(?!adding\s+to\b)"
    rf"(?={alternation('reporting_participles')}\b|{alternation('cue_verbs', 'participle')}\b"
    rf"|{alternation('cue_verbs', 'carries_on')}\b)"
)
# "praised the decision saying it would …": "saying" right after the object, no comma
_BARE_SAYING = re.compile(r"(?<=[a-z])\s(?=saying\b)")
_BEFORE_QUOTE = re.compile(rf"\s*[,:]?\s*{MASK}")
_COMMA_ING = re.compile(r"\s*,\s*(?=(?P<ing>[a-z]+ing)\b)")
_NOT_PARTICIPLES = ("IN", "NN", "NNS")  # ", during a TV appearance, that …", ", this morning": no participle
# "denies the charge and says …": the same speaker's next speech verb (not one that is also a noun)
_AND_SPEECH_VERB = re.compile(
    r"[\s,]+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>"
    + "|".join(sorted(SPEECH_VERBS - _AMBIGUOUS_S, key=len, reverse=True))
    + r")\b",
    re.I,
)
# "conceded A but implied that B": the speaker's next verb taking "that" and a clause, whichever verb
_AND_THAT_VERB = re.compile(
    r"[\s,]+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>[a-z]+(?:ed|es|s))\s+(?=that\s)"
)
# documents that are judged, not read from: "welcomed the ruling saying the judgment was sound" is the
# speaker's verdict on it, where "cited a report saying …" relays the report
_JUDGED = _set("decision ruling rulings verdict plan plans proposal proposals deal deals")
# objects that may say things themselves: "praised the crowd saying …", "cited a report saying …"
_PERSONS = (
    PEOPLE_NOUNS
    | ORG_NOUNS
    | (DOCUMENT_NOUNS - _JUDGED)
    | frozenset(
        {"them", "him", "her", "us", "me", "you", "people", "those", "others", "crowd", "crowds", "percent"}
    )
)
_SUBJECT_WORDS = 12  # words of a subject an attribution may interrupt: "The new crane, she said, …"
# after the attribution, a comma (a circumstance before it): "…, she said on Monday, would double …"
_GOES_ON = re.compile(rf"\s*(?:{_OPENER}{_NO_BREAK}{{0,60}}?)?,\s*")
_LISTENER_THAT = re.compile(r"(?P<who>[^.;:!?\"“”\ue000]{1,80}?)\s+(?P<that>that)\s+", re.I)
# verbs whose first object is who is told: "telling supporters that …", not "saying the unions that …"
_LISTENER_PARTICIPLES = frozenset(
    {
        "telling",
        "assuring",
        "reminding",
        "informing",
        "warning",
        "asking",
        "informed",
        "informs",
        "assured",
        "reminded",
        # the other tenses of the verbs above, and "cautioned parents that"
        "warned",
        "warns",
        "assures",
        "reminds",
        "cautioned",
        "cautions",
        "cautioning",
    }
)
_WHEN_OPENER = re.compile(r"\s*(?:when|whenever|as|after)\s+(?:i|we|you|asked|questioned|pressed)\b", re.I)
# an adverbial clause alone before "X said …" ("While the side lost, Deans felt that …", "If she wins,
# he said …"): it sets the scene of the main clause, it is not what was said
_ADVERBIAL_ALONE = re.compile(
    r"\s*(?:while|whilst|although|though|when|whenever|if|as|since|after|before|until|unless|because|once"
    r"|whereas|despite)\b[^,;:]*,\s*$",
    re.I,
)
_ING_OPENER = re.compile(r"\s*([A-Za-z]+ing)\b")
_TITLE_BEFORE = re.compile(r"\b(?P<title>[A-Za-z]+)\.?\s+$")
_FINAL_STOP = re.compile(r"(?<=[a-z0-9%\"”’)])\.$")


def _words(doc: Document, span: Span) -> int:
    return len(CONTENT_WORD.findall(doc.text[span[0] : span[1]]))


def _trim(doc: Document, a: int, b: int) -> Span | None:
    """doc.trim, and the sentence's full stop: "the deal was off." → "the deal was off"."""
    span = doc.trim(a, b)
    if span is not None and _FINAL_STOP.search(doc.text, span[0], span[1]):
        span = doc.trim(span[0], span[1] - 1)
    return span


def skip_to_clause(text: str, a: int, b: int) -> int:
    """Past the circumstance and "that" that open what a speech verb reports.

    >>> text = "said on Monday that the deal was off"
    >>> text[skip_to_clause(text, 4, len(text)):]
    'the deal was off'
    """
    a = _ASIDE.match(text, a, b).end()  # type: ignore[union-attr]
    if _THAT_SUBJECT.match(text, a, b):
        return a
    found = _CIRCUMSTANCE_THEN_THAT.match(text, a, b)
    if (
        found
        and not _THAT_SUBJECT.match(text, found.start("that"), b)
        and not _clause_before_that(text[a : found.start("that")])
    ):
        return found.end()
    for lead in (_CIRCUMSTANCE_COMMA, _WHEN_ALONE):
        found = lead.match(text, a, b)
        # "said at least 40 people died, …" opens a clause, not a circumstance; nor does "called on
        # the board to resign, …", whose infinitive is what was asked
        if found and not has_verb(found.group()) and not has_infinitive(found.group()):
            return found.end()
    return a


_CIRCUMSTANCE_WORDS = 6  # "on Monday in a letter sent to members that": a circumstance, verb and all


def _clause_before_that(stretch: str) -> bool:
    """The words between a speech verb's time or place and a later "that" are the reported clause,
    whose own relative "that" it is: "said Thursday many of the evacuees came from the district that
    flooded". A short circumstance may hold a participle ("in a statement posted online that"), and a
    "that" after a comma opens the clause, however long the circumstance ("in a press conference held
    today and attended by reporters, that …"): a relative "that" takes no comma."""
    if stretch.rstrip().endswith(","):
        return False
    return has_verb(stretch) and len(CONTENT_WORD.findall(stretch)) > _CIRCUMSTANCE_WORDS


def _and_that(doc: Document, a: int, b: int) -> list[Span]:
    """Clauses joined by "and that" are two spans: "A and that B" → "A", "B"."""
    spans: list[Span] = []
    for found in _AND_THAT.finditer(doc.masked, a, b):
        if _THAT_SUBJECT.match(doc.text, found.start("that"), b):
            continue
        piece = _trim(doc, a, found.start())
        if piece is not None and _words(doc, piece) >= 2:
            spans.append(piece)
            a = found.end()
    last = _trim(doc, a, b)
    return [*spans, last] if last is not None else spans


def speaker_opening(doc: Document, attribution: Attribution) -> int:
    """Where the attribution's words open, a courtesy title before its speaker included:
    "…, Mr. Manafort said" opens at "Mr.", so the clause before it ends at the comma."""
    found = _TITLE_BEFORE.search(doc.masked, max(0, attribution.start - 12), attribution.start)
    if found is not None and found.group("title").lower() in (HONORIFICS | TITLE_ABBREVIATIONS):
        return found.start()
    return attribution.start


def _clause_before(
    doc: Document, attribution: Attribution, a: int, others: Sequence[Attribution]
) -> list[Span]:
    """A clause of three words or more ending in a comma right before "X said" is reported too:
    Volumes were lower in July, Wu said the company told analysts → "Volumes were lower in July";
    not when another attribution stands in it ("Wu said A, while Li said B": A is Wu's). Its verb may
    stand in a partial quote (the caller cut whole quotes off): The circle “poses a threat”, he said."""
    opening = speaker_opening(doc, attribution)
    before = doc.masked[a:opening]
    if (
        not re.search(r",\s*$", before)
        or len(CONTENT_WORD.findall(before)) < 3
        or not has_verb(doc.text[a:opening])
    ):
        return []
    if any(a <= other.start < attribution.start for other in others if other is not attribution):
        return []
    if _WHEN_OPENER.match(doc.text, a, opening) or _ADVERBIAL_ALONE.match(before):
        return []  # "When I asked him about it, he said …": the question; "While …,": the scene
    opener = _ING_OPENER.match(doc.text, a, opening)
    if opener and tag_of(opener.group(1)) in ("VBG", "") and not _PARTICIPLE.match(doc.text, a, opening):
        return []  # "Criticising the court's rulings, …, he said": what he did, not what he said
    piece = speech_after_participle(doc, a, opening)  # "Noting that exports fell, …"
    return [piece] if piece is not None else []


def interrupted_clause(
    doc: Document, attribution: Attribution, a: int, b: int, others: Sequence[Attribution]
) -> Span | None:
    """A clause the attribution interrupts, whole: The new crane, she said, would double capacity →
    "The new crane, she said, would double capacity" (its subject alone says nothing). Only when the
    words before are a subject without a verb and those after go on with one."""
    opening = speaker_opening(doc, attribution)
    before = doc.masked[a:opening]
    if not re.search(r"\S\s*,\s*$", before) or has_verb(doc.text[a:opening]) or MASK in before:
        return None
    words = CONTENT_WORD.findall(before)
    if not 2 <= len(words) <= _SUBJECT_WORDS or _ING_OPENER.match(before):
        return None
    if tag_of(words[0].lower()) in ("RB", "IN", "CC", "WRB"):
        return None  # "However, she said, …", "In Geneva, she said, …": an aside, not a subject
    if any(a <= other.start < attribution.start for other in others if other is not attribution):
        return None
    after = _GOES_ON.match(doc.masked, attribution.intro_end, b)
    if after is None or not has_verb(" ".join(CONTENT_WORD.findall(doc.masked[after.end() : b])[:4])):
        return None
    return _trim(doc, a, b)


def _reports_clause(doc: Document, verb: str, according: bool, a: int, b: int) -> bool:
    """Whether the verb reports a clause here ("warned the plan would fail"), not an object ("urged
    the council to act", "accused the firm of lying"): said-like verbs always, others before "that"
    or a finite verb within a few words. A request keeps its listener ("begged the governor to act")
    unless a "that" clause follows its verb ("requested that the vote be delayed")."""
    if verb in DIRECTIVE_VERBS:
        return doc.text[a:b].lstrip().lower().startswith("that ")
    if verb in REPORTS_CLAUSE or verb == "saying" or according:
        return True
    start = skip_to_clause(doc.text, a, b)
    if start > a and doc.text[a:start].rstrip().lower().endswith("that"):
        return True
    return has_verb(" ".join(CONTENT_WORD.findall(doc.masked[start:b])[:_CLAUSE_REACH]))


def clause_after_verb(
    doc: Document, attribution: Attribution, a: int, b: int, others: Sequence[Attribution] = ()
) -> list[Span]:
    """What a speaker-first attribution reports after its verb, without the speaker, verb and "that".

    Whitfield said on Monday that the deal was off and that talks would resume → "the deal was off",
    "talks would resume". A verb that reports its object keeps it: Whitfield urged the council to act →
    "urged the council to act". After `…, he said,` only a reporting participle carries on the speech:
    "adding that talks go on" → "talks go on"; "thanking the staff" reports nothing.
    """
    spans = [] if is_participle(attribution) else _clause_before(doc, attribution, a, others)
    start = max(a, attribution.intro_end)
    comma_ing = _COMMA_ING.match(doc.text, start, b)
    if comma_ing is not None and tag_of(comma_ing.group("ing")) not in _NOT_PARTICIPLES:
        after = speech_after_participle(doc, comma_ing.end(), b)
        spans += [after] if after is not None and _PARTICIPLE.match(doc.text, comma_ing.end(), b) else []
        return [s for s in spans if _words(doc, s) >= 2]
    carried = _carried_on(doc, start, b) or _BARE_SAYING.search(doc.masked, start, b)
    if carried is not None and carried.group() == " " and not bare_saying_after(doc.masked, carried.start()):
        carried = None
    end = b if carried is None else carried.start()
    according = attribution.order is Order.ACCORDING_TO
    for verb, verb_start, piece_start, piece_end in _speech_verbs_in_turn(doc, attribution, start, end):
        piece_end = _frame_object_end(doc, verb, piece_start, piece_end)
        told = _past_listener(doc, verb, piece_start, piece_end)
        if told > piece_start or _reports_clause(doc, verb, according, piece_start, piece_end):
            piece_start = told
            spans += _and_that(doc, skip_to_clause(doc.text, piece_start, piece_end), piece_end)
        else:
            piece = _trim(doc, max(a, verb_start), piece_end)
            spans += [piece] if piece is not None else []
    if carried is not None:
        after = speech_after_participle(doc, carried.end(), b)
        spans += [after] if after is not None and not _introduces_quote(doc, after) else []
    return [s for s in spans if _words(doc, s) >= 2]


# a relative or noun clause inside the object of a frame ("hit out at the judge who had complained
# that …", "pointed to a study which found that …", "hit back at X over remarks that …")
_OBJECT_CLAUSE = re.compile(r"\s*,?\s+(?:who|whom|whose|which|that)\b", re.I)


def _frame_object_end(doc: Document, verb: str, a: int, b: int) -> int:
    """Where the object of a speech frame ends ("hit out at", "pointed to": topic_verbs.frame_verb):
    before a clause of its own, which says what the object did or said, not the speaker: "lashed
    out at the judge who said the office was slow" → "lashed out at the judge"."""
    if verb not in FRAMES:
        return b
    found = _OBJECT_CLAUSE.search(doc.masked, a, b)
    return found.start() if found is not None else b


def _introduces_quote(doc: Document, span: Span) -> bool:
    """A stretch with no verb right before a quote is where the quote was said, not what: "saying on
    his blog, “…”" → not "on his blog"."""
    return not has_verb(doc.text[span[0] : span[1]]) and _BEFORE_QUOTE.match(doc.masked, span[1]) is not None


def _speech_verbs_in_turn(
    doc: Document, attribution: Attribution, a: int, b: int
) -> list[tuple[str, int, int, int]]:
    """The stretch after the verb split where the speaker's next speech verb follows "and"/"but":
    "denies the charge and says it was politics" → (denies, "the charge"), (says, "it was politics");
    each (verb, where it starts, where its words start and end)."""
    pieces: list[tuple[str, int, int, int]] = []
    verb, verb_start = attribution.verb.lower(), attribution.verb_start
    turns = [*_AND_SPEECH_VERB.finditer(doc.masked, a, b)]
    turns += [f for f in _AND_THAT_VERB.finditer(doc.masked, a, b) if _reports_by_that(doc, f)]
    for found in sorted(turns, key=lambda f: f.start()):
        if found.start() < a:
            continue  # both patterns found the same verb
        pieces.append((verb, verb_start, a, found.start()))
        verb, verb_start, a = found.group("verb").lower(), found.start("verb"), found.end()
    return [*pieces, (verb, verb_start, a, b)]


def _reports_by_that(doc: Document, found: re.Match[str]) -> bool:
    """The verb of an "and/but VERB that …" turn reports the clause after its "that" (that_clause.py):
    "but implied that the builders were to blame", not "and showed that" (data/not_reporting_verbs.txt)."""
    tokens = tokenize(doc.masked[found.start("verb") : found.end() + 200], found.start("verb"))
    return bool(tokens) and that_clause_verb(tokens, 0) is not None


def bare_saying_after(text: str, end: int) -> bool:
    """The word ending at text[end] is an object a comma-less "saying" may follow and still be its
    clause subject's speech ("hailed the decision saying …"): a lower-case noun that names no one who
    speaks, as "praised the crowd saying …" or "cited a report saying …" is the crowd's or report's."""
    found = re.search(r"(?:(\S+)\s+)?([A-Za-z]+)$", text[max(0, end - 40) : end])
    if (
        found is None
        or (found.group(1) or "x")[0].isdigit()
        or tag_of((found.group(1) or "").lower()) == "CD"
    ):
        return False  # "22 percent saying …", "three residents saying …": a count of people
    word = found.group(2)
    low = word.lower()
    if not word.islower() or low in _PERSONS or is_role_word(low) or is_agent_noun(low):
        return False
    return tag_of(low) in ("NN", "NNS")


def carried_on(doc: Document, a: int, b: int) -> int | None:
    """Where a reporting participle after a comma carries the speech on in doc.masked[a:b] (", adding
    that …", ", pointing out that …"), or None."""
    found = _carried_on(doc, a, b)
    return None if found is None else found.end()


def _carried_on(doc: Document, a: int, b: int) -> re.Match[str] | None:
    """The first comma and reporting participle in doc.masked[a:b]: a listed one, or any taking "that"
    and a clause."""
    found = _CARRIED_ON.search(doc.masked, a, b)
    return that_participle_after(doc.masked, a, found.start() if found is not None else b) or found


def is_participle(attribution: Attribution) -> bool:
    """A "…, saying that …" attribution (participles.py): its speaker stands before the clause it
    hangs on, which is no speech of its own."""
    return attribution.verb.split()[0].endswith("ing") and all(
        s.end <= attribution.start for s in attribution.speakers
    )


def clause_before_verb(doc: Document, attribution: Attribution, a: int, b: int) -> list[Span]:
    """What a trailing attribution reports before it: The deal was off, Whitfield said on Monday →
    "The deal was off"."""
    piece = _trim(doc, a, min(b, speaker_opening(doc, attribution)))
    return [piece] if piece is not None and _words(doc, piece) >= 2 else []


def speech_after_participle(doc: Document, a: int, b: int) -> Span | None:
    """The clause after a reporting participle: "adding that talks would go on" → "talks would go on"
    ("saying that was wrong" keeps its subject "that")."""
    found = _PARTICIPLE.match(doc.text, a, b) or THAT_PARTICIPLE_WORD.match(doc.text, a, b)
    if found is not None:
        a = _past_listener(doc, found.group().split()[0].lower(), skip_to_clause(doc.text, found.end(), b), b)
    return _trim(doc, a, b)


def _past_listener(doc: Document, verb: str, a: int, b: int) -> int:
    """Past the listener and "that" of a verb that takes one: "telling supporters in Ohio that …"."""
    if verb not in _LISTENER_PARTICIPLES:
        return a
    found = _LISTENER_THAT.match(doc.text, a, b)
    if found is None or has_verb(found.group("who")) or _THAT_SUBJECT.match(doc.text, found.start("that"), b):
        return a
    after = CONTENT_WORD.match(doc.text, found.end(), b)
    if after is not None and tag_of(after.group().lower()).startswith(("VB", "MD")):
        return a  # "warned people that live near the river to leave": "that" is the people's, no clause
    return found.end()
