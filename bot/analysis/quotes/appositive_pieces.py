"""The pieces of an appositive subject before a speech verb ("NAME, ROLE, said", "ROLE, NAME, said"): which
comma piece names the person, which is their role or office, and which are asides to skip."""

from __future__ import annotations

from ..sentences import state_abbreviations
from ..wordlists import word_set
from .name_runs import run_left, run_right
from .names import is_agent_noun, is_role_word, name_key, place_names, tag_of
from .role_heads import SUBORDINATORS, clause_then_phrase
from .roles import clean_role, is_org_name, is_party_code, is_role_modifier
from .rules import RoleEvidence, RoleRule
from .speaker_phrases import _name_speaker
from .speech_tokens import Speaker, Token, _is_name_token, _rejoin
from .speech_verbs import _PREPOSITIONS


def _whole_name(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """(a, b) trimmed of dots and "both" when tokens[a:b] is exactly one capitalised run."""
    while a < b and tokens[a].low in ("both", "and"):
        a += 1
    while b > a and tokens[b - 1].text == ".":
        b -= 1
    if a >= b or not (_is_name_token(tokens[b - 1])) or is_party_code(_rejoin(tokens, a, b)):
        return None
    start = run_left(tokens, b - 1, a)
    return (start, b) if start == a else None


def _name_in_place(tokens: list[Token], a: int, b: int, sentence_first: int) -> Speaker | None:
    """ "Tom Lee of Acme College in Dudley, …": the piece is a person, then where they are; the town
    at its end is no speaker."""
    if not _is_name_token(tokens[a]):
        return None
    j = run_right(tokens, a, b)
    if not (j + 1 < b and tokens[j].low in ("in", "at") and _is_name_token(tokens[j + 1])):
        return None
    if run_right(tokens, j + 1, b) != b:
        return None
    speaker = _name_speaker(tokens, a, j, a, sentence_first)
    ok = speaker is not None and speaker.name is not None and speaker.name.kind == "person"
    return speaker if ok else None


def _office_org(tokens: list[Token], pieces: list[tuple[int, int]], p: int) -> RoleEvidence | None:
    """ "Dr Tom Lee, Joint Director, Department of Health, said": an organisation's name right after an
    office set off by commas is where the office is, not the speaker; the office, or None."""
    if p < 2 or not is_org_name(_rejoin(tokens, *pieces[p])):
        return None
    oa, ob = pieces[p - 1]
    role = clean_role(_rejoin(tokens, oa, ob)) if oa < ob else None
    return RoleEvidence(tokens[oa].start, role, RoleRule.APPOSITIVE) if role else None


def _state_after_town(tokens: list[Token], a: int, b: int) -> bool:
    """ "of Nichols College in Dudley, Mass., director of …", "a delegate from Houston, Texas, said": a
    US state or a country after a town, never a name."""
    words = [t.text for t in tokens[a:b] if t.text != "."]
    if not words or a < 2 or not tokens[a - 2].is_cap:
        return False
    if len(words) == 1 and words[0].rstrip(".") in state_abbreviations():
        return True
    return len(words) <= 3 and name_key(" ".join(words)) in place_names()


def _personal_piece(tokens: list[Token], a: int, b: int) -> bool:
    """An age or a "who" clause next to a name says it names a person."""
    return tokens[a].low in ("who", "whose") or all(t.text.isdigit() for t in tokens[a:b] if t.is_word)


# "X, meanwhile, said", "X, for her part, warned": a discourse word between commas, no role
_ASIDE_WORDS = word_set("aside_words")


def _skippable_piece(tokens: list[Token], a: int, b: int) -> bool:
    """An age ("45"), a home town ("of Springfield"), a party ("D-Mass."), a relative clause or aside."""
    first = tokens[a]
    if all(t.text.isdigit() for t in tokens[a:b] if t.is_word):
        return True
    if " ".join(t.low for t in tokens[a:b] if t.is_word) in _ASIDE_WORDS:
        return True
    if first.low in ("who", "whose", "which", "of", "from") or _opens_aside(first):
        return True
    if _state_after_town(tokens, a, b):
        return True
    if (
        first.text.islower()
        and tag_of(first.low) == "VBN"
        and a + 1 < b
        and (tokens[a + 1].low in _PREPOSITIONS or tokens[a + 1].low == "as")
    ):
        return True  # "known as ATLAS", "based in Lagos": a participle phrase about the speaker
    return is_party_code(_rejoin(tokens, a, b))


def _named_piece(tokens: list[Token], a: int, b: int, lo: int, sentence_first: int) -> Speaker | None:
    """The speaker when a comma piece is a name, maybe after a lower-case role ("economist Liam Byrne")."""
    i = a
    while i < b and tokens[i].is_word and not tokens[i].is_cap and i - a < 5:
        tok = tokens[i]
        if not (is_role_word(tok.text) or is_role_modifier(tok.text) or is_agent_noun(tok.text)):
            break
        i += 1
    whole = _whole_name(tokens, i, b)
    if whole is None:
        return None
    named = _name_speaker(tokens, whole[0], whole[1], lo, sentence_first)
    if named is not None and i > a and _participles_only(tokens[a:i]) and not _a_person(named):
        return None  # "NAME, visiting Harbour General Hospital, said": where they went, no speaker
    return named


def _participles_only(words: list[Token]) -> bool:
    return all(t.low.endswith("ing") and tag_of(t.low).startswith("VB") for t in words)


def _a_person(speaker: Speaker) -> bool:
    return speaker.kind == "name" and speaker.name is not None and speaker.name.kind == "person"


def region_after_place(tokens: list[Token], a: int, named: Speaker, lo: int) -> bool:
    """ "Dr Lee, who worked at the hospital, in Brackenfield, North Wales, said": a name piece after a
    piece that ends in a place after "in"/"at"/"near" is the wider place (a region, a country), not
    a speaker; never a person's name ("The spokesman in Paris, Jean Dupont, said")."""
    parse = named.name
    if named.roles or a - 2 < lo or tokens[a - 1].text != ",":
        return False
    if parse is not None and (parse.evidence or parse.honorific or parse.role):
        return False
    if name_key(named.text.split()[-1]) not in place_names():
        return False
    if not _is_name_token(tokens[a - 2]):
        return False
    start = run_left(tokens, a - 2, lo)
    return start - 1 >= lo and tokens[start - 1].low in ("in", "at", "near", "outside")


def _role_before_name(
    tokens: list[Token], piece: tuple[int, int], speaker: Speaker, lo: int, sentence_first: int
) -> list[Speaker]:
    """ "ROLE, NAME, said": the piece before the name may be its role, or "X and ROLE" (two speakers)."""
    prev_a, prev_b = piece
    speakers = [speaker]
    role_a = prev_a
    for n in range(prev_b - 1, prev_a - 1, -1):
        if tokens[n].low == "and":
            # "both del Valle and the chamber's outgoing leader, NAME,"; an "and" inside the office
            # ("The Minister of Information and Culture, NAME,") splits nothing
            left = _whole_name(tokens, prev_a, n)
            if left is not None:
                other = _name_speaker(tokens, left[0], left[1], lo, sentence_first)
                if other and other.kind == "name":
                    speakers.insert(0, other)
                    role_a = n + 1
            break
    if role_a < prev_b and tokens[role_a].low in _PREPOSITIONS:
        return speakers  # "After a meeting with the minister, NAME, …": an adverbial, not a role
    while role_a < prev_b and tokens[role_a].low in SUBORDINATORS:
        role_a += 1  # "…, while the CEO of the group, NAME, said": the clause opens before the role
    role_a += clause_then_phrase([t.text for t in tokens[role_a:prev_b]])
    if role_a < prev_b:
        role = clean_role(_rejoin(tokens, role_a, prev_b), appositive=True)
        if role and tokens[role_a].low not in _PREPOSITIONS:
            speaker.roles.insert(0, RoleEvidence(tokens[role_a].start, role, RoleRule.ROLE_COMMA_NAME))
            speaker.start = min(speaker.start, tokens[role_a].start)
    return speakers


def _opens_aside(tok: Token) -> bool:
    """ "in a statement", "speaking to reporters": an aside; "managing director" opens a role."""
    participle = tok.low.endswith("ing") and len(tok.low) > 5 and not is_role_modifier(tok.low)
    return tok.text.islower() and (tok.low in _PREPOSITIONS or participle)


_OFFICE_JOINERS = frozenset({"of", "for", "and", "&", "the"})


def capitalised_office(tokens: list[Token], before: tuple[int, int], a: int, b: int) -> RoleEvidence | None:
    """ "Jo Bell, Finance Minister, said", "Jo Bell, CFO, said": a comma piece of capitalised words
    ending in an office, after a piece ending in a name, is that person's office, not a speaker (read
    as a name, the office spoke and the person was lost). The role, or None."""
    words = [t for t in tokens[a:b] if t.text != "."]
    if not words or len(words) > 6 or not all(t.is_word for t in words):
        return None
    if not all(t.is_cap or t.low in _OFFICE_JOINERS for t in words) or not words[0].is_cap:
        return None
    if not is_role_word(words[-1].text, plural=False):
        return None
    pa, pb = before
    if pa >= pb or not _is_name_token(tokens[pb - 1]) or is_role_word(tokens[pb - 1].text):
        return None
    role = clean_role(_rejoin(tokens, a, b), appositive=True)
    return RoleEvidence(tokens[a].start, role, RoleRule.APPOSITIVE) if role else None
