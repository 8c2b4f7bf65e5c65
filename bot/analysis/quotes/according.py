"""Attributions opened by "according to": a named speaker or body, a pronoun read as "he said", or the
person after a noun of what they said ("according to an account by Minister Jo Bell")."""

from __future__ import annotations

from ..wordlists import word_set
from .speaker_after import _subject_right
from .speech_tokens import Attribution, Order, Speaker, Token
from .speech_verbs import _DETERMINERS

# "according to him" reads as "he said": the person the pronoun refers to, found as for "he said"
_ACCORDING_PRONOUNS = {"him": "he", "her": "she"}


def according_to(tokens: list[Token], i: int, sentence_index: int) -> Attribution | None:
    """ "according to the ministry", "according to Dana Whitfield", "According to her, …" (as "she
    said"; not "according to her lawyers", "according to them"); "according to an account by Minister
    Jo Bell": the person named after the noun of what they said."""
    speaker = _according_pronoun(tokens, i + 2)
    if speaker is not None:
        return _according_attribution(tokens, i, sentence_index, speaker)
    by = _authored_by(tokens, i + 2)
    if by is not None:
        speaker = _subject_right(tokens, by, len(tokens), 0)
        if speaker is not None and speaker.kind != "name":
            speaker = None
    speaker = speaker or _subject_right(tokens, i + 2, len(tokens), 0)
    if speaker is None or speaker.kind == "pronoun":
        return None
    return _according_attribution(tokens, i, sentence_index, speaker)


def _according_pronoun(tokens: list[Token], j: int) -> Speaker | None:
    """ "According to him," / ", according to her.": the pronoun alone, a comma or the sentence's end
    after it (not "according to her lawyers", "according to him and his aides")."""
    if j >= len(tokens) or tokens[j].low not in _ACCORDING_PRONOUNS:
        return None
    if j + 1 < len(tokens) and tokens[j + 1].text not in (",", ".", ";"):
        return None
    tok = tokens[j]
    return Speaker("pronoun", _ACCORDING_PRONOUNS[tok.low], tok.start, tok.end)


def _according_attribution(tokens: list[Token], i: int, sentence_index: int, speaker: Speaker) -> Attribution:
    to = tokens[i + 1]
    return Attribution(
        sentence_index,
        [speaker],
        "according to",
        tokens[i].start,
        to.end,
        Order.ACCORDING_TO,
        tokens[i].start,
        max(speaker.end, to.end),
    )


_AUTHORED = word_set("speech_nouns", "authored")


def _authored_by(tokens: list[Token], j: int) -> int | None:
    """Where the name starts in "an account by X", "a statement from X", "a press release by X": a
    determiner, two lower-case modifiers at most, a noun of what someone said, then by/from."""
    n = len(tokens)
    if j < n and tokens[j].low in _DETERMINERS:
        j += 1
    for _ in range(3):
        if j + 1 >= n or not tokens[j].is_word or tokens[j].is_cap:
            return None
        if tokens[j].low in _AUTHORED and tokens[j + 1].low in ("by", "from"):
            return j + 2
        j += 1
    return None
