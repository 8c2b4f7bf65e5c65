"""Capitalised name runs: their extent, and their split into role, courtesy title and name."""

from __future__ import annotations

from ..wordlists import word_set
from .name_kind import classify
from .names import (
    HONORIFICS,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_WORDS,
    TITLE_ABBREVIATIONS,
    is_agent_noun,
    is_common_word,
    is_first_name,
    is_function_word,
    is_lower_particle,
    is_role_word,
    name_key,
    place_names,
)
from .roles import is_role_modifier
from .run_split import _JOINERS, describes_person, name_word, person_shaped, role_cut
from .speech_tokens import NameParse, Token, _index_at, _is_initial, _is_name_token, _rejoin
from .speech_verbs import _RUN_JOINERS, _WEEKDAYS


def run_left(tokens: list[Token], k: int, lo: int) -> int:
    """Start index of the capitalised name run that ends at token k (k itself a name token)."""
    i = k
    lo = max(lo, k - 16)
    while i - 1 >= lo:
        prev = tokens[i - 1]
        if prev.text == "." and i - 2 >= lo and _is_initial(tokens, i - 2):
            i -= 2
            continue
        if _is_name_token(prev):
            i -= 1
            continue
        if is_lower_particle(prev.text):
            i -= 1
            continue
        if prev.low in _JOINERS and i - 2 >= lo and _is_name_token(tokens[i - 2]):
            i -= 1
            continue
        if (
            prev.low == "and"
            and i - 2 >= lo
            and (_portfolio_left(tokens, i - 2, lo) or _joins_offices(tokens, i - 1))
            and not name_ends_at(tokens, i - 2)
        ):
            i -= 1
            continue
        break
    # a run never starts with a particle or joiner, unless a particle opens a surname ("del Valle")
    while i < k and tokens[i].low in _JOINERS:
        i += 1
    return i


def run_right(tokens: list[Token], i: int, hi: int) -> int:
    """Index just past the capitalised name run that starts at token i."""
    j = i
    hi = min(hi, i + 16)  # a name is a few words, never a runaway line of capitals
    while j < hi:
        tok = tokens[j]
        if j > i and tok.low in _WEEKDAYS:
            break  # "author Jo Bell Wednesday won …": the day says when, it is no part of the name
        if _is_name_token(tok):
            j += 1
            if j < hi and tokens[j].text == "." and _is_initial(tokens, j - 1):
                j += 1
            continue
        if is_lower_particle(tok.text):
            # "van der Linden", "de la Cruz": particles may come in pairs before the surname
            k = j + 1
            while k < hi and k - j < 3 and is_lower_particle(tokens[k].text):
                k += 1
            if k < hi and _is_name_token(tokens[k]):
                j = k
                continue
        if tok.low in _JOINERS and j > i and j + 1 < hi and _is_name_token(tokens[j + 1]):
            j += 1
            continue
        if (
            tok.low == "and"
            and j + 1 < hi
            and _is_name_token(tokens[j + 1])
            and (holds_portfolio(tokens, i, j) or (j > i and _joins_offices(tokens, j)))
            and not name_ends_at(tokens, j - 1)
        ):
            j += 1  # "Minister of Communications and Digital Fahmi Fadzil"
            continue
        break
    # a joiner or a lower-case particle cannot end a name; a capitalised one is a surname ("Kiran Das")
    while j > i and (tokens[j - 1].low in _JOINERS or is_lower_particle(tokens[j - 1].text)):
        j -= 1
    return j


def holds_portfolio(tokens: list[Token], a: int, b: int) -> bool:
    """tokens[a:b] hold an office and its portfolio: "Secretary of Health", "Minister for Roads"."""
    return any(
        is_role_word(tokens[n].text) and tokens[n].is_cap and tokens[n + 1].low in _RUN_JOINERS
        for n in range(a, b - 1)
    )


def _joins_offices(tokens: list[Token], k: int) -> bool:
    """The "and" at k joins two offices of one person: "Co-founder and CEO Aprameya Radhakrishna"."""
    return (
        k >= 1
        and k + 1 < len(tokens)
        and all(tokens[m].is_cap and is_role_word(tokens[m].text, plural=False) for m in (k - 1, k + 1))
    )


def name_ends_at(tokens: list[Token], k: int) -> bool:
    """A person's name (a census first name or a word no portfolio is made of, then a name word) ends at tokens[k]: the "and" after it joins
    two people ("Minister of Tourism Jo Okafor and Minister of Trade Ana Ruiz"), not a portfolio's
    subjects ("Minister of Health and Social Care")."""
    if k < 1 or not name_word(tokens[k].text):
        return False
    return is_first_name(tokens[k - 1].text) or person_shaped([tokens[k - 1].text, tokens[k].text])


def _portfolio_left(tokens: list[Token], k: int, lo: int) -> bool:
    """The capitalised words ending at k open with an office and its portfolio, so an "and" after
    them joins the portfolio ("Secretary of Health and Human Services"), not two names."""
    if not _is_name_token(tokens[k]):
        return False
    i = k
    while i - 1 >= lo and k - i < 8 and (_is_name_token(tokens[i - 1]) or tokens[i - 1].low in _JOINERS):
        i -= 1
    return holds_portfolio(tokens, i, k + 1)


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[: -len(suffix)], True
    return word, False


def _with_stop(tokens: list[Token], word: Token) -> str:
    """An initial keeps its full stop ("F." in "John F. Kennedy")."""
    if len(word.text) == 1 and word.text.isupper():
        i = _index_at(tokens, word.start)
        if i + 1 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 1].start == word.end:
            return word.text + "."
    return word.text


def _split_affiliation(words: list[Token]) -> tuple[list[Token], str | None]:
    """'Jo Bell of Harbour University': a person's run joined to an organisation or place by of/at/from."""
    # "Analyst Jo Bell of Harbour University": a job before the name opens the run, the name after it
    first = 1 if len(words) > 3 and _job_word(words[0].low) and is_first_name(words[1].text) else 0
    for n, word in enumerate(words[1:-1], start=1):
        if word.low in _RUN_JOINERS and not is_role_word(words[n - 1].text):
            after = [w.text for w in words[n + 1 :]]
            lead = words[first].low
            person_like = (
                is_first_name(words[first].text)
                or lead in HONORIFICS
                or lead in TITLE_ABBREVIATIONS
                or (n - first >= 2 and person_shaped([w.text for w in words[first:n]]))
            )
            org_like = (
                any(w.lower() in ORG_WORDS for w in after) or name_key(" ".join(after)) in place_names()
            )
            if person_like and (org_like or (n - first >= 2 and is_first_name(words[first].text))):
                return words[:n], " ".join(after)
    return words, None


def _job_word(low: str) -> bool:
    """ "analyst", "economist", "director": a job written capitalised before a name."""
    return is_role_word(low, plural=False) or is_agent_noun(low) or describes_person(low)


_COMPOUND_DESCRIPTORS = word_set("compound_descriptors")


def _is_compound_descriptor(text: str) -> bool:
    """ "British-born", "London-based": an adjective of origin or base, written before a name."""
    head, hyphen, tail = text.partition("-")
    return bool(hyphen and head) and tail.lower() in _COMPOUND_DESCRIPTORS


def _drop_sentence_openers(words: list[Token], run_start: int, sentence_start: bool) -> list[Token]:
    """Sentence-initial ordinary words are no part of a name ("Then Smith said", "Meanwhile Apple"),
    nor is an adjective of origin before it ("British-born Cryan said")."""
    while words and (
        words[0].low in NOT_NAMES
        or (len(words) > 1 and _is_compound_descriptor(words[0].text))
        or (
            sentence_start
            and words[0].start == run_start
            and is_function_word(words[0].text)
            and not is_first_name(words[0].text)
            and not is_role_modifier(words[0].text)
            and len(words) > 1
        )
    ):
        words = words[1:]
    return words


def _ends_portfolio_list(tokens: list[Token], a: int) -> bool:
    """The run at a closes a list of subjects that an office's portfolio opens over a comma
    ("Director General for Fisheries, Forests and Wildlife …"): short capitalised pieces joined by
    commas and "and" back to the office."""
    first = a
    for _ in range(4):
        link = first - 1
        if link < 1 or tokens[link].low not in (",", "and", "&") or not _is_name_token(tokens[link - 1]):
            return False
        q = run_left(tokens, link - 1, 0)
        if tokens[link].text == "," and holds_portfolio(tokens, q, link):
            return True
        if link - q > 3:
            return False
        first = q
    return False


def _drop_listed_subject(words: list[Token]) -> list[Token]:
    """After "and" or a comma, plain words before a name are the end of a list ("Fisheries, Forests and
    Wildlife Tom Little", "…, Machinery and Electronic Equipment Harjanto": a portfolio's subjects), not
    part of it: up to three plain words (no first name, no job: "and Conductor Jo Bell" keeps its
    office), before a last word no dictionary holds or a census first name that is no plain word and
    opens a longer name ("and New York Mayor Jo Bell" keeps its place)."""
    n = 0
    while n < min(3, len(words) - 1) and _plain_subject(words[n].text):
        n += 1
    if n == 0:
        return words
    head = words[n].text
    lone_name = n == len(words) - 1 and not is_common_word(head)
    given_name = n < len(words) - 1 and is_first_name(head) and not is_common_word(head)
    return words[n:] if (lone_name or given_name) and head[:1].isupper() else words


def _plain_subject(word: str) -> bool:
    return (
        is_common_word(word)
        and not is_first_name(word)
        and not _job_word(word.lower())
        and word.lower() not in HONORIFICS
        and word.lower() not in ORG_WORDS
    )


def parse_run(tokens: list[Token], a: int, b: int, sentence_start: bool) -> NameParse | None:
    """Split tokens[a:b] (a capitalised run) into role words, courtesy title and name."""
    words = [t for t in tokens[a:b] if t.text != "."]
    if not words:
        return None
    words, affiliation = _split_affiliation(words)
    words = _drop_sentence_openers(words, tokens[a].start, sentence_start)
    if a > 0 and tokens[a - 1].low in ("and", ",", "&") and _ends_portfolio_list(tokens, a):
        words = _drop_listed_subject(words)
    if not words:
        return None
    while len(words) > 1 and words[-1].low in NAME_SUFFIXES:
        words = words[:-1]  # "Martin Luther King Jr."
    last, possessive = _strip_possessive(words[-1].text)
    texts = [_with_stop(tokens, w) for w in words[:-1]] + [last]
    office_before = a > 0 and tokens[a - 1].text.islower() and is_role_word(tokens[a - 1].text, plural=False)
    cut = role_cut(texts, office_before)
    if cut < 0 and affiliation is None:
        words, texts, affiliation, cut = _workplace_before_name(words, texts, _portfolio_opens(tokens, a))
    role: str | None = None
    role_start = -1
    honorific = None
    if cut >= 0:
        role, role_start = _role_span(tokens, words, cut, b)
    name_words, name_texts = words[cut + 1 :], texts[cut + 1 :]
    name_words, name_texts, owner = _possessive_owner(name_words, name_texts)
    if owner is not None and role is None and affiliation is None:
        affiliation = owner
    while name_texts and name_texts[0].lower().rstrip(".") in HONORIFICS:
        honorific = name_texts[0].rstrip(".")
        if role is None and honorific.lower() in _OFFICE_HONORIFICS:
            role, role_start = honorific, name_words[0].start  # "Cllr Jo Bell": the title is her office
        name_words = name_words[1:]
        name_texts = name_texts[1:]
    while name_texts and name_texts[-1].lower() in NAME_SUFFIXES and len(name_texts) > 1:
        name_words = name_words[:-1]
        name_texts = name_texts[:-1]
    if not name_texts or (cut >= 0 and len(name_texts) == 1 and name_texts[0].lower() in _OFFICE_TAILS):
        return None  # "The Attorney General said": an office of two office words, no name
    if (cut >= 0 or owner is not None) and _office_alone(name_texts):
        return None  # "Veldia's Foreign Minister said", "Kestrel's Chief Executive said": an office
    parse = NameParse(
        name=name_texts,
        start=name_words[0].start,
        end=name_words[-1].end - (2 if possessive else 0),
        role=role,
        role_start=role_start,
        honorific=honorific,
        possessive=possessive,
    )
    parse.kind, parse.evidence = classify(name_texts, role or affiliation, honorific)
    parse.affiliation = affiliation
    return parse


def _office_alone(texts: list[str]) -> bool:
    """Words left for a name that are an office and its modifiers ("Foreign Minister", "Chief
    Executive"), which name nobody."""
    return texts[-1].lower() in _OFFICE_TAILS and all(
        is_role_word(t, plural=False) or is_role_modifier(t) for t in texts[:-1]
    )


def _portfolio_opens(tokens: list[Token], a: int) -> bool:
    """The run at `a` follows an office written in lower case and its "of"/"for" ("the minister of
    Foreign Affairs of Veldia Arvid Kessoglu"): its first words are the portfolio, not a name."""
    return (
        a >= 2
        and tokens[a - 1].low in ("of", "for")
        and tokens[a - 2].text.islower()
        and is_role_word(tokens[a - 2].text, plural=False)
    )


def _workplace_before_name(
    words: list[Token], texts: list[str], after_office: bool
) -> tuple[list[Token], list[str], str | None, int]:
    """(words, texts, affiliation, role cut) of a run that ends in a person's name after the body they
    work for ("Ministry of Health Betson Chisamire": the ministry is the affiliation; `after_office`:
    "minister of | Foreign Affairs Arvid Kessoglu", the portfolio) or a portfolio ("Roads & Bridges Anand
    Kulkarni": the portfolio is the role)."""
    tail = _person_tail(texts)
    if tail > 0 and (
        (after_office and _portfolio_words(texts[:tail])) or any(t.lower() in ORG_WORDS for t in texts[:tail])
    ):
        return words[tail:], texts[tail:], " ".join(texts[:tail]), -1
    if tail > 0 and "&" in texts[:tail]:
        return words, texts, None, tail - 1
    return words, texts, None, -1


def _portfolio_words(texts: list[str]) -> bool:
    """A portfolio or body after "the minister of" is made of words ("Foreign Affairs of Veldia",
    "Harbour Trust"), a place or an acronym; a run of only words no lexicon knows ("head of Comhairle
    Ceoil Eireann") is one name in another language, not a body and a person."""
    return any(is_common_word(t) or t.isupper() or name_key(t) in place_names() for t in texts)


def _role_span(tokens: list[Token], words: list[Token], cut: int, b: int) -> tuple[str, int]:
    """The role words[0..cut] as written, and where it starts; "Rep." keeps its full stop."""
    role_end = _index_at(tokens, words[cut].start) + 1
    if role_end < b and tokens[role_end].text == "." and tokens[role_end].start == words[cut].end:
        role_end += 1
    return _rejoin(tokens, _index_at(tokens, words[0].start), role_end), words[0].start


def _possessive_owner(
    name_words: list[Token], name_texts: list[str]
) -> tuple[list[Token], list[str], str | None]:
    """A possessive organisation before a name ("Microsoft's Satya Nadella"): the name after it, and
    the organisation."""
    for n, text in enumerate(name_texts[:-1]):
        if text.endswith(("'s", "’s")):
            return name_words[n + 1 :], name_texts[n + 1 :], " ".join(name_texts[: n + 1])[:-2]
    return name_words, name_texts, None


_OFFICE_TAILS = word_set("office_tails")

# Courtesy titles that are an office too (councillor): read as the role as well as the title.
_OFFICE_HONORIFICS = frozenset({"cllr", "cr"})


def _person_tail(texts: list[str]) -> int:
    """Where a person's name starts at the end of a longer run ("Ministry of Health | Betson Chisamire",
    "Roads & Bridges | Anand Kulkarni"), or -1; the longest such name wins."""
    for start in range(1, len(texts) - 1):
        if texts[start - 1].lower() not in _JOINERS and person_shaped(texts[start:]):
            return start
    return -1
