"""British spellings of the lexicon's American words. The Brill lexicon was built from American news,
so "defence", "organisation", "criticised" or "centre" were unknown words there: a capitalised one read
as a name ("Minister of Justice Defence and Security" gave a person "Defence"), and a verb in -ised
had no tag. Each regular difference gives the British form the American word's tag; a form that is a
word of its own already keeps its own tag."""

from __future__ import annotations

import re

# -ize/-yze and their forms: "organize", "organization", "criticized", "analyzing"
_IZE = re.compile(r"(?<=[a-z]{2})(i|y)z(e|es|ed|ing|er|ers|ation|ations|ational)$")
# -or that British writes -our: "honor", "neighboring", "favorite", "laborers"; not an agent noun
# in -ator, -ctor, -itor, -ssor (no British "actour")
_OUR = re.compile(r"(?<=[a-z]{2})(?<!at|ct|it|ss)or(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|hood)?$")
# -er that British writes -re: "center", "theaters", "kilometer", "fiber"
_RE = re.compile(r"(cent|theat|met|lit|fib|calib|spect|lust|sab|somb|meag)er(s|ed)?$")
# -ense that British writes -ence: "defense", "offense", "license", "pretense"
_ENCE = re.compile(r"(?<=[a-z]{3})ense(s)?$")
# -og and -am that British writes -ogue and -amme: "catalog", "dialogs", "program"
_WHOLE = {"program": "programme", "programs": "programmes", "catalog": "catalogue", "dialog": "dialogue"}


def _forms(word: str) -> list[str]:
    out = []
    if (m := _IZE.search(word)) is not None:
        out.append(word[: m.start()] + m.group(1) + "s" + m.group(2))
    if (m := _OUR.search(word)) is not None:
        out.append(word[: m.start()] + "our" + (m.group(1) or ""))
    if (m := _RE.search(word)) is not None:
        out.append(word[: m.start()] + m.group(1) + "re" + (m.group(2) or "").replace("ed", "d"))
    if (m := _ENCE.search(word)) is not None:
        out.append(word[: m.start()] + "ence" + (m.group(1) or ""))
    if word in _WHOLE:
        out.append(_WHOLE[word])
    return out


def british_forms(lexicon: dict[str, str]) -> dict[str, str]:
    """British form -> the tag of its American word, for forms the lexicon does not hold."""
    found: dict[str, str] = {}
    for word, tag in lexicon.items():
        for form in _forms(word):
            if form not in lexicon:
                found.setdefault(form, tag)
    return found
