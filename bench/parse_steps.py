"""Time détente's own steps in the parse: the verb-lemma component and the second parse of a
sentence whose name in capitals the model took for a verb.

    .venv/bin/python bench/parse_steps.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                          [--repeat 3]

Parses the corpus once with the coder's pipeline, then times, best of `--repeat`, over those
parsed stories: `lemmas.VerbLemmas` (the component, run again on each document) and
`nlp.with_names_reparsed` (which finds the misread names and parses their sentences again).
Prints each step's seconds beside the parse's, and how many names it found misread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from spacy.tokens import Doc
from throughput import corpus_parser, open_corpus

from detente.lemmas import VERB_LEMMAS
from detente.nlp import misread_names, verb_forms, with_names_reparsed


def main() -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    opened = open_corpus(args)
    if opened is None:
        return 2
    docs, coder = opened
    nlp = coder.nlp
    t = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    parse = time.perf_counter() - t
    lemmas = nlp.get_pipe(VERB_LEMMAS) if VERB_LEMMAS in nlp.pipe_names else None

    def best(step: Callable[[Doc], object]) -> float:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            for doc in parsed:
                step(doc)
            times.append(time.perf_counter() - t)
        return min(times)

    misread = sum(len(misread_names(doc, verb_forms(nlp))) for doc in parsed)
    print(f"corpus: {args.corpus} ({len(docs)} documents); parse {parse:.2f}s")
    if lemmas is not None:
        print(f"verb lemmas (lemmas.VerbLemmas): {best(lemmas):.3f}s")
    print(f"names read as verbs, parsed again (nlp.with_names_reparsed): "
          f"{best(lambda doc: with_names_reparsed(nlp, doc)):.3f}s, {misread} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
