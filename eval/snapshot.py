"""Snapshot the analysis of every evaluation article, to prove a refactor changes no output.

`python -m eval.snapshot OUT_DIR` writes one JSON file per article of eval/*.jsonl and PolNeAR dev: what `newsdesk analyze --json`
prints for it (the text written to a .txt file and read back exactly as the CLI reads it) and the
full `analyze(text, title)` result that `eval.score` scores. `python -m eval.snapshot --compare BEFORE
AFTER` counts the articles whose JSON is identical, ignoring only the named fields (`--ignore`, by
default the explanation fields "rule" and "role_rule" that the pipeline added). It prints counts and
article ids only, never texts. Articles that are scored, never studied (real blind, the hand-written
holdout, PolNeAR dev) are written as digests of each top-level field, so a changed output shows which
field moved without anyone reading it; `--ignore` beyond the default fields does not reach them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.analysis import analyze
from bot.cli.analyze_cmd import _read, analysis_json

HERE = Path(__file__).resolve().parent
POLNEAR = Path("benchmarks") / "polnear" / "dev.jsonl"


def _shared_sets() -> list[Path]:
    """The polnear dev set in the shared folder beside the checkout (a worktree may sit one level deeper)."""
    for parent in HERE.parents[1:3]:
        path = parent / "shared" / POLNEAR
        if path.exists():
            return [path]
    return [HERE.parents[1] / "shared" / POLNEAR]


SETS = [*sorted(HERE.glob("*.jsonl")), *_shared_sets()]
DEFAULT_IGNORE = {"rule", "role_rule"}


def _scored_only(path: Path, record: dict[str, Any]) -> bool:
    return record.get("split") == "blind" or path.stem == "holdout" or path.parent.name == "polnear"


def _digest(snapshot: dict[str, Any]) -> dict[str, Any]:
    """Each view's top-level fields as hashes, the explanation fields left out as `compare` would."""
    stripped = _strip(snapshot, DEFAULT_IGNORE)
    return {
        view: {
            key: hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()
            for key, value in data.items()
        }
        for view, data in stripped.items()
    }


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _snapshot(record: dict[str, Any], scratch: Path) -> dict[str, Any]:
    article = scratch / "article.txt"
    article.write_text(record["text"], encoding="utf-8")
    text, title = _read(str(article))
    cli = analysis_json(analyze(text, title=title), 3, [])
    direct = analyze(record["text"], title=record.get("title")).to_dict()
    return {"cli": cli, "analyze": direct}


def write(out: Path, sets: list[Path]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        for path in sets:
            if not path.exists():
                print(f"missing: {path}", file=sys.stderr)
                continue
            for number, record in enumerate(_records(path)):
                name = f"{path.parent.name}-{path.stem}-{number:03d}.json"
                snap = _snapshot(record, Path(scratch))
                if _scored_only(path, record):
                    snap = _digest(snap)
                (out / name).write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True, indent=1))
                count += 1
    print(f"{count} articles written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


def _strip(value: Any, ignore: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [_strip(v, ignore) for v in value]
    return value


def _only(snapshot: dict[str, Any], fields: set[str]) -> dict[str, Any]:
    """Each view ("cli", "analyze") cut down to the named top-level fields."""
    return {view: {k: v for k, v in data.items() if k in fields} for view, data in snapshot.items()}


def compare(before: Path, after: Path, ignore: set[str], only: set[str] | None = None) -> int:
    names = sorted(p.name for p in before.glob("*.json"))
    same, differ = 0, []
    for name in names:
        other = after / name
        if not other.exists():
            differ.append(name)
            continue
        a = _strip(json.loads((before / name).read_text()), ignore)
        b = _strip(json.loads(other.read_text()), ignore)
        if only is not None:
            a, b = _only(a, only), _only(b, only)
        if a == b:
            same += 1
        else:
            differ.append(name)
    extra = sorted({p.name for p in after.glob("*.json")} - set(names))
    scope = f"fields {', '.join(sorted(only))}" if only is not None else "all fields"
    print(
        f"identical: {same} of {len(names)} articles ({scope}; ignoring {', '.join(sorted(ignore)) or 'nothing'})"
    )
    for name in differ:
        print(f"differs: {name}")  # file names only: the holdout's texts stay unread
    for name in extra:
        print(f"only after: {name}")
    return 0 if not differ and not extra else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", nargs="?", type=Path, help="directory to write the snapshot to")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--ignore", action="append", default=None, metavar="FIELD")
    parser.add_argument(
        "--only", action="append", default=None, metavar="FIELD", help="compare only these top-level fields"
    )
    parser.add_argument(
        "--data",
        action="append",
        type=Path,
        metavar="JSONL",
        help="article sets (default: eval/*.jsonl, PolNeAR dev)",
    )
    args = parser.parse_args(argv)
    if args.compare:
        ignore = set(args.ignore) if args.ignore is not None else DEFAULT_IGNORE
        before, after = args.compare
        return compare(before, after, ignore, set(args.only) if args.only else None)
    if args.out is None:
        parser.error("give OUT_DIR, or --compare BEFORE AFTER")
    return write(args.out, args.data or SETS)


if __name__ == "__main__":
    sys.exit(main())
