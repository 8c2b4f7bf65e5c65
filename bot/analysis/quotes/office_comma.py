"""A speaker after an inverted verb named after an office set off by a comma: "said Chairman, Harbour
Cricket Board, Jo Bell", "said Peru's Deputy Minister of Energy, Jo Bell", "said Director General for
Fisheries, Forests and Wildlife, Jo Bell"; the office (and what stands between it and the name) is the
person's role."""

from __future__ import annotations

from .name_runs import holds_portfolio, name_ends_at, run_right
from .names import is_role_word
from .roles import is_role_modifier
from .rules import RoleEvidence, RoleRule
from .speaker_phrases import _name_speaker, portfolio_list_right
from .speech_tokens import Speaker, Token, _is_name_token, _rejoin


def title_comma_name(tokens: list[Token], i: int, j: int, hi: int, sentence_first: int) -> Speaker | None:
    """ "said Chairman, Pakistan Cricket Board, Najam Sethi", "said Norway's Minister of Fisheries, Jo
    Bell": an office (maybe its owner's and its portfolio), maybe its organisation or the rest of its
    portfolio after a comma, then the person; the office and what follows it are the role."""
    if not (j < hi and tokens[j].text == "," and _office_run(tokens, i, j)):
        return None
    a = j + 1
    for _ in range(2):  # the person right after the office, or after its organisation
        if a >= hi or not _is_name_token(tokens[a]):
            return None
        b = run_right(tokens, a, hi)
        speaker = _person_at(tokens, i, a, b, sentence_first)
        if speaker is not None:
            return speaker
        last, end = portfolio_list_right(tokens, a, hi)
        if last > a and tokens[last - 1].text == ",":
            # "said Director General for Fisheries, Forests and Marine Parks, Jo Bell"
            return _person_at(tokens, i, last, end, sentence_first)
        if not (b + 1 < hi and tokens[b].text == ","):
            return None
        a = b + 1
    return None


def _person_at(tokens: list[Token], i: int, a: int, b: int, sentence_first: int) -> Speaker | None:
    """The person named by tokens[a:b], with tokens[i:a-1] (an office set off by a comma) as the role."""
    speaker = _name_speaker(tokens, a, b, a, sentence_first)
    if speaker is None or speaker.kind != "name" or not speaker.name or speaker.name.kind != "person":
        return None
    speaker.roles.insert(
        0, RoleEvidence(tokens[i].start, _rejoin(tokens, i, a - 1), RoleRule.TITLE_BEFORE_NAME)
    )
    speaker.start = tokens[i].start
    return speaker


def _office_run(tokens: list[Token], i: int, j: int) -> bool:
    """tokens[i:j] name an office and no person: words of offices alone ("Chairman", "Deputy Head"),
    an office with its portfolio ("Minister of State for Roads"), or either after its owner's name
    ("Peru's Energy Minister", "Kenya's High Commissioner for Trade")."""
    words = tokens[i:j]
    if all(is_role_word(t.text) or is_role_modifier(t.text) for t in words):
        return True
    if name_ends_at(tokens, j - 1):
        return False  # "said Mayor Jo Bell, …": the office's holder is named already
    owner = 1 if len(words) > 1 and words[0].text.endswith(("'s", "’s")) else 0
    rest = words[owner:]
    return holds_portfolio(tokens, i + owner, j) or (
        bool(rest) and all(is_role_word(t.text) or is_role_modifier(t.text) for t in rest)
    )
