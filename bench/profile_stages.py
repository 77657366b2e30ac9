"""Profile détente's coding stages over pre-parsed stories: where the coder's own time goes.

    .venv/bin/python bench/profile_stages.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                             [--top 30]

Parses the corpus once, then runs the coding stages (mentions, dates, events, places, codebook:
`Coder._prepare` and `Coder._finish`) under cProfile, and prints the total function calls and
seconds, then the `--top` functions of détente by cumulative time. The call count does not
depend on the machine's load, so two commits are best compared by it, and by the seconds of runs
made back to back.
"""

from __future__ import annotations

import cProfile
import pstats
import sys

from throughput import code_parsed, corpus_parser, open_corpus


def main() -> int:
    parser = corpus_parser(__doc__)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    opened = open_corpus(args)
    if opened is None:
        return 2
    docs, coder = opened
    parsed = list(coder.nlp.pipe((d.text for d in docs), batch_size=16))
    profile = cProfile.Profile()
    profile.enable()
    code_parsed(coder, docs, parsed)
    profile.disable()
    stats = pstats.Stats(profile, stream=sys.stdout)
    print(f"corpus: {args.corpus} ({len(docs)} documents)")
    print(f"coding stages: {stats.total_calls:,} function calls in {stats.total_tt:.2f}s "
          "(under the profiler)")
    stats.sort_stats("cumulative").print_stats("detente", args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
