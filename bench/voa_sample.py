"""Draw a fixed random sample of events coded from the VOA corpus, for judging by hand.

Real-world precision cannot come from the gold sets alone: they are short, clean sentences.
This codes every story of ../shared/corpora/voa/voa_stories.jsonl (public domain, read in
place, never copied into the repo), draws N events with a fixed seed and prints each with its
sentence, so that a person can mark it right or wrong. docs/ACCURACY.md reports the verdicts.

    python bench/voa_sample.py --n 40 --seed 2026 > /tmp/voa_sample.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

from detente.pipeline import Coder

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "voa" / \
    "voa_stories.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: {args.corpus} not found", file=sys.stderr)
        return 1
    coder = Coder()
    events = []
    with args.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            published = story.get("published") or ""
            day = dt.date.fromisoformat(published[:10]) if published[:10] else None
            events.extend(coder.code(story["text"], date=day, doc_id=story["id"]))
    sample = random.Random(args.seed).sample(events, min(args.n, len(events)))
    print(f"# {len(events)} events from {args.corpus.name}; {len(sample)} drawn, seed {args.seed}")
    for number, e in enumerate(sample, start=1):
        target = f"{e.target.code} ({e.target.text})" if e.target else "-"
        print(f"{number:3d}. {e.source.code} ({e.source.text}) -> {target}  {e.cameo} "
              f"{e.factuality}  trigger {e.trigger.text!r}")
        print(f"     {e.sentence.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
