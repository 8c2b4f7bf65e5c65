"""A speaker named by one word only ("Woods said", "Madonna thanked …") is taken for a firm ("Toyota
said") unless the article shows it is a person. Read over the whole article before speakers are
resolved, so the first "Woods said" already counts; the evidence:

- the quote next to the attribution speaks as "I" ("“I just made some putts,” Woods said"): a firm
  speaks as "we";
- the reported clause opens with "he"/"she": "Woods said he had 12 putts lip out";
- a "he"/"she" speaks later and the lone name is the only name that could be meant: nobody else
  named before it;
- the article writes the name in full somewhere with a first name that has a gender, even inside a
  quote or a title ("“The Jo Maddox Show”" … "Maddox said"; "Kim Murphy" in the headline): the
  surname of that person. A firm named after its founder speaks as the firm ("Ford said it …"), so
  its first name must not be a common word either.
"""

from __future__ import annotations

import bisect
import re

from .document import Document, Mention
from .names import gender_of, is_common_word, is_role_word, name_content, name_key, tag_of
from .scan import SentenceScan
from .speech_tokens import Attribution, Order, Speaker

# a person speaking of themself ("I", "I’m", "me", "my"): a firm speaks as "we"
SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")
_GENDER = {"he": "m", "she": "f"}
# "Woods said he …", "said that she …": the subject of the reported clause, right after the verb
# ("said his collapse …" is not evidence: a statement speaks of someone else's)
_CLAUSE_PRONOUN = re.compile(r"\s*,?\s*(?:that\s+)?(he|she)\s", re.I)

# within the paragraph: a quote ending the paragraph before is no one's evidence
_TOUCHES_AFTER = re.compile(r"[ ,—–-]*")
_TOUCHES_BEFORE = re.compile(r" *[,:]? *")

_OBJECT_OF = re.compile(r"\b(?:for|at|of|from|with|by|in|on)\s+(?:[a-z][\w'’\-]*\s+){0,4}$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_BEFORE_NAME = re.compile(r"\s+[a-z][\w'’\-]*\s+[A-Z]")

LonePeople = dict[str, str | None]  # name key -> gender ("m", "f") or None when unknown


def lone_name_people(doc: Document, scan: SentenceScan) -> LonePeople:
    """The one-word speaker names that are people, each with the gender the evidence gives."""
    found: LonePeople = {}
    latest: str | None = None  # the lone name a later "he"/"she" could only mean
    named = False  # someone else named or spoken of by name: a "he"/"she" may mean them
    in_full: dict[str, str | None] = {}
    events: list[tuple[int, Mention | Attribution]] = [(a.start, a) for a in scan.attributions]
    events += [(m.pos, m) for ms in scan.mentions.values() for m in ms]
    events.sort(key=lambda e: e[0])
    for _, item in events:
        if isinstance(item, Mention):
            named = named or name_key(item.person.name) != latest
            continue
        for speaker in item.speakers:
            key = _lone_key(doc, speaker, item, scan)
            if key is not None:
                gender = _own_evidence(doc, item, key)
                if gender is None and speaker.name is not None:
                    if key not in in_full:  # one look over the text per name
                        in_full[key] = _written_in_full(doc, speaker.name.name[-1])
                    gender = in_full[key]
                if gender is not None:
                    found[key] = found.get(key) or gender or None
                named = named or (latest is not None and latest != key)
                latest = key if item.order is not Order.ACCORDING_TO else latest
            elif speaker.kind == "pronoun" and speaker.text in _GENDER:
                if latest is not None and not named:
                    found[latest] = found.get(latest) or _GENDER[speaker.text]
            elif speaker.kind == "name":
                named = True
    return found


def _lone_key(doc: Document, speaker: Speaker, attribution: Attribution, scan: SentenceScan) -> str | None:
    """The name key of a speaker named by one bare word no one was named by before; not a plural
    ("Democrats say"): one person "says"."""
    parse = speaker.name
    if speaker.kind != "name" or parse is None or parse.honorific or parse.role or speaker.roles:
        return None
    if tag_of(attribution.verb.split()[0]) == "VBP":
        return None
    if _OBJECT_OF.search(doc.masked, max(0, speaker.start - 60), speaker.start):
        return None  # "a columnist for the news site X said": X is where the speaker works
    if _BEFORE_NAME.match(doc.masked, speaker.end):
        return None  # "said X resident Jo Bell": X names a place before the speaker
    if len(name_content(parse.name)) != 1 or scan.people.find(parse.name, parse.start) is not None:
        return None
    if is_role_word(parse.name[-1], plural=False) and _THE_BEFORE.search(
        doc.masked, max(0, speaker.start - 8), speaker.start
    ):
        return None  # "The President said he …": an office, whoever holds it, is no one's name
    return name_key(" ".join(parse.name))


def _own_evidence(doc: Document, attribution: Attribution, key: str) -> str | None:
    """ "m"/"f" when the clause after the verb opens with a gendered pronoun, "" when the quote next to
    the attribution speaks as "I", None when neither. A plural noun's clause is no evidence: "Allies
    said he …" speak of someone else."""
    after = _CLAUSE_PRONOUN.match(doc.masked, attribution.verb_end)
    if after is not None and attribution.order is Order.SPEAKER_FIRST and tag_of(key) != "NNS":
        return _GENDER[after.group(1).lower()]
    quote = _adjacent_quote(doc, attribution)
    if quote is not None and SINGULAR_FIRST_PERSON.search(quote):
        return ""
    return None


def _written_in_full(doc: Document, surname: str) -> str | None:
    """ "m"/"f" of a first name written before `surname` anywhere in the text, quotes included."""
    for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", doc.text):
        first = match.group(1)
        if not is_common_word(first) and (gender := gender_of(first)) in ("m", "f"):
            return gender
    return None


def _adjacent_quote(doc: Document, attribution: Attribution) -> str | None:
    """The words of the quote the attribution touches: “…,” Woods said / Woods said: “…”."""
    i = bisect.bisect_left(doc.quote_opens, attribution.start)
    before = doc.quotes[i - 1] if i > 0 else None
    if before is not None and _TOUCHES_AFTER.fullmatch(doc.masked, before.close, attribution.start):
        return doc.text[before.start : before.end]
    j = bisect.bisect_left(doc.quote_opens, attribution.intro_end)
    after = doc.quotes[j] if j < len(doc.quotes) else None
    if after is not None and _TOUCHES_BEFORE.fullmatch(doc.masked, attribution.intro_end, after.open):
        return doc.text[after.start : after.end]
    return None
