"""Summary quality: ROUGE-1/2/L of Newsdesk's default summary (as /summary and `newsdesk analyze` show
it: the best sentences up to a word budget set by the article's length) beside lead-3, TextRank and LexRank (three sentences each).

Sets: the CNN/DailyMail dev articles in ../shared/benchmarks/cnndm/dev.jsonl (read here only, never
copied into the repository), and any of the project's eval sets given by path. Records need `text` and
`summary`; a record whose "split" is "blind" is scored, never printed.

Run: `.venv/bin/python -m eval.summaries [PATH ...] [--no-graph]` (default: cnndm dev, eval/dev.jsonl)
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer

from bench.analysis import _Tokenizer
from bot.analysis import analyze, normalize_text, split_sentences

HERE = Path(__file__).resolve().parent
# ../shared beside the checkout (a worktree may sit one level deeper): the nearest one up the tree.
SHARED_CANDIDATES = [parent / "shared" / "benchmarks" / "cnndm" / "dev.jsonl" for parent in HERE.parents]
METRICS = ("rouge1", "rouge2", "rougeL")


def cnndm_path() -> Path | None:
    return next((p for p in SHARED_CANDIDATES if p.exists()), None)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _body(text: str) -> list[str]:
    return [s.text for s in split_sentences(normalize_text(text)) if not s.is_heading]


def newsdesk(record: dict[str, Any]) -> str:
    return " ".join(analyze(record["text"], title=record.get("title")).summary.sentences)


def lead3(record: dict[str, Any]) -> str:
    return " ".join(_body(record["text"])[:3])


def graph(name: str) -> Callable[[dict[str, Any]], str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    summarizer = (LexRankSummarizer if name == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    tokenizer = _Tokenizer()

    def run(record: dict[str, Any]) -> str:
        body = _body(record["text"])
        doc = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in body])])
        return " ".join(str(s) for s in summarizer(doc, 3))

    return run


def score_set(
    records: list[dict[str, Any]], systems: dict[str, Callable[[dict[str, Any]], str]]
) -> dict[str, dict[str, float]]:
    """Mean ROUGE F per system and metric, and for each system the articles where ROUGE-2 < lead-3."""
    rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    per: dict[str, dict[str, list[float]]] = {name: {m: [] for m in METRICS} for name in systems}
    for record in records:
        for name, system in systems.items():
            scores = rouge.score(record["summary"], system(record))
            for metric in METRICS:
                per[name][metric].append(scores[metric].fmeasure)
    out: dict[str, dict[str, float]] = {}
    for name, values in per.items():
        out[name] = {m: statistics.fmean(v) for m, v in values.items()}
        if name != "lead-3" and "lead-3" in per:
            out[name]["below_lead3"] = sum(
                a < b for a, b in zip(values["rouge2"], per["lead-3"]["rouge2"], strict=True)
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "paths", nargs="*", help="JSONL sets; PATH:SPLIT scores one split (e.g. eval/real.jsonl:dev)"
    )
    parser.add_argument("--no-graph", action="store_true", help="skip TextRank and LexRank")
    parser.add_argument("--cnndm", help="the cnndm dev set (default: shared/benchmarks up the tree)")
    args = parser.parse_args(argv)
    specs = args.paths or [
        f"{HERE / 'real.jsonl'}:dev",
        f"{HERE / 'real.jsonl'}:blind",
        str(HERE / "dev.jsonl"),
    ]
    sets: list[tuple[str, Path, str | None]] = []
    if not args.paths:
        found = Path(args.cnndm) if args.cnndm and Path(args.cnndm).exists() else cnndm_path()
        if found is None:
            print("cnndm dev set not found (../shared/benchmarks/cnndm/dev.jsonl): left out")
        else:
            sets.append(("cnndm dev", found, None))
    for spec in specs:
        path, _, split = spec.partition(":")
        sets.append((f"{Path(path).stem}{' ' + split if split else ''}", Path(path), split or None))
    systems: dict[str, Callable[[dict[str, Any]], str]] = {"newsdesk": newsdesk, "lead-3": lead3}
    if not args.no_graph:
        systems["TextRank"] = graph("textrank")
        systems["LexRank"] = graph("lexrank")
    for label, path, split in sets:
        if not path.exists():
            print(f"{label}: {path} not found")
            continue
        records = [r for r in load(path) if r.get("summary") and (split is None or r.get("split") == split)]
        result = score_set(records, systems)
        print(f"{label}: {len(records)} articles")
        print(f"  {'system':<10}{'R-1':>8}{'R-2':>8}{'R-L':>8}  R-2 below lead-3")
        for name, figures in result.items():
            below = f"{int(figures['below_lead3'])}" if "below_lead3" in figures else ""
            print(
                f"  {name:<10}{figures['rouge1']:8.3f}{figures['rouge2']:8.3f}{figures['rougeL']:8.3f}  {below}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
