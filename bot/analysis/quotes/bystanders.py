"""Who a sentence about no person brings in: "The plan was welcomed by Jo Bell, who led the campaign",
"In head coach Jo Bell's briefing, the first question was …". A "he"/"she" right after such a sentence
means that person (quotes/pronoun.py), not the subject of an earlier one."""

from __future__ import annotations

import re

from ..models import Sentence
from .document import Document, Mention
from .names import PEOPLE_NOUNS, is_role_word
from .scan import SentenceScan

_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_DESCRIBED = re.compile(r"\b[Tt]he ((?:[\w’'-]+ ){0,3}[\w-]+)")


def no_person_subject(doc: Document, sentence: Sentence, scan: SentenceScan) -> bool:
    """No person is what the sentence is about: no name opens a clause, nobody speaks in it, no
    "he"/"she"/"his"/"her" goes on about someone and no description stands for one ("The former
    envoy also discussed …"). A person named there is a bystander ("The plan was welcomed by Jo Bell,
    who led the campaign"), who may yet be the "he" of the next sentence."""
    if scan.by_sentence.get(sentence.index) or any(m.subject for m in scan.mentions.get(sentence.index, ())):
        return False
    words = doc.masked[sentence.start : sentence.end]
    if _PERSONAL.search(words):
        return False
    return not any(
        any(_describes_one(w) for w in m.group(1).split()) and not _after_name(words[: m.start()])
        for m in _DESCRIBED.finditer(words)
    )


def introduced(doc: Document, mention: Mention, sentence: Sentence) -> bool:
    """The sentence says who the person named in passing is: a role beside the name ("FBI Director
    Jo Bell's statement", "Kaya Obi, the city councillor") or a who-clause after it ("welcomed by Jo
    Bell, who led the campaign"), as an article does when bringing in the next speaker; a name dropped
    with nothing said of it ("the Bell plan") brings in nobody."""
    if any(sentence.start <= r.position < sentence.end for r in mention.person.roles):
        return True
    after = doc.masked[mention.pos : sentence.end]
    reach = len(" ".join(mention.person.tokens)) + 2
    return re.match(rf"[^,]{{0,{reach}}}?,? who\b", after) is not None


def _describes_one(head: str) -> bool:
    """ "the former envoy", "the man": a word of a description of one person (an office or a person
    noun)."""
    low = head.lower()
    return is_role_word(low, plural=False) or (low in PEOPLE_NOUNS and not low.endswith("s"))


def _after_name(before: str) -> bool:
    """ "Kaya Obi, the city councillor": the description after a name and a comma is that name's role."""
    before = before.rstrip()
    if not before.endswith(","):
        return False
    last = before[:-1].split()
    return bool(last) and last[-1][:1].isupper()
