"""Every topic answer a library of the labelled articles gives, as JSON: to check that a change of the
store or of how topic questions read it changes no answer (run it on both checkouts and diff).

Builds a temporary library of the dev-split articles of eval/real.jsonl and of eval/dev.jsonl (never
the blind split), then asks, as `/sentiment` and `newsdesk sentiment` do: each labelled topic of each
article in that article, each of an article's stored topics in it, and each labelled topic across the
whole library. Prints one JSON object.

Run: `.venv/bin/python -m eval.topic_answers > after.json`, and for another checkout
`PYTHONPATH=/path/to/checkout .venv/bin/python -m eval.topic_answers > before.json`.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GUILD = 1


def _articles() -> list[dict[str, Any]]:
    rows = []
    for name in ("real.jsonl", "dev.jsonl"):
        with (HERE / name).open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r.get("split", "dev") == "dev"]


def _answer(found: Any) -> Any:
    if found is None:
        return None
    return {
        "phrase": found.phrase,
        "polarity": found.polarity,
        "subjectivity": found.subjectivity,
        "sentences": found.sentence_indices,
        "aliases": found.aliases,
    }


async def _ask(folder: Path) -> dict[str, Any]:
    from bot.library import Library
    from bot.settings import load_settings

    for name in [n for n in os.environ if n.startswith("NEWSDESK_")]:
        del os.environ[name]
    settings = load_settings(database=str(folder / "library.db"), seeds_dir=folder / "no-seeds")
    answers: dict[str, Any] = {}
    async with await Library.open(settings) as library:
        articles = []
        for record in _articles():
            added = await library.add_text(record["text"], guild_id=GUILD, title=record.get("title"))
            articles.append((record, added.article))
        for record, article in articles:
            asked = [t["topic"] for t in record.get("topics", [])]
            asked += [t.phrase for t in article.analysis.topics]
            for topic in asked:
                key = f"{article.info.id}: {topic}"
                answers[key] = _answer(await library.topic(article, topic))
        for record, _ in articles:
            for labelled in record.get("topics", []):
                found = await library.topic_across_library(labelled["topic"], guild_id=GUILD)
                answers[f"library: {labelled['topic']}"] = [[i.id, _answer(t)] for i, t in found]
    return answers


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        answers = asyncio.run(_ask(Path(folder)))
    json.dump(answers, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"{len(answers)} answers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
