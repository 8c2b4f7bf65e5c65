"""A role set off before a name by a comma: "the opposition's transport spokesman, Jo Bell, …", "The
Senate President, Ahmad Lawan, has …", "One of the organisers, Kofi Mensah, said"."""

from __future__ import annotations

from .clause_openings import CLAUSE_CONJUNCTIONS, after_opening_adverbial, opens_sentence_at
from .name_runs import holds_portfolio, run_left
from .names import is_agent_noun, is_role_word, tag_of
from .role_heads import opens_noun_phrase
from .role_left import _org_word
from .roles import clean_role, is_role_modifier
from .speaker_described import is_person_noun
from .speech_tokens import Token, _rejoin
from .speech_verbs import _PREPOSITIONS


def role_then_comma(tokens: list[Token], i: int, j: int) -> tuple[str | None, int]:
    """ "the opposition's transport spokesman, Jo Bell, …", "The Senate President, Ahmad Lawan, has …":
    a role set off before the name by a comma, with the name closed by another comma (or the sentence's
    end), or by its verb when the role opens the sentence ("Ghana's president, Nana Addo has …")."""
    if i < 2 or tokens[i - 1].text != ",":
        return None, -1
    k = _before_acronym(tokens, i - 2)
    head = tokens[k]
    if not head.is_word:
        return None, -1
    j = _after_bracket(tokens, j)
    closed = j >= len(tokens) or tokens[j].text in (",", ".")
    after_clause = _set_off(tokens, j)
    office = -1
    if head.is_cap:
        a = _owner_before(tokens, _office_before_comma(tokens, k))
        a = _owner_before(tokens, _office_then_body(tokens, k)) if a < 0 else a
        office = _office_of_body(tokens, k) if a < 0 else -1
        if office >= 0:  # "A member of the Technical Committee of the X Federation, Jo Bell, …"
            a = _lower_role_before_comma(tokens, office, after_clause)
    else:
        a = _lower_role_before_comma(tokens, k, after_clause)
    if a < 0:
        return None, -1
    opens = opens_sentence_at(tokens, a) or after_opening_adverbial(tokens, a)
    # "signed by the command's Public Relations Officer, Jo Bell,", "met with the Foreign Minister of X,
    # Jo Bell,": the office is the object of a verb's preposition, no item of a list of names
    passive = a > 0 and tokens[a - 1].low in ("by", "with") and (office >= 0 or _after_verb(tokens, a - 1))
    set_off = after_clause and not _after_name(tokens, a)
    if head.is_cap and not opens and not passive and not set_off and not _inverted_report(tokens, a, j):
        return None, -1  # "Jo Bell, Minister of Water, Tom Lee …": a list, not a role before a name
    if not closed and not (
        opens and tokens[j].is_word and tokens[j].text.islower() and tokens[j].low != "and"
    ):
        return None, -1
    a = _past_dateline(tokens, a, i - 1)
    text = _rejoin(tokens, a, i - 1)
    # "Her neighbour, Jo Bell, …": a noun for a person is the role though no office word is in it
    role = clean_role(text) or (text if _person_only(tokens, a, k) else None)
    pieces = text.split(",")
    if (
        role
        and head.is_cap
        and all(_capitalised(piece, n == 0 and len(pieces) > 1) for n, piece in enumerate(pieces))
    ):
        role = text  # an office whose portfolio lists its subjects with commas stays whole
    return (role, tokens[a].start) if role else (None, -1)


def _past_dateline(tokens: list[Token], a: int, end: int) -> int:
    """ "ADDIS ABABA | Deputy Prime Minister of X, Jo Bell, met …": a lead's place in capitals, written
    without the dash that would set it off, is no part of the office after it (two words or more in
    capitals; one may be an organisation's acronym, "NATO Secretary General")."""
    if not opens_sentence_at(tokens, a):
        return a
    b = a
    while b < end and len(tokens[b].text) >= 3 and tokens[b].text.isalpha() and tokens[b].text.isupper():
        b += 1
    return b if b - a >= 2 and b < end and tokens[b].is_cap and not tokens[b].text.isupper() else a


def _capitalised(piece: str, article: bool) -> bool:
    """ "Ports and Aviation", and with `article` "the National President": a piece of an office that
    opens with a capital (after its article, for the first of several pieces)."""
    words = piece.split()
    if article and words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _after_name(tokens: list[Token], a: int) -> bool:
    """A capitalised word and a comma stand before tokens[a]: the office may follow a name in a list
    ("Jo Bell, Minister of Water, Tom Lee, said"), or a place or firm an aside ends with."""
    return a >= 2 and tokens[a - 1].text == "," and tokens[a - 2].is_cap


def _before_acronym(tokens: list[Token], k: int) -> int:
    """ "Chief Executive of the National Oil Company, (NOC), | Jo Bell": the office's last word before
    its acronym in brackets (and the comma before them) ending at tokens[k], or k."""
    if k < 3 or tokens[k].text != ")" or tokens[k - 2].text != "(" or not _acronym(tokens[k - 1].text):
        return k
    n = k - 3
    if tokens[n].text == "," and n >= 1:
        n -= 1
    return n if tokens[n].is_word else k


def _acronym(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2 and word.isalnum()


def _after_bracket(tokens: list[Token], j: int) -> int:
    """ "Jo Bell (Nasarawa North), said": the token after a short bracket closing a name, or j."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for n in range(j + 1, min(j + _MAX_BRACKETED + 2, len(tokens))):
        if tokens[n].text == ")":
            return n + 1
        if not tokens[n].is_word:
            return j
    return j


_MAX_BRACKETED = 4  # words of a constituency, party or age in brackets after a name


def _owner_before(tokens: list[Token], a: int) -> int:
    """ "The party's | Secretary General", "Ghana’s | President": where the owner named before a
    capitalised office starts, its article included, or `a` when no owner stands there."""
    if a < 1 or not tokens[a - 1].is_word or not tokens[a - 1].low.endswith(("'s", "’s")):
        return a
    b = a - 1
    if tokens[b].is_cap:
        b = run_left(tokens, b, 0)  # "the Ghana Football Association's President"
    return b - 1 if b >= 1 and tokens[b - 1].low in ("the", "a", "an") else b


def _inverted_report(tokens: list[Token], a: int, j: int) -> bool:
    """ "The festival opens on Friday, Deputy Minister for Culture, Jo Bell, has disclosed": the role
    at tokens[a] follows a clause ended by a comma, and the name ending at tokens[j] is set off before
    its verb, as a report written after what was said; a list of people has no verb before it."""
    if a < 2 or tokens[a - 1].text != "," or j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    verb = tokens[j + 1]
    return verb.text.islower() and tag_of(verb.low) in ("VBD", "VBZ") and _after_verb(tokens, a - 1)


def _set_off(tokens: list[Token], j: int) -> bool:
    """ "…, Ana Ruiz, said": the name at tokens[:j] is closed by a comma and its clause's verb follows,
    so the noun phrase before it is an appositive even when a preposition opens that phrase."""
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    nxt = tokens[j + 1]
    return nxt.is_word and nxt.text.islower() and (nxt.low == "who" or tag_of(nxt.low) in ("VBD", "VBZ"))


def _after_verb(tokens: list[Token], n: int) -> bool:
    """A finite verb comes before tokens[n] in its sentence: the preposition there is inside a clause
    ("The vote came after …"), not a fronted adverbial ("After a meeting with the minister, …")."""
    while n > 0 and tokens[n - 1].text not in (".", "!", "?", ";", ":"):
        n -= 1
        if tokens[n].is_word and tag_of(tokens[n].low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _lower_role_before_comma(tokens: list[Token], k: int, set_off: bool = False) -> int:
    """Where a lower-case role ending at tokens[k] starts ("the opposition's transport spokesman", "her
    friend", "One of the organisers"), or -1. With `set_off` (the name is closed by a comma before its
    verb), a preposition ends the role: "hours after the finance minister, Ana Ruiz, said"."""
    head = tokens[k]
    office = is_role_word(head.low, plural=False) or is_agent_noun(head.low)
    if not office and not _person_head(head.low):
        k = _office_of(tokens, k)  # "the mayor of the town, Jo Bell, …": the office heads its "of" phrase
        if k < 0:
            return -1
        office = True
    a = k
    while a - 1 >= 0 and k + 2 - a < 8:
        prev = tokens[a - 1]
        if not prev.is_word or prev.low in ("and", "but", "or"):
            break
        if prev.low == "of" and a - 2 >= 0 and tokens[a - 2].low == "one":
            return a - 2  # "One of her longtime friends, Jo Bell, …": one person of a group
        if prev.low == "that" and opens_sentence_at(tokens, a):
            return a  # "… considering that the president of that country, Jo Bell, persists …"
        if prev.low in _PREPOSITIONS or tag_of(prev.low) in ("IN", "TO"):
            # "After a meeting with the minister, Jo Bell left": no appositive; but "was disclosed by
            # the head coach, Jo Bell," names the doer of the passive verb
            agent = office and prev.low == "by" and _after_verb(tokens, a - 1)
            mid_clause = (set_off or agent) and prev.low != "of" and _after_verb(tokens, a - 1)
            return a if mid_clause and opens_noun_phrase(tokens[a].text) else -1
        if prev.is_cap and not prev.low.endswith(("'s", "’s")) and not is_role_modifier(prev.low):
            # "Police lawyer, Jo Bell, said", "The hospital's spokesman, …": capitalised words that open
            # the sentence right before the role's noun phrase modify it; elsewhere, or with a verb
            # between ("Ted Cruz has 370 delegates, …"), they may be another name
            start = run_left(tokens, a - 1, 0)
            if start < a - 1 and tokens[start].low in CLAUSE_CONJUNCTIONS:
                start += 1  # "But Ghana coach, Jo Bell …": the conjunction opens the clause, not the role
            opens = opens_sentence_at(tokens, start) or after_opening_adverbial(tokens, start)
            modifies = opens and a - start <= 3
            return start if modifies and all(_modifier_word(t) for t in tokens[start:k]) else a
        if _finite_verb(prev.text) and opens_noun_phrase(tokens[a].text):
            break  # "The judge said | the second witness, Jo Bell, …": the verb's object is the role
        a -= 1
    return a if office or tag_of(head.low) != "NNS" else -1  # "Her friends, Jo Bell and …": several


def _modifier_word(tok: Token) -> bool:
    """A word that may stand before a noun for a person as part of its phrase: a determiner, a noun
    ("The", "Police", "DPP"), a lower-case participle used as an adjective ("alleged"); not a verb or
    adverb ("Criticizing the premier, …", "Ted Cruz has 370 delegates, …")."""
    tag = tag_of(tok.low)
    if tok.text.islower() and tag in ("VBN", "VBG"):
        return True
    return tag[:2] not in ("VB", "IN", "RB", "MD", "CC", "TO", "WD")  # determiners (DT, PRP$) pass


def _finite_verb(word: str) -> bool:
    return word.islower() and tag_of(word) in ("VBD", "VBZ", "VBP") and not is_role_word(word)


def _office_of(tokens: list[Token], k: int) -> int:
    """Where the office sits that a lower-case phrase ending at tokens[k] completes ("the mayor | of
    the town", "the president | of that country", "a project officer | for the charity", "the head |
    of security at the port"), or -1."""
    for n in range(k - 1, max(k - _MAX_COMPLEMENT, 0), -1):
        tok = tokens[n]
        if not tok.is_word or tok.is_cap:
            return -1
        if tok.low in _OFFICE_PREPOSITIONS and is_role_word(tokens[n - 1].low, plural=False):
            return n - 1
        if tok.low == "of":
            return -1
    return -1


# prepositions that tie an office to what it serves; "of" ends the search when no office stands before
# it ("the roof of the school")
_OFFICE_PREPOSITIONS = frozenset({"of", "for", "at"})
_MAX_COMPLEMENT = 7  # words from the office to the end of its phrase: "the head of security at the port"


def _office_of_body(tokens: list[Token], k: int) -> int:
    """Where the lower-case office sits whose "of" phrases name a body ending at tokens[k] ("the
    chairman | of the National Electoral Commission", "a member | of the Technical Committee of the X
    Federation"), or -1."""
    for n in range(_MAX_BODIES):
        a = _body_start(tokens, k)
        if n == 0 and a >= 3 and tokens[a - 1].low == "in":
            # "Head of the Ministry of Public Security (SSP) in Quintana Roo": where the body serves
            k = _before_acronym(tokens, a - 2)
            if not tokens[k].is_cap:
                return -1
            a = _body_start(tokens, k)
        if a >= 1 and tokens[a - 1].low == "the":
            a -= 1
        if a < 2 or tokens[a - 1].low != "of":
            return -1
        k = a - 2
        office = tokens[k]
        if office.is_word and office.text.islower():
            return k if is_role_word(office.low, plural=False) else -1
        if not office.is_cap:
            return -1
        if is_role_word(office.text, plural=False) and a - 2 == k and tokens[a].low == "the":
            return k  # "the Executive Chairman | of the LCDA, Jo Bell said": a capitalised office
    return -1


_MAX_BODIES = 2  # "of" phrases naming bodies after an office


def _body_start(tokens: list[Token], k: int) -> int:
    """Where the capitalised name of a body ending at tokens[k] starts: "Senate Committee on
    Information" is one body's name across its lower-case "on"."""
    a = run_left(tokens, k, 0)
    if a >= 2 and tokens[a - 1].low == "on" and tokens[a - 2].is_cap:
        a = run_left(tokens, a - 2, 0)
    return a


def _person_only(tokens: list[Token], a: int, k: int) -> bool:
    """tokens[a:k + 1] end in a noun for a person that is no office ("neighbour", "friends"), which
    `clean_role` does not take, and open with no verb ("said Brandt's …" is no role)."""
    head = tokens[k]
    if head.is_cap or is_role_word(head.low, plural=False) or is_agent_noun(head.low):
        return False
    return _person_head(head.low) and tag_of(tokens[a].low)[:2] not in ("VB", "MD")


def _person_head(low: str) -> bool:
    """ "neighbour", "friends", "organisers": a noun for a person, or for people."""
    return is_person_noun(low) or (low.endswith("s") and is_person_noun(low[:-1]))


def _office_before_comma(tokens: list[Token], k: int) -> int:
    """Where a capitalised office ending at tokens[k] starts ("The Minister of Information and Culture",
    "The Police Public Relations Officer"), or -1: the run ends with an office or holds one with its
    portfolio."""
    a = run_left(tokens, k, 0)
    if not is_role_word(tokens[k].text, plural=False) and not holds_portfolio(tokens, a, k + 1):
        a = _portfolio_over_comma(tokens, a)
        if a < 0:
            return -1
    if a >= 2 and tokens[a - 1].low == "and" and is_role_word(tokens[a - 2].text, plural=False):
        a = run_left(tokens, a - 2, 0)  # "Deputy Prime Minister and Foreign Minister of X": two offices
    a = _lower_modifiers(tokens, a)
    if a - 1 >= 0 and tokens[a - 1].low in ("the", "a", "an"):
        a -= 1
    return a


def _lower_modifiers(tokens: list[Token], a: int) -> int:
    """ "the district | Health Director", "the regional | Police Commander": lower-case adjectives or
    nouns between an article and a capitalised office belong to it; where they start, or `a`."""
    b = a
    while b - 1 >= 1 and a - b < _MAX_LOWER_MODIFIERS and _lower_modifier(tokens[b - 1]):
        b -= 1
    return b if b < a and tokens[b - 1].low in ("the", "a", "an") else a


def _lower_modifier(tok: Token) -> bool:
    return tok.is_word and tok.text.islower() and tag_of(tok.low) in ("JJ", "NN")


_MAX_LOWER_MODIFIERS = 2  # "the deputy regional Police Commander"


def _office_then_body(tokens: list[Token], k: int) -> int:
    """ "The Chairman, Senate Committee on Information, | Jo Bell": an office in capitals, a comma and
    the body it heads (a run ending at tokens[k] that holds an organisation's word), as news in some
    countries writes them; where the office starts, or -1."""
    a = _body_start(tokens, k)
    if a < 2 or tokens[a - 1].text != "," or not any(_org_word(t.low) for t in tokens[a : k + 1]):
        return -1
    office = tokens[a - 2]
    if not (office.is_cap and is_role_word(office.text, plural=False)):
        return -1
    b = run_left(tokens, a - 2, 0)
    return b - 1 if b >= 1 and tokens[b - 1].low in ("the", "a", "an") else b


def _portfolio_over_comma(tokens: list[Token], a: int) -> int:
    """ "Minister of Transport, Ports and Aviation", "Minister of Art, Culture, Tourism and Creative
    Economy": a portfolio listed with commas; the start of the office whose run, before the commas
    (the first at a - 1), holds it ("Minister of Transport"), or -1."""
    while a >= 2 and tokens[a - 1].low in ("and", "&") and tokens[a - 2].is_cap:
        a = run_left(tokens, a - 2, 0)  # "… Ports and Aviation": the last subjects of the portfolio
    for _ in range(_MAX_LISTED):
        if a < 2 or tokens[a - 1].text != "," or not tokens[a - 2].is_cap:
            return -1
        b = run_left(tokens, a - 2, 0)
        if holds_portfolio(tokens, b, a - 1):
            return b
        a = b  # one more subject of the list ("Culture,"): read on leftwards
    return -1


_MAX_LISTED = 4  # subjects of a portfolio listed with commas before its office is given up
