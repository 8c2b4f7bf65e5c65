"""Analysis time per article at 1k, 10k and 100k words, beside sumy LexRank/TextRank and plain TextBlob.

Run: `.venv/bin/python -m bench.analysis [--runs N] [--sizes 1000,10000,100000]`
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from textblob.en.sentiments import PatternAnalyzer

from bot.analysis import analyze, normalize_text, split_sentences
from bot.analysis.text import words

from .corpus import article


class _Tokenizer:
    """sumy needs a tokenizer; NLTK's punkt is not available offline, so use ours."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.text for s in split_sentences(paragraph)]

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)


def _sumy(summarizer_name: str) -> Callable[[str], object]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    cls = LexRankSummarizer if summarizer_name == "lexrank" else TextRankSummarizer
    tokenizer = _Tokenizer()

    def run(text: str) -> object:
        sentences = split_sentences(normalize_text(text))
        doc = ObjectDocumentModel([Paragraph([Sentence(s.text, tokenizer) for s in sentences])])
        return cls(Stemmer("english"))(doc, 3)

    return run


def _textblob_sentiment(text: str) -> object:
    return PatternAnalyzer().analyze(text)


def median_time(func: Callable[[str], object], text: str, runs: int) -> float:
    func(text)  # warm caches (lexicons, regexes) so the figure is the steady-state cost
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-sumy", action="store_true", help="skip sumy (slow at 100k words)")
    parser.add_argument(
        "--sumy-max-words",
        type=int,
        default=10_000,
        help="skip sumy above this size (LexRank/TextRank build an n² sentence graph: 100k words takes hours)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    contenders: list[tuple[str, Callable[[str], object]]] = [
        ("newsdesk analyze (all)", lambda t: analyze(t)),
        ("textblob sentiment only", _textblob_sentiment),
    ]
    if not args.no_sumy:
        contenders += [
            ("sumy LexRank (summary)", _sumy("lexrank")),
            ("sumy TextRank (summary)", _sumy("textrank")),
        ]
    results: dict[str, list[float]] = {name: [] for name, _ in contenders}
    for size in sizes:
        text = article(size, seed=size)
        for name, func in contenders:
            runs = args.runs if size <= 10_000 else max(1, args.runs // 2)
            if name.startswith("sumy") and size > args.sumy_max_words:
                results[name].append(float("nan"))
                continue
            results[name].append(median_time(func, text, runs))
    header = f"{'median seconds':<26}" + "".join(f"{f'{s:,} words':>14}" for s in sizes)
    print(header)
    for name, values in results.items():
        print(f"{name:<26}" + "".join(f"{v:14.4f}" for v in values))
    ours = results["newsdesk analyze (all)"]
    if len(sizes) > 1:
        growth = [ours[i + 1] / ours[i] / (sizes[i + 1] / sizes[i]) for i in range(len(sizes) - 1)]
        print("growth vs linear (1.0 = linear): " + ", ".join(f"{g:.2f}" for g in growth))
    for name, values in results.items():
        if name != "newsdesk analyze (all)":
            print(
                f"ratio newsdesk / {name}: "
                + ", ".join(f"{o / v:.1f}x" for o, v in zip(ours, values, strict=True))
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
