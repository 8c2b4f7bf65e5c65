"""Does a guessed decoding read as writing? Charset detection finds *some* code page in which random
bytes decode without error (as CJK, Hangul or Cyrillic nonsense), so a guess is only kept when the
characters it produced look like text.

Only non-ASCII characters are judged: ASCII decodes alike in every candidate encoding, so it says
nothing about the guess. Each judged character is ordinary or odd, and a decoding is refused when more
than a tenth are odd. Real news prose has next to none (a rare character in a name); random bytes have
mostly odd ones:

- CJK: a random ideograph is one of the 7,174 that national standards list as frequent (GB 2312 level 1,
  Big5 "frequently used", JIS X 0208 level 1) about one time in three, yet those cover well over 99 % of
  modern Chinese and Japanese text. Likewise the 2,350 syllables of KS X 1001 cover nearly all Korean,
  and a random one of the 11,172 syllables is among them one time in five.
- Alphabets: random bytes in a single-byte code page make words whose letters change case at random
  ("кБДШЮёЯь"), carry symbols inside words ("zatwierdzi³a") and symbols prose never uses (box drawing).
- Any script: letters of several writing systems in one word or one text, one letter three times in a
  row, presentation forms and other display variants, control, private-use and unassigned code points.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

MAX_ODD_SHARE = 0.1
SAMPLE_CHARS = 65536
# Invisible formatting characters that real text does carry.
_HARMLESS_FORMAT = set("\u00ad\u200b\u200c\u200d\u200e\u200f\ufeff")
# Symbol blocks that prose uses: Latin-1, general punctuation, super/subscripts, currency, letterlike
# (№ ™), arrows, geometric shapes and misc symbols (● ★ in CJK lists), CJK symbols, enclosed CJK (㈱),
# CJK units (㎞) and full-width forms. Box drawing, block elements and mathematical operators are what
# random bytes in DOS code pages look like.
_PROSE_SYMBOL_BLOCKS = (
    (0x00A0, 0x00FF),
    (0x2000, 0x215F),
    (0x2190, 0x21FF),
    (0x25A0, 0x26FF),
    (0x3000, 0x303F),
    (0x3200, 0x33FF),
    (0xFF00, 0xFFEF),
)
_MINUS = "\u2212"
_SYMBOLS_AND_FIGURES = {"Sm", "Sc", "Sk", "So", "No"}  # not digits: "２０２４年" is fine
# Letter variants for display or old terminals, not typed as text: Arabic presentation forms,
# half-width Hangul, circled, small and mathematical letters.
_DISPLAY_FORMS = (
    "<isolated>",
    "<initial>",
    "<medial>",
    "<final>",
    "<narrow>",
    "<circle>",
    "<small>",
    "<font>",
)
_HALFWIDTH_KANA = "HALFWIDTH KATAKANA"
# Writing systems that share words: kanji with kana (one family, "CJK"), Hanja with Hangul particles,
# full-width Latin and half-width katakana with CJK; and ASCII Latin (names, brands) with any.
_WORD_PARTNERS = {
    "CJK": {"HANGUL", "FULLWIDTH", _HALFWIDTH_KANA},
    _HALFWIDTH_KANA: {"CJK"},
    "HANGUL": {"CJK", "FULLWIDTH"},
    "FULLWIDTH": {"CJK", "HANGUL"},
}
# Writing systems welcome in a text written in another: Korean prose has some Hanja, CJK prose some
# full-width Latin, and anything some Latin. (Chinese and Japanese prose have no Hangul.)
_GUESTS = {"HANGUL": {"CJK", "FULLWIDTH"}, "CJK": {"FULLWIDTH"}}


def _two_byte_code(char: str, encoding: str) -> int:
    try:
        encoded = char.encode(encoding)
    except UnicodeEncodeError:
        return 0
    return int.from_bytes(encoded, "big") if len(encoded) == 2 else 0


def _frequent_ideograph(char: str) -> bool:
    """Among the frequent ideographs of GB 2312 (level 1), Big5 (frequently used) or JIS X 0208
    (level 1): the byte ranges each standard reserves for its most common characters."""
    return (
        0xB0A1 <= _two_byte_code(char, "gb2312") <= 0xD7FE
        or 0xA440 <= _two_byte_code(char, "big5") <= 0xC67E
        or 0x889F <= _two_byte_code(char, "shift_jis") <= 0x9872
    )


@lru_cache(maxsize=1 << 16)
def _family(char: str) -> str | None:
    """The writing system of a letter or combining mark from its Unicode name ("CYRILLIC SMALL LETTER
    A" → "CYRILLIC"; kanji and full-width kana are one family, "CJK"); "" for a generic combining
    accent; None for a letter that prose does not use (rare ideographs, display forms)."""
    name = unicodedata.name(char, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return _HALFWIDTH_KANA
    if unicodedata.decomposition(char).startswith(_DISPLAY_FORMS):
        return None
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "IDEOGRAPHIC"):
        return None if name.startswith("CJK") and not _frequent_ideograph(char) else "CJK"
    if first == "HANGUL":
        # Syllables of KS X 1001 (which EUC-KR encodes); lone jamo ("ㄻ") are not prose.
        return "HANGUL" if name.startswith("HANGUL SYLLABLE") and _two_byte_code(char, "euc_kr") else None
    if first == "COMBINING":
        return ""
    return first or None


@lru_cache(maxsize=1 << 16)
def _ordinary_non_letter(char: str) -> bool:
    category = unicodedata.category(char)
    if category[0] in "PNZ" or category == "Sc":
        return True
    if category[0] == "S":
        code = ord(char)
        return char == _MINUS or any(low <= code <= high for low, high in _PROSE_SYMBOL_BLOCKS)
    return category == "Cf" and char in _HARMLESS_FORMAT


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _usual_case(letters: str) -> bool:
    """lower, Capitalised or UPPER, as words are written; uncased scripts always pass."""
    cased = [c for c in letters if c.islower() or c.isupper()]
    return not cased or all(c.islower() for c in cased[1:]) or all(c.isupper() for c in cased)


def _strangers(one: str, one_family: str, other: str, other_family: str) -> bool:
    """Whether two adjacent letters of one word come from writing systems that never share a word.
    ASCII letters may touch any script ("iPhone을", "使用iPhone"), accented Latin letters may not."""
    if one_family == other_family or other_family in _WORD_PARTNERS.get(one_family, ()):
        return False
    if one_family == "LATIN" or other_family == "LATIN":
        return not (one if one_family == "LATIN" else other).isascii()
    return True


def _judge_word(word: str, families: Counter[str]) -> tuple[int, int]:
    """(judged, odd) for one run of letters and marks; counts the families of its non-ASCII letters."""
    judged = odd = 0
    previous, previous_family = "", ""  # the letter before: marks sit on it, the next letter follows it
    for index, char in enumerate(word):
        family = "LATIN" if char.isascii() else _family(char)
        if not char.isascii():
            judged += 1
            odd += family is None or word[index - 2 : index] == char * 2  # "ΝΝΝ": box drawing misread
        if _is_mark(char):
            # A script's own mark on another script's letter ("k" + Thai phinthu) never happens.
            odd += bool(family and previous_family and family != previous_family)
            continue
        if family and not char.isascii():
            families[family] += 1
        if family and previous_family:
            odd += _strangers(previous, previous_family, char, family)
        previous, previous_family = char, family or ""
    if judged and not _usual_case(word):
        odd = judged
    return judged, min(odd, judged)


def _alphabetic(char: str) -> bool:
    """A letter of a script that separates words by spaces (below the CJK blocks)."""
    return char.isalpha() and char < "\u2e80"


def odd_share(text: str) -> float:
    """The share of odd characters among the judged (non-ASCII, non-space) ones; 0.0 when none."""
    sample = text[:SAMPLE_CHARS]
    families: Counter[str] = Counter()
    judged = odd = 0
    index, end = 0, len(sample)
    while index < end:
        char = sample[index]
        if char.isalpha():
            stop = index + 1
            while stop < end and (sample[stop].isalpha() or _is_mark(sample[stop])):
                stop += 1
            word_judged, word_odd = _judge_word(sample[index:stop], families)
            judged, odd, index = judged + word_judged, odd + word_odd, stop
            continue
        index += 1
        if char.isascii() or char.isspace():
            continue
        judged += 1
        if not _ordinary_non_letter(char):
            odd += 1  # includes combining marks with no letter to sit on
        elif unicodedata.category(char) in _SYMBOLS_AND_FIGURES and _alphabetic(
            sample[index - 2 : index - 1]
        ):
            # A symbol or superscript inside a word ("zatwierdzi³a"). Not between ideographs: CJK
            # writing has no spaces, and "東京～大阪" is fine.
            odd += _alphabetic(sample[index : index + 1])
    odd += _foreign_letters(families, sample)
    return min(odd, judged) / judged if judged else 0.0


def _foreign_letters(families: Counter[str], sample: str) -> int:
    """Letters of writing systems other than the text's own and its guests."""
    # Half-width katakana (JIS X 0201) still turn up in Shift_JIS prose ("ﾃﾞｰﾀｾﾝﾀｰ"), which always has
    # hiragana particles too; on their own they are what stray Shift_JIS bytes look like.
    halfwidth = families.pop(_HALFWIDTH_KANA, 0)
    foreign = halfwidth if halfwidth and not any("\u3041" <= c <= "\u309f" for c in sample) else 0
    if families:
        main = families.most_common(1)[0][0]
        welcome = {main, "LATIN", *_GUESTS.get(main, ())}
        foreign += sum(count for family, count in families.items() if family not in welcome)
    return foreign


def looks_like_text(text: str) -> bool:
    """Whether a decoding guessed by charset detection reads as writing rather than noise."""
    return odd_share(text) <= MAX_ODD_SHARE
