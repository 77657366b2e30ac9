"""The `detente` command: a thin face over the library.

Each command parses its arguments, calls the library and prints. Data goes to standard output;
messages, warnings and the run summary go to standard error. Exit status: 0 when every input was
coded, 1 when some input failed (the rest was still coded), 2 for a usage or setup error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import TextIO

from detente.errors import DetenteError
from detente.formats import FORMATS, write_events
from detente.model import Event, Failure, RunStats
from detente.nlp import DEFAULT_MODEL

DEFAULT_DB = "detente.duckdb"
EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> Date:
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _positive(value: str) -> int:
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be greater than 0")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="detente",
        description="Turn news and commentary into evidence-linked CAMEO event data.",
    )
    parser.add_argument("--version", action="version", version=f"detente {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    code = sub.add_parser("code", help="code documents into events",
                          description="Code text, HTML or JSONL files, directories or - (stdin).")
    code.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    _input_options(code)
    code.add_argument("--format", choices=FORMATS, default=None,
                      help="write events to stdout in this format (default: jsonl, or nothing "
                           "when --db is given)")
    code.add_argument("--db", metavar="FILE", help="store documents and events in this DuckDB file")
    code.set_defaults(func=cmd_code)

    explain = sub.add_parser("explain", help="show, sentence by sentence, what the coder saw",
                             description="Show actors, triggers and events of each sentence.")
    explain.add_argument("path", metavar="FILE")
    _input_options(explain)
    explain.set_defaults(func=cmd_explain)

    ev = sub.add_parser("eval", help="score the coder against a gold file",
                        description="Score the coder against gold events. Reads our JSONL "
                                    "gold, the PETRARCH validation XML (coded with the suite's "
                                    "own dictionaries, beside PETRARCH2's published result) "
                                    "and the PLOVER gold standard records. See "
                                    "docs/EVALUATION.md.")
    ev.add_argument("gold", metavar="GOLD",
                    help="gold file: .jsonl (ours), PETRARCH validation XML, or PLOVER GSR")
    ev.add_argument("--gold-format", choices=("auto", "jsonl", "petrarch", "plover"),
                    default="auto", help="how to read GOLD (default: from its name and content)")
    ev.add_argument("--format", choices=("table", "json"), default="table")
    ev.add_argument("--failures", type=int, default=20, metavar="N",
                    help="list at most N failures in the table (default: 20)")
    ev.add_argument("--baseline", metavar="TSV",
                    help="PETRARCH only: peer results (id, category, status, ...) to compare "
                         "with (default: PETRARCH2's, found beside the suite)")
    ev.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    ev.set_defaults(func=cmd_eval)

    demo = sub.add_parser("demo", help="code the bundled demo corpus into a store and summarise",
                          description="Code the bundled Russia-Japan demo corpus into the "
                                      "embedded DuckDB store and print what it found.")
    demo.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                      help=f"DuckDB file to write (default: {DEFAULT_DB})")
    demo.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    demo.set_defaults(func=cmd_demo)

    dyad = sub.add_parser("dyad", help="relations between two actors over time",
                          description="Events between actors A and B by period, a relations "
                                      "index and its turning points, from a store. A and B are "
                                      "actor codes or prefixes (JPN matches JPNGOV, JPNMIL...). "
                                      "See docs/ANALYSIS.md.")
    dyad.add_argument("a", metavar="A", help="actor code or prefix, e.g. RUS or RUSGOV")
    dyad.add_argument("b", metavar="B", help="actor code or prefix, e.g. JPN")
    dyad.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                      help=f"DuckDB store to read (default: {DEFAULT_DB})")
    dyad.add_argument("--freq", choices=("day", "week", "month", "quarter", "year"),
                      default="month", help="period length (default: month)")
    dyad.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                      help="first day (default: the first event)")
    dyad.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                      help="last day (default: the last event)")
    dyad.add_argument("--directed", action="store_true",
                      help="count A -> B only (default: both directions)")
    dyad.add_argument("--factuality", nargs="+", default=["asserted"],
                      choices=("asserted", "negated", "hypothetical"),
                      help="which events count (default: asserted)")
    dyad.add_argument("--format", choices=("table", "csv", "json"), default="table")
    dyad.add_argument("--chart", metavar="OUT.html|OUT.png",
                      help="also draw the series to an HTML (plotly) or PNG (matplotlib) file")
    dyad.set_defaults(func=cmd_dyad)
    return parser


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=_date, help="publication date for inputs that state none")
    p.add_argument("--model", default=DEFAULT_MODEL,
                   help=f"spaCy pipeline: an installed package name or a path "
                        f"(default: {DEFAULT_MODEL})")
    p.add_argument("--max-bytes", type=_positive, default=5_000_000,
                   help="refuse documents larger than this (default: 5000000)")


def _version() -> str:
    from detente import __version__

    return __version__


def _say(message: str) -> None:
    print(f"detente: {message}", file=sys.stderr)


def _report_failure(failure: Failure) -> None:
    _say(f"error: {failure.origin}: {failure.reason}")


def _summary(stats: RunStats) -> str:
    text = (f"coded {stats.documents} document(s), {stats.sentences} sentence(s), "
            f"{stats.events} event(s) in {stats.seconds:.1f}s")
    if stats.failed:
        text += f"; {stats.failed} input(s) failed"
    return text


def _code_inputs(paths: Sequence[str], args: argparse.Namespace, stdout: TextIO,
                 fmt: str | None, db: str | None) -> RunStats:
    from detente.ingest import IngestOptions, read_inputs
    from detente.pipeline import CODER_VERSION, CodedDocument, Coder, run
    from detente.store import Store

    coder = Coder(args.model)
    store = Store(db) if db else None
    buffered: list[Event] = []

    def on_document(coded: CodedDocument) -> None:
        if store is not None:
            store.replace_document(coded.document, coded.events, coder_version=CODER_VERSION)
        if fmt == "table":
            buffered.extend(coded.events)  # a table is for people and is aligned as a whole
        elif fmt is not None:
            write_events(coded.events, stdout, fmt)

    def on_failure(failure: Failure) -> None:
        _report_failure(failure)
        if store is not None:
            store.record_failure(failure)

    options = IngestOptions(date=args.date, max_bytes=args.max_bytes)
    try:
        stats = run(read_inputs(paths, options, stdin=sys.stdin.buffer), coder,
                    on_document=on_document, on_failure=on_failure)
    finally:
        if store is not None:
            store.close()
    if fmt == "table":
        write_events(buffered, stdout, "table")
    return stats


def cmd_code(args: argparse.Namespace, stdout: TextIO) -> int:
    fmt = args.format or (None if args.db else "jsonl")
    stats = _code_inputs(args.paths, args, stdout, fmt, args.db)
    _say(_summary(stats) + (f"; stored in {args.db}" if args.db else ""))
    return EXIT_FAILED_INPUTS if stats.failed else EXIT_OK


def cmd_explain(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.explain import render
    from detente.ingest import IngestOptions, read_inputs
    from detente.pipeline import Coder

    coder = Coder(args.model)
    status = EXIT_OK
    for item in read_inputs([args.path], IngestOptions(date=args.date, max_bytes=args.max_bytes),
                            stdin=sys.stdin.buffer):
        if isinstance(item, Failure):
            _report_failure(item)
            status = EXIT_FAILED_INPUTS
            continue
        stdout.write(render(item, coder.explain(item)))
    return status


def cmd_eval(args: argparse.Namespace, stdout: TextIO) -> int:
    import json

    from detente.gold_formats import evaluate_file

    fmt = None if args.gold_format == "auto" else args.gold_format
    run = evaluate_file(Path(args.gold), fmt=fmt, model=args.model,
                        baseline=Path(args.baseline) if args.baseline else None)
    if args.format == "json":
        json.dump(run.as_dict(), stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    else:
        stdout.write(run.render(show_failures=args.failures))
    return EXIT_OK


def demo_corpus_path() -> Path:
    return Path(str(resources.files("detente") / "data" / "demo" / "briefs.jsonl"))


def cmd_demo(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.demo import summarise

    args.date, args.max_bytes = None, 5_000_000
    stats = _code_inputs([str(demo_corpus_path())], args, stdout, None, args.db)
    _say(_summary(stats) + f"; stored in {args.db}")
    stdout.write(summarise(args.db))
    return EXIT_FAILED_INPUTS if stats.failed else EXIT_OK


def cmd_dyad(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente import analysis
    from detente.errors import StoreError
    from detente.store import Store

    if not Path(args.db).is_file():
        raise StoreError(f"{args.db}: no such store; create one with `detente demo --db "
                         f"{args.db}` or `detente code PATH --db {args.db}`")
    opts = {"directed": args.directed, "factuality": tuple(args.factuality)}
    with Store(args.db) as store:
        a, b = analysis.check_actor(store, args.a), analysis.check_actor(store, args.b)
        rows = analysis.dyad_series(store, a, b, freq=args.freq, date_from=args.date_from,
                                    date_to=args.date_to, **opts)
        points = analysis.with_drivers(store, a, b, analysis.turning_points(rows), **opts)
    if args.chart:
        from detente.charts import draw

        draw(a, b, rows, points, Path(args.chart), directed=args.directed, freq=args.freq)
        _say(f"chart written to {args.chart}")
    if args.format == "csv":
        analysis.write_csv(rows, stdout)
    elif args.format == "json":
        analysis.write_json(a, b, rows, points, stdout, directed=args.directed, freq=args.freq,
                            factuality=args.factuality)
    else:
        stdout.write(analysis.render_table(a, b, rows, points, directed=args.directed,
                                           freq=args.freq, factuality=args.factuality))
    return EXIT_OK


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out = stdout or sys.stdout
    func: Callable[[argparse.Namespace, TextIO], int] = args.func
    try:
        return func(args, out)
    except DetenteError as exc:
        _say(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:  # e.g. `detente code ... | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
