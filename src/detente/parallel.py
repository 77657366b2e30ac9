"""Coding on all cores: documents stream through a pool of worker processes.

Each worker process builds one `Coder` (the spaCy pipeline is loaded once per process) in its
initializer. The parent reads the inputs, sends batches of `chunk` Documents, and gets back each
document's events (or its Failure) in input order; it alone calls the callbacks, so a store has
one writer. At most `IN_FLIGHT_PER_WORKER` (4) batches a worker are in flight, so memory stays
flat however long the input is. A document's events do not depend on the batch it was parsed
in, so the output is the same as one process's, in the same order.

    stats = parallel.run(read_inputs(paths), model=DEFAULT_MODEL, workers=0,  # 0: all cores
                         on_document=store_it, on_failure=report_it)

`statements=True` builds every worker's Coder to code plain statements (010) too; the events
then carry that coder's version (`pipeline.coder_version`) in their ids, as with one process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache

from detente.errors import CodingError, DetenteError
from detente.model import Document, Event, Failure, RunStats
from detente.nlp import DEFAULT_MODEL
from detente.pipeline import CodedDocument, Coder, tally
from detente.pipeline import run as run_in_process

# What a worker sends back for one document: its events and sentence count, or its Failure.
Result = tuple[tuple[Event, ...], int] | Failure

DEFAULT_CHUNK = 8  # documents per task sent to a worker
# Batches in flight per worker. Results leave in input order, so a slow batch at the head holds
# back the finished ones behind it; with 2 per worker a worker often sat idle behind a long
# document (73% busy on two cores), with 4 it rarely does. Memory: 4 x 8 documents a worker.
IN_FLIGHT_PER_WORKER = 4
CONTEXTS = ("spawn", "forkserver")


def cpu_count() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int) -> int:
    """`workers` as a process count: 0 means every core; a negative count is an error."""
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, got {workers}")
    return workers or cpu_count()


@lru_cache(maxsize=2)
def worker_coder(model: str = DEFAULT_MODEL, statements: bool = False) -> Coder:
    """The Coder of this process for `model` (coding plain statements too with `statements`),
    built on first use (once per worker process)."""
    return Coder(model, statements=statements)


def _init_worker(model: str, statements: bool = False) -> None:
    """Pool initializer: leave Ctrl-C to the parent and load the coder once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # An error is not cached: the first batch raises it again, and the parent reports it.
    with contextlib.suppress(DetenteError):
        worker_coder(model, statements)


def code_batch(model: str, documents: list[Document], batch_size: int,
               statements: bool = False) -> list[Result]:
    """Code `documents` with this process's coder; one Result per document, in order."""
    coder = worker_coder(model, statements)
    return [item if isinstance(item, Failure) else (item.events, item.sentences)
            for item in coder.code_many(documents, batch_size=batch_size)]


@dataclass(frozen=True, slots=True)
class _Batch:
    documents: tuple[Document, ...]
    future: Future[list[Result]]


def _results(batch: _Batch) -> Iterator[CodedDocument | Failure]:
    try:
        results = batch.future.result()
    except BrokenProcessPool as exc:
        first = batch.documents[0]
        raise CodingError(
            first.origin or first.doc_id,
            f"a worker process died while coding the batch of {len(batch.documents)} "
            f"document(s) starting here ({exc}); the documents before it were coded. Rerun "
            "with --db to resume, or with fewer --workers if memory ran short",
        ) from exc
    for document, result in zip(batch.documents, results, strict=True):
        if isinstance(result, Failure):
            yield result
        else:
            yield CodedDocument(document, result[0], result[1])


def coded_stream(
    inputs: Iterable[Document | Failure],
    *,
    model: str = DEFAULT_MODEL,
    workers: int = 0,
    chunk: int = DEFAULT_CHUNK,
    batch_size: int = 16,
    context: str = "spawn",
    statements: bool = False,
) -> Iterator[CodedDocument | Failure]:
    """Code `inputs` on `workers` processes (0: all cores); results come in input order.
    `statements`: the workers code plain statements (010) too.

    Failures among the inputs pass through in their place. Raises CodingError if a worker
    process dies, and the coder's own error (e.g. PipelineError) if the model cannot load.
    """
    if chunk < 1:
        raise ValueError(f"chunk must be 1 or more, got {chunk}")
    if context not in CONTEXTS:
        raise ValueError(f"context must be one of {', '.join(CONTEXTS)}, got {context!r}")
    processes = resolve_workers(workers)
    limit = IN_FLIGHT_PER_WORKER * processes
    pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(context),
                               initializer=_init_worker, initargs=(model, statements))
    window: deque[_Batch | Failure] = deque()
    in_flight = 0
    pending: list[Document] = []

    def submit() -> None:
        nonlocal in_flight, pending
        if pending:
            future = pool.submit(code_batch, model, pending, batch_size, statements)
            window.append(_Batch(tuple(pending), future))
            in_flight += 1
            pending = []

    def ready(drain: bool = False) -> Iterator[CodedDocument | Failure]:
        """What is done at the head of the window, waiting for it while the window is full
        (or, with `drain`, until the window is empty)."""
        nonlocal in_flight
        while window:
            head = window[0]
            if isinstance(head, _Batch):
                if not drain and in_flight < limit and not head.future.done():
                    return
                in_flight -= 1
            window.popleft()
            if isinstance(head, Failure):
                yield head
            else:
                yield from _results(head)

    try:
        for item in inputs:
            if isinstance(item, Failure):
                submit()  # keep the order: the documents read before it go first
                window.append(item)
            else:
                pending.append(item)
                if len(pending) >= chunk:
                    submit()
            yield from ready()
        submit()
        yield from ready(drain=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run(
    inputs: Iterable[Document | Failure],
    *,
    model: str = DEFAULT_MODEL,
    workers: int = 0,
    on_document: Callable[[CodedDocument], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    chunk: int = DEFAULT_CHUNK,
    batch_size: int = 16,
    context: str = "spawn",
    statements: bool = False,
) -> RunStats:
    """Like `pipeline.run`, on `workers` processes (0: all cores; 1: this process, no pool).
    `statements`: code plain statements (010) too (see `coded_stream`)."""
    if resolve_workers(workers) == 1:
        return run_in_process(inputs, worker_coder(model, statements), on_document=on_document,
                              on_failure=on_failure, batch_size=batch_size)
    stats = RunStats()
    started = time.perf_counter()
    tally(coded_stream(inputs, model=model, workers=workers, chunk=chunk,
                       batch_size=batch_size, context=context, statements=statements),
          stats, on_document, on_failure)
    stats.seconds = time.perf_counter() - started
    return stats
