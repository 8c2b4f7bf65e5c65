"""Fit the summary's sentence scorer (bot/analysis/data/summary_model.json) and report cross-validation.

Training data: the CNN/DailyMail articles of ../shared/benchmarks/cnndm/dev.jsonl (read here only; no
text is copied into the repository), plus any sets given with --train (the shipped model adds the `dev`
split of eval/real.jsonl; a blind split is refused). A sentence's label is 1 when a greedy oracle picks it: the up to
three sentences that together best match the outlet's highlights by ROUGE-1 + ROUGE-2. The model is an
L2-regularised logistic regression on standardised features (`bot.analysis.summary_features`), each set
weighted to count as much as any other.

Honest figures: 5-fold cross-validation by article over the pooled sets, reported per set; each fold's summaries come from a model that never
saw those articles, chosen by the product's own selection (`select_summary`).

Run: `.venv/bin/python -m eval.train_summary --train eval/real.jsonl:dev [--write] [--also eval/check.jsonl]`
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from rouge_score import rouge_scorer

from bot.analysis import normalize_text, split_sentences
from bot.analysis.models import Sentence
from bot.analysis.summary import Ranking, SentenceModel, score_sentences, select_summary
from bot.analysis.summary_features import FEATURES, sentence_features

from .summaries import cnndm_path, load

MODEL = Path(__file__).resolve().parent.parent / "bot" / "analysis" / "data" / "summary_model.json"
FOLDS = 5
ORACLE_SENTENCES = 3

Article = tuple[list[Sentence], list[list[float]], list[int], str, list[float]]


def oracle(body: list[str], reference: str, scorer: rouge_scorer.RougeScorer) -> list[int]:
    """Greedy: add the sentence that most raises ROUGE-1 + ROUGE-2 F of the chosen set; stop when none does."""
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < ORACLE_SENTENCES:
        gains = []
        for i in range(len(body)):
            if i in chosen:
                continue
            text = " ".join(body[j] for j in sorted([*chosen, i]))
            s = scorer.score(reference, text)
            gains.append((s["rouge1"].fmeasure + s["rouge2"].fmeasure, i))
        if not gains:
            break
        value, index = max(gains)
        if value <= best:
            break
        best = value
        chosen.append(index)
    return chosen


def prepare(records: list[dict[str, Any]]) -> list[Article]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    articles: list[Article] = []
    for record in records:
        sentences = split_sentences(normalize_text(record["text"]))
        vectors = sentence_features(sentences, record.get("title"))
        body = [s for s, v in zip(sentences, vectors, strict=True) if v is not None]
        picked = set(oracle([s.text for s in body], record["summary"], scorer))
        labels = [float(k in picked) for k in range(len(body))]
        features = [v for v in vectors if v is not None]
        articles.append((sentences, features, [s.index for s in body], record["summary"], labels))
    return articles


# How much more each set of real news counts in the fit than CNN/DailyMail's (1 before this round). The
# product summarises real news, whose openings and hand summaries differ from CNN/DailyMail's one-block
# texts and highlights; with 759 real dev articles the real set can carry more weight without drowning
# what CNN/DailyMail teaches. Pooled 5-fold CV x 2 shuffles, l2 30, ROUGE-2 CNN/DailyMail / real dev:
# 1: 0.1937 / 0.1954, 3: 0.1955 / 0.1962, 4: 0.1957 / 0.1963, 5: 0.1951 / 0.1965, 7.6 (every article
# alike): 0.1865 / 0.1970 (CNN/DailyMail below lead-3 + 0.01).
REAL_NEWS_WEIGHT = 4.0
CNNDM = "cnndm dev"


def set_weights(names: list[str]) -> list[float]:
    """A weight per article so that every set counts as much in the fit as any other, whatever its size,
    and then each set but CNN/DailyMail's REAL_NEWS_WEIGHT times that: the real-news set grows each
    round, and unweighted it would drown what CNN/DailyMail's one-block texts teach (pooled 5-fold CV x
    5 shuffles, 156 real dev articles, l2 10: CNN/DailyMail ROUGE-2 0.185 -> 0.188, real dev 0.209 either
    way). The weights are not renormalised, so the real articles' extra weight also loosens the L2
    penalty's hold on them."""
    sizes = Counter(names)
    return [
        len(names) / (len(sizes) * sizes[name]) * (1.0 if name == CNNDM else REAL_NEWS_WEIGHT)
        for name in names
    ]


def fit(articles: list[Article], l2: float, weights: list[float] | None = None) -> SentenceModel:
    """L2-regularised logistic regression, each article's sentences weighted by `weights` (default 1)."""
    x = np.array([v for a in articles for v in a[1]], dtype=float)
    y = np.array([label for a in articles for label in a[4]], dtype=float)
    row_weight = np.array(
        [w for a, w in zip(articles, weights or [1.0] * len(articles), strict=True) for _ in a[1]],
        dtype=float,
    )
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):  # Newton's method: the loss is convex and the data small
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (row_weight * (p - y)) + penalty * w
        hess = (z * (row_weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return SentenceModel(FEATURES, tuple(mean.tolist()), tuple(scale.tolist()), tuple(w.tolist()))


def summarise(article: Article, model: SentenceModel) -> str:
    """The summary the product would show (scores and selection as in bot.analysis.summary)."""
    sentences, features, indices, _, _ = article
    vectors: list[list[float] | None] = [None] * len(sentences)
    for index, vector in zip(indices, features, strict=True):
        vectors[index] = vector
    scores = score_sentences(model, vectors)
    return " ".join(select_summary(sentences, Ranking(scores, [])).sentences)


def lead3(article: Article) -> str:
    sentences, _, indices, _, _ = article
    return " ".join(sentences[i].text for i in indices[:3])


def cross_validate(sets: dict[str, list[Article]], l2: float, seed: int = 0) -> dict[str, dict[str, float]]:
    """Folds over the pooled articles of every set; figures per set, each article scored by a model
    fitted on the other folds."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    pooled = [(name, a) for name, articles in sets.items() for a in articles]
    order = list(range(len(pooled)))
    random.Random(seed).shuffle(order)
    ours: dict[str, list[dict[str, float]]] = {name: [] for name in sets}
    base: dict[str, list[dict[str, float]]] = {name: [] for name in sets}
    for fold in range(FOLDS):
        test = set(order[fold::FOLDS])
        train = [pooled[i] for i in range(len(pooled)) if i not in test]
        model = fit([a for _, a in train], l2, set_weights([name for name, _ in train]))
        for i in sorted(test):
            name, article = pooled[i]
            _score_into([article], model, scorer, ours[name], base[name])
    return {name: _means(ours[name], base[name]) for name in sets}


def score_articles(articles: list[Article], model: SentenceModel) -> dict[str, float]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    ours: list[dict[str, float]] = []
    base: list[dict[str, float]] = []
    _score_into(articles, model, scorer, ours, base)
    return _means(ours, base)


def _score_into(
    articles: list[Article],
    model: SentenceModel,
    scorer: rouge_scorer.RougeScorer,
    ours: list[dict[str, float]],
    base: list[dict[str, float]],
) -> None:
    for article in articles:
        for out, text in ((ours, summarise(article, model)), (base, lead3(article))):
            scores = scorer.score(article[3], text)
            out.append({m: v.fmeasure for m, v in scores.items()})


def _means(ours: list[dict[str, float]], base: list[dict[str, float]]) -> dict[str, float]:
    result = {}
    for name, rows in (("model", ours), ("lead3", base)):
        for metric in ("rouge1", "rouge2", "rougeL"):
            result[f"{name}_{metric}"] = statistics.fmean(r[metric] for r in rows)
    result["wins"] = sum(a["rouge2"] > b["rouge2"] for a, b in zip(ours, base, strict=True))
    result["losses"] = sum(a["rouge2"] < b["rouge2"] for a, b in zip(ours, base, strict=True))
    return result


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    # Pooled 5-fold CV x 5 shuffles, sets weighted (156 real dev articles): l2 10 -> 30 moved ROUGE-2 on
    # CNN/DailyMail 0.1879 -> 0.1885 and real dev 0.2088 -> 0.2094; within the noise, never worse.
    parser.add_argument("--l2", type=float, default=30.0)
    parser.add_argument(
        "--seeds", type=int, default=3, help="repeat the 5-fold split with this many shuffles"
    )
    parser.add_argument("--write", action="store_true", help="fit on all articles and write the model file")
    parser.add_argument(
        "--train",
        nargs="*",
        default=[],
        help="more training sets besides cnndm, as PATH or PATH:SPLIT (never a blind split)",
    )
    parser.add_argument(
        "--also",
        nargs="*",
        default=[],
        help="sets scored by the model fitted on all of cnndm (never trained on)",
    )
    return parser.parse_args(argv)


def _training_sets(cnndm: Path, specs: list[str]) -> dict[str, Any] | str:
    """The prepared training sets by name, or the sentence saying why they cannot be used."""
    sets = {CNNDM: prepare(load(cnndm))}
    for spec in specs:
        name, _, split = spec.partition(":")
        records = [r for r in load(Path(name)) if r.get("summary") and (not split or r.get("split") == split)]
        if any(r.get("split") == "blind" for r in records):
            return "a blind split is scored, never trained on"
        sets[f"{Path(name).stem} {split}".strip()] = prepare(records)
    return sets


def _print_cross_validation(sets: dict[str, Any], l2: float, seeds: int) -> None:
    runs = [cross_validate(sets, l2, seed) for seed in range(seeds)]
    print(f"{FOLDS}-fold CV over the pooled sets x {seeds} shuffles, l2={l2}")
    for name, articles in sets.items():
        print(f"  {name} ({len(articles)} articles)")
        for metric in ("rouge1", "rouge2", "rougeL"):
            ours = statistics.fmean(r[name][f"model_{metric}"] for r in runs)
            base = statistics.fmean(r[name][f"lead3_{metric}"] for r in runs)
            print(f"    {metric:<7} model {ours:.4f}  lead-3 {base:.4f}  ({ours - base:+.4f})")


def _write_model(model: Any, sets: dict[str, Any], l2: float, argv: list[str] | None) -> None:
    data = {
        "about": (
            "Sentence scorer of bot/analysis/summary.py: logistic regression, weights over standardised "
            "features. Fitted by eval/train_summary.py on the 100 CNN/DailyMail test articles of "
            "../shared/benchmarks/cnndm/dev.jsonl (artidoro/frank @ 5860706b; CNN/DM text research-only, "
            "FRANK MIT) and the sets named in 'trained_on'; only these numbers derive from them, no text."
        ),
        "licence": "MIT (the project's); derived numbers only",
        "l2": l2,
        "trained_on": {name: len(articles) for name, articles in sets.items()},
        "command": "python -m eval.train_summary " + " ".join(argv if argv is not None else sys.argv[1:]),
        "features": list(model.features),
        "mean": [round(v, 6) for v in model.mean],
        "scale": [round(v, 6) for v in model.scale],
        "weights": [round(v, 6) for v in model.weights],
    }
    MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL}")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    path = cnndm_path()
    if path is None:
        print("cnndm dev set not found (../shared/benchmarks/cnndm/dev.jsonl)")
        return 1
    sets = _training_sets(path, args.train)
    if isinstance(sets, str):
        print(sets)
        return 1
    _print_cross_validation(sets, args.l2, args.seeds)
    model = fit(
        [a for articles in sets.values() for a in articles],
        args.l2,
        set_weights([name for name, articles in sets.items() for _ in articles]),
    )
    for other in args.also:
        held = prepare([r for r in load(Path(other)) if r.get("summary")])
        figures = score_articles(held, model)
        print(
            f"  {Path(other).stem} (not trained on): ROUGE-2 model {figures['model_rouge2']:.4f}"
            f"  lead-3 {figures['lead3_rouge2']:.4f}  ({figures['model_rouge2'] - figures['lead3_rouge2']:+.4f};"
            f" {len(held)} articles)"
        )
    if args.write:
        _write_model(model, sets, args.l2, argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
