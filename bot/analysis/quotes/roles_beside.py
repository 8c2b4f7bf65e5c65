"""The roles written around a person's name: a title or job before it ("Hospital spokesperson Rev.
Alan Drew"), an organisation after it ("Tom Lee of Harbour University") and the comma or dash piece
that follows it ("Jo Bell, the opposition's transport spokesman, …")."""

from __future__ import annotations

from .appositive_loose import participle_aside
from .document import Document
from .name_runs import parse_run, run_left
from .names import is_role_word, tag_of
from .role_comma import role_then_comma
from .role_dashes import dash_appositive
from .role_heads import before_modifiers, follows_preposition, speaks_itself
from .role_left import (
    acronym_role,
    affiliation_role,
    office_of_unit,
    org_after_name,
    pre_name_role,
    widen_role,
)
from .role_merge import is_bare_title
from .roles import clean_role, court_side, is_org_name, is_party_code, is_role_modifier
from .rules import RoleEvidence, RoleRule
from .speech_tokens import NameParse, Token, _is_name_token


def roles_beside_name(
    doc: Document, tokens: list[Token], i: int, j: int, parse: NameParse
) -> list[RoleEvidence]:
    """The roles written around a mention at tokens[i:j], in the order they are read."""
    roles: list[RoleEvidence] = []
    title_start = -1
    if parse.role:
        title, title_start = widen_role(tokens, parse.role, parse.role_start, 0)
        roles.append(RoleEvidence(title_start, title, RoleRule.TITLE_BEFORE_NAME))
    role, start = pre_name_role(tokens, i, 0)
    rule = RoleRule.ROLE_BEFORE_NAME
    if role:
        role, start = widen_role(tokens, role, start, 0)
    else:
        # "the command's spokesman, ASP Jo Bell,": the office set off before a rank or title is a role too
        role, start = role_then_comma(tokens, i, j)
        rule = RoleRule.ROLE_COMMA_NAME
    if not role:
        role, start = office_of_unit(tokens, i, 0)
        rule = RoleRule.ROLE_BEFORE_NAME
    # "Hospital spokesperson Rev. Alan Drew": a job written before a title is a role of its own
    if role and (not parse.role or is_bare_title(parse.role) or start + len(role) < title_start):
        roles.append(RoleEvidence(start, role, rule))
    elif not parse.role and not parse.affiliation and (bracketed := acronym_role(tokens, i, 0)):
        roles.append(bracketed)
    affiliation = affiliation_role(tokens, i, parse, 0) if parse.affiliation else None
    if affiliation is not None and (
        affiliation.rule is RoleRule.ROLE_BEFORE_NAME or is_org_name(affiliation.text)
    ):
        # a job read back from its organisation, or a named organisation ("Tom Lee of Harbour
        # University"); not a place ("Sen. Tom Lee of Vermont") nor a possessive a headline may hold
        roles.append(affiliation)
    party = _party_in_brackets(doc, tokens, j)
    if party is not None:
        roles.append(party)  # "Senator Jo Bell (R-New Berlin) made changes": read where no one speaks too
    if not parse.possessive:
        org = None if parse.affiliation else org_after_name(tokens, j, len(tokens))
        if org is not None:
            roles.append(org[0])  # "Ruth Adler of the Royal Society, a chemist, …": the comma piece too
        appositive = _appositive_after(
            doc,
            tokens,
            org[1] if org else j,
            follows_preposition([t.text for t in tokens[max(0, i - 8) : i]]),
        )
        if appositive is not None:
            roles.append(appositive)
            party_end = _party_code_end(tokens, org[1] if org else j)
            # "Sen. Jo Bell, D-Ariz., a lead negotiator, said": the party and state first, then the role
            following = _appositive_after(doc, tokens, party_end, False) if party_end > 0 else None
            if following is not None and not is_party_code(following.text):
                roles.append(following)
    return roles


def _party_in_brackets(doc: Document, tokens: list[Token], after: int) -> RoleEvidence | None:
    """ "Jo Bell (D-Mass.)", "Jo Bell (R-New Berlin)": a party code in brackets right after a name."""
    b = after + 1
    while b < len(tokens) and b - after <= 4 and tokens[b].text != ")":
        b += 1
    if after + 1 >= b or b >= len(tokens) or tokens[after].text != "(" or tokens[b].text != ")":
        return None
    code = doc.text[tokens[after + 1].start : tokens[b - 1].end]
    return RoleEvidence(tokens[after + 1].start, code, RoleRule.PARENTHESIS) if is_party_code(code) else None


def _party_code_end(tokens: list[Token], after: int) -> int:
    """Index of the comma that closes a party code set off after a name (", D-Ariz.,"), or -1."""
    b = after + 1
    while b < len(tokens) and b - after <= 3 and tokens[b].text != ",":
        b += 1
    if after + 1 >= b or b >= len(tokens) or tokens[after].text != ",":
        return -1
    return b if is_party_code("".join(t.text for t in tokens[after + 1 : b])) else -1


def _appositive_after(doc: Document, tokens: list[Token], after: int, governed: bool) -> RoleEvidence | None:
    """ "Jo Bell, the opposition's transport spokesman, …": the comma piece after a name. `governed`:
    the name is the object of a preposition, so a piece with a speech verb of its own is a new clause."""
    n = len(tokens)
    dashed = dash_appositive(doc.text, tokens, after)
    if dashed is not None:
        return RoleEvidence(dashed[0], dashed[1], RoleRule.APPOSITIVE)
    if not (after + 1 < n and tokens[after].text == ","):
        return None
    if after + 3 < n and tokens[after + 1].text.isdigit() and tokens[after + 2].text == ",":
        after += 2  # "Luay Sami, 33, the centre's coordinator, …": the role after an age
    b = after + 1
    while b < n and b - after < 40 and tokens[b].text not in (",", ";", ":") and not tokens[b].is_mask:
        b += 1
    text = doc.text[tokens[after + 1].start : tokens[b - 1].end] if b > after + 1 else ""
    if _names_next_person(tokens, after + 1, b):
        return None
    if governed and speaks_itself([t.text for t in tokens[after + 1 : b]]):
        return None  # "At a meeting with Chancellor Ana Ruiz, the president said …"
    role = clean_role(text, appositive=True)
    aside = _participle(tokens, after + 1, b) or participle_aside(tokens, after + 1, b)
    if role and (tokens[after + 1].low not in ("who", "which") or _who_is(tokens, after + 1)) and not aside:
        return RoleEvidence(tokens[after + 1].start, role, RoleRule.APPOSITIVE)
    side = court_side(text)
    return RoleEvidence(tokens[after + 1].start, side, RoleRule.APPOSITIVE) if side else None


def _who_is(tokens: list[Token], a: int) -> bool:
    """ "Jo Bell, who is a PhD candidate in geology,": "who is" and a noun phrase say what the person
    is, as an appositive would; other who-clauses say what they did ("who led the march")."""
    return (
        a + 3 < len(tokens)
        and tokens[a].low == "who"
        and tokens[a + 1].low in ("is", "was")
        and tokens[a + 2].low in ("a", "an", "the")
    )


def _participle(tokens: list[Token], a: int, b: int) -> bool:
    """ "Jo Bell, speaking at the summit, said": a clause, not a role; "managing director", "acting
    head", "visiting professor" open a role with their -ing word, and so does any -ing noun that
    modifies the office after it ("bargaining unit chairman for the union", "training manager at the
    plant": the words before any preposition are lower-case nouns ending in an office)."""
    tok = tokens[a]
    if not tok.low.endswith("ing") or is_role_modifier(tok.low):
        return False
    return not _office_after_modifier([t.text for t in tokens[a + 1 : b] if t.is_word])


def _office_after_modifier(words: list[str]) -> bool:
    """ "unit chairman for the union", "manager at the plant": one to three lower-case words, no
    determiner, verb or preposition among them, the last an office ("the summit", "at the plant"
    and "workers" are none)."""
    head = before_modifiers(words)
    if not 1 <= len(head) <= _MAX_MODIFIED or (len(head) < len(words) and words[len(head)] == "who"):
        return False
    if not all(w.islower() and tag_of(w)[:2] not in ("DT", "IN", "VB", "MD", "PR", "CC", "TO") for w in head):
        return False
    return is_role_word(head[-1], plural=False)


_MAX_MODIFIED = 3  # words from the -ing modifier to its office: "bargaining unit chairman"


def _names_next_person(tokens: list[Token], a: int, b: int) -> bool:
    """ "PPP Chairman Bilawal Bhutto, parliamentary leader of the JUIF in the National Assembly Maulana
    Asad Mehmood, …": a piece ending in an organisation and a person's name is the next person of a
    list with their role, not a role of the name before it ("a spokeswoman for Senator Tom Lee" is)."""
    if b <= a or not _is_name_token(tokens[b - 1]):
        return False
    start = run_left(tokens, b - 1, a)
    if any(t.text.endswith(("'s", "’s")) for t in tokens[start:b]):
        return False  # "chairman of Philadelphia's Bucks County": a place of the role
    parse = parse_run(tokens, start, b, sentence_start=False)
    return parse is not None and parse.kind == "person" and bool(parse.affiliation) and not parse.role
