"""Roles a name's capitalised run leaves out: long roles read leftwards from the title or name they
end at, and an organisation after "of the" or "from" (`org_after_name`).

News English writes a whole office before a name: "director of museums at Harbour University Kofi
Asante", "Deputy Leader in the Regional Assembly and President PNF Tariq Wasim", "Ministry of Roads
and Highway Safety (MRHS) Undersecretary Lena Okoro". The name runs stop at the lower-case "of",
"in", "the" and at brackets, so only the last piece ("Harbour University", "President",
"Undersecretary") reached the role. Here the pieces before it are read back as long as they end
(leftwards) in an office: a piece that never reaches an office ("Speaking to reporters in Tamale …")
adds nothing, since a wrong role is worse than a short one. The lower-case role just before a name
("Austria's finance minister Hans-Joerg Schelling") is read here too (`pre_name_role`)."""

from __future__ import annotations

from .name_runs import holds_portfolio, run_left, run_right
from .names import ORG_NOUNS, ORG_WORDS, PEOPLE_NOUNS, is_agent_noun, is_function_word, is_role_word, tag_of
from .person_signs import KIN_NOUNS
from .positions import POSITIONS, position_before_name
from .roles import DESCRIPTORS, is_role_modifier
from .rules import RoleEvidence, RoleRule
from .run_split import describes_person
from .speech_tokens import NameParse, Token, _index_at, _is_name_token, _rejoin
from .speech_verbs import _RUN_JOINERS

MAX_WIDENED = 16  # words a role may gain; longer runs are clauses, not offices
_LINKS = frozenset({"of", "in", "at", "for"})
CHAIN_LINKS = _LINKS | {"and", "the"}
_PORTFOLIO_OPENERS = frozenset({"of", "for"})


def widen_role(tokens: list[Token], role: str, role_start: int, lo: int) -> tuple[str, int]:
    """The role starting at character `role_start` with the words before it that continue it."""
    k = _index_at(tokens, role_start)
    start = _widened_start(tokens, k, _index_at(tokens, role_start + len(role)), lo)
    if start >= k:
        return role, role_start
    return _rejoin(tokens, start, k) + " " + role, tokens[start].start


def office_of_unit(tokens: list[Token], i: int, lo: int) -> tuple[str | None, int]:
    """ "Head of the Harbour City Planning department Kofi Asante": an office whose "of" phrase names a
    unit ending in a lower-case noun for a body (department, office, committee …) right before the
    name at tokens[i]; the name runs stop at the lower-case noun, so no office was read. None when no
    office opens the phrase ("the Harbour planning department Kofi Asante" says only where he works)."""
    k = i - 1
    unit = tokens[k] if k - 2 >= lo else None
    if unit is None or not _unit_noun(unit):
        return None, -1
    a = k
    while a - 1 > lo and k - a < 2 and _noun_modifier(tokens[a - 1]):
        a -= 1  # "the Kestrel County | health department"
    a = run_left(tokens, a - 1, lo) if _is_name_token(tokens[a - 1]) else a
    piece = _rejoin(tokens, a, k + 1)
    text, start = widen_role(tokens, piece, tokens[a].start, lo)
    return (text, start) if start < tokens[a].start else (None, -1)


def _unit_noun(tok: Token) -> bool:
    """A lower-case noun that may end what an office is of: a body ("department"), or a field or
    place ("director of technology", "member for the Dover constituency"); not a time."""
    if not tok.text.islower() or tok.low.endswith("s") or tok.low in _TIME_WORDS:
        return False
    return tok.low in ORG_NOUNS or tag_of(tok.low) == "NN"


def acronym_role(tokens: list[Token], a: int, lo: int) -> RoleEvidence | None:
    """ "National Farmers Party's (NFP) R. Moyo", "Tamale District Health Officer (DHO) Kofi Asante":
    the organisation or office, with its acronym in brackets, before a name at tokens[a]; None when
    the brackets follow neither a possessive nor an office."""
    org = _acronym_org(tokens, a, lo)
    if org is None:
        return None
    before, acronym = _rejoin(tokens, org, a - 3), _rejoin(tokens, a - 3, a)
    if is_role_word(tokens[a - 4].text, plural=False) or holds_portfolio(tokens, org, a - 3):
        # "Tamale District Health Officer (DHO) Kofi Asante", "Director of Public Prosecutions (DPP)
        # Ana Tomas": an office, or an office with its portfolio, then its acronym
        return RoleEvidence(tokens[org].start, f"{before} {acronym}", RoleRule.TITLE_BEFORE_NAME)
    if not before.endswith(("'s", "’s")):
        return None
    return RoleEvidence(tokens[org].start, f"{before[:-2]} {acronym}", RoleRule.AFFILIATION)


def affiliation_role(tokens: list[Token], a: int, parse: NameParse, lo: int) -> RoleEvidence:
    """The organisation a name's run holds, before the name ("A senior official in the Ministry of
    Health Betson Chisamire", read back to the job) or after it ("Tom Lee of Harbour University")."""
    affiliation = parse.affiliation or ""
    if parse.start <= tokens[a].start:
        return RoleEvidence(parse.end + 1, affiliation, RoleRule.AFFILIATION)
    org = _rejoin(tokens, a, _index_at(tokens, parse.start))
    if parse.possessive or org.endswith(("'s", "’s")):
        # "a spoiler in Green Party's Jo Bell": a possessive opens its phrase, nothing before is the role
        return RoleEvidence(tokens[a].start, affiliation, RoleRule.AFFILIATION)
    text, start = widen_role(tokens, org, tokens[a].start, lo)
    if start < tokens[a].start:
        return RoleEvidence(start, text, RoleRule.ROLE_BEFORE_NAME)
    return RoleEvidence(tokens[a].start, affiliation, RoleRule.AFFILIATION)


def org_after_name(tokens: list[Token], j: int, hi: int) -> tuple[RoleEvidence, int] | None:
    """ "Keiji Tanaka of the Centers for Disease Control", "Ruth Adler from University of Leeds": the
    organisation after a name ending at tokens[j - 1] (a run with an organisation word; a place, "of
    Springfield", says where someone lives, not where they work), and the index past it."""
    if j >= hi or tokens[j].low not in ("of", "from"):
        return None
    a = j + 2 if j + 2 < hi and tokens[j + 1].low == "the" else j + 1
    if a >= hi or not _is_name_token(tokens[a]):
        return None
    b = _org_name_end(tokens, a, run_right(tokens, a, hi), hi)
    if not any(_org_word(t.low) for t in tokens[a:b]):
        return None
    return RoleEvidence(tokens[a].start, _rejoin(tokens, a, b), RoleRule.AFFILIATION), b


def _org_name_end(tokens: list[Token], a: int, b: int, hi: int) -> int:
    """Where an organisation's name that starts at tokens[a] ends, past an "and" inside it ("the Harbour
    Astronomy | and Astrophysics Research Centre", "the Centre for Astronomy | and Astrophysics"): the
    run after "and" holds the organisation word the run before lacks, or the run before is an
    organisation "of"/"for" its subjects and the one after names no organisation of its own."""
    if b + 1 >= hi or tokens[b].low not in ("and", "&") or not _is_name_token(tokens[b + 1]):
        return b
    c = run_right(tokens, b + 1, hi)
    before = any(_org_word(t.low) for t in tokens[a:b])
    after = any(_org_word(t.low) for t in tokens[b + 1 : c])
    if not before and after:
        return c
    subjects = any(t.low in _PORTFOLIO_OPENERS for t in tokens[a:b])
    return c if before and subjects and not after and c - b <= 3 else b


def _opener(tok: Token) -> bool:
    """A capitalised word that opens a sentence, not a name ("Even", "Meanwhile"; not the "S" of "S&P")."""
    return len(tok.text) > 1 and is_function_word(tok.text)


def _org_word(low: str) -> bool:
    return low in ORG_WORDS or (low.endswith("s") and low[:-1] in ORG_WORDS)  # "Centers for …"


def _widened_start(tokens: list[Token], k: int, end: int, lo: int) -> int:
    """Where the role at tokens[k:end] starts once read leftwards: over an organisation with its
    bracketed acronym, and over links ("in the", "of", "and") to a piece that opens with an office.
    "of", "in", "at", "for" only lead to an office from what an office is of ("chief of staff"): from
    an office they tie two people ("a spokesman for Sen. X", "the brother of strategist X")."""
    committed = _acronym_org(tokens, k, lo)
    committed = _named_modifier(tokens, k, lo) if committed is None else committed
    e, seg_end = committed, end
    while e - 1 >= lo and k - e < MAX_WIDENED:
        link = _link_left(tokens, e, lo)
        if link is None or (tokens[link].low != "and" and _holds_office(tokens[e:seg_end])):
            break
        office = _office_left(tokens, link, lo)
        if office is not None:
            if tokens[link].low != "and" or any(t.is_cap for t in tokens[office:link]):
                committed = office  # "the minister and President X" may be two people
            elif _bare_offices(tokens, office, link, seg_end):
                committed = office  # "writer and director Jo Bell": one person with two jobs
            e, seg_end = office, link
            continue
        filler = _filler_left(tokens, link, lo)
        if filler is None:
            break
        e, seg_end = filler, link
    return committed if k - committed <= MAX_WIDENED else k


def _bare_offices(tokens: list[Token], office: int, link: int, end: int) -> bool:
    """ "writer and director", "engineer and cloud architect": two lower-case jobs joined by "and"
    with no determiner before the first ("the mayor and councillor X" may be two people)."""
    words = tokens[office:link] + tokens[link + 1 : end]
    if not words or any(not t.is_word or t.is_cap for t in words):
        return False
    before = tokens[office - 1] if office > 0 else None
    return before is None or not (before.low in _DETERMINERS or before.text.endswith(("'s", "’s")))


# Words that make the job before "and" a person of its own: "the mayor and …", "his wife and …".
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your"})


def _holds_office(words: list[Token]) -> bool:
    """The words name an office, not what an office is of ("Tamale", "museums", "staff")."""
    return any(is_role_word(t.text) or (not t.is_cap and is_agent_noun(t.low)) for t in words)


def _link_left(tokens: list[Token], e: int, lo: int) -> int | None:
    """Index of the link ending right before tokens[e]: "of", "in the", "at", "for", "and"."""
    i = e - 1
    if i >= lo and tokens[i].low == "the":
        i -= 1
        if i < lo or tokens[i].low not in _LINKS:
            return None
    elif i < lo or tokens[i].low not in CHAIN_LINKS:
        return None
    return i if i - 1 >= lo and tokens[i - 1].is_word else None


def _office_left(tokens: list[Token], e: int, lo: int) -> int | None:
    """Start of an office ending right before tokens[e]: "director general", "Opposition Leader"."""
    last = tokens[e - 1]
    if last.is_cap and is_role_word(last.text, plural=False):
        a = run_left(tokens, e - 1, lo)
        while a < e - 1 and (is_function_word(tokens[a].text) or tokens[a].low in _LINKS):
            a += 1
        return a
    if not last.is_cap and (is_role_word(last.low, plural=False) or is_agent_noun(last.low)):
        _, start = pre_name_role(tokens, e, lo)
        return _named_modifier(tokens, _index_at(tokens, start), lo) if start >= 0 else None
    return None


def _named_modifier(tokens: list[Token], a: int, lo: int) -> int:
    """A role takes the whole name of the organisation that opens it ("National Academy of Engineering
    member", not "Engineering member"; "Human Rights Watch researcher", though "Watch" can be a verb)."""
    if _is_name_token(tokens[a]):
        start = run_left(tokens, a, lo)
    elif a - 1 >= lo and _is_name_token(tokens[a - 1]):
        start = _org_left(tokens, a - 1, lo)
    else:
        return a
    if start - 2 >= lo and tokens[start - 1].text == "." and tokens[start - 2].low in _FIRM_ABBREVIATIONS:
        start = run_left(tokens, start - 2, lo)  # "Acme Co. CEO Jo Bell": the run stopped at the stop
    while start < a and _opener(tokens[start]):
        start += 1
    return start


# A firm's name ends with these, written with a stop that ends a capitalised run.
_FIRM_ABBREVIATIONS = frozenset({"co", "inc", "corp", "ltd", "plc", "bhd"})


def _filler_left(tokens: list[Token], e: int, lo: int) -> int | None:
    """Start of what an office is of or in, ending right before tokens[e]: an organisation or place
    ("the Regional Assembly", "Harbour University") or a few lower-case nouns ("museums")."""
    last = tokens[e - 1]
    if _is_name_token(last):
        return _org_left(tokens, e - 1, lo)
    a = e
    while a - 1 >= lo and e - a < 3:
        word = tokens[a - 1]
        if not word.is_word or word.is_cap or tag_of(word.low) not in ("NN", "NNS", "JJ"):
            break
        a -= 1
    return a if a < e else None


def _org_left(tokens: list[Token], k: int, lo: int) -> int:
    """Start of the capitalised organisation or place ending at tokens[k]; an "and" is crossed inside a
    portfolio ("Department of Information and Communications Technology"), never between two names."""
    a = run_left(tokens, k, lo)
    while True:
        if a - 2 >= lo and tokens[a - 1].low == "and" and _is_name_token(tokens[a - 2]):
            b = run_left(tokens, a - 2, lo)
            if not _opens_portfolio(tokens, b, a - 1):
                break
        elif a - 3 >= lo and tokens[a - 1].low == "the" and tokens[a - 2].low in _PORTFOLIO_OPENERS:
            # "Private Clinics Association of the Tamale Region": an organisation "of the" a place
            b = run_left(tokens, a - 3, lo) if _is_name_token(tokens[a - 3]) else a
            if b == a or not any(t.low in ORG_WORDS for t in tokens[b : a - 2]):
                break
        else:
            break
        a = b
    while a < k and _opener(tokens[a]):
        a += 1  # "Even Department of …": a sentence opener, not part of the name
    return a


def _opens_portfolio(tokens: list[Token], a: int, b: int) -> bool:
    """tokens[a:b] hold an organisation or office and the first subject of its portfolio
    ("Department of Information", "Ministry for Health")."""
    return any(
        tokens[n + 1].low in _PORTFOLIO_OPENERS
        and (tokens[n].low in ORG_WORDS or is_role_word(tokens[n].text))
        for n in range(a, b - 1)
    )


def _acronym_org(tokens: list[Token], k: int, lo: int) -> int | None:
    """Start of "ORGANISATION (ACRONYM)" ending right before tokens[k], or None."""
    if k - 4 < lo or tokens[k - 1].text != ")" or tokens[k - 3].text != "(":
        return None
    acronym = tokens[k - 2].text
    last = k - 4
    if tokens[last].text == "." and last - 1 >= lo and tokens[last - 1].low in ORG_WORDS:
        last -= 1  # "… Inc. (ABC)"
    if not (_is_acronym(acronym) and _is_name_token(tokens[last])):
        return None
    return _org_left(tokens, last, lo)


def _is_acronym(word: str) -> bool:
    """ "NFP", "DHO", and with a lower-case letter inside "BoZ", "DoH" (Bank of Zambia, Department of
    Health): capitals at both ends."""
    if not 2 <= len(word) <= 8 or not word.isalpha():
        return False
    return word.isupper() or (
        word[0].isupper() and word[-1].isupper() and sum(c.isupper() for c in word) >= 2
    )


_TIME_WORDS = frozenset(
    {
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
        "time",
    }
)


def _noun_modifier(tok: Token) -> bool:
    """A lower-case adjective or noun inside a role before its head: "new foreign ministry spokesman"."""
    return tok.text.islower() and tag_of(tok.low) in ("JJ", "NN") and tok.low not in _TIME_WORDS


def _plural_modifier(tok: Token) -> bool:
    """ "public affairs officer", "communications director", "sales manager": a lower-case plural noun
    for a field or a thing inside a role before its head; not one for people ("residents")."""
    low = tok.low
    if not tok.text.islower() or tag_of(low) != "NNS" or low in _TIME_WORDS:
        return False
    return not (is_role_word(low) or low[:-1] in PEOPLE_NOUNS or is_agent_noun(low[:-1]) or low == "people")


def _bare_descriptor(low: str) -> bool:
    """ "radio host Ann Lee", "billionaire Tom Ruiz", "neighbor Bob Hale", "his wife Linda": a noun
    written bare before a name like a title, or a tie to someone (kin_nouns)."""
    return describes_person(low) or low in DESCRIPTORS or low in KIN_NOUNS


def _agent_noun(word: str) -> bool:
    """ "seismologist", and hyphenated "second-rower", "left-winger": a noun for a person by what they
    do, the last part of a compound deciding."""
    return is_agent_noun(word) or ("-" in word and is_agent_noun(word.rsplit("-", 1)[1]))


def comparative_descriptor(tokens: list[Token], k: int, lo: int) -> bool:
    """ "the elder Bell": a descriptor that is also a comparative adjective says which of two people is
    meant; only after a noun ("village elder Jo Bell") is it what the person is."""
    before = tokens[k - 1] if k - 1 >= lo else None
    return tag_of(tokens[k].low) == "JJR" and not (before is not None and tag_of(before.low) in ("JJ", "NN"))


def _person_compound(tokens: list[Token], k: int, lo: int) -> bool:
    """ "HRDC chair person X", "contact person X": "person" after a noun for a job closes a compound
    role, where alone it says nothing of anyone."""
    return tokens[k].low == "person" and k - 1 >= lo and is_role_word(tokens[k - 1].text, plural=False)


def pre_name_role(tokens: list[Token], run_start: int, lo: int) -> tuple[str | None, int]:
    """A lower-case role just before a name: "Austria's finance minister Hans-Joerg Schelling"."""
    i = run_start
    seen_role = False
    while i - 1 >= lo:
        tok = tokens[i - 1]
        if not tok.is_word:
            break
        if (
            is_role_word(tok.text)
            or (_agent_noun(tok.text) and tok.text.islower())
            or (
                i == run_start
                and tok.text.islower()
                and _bare_descriptor(tok.low)
                and not comparative_descriptor(tokens, i - 1, lo)
            )
            or (i == run_start and _person_compound(tokens, i - 1, lo))
            or (i == run_start and position_before_name(tokens, i - 1, lo))
        ):
            seen_role = True
        elif (
            is_role_modifier(tok.text)
            or (tok.is_cap and seen_role and not is_function_word(tok.text))
            or (seen_role and (_noun_modifier(tok) or _plural_modifier(tok)))
        ):
            pass
        elif tok.text.endswith(("'s", "’s")) and seen_role:
            i -= 1
            if i - 1 >= lo and tokens[i - 1].low == "the":
                i -= 1
            break
        else:
            break
        i -= 1
    if i >= run_start or not any(
        is_role_word(t.text) or _agent_noun(t.text) or _bare_descriptor(t.low) or t.low in POSITIONS
        for t in tokens[i:run_start]
    ):
        return None, -1
    while i < run_start and tokens[i].low in _RUN_JOINERS:
        i += 1
    text = " ".join(t.text for t in tokens[i:run_start])
    return text, tokens[i].start
