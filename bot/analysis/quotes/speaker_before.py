"""Speakers before the speech verb: "X said", "NAME, ROLE, said", "ROLE, NAME, said", "X and Y said"."""

from __future__ import annotations

import re

from .appositive_loose import is_degree, lower_aside, opens_role, participle_aside, speaks_of_self
from .appositive_pieces import (
    _name_in_place,
    _named_piece,
    _office_org,
    _opens_aside,
    _personal_piece,
    _role_before_name,
    _skippable_piece,
    _state_after_town,
    capitalised_office,
    region_after_place,
)
from .name_runs import parse_run, run_left
from .names import (
    HONORIFICS,
    NAME_SUFFIXES,
    ORG_WORDS,
    PRONOUNS,
    is_role_word,
    tag_of,
)
from .role_left import org_after_name
from .roles import clean_role, is_party_code
from .rules import RoleEvidence, RoleRule
from .speaker_described import described_person, party_of_place
from .speaker_phrases import (
    _NP_PREPOSITIONS,
    _name_speaker,
    _np_left,
    _portfolio_speaker,
    portfolio_list_left,
)
from .speech_tokens import Speaker, Token, _index_at, _is_name_token, _rejoin
from .subject_edge import before_abbreviation_dot, before_parenthesis
from .subject_modifiers import (
    PLACE_PREPOSITIONS,
    bare_place,
    firm_with_and,
    opening_subject,
    person_before_participle,
    person_before_phrases,
)


def _person_after_org(tokens: list[Token], a: int, b: int) -> bool:
    """ "director of museums at Harbour University Kofi Asante": the run ends with a person's name after
    the organisation, so the person speaks, not the noun before "at"."""
    parse = parse_run(tokens, a, b, sentence_start=False)
    return (
        parse is not None
        and parse.kind == "person"
        and bool(parse.affiliation)
        and parse.start > tokens[a].start
        and parse.end >= tokens[b - 1].end  # not "a spokesman for Mayor Jo Bell of Leeds"
    )


def _such_as(tokens: list[Token], a: int, lo: int) -> Speaker | None:
    """The group in "Tech giants such as Tesla, Meta and Google have called for", not the last name."""
    j = a - 1
    while j >= lo and (tokens[j].text == "," or tokens[j].low == "and" or _is_name_token(tokens[j])):
        j -= 1
    if j - 1 >= lo and tokens[j].low == "as" and tokens[j - 1].low == "such" and j - 2 >= lo:
        group = _np_left(tokens, j - 2, lo)
        if group is not None:
            group.text = _rejoin(tokens, _index_at(tokens, group.start), a) + " " + tokens[a].text
            return group
    return None


def _segments(tokens: list[Token], lo: int, k: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of tokens[lo:k] as (start, end) index pairs, last piece last."""
    pieces: list[tuple[int, int]] = []
    end = k
    i = k - 1
    while i >= lo:
        if tokens[i].text == ",":
            pieces.append((i + 1, end))
            end = i
        i -= 1
    pieces.append((lo, end))
    pieces.reverse()
    # "Co., Ltd." and "Jr.," are not separate pieces
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        words = [t for t in tokens[a:b] if t.is_word]
        if merged and len(words) == 1 and words[0].low in ORG_WORDS | NAME_SUFFIXES:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _np_speakers(tokens: list[Token], k: int, lo: int) -> list[Speaker]:
    np = _np_left(tokens, k, lo)
    return [np] if np else []


def _org_member_speakers(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """ "Analysts at Goldman Sachs said": the noun before the preposition speaks; "Tom Lee from Harbour
    University said": the person does, with the organisation as the role."""
    org_start = run_left(tokens, k, lo)
    org = Speaker("org", _rejoin(tokens, org_start, k + 1), tokens[org_start].start, tokens[k].end)
    member = _member_of(tokens, org, lo, sentence_first)
    np = member if member is not None and member.kind == "name" else _np_left(tokens, k, lo)
    return [np] if np else []


def _name_run_speakers(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """The speaker(s) of a run of capitalised words ending at k: a person (with a portfolio set off by a
    comma before), an organisation's member, or a noun phrase; joint speakers written before it."""
    a = run_left(tokens, k, lo)
    speaker = None
    if a - 2 >= lo and tokens[a - 1].text == "," and _is_name_token(tokens[a - 2]):
        speaker = _portfolio_speaker(tokens, run_left(tokens, a - 2, lo), a, k + 1, lo, sentence_first)
    if speaker is None and (listed := portfolio_list_left(tokens, a, lo)) is not None:
        office, first = listed
        speaker = _portfolio_speaker(tokens, office, first, k + 1, lo, sentence_first, last=a)
    speaker = speaker or _name_speaker(tokens, a, k + 1, lo, sentence_first)
    if speaker is not None and speaker.kind == "org":
        speaker = _member_of(tokens, speaker, lo, sentence_first) or speaker
    elif (
        speaker is not None
        and bare_place(speaker)
        and a - 1 >= lo
        and tokens[a - 1].low in PLACE_PREPOSITIONS
    ):
        speaker = person_before_phrases(tokens, a - 1, speaker, lo, sentence_first) or speaker
    if speaker is None:
        return _np_speakers(tokens, k, lo)
    if speaker.kind in ("name", "org"):
        start = a if not speaker.roles else _index_at(tokens, speaker.start)
        firm = firm_with_and(tokens, start, speaker, lo, sentence_first)
        if firm is not None:
            return [firm]
        return [*_joint(tokens, start, lo, sentence_first), speaker]
    return [speaker]


def _subject_left(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """Speaker(s) ending at token k, just left of the verb (adverbs already skipped)."""
    if k < lo:
        return []
    k = before_abbreviation_dot(tokens, k, lo)
    k, paren = before_parenthesis(tokens, k, lo)
    if k < lo:
        return []
    tok = tokens[k]
    if tok.low in ("and", "but", "or"):
        return []  # "X owns a shop and said …": a second verb of X's, no noun phrase ending in "and"
    if tok.text == ",":
        speakers = _appositive_subject(tokens, k, lo, sentence_first)
    elif tok.is_word and tok.low in PRONOUNS:
        speakers = [Speaker("pronoun", tok.low, tok.start, tok.end)]
    elif tok.low in ("who", "which") and k - 2 >= lo and tokens[k - 1].text == ",":
        # "opposition leader Kemi Badenoch, who called it …"
        speakers = _subject_left(tokens, k - 2, lo, sentence_first)
    elif (
        _is_name_token(tok)
        and tokens[run_left(tokens, k, lo) - 1].low in _NP_PREPOSITIONS
        and run_left(tokens, k, lo) - 1 >= lo
        and not _person_after_org(tokens, run_left(tokens, k, lo), k + 1)
    ):
        speakers = _org_member_speakers(tokens, k, lo, sentence_first)
    elif _is_name_token(tok) and (group := _such_as(tokens, run_left(tokens, k, lo), lo)) is not None:
        speakers = [group]
        speakers[-1].end = tok.end
    elif _is_name_token(tok):
        speakers = _name_run_speakers(tokens, k, lo, sentence_first)
    elif tok.is_word:
        speakers = _np_speakers(tokens, k, lo)
    else:
        speakers = []
    if speakers and speakers[-1].kind != "name" and tok.text != ",":
        speakers = _unclosed_appositive(tokens, k, lo, sentence_first) or speakers
    if speakers and not _is_person(speakers[-1]) and tok.text != ",":
        speakers = (
            _before_relative(tokens, k, lo, sentence_first)
            or person_before_participle(tokens, k, lo, sentence_first, _subject_left)
            or speakers
        )
    elif not speakers and tok.text != ",":
        # nothing speaks before the verb: a subject whose clause or -ing phrase the writer did not set
        # off by commas, opening its clause ("… addressed families who had lost … on the lawns, saying"
        # leaves the families out)
        speakers = [
            *opening_subject(tokens, _before_relative(tokens, k, lo, sentence_first), lo),
            *person_before_participle(tokens, k, lo, sentence_first, _subject_left),
        ][:1]
    if (
        paren
        and speakers
        and speakers[-1].kind == "name"
        and len(paren) <= 40
        and not _NAME_NOTE.match(paren)
    ):
        speakers[-1].roles.append(RoleEvidence(tokens[k].end + 1, paren, RoleRule.PARENTHESIS))
    return speakers


# "her husband Suresh (name changed) tells …": the writer's note on the name, no role of the person
_NAME_NOTE = re.compile(
    r"(?:names?\s+(?:(?:has|have)\s+been\s+)?changed|not\s+(?:his|her|their)\s+real\s+names?)\b", re.I
)


def _is_person(speaker: Speaker) -> bool:
    return speaker.kind == "name" and speaker.name is not None and speaker.name.kind == "person"


def _before_relative(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """ "Dr Kofi Mensah who represented the Ministry of Health said", "Tanaka who is also party
    chairman said": a relative clause without commas between the subject and the verb; the noun
    phrase before "who" speaks, not a name or office inside the clause, and "who" says a name there
    is a person's. Only a clause with its own verb right after "who"."""
    j = k
    while j > lo and k - j < 12:
        tok = tokens[j]
        if not tok.is_word or tok.low in ("and", "but", "or", "that", "which"):
            return []
        if tok.low == "who":
            break
        j -= 1
    if tokens[j].low != "who" or j + 1 > k or j - 1 < lo:
        return []
    if not tag_of(tokens[j + 1].low).startswith(("VB", "MD", "RB")):
        return []
    found = _subject_left(tokens, j - 1, lo, sentence_first)
    if not found or found[-1].kind not in ("name", "desc", "group"):
        return []
    parse = found[-1].name
    if parse is not None and parse.kind == "single":
        parse.evidence = True  # "who" speaks of a person
        parse.kind = "person"
    return found


def _person_piece(tokens: list[Token], a: int, b: int, lo: int, sentence_first: int) -> list[Speaker]:
    """The comma piece tokens[a:b] when the whole of it names a person, maybe with a role before
    ("Union president Manuel Ortega"), not a clause that ends in a name ("… to catch Clinton")."""
    found = _subject_left(tokens, b - 1, a, sentence_first) if a < b else []
    before = tokens[a : _index_at(tokens, found[0].start)] if len(found) == 1 else []
    if len(found) != 1 or any(t.is_word and t.low.rstrip(".") not in HONORIFICS for t in before):
        return []
    parse = found[0].name
    person = parse is not None and (parse.kind == "person" or bool(parse.honorific) or parse.evidence)
    return found if found[0].kind == "name" and person else []


def _stray_comma(tokens: list[Token], lo: int, k: int, sentence_first: int) -> list[Speaker]:
    """ "Union president Manuel Ortega, argued …": one comma between the subject and its verb, when
    the subject is a person's name; not "…, said Steve Elmendorf" (the name after the verb speaks)."""
    return _person_piece(tokens, lo, k, lo, sentence_first)


def _unclosed_appositive(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """ "Jo Bell, a spokeswoman for the ministry said": the role after the name lacks its closing
    comma, so the described speaker found is the named person's role; read as if the comma stood."""
    c = next((i for i in range(k, lo - 1, -1) if tokens[i].text == ","), None)
    if c is None or c <= lo or not opens_role(tokens, c, k) or len(_segments(tokens, lo, k + 1)) < 2:
        return []
    found = _appositive_subject(tokens, k + 1, lo, sentence_first, strict=True)
    last = found[-1] if found else None
    ok = last is not None and last.name is not None and last.name.kind == "person"
    return found if ok else []


def _member_of(tokens: list[Token], org: Speaker, lo: int, sentence_first: int) -> Speaker | None:
    """ "Derek Mills of the Labour Party said", "a spokesman for the ministry said": the person or the
    described speaker before "of/at/for/from the ORGANISATION" speaks, never the organisation."""
    p = _index_at(tokens, org.start) - 1
    if p - 1 < lo or tokens[p].low not in _NP_PREPOSITIONS | PLACE_PREPOSITIONS:
        return None
    if not _is_name_token(tokens[p - 1]):
        heading = person_before_phrases(tokens, p, org, lo, sentence_first)
        if heading is not None or tokens[p].low not in _NP_PREPOSITIONS:
            return heading
    elif tokens[p].low not in _NP_PREPOSITIONS:
        return None  # "Tom Lee in Leeds said" reads as before
    if _is_name_token(tokens[p - 1]):
        b = run_left(tokens, p - 1, lo)
        person = _name_speaker(tokens, b, p, lo, sentence_first)
        if person is None or person.kind != "name" or person.name is None or person.name.kind != "person":
            return None
        affiliation = org.text.removeprefix("the ").removeprefix("The ")
        person.roles.append(RoleEvidence(org.start, affiliation, RoleRule.AFFILIATION))
        person.end = org.end
        return person
    described = _np_left(tokens, _index_at(tokens, org.end) - 1, lo)
    if described is None or described.kind == "org":
        return None
    return described


def _joint(tokens: list[Token], a: int, lo: int, sentence_first: int) -> list[Speaker]:
    """Co-speakers before a speaker: "both del Valle and ... Ramirez said", and each signer of a list,
    "Senators Ana Ruiz (D-NM), Omar Haddad, Ines Carvalho and Ruth Ingram wrote"."""
    if a - 2 < lo or tokens[a - 1].low != "and":
        return []
    k = a - 2
    if tokens[k].text == ",":
        k -= 1
    found: list[Speaker] = []
    while k >= lo:
        k = _skip_party(tokens, k, lo)
        if k < lo or not _is_name_token(tokens[k]):
            break
        b = run_left(tokens, k, lo)
        other = _name_speaker(tokens, b, k + 1, lo, sentence_first)
        if other is None or other.kind != "name":
            break
        if found and (other.name is None or other.name.kind != "person"):
            break  # further along a list, only a full name counts: "In Lagos, Ana Ruiz and …" is no signer
        found.insert(0, other)
        if b - 2 < lo or tokens[b - 1].text != ",":
            if len(found) > 1 and not _opens_list(tokens, b, lo):
                return found[-1:]  # "After meeting Ana Ruiz, Omar Haddad and …": Ruiz is met, not a signer
            break
        k = b - 2
    return found


def _opens_list(tokens: list[Token], b: int, lo: int) -> bool:
    """A list of signers stands as the subject: at the clause's start or after a title ("Senators")."""
    if b <= lo:
        return True
    prev = tokens[b - 1]
    return not prev.is_word or prev.low in ("both", "and") or is_role_word(prev.text)


def _skip_party(tokens: list[Token], k: int, lo: int) -> int:
    """Index of the name before a party code in brackets: "Ana Ruiz (D-NM)" → the index of "Ruiz"."""
    if tokens[k].text != ")":
        return k
    j = k - 1
    while j >= lo and k - j < 8 and tokens[j].text != "(":
        j -= 1
    if j < lo or not is_party_code(_rejoin(tokens, j + 1, k)):
        return k
    return j - 1


def _appositive_subject(
    tokens: list[Token], k: int, lo: int, sentence_first: int, strict: bool = False
) -> list[Speaker]:
    """Speakers for "NAME, ROLE, said", "ROLE, NAME, said", "NAME, 45, of Springfield, said" and
    "X, in an interview, said": walk left over the comma pieces between the speaker and the verb.
    `strict`: the comma pieces are read loosely (appositive_loose), so the speaker must be a piece that
    is a person's name, never a name found inside a clause ("…, whom he alienated, said Larry Sabato")."""
    pieces = _segments(tokens, lo, k)
    if len(pieces) == 1 and not strict:
        return _stray_comma(tokens, lo, k, sentence_first)
    if len(pieces) < 2:
        return []
    roles: list[RoleEvidence] = []
    personal = False
    end = tokens[pieces[-1][1] - 1].end if pieces[-1][0] < pieces[-1][1] else tokens[k].start
    p = len(pieces) - 1
    while p >= 1 and len(pieces) - p <= 4:
        a, b = pieces[p]
        if a >= b:
            return []
        party = party_of_place(_rejoin(tokens, a, b))
        if party is not None:
            roles.append(RoleEvidence(tokens[a].start, party, RoleRule.APPOSITIVE))
            p -= 1
            continue
        if is_degree(tokens, a, b):
            p -= 1  # "Zhe-Xi Luo, PhD, professor of …": a degree after the name
            continue
        office = _office_org(tokens, pieces, p)
        if office is not None:
            roles.append(RoleEvidence(tokens[a].start, _rejoin(tokens, a, b), RoleRule.AFFILIATION))
            roles.append(office)
            p -= 2
            continue
        office = capitalised_office(tokens, pieces[p - 1], a, b)
        if office is not None:
            roles.append(office)
            p -= 1
            continue
        named = None if _state_after_town(tokens, a, b) else _named_piece(tokens, a, b, lo, sentence_first)
        if named is not None and region_after_place(tokens, a, named, lo):
            p -= 1
            continue
        if named is not None:
            if named.kind != "name":
                return [named]
            return _named_with_roles(tokens, pieces[p - 1], a, named, roles, end, lo, sentence_first)
        reading = _read_piece(tokens, a, b)
        if reading is None:
            break
        role, is_person, loose = reading
        roles += [role] if role is not None else []
        personal = personal or is_person
        strict = strict or loose
        p -= 1
    if p == len(pieces) - 1 or p < 0:
        return _aside_subject(tokens, pieces, sentence_first)
    speakers = _stopped_at(tokens, pieces[p], lo, sentence_first, strict)
    if not speakers:
        return _aside_subject(tokens, pieces, sentence_first)
    _give_pieces(speakers[-1], roles, personal, end)
    return speakers


def _named_with_roles(
    tokens: list[Token],
    before: tuple[int, int],
    a: int,
    named: Speaker,
    roles: list[RoleEvidence],
    end: int,
    lo: int,
    sentence_first: int,
) -> list[Speaker]:
    """The person a comma piece starting at token a names, given the roles read in the pieces after it;
    a role in the piece `before` may be theirs too ("ROLE, NAME, said")."""
    if tokens[a].low == "and" and a - 1 >= lo and tokens[a - 1].text == ",":
        # "Smith, the CEO, and Jones, the CFO, said": the pieces before belong to Smith
        named.roles.extend(roles)
        named.end = max(named.end, end)
        return [*_appositive_subject(tokens, a - 1, lo, sentence_first), named]
    speakers = _role_before_name(tokens, before, named, lo, sentence_first)
    named.roles.extend(roles)
    named.end = max(named.end, end)
    return speakers


def _give_pieces(speaker: Speaker, roles: list[RoleEvidence], personal: bool, end: int) -> None:
    """The speaker the walk stopped at takes the roles of the pieces after it; a piece that says
    "a person" (an age, a hometown) makes a bare name one."""
    speaker.roles.extend(sorted(roles))
    speaker.end = max(speaker.end, end)
    parse = speaker.name
    if personal and parse is not None and parse.kind != "org":
        parse.evidence = True  # "Paulo Reis, 45, of Braga," is a person
        if parse.kind == "single":
            parse.kind = "person"


def _read_piece(tokens: list[Token], a: int, b: int) -> tuple[RoleEvidence | None, bool, bool] | None:
    """A comma piece that is no name, walking left to the speaker: (the role it gives, whether it says
    the speaker is a person, whether it was only skipped as a loose aside); None to stop there."""
    first = tokens[a]
    if participle_aside(tokens, a, b):
        return None, False, False  # "NAME, visiting Harbour General Hospital, said": where, not who
    role = clean_role(_rejoin(tokens, a, b), appositive=True)
    if role and not _opens_aside(first):
        return RoleEvidence(first.start, role, RoleRule.APPOSITIVE), False, False
    if (described := described_person(tokens, a, b)) is not None:
        return (RoleEvidence(first.start, described, RoleRule.APPOSITIVE) if described else None), True, False
    if (org := org_after_name(tokens, a, b)) is not None and org[1] == b:
        return org[0], False, False  # "Tom Lee, from the University of Bonn, said"
    if _skippable_piece(tokens, a, b):
        return None, _personal_piece(tokens, a, b) or speaks_of_self(tokens, a, b), False
    if lower_aside(tokens, a, b):
        return None, False, True  # "Donald Carter, toothbrush and shaving kit in hand, said"
    return None


def _stopped_at(
    tokens: list[Token], piece: tuple[int, int], lo: int, sentence_first: int, strict: bool
) -> list[Speaker]:
    """The speaker in the piece where the walk left stopped: "Tom Lee of Acme College in Dudley", or
    its subject; after a loose aside, only a piece that is a person's name (_person_piece)."""
    a, b = piece
    located = _name_in_place(tokens, a, b, sentence_first)
    if located:
        return [located]
    if strict:
        return _person_piece(tokens, a, b, lo, sentence_first)
    return _subject_left(tokens, b - 1, a, sentence_first) if a < b else []


def _aside_subject(tokens: list[Token], pieces: list[tuple[int, int]], sentence_first: int) -> list[Speaker]:
    """ "Asia Society experts, in an analysis of …, Japan and Korea, called": skip the aside."""
    for p in range(len(pieces) - 1, 0, -1):
        a, b = pieces[p]
        if a < b and _opens_aside(tokens[a]):
            sa, sb = pieces[p - 1]
            return _subject_left(tokens, sb - 1, sa, sentence_first) if sa < sb else []
    return []
