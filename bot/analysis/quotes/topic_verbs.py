"""Speech reported by its topic: "She spoke about the strike", "He talked of leaving the club". A verb
of speaking (data/topic_speech_verbs.txt) followed by "about" or "of" reports what was spoken about;
the rest of the clause is the reported speech. So does a verb with the particle or noun that makes it
speech (data/speech_frames.txt): "She hit out at the ruling", "He pointed to the falling prices", "took
issue with the report". Only a person, a pronoun, a described person or a group speaks so ("talks about
the deal" may be a plural noun), as for the other named-speaker verbs."""

from __future__ import annotations

from ..wordlists import word_list, word_set
from .names import tag_of
from .speech_tokens import Token, opens_object

TOPIC_VERBS = word_set("topic_speech_verbs")
_TOPIC_MARKERS = frozenset({"about", "of"})


def _frames() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word of each frame -> the words that must follow it, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for frame in word_list("speech_frames"):
        head, *rest = frame.split()
        out.setdefault(head, []).append(tuple(rest))
    return {head: tuple(sorted(rests, key=len, reverse=True)) for head, rests in out.items()}


_FRAMES = _frames()
# the verbs that open a frame: like the topic verbs, they speak only with a person as subject
FRAME_HEADS = frozenset(_FRAMES)
FRAMES = frozenset(word_list("speech_frames"))


def frame_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "hit out at" at tokens[i] and the index past it; None when the words after the verb are not
    one of its frames ("hit the target", "pointed the way"), or when no object follows the frame: "X,
    referred to as the best", "whom she referred to in her speech" say nothing of what X said."""
    tok = tokens[i]
    if tok.low not in _FRAMES or not tok.text.islower():
        return None
    for rest in _FRAMES[tok.low]:
        end = i + 1 + len(rest)
        if end < len(tokens) and all(t.low == w for t, w in zip(tokens[i + 1 : end], rest, strict=True)):
            after = tokens[end]
            if after.is_mask or opens_object(after) or tag_of(after.low) in ("", "VBG"):
                return " ".join((tok.low, *rest)), end
            return None
    return None


def topic_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "spoke about" at tokens[i] and the index past "about" (or a frame: "spoke out against"); None
    without "about"/"of" after it."""
    frame = frame_verb(tokens, i)
    if frame is not None:
        return frame
    tok = tokens[i]
    if tok.low not in TOPIC_VERBS or not tok.text.islower():
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].low not in _TOPIC_MARKERS:
        return None
    return f"{tok.low} {tokens[i + 1].low}", i + 2
