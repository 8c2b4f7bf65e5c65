"""Where a capitalised run splits into the role before a name and the person's name
("Asia Society Policy Institute Vice President | Wendy Cutler", "Minister of Trade and Industry | Lerato
Dube", "Resident | Dave Broome")."""

from __future__ import annotations

from .name_model import name_features, probability
from .names import (
    EAST_ASIAN_SURNAMES,
    HONORIFICS,
    NOT_NAMES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    is_agent_noun,
    is_common_word,
    is_first_name,
    is_lower_particle,
    is_role_word,
    name_key,
    place_names,
    tag_of,
)
from .person_signs import KIN_NOUNS
from .speech_verbs import _RUN_JOINERS

# Words that join capitalised words into one run: "Bank of England", "Ministry for Roads & Bridges".
_JOINERS = _RUN_JOINERS | {"&"}


def role_cut(texts: list[str], office_before: bool = False) -> int:
    """Index of the last word of the role before the name, or -1: the last role word splits title from
    name ("Asia Society Policy Institute Vice President | Wendy Cutler")."""
    cut = -1
    for n, text in enumerate(texts[:-1]):
        # an office word after "of" is the portfolio ("Minister of Justice Defence and Security"), not
        # an office of its own that the words after it would be the name of
        if is_role_word(text) and not (n and texts[n - 1].lower() in ("of", "for")):
            cut = n
    if cut >= 0 and texts[cut + 1].lower() in ("of", "for"):
        # "Secretary of State Antony Blinken": the role runs on to the first name
        rest = [m for m in range(cut + 2, len(texts) - 1) if is_first_name(texts[m])]
        particle = next((m for m in range(cut + 4, len(texts) - 1) if is_lower_particle(texts[m])), -1)
        if rest:
            cut = rest[0] - 1
            if _surname_first(texts, cut):
                cut -= 1  # "Secretary for Economy and Finance Lei Wai Nong": the surname comes first
        elif particle > 0 and name_word(texts[particle - 1]):
            cut = particle - 2  # "Minister of Fisheries Anwar bin Hamzah": the name before its particle
        elif len(texts) - (cut + 2) > 2 and person_shaped(texts[-2:]):
            cut = len(texts) - 3
        elif (
            len(texts) - (cut + 2) >= 2
            and _surname_word(texts[-1])
            and all(
                len(t) > 1 and is_common_word(t) and t.lower() not in _PLACE_OPENERS
                for t in texts[cut + 2 : -1]
            )
        ):
            # "Minister of Trade and Industry Lerato Dube", "Secretary of State Blinken": a portfolio of
            # plain words, then one no portfolio is made of (not "Owner of LJB Rutherfords", a firm;
            # nor "Minister of State for Grand Bahama", where "for" opens a place);
            # the word before it may be a first name that is also a word ("Parks"): it stays with the
            # name when the portfolio is whole without it
            cut = len(texts) - (3 if _portfolio_before(texts, cut + 2, len(texts) - 2) else 2)
        elif (tail := _named_tail(texts, cut + 2)) > 0:
            cut = tail - 1  # "Mayor of Kestrel Metropolitan City Dhan Raj Okafor", "… Affairs K Okafor"
        else:
            cut = len(texts) - 1
    if (
        0 <= cut < len(texts) - 3
        and texts[cut + 1].isalpha()
        and texts[cut + 1].isupper()
        and len(texts[cut + 1]) > 1
    ):
        cut += 1  # "President PNF Tariq Wasim": an acronym after the office is its organisation
    if cut < 0:
        cut = _description_cut(texts)
    if cut < 0 and _acronym_title(texts):
        cut = 0
    return _name_after_office(texts, cut, office_before)


_PLACE_OPENERS = frozenset(["for", "of", "in", "at", "to", "on"])


def _surname_first(texts: list[str], cut: int) -> bool:
    """The word before a two-word given name after a portfolio is an East Asian surname, which comes
    first ("… Finance | Lei | Wai Nong"): part of the name, not the last word of the portfolio. Not a
    surname that is also an English word ("Long", "Song"), which may end a portfolio."""
    word = texts[cut]
    return (
        cut >= 3
        and len(texts) - cut - 1 == 2
        and word[:1].isupper()
        and word.lower() in EAST_ASIAN_SURNAMES
        and not is_common_word(word)
        and texts[cut - 1].lower() not in ("of", "for")
    )


def _named_tail(texts: list[str], start: int) -> int:
    """Where a person's name begins after an office's portfolio or body (texts[start:]) with no census
    first name to mark it ("Metropolitan City | Dhan Raj Okafor", "Home Affairs | K Okafor"), or -1: the
    tail of two to four name words (an initial may open it) that the name model reads most surely as a
    person's, if it is sure enough, or the first that an initial opens; at least one word before it is
    left to the portfolio."""
    best, best_chance = -1, _TAIL_SURE
    for n in range(max(start + 1, len(texts) - 4), len(texts) - 1):
        tail = texts[n:]
        if texts[n - 1].lower() in _JOINERS or texts[n - 1].lower() == "and" or not _surname_word(tail[-1]):
            continue
        if not all(name_word(t) or _is_initial_text(t) for t in tail):
            continue
        if _is_initial_text(tail[0]):
            return n  # no portfolio holds an initial: "Home Affairs | K Okafor", "… | J. Kwasi Okafor"
        chance = probability(name_features(tail))
        if chance >= best_chance:
            best, best_chance = n, chance
    return best


# How sure the name model must be of a tail without a first name (set once, not tuned)
_TAIL_SURE = 0.75


def _is_initial_text(text: str) -> bool:
    """ "K", "J.": an initial standing for a first name."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()


def _surname_word(text: str) -> bool:
    """A capitalised word that reads as a surname only: no common word, office, place or
    organisation's word ("Tau", "Blinken"; not "Affairs" nor "Security")."""
    return name_word(text) and not is_common_word(text) and text.isalpha()


def _portfolio_before(texts: list[str], start: int, end: int) -> bool:
    """texts[start:end] make a whole portfolio without the word at `end`, which then opens the name
    ("Trade and Industry | Lerato Dube"): two offices joined by "and", the last capitalised. Not "Foreign
    | Affairs", "Health and Human | Services" (an organisation's word) nor "Affairs and | Trade"."""
    if end - start < 3 or not name_word(texts[end]):
        return False
    last = texts[end - 1]
    return texts[end - 2].lower() in ("and", "&") and last[:1].isupper() and not is_role_word(last)


def _acronym_title(texts: list[str]) -> bool:
    """An office written as capitals before a person's whole name ("DPP Kwame Otieno", "IGP Ada Bello"):
    not before a surname alone, where it may be a firm and its product ("IBM Watson"), and of three
    letters or more, as two may be initials written without stops ("KT Rama Rao")."""
    head, rest = texts[0], texts[1:]
    return head.isalpha() and head.isupper() and 3 <= len(head) <= 5 and person_shaped(rest)


def _name_after_office(texts: list[str], cut: int, office_before: bool) -> int:
    """The cut moved back to an earlier office when the last "role word" is part of the name after it:
    a first name that is also an office ("Senate leader | Dean Skelos") or a word inside a name that
    a first name opens ("President | Hassan Sheikh Mohamud"). `office_before`: an office in lower case
    stands right before the run ("leader Dean Skelos")."""
    if not 0 <= cut < len(texts) - 1 or texts[cut + 1].lower() in ("of", "for"):
        return cut
    offices = [n for n in range(cut) if is_role_word(texts[n])]
    if not offices and not office_before:
        return cut
    office = offices[-1] if offices else -1
    name = texts[office + 1 :]
    if len(name) > 4 or not all(t[:1].isupper() for t in name):
        return cut
    if office == cut - 1 and len(name) == 2 and is_first_name(texts[cut]) and name_word(texts[-1]):
        return office  # "Dean Skelos": a first name then a surname
    opener = texts[office + 1]
    if office < cut - 1 and is_first_name(opener) and not is_role_word(opener) and not is_common_word(opener):
        return office  # "Hassan Sheikh Mohamud": a first name opens the name the office word is in
    return cut


def name_word(text: str) -> bool:
    """A word that may stand in a person's name: capitalised, no acronym, organisation, office or place."""
    low = text.lower()
    return (
        text[:1].isupper()
        and not (text.isupper() and len(text) > 1)
        and low not in ORG_WORDS
        and low not in NOT_NAMES
        and not is_role_word(text)
        and name_key(text) not in place_names()
    )


def person_shaped(texts: list[str]) -> bool:
    """Two to four name words that read as a person: a first name then no common word ("Mark Carney"),
    or no common word at all ("Betson Chisamire"); "Merrill Lynch" and "Health Services" are not."""
    if not 2 <= len(texts) <= 4 or not all(name_word(t) for t in texts):
        return False
    return (is_first_name(texts[0]) or not is_common_word(texts[0])) and not any(
        is_common_word(t) for t in texts[1:]
    )


def describes_person(low: str) -> bool:
    """A singular noun for someone by what they are, not a job: "resident", "voter", "student"."""
    return low in PEOPLE_NOUNS and low not in _NOT_DESCRIPTIONS and not low.endswith("s")


def _description_cut(texts: list[str]) -> int:
    """0 when the run opens with a word that describes a person, not their name: "Resident Dave Broome",
    "Filmmaker Jack Marino" (the word may be a surname too, so a person-shaped name must follow)."""
    low = texts[0].lower()
    if len(texts) < 3 or is_first_name(texts[0]) or low.rstrip(".") in HONORIFICS:
        return -1  # "Comrade Jo Bell": a courtesy title, read as one after the cut
    if describes_person(low) or is_agent_noun(low) or low in KIN_NOUNS:  # "Teammate Tarik Okafor"
        return 0 if person_shaped(texts[1:]) or is_first_name(texts[1]) else -1
    if tag_of(low) == "NN" and is_first_name(texts[1]) and person_shaped(texts[1:]):
        return 0  # "Warden Tomas Okafor": a common noun, then a first name and no common word after it
    return -1


_NOT_DESCRIPTIONS = frozenset({"person", "people", "man", "woman", "someone", "somebody", "family"})
