"""Appositive subjects written loosely, as real news often writes them.

- an aside in lower case between the name and the verb: "Donald Carter, toothbrush and shaving kit
  in hand, said", "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said";
- an aside that speaks of the subject as "his"/"her" says the subject is a person: "Kazuo Ueda, for
  his part, stressed";
- a degree after the name: "Zhe-Xi Luo, PhD, professor …";
- the role's closing comma left out: "Researcher Zhe-Xi Luo, PhD, professor of biology at the
  University of Chicago stated", "Jo Bell, a spokeswoman for the ministry said";
- a stray comma between the name and the verb: "Union president Manuel Ortega, argued".
"""

from __future__ import annotations

from .names import is_agent_noun, is_role_word, tag_of
from .roles import is_role_modifier
from .speech_tokens import Token, _is_name_token

# words that open a noun phrase naming someone, so a piece they open is no aside
_NP_OPENERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "this", "that", "one", "another"])
_SELF = frozenset(["his", "her", "himself", "herself"])


# degrees and honours written after a name: "Zhe-Xi Luo, PhD,"
_DEGREES = frozenset(
    ["phd", "ph.d", "md", "m.d", "mba", "dphil", "esq", "obe", "mbe", "cbe", "qc", "kc", "rn"]
)


def is_degree(tokens: list[Token], a: int, b: int) -> bool:
    words = "".join(t.text for t in tokens[a:b]).lower().rstrip(".")
    return words in _DEGREES


def _role_like(tok: Token) -> bool:
    return is_role_word(tok.text) or is_role_modifier(tok.text) or is_agent_noun(tok.text)


def lower_aside(tokens: list[Token], a: int, b: int) -> bool:
    """A comma piece in lower case that neither names nor describes anyone: an aside to skip."""
    first = tokens[a]
    if not (first.is_word and first.text.islower()) or first.low in _NP_OPENERS or first.low == "and":
        return False
    if _role_like(first) or any(t.low in ("who", "whom", "whose", "which", "that") for t in tokens[a:b]):
        return False
    if tag_of(first.low)[:2] in ("VB", "MD"):
        return False  # "is projected to …": a clause, not an aside
    return not any(_is_name_token(t) for t in tokens[a : min(b, a + 2)])


def speaks_of_self(tokens: list[Token], a: int, b: int) -> bool:
    """ "for his part", "in her statement": the aside calls the subject "his"/"her"."""
    return any(t.low in _SELF for t in tokens[a:b])


def opens_role(tokens: list[Token], c: int, k: int) -> bool:
    """tokens[c + 1 : k + 1], after the comma at c, reads as a role whose closing comma is missing:
    it opens with a determiner or a lower-case office word and holds no further comma."""
    if c + 1 > k:
        return False
    first = tokens[c + 1]
    if any(t.text == "," for t in tokens[c + 1 : k + 1]):
        return False
    if first.is_word and first.text[:1].isupper() and _office_of(tokens, c + 1, k):
        return True  # "Anna Berg, Chair of the Water Board says": an office in capitals, then its body
    if not first.is_word or not first.text.islower():
        return False
    return first.low in ("a", "an", "the", "his", "her", "their") or _modified_role(tokens[c + 1 : k + 1])


def _office_of(tokens: list[Token], a: int, k: int) -> bool:
    """tokens[a:] is an office written in capitals, up to three words ending in an office word, and
    "of"/"for"/"at" follows it, within the piece that ends at k: "Chair of the …", "Chief Executive
    of …", "Deputy Director for …"; not a name ("Bell of Dover")."""
    for n in range(a, min(a + 3, k)):
        tok = tokens[n]
        if not tok.is_word or not tok.text[:1].isupper():
            return False
        office = is_role_word(tok.low, plural=False)
        if office and tokens[n + 1].low in ("of", "for", "at"):
            return True
        if not (office or is_role_modifier(tok.text)):
            return False
    return False


def _modified_role(words: list[Token]) -> bool:
    """ "site manager for …", "camera-rental company founder": an office word, maybe after up to two
    lower-case nouns or adjectives that modify it."""
    for tok in words[:3]:
        if not tok.is_word or not tok.text.islower():
            return False
        if _role_like(tok):
            return True
        if tag_of(tok.low) not in ("NN", "JJ"):
            return False
    return False


def participle_aside(tokens: list[Token], a: int, b: int) -> bool:
    """A comma piece that opens with a participle and goes on to a name or a noun phrase: an aside
    ("visiting Harbour General Hospital", "leaving the court"), however like a role word the
    participle is ("visiting professor"); not one ending in an office ("acting Harbour Police chief")."""
    first = tokens[a]
    if not (first.text.islower() and first.low.endswith("ing") and tag_of(first.low).startswith("VB")):
        return False
    if a + 1 >= b or not (_is_name_token(tokens[a + 1]) or tokens[a + 1].low in ("the", "a", "an")):
        return False
    words = [t for t in tokens[a + 1 : b] if t.is_word]
    # "acting Harbour Police chief", "visiting Leeds professor": a role after all
    return not (words and is_role_word(words[-1].text) and words[-1].text.islower())
