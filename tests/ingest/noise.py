"""Seeded random byte strings shaped like the inputs charset detection is weakest on."""

from __future__ import annotations

import random
from collections.abc import Callable

from bot.errors import InputError
from bot.ingest.decode import decode_bytes

Generator = Callable[[random.Random, int], bytes]


def _pairs(lead: tuple[int, int], trail: tuple[int, int]) -> Generator:
    """Lead and trail bytes in a double-byte code page's ranges: every pair decodes to something."""

    def generate(rng: random.Random, length: int) -> bytes:
        out = bytearray()
        while len(out) < length:
            out += bytes((rng.randint(*lead), rng.randint(*trail)))
        return bytes(out[:length])

    return generate


def _words(rng: random.Random, length: int) -> bytes:
    """High bytes in word-sized groups with spaces and punctuation, like text in a single-byte code page."""
    out = bytearray()
    while len(out) < length:
        out += bytes(rng.randrange(128, 256) for _ in range(rng.randrange(2, 9)))
        out += rng.choice([b" ", b" ", b" ", b", ", b". "])
    return bytes(out[:length])


_PRINTABLE_OR_HIGH = [9, 10, 13, *range(32, 127), *range(128, 256)]

KINDS: dict[str, Generator] = {
    "uniform": lambda rng, n: rng.randbytes(n),
    "no NUL": lambda rng, n: bytes(rng.randrange(1, 256) for _ in range(n)),
    "high bytes": lambda rng, n: bytes(rng.randrange(128, 256) for _ in range(n)),
    "printable or high": lambda rng, n: bytes(rng.choice(_PRINTABLE_OR_HIGH) for _ in range(n)),
    "high-byte words": _words,
    "Shift_JIS-shaped pairs": _pairs((0x81, 0x9F), (0x40, 0xFC)),
    "GBK-shaped pairs": _pairs((0x81, 0xFE), (0x40, 0xFE)),
    "EUC-shaped pairs": _pairs((0xA1, 0xFE), (0xA1, 0xFE)),
}


def noise(kind: str, seed: int, length: int) -> bytes:
    return KINDS[kind](random.Random(f"{kind}/{seed}"), length)


def accepted(data: bytes) -> str | None:
    """The decoded text when `data` is accepted; None when refused in one sentence. Anything other
    than an InputError propagates, so a traceback fails the calling test."""
    try:
        return decode_bytes(data, "noise.txt")
    except InputError as exc:
        message = str(exc)
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message, message
        return None
