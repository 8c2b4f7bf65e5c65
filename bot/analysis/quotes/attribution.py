"""Speech attributions in one sentence: who (a name, a pronoun, "experts", "the company") says, and
where the speech verb and the speaker sit, so quotes and reported clauses can be tied to them.

Works on text whose quoted passages are masked (see quotemarks.mask_quotes), so names and verbs
inside quotes are never taken for attributions.
"""

from __future__ import annotations

from ..wordlists import word_set
from .according import according_to
from .as_frame import as_frame_verb
from .catenatives import before_catenative, spoken_form
from .conjunct import first_verb
from .cue_model import LearnedCue, cue_verb
from .directive import DIRECTIVE_VERBS, asks_as_person, directive_follows
from .made_clear import made_clear
from .name_runs import run_right
from .names import HONORIFICS, is_common_word, is_function_word, tag_of
from .quote_frame import follows_quote, inverted_frame_verb, quote_frame_verb, quote_then_verb, speaker_closes
from .role_dashes import dashed_role_before
from .speaker_after import _clause_follows, _subject_right
from .speaker_before import _subject_left
from .speech_nouns import LIGHT_VERBS, speech_noun
from .speech_tokens import (
    Attribution,
    Order,
    Speaker,
    Token,
    _index_at,
    _is_name_token,
    opens_object,
    tokenize,
)
from .speech_verbs import (
    _AMBIGUOUS_S,
    _BE,
    _CLAUSE_WORDS,
    _DERIVED,
    _DETERMINERS,
    _HARD_BOUNDARIES,
    _NAMED_ONLY,
    _NEGATIONS,
    _NOT_BEFORE_TO,
    _SKIP,
    _WEEKDAYS,
    INVERTIBLE,
    LISTENER_VERBS,
    SPEECH_VERBS,
    _set,
)
from .stance_that import BE_FORMS, stance_that
from .that_clause import that_clause_verb
from .topic_verbs import FRAME_HEADS, TOPIC_VERBS, frame_verb, topic_verb
from .verb_readings import aside_before_verb, clear_person, counted_object, noun_like_verb, surname_said


def _skip_left(tokens: list[Token], k: int, lo: int, verb: str) -> tuple[int, bool]:
    """Move left over adverbs and auxiliaries; returns (index, ok) where ok is False for negation,
    passives and infinitives ("has not commented", "was told", "declined to say")."""
    quoted = verb == "saying"
    while k >= lo:
        tok = tokens[k]
        low = tok.low
        if aside_before_verb(tokens, k, lo):
            k -= 2  # "He however, said": a discourse word and its comma between subject and verb
            continue
        if not tok.is_word:
            return k, True
        if low in _NEGATIONS or low.endswith("n't"):
            return k, False
        if quoted and low in ("quoted", "as"):
            k = _quoted_by(tokens, k, lo) if low == "as" else k - 1
            continue
        if low in _BE:
            if quoted:
                k -= 1
                continue
            return k, False
        if low == "to":
            before = before_catenative(tokens, k, lo)  # "went on to say": spoken all the same
            if before is None:
                return k, False
            k = before
            continue
        if low in _DAY_PARTS and k - 1 >= lo and tokens[k - 1].low in _WEEKDAYS:
            k -= 1  # "Wu on Thursday night said": the part of the day, then the day
            continue
        if low in _WEEKDAYS and k - 1 >= lo and tokens[k - 1].low in _BEFORE_WEEKDAY:
            k -= 2  # "on Monday", "earlier Thursday", "late Tuesday"
            continue
        if low in _WEEKDAYS and k - 1 >= lo and _is_name_token(tokens[k - 1]):
            k -= 1  # "Nelson Moyo Tuesday told reporters": the day says when, the name is before it
            continue
        if low in _LAST_OR_THIS and k - 1 >= lo and tokens[k - 1].low in ("last", "this"):
            k -= 2  # "Bell last week said", "Bell and Lee last night told reporters"
            continue
        if (
            low in _SKIP
            and tok.is_cap
            and (k == lo or not tokens[k - 1].is_word)
            and not is_function_word(low)
        ):
            return k, True  # "Long said" opening a sentence: a surname, not the adverb of "has long said"
        if low in _SKIP and tok.is_cap and _after_honorific(tokens, k, lo):
            return k, True  # "Ms May said", "Mr. Still added": a courtesy title makes it a surname
        if low in _SKIP or (
            low.endswith("ly") and tok.text.islower() and len(low) > 4 and is_common_word(low)
        ):
            k -= 1
            continue
        return k, True
    return k, True


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_LAST_OR_THIS = frozenset({"week", "month", "year", "weekend", *_DAY_PARTS})
_BEFORE_WEEKDAY = frozenset({"on", "last", "this", "earlier", "later", "late", "early"})


def _after_honorific(tokens: list[Token], k: int, lo: int) -> bool:
    """A courtesy title stands right before tokens[k] ("Ms May", "Mr. Long")."""
    j = k - 2 if k - 2 >= lo and tokens[k - 1].text == "." else k - 1
    return j >= lo and tokens[j].low in HONORIFICS


def _quoted_by(tokens: list[Token], k: int, lo: int) -> int:
    """From the "as" of "was quoted by the state news agency as saying" (or "in the local press"),
    back to "quoted": the outlet that quoted the speaker is no speaker. Else just before the "as"."""
    for j in range(k - 1, max(lo, k - 12) - 1, -1):
        if not tokens[j].is_word or tokens[j].is_mask:
            break
        if tokens[j].low == "quoted" and j + 1 < k and tokens[j + 1].low in ("by", "in"):
            return j
    return k - 1


# Verbs that keep the subject of a first, non-speech verb: "X met the unions and said …".
_SAY_FIRST = word_set("speech_verbs", "keeps_subject")


def _keeps_subject(tokens: list[Token], i: int, low: str) -> bool:
    """The verb at tokens[i], after "and"/"but", shares the subject of the clause's first verb: a listed
    one ("X met the unions and said …") or any verb taking "that" and a clause, listed or not ("X
    conceded the bridge was late but implied that the builders were to blame", "X declined to comment
    but mentioned that …"): a finite verb with no subject of its own."""
    return low in _SAY_FIRST or that_clause_verb(tokens, i) is not None


def _conjunct_subject(tokens: list[Token], k: int, lo: int, verb: str) -> list[Speaker]:
    """The subject of the clause whose second verb, after "and"/"but" at k, is a speech verb: the
    subject of the clause's first verb (conjunct.py), a name or a pronoun."""
    v = first_verb(tokens, k, lo)
    if v is None:
        return []
    j, ok = _skip_left(tokens, v - 1, lo, verb)
    if not ok or j < lo or not (tokens[j].is_word or tokens[j].text == ","):
        return []  # "Smith, injured in the crash, …" is read as an appositive by _subject_left
    found = _subject_left(tokens, j, lo, 0)
    return [s for s in found if s.kind in ("name", "pronoun")]


_CLAUSE_ONLY = word_set("speech_verbs", "clause_only")
# clause_only verbs that report their object too, when a person says it ("She recalled the long winter")
_PERSON_OBJECT = word_set("speech_verbs", "person_object")


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
    used_until = -1
    for i, tok in enumerate(tokens):
        if i <= used_until or not tok.is_word:
            continue
        if tok.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
            according = according_to(tokens, i, sentence_index)
            if according is not None:
                out.append(according)
            continue
        verb = _speech_verb(tokens, i)
        if verb is None:
            continue
        attribution = _attribution_at(tokens, i, *verb, sentence_index)
        if attribution is None:
            continue
        attribution.learned = isinstance(verb, LearnedCue)
        out.append(attribution)
        if attribution.order is Order.VERB_FIRST:
            last = max(s.end for s in attribution.speakers)
            used_until = max(used_until, _index_at(tokens, last) - 1)
    return out


def _speech_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The speech verb at tokens[i] and the index just past it: "said", "called for", "pointed out",
    "quoted as saying"; None for a verb that is not speech here ("agreed to pay", "called off the
    strike", "Trump called Xi", "claimed the title")."""
    n = len(tokens)
    low = tokens[i].low
    if low in LIGHT_VERBS and (noun := speech_noun(tokens, i)) is not None:
        return noun
    low = spoken_form(tokens, i, SPEECH_VERBS) or low  # "went on to promise" as "promised"
    if surname_said(tokens, i):
        return None  # "Omar Said, the minister, …": the surname, not the verb
    if low in _DERIVED and not tokens[i].text.islower():
        return None  # "Ben Carson Defends Himself …": a headline in capitals, whose name runs swallow it
    if low in _AMBIGUOUS_S and not tokens[i].text.islower():
        return None  # "the United States claims …": a capitalised plural noun ends a name, it is no verb
    if low in _NAMED_ONLY and low.endswith("s") and not tokens[i].text.islower():
        return None  # "Lena Varga Defends Her Squad": a present form in a capitalised headline
    if not (low == "saying" and i >= 1 and tokens[i - 1].low in ("quoted", "as")) and low not in SPEECH_VERBS:
        # "She bemoaned that …": any verb reporting a clause; "He spoke about …": its topic; "She
        # termed the levy as a burden": a verdict
        return (
            that_clause_verb(tokens, i)
            or topic_verb(tokens, i)
            or made_clear(tokens, i)
            or stance_that(tokens, i)
            or as_frame_verb(tokens, i)
            or quote_frame_verb(tokens, i)
            or inverted_frame_verb(tokens, i)
            or cue_verb(tokens, i)  # the learned reading last: "slammed the plan as reckless"
        )
    verb = low
    verb_end_index = i + 1
    if low in ("called", "calls", "call") and i + 1 < n and tokens[i + 1].low == "for":
        verb = low + " for"
        verb_end_index = i + 2
    elif low in ("pointed", "points") and i + 1 < n and tokens[i + 1].low == "out":
        verb = low + " out"
        verb_end_index = i + 2
    elif low in ("pointed", "points"):
        return frame_verb(tokens, i)  # "pointed to the figures"; else none ("pointed the way")
    if low in DIRECTIVE_VERBS and not directive_follows(tokens, i + 1):
        return None  # "requested anonymity", "advised the board on tax": no listener asked to act
    if verb == low and low in _NOT_BEFORE_TO and i + 1 < n and tokens[i + 1].low == "to":
        return None  # "agreed to pay", "asked to remain anonymous"
    if (
        verb in ("called", "calls")
        and i + 1 < n
        and (_is_name_token(tokens[i + 1]) or tokens[i + 1].low in ("off", "up", "back", "in", "out", "by"))
    ):
        return None  # "Trump called Xi on Tuesday", "called off the strike"
    if (
        verb in _CLAUSE_ONLY
        and not _clause_follows(tokens, i + 1, n)
        and not _after_quote(tokens, i)
        and not _object_follows(tokens, i, verb)
    ):
        return None  # "claimed the title", "recalled a million cars"; but "“…,” recalled Cunningham"
    if counted_object(verb, tokens, i + 1) and not _clause_follows(tokens, i + 1, n):
        return None  # "added 10 points for Miami", "added a further two stores": an object, not speech
    return verb, verb_end_index


# words that open a clause, after which a name is a subject: "… and that Unite claims …"
_CLAUSE_OPENERS = frozenset(
    {"that", "as", "while", "because", "although", "though", "if", "when", "and", "but"}
)

_CLOSING = frozenset(
    {".", ",", ";", "in", "on", "at", "last", "earlier", "later", "during", "of", "after", "when"}
)


def _after_quote(tokens: list[Token], i: int) -> bool:
    """The verb at tokens[i] closes a quoted passage ("“…,” recalled Cunningham", "“…,” Cunningham
    recalled last week."): what it reports is the quote, not a clause after it."""
    if follows_quote(tokens, i):
        return True
    closes = i + 1 >= len(tokens) or tokens[i + 1].low in _CLOSING
    return closes and any(t.is_mask for t in tokens[max(0, i - 6) : i])


def _clause_start(tokens: list[Token], k: int) -> int:
    """Where the sentence piece holding tokens[k] starts: after a quote or a hard boundary."""
    n = k
    while n > 0 and k - n < 60 and not tokens[n - 1].is_mask and tokens[n - 1].text not in _HARD_BOUNDARIES:
        n -= 1
    return n


def _attribution_at(
    tokens: list[Token], i: int, verb: str, verb_end_index: int, sentence_index: int
) -> Attribution | None:
    """The speakers of the speech verb at tokens[i]: before it ("Whitfield said", "X met the unions
    and said"), or after it when it opens a sentence or follows a quote or comma ("…," said Whitfield)."""
    n = len(tokens)
    tok = tokens[i]
    low = tok.low
    lo = max(0, i - 60)
    for j in range(i - 1, lo - 1, -1):
        t = tokens[j]
        if t.is_mask or t.text in _HARD_BOUNDARIES:
            lo = j + 1
            break
    if lo == i and (name_end := dashed_role_before(tokens, i - 1, max(0, i - 60))) >= 0:
        # "Jo Bell – chairman of the ward committee – said": the subject stands before the dashes
        lo = _clause_start(tokens, name_end)
        k, ok = name_end, True
    else:
        k, ok = _skip_left(tokens, i - 1, lo, verb)
    verb_start = tok.start
    verb_end = tokens[verb_end_index - 1].end
    speakers = _speakers_before(tokens, i, k, lo, verb) if ok else []
    order = Order.SPEAKER_FIRST
    framed = low not in INVERTIBLE and quote_then_verb(tokens, i)
    if not speakers and (low in INVERTIBLE or framed) and low != "told" and tok.text.islower():
        # inversion: after a quote, a comma or at the start of the sentence
        before = tokens[i - 1] if i - 1 >= 0 else None
        if before is None or before.is_mask or before.text in (",", ":"):
            speaker = _subject_right(tokens, verb_end_index, n, 0)
            if (
                speaker is not None
                and not _subject_of_next_verb(tokens, speaker, n)
                and (not framed or speaker_closes(tokens, speaker.end, _CLOSING))
            ):
                speakers = [speaker]
                order = Order.VERB_FIRST
    if not speakers or (
        order is Order.SPEAKER_FIRST and _said_as_object(tokens, speakers[0], lo, verb_end_index)
    ):
        return None
    if (
        order is Order.SPEAKER_FIRST
        and speakers[-1].kind == "name"
        and speakers[-1].name is not None
        and not speakers[-1].name.evidence
        and verb_end_index < n
        and tokens[verb_end_index].low in ("it", "its")
    ):
        # "Goldman Sachs said it expects …": a name that speaks of itself as "it" is a firm
        speakers[-1] = Speaker("org", speakers[-1].text, speakers[-1].start, speakers[-1].end)
    listener_end = -1
    if verb in LISTENER_VERBS and order is Order.SPEAKER_FIRST:
        listener_end = _listener_end(tokens, verb_end_index, n)
    first = min(s.start for s in speakers)
    last = max(s.end for s in speakers)
    return Attribution(
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


def _said_as_object(tokens: list[Token], speaker: Speaker, lo: int, after: int) -> bool:
    """ "Bell said what Moyo said is unfair", "regretted what he had said about the town": "what X
    said" as the object of another's speech verb, before the verb it is the subject of, or followed by
    a preposition or a circumstance ("about", "while", "when") or by the clause's end, is a thing
    someone else speaks of, not X reporting the words after it, and X is no subject a later "he"/"she"
    means. Not "what he said voters “expect”", "what he called “pathetic” laws", "what she described
    as …", "what his parents told him: “…”", nor "adapt to what she said is growing demand", whose
    words are X's."""
    k = _index_at(tokens, speaker.start) - 1
    if k < lo or tokens[k].low not in _FREE_RELATIVES:
        return False
    if after < len(tokens) and tokens[after].low in _OBJECT_PRONOUNS:
        after += 1  # "what Moyo told him while …": past the listener
    if after >= len(tokens):
        return True
    nxt = tokens[after]
    if not nxt.is_word:
        return not nxt.is_mask and nxt.text != ":"
    if nxt.low in _BE:
        return k - 1 >= lo and tokens[k - 1].low in SPEECH_VERBS
    return nxt.low in _CIRCUMSTANCES or (tag_of(nxt.low) == "IN" and nxt.low not in ("that", "as"))


_FREE_RELATIVES = frozenset({"what", "whatever"})
_CIRCUMSTANCES = frozenset({"when", "where"})


def _speakers_before(tokens: list[Token], i: int, k: int, lo: int, verb: str) -> list[Speaker]:
    """The subject before the speech verb at tokens[i] (tokens[k] its last word, past any adverbs and
    auxiliaries), or none when the verb may be a plural noun ("calls", "figures") or is one the word
    lists do not hold, and the subject is not one that speaks."""
    low = tokens[i].low
    speakers = _subject_left(tokens, k, lo, 0)
    if not speakers and k >= lo and tokens[k].low in ("and", "but") and _keeps_subject(tokens, i, low):
        speakers = _conjunct_subject(tokens, k, lo, verb)
    if speakers and low in _AMBIGUOUS_S and speakers[-1].kind not in ("name", "pronoun", "org"):
        return []
    if speakers and low in _AMBIGUOUS_S and k >= lo and tag_of(tokens[k].text)[:2] in ("JJ", "DT", "CD"):
        return []  # "all new projects in …", "three calls": a plural noun after its adjective
    if speakers and low in _AMBIGUOUS_S and _noun_compound(tokens, speakers[-1], lo):
        return []  # "rejected Fianna Fáil claims he is …", "Anwar's claims": a name before a plural noun
    # that_clause.py and topic_verbs.py find verbs the lists do not hold: only for a named speaker
    # stance_that.py's "was adamant that" too: a stance is a person's
    named_only = (
        verb in _NAMED_ONLY
        or (verb == low and low not in SPEECH_VERBS)
        or low in TOPIC_VERBS
        or low in FRAME_HEADS
        or low in BE_FORMS
    )
    if speakers and named_only and speakers[-1].kind not in ("name", "pronoun", "group", "desc"):
        return []
    if speakers and low in DIRECTIVE_VERBS and not asks_as_person(speakers[-1]):
        return []  # "Morgan Stanley advised investors to …": a firm's advice, no one's speech
    if speakers and _object_for_person(tokens, i) and not _person_speaks(tokens, speakers[-1], lo):
        return []  # "Harbour Motors recalled its vans": only a person recalls what was said
    if speakers and noun_like_verb(low) and not clear_person(tokens, speakers[-1], lo):
        return []  # "Census figures that …", "some Clinton allies that …": a plural noun after a name
    return speakers


def _noun_compound(tokens: list[Token], speaker: Speaker, lo: int) -> bool:
    """A name that modifies the plural noun after it rather than being its subject: a possessive
    ("Anwar's claims"), or a name standing where an object does, after a verb or preposition
    ("rejected Fianna Fáil claims that …", "amid Reuters reports")."""
    if speaker.name is not None and speaker.name.possessive:
        return True
    k = _index_at(tokens, speaker.start) - 1
    if k < lo or not tokens[k].is_word or tokens[k].low in _CLAUSE_OPENERS:
        return False
    return tag_of(tokens[k].low)[:2] in ("VB", "IN", "TO", "PO") or tokens[k].low in ("'s", "’s")


def _object_follows(tokens: list[Token], i: int, verb: str) -> bool:
    """A person_object verb with a noun phrase after it ("recalled the long winter"): what it reports."""
    return verb in _PERSON_OBJECT and i + 1 < len(tokens) and opens_object(tokens[i + 1])


def _object_for_person(tokens: list[Token], i: int) -> bool:
    """The verb at tokens[i] reports its object, not a clause or a quote ("recalled the long winter";
    not "“…,” Ban recalled", "…, the source recalled, adding …")."""
    return (
        _object_follows(tokens, i, tokens[i].low)
        and not _clause_follows(tokens, i + 1, len(tokens))
        and not _after_quote(tokens, i)
    )


def _person_speaks(tokens: list[Token], speaker: Speaker, lo: int) -> bool:
    """A pronoun, a whole name, or a name with a sign of a person beside it."""
    if clear_person(tokens, speaker, lo):
        return True
    return speaker.kind == "name" and speaker.name is not None and speaker.name.evidence


def _subject_of_next_verb(tokens: list[Token], speaker: Speaker, n: int) -> bool:
    """ ", said it also has observed …", ", argued the court ruling forces …": the words after the verb
    are the subject of the reported clause, not an inverted speaker (", said Wu on Monday")."""
    j = _index_at(tokens, speaker.end)
    while j < n and tokens[j].is_word and tokens[j].text.islower() and tag_of(tokens[j].low) == "RB":
        j += 1  # "said it also has"
    if j >= n or not tokens[j].is_word or not tokens[j].text.islower():
        return False
    tag = tag_of(tokens[j].low)
    if tag in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return speaker.kind != "name" and tag in ("NN", "NNS")  # "the court | ruling forces"
