"""Fit the learned speech-cue reading (bot/analysis/quotes/cue_model.py) (`make train`).

    python -m scripts.train_cue_model [--benchmarks ../shared/benchmarks] [--precision 0.8] [--dry-run]

Examples are the verbs the analysis will ask the model about: in PolNeAR train (networkdynamics/PolNeAR
@ c3eee833, 837 political news articles, cues marked by hand), every lower-case finite verb that no
word list or rule reads as speech (the model off) and before which the rules find a person, a group or
a description as its subject ("Cruz slammed …", "she backed …", "the senator pointed …"). A verb is
positive when it stands in a cue PolNeAR marks as speech (`speech` true), negative otherwise (any other
verb, and cues of belief or intention: "hopes", "wants"). Never PolNeAR dev, a test split or real news.

The articles are split by a fixed hash into five parts; each part is scored by a model fitted on the
other four (the verbs of one article are never split between training and scoring), the
regularisation is chosen by average precision over those held-out scores and the threshold as the
lowest score whose held-out precision is at least --precision (precision first: a wrong attribution is
worse than none). The model written is then fitted on all the articles with that regularisation; the
threshold kept is the held-out one. Prints the held-out precision / recall at a few thresholds. Needs
the dev extra (scikit-learn). Fixed seed; the output is the same on every run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

from bot.analysis import normalize_text, split_sentences
from bot.analysis.quotes import attribution, cue_model
from bot.analysis.quotes.cue_model import MODEL_FILE, candidate, features
from bot.analysis.quotes.document import read_document
from bot.analysis.quotes.speech_tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "analysis" / "data" / MODEL_FILE
C_GRID = (0.1, 0.3, 1.0, 3.0)
MIN_COUNT = 2  # a feature seen in fewer training verbs teaches nothing general
MIN_WEIGHT = 0.01
_PERSON_KINDS = ("name", "pronoun", "group", "desc")

# (article id, features, 1 speech cue / 0 not, verb, whether a list or rule already reads it as speech)
Example = tuple[str, list[str], int, str, bool]


def offset_map(raw: str, norm: str) -> list[int]:
    """For each character of `raw`, where it stands in normalize_text(raw): the normalisation only
    drops or merges characters (blank lines, spaces, control characters, '' as ")."""
    out = [0] * (len(raw) + 1)
    i = j = 0
    while i < len(raw):
        out[i] = j
        if j < len(norm) and raw[i] == norm[j]:
            i += 1
            j += 1
        elif raw[i].isspace() or not raw[i].isprintable():
            i += 1
        elif j < len(norm) and norm[j].isspace():
            j += 1
        else:
            i += 1
            j += 1 if j < len(norm) and not (i < len(raw) and raw[i] == norm[j]) else 0
    out[len(raw)] = j
    return out


def cue_spans(rec: dict) -> list[tuple[int, int, bool]]:
    """Each marked cue's characters in the raw text and whether it is speech: the occurrence of the
    cue's words nearest its source."""
    out = []
    text = rec["text"]
    for a in rec["attributions"]:
        cue = (a.get("cue") or "").strip()
        spans = a.get("source_spans") or []
        if not cue or not spans:
            continue
        anchor = spans[0][0]
        lo = max(0, min(s[0] for s in spans + (a.get("content_spans") or [])) - 300)
        hi = max(s[1] for s in spans + (a.get("content_spans") or [])) + 300
        found = [m.start() for m in re.finditer(re.escape(cue), text[lo:hi])]
        if not found:
            continue
        start = lo + min(found, key=lambda p: abs(lo + p - anchor))
        out.append((start, start + len(cue), bool(a.get("speech"))))
    return out


def article_examples(rec: dict) -> list[Example]:
    """The verbs the model will be asked about in one article, each labelled."""
    text = normalize_text(rec["text"])
    where = offset_map(rec["text"], text)
    cues = [(where[a], where[b], speech) for a, b, speech in cue_spans(rec)]
    doc = read_document(text, split_sentences(text))
    out: list[Example] = []
    for sentence in doc.sentences:
        if sentence.is_heading:
            continue
        tokens = tokenize(doc.masked[sentence.start : sentence.end], sentence.start)
        for i, tok in enumerate(tokens):
            if not candidate(tokens, i):
                continue
            listed = attribution._speech_verb(tokens, i)
            verb, end = listed if listed is not None else (tok.low, i + 1)
            found = attribution._attribution_at(tokens, i, verb, end, sentence.index)
            if found is None or found.speakers[-1].kind not in _PERSON_KINDS:
                continue
            speech = any(a <= tok.start < b and s for a, b, s in cues)
            out.append((rec["id"], features(tokens, i), int(speech), tok.low, listed is not None))
    return out


FOLDS = 5


def fold_of(article_id: str) -> int:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % FOLDS


def held_out_scores(examples: list[Example], c: float) -> np.ndarray:
    """Each verb's score from the model fitted on the other folds' articles."""
    probs = np.zeros(len(examples))
    for fold in range(FOLDS):
        train = [e for e in examples if fold_of(e[0]) != fold]
        where = [k for k, e in enumerate(examples) if fold_of(e[0]) == fold]
        model, vec = fit(train, c, frequent(train))
        probs[where] = predict(model, vec, [examples[k] for k in where])
    return probs


def load(benchmarks: Path) -> list[Example]:
    cue_model.ENABLED = False  # the candidates are what the rules alone leave
    examples: list[Example] = []
    for line in (benchmarks / "polnear" / "train.jsonl").read_text(encoding="utf-8").splitlines():
        examples += article_examples(json.loads(line))
    cue_model.ENABLED = True
    return examples


def fit(examples: list[Example], c: float, keep: set[str]) -> tuple[LogisticRegression, DictVectorizer]:
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1.0 for f in feats if f in keep} for _, feats, _, _, _ in examples])
    y = np.array([e[2] for e in examples])
    model = LogisticRegression(C=c, max_iter=2000, random_state=0)
    model.fit(x, y)
    return model, vec


def predict(model: LogisticRegression, vec: DictVectorizer, examples: list[Example]) -> np.ndarray:
    x = vec.transform([{f: 1.0 for f in feats} for _, feats, _, _, _ in examples])
    return model.predict_proba(x)[:, 1]


def frequent(examples: list[Example]) -> set[str]:
    counts = Counter(f for _, feats, _, _, _ in examples for f in set(feats))
    return {f for f, n in counts.items() if n >= MIN_COUNT}


def choose_threshold(probs: np.ndarray, labels: np.ndarray, precision: float) -> float:
    """The lowest score at which the held-out verbs scored at or above it are right at least
    `precision` of the time (and there are at least ten of them)."""
    best = 1.0
    for t in sorted(set(np.round(probs, 3)), reverse=True):
        chosen = probs >= t
        if chosen.sum() >= 10 and labels[chosen].mean() >= precision:
            best = float(t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    examples = load(args.benchmarks)
    asked = np.array([not e[4] for e in examples])  # the verbs the analysis will ask about
    labels = np.array([e[2] for e in examples])[asked]
    print(
        f"{len(examples)} verbs with a person subject ({sum(e[2] for e in examples)} speech cues) in "
        f"{len({e[0] for e in examples})} articles; {asked.sum()} no list holds ({labels.sum()} speech cues)"
    )
    best_c, best_ap, best_probs = C_GRID[0], -1.0, np.zeros(len(labels))
    for c in C_GRID:
        probs = held_out_scores(examples, c)[asked]
        ap = average_precision_score(labels, probs)
        print(f"C={c}: held-out average precision {ap:.3f}")
        if ap > best_ap:
            best_c, best_ap, best_probs = c, ap, probs
    threshold = choose_threshold(best_probs, labels, args.precision)
    for t in sorted({0.5, 0.6, 0.7, 0.8, threshold}):
        chosen = best_probs >= t
        right = int(labels[chosen].sum())
        print(
            f"threshold {t:.3f}: held-out precision {right / max(1, chosen.sum()):.3f}, "
            f"recall {right / max(1, labels.sum()):.3f} ({right} of {chosen.sum()} verbs)"
        )
    model, vec = fit(examples, best_c, frequent(examples))
    weights = {
        f: float(w)
        for f, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT
    }
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    print(f"C={best_c}, threshold {threshold:.3f}, {len(weights)} weights")
    if args.dry_run:
        return
    lines = [
        "# Weights of the learned speech-cue reading (bot/analysis/quotes/cue_model.py): a logistic regression",
        "# over the words around a verb no list holds. Trained by `python -m scripts.train_cue_model` on",
        "# PolNeAR train's hand-marked cues (networkdynamics/PolNeAR @ c3eee833; licence: none stated,",
        "# research use); only feature names (verb forms, tags, closed-class words) and weights, no text.",
        f"# C={best_c}; threshold chosen for held-out precision >= {args.precision}.",
        f"@threshold\t{threshold:.3f}",
    ]
    lines += [f"{f}\t{w:.4f}" for f, w in sorted(weights.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
