"""Speech attributions in one sentence: who (a name, a pronoun, "experts", "the company") says, and
where the speech verb and the speaker sit, so quotes and reported clauses can be tied to them.

Works on text whose quoted passages are masked (see quotemarks.mask_quotes), so names and verbs
inside quotes are never taken for attributions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from .names import (
    DOCUMENT_NOUNS,
    EAST_ASIAN_SURNAMES,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PRONOUNS,
    TITLE_ABBREVIATIONS,
    fold,
    is_agent_noun,
    is_common_word,
    is_first_name,
    is_function_word,
    is_role_word,
    is_verb,
    place_names,
    tag_of,
)
from .roles import clean_role, is_party_code, is_role_modifier


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MASK = "\ue000"
_TOKEN = re.compile(r"\ue000+|(?:[^\W\d_]\.){2,}|\w[\w'’\-]*(?<![-'’])|\S")

SpeakerKind = Literal["name", "pronoun", "group", "org", "desc"]
Order = Literal["sv", "vs", "acc", "label"]

# Speech verbs as they appear after their subject ("X said", "X called for").
SPEECH_VERBS = _set("""said says say told tells added adds noted argued argues warned warns insisted insists suggested
    suggests called calls asked asks explained explains stressed stresses emphasized emphasised
    emphasizes emphasises announced announces reported stated declared declares acknowledged
    acknowledges admitted admits claimed contended contends countered cautioned cautions predicted
    predicts observed remarked replied replies responded responds recalled recalls wrote writes
    testified testifies urged urges agreed disagreed conceded concedes complained complains revealed
    reveals disclosed discloses denied denies concluded concludes highlighted underlined underscored
    underscores reiterated reiterates recommended recommends proposed proposes estimated forecast
    maintained maintains asserted asserts confirmed confirms continued commented tweeted quipped
    joked pointed points acknowledged lamented laments boasted boasts conceded vowed vows pledged
    pledges promised promises threatened threatens hinted hints speculated speculates projected
    projects wondered wonders mused insisted reckoned reckons explained warn argue suggest insist note
    claim predict urge estimate agree contend caution stress explain tell report acknowledge admit
    deny maintain recommend""")
# Present-tense forms that are also plural nouns: only after a clear speaker.
_AMBIGUOUS_S = _set("notes calls states reports claims comments estimates points projects")
# Verbs whose speaker may follow them ("…," said Smith / asked the minister).
INVERTIBLE = _set("""said says added adds asked asks continued explained explains noted argued insisted warned
    stressed recalled remarked replied responded observed concluded wrote writes acknowledged
    admitted conceded countered cautioned predicted suggested quipped joked declared announced
    stated confirmed told""")
# Verbs that only count with a named or pronoun speaker ("Cutler called it a pact").
_NAMED_ONLY = _set("called continued agreed disagreed agree wondered mused note report")
# Verbs that take a listener first ("told reporters", "asked the president").
LISTENER_VERBS = _set("told tells asked asks urged urges")
# Speech-verb participles that carry on the sentence's speaker (", adding that …").
PARTICIPLES = _set("""adding noting saying arguing warning explaining stressing insisting highlighting emphasizing
    emphasising pointing calling urging suggesting citing acknowledging admitting claiming""")
_SKIP = _set("""also has have had will would could may might must should shall can again then once further
    later earlier previously recently repeatedly publicly openly privately separately quickly simply
    both first last initially ultimately subsequently already still just even reportedly reportedly
    frequently often always never not did does do only too likely certainly clearly flatly bluntly
    angrily firmly emphatically quietly loudly candidly frankly tersely curtly sharply strongly
    widely long today yesterday tonight""")
_NEGATIONS = _set("not never n't didn't doesn't don't won't wouldn't hasn't haven't hadn't cannot can't")
_BE = _set("is are was were be been being")
_WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
_CLAUSE_WORDS = _set("""that which who whom whose when while where because although though if as since but and or
    so than whether after before until unless""")
_PREPOSITIONS = _set("""in at on during after before with for from by over via to into about under among amid
    speaking writing asked citing according like unlike despite following""")
_DETERMINERS = _set("the a an this that these those its his her their our some several many one two")
_RUN_JOINERS = frozenset({"of", "for"})
_HARD_BOUNDARIES = frozenset({";", ":", "—", "–", "-", "--"})
_NOT_BEFORE_TO = _set(
    "agreed disagreed agree continued called promised pledged vowed threatened proposed asked"
)
_INITIAL = re.compile(r"^[^\W\d_]$")


class Token:
    """A word, a punctuation mark or a masked quote, with its offsets in the full text."""

    __slots__ = ("end", "is_cap", "is_mask", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        first = text[0]
        self.low = text.lower()
        self.is_word = first.isalnum()
        self.is_cap = first.isupper()
        self.is_mask = first == MASK

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(m.group(), base + m.start(), base + m.end()) for m in _TOKEN.finditer(text)]


@dataclass(slots=True)
class NameParse:
    """A capitalised run split into a title/role before the name, a courtesy title and the name."""

    name: list[str]
    start: int  # offsets of the name words
    end: int
    role: str | None = None
    role_start: int = -1
    honorific: str | None = None
    kind: Literal["person", "org", "single"] = "person"
    possessive: bool = False
    evidence: bool = False  # something besides capitals says this is a person
    affiliation: str | None = None  # "Yonsei University" in "Dr. Kim Hyun-woo of Yonsei University"


@dataclass(slots=True)
class Speaker:
    kind: SpeakerKind
    text: str
    start: int
    end: int  # end of the speaker phrase, appositive included
    name: NameParse | None = None
    roles: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Attribution:
    sentence: int
    speakers: list[Speaker]
    verb: str
    verb_start: int
    verb_end: int
    order: Order
    start: int
    end: int
    listener_end: int = -1  # end of "reporters" in "told reporters"


def _is_name_token(tok: Token) -> bool:
    if not tok.is_word or not tok.is_cap:
        return False
    return not tok.text.isdigit()


def _is_initial(tokens: list[Token], i: int) -> bool:
    """A capital letter ("J." in "John F. Kennedy") or a title ("Mr.") or courtesy title before a full stop."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].text != "." or tokens[i + 1].start != tok.end:
        return False
    return (
        (bool(_INITIAL.match(tok.text)) and tok.is_cap)
        or tok.low in HONORIFICS
        or tok.low in TITLE_ABBREVIATIONS
    )


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
        if prev.low in NAME_PARTICLES and prev.text.islower():
            i -= 1
            continue
        if prev.low in _RUN_JOINERS and i - 2 >= lo and _is_name_token(tokens[i - 2]):
            i -= 1
            continue
        break
    # a run never starts with a particle or joiner, unless a particle opens a surname ("del Valle")
    while i < k and tokens[i].low in _RUN_JOINERS:
        i += 1
    return i


def run_right(tokens: list[Token], i: int, hi: int) -> int:
    """Index just past the capitalised name run that starts at token i."""
    j = i
    hi = min(hi, i + 16)  # a name is a few words, never a runaway line of capitals
    while j < hi:
        tok = tokens[j]
        if _is_name_token(tok):
            j += 1
            if j < hi and tokens[j].text == "." and _is_initial(tokens, j - 1):
                j += 1
            continue
        if tok.low in NAME_PARTICLES and tok.text.islower() and j + 1 < hi and _is_name_token(tokens[j + 1]):
            j += 1
            continue
        if tok.low in _RUN_JOINERS and j > i and j + 1 < hi and _is_name_token(tokens[j + 1]):
            j += 1
            continue
        break
    while j > i and tokens[j - 1].low in _RUN_JOINERS | NAME_PARTICLES:
        j -= 1
    return j


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


def parse_run(tokens: list[Token], a: int, b: int, sentence_start: bool) -> NameParse | None:
    """Split tokens[a:b] (a capitalised run) into role words, courtesy title and name."""
    words = [t for t in tokens[a:b] if t.text != "."]
    if not words:
        return None
    affiliation = None
    for n, word in enumerate(words[1:-1], start=1):
        if word.low in _RUN_JOINERS and not is_role_word(words[n - 1].text):
            after = [w.text for w in words[n + 1 :]]
            lead = words[0].low
            person_like = is_first_name(words[0].text) or lead in HONORIFICS or lead in TITLE_ABBREVIATIONS
            org_like = any(w.lower() in ORG_WORDS for w in after) or fold(" ".join(after)) in place_names()
            if person_like and org_like:
                affiliation = " ".join(after)
                words = words[:n]
                break
    # drop sentence-initial ordinary words ("Then Smith said", "Meanwhile Apple")
    while words and (
        words[0].low in NOT_NAMES
        or (
            sentence_start
            and words[0].start == tokens[a].start
            and is_function_word(words[0].text)
            and not is_first_name(words[0].text)
            and not is_role_modifier(words[0].text)
            and len(words) > 1
        )
    ):
        words = words[1:]
    if not words:
        return None
    while len(words) > 1 and words[-1].low in NAME_SUFFIXES:
        words = words[:-1]  # "Martin Luther King Jr."
    last, possessive = _strip_possessive(words[-1].text)
    texts = [_with_stop(tokens, w) for w in words[:-1]] + [last]
    # the last role word splits title from name: "Asia Society Policy Institute Vice President | Wendy Cutler"
    cut = -1
    for n, text in enumerate(texts[:-1]):
        if is_role_word(text):
            cut = n
    if cut >= 0 and texts[cut + 1].lower() in ("of", "for"):
        # "Secretary of State Antony Blinken": the role runs on to the first name
        rest = [m for m in range(cut + 2, len(texts) - 1) if is_first_name(texts[m])]
        if rest:
            cut = rest[0] - 1
        elif len(texts) - (cut + 2) > 2:
            cut = len(texts) - 3
        else:
            cut = len(texts) - 1
    role = None
    role_start = -1
    honorific = None
    if cut >= 0:
        role_end = _index_at(tokens, words[cut].start) + 1
        if role_end < b and tokens[role_end].text == "." and tokens[role_end].start == words[cut].end:
            role_end += 1  # "Rep." keeps its full stop
        role = _rejoin(tokens, _index_at(tokens, words[0].start), role_end)
        role_start = words[0].start
        name_words = words[cut + 1 :]
        name_texts = texts[cut + 1 :]
    else:
        name_words = words
        name_texts = texts
    # possessive organisation before a name: "Microsoft's Satya Nadella"
    for n, text in enumerate(name_texts[:-1]):
        if text.endswith(("'s", "’s")):
            if role is None and affiliation is None:
                affiliation = " ".join(name_texts[: n + 1])[:-2]
            name_words = name_words[n + 1 :]
            name_texts = name_texts[n + 1 :]
            break
    while name_texts and name_texts[0].lower().rstrip(".") in HONORIFICS:
        honorific = name_texts[0].rstrip(".")
        name_words = name_words[1:]
        name_texts = name_texts[1:]
    while name_texts and name_texts[-1].lower() in NAME_SUFFIXES and len(name_texts) > 1:
        name_words = name_words[:-1]
        name_texts = name_texts[:-1]
    if not name_texts:
        return None
    parse = NameParse(
        name=name_texts,
        start=name_words[0].start,
        end=name_words[-1].end - (2 if possessive else 0),
        role=role,
        role_start=role_start,
        honorific=honorific,
        possessive=possessive,
    )
    parse.kind, parse.evidence = _classify(name_texts, role or affiliation, honorific)
    parse.affiliation = affiliation
    return parse


# "JPMorgan", "BlackRock", "OpenAI": capitals inside a word mark a brand, but not "McAdams" or "DeSantis"
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]|D['’]))[A-Z]?[a-z]+[A-Z]")


def _classify(
    name: list[str], role: str | None, honorific: str | None
) -> tuple[Literal["person", "org", "single"], bool]:
    lows = [w.lower() for w in name]
    folded = fold(" ".join(name))
    if any(w in ORG_WORDS for w in lows) or folded in place_names():
        return "org", False
    if "&" in name or all(w.isupper() and len(w) > 1 for w in name) or any(_CAMEL.search(w) for w in name):
        return "org", False
    if honorific or role:
        return "person", True
    content = [w for w in name if w.lower() not in NAME_PARTICLES]
    if len(content) < 2:
        if is_first_name(name[0]) and not is_common_word(name[0]):
            return "single", True
        return "single", False
    if is_first_name(content[0]) or (len(content) == 2 and content[0].lower() in EAST_ASIAN_SURNAMES):
        return "person", True
    if any(w.lower() in NOT_NAMES for w in content):
        return "org", False
    if all(is_common_word(w) for w in content):
        return "org", False
    return "person", False


def pre_name_role(tokens: list[Token], run_start: int, lo: int) -> tuple[str | None, int]:
    """A lower-case role just before a name: "Austria's finance minister Hans-Joerg Schelling"."""
    i = run_start
    seen_role = False
    while i - 1 >= lo:
        tok = tokens[i - 1]
        if not tok.is_word:
            break
        if is_role_word(tok.text) or (is_agent_noun(tok.text) and tok.text.islower()):
            seen_role = True
        elif is_role_modifier(tok.text) or (tok.is_cap and seen_role):
            pass
        elif tok.text.endswith(("'s", "’s")) and seen_role:
            i -= 1
            if i - 1 >= lo and tokens[i - 1].low == "the":
                i -= 1
            break
        else:
            break
        i -= 1
    if i >= run_start or not any(is_role_word(t.text) or is_agent_noun(t.text) for t in tokens[i:run_start]):
        return None, -1
    while i < run_start and tokens[i].low in _RUN_JOINERS:
        i += 1
    text = " ".join(t.text for t in tokens[i:run_start])
    return text, tokens[i].start


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


def _name_speaker(tokens: list[Token], a: int, b: int, lo: int, sentence_first: int) -> Speaker | None:
    parse = parse_run(tokens, a, b, sentence_start=a == sentence_first)
    if parse is None:
        return None
    if parse.kind == "single" and not parse.honorific and not parse.role:
        word = parse.name[0].lower()
        if word in PEOPLE_NOUNS or word in ORG_NOUNS or word in DOCUMENT_NOUNS or is_function_word(word):
            return None
    if parse.kind == "org":
        begin = tokens[a].start
        if a - 1 >= lo and tokens[a - 1].low == "the":
            begin = tokens[a - 1].start
        text = " ".join(t.text for t in tokens[a:b] if t.text != ".")
        return Speaker("org", text, begin, tokens[b - 1].end)
    speaker = Speaker("name", " ".join(parse.name), parse.start, tokens[b - 1].end, name=parse)
    if parse.role:
        speaker.roles.append((parse.role_start, parse.role))
        speaker.start = min(speaker.start, parse.role_start)
    if parse.affiliation:
        speaker.roles.append((parse.end + 1, parse.affiliation))
    if a - 1 >= lo and tokens[a - 1].low == "the" and not parse.role:
        # "the Monitor reported" — a definite article makes a capitalised name an organisation
        return Speaker("org", "the " + " ".join(parse.name), tokens[a - 1].start, tokens[b - 1].end)
    if not parse.role:
        role, start = pre_name_role(tokens, a, lo)
        if role:
            speaker.roles.append((start, role))
            speaker.start = min(speaker.start, start)
            parse.evidence = True
            if parse.kind == "single":
                parse.kind = "person"
    return speaker


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


def _whole_name(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """(a, b) trimmed of dots and "both" when tokens[a:b] is exactly one capitalised run."""
    while a < b and tokens[a].low in ("both", "and"):
        a += 1
    while b > a and tokens[b - 1].text == ".":
        b -= 1
    if a >= b or not (_is_name_token(tokens[b - 1])) or is_party_code(_rejoin(tokens, a, b)):
        return None
    start = run_left(tokens, b - 1, a)
    return (start, b) if start == a else None


def _rejoin(tokens: list[Token], a: int, b: int) -> str:
    """tokens[a:b] with their original spacing (tokens carry absolute offsets)."""
    if a >= b:
        return ""
    out = [tokens[a].text]
    for prev, tok in zip(tokens[a : b - 1], tokens[a + 1 : b], strict=True):
        out.append((" " if tok.start > prev.end else "") + tok.text)
    return "".join(out)


def _subject_left(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """Speaker(s) ending at token k, just left of the verb (adverbs already skipped)."""
    if k < lo:
        return []
    tok = tokens[k]
    if (
        tok.text == "."
        and k - 1 >= lo
        and tokens[k - 1].end == tok.start
        and (
            tokens[k - 1].low in NAME_SUFFIXES
            or tokens[k - 1].low in ORG_WORDS
            or len(tokens[k - 1].text) == 1
        )
    ):
        k -= 1  # "Martin Luther King Jr. said"
        tok = tokens[k]
    paren = None
    if tok.text == ")":
        j = k - 1
        while j >= lo and k - j < 8 and tokens[j].text != "(":
            j -= 1
        if j >= lo and tokens[j].text == "(":
            paren = _rejoin(tokens, j + 1, k)
            k = j - 1
            if k < lo:
                return []
            tok = tokens[k]
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
    ):
        # "Analysts at Goldman Sachs said": the noun before the preposition speaks
        np = _np_left(tokens, k, lo)
        speakers = [np] if np else []
    elif _is_name_token(tok) and (group := _such_as(tokens, run_left(tokens, k, lo), lo)) is not None:
        speakers = [group]
        speakers[-1].end = tok.end
    elif _is_name_token(tok):
        a = run_left(tokens, k, lo)
        speaker = _name_speaker(tokens, a, k + 1, lo, sentence_first)
        speakers = [speaker] if speaker else []
        if speaker is None:
            np = _np_left(tokens, k, lo)
            speakers = [np] if np else []
        elif speaker.kind in ("name", "org"):
            speakers = (
                _joint(
                    tokens, a if not speaker.roles else _index_at(tokens, speaker.start), lo, sentence_first
                )
                + speakers
            )
    elif tok.is_word:
        np = _np_left(tokens, k, lo)
        speakers = [np] if np else []
    else:
        speakers = []
    if paren and speakers and speakers[-1].kind == "name" and len(paren) <= 40:
        speakers[-1].roles.append((tokens[k].end + 1, paren))
    return speakers


def _index_at(tokens: list[Token], start: int) -> int:
    """Index of the first token starting at or after `start`."""
    return bisect.bisect_left(tokens, start, key=lambda t: t.start)


def _joint(tokens: list[Token], a: int, lo: int, sentence_first: int) -> list[Speaker]:
    """Co-speakers joined by "and" before a speaker: "both del Valle and ... Ramirez said"."""
    if a - 2 < lo or tokens[a - 1].low != "and":
        return []
    k = a - 2
    if tokens[k].text == ",":
        k -= 1
    if k < lo or not _is_name_token(tokens[k]):
        return []
    b = run_left(tokens, k, lo)
    other = _name_speaker(tokens, b, k + 1, lo, sentence_first)
    return [other] if other and other.kind == "name" else []


def _appositive_subject(tokens: list[Token], k: int, lo: int, sentence_first: int) -> list[Speaker]:
    """Speakers for "NAME, ROLE, said", "ROLE, NAME, said", "NAME, 45, of Springfield, said" and
    "X, in an interview, said": walk left over the comma pieces between the speaker and the verb."""
    pieces = _segments(tokens, lo, k)
    if len(pieces) < 2:
        return []
    roles: list[tuple[int, str]] = []
    personal = False
    end = tokens[pieces[-1][1] - 1].end if pieces[-1][0] < pieces[-1][1] else tokens[k].start
    p = len(pieces) - 1
    while p >= 1 and len(pieces) - p <= 4:
        a, b = pieces[p]
        if a >= b:
            return []
        named = _named_piece(tokens, a, b, lo, sentence_first)
        if named is not None:
            if named.kind != "name":
                return [named]
            if tokens[a].low == "and" and a - 1 >= lo and tokens[a - 1].text == ",":
                # "Smith, the CEO, and Jones, the CFO, said": the pieces before belong to Smith
                named.roles.extend(roles)
                named.end = max(named.end, end)
                return [*_appositive_subject(tokens, a - 1, lo, sentence_first), named]
            speakers = _role_before_name(tokens, pieces[p - 1], named, lo, sentence_first)
            named.roles.extend(roles)
            named.end = max(named.end, end)
            return speakers
        first = tokens[a]
        text = _rejoin(tokens, a, b)
        role = clean_role(text, appositive=True)
        if role and not _opens_aside(first):
            roles.append((first.start, role))
        elif not _skippable_piece(tokens, a, b):
            break
        elif _personal_piece(tokens, a, b):
            personal = True
        p -= 1
    if p == len(pieces) - 1 or p < 0:
        return _aside_subject(tokens, pieces, sentence_first)
    a, b = pieces[p]
    speakers = _subject_left(tokens, b - 1, a, sentence_first) if a < b else []
    if not speakers:
        return _aside_subject(tokens, pieces, sentence_first)
    speakers[-1].roles.extend(sorted(roles))
    speakers[-1].end = max(speakers[-1].end, end)
    parse = speakers[-1].name
    if personal and parse is not None and parse.kind != "org":
        parse.evidence = True  # "Paulo Reis, 45, of Braga," is a person
        if parse.kind == "single":
            parse.kind = "person"
    return speakers


def _personal_piece(tokens: list[Token], a: int, b: int) -> bool:
    """An age or a "who" clause next to a name says it names a person."""
    return tokens[a].low in ("who", "whose") or all(t.text.isdigit() for t in tokens[a:b] if t.is_word)


def _skippable_piece(tokens: list[Token], a: int, b: int) -> bool:
    """An age ("45"), a home town ("of Springfield"), a party ("D-Mass."), a relative clause or aside."""
    first = tokens[a]
    if all(t.text.isdigit() for t in tokens[a:b] if t.is_word):
        return True
    if first.low in ("who", "whose", "which", "of", "from") or _opens_aside(first):
        return True
    return is_party_code(_rejoin(tokens, a, b))


def _named_piece(tokens: list[Token], a: int, b: int, lo: int, sentence_first: int) -> Speaker | None:
    """The speaker when a comma piece is a name, maybe after a lower-case role ("economist Liam Byrne")."""
    i = a
    while i < b and tokens[i].is_word and not tokens[i].is_cap and i - a < 5:
        tok = tokens[i]
        if not (is_role_word(tok.text) or is_role_modifier(tok.text) or is_agent_noun(tok.text)):
            break
        i += 1
    whole = _whole_name(tokens, i, b)
    if whole is None:
        return None
    return _name_speaker(tokens, whole[0], whole[1], lo, sentence_first)


def _role_before_name(
    tokens: list[Token], piece: tuple[int, int], speaker: Speaker, lo: int, sentence_first: int
) -> list[Speaker]:
    """ "ROLE, NAME, said": the piece before the name may be its role, or "X and ROLE" (two speakers)."""
    prev_a, prev_b = piece
    speakers = [speaker]
    role_a = prev_a
    for n in range(prev_b - 1, prev_a - 1, -1):
        if tokens[n].low == "and":
            # "both del Valle and the chamber's outgoing leader, NAME,"
            left = _whole_name(tokens, prev_a, n)
            if left is not None:
                other = _name_speaker(tokens, left[0], left[1], lo, sentence_first)
                if other and other.kind == "name":
                    speakers.insert(0, other)
            role_a = n + 1
            break
    if role_a < prev_b:
        role = clean_role(_rejoin(tokens, role_a, prev_b), appositive=True)
        if role and tokens[role_a].low not in _PREPOSITIONS:
            speaker.roles.insert(0, (tokens[role_a].start, role))
            speaker.start = min(speaker.start, tokens[role_a].start)
    return speakers


def _aside_subject(tokens: list[Token], pieces: list[tuple[int, int]], sentence_first: int) -> list[Speaker]:
    """ "Asia Society experts, in an analysis of …, Japan and Korea, called": skip the aside."""
    for p in range(len(pieces) - 1, 0, -1):
        a, b = pieces[p]
        if a < b and _opens_aside(tokens[a]):
            sa, sb = pieces[p - 1]
            return _subject_left(tokens, sb - 1, sa, sentence_first) if sa < sb else []
    return []


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


def _opens_aside(tok: Token) -> bool:
    return tok.text.islower() and (tok.low in _PREPOSITIONS or (tok.low.endswith("ing") and len(tok.low) > 5))


def _described_name_right(tokens: list[Token], i: int, hi: int, sentence_first: int) -> Speaker | None:
    """A described name after a verb: "lead author Dr. Kim Hyun-woo", "her rival, Sam Kerr, a …"."""
    j = i
    while j < hi and j - i < 5 and tokens[j].is_word and not tokens[j].is_cap:
        if tokens[j].low in _CLAUSE_WORDS or (is_verb(tokens[j].low) and not is_role_modifier(tokens[j].low)):
            return None
        j += 1
    if j == i or j >= hi:
        return None
    description = _rejoin(tokens, i, j)
    comma = tokens[j].text == ","
    start = j + 1 if comma else j
    if start >= hi or not _is_name_token(tokens[start]):
        return None
    if not comma and not any(is_role_word(t.text) or is_agent_noun(t.text) for t in tokens[i:j]):
        return None
    speaker = _subject_right(tokens, start, hi, sentence_first)
    if speaker is None or speaker.kind != "name":
        return None
    role = clean_role(description)
    if role:
        speaker.roles.insert(0, (tokens[i].start, role))
    speaker.start = tokens[i].start
    return speaker


def _subject_right(tokens: list[Token], i: int, hi: int, sentence_first: int) -> Speaker | None:
    """Speaker after an inverted verb: "said Martin Cauchon, Canada's former minister of justice"."""
    if i >= hi:
        return None
    tok = tokens[i]
    if tok.is_word and tok.low in PRONOUNS:
        return Speaker("pronoun", tok.low, tok.start, tok.end)
    if _is_name_token(tok):
        j = run_right(tokens, i, hi)
        speaker = _name_speaker(tokens, i, j, i, sentence_first)
        if speaker is None:
            return None
        end_index = j
        # "(R-OH)"
        if end_index < hi and tokens[end_index].text == "(":
            close = end_index + 1
            while close < hi and close - end_index < 8 and tokens[close].text != ")":
                close += 1
            if close < hi and tokens[close].text == ")":
                if speaker.kind == "name":
                    speaker.roles.append((tokens[end_index].start, _rejoin(tokens, end_index + 1, close)))
                end_index = close + 1
        # ", ROLE" up to the next comma, a quote or the end; an age ("29,") or party ("D-Mass.,") first
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
                speaker.roles.append((tokens[a].start, role))
                end_index = b
                if not is_party_code(appositive):
                    break
                continue
            descriptive = tokens[a].low in ("who", "whose", "which", "of", "from") or (
                tokens[a].low in ("a", "an", "the") and not _clause_follows(tokens, a, b)
            )
            if role or descriptive:
                end_index = b
            if a < hi and tokens[a].low in ("of", "from") and not role:
                continue  # "said John Carter, 45, of Springfield, a retired teacher"
            break
        speaker.end = tokens[end_index - 1].end if end_index > i else speaker.end
        return speaker
    if tok.is_word:
        named = _described_name_right(tokens, i, hi, sentence_first)
        if named is not None:
            return named
        j = i
        while j < hi and j - i < 6 and tokens[j].is_word and tokens[j].low not in _CLAUSE_WORDS:
            j += 1
        words = tokens[i:j]
        for n in range(len(words)):
            kind = _np_head_kind(words[: n + 1])
            if kind is not None:
                # extend over "for the ministry" / "at Goldman Sachs"
                end = n + 1
                if end + 1 < len(words) and words[end].low in ("for", "at", "of", "with", "from", "in"):
                    end = len(words)
                text = " ".join(w.text for w in words[:end])
                return Speaker(kind, text, words[0].start, words[end - 1].end)
    return None


def _skip_left(tokens: list[Token], k: int, lo: int, verb: str) -> tuple[int, bool]:
    """Move left over adverbs and auxiliaries; returns (index, ok) where ok is False for negation,
    passives and infinitives ("has not commented", "was told", "declined to say")."""
    quoted = verb == "saying"
    while k >= lo:
        tok = tokens[k]
        low = tok.low
        if not tok.is_word:
            return k, True
        if low in _NEGATIONS or low.endswith("n't"):
            return k, False
        if quoted and low in ("quoted", "as"):
            k -= 1
            continue
        if low in _BE:
            if quoted:
                k -= 1
                continue
            return k, False
        if low == "to":
            return k, False
        if low in _WEEKDAYS and k - 1 >= lo and tokens[k - 1].low in ("on", "last", "this"):
            k -= 2
            continue
        if low in ("week", "month", "year") and k - 1 >= lo and tokens[k - 1].low in ("last", "this"):
            k -= 2
            continue
        if low in _SKIP or (
            low.endswith("ly") and tok.text.islower() and len(low) > 4 and is_common_word(low)
        ):
            k -= 1
            continue
        return k, True
    return k, True


_CLAUSE_ONLY = _set("claimed claims recalled recalls")


def _clause_follows(tokens: list[Token], i: int, n: int) -> bool:
    """A "that" or a finite verb within the next words: "claimed the vote was rigged"."""
    for tok in tokens[i : min(n, i + 8)]:
        if tok.is_mask or tok.low == "that" or tag_of(tok.low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if tok.text in (".", ";", ","):
            return False
    return False


_OBJECT_PRONOUNS = _set("him her them us me you it reporters journalists lawmakers")


def _listener_end(tokens: list[Token], j: int, n: int) -> int:
    """End of the listener after "told"/"asked": "reporters", "Reuters", "the newspaper Der Spiegel"."""
    if j >= n or not tokens[j].is_word:
        return -1
    tok = tokens[j]
    if tok.low in _OBJECT_PRONOUNS:
        return tok.end
    if _is_name_token(tok):
        end = run_right(tokens, j, n)
        return tokens[end - 1].end if end > j else tok.end
    if tok.low in _DETERMINERS or tok.low.endswith(("'s", "’s")):
        k = j + 1
        while k < n and k - j < 4 and tokens[k].is_word and not tokens[k].is_cap:
            stop = tag_of(tokens[k].low).startswith(("VB", "MD", "IN", "CC", "WDT", "TO"))
            if stop or tokens[k].low in _CLAUSE_WORDS:
                break
            k += 1
        if k < n and _is_name_token(tokens[k]):
            k = run_right(tokens, k, n)
        return tokens[k - 1].end if k > j + 1 else tok.end
    return -1


def find_attributions(
    masked: str, start: int, end: int, sentence_index: int, tokens: list[Token] | None = None
) -> list[Attribution]:
    """Speech attributions in masked[start:end] (one sentence), in order."""
    if tokens is None:
        tokens = tokenize(masked[start:end], start)
    out: list[Attribution] = []
    n = len(tokens)
    used_until = -1
    for i, tok in enumerate(tokens):
        if i <= used_until or not tok.is_word:
            continue
        low = tok.low
        verb = low
        verb_end_index = i + 1
        if low == "according" and i + 1 < n and tokens[i + 1].low == "to":
            speaker = _subject_right(tokens, i + 2, n, 0)
            if speaker is None or speaker.kind == "pronoun":
                continue
            out.append(
                Attribution(
                    sentence_index,
                    [speaker],
                    "according to",
                    tok.start,
                    tokens[i + 1].end,
                    "acc",
                    tok.start,
                    max(speaker.end, tokens[i + 1].end),
                )
            )
            continue
        if low == "saying" and i >= 1 and tokens[i - 1].low in ("quoted", "as"):
            pass
        elif low not in SPEECH_VERBS:
            continue
        if low in ("called", "calls", "call") and i + 1 < n and tokens[i + 1].low == "for":
            verb = low + " for"
            verb_end_index = i + 2
        elif low in ("pointed", "points") and i + 1 < n and tokens[i + 1].low == "out":
            verb = low + " out"
            verb_end_index = i + 2
        elif low in ("pointed", "points"):
            continue
        if verb == low and low in _NOT_BEFORE_TO and i + 1 < n and tokens[i + 1].low == "to":
            continue  # "agreed to pay", "asked to remain anonymous"
        if (
            verb in ("called", "calls")
            and i + 1 < n
            and (
                _is_name_token(tokens[i + 1]) or tokens[i + 1].low in ("off", "up", "back", "in", "out", "by")
            )
        ):
            continue  # "Trump called Xi on Tuesday", "called off the strike"
        if verb in _CLAUSE_ONLY and not _clause_follows(tokens, i + 1, n):
            continue  # "claimed the title", "recalled a million cars"
        lo = max(0, i - 60)
        for j in range(i - 1, lo - 1, -1):
            t = tokens[j]
            if t.is_mask or t.text in _HARD_BOUNDARIES:
                lo = j + 1
                break
        k, ok = _skip_left(tokens, i - 1, lo, verb)
        verb_start = tok.start
        verb_end = tokens[verb_end_index - 1].end
        speakers: list[Speaker] = []
        order: Order = "sv"
        if ok:
            speakers = _subject_left(tokens, k, lo, 0)
            if speakers and low in _AMBIGUOUS_S and speakers[-1].kind not in ("name", "pronoun", "org"):
                speakers = []
            if speakers and verb in _NAMED_ONLY and speakers[-1].kind not in ("name", "pronoun", "group"):
                speakers = []
        if not speakers and low in INVERTIBLE and low != "told" and tok.text.islower():
            # inversion: after a quote, a comma or at the start of the sentence
            before = tokens[i - 1] if i - 1 >= 0 else None
            if before is None or before.is_mask or before.text in (",", ":"):
                speaker = _subject_right(tokens, verb_end_index, n, 0)
                if speaker is not None:
                    speakers = [speaker]
                    order = "vs"
        if not speakers:
            continue
        if (
            order == "sv"
            and speakers[-1].kind == "name"
            and speakers[-1].name is not None
            and not speakers[-1].name.evidence
            and verb_end_index < n
            and tokens[verb_end_index].low in ("it", "its")
        ):
            # "Goldman Sachs said it expects …": a name that speaks of itself as "it" is a firm
            speakers[-1] = Speaker("org", speakers[-1].text, speakers[-1].start, speakers[-1].end)
        listener_end = -1
        if verb in LISTENER_VERBS and order == "sv":
            listener_end = _listener_end(tokens, verb_end_index, n)
        first = min(s.start for s in speakers)
        last = max(s.end for s in speakers)
        out.append(
            Attribution(
                sentence_index,
                speakers,
                verb,
                verb_start,
                verb_end,
                order,
                min(first, verb_start),
                max(last, verb_end),
                listener_end,
            )
        )
        if order == "vs":
            used_until = max(used_until, _index_at(tokens, last) - 1)
    return out


_LABEL = re.compile(r"^(?P<name>(?:[A-Z][A-Za-z'’\-]+\.?\s+){0,3}[A-Z][A-Za-z'’\-]+)\s*:\s+(?=\S)")


def transcript_label(paragraph_text: str) -> tuple[str, int] | None:
    """A speaker label opening a paragraph ("LOUIS LATAIF: …"): (name, end of the label)."""
    match = _LABEL.match(paragraph_text)
    if not match:
        return None
    raw = match.group("name")
    words = raw.split()
    if raw.isupper():
        words = [
            w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words
        ]
    lows = [w.lower().rstrip(".") for w in words]
    if any(w in ORG_WORDS or w in NOT_NAMES for w in lows):
        return None
    honorific = lows[0] in HONORIFICS
    content = words[1:] if honorific else words
    if not content or fold(" ".join(content)) in place_names():
        return None
    if len(content) < 2 and not honorific:
        return None
    if not (honorific or is_first_name(content[0]) or not all(is_common_word(w) for w in content)):
        return None
    return " ".join(words), match.end()
