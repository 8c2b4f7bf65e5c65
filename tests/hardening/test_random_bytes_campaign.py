"""1,000 seeded random byte strings of 200 to 5,000 bytes per kind (8,000 in all): none is accepted as
text. Before the plausibility check, 168 of the 1,000 Shift_JIS-shaped ones were (read as UTF-16
without a BOM: Chinese nonsense); the other kinds were already refused by charset detection at these lengths.
`pytest -s` prints the counts; NEWSDESK_HYPOTHESIS_SCALE multiplies them, as for the other campaigns.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.ingest.noise import KINDS, accepted, noise

pytestmark = pytest.mark.slow

STRINGS = max(1, int(1000 * float(os.environ.get("NEWSDESK_HYPOTHESIS_SCALE", "1"))))


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_random_byte_string_of_200_to_5000_bytes_is_accepted(kind: str) -> None:
    lengths = random.Random(kind)
    let_through = {}
    for seed in range(STRINGS):
        length = lengths.randint(200, 5000)
        text = accepted(noise(kind, 1_000_000 + seed, length))
        if text is not None:
            let_through[(seed, length)] = text[:40]
    print(f"{kind}: {len(let_through)} of {STRINGS} accepted")
    assert not let_through
