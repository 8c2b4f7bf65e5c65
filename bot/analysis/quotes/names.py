"""Word lists for telling people from organisations in news text: first names, titles, role words,
organisation suffixes, places, and a common-word lexicon (TextBlob's, offline)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import textblob

from ..text import STOPWORDS
from ..wordlists import word_list, word_map, word_set


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles: they mark a person but are not a role ("Mr Osei-Mensah", "Mister Johanns").
HONORIFICS = word_set("honorifics")
MALE_HONORIFICS = word_set("honorifics", "male")
FEMALE_HONORIFICS = word_set("honorifics", "female")

# Nouns that name a job or office; a phrase holding one is a role ("director of ...", "Tesla CEO").
ROLE_WORDS = _words(
    """president vice-president president-elect chairman chairwoman chairperson chair ceo cfo coo cto cio
    cmo cso md vp svp evp gm executive executives officer director director-general head leader founder
    co-founder cofounder owner co-owner partner principal analyst economist strategist professor
    lecturer instructor researcher scientist fellow scholar expert adviser advisor consultant spokesman
    spokeswoman spokesperson spokespeople minister secretary secretary-general undersecretary
    under-secretary senator governor mayor ambassador envoy diplomat consul attache dean provost rector
    chancellor editor editor-in-chief reporter correspondent journalist columnist commentator
    lawyer attorney attorney-general barrister solicitor counsel judge justice magistrate
    administrator commissioner official representative lawmaker legislator congressman congresswoman
    councilman councilwoman councillor councilor alderman member mp mep engineer doctor physician
    surgeon nurse teacher trader banker broker investor historian author writer coordinator specialist
    supervisor superintendent treasurer trustee negotiator planner architect designer developer
    inspector detective sheriff commander general colonel captain lieutenant sergeant admiral marshal
    premier king queen prince princess emperor pope cardinal bishop archbishop rabbi imam pastor priest
    deputy assistant speaker whip comptroller auditor controller accountant statistician physicist
    chemist biologist epidemiologist virologist psychologist sociologist activist campaigner organizer
    organiser coach manager chef farmer rancher prosecutor investigator agent constable boss
    proprietor entrepreneur curator librarian pilot delegate chief emir sheikh monarch sultan
    vice-chairman vice-chair co-chair cochair administrator-general surgeon-general adjutant
    superintendent headmaster headteacher principal registrar steward ombudsman commissioner
    economist-in-chief strategist analyst-at-large sen rep gov gen col lt sgt capt adm maj cmdr supt
    insp det pres"""
)
# Words that may stand inside a role phrase before the head ("former", "chief technology").
ROLE_MODIFIERS = _words(
    """former acting interim deputy vice senior junior chief executive assistant associate general
    managing principal lead first second third foreign finance financial defense defence interior home
    trade economy economic health education justice agriculture energy environment environmental
    technology operating marketing information investment investments research global regional
    national state federal local top outgoing incoming new then longtime long-time veteran prime
    majority minority opposition union party team club company bank fund portfolio equity market
    markets communications security legal policy program programme project country sales product
    creative art editorial news political military commercial corporate public foreign-policy
    digital data science sciences technical medical clinical scientific legislative presidential
    royal supreme district county city municipal provincial special independent non-executive
    executive-level co honorary emeritus visiting adjunct full current previous future founding
    transport labor labour commerce industry industries tourism culture treasury budget revenue
    intelligence strategy strategic operations operation risk credit fixed income equities
    macro chief-executive business advisory"""
)

# Words that make a capitalised name an organisation ("Deutsche Bank", "Shenzhen QCDO Technology").
ORG_WORDS = _words(
    """inc corp corporation co company companies ltd llc plc lp llp ag sa se nv bv gmbh spa srl ab asa
    oyj kk pty group holdings holding bank banks bancorp capital partners securities investments fund
    funds trust financial insurance assurance motors motor airlines airline airways industries
    technologies technology tech systems solutions software labs laboratories laboratory
    pharmaceuticals pharma therapeutics energy oil gas petroleum power electric electronics telecom
    telecommunications communications networks network media entertainment studios pictures records
    foods beverages brands stores retail mining metals steel resources chemicals logistics shipping
    railway railways railroad transport ventures enterprises associates consulting advisors advisers
    management analytics institute institution university universitat universidad college school
    academy center centre council committee commission board agency authority bureau department
    ministry office administration service services association federation union league society
    foundation organization organisation party parliament congress senate assembly court police army
    navy forces force guard reserve exchange markets index monitor times post news journal herald
    tribune press daily gazette telegraph guardian review magazine radio tv television broadcasting
    broadcaster channel club team church hospital clinic museum library government embassy consulate
    house palace street cabinet coalition alliance front movement initiative programme program project
    fair summit forum conference festival games cup olympics commission fed
    unit division subsidiary websites website platform app"""
)

# Nouns for groups of unnamed people who speak ("experts said", "a spokesperson said").
PEOPLE_NOUNS = _words(
    """expert experts analyst analysts official officials economist economists source sources observer
    observers critic critics resident residents witness witnesses investor investors trader traders
    lawmaker lawmakers legislator legislators diplomat diplomats scientist scientists researcher
    researchers spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
    representatives executive executives people person insider insiders activist activists campaigner
    campaigners protester protesters protestors supporter supporters opponent opponents leader leaders
    manager managers employee employees worker workers staff farmers farmer doctors doctor teachers
    teacher students student parents parent authorities officer officers investigators investigator
    prosecutors prosecutor regulators businessmen businesspeople businessman businesswoman
    entrepreneurs members member aides aide advisers advisors adviser advisor consultants consultant
    strategists strategist bankers banker brokers broker dealers dealer participants organizers
    organisers negotiators negotiator attendees commentators pundits reporters journalists citizens
    voters consumers customers users fans owners owner ministers minister sources lawyers lawyer
    attorneys attorney engineers engineer scholars scholar professors professor academics academic
    specialists specialist physicians physician nurses nurse economists historian historians
    environmentalists advocates advocate villagers locals residents survivors victims relatives
    families family neighbours neighbors man woman men women someone somebody insiders executives"""
)
# Common nouns for organisations that speak ("the company said", "the ministry announced").
ORG_NOUNS = _words(
    """company companies firm firms group bank banks ministry ministries government governments agency
    agencies department office embassy council committee commission union unions party court
    regulator regulators newspaper paper broadcaster board administration organization organisation
    association institute university studio carrier airline manufacturer maker automaker carmaker
    retailer lender insurer operator producer exchange police military army navy watchdog club team
    hospital school campaign charity foundation startup start-up business giant conglomerate chain
    platform publisher outlet network channel service federation authority authorities bureau cabinet
    parliament legislature congress senate presidency palace kremlin pentagon coalition alliance
    embassy consulate mission delegation station website site app developer brand label fund
    provider supplier distributor utility utilities"""
)
# Documents are not sources ("the agreement said:", "the report said").
DOCUMENT_NOUNS = _words(
    """report reports study studies survey surveys statement statements document documents filing
    filings agreement agreements deal deals letter letters memo memos data figures poll polls research
    analysis paper plan plans law laws bill bills rule rules proposal proposals text note notes
    release releases order orders ruling rulings verdict decision indictment complaint lawsuit suit
    contract treaty report's website post posts tweet tweets article articles book books message
    messages email emails notice notices guidance guidelines forecast forecasts estimate estimates
    index chart charts table tables map maps sign signs headline headlines"""
)
# Words that carry no content of their own, for telling a reported clause from a bare attribution.
FUNCTION_WORDS = STOPWORDS | _words(
    """added adds believes believe thinks think feels feel hopes hope knows know reporters journalists
    monday tuesday wednesday thursday friday saturday sunday today yesterday week statement interview"""
)
PRONOUNS = _words("he she they it")

# Surnames that come first in East Asian names: a sign the capitalised pair is a person ("Wu Xiaoqiu").
EAST_ASIAN_SURNAMES = _words(
    """wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song
    zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding
    wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai
    cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen
    kim lee park choi jung jeong kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong moon
    nguyen tran le pham hoang huynh phan vu vo dang bui ngo duong ly"""
)
# Particles inside names ("Antonio del Valle", "Ursula von der Leyen").
NAME_PARTICLES = _words("de del della der den di da das dos du van von la le al el bin ibn ben ter ten y zu")
# Generational suffixes after a name.
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
# Capitalised words that start a sentence or a title but are never part of a name.
NOT_NAMES = _words(
    """the a an this that these those he she it they we i you his her its their our my mon tue monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow but and or so yet if when
    while as after before since until although though however meanwhile also still now then there
    here what who why how where which according asked speaking writing last next earlier later
    many most some other others both each all no not one two three in on at for with by from of to
    god internet web covid brexit nobody everyone everybody somebody someone anyone anybody none"""
)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Case- and accent-free form for matching names ("Schäuble" -> "schauble")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace("’", "'")


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=65536)
def spelling_variants(token: str) -> tuple[str, ...]:
    """Forms a name token may be matched by: "Schäuble" also matches "Schaeuble"."""
    plain = name_key(token)
    translit = name_key(token.translate(_TRANSLIT))
    return (plain,) if plain == translit else (plain, translit)


def first_names() -> Mapping[str, str]:
    """First name (capitalised) -> gender hint 'm', 'f' or 'u' (from the 1990 US Census lists)."""
    return word_map("first_names")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, states, big cities and regions."""
    return frozenset(name_key(name) for name in word_list("place_names"))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Lower-case English words -> most likely part-of-speech tag, from TextBlob's bundled Brill
    lexicon ("then" RB, "data" NNS, "said" VBD); proper nouns are left out."""
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
    return out


def tag_of(word: str) -> str:
    """The lexicon's tag for a word ('' when unknown)."""
    return lexicon().get(word.lower(), "")


def is_verb(word: str) -> bool:
    low = word.lower()
    return tag_of(low).startswith(("VB", "MD")) and low not in ROLE_WORDS and low not in PEOPLE_NOUNS


def is_first_name(token: str) -> bool:
    head = token.split("-", 1)[0]
    return head[:1].isupper() and head.capitalize() in first_names()


def gender_of(token: str) -> str | None:
    """'m' or 'f' when the first name is clearly one or the other, else None."""
    head = token.split("-", 1)[0].capitalize()
    gender = first_names().get(head)
    return gender if gender in ("m", "f") else None


def is_common_word(token: str) -> bool:
    low = token.lower()
    return low in NOT_NAMES or low in lexicon()


# Abbreviated titles written with a full stop ("Rep. Mark Delgado", "Gov. Phil Tanaka").
TITLE_ABBREVIATIONS = _words("sen rep gov gen col lt sgt capt adm maj cmdr supt insp det pres rev hon st fr")
# Lexicon tags of words that cannot start a name even when capitalised ("Then", "Meanwhile").
FUNCTION_TAGS = ("RB", "IN", "CC", "DT", "PRP", "WDT", "WP", "WRB", "VB", "MD", "TO", "EX", "UH", "PDT")


def is_function_word(token: str) -> bool:
    low = token.lower()
    return low in NOT_NAMES or tag_of(low).startswith(FUNCTION_TAGS)


_AGENT_SUFFIXES = ("ist", "ian", "ant", "ent", "eer", "ee", "er", "or")
_NOT_AGENTS = _words(
    """number quarter order matter letter paper water center centre border power layer winter summer
    corner chapter cancer manner banner other either neither rather whether after under over ever never
    later earlier former latter offer customer member monster computer chamber december november
    october september percent parent event moment government agreement statement department component
    element amount account point talent patent content intent extent client patient student resident
    president tenant servant giant plant grant want meant front sector factor motor floor error color
    colour mirror terror honor honour favor favour labor labour rumor rumour tumor tumour major minor
    prior interior exterior superior inferior senior junior anchor harbor harbour vapor flavor
    behavior behaviour neighbor neighbour meter metre theater theatre fiber fibre liter litre ledger
    trigger tower shower flower filter folder holder header footer cover poster sticker ticker
    marker charter shelter border weather leather feather heather"""
)


def is_agent_noun(token: str) -> bool:
    """A singular noun for a person by what they do: "seismologist", "historian", "consultant"."""
    low = token.lower().strip(".,")
    if len(low) < 5 or low in _NOT_AGENTS or not low.isalpha():
        return False
    if not low.endswith(_AGENT_SUFFIXES):
        return False
    tag = tag_of(low)
    return tag in ("", "NN") and not low.endswith("ss")


def is_role_word(token: str, plural: bool = True) -> bool:
    low = token.lower().strip(".,")
    return low in ROLE_WORDS or (plural and low.endswith("s") and low[:-1] in ROLE_WORDS and len(low) > 4)
