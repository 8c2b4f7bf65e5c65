"""Telling people from organisations in news text: first names, titles, role words, organisation
suffixes, places (word lists in bot/analysis/data/), and a common-word lexicon (TextBlob's, offline)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import textblob

from ..text import STOPWORDS
from ..wordlists import word_list, word_map, word_set
from .british import british_forms


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles: they mark a person but are not a role ("Mr Osei-Mensah", "Mister Johanns").
HONORIFICS = word_set("honorifics")
MALE_HONORIFICS = word_set("honorifics", "male")
FEMALE_HONORIFICS = word_set("honorifics", "female")

# Nouns that name a job or office; a phrase holding one is a role ("director of ...", "Tesla CEO").
ROLE_WORDS = word_set("role_words")
# Words that may stand inside a role phrase before the head ("former", "chief technology").
ROLE_MODIFIERS = word_set("role_modifiers")

# Words that make a capitalised name an organisation ("Deutsche Bank", "Shenzhen QCDO Technology").
ORG_WORDS = word_set("org_name_words")

# Nouns for groups of unnamed people who speak ("experts said", "a spokesperson said").
PEOPLE_NOUNS = word_set("people_nouns")
# Common nouns for organisations that speak ("the company said", "the ministry announced").
ORG_NOUNS = word_set("org_nouns")
# Documents are not sources ("the agreement said:", "the report said").
DOCUMENT_NOUNS = word_set("document_nouns")
# Words that carry no content of their own, for telling a reported clause from a bare attribution.
FUNCTION_WORDS = STOPWORDS | word_set("filler_words")
PRONOUNS = _words("he she they it")

# Surnames that come first in East Asian names: a sign the capitalised pair is a person ("Wu Xiaoqiu").
EAST_ASIAN_SURNAMES = word_set("east_asian_surnames")
# Particles inside names ("Antonio del Valle", "Ursula von der Leyen").
NAME_PARTICLES = _words("de del della der den di da das dos du van von la le al el bin ibn ben ter ten y zu")
# Generational suffixes after a name.
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
# Capitalised words that start a sentence or a title but are never part of a name.
NOT_NAMES = word_set("not_names")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Case- and accent-free form for matching names ("Schäuble" -> "schauble")."""
    return _without_marks(text).casefold().replace("’", "'")


def _without_marks(text: str) -> str:
    """The letters without their accents ("Schäuble" -> "Schauble")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=65536)
def spelling_variants(token: str) -> tuple[str, ...]:
    """Forms a name token may be matched by: "Schäuble" also matches "Schaeuble"."""
    plain = name_key(token)
    translit = name_key(token.translate(_TRANSLIT))
    forms = (plain,) if plain == translit else (plain, translit)
    # "Muhammad" and "Mohamed": one name romanised two ways (data/name_variants.txt)
    common = _romanised().get(plain)
    forms = (*forms, common) if common else forms
    # "Gharib said" after "Abdullah al-Gharib": the Arabic article may be left off the surname
    article = _ARTICLE.match(plain)
    return (*forms, plain[article.end() :]) if article else forms


@lru_cache(maxsize=1)
def _romanised() -> Mapping[str, str]:
    return {name_key(k): name_key(v) for k, v in word_map("name_variants").items()}


_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es)-(?=\w{3})")


@lru_cache(maxsize=1)
def first_names() -> Mapping[str, str]:
    """First name (capitalised) -> gender hint 'm', 'f' or 'u': the 1990 US Census lists, then the first
    names of many countries that they lack ("Obinna", "Kenji", "Radek"; world_first_names.txt), which
    tell as well where an office ends and a name begins ("Opposition MPP Dr. Obinna Ashworth says")."""
    return MappingProxyType({**word_map("world_first_names"), **word_map("first_names")})


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, states, big cities and regions."""
    return frozenset(name_key(name) for name in word_list("place_names"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Lower-case English words -> most likely part-of-speech tag, from TextBlob's bundled Brill
    lexicon ("then" RB, "data" NNS, "said" VBD), with the British spellings of its American words
    ("defence", "criticised"); proper nouns are left out."""
    path = Path(textblob.__file__).resolve().parent / "en" / "en-lexicon.txt"
    out: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                word, _, tags = line.partition(" ")
                if word.islower() and word.replace("-", "").isalpha():
                    out[word] = tags.split(" ", 1)[0].strip()
    except OSError:
        pass
    out.update(british_forms(out))
    return out


def tag_of(word: str) -> str:
    """The lexicon's tag for a word ('' when unknown)."""
    return lexicon().get(word.lower(), "")


def is_verb(word: str) -> bool:
    low = word.lower()
    return tag_of(low).startswith(("VB", "MD")) and low not in ROLE_WORDS and low not in PEOPLE_NOUNS


def name_content(tokens: list[str]) -> list[str]:
    """The words of a name that identify the person, particles left out ("Antonio del Valle" → Antonio,
    Valle); a capitalised first word that is a first name stays ("Ben Carson", "Al Gore", "Van Jones")."""
    return [
        t
        for n, t in enumerate(tokens)
        if t.lower() not in NAME_PARTICLES
        or (n == 0 and len(tokens) > 1 and t[:1].isupper() and is_first_name(t))
    ]


def is_first_name(token: str) -> bool:
    head = token.split("-", 1)[0]
    return head[:1].isupper() and _listed_first(head) in first_names()


# Letters that carry their mark in the letter itself, so NFKD leaves them whole ("Paweł", "Søren")
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


@lru_cache(maxsize=65536)
def _listed_first(head: str) -> str:
    """The census spelling of a first name: the census lists names in plain letters, so "Zoë", "Seán",
    "Renée" are looked up as "Zoe", "Sean", "Renee" (a name listed with its accent is kept)."""
    name = head.capitalize()
    if name.isascii() or name in first_names():
        return name
    return _without_marks(name.translate(_PLAIN_LETTERS))


def gender_of(token: str) -> str | None:
    """'m' or 'f' when the first name is clearly one or the other, else None. A surname that East Asian
    names put first ("Li Qiang", "Tran Van Minh") says nothing: the census lists many as girls' names."""
    head = token.split("-", 1)[0].capitalize()
    if head.lower() in EAST_ASIAN_SURNAMES:
        return None
    gender = first_names().get(_listed_first(head))
    return gender if gender in ("m", "f") else None


def is_common_word(token: str) -> bool:
    low = token.lower()
    return low in NOT_NAMES or low in lexicon()


# Abbreviated titles written with a full stop ("Rep. Mark Delgado", "Gov. Phil Tanaka").
TITLE_ABBREVIATIONS = _words("sen rep gov gen col lt sgt capt adm maj cmdr supt insp det pres rev hon st fr")
# Lexicon tags of words that cannot start a name even when capitalised ("Then", "Meanwhile").
FUNCTION_TAGS = ("RB", "IN", "CC", "DT", "PRP", "WDT", "WP", "WRB", "VB", "MD", "TO", "EX", "UH", "PDT")


def is_lower_particle(word: str) -> bool:
    """A name particle written in lower case ("de", "van", "al"): inside a name, never its end; a
    capitalised one is a surname ("Kiran Das")."""
    return word.islower() and word.lower() in NAME_PARTICLES


def is_function_word(token: str) -> bool:
    low = token.lower()
    return low in NOT_NAMES or tag_of(low).startswith(FUNCTION_TAGS)


_AGENT_SUFFIXES = ("ist", "ian", "ant", "ent", "eer", "ee", "er", "or")
_NOT_AGENTS = word_set("not_agent_nouns")


def is_agent_noun(token: str) -> bool:
    """A singular noun for a person by what they do: "seismologist", "historian", "consultant"."""
    low = token.lower().strip(".,")
    if len(low) < 5 or low in _NOT_AGENTS or not low.isalpha():
        return False
    if not low.endswith(_AGENT_SUFFIXES):
        return False
    tag = tag_of(low)
    return tag in ("", "NN") and not low.endswith("ss")


# Prefixes that make another office of a role word: "co-investigator", "ex-minister", "vice-captain".
_ROLE_PREFIXES = frozenset({"co", "vice", "ex", "sub", "deputy", "acting", "assistant", "associate", "joint"})
# "Mayor-elect", "minister-designate": an office chosen but not yet taken is still that office.
_ROLE_SUFFIXES = frozenset({"elect", "designate"})


def is_plural_people_noun(low: str) -> bool:
    """ "nurses", "farmers", "residents": a plural noun for people, which names a group or ends a body's
    name ("the Coastal Nurses and Carers Union"), never one person."""
    return low.endswith("s") and low in PEOPLE_NOUNS


def is_role_word(token: str, plural: bool = True) -> bool:
    low = token.lower().strip(".,")
    prefix, hyphen, head = low.partition("-")
    if hyphen and prefix in _ROLE_PREFIXES and head not in ("", low):
        low = head
    stem, hyphen, suffix = low.rpartition("-")
    if hyphen and suffix in _ROLE_SUFFIXES and stem:
        low = stem
    return low in ROLE_WORDS or (plural and low.endswith("s") and low[:-1] in ROLE_WORDS and len(low) > 4)
