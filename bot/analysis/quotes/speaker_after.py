"""Speakers after an inverted speech verb: "said Martin Cauchon, Canada's former minister of justice"."""

from __future__ import annotations

import re

from .document import past_after_noun
from .name_runs import run_right
from .names import (
    NAME_SUFFIXES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PRONOUNS,
    is_agent_noun,
    is_lower_particle,
    is_role_word,
    is_verb,
    tag_of,
)
from .office_comma import title_comma_name
from .role_left import CHAIN_LINKS, MAX_WIDENED, comparative_descriptor, org_after_name
from .roles import DESCRIPTORS, clean_role, is_party_code, is_role_modifier
from .rules import RoleEvidence, RoleRule
from .speaker_described import KIN_NOUNS, described_speaker
from .speaker_phrases import (
    _NP_INNER,
    _name_speaker,
    _np_head_kind,
    _portfolio_speaker,
    portfolio_list_right,
)
from .speech_tokens import Speaker, Token, _is_name_token, _rejoin
from .speech_verbs import _CLAUSE_WORDS


def _piece_end(tokens: list[Token], a: int, hi: int) -> int:
    """End of the comma piece starting at a ("Co., Ltd." kept whole)."""
    hi = min(hi, a + 40)
    b = a
    while b < hi and tokens[b].text not in (",", ";", ":") and not tokens[b].is_mask:
        b += 1
    while b + 1 < hi and tokens[b].text == "," and tokens[b + 1].low in ORG_WORDS | NAME_SUFFIXES:
        b += 2
        while b < hi and tokens[b].text not in (",", ";", ":") and not tokens[b].is_mask:
            b += 1
    return b


_AGE = re.compile(r"\d{1,3}-year-old")  # "said 14-year-old Jo Bell": the age describes the person named

# Words that tie a description to another person: "a spokesman for", "the brother of", "an aide to".
_TIES = frozenset({"for", "of", "to", "with", "at", "from", "by"})


def _described_name_right(tokens: list[Token], i: int, hi: int, sentence_first: int) -> Speaker | None:
    """A described name after a verb: "lead author Dr. Kim Hyun-woo", "her rival, Sam Kerr, a …"."""
    mood = _mood_end(tokens, i, hi)
    if mood is not None:
        return _person_in_mood(tokens, i, mood, hi, sentence_first)
    j = i
    while j < hi and j - i < 5 and tokens[j].is_word and not tokens[j].is_cap:
        if _joins_offices(tokens, j):
            j += 1  # "said founder and chief executive Jo Bell": two offices of one person
            continue
        if tokens[j].low in _CLAUSE_WORDS or (is_verb(tokens[j].low) and not is_role_modifier(tokens[j].low)):
            return None
        j += 1
    if j == i or j >= hi:
        return None
    if tokens[j - 1].low in _TIES:
        return None  # "said a spokesman for Sen. Jo Bell": the spokesman speaks, not the senator
    description = _rejoin(tokens, i, j)
    comma = tokens[j].text == ","
    start = j + 1 if comma else j
    if start >= hi or not _is_name_token(tokens[start]):
        return None
    ages = [t for t in tokens[i:j] if _AGE.fullmatch(t.low)]
    modifiers_only = all(is_role_modifier(t.low) or _AGE.fullmatch(t.low) for t in tokens[i:j])
    # "said flu patient Mark Johnson", "said pop star Dana Lyle": a noun for a person ends the
    # description, which is the role
    last = tokens[j - 1].low
    # "said neighbor Bob Hale", "said teammate Ana Ruiz": a tie to someone, written bare like a job; a
    # country or firm has ties too ("ally Serbia", "partner Harbour Homes"), so only before a person
    tie = last in KIN_NOUNS
    person_noun = (
        tie
        or (last in PEOPLE_NOUNS and tag_of(last) == "NN")
        or (last in DESCRIPTORS and not comparative_descriptor(tokens, j - 1, i))
    )
    if (
        not comma
        and not modifiers_only
        and not person_noun
        and not any(is_role_word(t.text) or is_agent_noun(t.text) for t in tokens[i:j])
    ):
        return None
    speaker = _subject_right(tokens, start, hi, sentence_first)
    if speaker is None or speaker.kind != "name":
        return None
    if speaker.name is not None and speaker.name.possessive:
        return None  # "suggested business mogul Jo Bell's refusal …": the object's owner, no speaker
    if tie and not comma and (speaker.name is None or speaker.name.kind != "person"):
        return None
    if not comma and modifiers_only and not _titled_or_full(speaker):
        return None  # "said late Friday …": a lone capitalised word after "late" is no speaker
    role = clean_role(description, appositive=person_noun) or (description if tie else None)
    if role and len(ages) < j - i:  # "said 14-year-old Jo Bell": an age alone is no role
        speaker.roles.insert(0, RoleEvidence(tokens[i].start, role, RoleRule.DESCRIPTION_BEFORE_NAME))
    speaker.start = tokens[i].start
    return speaker


_MOOD_TAGS = frozenset({"JJ", "VBN", "VBG", "RB", ""})


def _mood_end(tokens: list[Token], i: int, hi: int) -> int | None:
    """ "said an emotional Jo Bell", "said a visibly relieved Jo Bell": "a"/"an" and words of how the
    person looked or felt (adjectives, participles, an adverb), no noun, right before a capitalised
    word; where the name starts, else None."""
    if tokens[i].low not in ("a", "an"):
        return None
    j = i + 1
    while j < hi and j - i <= 3 and tokens[j].is_word and not tokens[j].is_cap:
        low = tokens[j].low
        if low in _CLAUSE_WORDS or tag_of(low) not in _MOOD_TAGS or is_role_word(low) or is_agent_noun(low):
            return None
        if low in PEOPLE_NOUNS or low in KIN_NOUNS or is_role_modifier(low):
            return None  # "a former", "a senior": an office's words, read as a description
        j += 1
    return j if i + 1 < j < hi and _is_name_token(tokens[j]) else None


def _person_in_mood(tokens: list[Token], i: int, a: int, hi: int, sentence_first: int) -> Speaker | None:
    """The person named after words of mood, who speaks; the words are no role, but say a person."""
    speaker = _subject_right(tokens, a, hi, sentence_first)
    if speaker is None or speaker.kind != "name" or not speaker.name or speaker.name.kind != "person":
        return None
    if speaker.name.possessive:
        return None
    speaker.name.evidence = True  # a firm is not "emotional" or "overwhelmed": a person's sign
    speaker.start = tokens[i].start
    return speaker


def _joins_offices(tokens: list[Token], k: int) -> bool:
    """The lower-case "and" at k joins two offices ("founder and chief executive"), not two clauses."""
    if tokens[k].low != "and" or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return is_role_word(before.low, plural=False) and (is_role_word(after.low) or is_role_modifier(after.low))


def _titled_or_full(speaker: Speaker) -> bool:
    """A name with a title or office ("Gov. Bill Richardson", "Microsoft CEO Steve Ballmer") or of two
    words or more: after "former", "then", "acting" it is the person the office describes."""
    parse = speaker.name
    return bool(speaker.roles) or (
        parse is not None and (parse.honorific is not None or len(parse.name) >= 2)
    )


def _lower_role_words_end(tokens: list[Token], j: int, hi: int, most: int) -> int:
    """Where a run of at most `most` lower-case role words from j ends ("analyst", "health minister")."""
    k = j
    while (
        k < hi
        and k - j < most
        and tokens[k].is_word
        and not tokens[k].is_cap
        and is_role_modifier(tokens[k].low)
    ):
        k += 1
    return k


def _firm_role_name(tokens: list[Token], i: int, j: int, hi: int, sentence_first: int) -> Speaker | None:
    """ "said Larchmont Securities analyst Devi Raman": a firm, a lower-case job, then the person, who
    is the speaker (the firm and job are the role), never the firm."""
    k = _lower_role_words_end(tokens, j, hi, 3)
    noun_only = k == j or not any(is_role_word(t.text) for t in tokens[j:k])
    if noun_only:
        k = _person_noun_end(tokens, j, hi)  # "said Trump ally Roger Stanton", "said Uber driver …"
    comma = k + 1 < hi and tokens[k].text == ","  # "said Unicef's Cambodia representative, Rana Flowers"
    name_at = k + 1 if comma else k
    if k == j or name_at >= hi or not _is_name_token(tokens[name_at]):
        return None
    speaker = _subject_right(tokens, name_at, hi, sentence_first)
    if speaker is None or speaker.kind != "name":
        return None
    if (comma or noun_only) and (speaker.name is None or speaker.name.kind != "person"):
        return None
    speaker.roles.insert(
        0, RoleEvidence(tokens[i].start, _rejoin(tokens, i, k), RoleRule.DESCRIPTION_BEFORE_NAME)
    )
    speaker.start = tokens[i].start
    return speaker


def _person_noun_end(tokens: list[Token], j: int, hi: int) -> int:
    """Where "ally", "taxi driver", "grandmother" after a capitalised word ends: one or two lower-case
    nouns, the last a noun for a person (a job, a tie to someone, one of a group); j when none."""
    for k in (j + 1, j + 2):
        words = tokens[j:k]
        if k > hi or not all(t.is_word and t.text.islower() and tag_of(t.low) in ("NN", "") for t in words):
            return j
        last = words[-1].low
        if last in PEOPLE_NOUNS or last in KIN_NOUNS or is_agent_noun(last) or is_role_word(last):
            return k
    return j


def _possessive_office(tokens: list[Token], i: int, j: int, hi: int) -> Speaker | None:
    """ "according to England's chief medical officer", "said Ghana's health minister": an office of a
    place or firm with nobody named after it is a described speaker, not the place."""
    if not tokens[j - 1].text.endswith(("'s", "’s")):
        return None
    k = _lower_role_words_end(tokens, j, hi, 5)
    if k == j or not is_role_word(tokens[k - 1].low, plural=False):
        return None
    if k < hi and (_is_name_token(tokens[k]) or tokens[k].text == ","):
        return None  # "Apple's chief executive Tim Cook", "…'s president, Jo Bell": the person speaks
    return Speaker("desc", _rejoin(tokens, i, k), tokens[i].start, tokens[k - 1].end)


def _office_chain_name(tokens: list[Token], i: int, j: int, hi: int, sentence_first: int) -> Speaker | None:
    """ "said Deputy Leader in the Regional Assembly and President PNF Tariq Wasim": an office
    that runs on over "in the", "of", "and" to a named person, who is the speaker; the whole chain is
    the role (read back from the name by role_left.widen_role, which must reach the first office)."""
    if not (j < hi and tokens[j].low in CHAIN_LINKS and is_role_word(tokens[j - 1].text, plural=False)):
        return None
    c = j
    while c < min(hi, i + MAX_WIDENED):
        if not _is_name_token(tokens[c]):
            c += 1
            continue
        d = run_right(tokens, c, hi)
        speaker = _name_speaker(tokens, c, d, i, sentence_first)
        if speaker is not None and speaker.kind == "name":
            return speaker if speaker.roles and speaker.start == tokens[i].start else None
        c = d
    return None


def _subject_right(tokens: list[Token], i: int, hi: int, sentence_first: int) -> Speaker | None:
    """Speaker after an inverted verb: "said Martin Cauchon, Canada's former minister of justice"."""
    if i >= hi:
        return None
    tok = tokens[i]
    if tok.is_word and tok.low in PRONOUNS:
        return Speaker("pronoun", tok.low, tok.start, tok.end)
    described = described_speaker(tokens, i, hi, sentence_first, _subject_right)
    if described is not None:
        return described  # "said another Twitter user, Jo Bell"
    # a surname may open with a lower-case particle: "said van Dokkum", "said de la Calle"
    if _is_name_token(tok) or (is_lower_particle(tok.text) and run_right(tokens, i, hi) > i):
        j = run_right(tokens, i, hi)
        if j + 1 < hi and tokens[j].text == "," and _is_name_token(tokens[j + 1]):
            # "said Minister of State for Skill Development, Electronics & Technology Rajeev Chandrasekhar"
            portfolio = _portfolio_speaker(tokens, i, j + 1, run_right(tokens, j + 1, hi), i, sentence_first)
            last, end = portfolio_list_right(tokens, j + 1, hi)
            if portfolio is None and last > j + 1:
                # "said Director General for Fisheries, Forests and Marine Parks Jo Bell"
                portfolio = _portfolio_speaker(tokens, i, j + 1, end, i, sentence_first, last=last)
            if portfolio is not None:
                return portfolio
        chained = _office_chain_name(tokens, i, j, hi, sentence_first)
        if chained is not None:
            return chained
        titled = title_comma_name(tokens, i, j, hi, sentence_first)
        if titled is not None:
            return titled
        employed = _firm_role_name(tokens, i, j, hi, sentence_first)
        if employed is not None:
            return employed
        office = _possessive_office(tokens, i, j, hi)
        if office is not None:
            return office
        speaker = _name_speaker(tokens, i, j, i, sentence_first)
        if speaker is None:
            return None
        end_index = _parenthesis_role(tokens, speaker, j, hi)
        org = org_after_name(tokens, end_index, hi) if speaker.kind == "name" else None
        if org is not None and not (speaker.name and speaker.name.affiliation):
            speaker.roles.append(org[0])  # "says Keiji Tanaka of the Centers for Disease Control"
            end_index = org[1]
        end_index = _appositive_roles(tokens, speaker, end_index, hi)
        speaker.end = tokens[end_index - 1].end if end_index > i else speaker.end
        return speaker
    if tok.is_word:
        named = _described_name_right(tokens, i, hi, sentence_first)
        if named is not None:
            return named
        return _noun_phrase_right(tokens, i, hi)
    return None


def _parenthesis_role(tokens: list[Token], speaker: Speaker, end_index: int, hi: int) -> int:
    """'said Jo Bell (R-OH)': the bracket after the name is her role; returns where the speaker ends."""
    if end_index < hi and tokens[end_index].text == "(":
        close = end_index + 1
        while close < hi and close - end_index < 8 and tokens[close].text != ")":
            close += 1
        if close < hi and tokens[close].text == ")":
            if speaker.kind == "name":
                speaker.roles.append(
                    RoleEvidence(
                        tokens[end_index].start,
                        _rejoin(tokens, end_index + 1, close),
                        RoleRule.PARENTHESIS,
                    )
                )
            end_index = close + 1
    return end_index


def _appositive_roles(tokens: list[Token], speaker: Speaker, end_index: int, hi: int) -> int:
    """The role set off by a comma after the name, up to the next comma, a quote or the end, after an
    age or a party ("said Jo Bell, 29, a retired teacher"); returns where the speaker ends."""
    if end_index + 1 < hi and tokens[end_index].text == "." and tokens[end_index - 1].low in NAME_SUFFIXES:
        end_index += 1  # "said Tom Lee Jr., a retired teacher": the suffix's full stop ends no sentence
    for _ in range(3):
        if not (end_index + 1 < hi and tokens[end_index].text == ","):
            break
        a = end_index + 1
        b = _piece_end(tokens, a, hi)
        appositive = _rejoin(tokens, a, b)
        if all(t.text.isdigit() for t in tokens[a:b] if t.is_word):
            end_index = b
            if speaker.name is not None:
                speaker.name.evidence = True  # "says Priya Natarajan, 29,"
            continue
        role = clean_role(appositive, appositive=True)
        if role and speaker.kind == "name":
            speaker.roles.append(RoleEvidence(tokens[a].start, role, RoleRule.APPOSITIVE))
            end_index = b
            if not is_party_code(appositive) and tokens[a].low not in ("of", "from"):
                break
            continue  # "said Jo Bell, of Leeds, a retired teacher": a role may follow the place
        descriptive = tokens[a].low in ("who", "whose", "which", "of", "from") or (
            tokens[a].low in ("a", "an", "the") and not _clause_follows(tokens, a, b)
        )
        if role or descriptive:
            end_index = b
        if a < hi and tokens[a].low in ("of", "from") and not role:
            continue  # "said John Carter, 45, of Springfield, a retired teacher"
        break
    return end_index


def _noun_phrase_right(tokens: list[Token], i: int, hi: int) -> Speaker | None:
    """An unnamed speaker after the verb: "said the company spokesman for the ministry"."""
    j = i
    while j < hi and j - i < 6 and tokens[j].is_word and tokens[j].low not in _CLAUSE_WORDS:
        j += 1
    words = tokens[i:j]
    for n in range(len(words)):
        kind = _np_head_kind(words[: n + 1])
        if kind is not None:
            # a noun that follows goes with it: "the company spokesman", not "the company"
            while n + 1 < len(words) and words[n + 1].low not in _NP_INNER:
                longer = _np_head_kind(words[: n + 2])
                if longer is None:
                    break
                kind, n = longer, n + 1
            # extend over "for the ministry" / "at Goldman Sachs"
            end = n + 1
            if end + 1 < len(words) and words[end].low in ("for", "at", "of", "with", "from", "in"):
                end = len(words)
            text = " ".join(w.text for w in words[:end])
            return Speaker(kind, text, words[0].start, words[end - 1].end)
    return None


_QUESTION_WORDS = frozenset({"how", "why", "whether"})
_SUBJECT_REACH = 12  # words of a clause's subject before its verb: "believes his side's 3-1 win over X has …"


def _clause_follows(tokens: list[Token], i: int, n: int) -> bool:
    """A "that" or a finite verb within the next words: "claimed the vote was rigged", "believes his
    team's narrow win over the hosts on Saturday has created a buzz". "To be" after the object states
    the clause too: "believes the export figures to be too low"."""
    if i < n and tokens[i].low in _QUESTION_WORDS:
        return True  # "recalled how the bridge fell", "explained why": an embedded question
    for j in range(i, min(n, i + _SUBJECT_REACH)):
        tok = tokens[j]
        if tok.is_mask or tok.low == "that" or tag_of(tok.low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if (
            j > i
            and tok.text.islower()
            and tokens[j - 1].is_word
            and past_after_noun(tokens[j - 1].low, tok.low)
        ):
            return True
        if j > i and tok.low == "to" and j + 1 < n and tokens[j + 1].low == "be":
            return True
        if tok.text in (".", ";", ","):
            return False
    return False
