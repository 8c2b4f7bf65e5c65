"""Random bytes are refused in one sentence, not decoded as CJK, Hangul or Cyrillic nonsense.
(The 1,000-per-kind campaign is tests/hardening/test_random_bytes_campaign.py.)"""

from __future__ import annotations

import pytest

from bot.errors import InputError
from bot.ingest import from_bytes

from .noise import KINDS, accepted, noise

LENGTHS = (200, 500, 1000, 2000, 5000)
SEEDS = range(20)


@pytest.mark.parametrize("kind", list(KINDS))
def test_random_bytes_of_200_to_5000_are_refused(kind: str) -> None:
    let_through = {
        (seed, length): text[:40]
        for length in LENGTHS
        for seed in SEEDS
        if (text := accepted(noise(kind, seed, length))) is not None
    }
    assert not let_through


@pytest.mark.parametrize("kind", list(KINDS))
def test_random_bytes_of_50_to_200_are_refused(kind: str) -> None:
    let_through = {
        (seed, length): text[:40]
        for length in (50, 80, 120, 199)
        for seed in SEEDS
        if (text := accepted(noise(kind, seed, length))) is not None
    }
    assert len(let_through) <= 1, let_through  # about 1 in 500 of EUC-shaped pairs reads as Thai


def test_the_refusal_says_what_to_do() -> None:
    data = noise("Shift_JIS-shaped pairs", 1, 2000)
    with pytest.raises(InputError) as caught:
        from_bytes(data, "article.txt", max_chars=1_000_000)
    assert str(caught.value) == (
        "article.txt is not text in any encoding Newsdesk can recognise; save it as UTF-8 and send it again."
    )
