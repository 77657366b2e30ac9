"""Coding throughput against spaCy's own nlp.pipe on the same texts, in the same run.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                         [--repeat 3]

Prints words, seconds and words/second for (a) parsing alone with nlp.pipe and (b) détente's
Coder.code_many (parse + mentions + events + places + dates), and the coder's overhead over
parsing alone. Each stage runs `--repeat` times, alternating, and the best time of each is kept
so that noise from a shared machine hurts both alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

from detente.model import Document
from detente.nlp import DEFAULT_MODEL, HEADING_BREAKS
from detente.pipeline import CodedDocument, Coder

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "corpora" / "voa" / "voa_stories.jsonl"


def load(path: Path) -> list[Document]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            docs.append(Document.from_text(rec["text"], doc_id=str(rec["id"])))
    return docs


def corpus_parser(doc: str) -> argparse.ArgumentParser:
    """The options every corpus benchmark takes: --corpus and --model."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    return parser


def open_corpus(args: argparse.Namespace) -> tuple[list[Document], Coder] | None:
    """The corpus's documents and a coder for them; None (said on stderr) if it is absent."""
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return None
    return load(args.corpus), Coder(args.model)


def code_parsed(coder: Coder, docs: list[Document], parsed: list[Doc]) -> None:
    """The coding stages alone (mentions, dates, events, places, codebook) over `docs`, whose
    spaCy parses are `parsed`."""
    for document, doc in zip(docs, parsed, strict=True):
        coder._finish(document, [coder._prepare(doc, 0, None)])


def main() -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    opened = open_corpus(args)
    if opened is None:
        return 2
    docs, coder = opened
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    coder.code(texts[0])  # warm up caches (KB, lexicons, gazetteer)
    parse_times, code_times, events = [], [], 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        with coder.nlp.select_pipes(disable=[HEADING_BREAKS]):  # spaCy's own pipeline only:
            for _doc in coder.nlp.pipe(texts, batch_size=16):  # our component is overhead
                pass
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_many(docs, batch_size=16)
                     if isinstance(c, CodedDocument))
        code_times.append(time.perf_counter() - t)
    parse, code = min(parse_times), min(code_times)
    print(f"corpus: {args.corpus} ({len(docs)} documents, {words} words)")
    print(f"model: {args.model}; best of {args.repeat}")
    print(f"parse only (nlp.pipe): {parse:.2f}s  {words / parse:,.0f} words/s")
    print(f"detente code:          {code:.2f}s  {words / code:,.0f} words/s  {events} events")
    print(f"coder overhead over parsing: {100 * (code / parse - 1):.1f}%")
    print(f"coding stages alone (pre-parsed): {stages(coder, docs, args.repeat):.2f}s")
    return 0


def stages(coder: Coder, docs: list[Document], repeat: int) -> float:
    """Best time of the coding stages alone (mentions, dates, events, places, codebook) over
    pre-parsed documents: the coder's own cost, which the parse time's noise hides above."""
    parsed = list(coder.nlp.pipe((d.text for d in docs), batch_size=16))
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        code_parsed(coder, docs, parsed)
        best = min(best, time.perf_counter() - t)
    return best


if __name__ == "__main__":
    raise SystemExit(main())
