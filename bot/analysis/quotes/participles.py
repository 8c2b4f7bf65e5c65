"""Speech carried by a participle after a clause with no speech verb: "A judge rejected the request,
saying the evidence was enough", "She ended the debate by warning that …" — the subject of the clause
the participle hangs on says what it reports.

Only after a comma, "by", or an object that cannot be the one saying ("hailed the move saying …"), and only when no attribution stands earlier in the sentence: there the speech verb
carries the participle on ("…, he said, adding that …", reported.py). The subject is the nearest one
written right before a finite verb of the clause, passing over relative clauses ("the appeal that
lawyers filed, saying …" is not the lawyers' speech).
"""

from __future__ import annotations

from ..wordlists import word_list
from .attribution import _skip_left
from .directive import DIRECTIVE_PARTICIPLES, directive_follows
from .names import tag_of
from .reported import bare_saying_after
from .speaker_after import _clause_follows
from .speaker_before import _subject_left
from .speech_tokens import Attribution, Order, Speaker, Token
from .speech_verbs import _BE, _HARD_BOUNDARIES

# hand-listed ("pointing out") and learned from PolNeAR ("citing"); a multiword one by its first word
_PARTICIPLES: dict[str, tuple[str, ...]] = {}
for _entry in (
    *word_list("reporting_participles"),
    *word_list("cue_verbs", "participle"),
    *word_list("directive_participles"),
):
    _first, *_rest = _entry.split()
    _PARTICIPLES.setdefault(_first, tuple(_rest))
_REACH = 40  # tokens left of the comma in which the clause's verb and subject stand
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
_FINITE_TAGS = ("VBD", "VBZ")
_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "my", "our", "your", "this", "that"}
)


def participle_at(tokens: list[Token], i: int) -> int:
    """The index past a reporting participle at tokens[i] ("saying", "pointing out"), or -1."""
    rest = _PARTICIPLES.get(tokens[i].low)
    if rest is None or not tokens[i].text.islower():
        return -1
    end = i + 1
    for word in rest:
        if end >= len(tokens) or tokens[end].low != word:
            return -1
        end += 1
    if tokens[i].low in DIRECTIVE_PARTICIPLES and not directive_follows(tokens, end):
        return -1  # ", advising the board on tax": no listener asked to act
    return end


def participle_attributions(
    tokens: list[Token], found: list[Attribution], sentence_index: int
) -> list[Attribution]:
    """ "…, saying that …" attributions of the sentence's tokens, given the attributions found in it."""
    out: list[Attribution] = []
    first_found = min((a.start for a in found), default=None)
    for i in range(2, len(tokens)):
        comma = i - 2 if _adverb_after_comma(tokens, i - 1) else i - 1  # ", initially calling it …"
        if tokens[comma].text != "," and tokens[i - 1].low != "by" and not _bare_saying(tokens, i):
            continue  # ", saying …", and "by saying …": the act was done by speaking
        if first_found is not None and first_found < tokens[i].start:
            continue
        end = participle_at(tokens, i)
        if end < 0:
            continue
        speakers = _clause_subject(tokens, comma)
        if speakers:
            verb = " ".join(t.low for t in tokens[i:end])
            start, stop = tokens[i].start, tokens[end - 1].end
            out.append(
                Attribution(sentence_index, speakers, verb, start, stop, Order.SPEAKER_FIRST, start, stop)
            )
    return out


def _adverb_after_comma(tokens: list[Token], k: int) -> bool:
    """tokens[k] is an "-ly" adverb right after a comma: ", initially calling …", ", later adding …"."""
    tok = tokens[k]
    return (
        k >= 1
        and tokens[k - 1].text == ","
        and tok.text.islower()
        and (tok.low.endswith("ly") or tok.low in ("later", "then", "also"))
        and tag_of(tok.low).startswith("RB")
    )


def _bare_saying(tokens: list[Token], i: int) -> bool:
    """ "hailed the move saying …": "saying" with no comma after an object that names no one who speaks."""
    before = tokens[i - 1]
    if tokens[i].text != "saying" or not before.is_word or not _clause_follows(tokens, i + 1, len(tokens)):
        return False  # "left the hall saying nothing": no clause, no speech
    words = " ".join(t.text for t in tokens[max(0, i - 2) : i] if t.is_word)
    return bare_saying_after(words, len(words))


def _clause_subject(tokens: list[Token], comma: int) -> list[Speaker]:
    """The speakers of the nearest verb before the comma, read right before it; none when that verb's
    subject is not a speaker ("Shares fell after an analyst cut …": "cut" decides, not "fell")."""
    lo = comma - 1
    while lo > 0 and comma - lo < _REACH and tokens[lo - 1].text not in _HARD_BOUNDARIES:
        lo -= 1
    for v in range(comma - 1, lo, -1):
        tok = tokens[v]
        tag = _verb_tag(tok.low)
        if not tok.is_word or tok.is_cap or tok.low in _BE or not tag.startswith("VB") or tag == "VBG":
            continue
        if v - 1 >= lo and tokens[v - 1].low in _DETERMINERS:
            continue  # "withdraw his comment, saying": after "his" or "the", "comment" is a noun
        j, ok = _skip_left(tokens, v - 1, lo, tok.low)
        if not ok or j < lo or not (tokens[j].is_word or tokens[j].text == ",") or tokens[j].low in _RELATIVE:
            continue  # "to cut", "was cut", "that cut"; "The lawyer, Tom Gaunt, welcomed" is an appositive
        speakers = _subject_left(tokens, j, lo, 0)
        opener = min((s.start for s in speakers), default=tokens[j].start)
        before = next((t for t in reversed(tokens[lo:v]) if t.end <= opener), None)
        if before is not None and before.low in _RELATIVE:
            continue  # "the appeal that lawyers filed, saying …"
        if speakers:
            return speakers
        if tag in _FINITE_TAGS:
            return []
    return []


def _verb_tag(low: str) -> str:
    """The lexicon's tag, reading a British "-ised" form the lexicon lacks as its "-ized" spelling
    ("criticised" as "criticized")."""
    tag = tag_of(low)
    if not tag and low.endswith(("ised", "ises")):
        tag = tag_of(low[:-3] + "z" + low[-2:])
    return tag
