"""A quote introduced by a colon after a clause whose subject is a person: "Jo Bell, a stall owner,
linked the rises to fuel costs: “We pay twice what we paid.”", "The mayor pushed back: “…”", "She
was blunt: “…”". English sets off a quotation with a colon after a whole clause; whatever that clause's
verb (no speech verb needed), its subject introduces the words, so they are the subject's.

Only a clause with no attribution of its own comes here ("When Y suggested …, X fired back:" does, as
Y's attribution stands before X's clause). The verb is the nearest finite verb before the colon with
a name or a pronoun right before it (a description such as "the official" is left alone: which person
it means is too weak a guess for a whole quote); verbs of receiving, perceiving or finding ("received
a letter from …:", "read …:") are none, and the quote must read as speech (three words or more,
opening with a capital).
"""

from __future__ import annotations

from ..wordlists import word_set
from .attribution import _skip_left
from .framing import clause_start
from .names import tag_of
from .speaker_before import _subject_left
from .speech_tokens import Attribution, Order, Speaker, Token
from .speech_verbs import _BE, _DETERMINERS

# "heard …:", "received …:": the subject perceived or got the words, someone else said them
_NOT_SPEAKING = word_set("colon_not_speaking")
# the lexicon gives a past form one tag, often the participle's ("linked"): after its subject it is finite
_FINITE = ("VBD", "VBZ", "VBP", "VBN")
_PERSONS = ("name", "pronoun")
_STOPS = frozenset({"who", "which", "whom", "whose", "that", "because", "if", "whether"})
_REACH = 30  # tokens before the colon in which the clause's verb stands


def colon_attributions(
    text: str, tokens: list[Token], found: list[Attribution], sentence_index: int
) -> list[Attribution]:
    """The attributions of quotes that follow "<person> <verb> …:" in one sentence."""
    out: list[Attribution] = []
    for qi in range(2, len(tokens)):
        tok = tokens[qi]
        colon = tokens[qi - 1]
        if not tok.is_mask or colon.text != ":" or tokens[qi - 2].is_mask:
            continue
        if not _speech_like(text[tok.start : tok.end]):
            continue
        framed = _clause_subject(tokens, qi - 1)
        if framed is None:
            continue
        v, speakers = framed
        start = min(s.start for s in speakers)
        if any(start <= a.start < colon.start for a in found):
            continue  # "X said of his father:": the clause's own attribution speaks for the quote
        out.append(
            Attribution(
                sentence_index,
                speakers,
                tokens[v].low,
                tokens[v].start,
                tokens[v].end,
                Order.SPEAKER_FIRST,
                min(start, tokens[v].start),
                colon.end,  # the clause runs to the colon, so the quote stands right after it
                quotes_only=True,
            )
        )
    return out


def _speech_like(quoted: str) -> bool:
    """Quoted words that read as something said, not a title or a term: “We pay twice …”."""
    inner = quoted.strip().lstrip("\"“‘'«[(")
    return len(inner.split()) >= 3 and inner[:1].isupper()


def _clause_subject(tokens: list[Token], c: int) -> tuple[int, list[Speaker]] | None:
    """The verb of the clause ending at the colon tokens[c] and its person subject, nearest first:
    "then leaned in and boomed:" reaches back to "Trump gestured …"."""
    lo = clause_start(tokens, c, _REACH)
    for v in range(c - 1, lo - 1, -1):
        tok = tokens[v]
        if tok.is_mask or tok.low in _STOPS:
            return None
        if not tok.is_word or not tok.text.islower() or not _finite(tokens, v, c):
            continue
        if tok.low in _NOT_SPEAKING:
            return None
        j, ok = _skip_left(tokens, v - 1, lo, tok.low)
        if not ok or j < lo:
            return None  # "was told:", "to say:": no subject of its own
        if tokens[j].low == "and" or (not tokens[j].is_word and tokens[j + 1].low == "then"):
            continue  # "and boomed", ", then leaned": the subject is further left
        found = _subject_left(tokens, j, lo, 0)
        speakers = [s for s in found if s.kind in _PERSONS]
        return (v, speakers) if speakers and len(speakers) == len(found) else None
    return None


def _finite(tokens: list[Token], v: int, c: int) -> bool:
    """A finite verb, or "was"/"is" before the adjective that ends the clause ("She was blunt:")."""
    low = tokens[v].low
    if v >= 1 and (tokens[v - 1].low in _DETERMINERS or tag_of(tokens[v - 1].low) in ("JJ", "PRP$")):
        return False  # "linked the rises to …": after a determiner, a noun
    if low in _BE:
        return low in ("was", "is") and v + 2 == c and _adjective(tokens[v + 1])
    return tag_of(low) in _FINITE


def _adjective(tok: Token) -> bool:
    """The word after "was" ends the clause as its complement ("blunt", "adamant"), not a passive
    ("was asked:", "was told:"): the one-tag lexicon files some adjectives as verbs ("blunt")."""
    return tok.is_word and tok.text.islower() and tag_of(tok.low) not in ("VBN", "VBD", "VBG", "IN", "DT")
