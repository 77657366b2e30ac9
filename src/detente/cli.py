"""The `detente` command: a thin face over the library.

Each command parses its arguments, calls the library and prints. Data goes to standard output;
messages, warnings and the run summary go to standard error. Exit status: 0 when every input was
coded, 1 when some input failed (the rest was still coded), 2 for a usage or setup error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import TextIO

from detente.errors import DetenteError
from detente.formats import FORMATS, write_events
from detente.model import Document, Event, Failure, RunStats
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
    code.add_argument("--db", metavar="FILE",
                      help="store documents and events in this DuckDB file; documents it already "
                           "holds (same id, same coder version) are skipped, so rerunning an "
                           "interrupted command finishes the rest")
    code.add_argument("--recode", action="store_true",
                      help="with --db: code every document again, replacing its stored events")
    code.add_argument("--progress", action="store_true",
                      help="show progress on standard error (documents/s, events, failures, "
                           "time left) and report each document as it is stored or skipped; "
                           "without it, a terminal still gets the progress bar")
    code.add_argument("--workers", type=_workers, default=1, metavar="N",
                      help="code in N processes (0: one per core; default: 1). Output and store "
                           "are the same as with one; each process loads the spaCy pipeline")
    code.add_argument("--dask", metavar="ADDRESS",
                      help="code on the Dask cluster whose scheduler is at ADDRESS "
                           "(tcp://host:8786), or on a local cluster of --workers processes "
                           "with 'local'; writes Parquet partitions to --out (see docs/SCALE.md)")
    code.add_argument("--out", metavar="DIR",
                      help="with --dask: the folder for documents/, events/ and failures.jsonl "
                           "(every worker must be able to write to it)")
    code.add_argument("--partition", type=_positive, default=32, metavar="N",
                      help="with --dask: documents per task and Parquet file (default: 32)")
    code.add_argument("--stories", action="store_true",
                      help="with --db: then group the stored events into cross-document story "
                           "events (see docs/SCALE.md)")
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
    ev.add_argument("--texts", metavar="JSONL",
                    help="our JSONL only: the story corpus that records with a \"ref\" take "
                         "their sentences from (default: the path each ref names)")
    ev.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    _statements_option(ev, " (the PETRARCH suite codes them always, as PETRARCH does)")
    ev.set_defaults(func=cmd_eval)

    demo = sub.add_parser("demo", help="code the bundled demo corpus into a store and summarise",
                          description="Code the bundled Russia-Japan demo corpus into the "
                                      "embedded DuckDB store and print what it found.")
    demo.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                      help=f"DuckDB file to write (default: {DEFAULT_DB})")
    demo.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    _statements_option(demo)
    demo.add_argument("--serve", action="store_true",
                      help="then serve the dashboard and API on the store (Ctrl-C stops)")
    _serve_options(demo)
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
    _add_interop_commands(sub)
    _add_serve_command(sub)
    return parser


def _add_interop_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`detente import` and `detente export`."""
    imp = sub.add_parser("import", help="load GDELT or ICEWS event files into a store",
                         description="Load GDELT 1.0/2.0 event files or ICEWS .tab files "
                                     "(plain, .zip or .gz) into the store's events table. Rows "
                                     "that cannot be loaded are reported as FILE:LINE; the rest "
                                     "loads. See docs/INTEROP.md.")
    imp.add_argument("dataset", choices=("gdelt", "icews"))
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                     help=f"DuckDB file to load into (default: {DEFAULT_DB})")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="write the events of a store as csv, jsonl, parquet or "
                                        "GDELT TSV",
                         description="Write the stored events: csv and jsonl as `detente code` "
                                     "writes them, parquet with every column of the store, gdelt "
                                     "as a GDELT 2.0-compatible 61-column TSV.")
    exp.add_argument("--db", required=True, metavar="FILE", help="the DuckDB store to read")
    exp.add_argument("--format", choices=("csv", "jsonl", "parquet", "gdelt"), default="jsonl",
                     help="output format (default: jsonl)")
    exp.add_argument("--out", metavar="PATH",
                     help="file to write (default: standard output; parquet needs a file)")
    exp.add_argument("--origin", choices=("detente", "gdelt", "icews"),
                     help="only the events of this origin")
    exp.set_defaults(func=cmd_export)


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=_date, help="publication date for inputs that state none")
    p.add_argument("--model", default=DEFAULT_MODEL,
                   help=f"spaCy pipeline: an installed package name or a path "
                        f"(default: {DEFAULT_MODEL})")
    p.add_argument("--max-bytes", type=_positive, default=5_000_000,
                   help="refuse documents larger than this (default: 5000000)")
    _statements_option(p)


def _statements_option(p: argparse.ArgumentParser, note: str = "") -> None:
    """--statements: code plain statements (Coder(statements=True)) in every process."""
    p.add_argument("--statements", action="store_true",
                   help="also code plain statements (CAMEO 010: 'X told Y that ...'), which "
                        "are not coded by default; a store records such events under a "
                        "coder version of their own (0.1.0+statements)" + note)


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


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: give 1 or more processes, or 0 for "
                                         "one per core")
    return number


def _code_inputs(paths: Sequence[str], args: argparse.Namespace, stdout: TextIO,
                 fmt: str | None, db: str | None) -> RunStats:
    """Code `paths`, writing events to `stdout` in `fmt` and storing them in `db`.

    With a store and `args.recode` false, a document the store already holds with this coder
    version is not coded again (its stored events are written out instead) and counts as
    skipped. Without `args.recode` (as for `detente demo`) everything is coded and replaced.
    `args.workers` processes code (0: one per core; default 1, this process); with
    `args.dask`, a Dask cluster codes into Parquet partitions under `args.out` instead, which
    are then loaded into `db` if given. A progress display goes to standard error when it is a
    terminal or `args.progress` is set; `args.progress` also reports each document.
    """
    from detente.ingest import IngestOptions, read_inputs
    from detente.pipeline import CodedDocument, coder_version
    from detente.progress import Progress, count_inputs
    from detente.store import Store

    store = Store(db) if db else None
    resume = store is not None and getattr(args, "recode", True) is False
    progress = bool(getattr(args, "progress", False))
    bar = (Progress(sys.stderr, total=count_inputs(paths))
           if progress or sys.stderr.isatty() else None)
    buffered: list[Event] = []
    skipped = 0
    dask = getattr(args, "dask", None)
    workers = getattr(args, "workers", 1)
    statements = bool(getattr(args, "statements", False))
    version = coder_version(statements=statements)  # what the workers' coders record

    def note(message: str) -> None:
        if bar is not None:
            bar.message(f"detente: {message}")
        else:
            _say(message)

    def emit(events: Sequence[Event]) -> None:
        if fmt == "table":
            buffered.extend(events)  # a table is for people and is aligned as a whole
        elif fmt is not None:
            write_events(events, stdout, fmt)

    def on_document(coded: CodedDocument) -> None:
        if store is not None:
            store.replace_document(coded.document, coded.events, coder_version=version)
        if progress:
            note(f"stored {coded.document.doc_id} ({coded.document.origin}): "
                 f"{len(coded.events)} event(s)")
        emit(coded.events)
        if bar is not None:
            bar.update(documents=1, events=len(coded.events))

    def on_failure(failure: Failure) -> None:
        note(f"error: {failure.origin}: {failure.reason}")
        if store is not None and not dask:
            store.record_failure(failure)  # with --dask, load_parquet records them
        if bar is not None:
            bar.update(failures=1)

    def inputs() -> Iterator[Document | Failure]:
        nonlocal skipped
        for item in read_inputs(paths, options, stdin=sys.stdin.buffer):
            if (resume and store is not None and isinstance(item, Document)
                    and store.has_document(item.doc_id, version)):
                skipped += 1
                if progress:
                    note(f"skipped {item.doc_id} ({item.origin}): already stored")
                if fmt is not None:
                    emit(store.events(doc_id=item.doc_id))
                if bar is not None:
                    bar.update(skipped=1)
                continue
            yield item

    options = IngestOptions(date=args.date, max_bytes=args.max_bytes)
    try:
        if dask:
            from detente.distributed import dask_client, run_dask

            def on_partition(part: object) -> None:
                if bar is not None:
                    bar.update(documents=getattr(part, "documents", 0),
                               events=getattr(part, "events", 0))

            with dask_client(dask, workers=workers) as client:
                stats = run_dask(inputs(), client, args.out, model=args.model,
                                 partition=args.partition, on_failure=on_failure,
                                 on_partition=on_partition, statements=statements)
            if store is not None:
                store.load_parquet(args.out)
        else:
            from detente.parallel import run

            stats = run(inputs(), model=args.model, workers=workers, on_document=on_document,
                        on_failure=on_failure, statements=statements)
        if bar is not None:
            bar.close()
        if store is not None and getattr(args, "stories", False):
            from detente.stories import build_stories

            note(f"grouped the stored events into {build_stories(store)} story event(s)")
    finally:
        if store is not None:
            store.close()
    if fmt == "table":
        write_events(buffered, stdout, "table")
    stats.skipped = skipped
    return stats


def cmd_code(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.parallel import resolve_workers

    if args.dask and not args.out:
        _say("error: --dask needs --out DIR, the folder for the Parquet partitions")
        return EXIT_USAGE
    if args.dask and args.format:
        _say("error: with --dask the events go to --out DIR (and --db), not to stdout; "
             "drop --format")
        return EXIT_USAGE
    if args.out and not args.dask:
        _say("error: --out is for --dask; use --format or --db for a local run")
        return EXIT_USAGE
    if args.stories and not args.db:
        _say("error: --stories groups the events of a store: give --db FILE")
        return EXIT_USAGE
    fmt = args.format or (None if args.db or args.dask else "jsonl")
    stats = _code_inputs(args.paths, args, stdout, fmt, args.db)
    summary = _summary(stats)
    if stats.seconds > 0:
        where = f"Dask at {args.dask}" if args.dask else \
            f"{resolve_workers(args.workers)} process(es)"
        summary += f"; {stats.documents / stats.seconds:.1f} documents/s on {where}"
    if stats.skipped:
        summary += (f"; skipped {stats.skipped} document(s) already stored "
                    "(--recode codes them again)")
    if args.dask:
        summary += f"; Parquet partitions in {args.out}"
    _say(summary + (f"; stored in {args.db}" if args.db else ""))
    return EXIT_FAILED_INPUTS if stats.failed else EXIT_OK


def cmd_explain(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.explain import render
    from detente.ingest import IngestOptions, read_inputs
    from detente.pipeline import Coder

    coder = Coder(args.model, statements=args.statements)
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
    run = evaluate_file(Path(args.gold), fmt=fmt, model=args.model, statements=args.statements,
                        baseline=Path(args.baseline) if args.baseline else None,
                        texts=Path(args.texts) if args.texts else None)
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
    status = EXIT_FAILED_INPUTS if stats.failed else EXIT_OK
    if args.serve:
        stdout.flush()
        served = _serve(args.db, args.host, args.port, args.model, 1_000_000,
                        statements=args.statements)
        return served if served != EXIT_OK else status
    return status


def _add_serve_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`detente serve`."""
    serve = sub.add_parser("serve", help="serve the HTTP API and the dashboard on a store",
                           description="Serve the JSON API (/api, documented at /docs) and the "
                                       "dashboard (/) on a DuckDB store. Writes need the bearer "
                                       "token from DETENTE_TOKEN, or one printed at start. See "
                                       "docs/API.md.")
    serve.add_argument("--db", default=DEFAULT_DB, metavar="FILE",
                       help=f"DuckDB store to serve, created if missing (default: {DEFAULT_DB})")
    _serve_options(serve)
    serve.add_argument("--model", default=DEFAULT_MODEL,
                       help="spaCy pipeline for coding uploaded articles")
    serve.add_argument("--max-upload-bytes", type=_positive, default=1_000_000, metavar="N",
                       help="largest request body a write may send (default: 1000000)")
    _statements_option(serve, " (for uploaded articles)")
    serve.set_defaults(func=cmd_serve)


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} must be 0 to 65535 (0: any free port)")
    return number


def _serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8765,
                   help="port to listen on (default: 8765; 0 picks a free one)")


def cmd_serve(args: argparse.Namespace, stdout: TextIO) -> int:
    return _serve(args.db, args.host, args.port, args.model, args.max_upload_bytes,
                  statements=args.statements)


def _serve(db: str, host: str, port: int, model: str, max_upload_bytes: int, *,
           statements: bool = False) -> int:
    """Serve the API and dashboard on `db` until Ctrl-C; messages go to stderr. Uploads are
    coded with plain statements too when `statements` is set."""
    import contextlib
    import ipaddress
    import os
    import socket

    import uvicorn

    from detente.api import create_app, new_token

    def coder_factory() -> object:
        from detente.pipeline import Coder

        return Coder(model, statements=statements)

    fresh = not Path(db).exists()
    env_token = os.environ.get("DETENTE_TOKEN") or None
    token = env_token or new_token()
    app = create_app(db, token=token, coder_factory=coder_factory,
                     max_upload_bytes=max_upload_bytes)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family)
    except OSError as exc:
        _say(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}")
        return EXIT_USAGE
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    _say(f"serving {db}{' (a new, empty store)' if fresh else ''} on http://{shown}:{bound}/ "
         f"(API docs at /docs); Ctrl-C stops")
    if env_token:
        _say("write token (POST, DELETE): the value of DETENTE_TOKEN")
    else:
        _say(f"write token (POST, DELETE; set DETENTE_TOKEN to choose one): {token}")
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        _say(f"warning: {host} is reachable from other machines; anyone there can read the "
             "store (writes still need the token)")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn shuts down, then re-raises it
        server.run(sockets=[sock])
    _say("stopped")
    return EXIT_OK


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


MAX_REPORTED = 100  # failures printed one by one by `detente import`; the rest are counted


def cmd_import(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.interop import import_gdelt, import_icews
    from detente.store import Store

    load = import_gdelt if args.dataset == "gdelt" else import_icews
    with Store(args.db) as store:
        stats = load(args.files, store)
    for failure in stats.failures[:MAX_REPORTED]:
        _report_failure(failure)
    if stats.failed > MAX_REPORTED:
        _say(f"... and {stats.failed - MAX_REPORTED} more problem(s)")
    _say(f"{stats.summary()}; stored in {args.db}")
    return EXIT_FAILED_INPUTS if stats.failed else EXIT_OK


def cmd_export(args: argparse.Namespace, stdout: TextIO) -> int:
    from detente.interop import export_events
    from detente.store import Store

    if not Path(args.db).is_file():
        _say(f"error: {args.db}: no such store")
        return EXIT_USAGE
    to_stdout = args.out in (None, "-")
    if args.format == "parquet" and to_stdout:
        _say("error: --format parquet needs --out FILE")
        return EXIT_USAGE
    with Store(args.db) as store:
        if args.format == "parquet":
            n = export_events(store, "parquet", path=args.out, origin=args.origin)
        elif to_stdout:
            n = export_events(store, args.format, out=stdout, origin=args.origin)
        else:
            try:
                with open(args.out, "w", encoding="utf-8", newline="") as out:
                    n = export_events(store, args.format, out=out, origin=args.origin)
            except OSError as exc:
                _say(f"error: {args.out}: cannot write: {exc.strerror or exc}")
                return EXIT_USAGE
    _say(f"exported {n} event(s) from {args.db}" + ("" if to_stdout else f" to {args.out}"))
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
