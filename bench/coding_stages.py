"""Time détente's coding stages alone (mentions, dates, events, places, codebook) over
pre-parsed VOA stories, to follow the coder's own cost apart from spaCy's parse.

    .venv/bin/python bench/coding_stages.py [--repeat 3]

bench/throughput.py gives the ratio users see (coding over parsing); this isolates the part our
rules add, which a shared machine's noise in the parse time hides there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from detente.model import Document
from detente.pipeline import Coder

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "voa" / \
    "voa_stories.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: {args.corpus} not found", file=sys.stderr)
        return 1
    coder = Coder()
    with args.corpus.open(encoding="utf-8") as lines:
        stories = [json.loads(line) for line in lines]
    docs = [Document.from_text(s["text"], doc_id=s["id"]) for s in stories]
    parsed = list(coder.nlp.pipe(d.text for d in docs))
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for document, doc in zip(docs, parsed, strict=True):
            coder._finish(document, [coder._prepare(doc, 0, None)])
        best = min(best, time.perf_counter() - start)
    print(f"coding stages over {len(docs)} pre-parsed stories: {best:.2f} s (best of "
          f"{args.repeat})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
