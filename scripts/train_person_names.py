"""Fit the person-or-organisation name model (bot/analysis/quotes/name_model.py) (`make train`).

    python -m scripts.train_person_names [--benchmarks ../shared/benchmarks] [--dry-run]

Examples are capitalised names with the article they stand in, so the context features read the words
around them as the analysis will:
- people: the labelled speakers and the named non-speakers of PolNeAR train (networkdynamics/PolNeAR @
  c3eee833; names resolved automatically, so silver) and of eval/real.jsonl's dev split (gold);
- organisations: real dev's sources labelled `organization`, and PolNeAR train's hand-marked sources
  that no person was resolved to and that read as a capitalised name ("Citizens Watch", "The Daily
  Herald"), less any sharing a word with a person named in that article (an unresolved surname).
Never the blind split, PolNeAR dev or any test split. The regularisation is chosen by 5-fold
cross-validation grouped by article; printed are its accuracy on all names and precision / recall for
"person" on the names no rule settles (no census first name, no organisation word), at the threshold
the analysis uses. The model written is then fitted on everything. Needs the dev extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from bot.analysis import extract_experts, normalize_text, split_sentences
from bot.analysis.quotes import name_model
from bot.analysis.quotes.name_model import MODEL_FILE, features, may_score
from bot.analysis.quotes.names import is_function_word, is_role_word
from bot.analysis.quotes.person_signs import looks_like_name
from eval.score import names_match

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "analysis" / "data" / MODEL_FILE
MIN_COUNT = 3
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
_JOINERS = frozenset(["of", "for", "and", "&", "the", "de", "du", "del", "van", "von", "on"])

Example = tuple[str, str, int, str]  # (article id, name, 1 person / 0 organisation, text)


def as_name(source: str) -> str | None:
    """A marked source as a capitalised name ("The Daily Herald" -> "Daily Herald"), else None."""
    words = re.sub(r"^(?:the|The)\s+", "", source.strip()).split()
    if not words or len(words) > 6:
        return None
    words[-1] = re.sub(r"['’]s?$", "", words[-1])
    if not all(w[:1].isupper() or w in _JOINERS for w in words) or not words[-1][:1].isupper():
        return None
    if len(words) == 1 and (is_function_word(words[0]) or len(words[0]) < 2):
        return None
    if is_role_word(words[-1]) or words[-1].lower().endswith("ans"):
        return None  # "The president", "Republicans": a description or a group, not a name
    return " ".join(words)


def _in_text(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def article_examples(rec: dict, org_sources: list[str]) -> list[Example]:
    text = normalize_text(rec["text"])
    people = {g["name"] for g in rec["experts"]} | set(rec.get("not_experts", []))
    person_words = {w for p in people for w in p.split()}
    out: list[Example] = [(rec["id"], p, 1, text) for p in sorted(people) if _in_text(p, text)]
    orgs = {n for s in org_sources if (n := as_name(s)) is not None}
    for org in sorted(orgs - people):
        if not person_words.intersection(org.split()) and _in_text(org, text):
            out.append((rec["id"], org, 0, text))
    return out


def pipeline_examples(rec: dict) -> list[Example]:
    """The names the model will be asked about: speakers the analysis, without the model, leaves
    organisations though they look like names ("Tinashe Mavundla", "Mavundla Tower", "La Gazzetta"), a
    person when the article labels them one."""
    text = normalize_text(rec["text"])
    _, sources = extract_experts(text, split_sentences(text))
    people = [g["name"] for g in rec["experts"]] + list(rec.get("not_experts", []))
    return [
        (rec["id"], s.speaker, int(any(names_match(p, s.speaker) for p in people)), text)
        for s in sources
        if s.kind == "organization" and looks_like_name(s.speaker) and may_score(s.speaker)
    ]


def studied_records(benchmarks: Path) -> list[tuple[dict, list[str]]]:
    """PolNeAR train and real dev, each with its marked organisation sources."""
    out = []
    for line in (benchmarks / "polnear" / "train.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec, [a["source"] or "" for a in rec["attributions"] if not a["speakers"]]))
    for line in (ROOT / "eval" / "real.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("split", "dev") != "dev":
            continue  # the blind split is scored, never learned from
        out.append((rec, [o["speaker"] for o in rec["other_sources"] if o.get("kind") == "organization"]))
    return out


def load(benchmarks: Path) -> tuple[list[Example], list[Example]]:
    """(labelled names, the analysis's own uncertain names), the latter read with the model off."""
    records = studied_records(benchmarks)
    names = [e for rec, orgs in records for e in article_examples(rec, orgs)]
    name_model.ENABLED = False  # the candidates are what the rules alone leave
    candidates = [e for rec, _ in records for e in pipeline_examples(rec)]
    return names, candidates


def sample_weights(names: list[str], y: np.ndarray) -> np.ndarray:
    """Each distinct name weighs one in all (PolNeAR names the same few candidates in hundreds of
    articles, which would teach their letters as a person's), and the two classes weigh the same."""
    counts = Counter(names)
    weight = np.array([1.0 / counts[n] for n in names])
    for label in (0, 1):
        weight[y == label] *= len(y) / (2 * weight[y == label].sum())
    return weight


def _fit(
    rows: list[dict[str, float]], y: np.ndarray, weight: np.ndarray, c: float
) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    keep = np.asarray((x > 0).sum(axis=0)).ravel() >= MIN_COUNT
    vec.restrict(keep)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(vec.transform(rows), y, sample_weight=weight)
    return vec, model


def cross_validate(
    rows: list[dict[str, float]], y: np.ndarray, weight: np.ndarray, groups: list[str], c: float
) -> np.ndarray:
    prob = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(rows, y, groups):
        vec, model = _fit([rows[i] for i in train], y[train], weight[train], c)
        prob[test] = model.predict_proba(vec.transform([rows[i] for i in test]))[:, 1]
    return prob


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MIN_PRECISION = 0.9  # precision first: a wrong person is worse than an organisation left unnamed
CANDIDATE_WEIGHT = 3.0  # the analysis's own uncertain names weigh more: they are what it will meet

Choice = tuple[float, float, float, bool, float]  # (recall, precision, C, context gate, threshold)


def choices(c: float, prob: np.ndarray, y: np.ndarray, gate: np.ndarray) -> list[Choice]:
    """Precision and recall on the uncertain names for each threshold, with and without the gate."""
    out: list[Choice] = []
    for gated in (False, True):
        for t in THRESHOLDS:
            said = (prob >= t) & (gate if gated else True)
            precision = float((y[said] == 1).mean()) if said.any() else 0.0
            recall = float(said[y == 1].mean())
            out.append((recall, precision, c, gated, t))
            print(f"  C={c} gate={gated} p>={t}: precision {precision:.3f} recall {recall:.3f}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    args = parser.parse_args(argv)
    names, candidates = load(args.benchmarks)
    examples = names + candidates
    feats = [features(text, name) for _, name, _, text in examples]
    rows = [dict.fromkeys(f, 1.0) for f in feats]
    y = np.array([label for _, _, label, _ in examples])
    groups = [rid for rid, _, _, _ in examples]
    weight = np.concatenate(
        [
            sample_weights([n for _, n, _, _ in names], y[: len(names)]),
            np.full(len(candidates), CANDIDATE_WEIGHT),
        ]
    )
    cand = np.arange(len(names), len(examples))
    gate = np.array([name_model.context_allows(f) for f in feats])[cand]
    print(
        f"{len(names)} labelled names ({int(y[: len(names)].sum())} people); {len(candidates)} names the "
        f"rules leave organisations ({int(y[cand].sum())} people); 5-fold CV grouped by article:"
    )
    found: list[Choice] = []
    for c in C_GRID:
        found += choices(c, cross_validate(rows, y, weight, groups, c)[cand], y[cand], gate)
    good = [ch for ch in found if ch[1] >= MIN_PRECISION] or [max(found, key=lambda ch: ch[1])]
    recall, precision, c, gated, t = max(good, key=lambda ch: (ch[0], ch[1], -ch[2]))
    print(f"chosen C={c} gate={gated} threshold {t}: precision {precision:.3f} recall {recall:.3f}")
    if not args.dry_run:
        write(*_fit(rows, y, weight, c), c=c, gated=gated, threshold=t)
    return 0


def write(vec: DictVectorizer, model: LogisticRegression, c: float, gated: bool, threshold: float) -> None:
    lines = [
        "# person-or-organisation name model: feature<TAB>weight (logistic regression)",
        "# written by `python -m scripts.train_person_names`; trained on PolNeAR train (networkdynamics/",
        "# PolNeAR @ c3eee833) and eval/real.jsonl dev; feature names (letters, list flags) and weights only",
        f"# C={c}, chosen with the threshold and the context gate by 5-fold CV grouped by article",
        f"__bias__\t{model.intercept_[0]:.4f}",
        f"__threshold__\t{threshold}",
        f"__gate__\t{int(gated)}",
    ]
    weights = model.coef_[0]
    for feat, k in sorted(vec.vocabulary_.items()):
        if abs(weights[k]) >= 0.005:
            lines.append(f"{feat}\t{weights[k]:.4f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(lines) - 7} features)")


if __name__ == "__main__":
    raise SystemExit(main())
