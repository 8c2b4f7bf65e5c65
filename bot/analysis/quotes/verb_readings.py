"""Readings of the words around a speech verb that decide whether it attributes speech at all, kept
apart from attribution.py, which asks them:

- a discourse word and its comma between subject and verb ("He however, said …") leave the subject;
- a said-like verb before a counted object is no speech ("added 10 points", "wrote two books");
- a present form the lexicon reads as a plural noun ("estimates", "figures"), found as a verb only by
  the "that" clause after it, needs a clear person as its subject ("Ana Ruiz estimates that …", not
  "Census figures that …");
- a capitalised "Said" after a given name is the Arabic surname ("Omar Said, the minister, …").
"""

from __future__ import annotations

from ..wordlists import word_set
from .names import is_first_name, is_function_word, tag_of
from .speech_tokens import Speaker, Token, _index_at
from .speech_verbs import SPEECH_VERBS
from .topic_verbs import TOPIC_VERBS

_ASIDE_WORDS = word_set("aside_words")
# said-like verbs that also take a counted object: "added 10 points", "wrote two books"
_COUNTED_OBJECT = word_set("speech_verbs", "counted_object")
_COUNT_OPENERS = frozenset({"a", "another"})
_COUNT_WORDS = frozenset({"further", "total"})  # "added a further 40 stores"


def aside_before_verb(tokens: list[Token], k: int, lo: int) -> bool:
    """tokens[k] is the comma of "He however, said" or "Smith meanwhile, told": a lower-case discourse
    word alone before it and a word (the subject) before that. "Smith, however, said" (an aside between
    two commas) is left to the comma pieces of speaker_before.py."""
    return (
        tokens[k].text == ","
        and k - 2 >= lo
        and tokens[k - 1].text.islower()
        and tokens[k - 1].low in _ASIDE_WORDS
        and tokens[k - 2].is_word
    )


def counted_object(verb: str, tokens: list[Token], j: int) -> bool:
    """The verb takes a counted object at tokens[j] ("added 10 points", "added a further 3%"): the
    caller checks that no clause follows ("added 10 players were injured" is speech)."""
    if verb not in _COUNTED_OBJECT:
        return False
    n = len(tokens)
    if j + 1 < n and tokens[j].low in _COUNT_OPENERS and tokens[j + 1].low in _COUNT_WORDS:
        j += 2
    return j < n and tokens[j].is_word and (tokens[j].text[0].isdigit() or tag_of(tokens[j].low) == "CD")


def noun_like_verb(low: str) -> bool:
    """A present form the lexicon reads as a plural noun, found as a verb only by the "that" clause after
    it (that_clause.py): "estimates that", "figures that"."""
    return tag_of(low) == "NNS" and low not in SPEECH_VERBS and low not in TOPIC_VERBS


def clear_person(tokens: list[Token], speaker: Speaker, lo: int) -> bool:
    """A pronoun, or a whole name as a subject ("Ana Ruiz estimates"): not a possessive ("Ruiz's
    estimates"), not after a determiner or adjective ("some Clinton allies")."""
    if speaker.kind == "pronoun":
        return True
    name = speaker.name
    if speaker.kind != "name" or name is None or len(name.name) < 2 or name.possessive:
        return False
    k = _index_at(tokens, speaker.start) - 1
    return k < lo or tag_of(tokens[k].low)[:2] not in ("DT", "JJ", "CD", "PR")


def surname_said(tokens: list[Token], i: int) -> bool:
    """ "Omar Said, the minister, …", "Omar Said is based in …": a capitalised "Said" right after a
    given name, in a sentence with words in lower case (not a headline in capitals: "Omar Said He
    Would Run"), is the surname, not the verb."""
    return (
        tokens[i].text == "Said"
        and i >= 1
        and tokens[i - 1].is_cap
        and is_first_name(tokens[i - 1].text)
        and any(t.is_word and t.text.islower() and not is_function_word(t.text) for t in tokens[i + 1 :])
    )
