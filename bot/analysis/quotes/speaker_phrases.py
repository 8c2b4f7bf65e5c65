"""Speaker phrases: a common-noun speaker ("the company", "experts") or a parsed name as a speaker."""

from __future__ import annotations

from .name_runs import holds_portfolio, name_ends_at, parse_run, run_left, run_right
from .names import (
    DOCUMENT_NOUNS,
    EAST_ASIAN_SURNAMES,
    NOT_NAMES,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PRONOUNS,
    is_agent_noun,
    is_common_word,
    is_first_name,
    is_function_word,
    is_role_word,
    tag_of,
)
from .role_left import acronym_role, affiliation_role, pre_name_role, widen_role
from .roles import is_role_modifier
from .rules import RoleEvidence, RoleRule
from .speech_tokens import Speaker, SpeakerKind, Token, _index_at, _is_name_token, _rejoin
from .speech_verbs import _BE, _CLAUSE_WORDS, _DETERMINERS, _PREPOSITIONS, SPEECH_VERBS


def _np_head_kind(words: list[Token]) -> SpeakerKind | None:
    """Kind of a common-noun speaker phrase by its nouns ("a senior official", "the company")."""
    if not words:
        return None
    lows = [w.low for w in words]
    for n, low in enumerate(lows[1:], start=1):
        if low in _NP_INNER and lows[n - 1] not in _DETERMINERS:
            lows = lows[:n]  # "analysts at Goldman Sachs", "a person familiar with the matter"
            break
    head = lows[-1]
    if head in DOCUMENT_NOUNS:
        return None
    if head not in PEOPLE_NOUNS and head not in ORG_NOUNS and head.endswith("s") and head[:-1] in ORG_NOUNS:
        head = head[:-1]  # "tech giants", "the carmakers"
    if head not in PEOPLE_NOUNS and head not in ORG_NOUNS and not is_role_word(head):
        # "a person familiar", "officials close": the last speaker noun before a trailing adjective
        nouns = [w for w in lows[-3:-1] if w in PEOPLE_NOUNS]
        if not nouns or tag_of(head)[:2] not in ("JJ", "RB"):
            return None
        head = nouns[-1]
    definite = lows[0] == "the" or any(w.endswith(("'s", "’s")) for w in lows[:-1])
    if head in PEOPLE_NOUNS:
        singular = not head.endswith("s") or head in ("spokesperson",)
        if definite and singular and is_role_word(head) and head not in ("source", "person", "man", "woman"):
            return "desc"
        return "group"
    if head in ORG_NOUNS:
        return "org"
    if is_role_word(head) or is_agent_noun(head):
        return "desc" if definite else "group"
    return None


_NP_PREPOSITIONS = frozenset({"at", "of", "for", "from", "with"})
_NP_INNER = frozenset({"at", "of", "for", "from", "with", "in", "on", "to", "close"})
_NP_STOP_TAGS = ("VBD", "VBZ", "MD", "IN", "CC", "WDT", "WP", "TO", "EX", "RB")


def _np_left(tokens: list[Token], k: int, lo: int) -> Speaker | None:
    """A common-noun speaker ending at token k: "experts", "the company's chief technology officer"."""
    i = k
    while i - 1 >= lo and k - i < 8:
        prev = tokens[i - 1]
        if not prev.is_word or prev.low in _CLAUSE_WORDS or prev.low in _BE:
            break
        if prev.low not in _NP_INNER and not prev.is_cap and tag_of(prev.low).startswith(_NP_STOP_TAGS):
            break
        if prev.low in SPEECH_VERBS:
            break
        i -= 1
    words = tokens[i : k + 1]
    # a leading preposition is not part of the speaker: "In Paris officials said"
    while len(words) > 1 and (words[0].low in _PREPOSITIONS or words[0].low in _NP_INNER):
        words = words[1:]
        if len(words) > 1 and words[0].is_cap and not words[1].is_cap:
            words = words[1:]
    kind = _np_head_kind(words)
    if kind is None:
        return None
    text = " ".join(w.text for w in words)
    return Speaker(kind, text, words[0].start, words[-1].end)


def _office_words(words: list[str]) -> bool:
    """ "Finance Minister", "Prime Minister": words of an office only, ending in the office."""
    return is_role_word(words[-1], plural=False) and all(is_role_modifier(w) for w in words)


def _no_surname(word: str) -> bool:
    """A word that never names the speaker alone: "Then said", "Meanwhile". A capitalised verb may be a
    surname ("Gore insisted", "Rose added"): resolution keeps it only for someone named in full; so may
    a common surname that the lexicon also reads as a function word ("Yu said", "Oh added"; not "He")."""
    if word in EAST_ASIAN_SURNAMES and word not in PRONOUNS:
        return False
    return is_function_word(word) and not (tag_of(word).startswith("VB") and word not in NOT_NAMES)


def _name_speaker(tokens: list[Token], a: int, b: int, lo: int, sentence_first: int) -> Speaker | None:
    parse = parse_run(tokens, a, b, sentence_start=a == sentence_first)
    if parse is None:
        return None
    if parse.kind == "single" and not parse.honorific and not parse.role:
        word = parse.name[0].lower()
        if word in PEOPLE_NOUNS or word in ORG_NOUNS or word in DOCUMENT_NOUNS or _no_surname(word):
            return None
    if parse.kind == "org":
        begin = tokens[a].start
        if a - 1 >= lo and tokens[a - 1].low == "the":
            begin = tokens[a - 1].start
        text = " ".join(t.text for t in tokens[a:b] if t.text != ".")
        if begin < tokens[a].start and _office_words(parse.name):
            # "the Finance Minister added": an office that refers to a person, like "the minister"
            return Speaker("desc", "the " + text, begin, tokens[b - 1].end)
        return Speaker("org", text, begin, tokens[b - 1].end)
    speaker = Speaker("name", " ".join(parse.name), parse.start, tokens[b - 1].end, name=parse)
    if parse.role:
        title, title_start = widen_role(tokens, parse.role, parse.role_start, lo)
        speaker.roles.append(RoleEvidence(title_start, title, RoleRule.TITLE_BEFORE_NAME))
        speaker.start = min(speaker.start, title_start)
    if parse.affiliation:
        affiliation = affiliation_role(tokens, a, parse, lo)
        speaker.roles.append(affiliation)
        if parse.start > tokens[a].start:
            speaker.start = min(speaker.start, affiliation.position)
            return speaker
    if a - 1 >= lo and tokens[a - 1].low == "the" and not parse.role and not parse.honorific:
        # "the Monitor reported" — a definite article makes a capitalised name an organisation; not
        # one with a courtesy title, "the Hon. Kwasi Mensah said" (the Honourable)
        return Speaker("org", "the " + " ".join(parse.name), tokens[a - 1].start, tokens[b - 1].end)
    if not parse.role:
        role, start = pre_name_role(tokens, a, lo)
        if role:
            role, start = widen_role(tokens, role, start, lo)
            speaker.roles.append(RoleEvidence(start, role, RoleRule.ROLE_BEFORE_NAME))
            speaker.start = min(speaker.start, start)
            parse.evidence = True
            if parse.kind == "single":
                parse.kind = "person"
        elif not parse.affiliation and (bracketed := acronym_role(tokens, a, lo)) is not None:
            speaker.roles.append(bracketed)
            speaker.start = min(speaker.start, bracketed.position)
            parse.evidence = True
    return speaker


def _portfolio_speaker(
    tokens: list[Token], p: int, a: int, b: int, lo: int, sentence_first: int, last: int | None = None
) -> Speaker | None:
    """ "Minister for Rural Water, Roads & Bridges Anand Kulkarni": an office whose portfolio runs on
    over a comma into the run tokens[a:b] that ends with the name; the whole is the role. With `last`,
    the portfolio is a list ("Director General for Fisheries, Forests and Marine Parks Jo Bell") whose
    final run, tokens[last:b], ends with the name."""
    last = a if last is None else last
    if not (lo <= p < a - 1 and tokens[a - 1].text == "," and holds_portfolio(tokens, p, a - 1)):
        return None
    speaker = _name_speaker(tokens, last, b, lo, sentence_first)
    if last > a and not _given_name(tokens[last].text):
        # the list's last subject may be read with the name ("Wildlife Tom Little"): split them
        speaker = _name_after_subject(tokens, last, b, lo, sentence_first)
    if speaker is None or speaker.kind != "name" or speaker.name is None:
        return None
    between = [t.text for t in tokens[last : _index_at(tokens, speaker.name.start)] if t.text != "."]
    if not between or between == [speaker.name.honorific]:
        return None  # "Minister for Water, (Dr) Anand Kulkarni": the name alone after the comma
    role = _rejoin(tokens, p, _index_at(tokens, speaker.name.start))
    speaker.roles = [RoleEvidence(tokens[p].start, role, RoleRule.TITLE_BEFORE_NAME)]
    speaker.start = tokens[p].start
    return speaker


def _given_name(word: str) -> bool:
    """A census first name that is no plain word ("Sarah", not "Grace" or "Marine")."""
    return is_first_name(word) and not is_common_word(word)


def _name_after_subject(tokens: list[Token], c: int, b: int, lo: int, sentence_first: int) -> Speaker | None:
    """The person named after a listed portfolio's last subject, tokens[c:b] read as one organisation
    or one name ("Marine Parks Tom Little"): the first split whose name opens with a census first name
    that is no common word, else the first whose name opens with no plain word ("Parks" is a subject, not
    a given name), leaving a person's name, or one word that is not a common word ("Marine Parks
    Tomasso": the office before it makes a lone name a person's)."""
    for given_name in (True, False):
        for s in range(c + 1, b):
            word = tokens[s].text
            if given_name and not _given_name(word):
                continue
            if is_common_word(word) and not is_first_name(word):
                continue
            speaker = _name_speaker(tokens, s, b, lo, sentence_first)
            if speaker is None or speaker.kind != "name" or not speaker.name:
                continue
            if speaker.name.kind == "person" or (s == b - 1 and not is_common_word(word)):
                speaker.name.kind = "person"
                speaker.name.evidence = True
                return speaker
    return None


# A portfolio's subjects listed after its office: "for Fisheries, Forests and Marine Parks"
_LIST_LINKS = frozenset({",", "and", "&"})
_MOST_PIECES = 4


def _subject_piece(tokens: list[Token], c: int, b: int) -> bool:
    """tokens[c:b], a capitalised run in a list, may be a portfolio's subject, not a person ("Jo Bell"
    in "Minister of Health Ana Ruiz, Jo Bell and Tom Lee": a list of people)."""
    return b - c <= 3 and not name_ends_at(tokens, b - 1)


def portfolio_list_right(tokens: list[Token], a: int, hi: int) -> tuple[int, int]:
    """From the run at a (after an office's comma), the start and end of the list's final run: the
    subjects "Forests" and "Marine Parks Jo Bell" of "…, Forests and Marine Parks Jo Bell"."""
    c, b = a, run_right(tokens, a, hi)
    for _ in range(_MOST_PIECES):
        link = b
        if link < hi and tokens[link].text == "," and link + 1 < hi and tokens[link + 1].low == "and":
            link += 1  # "Forests, and Marine Parks"
        if not (link + 1 < hi and tokens[link].low in _LIST_LINKS and _is_name_token(tokens[link + 1])):
            break
        if not _subject_piece(tokens, c, b):
            break
        c = link + 1
        b = run_right(tokens, c, hi)
    return c, b


def portfolio_list_left(tokens: list[Token], a: int, lo: int) -> tuple[int, int] | None:
    """Before the run at a, an office whose portfolio lists subjects over commas and "and": the office's
    start and the first run after its comma ("Director General for Fisheries, Forests and Marine Parks
    Jo Bell" from "Marine"); None when no such office opens the list."""
    first = a
    for _ in range(_MOST_PIECES):
        link = first - 1
        if link - 1 >= lo and tokens[link].low == "and" and tokens[link - 1].text == ",":
            link -= 1  # "Forests, and Marine Parks": the comma before "and" links the list
        if not (link - 1 >= lo and tokens[link].low in _LIST_LINKS and _is_name_token(tokens[link - 1])):
            return None
        q = run_left(tokens, link - 1, lo)
        if tokens[link].text == "," and holds_portfolio(tokens, q, link):
            return (q, link + 1) if first < a else None  # one comma alone: _portfolio_speaker's own case
        if not _subject_piece(tokens, q, link):
            return None
        first = q
    return None
