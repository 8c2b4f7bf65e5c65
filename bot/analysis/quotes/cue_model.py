"""A learned reading of a verb the word lists do not hold: does it report speech in this sentence?

"She backed the plan, saying it would work" and "She backed the car into the garage" share a verb;
"slammed the decision as reckless" and "slammed the door" too. The lists (data/speech_verbs.txt,
data/cue_verbs.txt) hold a verb when most of its uses report speech; this model reads the words around
one use: the verb's form and stem, the words right after it ("as", "for", "that", an object then "as",
a quote, a colon), whether a clause with its own subject and verb follows, what stands before it (a
pronoun, a capitalised name, an auxiliary, a negation). A logistic regression trained by `python -m
scripts.train_cue_model` (`make train`) on PolNeAR train's hand-marked speech cues (source and licence
in data/README.md); the weights are data/cue_model.tsv. Pure Python: a sum of the weights present.

It only adds cues: attribution.py asks it last, for a lower-case finite verb no list or rule took, and
the speaker found before the verb must then be a person, a group or a description (never a firm or
a document), as for the other verbs the lists do not hold.
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Token
from .speech_verbs import SPEECH_VERBS, _set

MODEL_FILE = "cue_model.tsv"
# off while training collects the verbs the rules alone leave out (scripts/train_cue_model.py)
ENABLED = True
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# decisions and pleas, left out of the derived cues too (scripts/derive_cue_verbs.py): "the judge
# ordered the firm to pay", "pleaded guilty"; orders given in office are no speech (eval/HISTORY.md)
_DECISIONS = _set("ordered orders pleaded pleads pled directed directs instructed instructs tasked tasks")
_NOT_CANDIDATES = (
    _DECISIONS
    | word_set("not_reporting_verbs")
    | word_set("copula_verbs")
    | _set(
        "is are was were be been being am has have had do does did will would can could shall should may "
        "might must get gets got gotten"
    )
)
_PRONOUNS = _set("he she they i we you it who")
_AUXILIARIES = _set("has have had will would could should may might must also did does do")
_NEGATIONS = _set("not never n't no")
# closed-class words kept as themselves in the context features; any other word reads as its tag
_KEPT = _set(
    "that to of for as on about at in with by from over against into after before over the a an his her "
    "their its this these those it him them he she they we i you what how why whether if who which when "
    "and but or not never also up out back down off"
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_REACH = 8
_SUBJECT_TAGS = ("NN", "PRP", "CD")


def _shape(tok: Token) -> str:
    """How a context word reads: a kept closed-class word as itself, a quote as Q, a capitalised word
    as CAP, punctuation as itself, any other word as its lexicon tag."""
    if tok.is_mask:
        return "Q"
    if not tok.is_word:
        return tok.text
    if tok.low in _KEPT:
        return tok.low
    if tok.is_cap:
        return "CAP"
    return tag_of(tok.low) or "UNK"


def stem(low: str) -> str:
    """A rough stem that joins a verb's forms: "slammed", "slams" -> "slam"; "hopes", "hoped" -> "hop"."""
    for ending, keep in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", "")):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            base = low[: len(low) - len(ending)] + keep
            if len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # "slamm" -> "slam"
            return base.rstrip("e")
    return low.rstrip("e")


def _clause_follows(tokens: list[Token], j: int) -> bool:
    """A subject word and a finite verb of its own within a few words: "warned the plan would fail"."""
    subject = False
    for tok in tokens[j : j + _CLAUSE_REACH]:
        if tok.is_mask or tok.text in (".", ";", ":", "?", "!"):
            return False
        tag = tag_of(tok.low) if tok.is_word else ""
        if subject and tag in _FINITE and tok.text.islower():
            return True
        subject = tok.is_word and (tok.is_cap or tag.startswith(_SUBJECT_TAGS))
    return False


def candidate(tokens: list[Token], i: int) -> bool:
    """A lower-case finite verb (or participle) the model may read: not an auxiliary, copula or a verb
    of knowing the hand lists keep out ("found", "showed")."""
    tok = tokens[i]
    return (
        tok.is_word
        and tok.text.islower()
        and tok.low not in _NOT_CANDIDATES
        and tag_of(tok.low) in _VERB_TAGS
        and i >= 1
    )


def features(tokens: list[Token], i: int) -> list[str]:
    """The context features of the verb at tokens[i]."""
    n = len(tokens)
    low = tokens[i].low
    s = stem(low)
    right = [_shape(t) for t in tokens[i + 1 : i + 4]] + ["END"] * 3
    k = i - 1
    while k >= 0 and tokens[k].is_word and (tokens[k].low in _AUXILIARIES or tag_of(tokens[k].low) == "RB"):
        k -= 1
    before = tokens[i - 1].low if tokens[i - 1].is_word else tokens[i - 1].text
    left = "START" if k < 0 else ("PRON" if tokens[k].low in _PRONOUNS else _shape(tokens[k]))
    rest = tokens[i + 1 : i + 12]
    feats = [
        "bias",
        f"w:{low}",
        f"s:{s}",
        f"t:{tag_of(low)}",
        f"r1:{right[0]}",
        f"r12:{right[0]}_{right[1]}",
        f"r123:{right[0]}_{right[1]}_{right[2]}",
        f"l:{left}",
        f"sr1:{s}_{right[0]}",
        f"sr12:{s}_{right[0]}_{right[1]}",
        f"sl:{s}_{left}",
    ]
    if before in _AUXILIARIES:
        feats.append(f"aux:{before}")
    if any(tokens[m].low in _NEGATIONS for m in range(max(0, i - 3), i)):
        feats.append("negated")
    clause = _clause_follows(tokens, i + 1)
    that = next((m for m, t in enumerate(rest[:8]) if t.low == "that"), None)
    if clause:
        feats += ["clause", f"sclause:{s}"]
    if that is not None:
        feats += [f"that:{min(that, 3)}", f"sthat:{s}"]
    for word in ("as", "for", "of", "over", "to", "on", "about"):
        if any(t.low == word for t in rest[:6]):
            feats += [f"has:{word}", f"shas:{s}_{word}"]
    if any(t.is_mask for t in tokens[i + 1 : n]):
        feats += ["quote_after", f"squote:{s}"]
    if any(t.is_mask for t in tokens[:i]):
        feats.append("quote_before")
    if any(t.low in ("saying", "calling", "adding", "arguing") for t in rest):
        feats.append("saying_after")
    noun = _object_noun(rest)
    if noun is not None:
        feats += [f"obj:{noun}", f"sobj:{s}_{noun}"]
    return feats


def _object_noun(rest: list[Token]) -> str | None:
    """The first lower-case noun of the verb's object ("released a statement", "took aim at",
    "gave a speech"), within three words and before any punctuation."""
    for tok in rest[:3]:
        if not tok.is_word:
            return None
        if tok.text.islower() and tag_of(tok.low) in ("NN", "NNS"):
            return tok.low
    return None


@cache
def _weights() -> tuple[dict[str, float], float]:
    weights: dict[str, float] = {}
    threshold = 1.0
    text = resources.files("bot.analysis").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, value = line.split("\t")
        if key == "@threshold":
            threshold = float(value)
        else:
            weights[key] = float(value)
    return weights, threshold


def score(tokens: list[Token], i: int) -> float:
    """The model's probability that the verb at tokens[i] reports speech here."""
    weights, _ = _weights()
    total = sum(weights.get(f, 0.0) for f in features(tokens, i))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


_FRAME_REACH = 5
_CUE_REACH = 7
_SAY_FORMS = _set("say tell promise warn insist claim deny argue add")


def _frames_quote(tokens: list[Token], i: int) -> bool:
    """Quoted words inside the verb's object ("hailed her squad's “fearless” campaign") are framed
    by it, not reported: framing.py gives them to the subject as a quote, whatever the verb."""
    for tok in tokens[i + 1 : i + 1 + _FRAME_REACH]:
        if tok.is_mask:
            return True
        if not tok.is_word:
            return False
    return False


def _listed_verb_follows(tokens: list[Token], i: int) -> bool:
    """A listed speech verb follows within a few words ("went out of her way to promise …", "took to
    the radio to say …"): that verb is the cue, read by the lists and catenatives.py."""
    return any(t.low in SPEECH_VERBS or t.low in _SAY_FORMS for t in tokens[i + 1 : i + 1 + _CUE_REACH])


class LearnedCue(tuple[str, int]):
    """A (verb, index past it) the model read as speech: attribution.py marks its attribution learned."""


def cue_verb(tokens: list[Token], i: int) -> LearnedCue | None:
    """The verb at tokens[i] and the index past it when the model reads it as reporting speech."""
    if not ENABLED or not candidate(tokens, i) or _frames_quote(tokens, i) or _listed_verb_follows(tokens, i):
        return None
    return LearnedCue((tokens[i].low, i + 1)) if score(tokens, i) >= _weights()[1] else None
