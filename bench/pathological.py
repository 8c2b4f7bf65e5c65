"""How the analysis copes with pathological input: runaway sentences and megabyte lines, at growing sizes.

Run: `.venv/bin/python -m bench.pathological`. A ratio near 10 for 10x the input means linear growth.
"""

from __future__ import annotations

import time

from bot.analysis import analyze

UNITS = {
    "said-chain": "Ana Ruiz said prices would rise and ",
    "quote-chain": '"Yes," said Ana Ruiz, an economist at Delmar Bank, and ',
    "inverted-chain": "said Ana Ruiz, ",
    "nested-reported": "He said that she said that ",
    "name-stutter": "Ana Ana Ana Ana Ruiz said ",
    "quote-marks": '" “ ” ',
    "one-long-line": "Officials said the talks would resume. ",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    analyze(text)
    return time.perf_counter() - start


def main() -> int:
    sizes = (400, 4_000)
    print(f"{'input':<18}" + "".join(f"{f'x{n:,}':>12}" for n in sizes) + f"{'growth':>10}")
    for name, unit in UNITS.items():
        small, large = (seconds(unit * n) for n in sizes)
        print(f"{name:<18}{small:12.3f}{large:12.3f}{large / max(small, 1e-9):10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
