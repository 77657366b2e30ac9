"""Draw a fixed random sample of sentences from a story corpus, for annotating by hand.

The real-news gold sets (tests/golden/voa_*.jsonl) were drawn with this script. It splits every
story of a JSONL corpus (one story per line with "id", "text" and "published") into sentences
with the spaCy pipeline, draws N of them with a fixed seed, at most --per-doc from any one story,
and writes one JSONL line per sentence: the story's id and date, the sentence's character
offsets in the story text, a SHA-1 of the sentence, and the sentence itself for the annotator.
The gold files keep only the reference (never the third party's text); `detente eval` reads the
sentence back from the corpus and checks the hash.

    .venv/bin/python scripts/sample_sentences.py ../shared/corpora/voa/voa_stories.jsonl \
        --n 100 --seed 2027 > /tmp/voa_sentences.jsonl

A later draw can skip the sentences earlier gold files already hold (`--exclude GOLD ...`) and
give each line a "half" ("dev" or "heldout") chosen per story (`--halves`), so that no story
lends sentences to both the development and the held-out half of that draw.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from detente.nlp import DEFAULT_MODEL, load_pipeline

MIN_WORDS = 6


def sentences(text: str, model: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text` with at least MIN_WORDS words."""
    doc = load_pipeline(model)(text)
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if len(words) >= MIN_WORDS:
            spans.append((sent.start_char, sent.end_char))
    return spans


def drawn_before(golds: list[Path]) -> set[object]:
    """(story id, sentence start) and SHA-1 of every sentence the gold files refer to.

    The hash catches the same sentence in another story: wire copy is often published twice.
    """
    seen: set[object] = set()
    for gold in golds:
        with gold.open(encoding="utf-8") as lines:
            for line in lines:
                ref = json.loads(line).get("ref") if line.strip() else None
                if ref:
                    seen.add((str(ref["doc"]), int(ref["start"])))
                    seen.add(ref["sha1"])
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--per-doc", type=int, default=2)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="gold files whose referenced sentences are not drawn again")
    parser.add_argument("--halves", action="store_true",
                        help="assign each story at random to the dev or the heldout half")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: {args.corpus} not found", file=sys.stderr)
        return 1
    seen = drawn_before(args.exclude)
    pool: list[dict[str, object]] = []
    with args.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            text = story["text"]
            for start, end in sentences(text, args.model):
                sentence = text[start:end]
                sha1 = hashlib.sha1(sentence.encode("utf-8")).hexdigest()
                if (str(story["id"]), start) in seen:
                    continue
                pool.append({
                    "doc": str(story["id"]),
                    "date": (story.get("published") or "")[:10] or None,
                    "start": start,
                    "end": end,
                    "sha1": sha1,
                    "text": sentence,
                })
    rng = random.Random(args.seed)
    rng.shuffle(pool)
    taken: dict[str, int] = {}
    drawn = []
    for item in pool:
        doc = str(item["doc"])
        if item["sha1"] in seen:
            continue
        if taken.get(doc, 0) < args.per_doc:
            taken[doc] = taken.get(doc, 0) + 1
            drawn.append(item)
        if len(drawn) == args.n:
            break
    if args.halves:
        docs = sorted(taken)
        rng.shuffle(docs)
        half = {doc: ("dev" if i % 2 == 0 else "heldout") for i, doc in enumerate(docs)}
        for item in drawn:
            item["half"] = half[str(item["doc"])]
    for item in drawn:
        print(json.dumps(item, ensure_ascii=False))
    print(f"{len(pool)} sentences in {args.corpus.name}; {len(drawn)} drawn, seed {args.seed}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
