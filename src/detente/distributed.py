"""Coding on a Dask cluster: the same coder on many machines, Parquet partitions out.

The client (the machine running `detente code --dask`) reads the inputs and sends them in
batches of `partition` documents; each Dask worker process codes its batches with one Coder,
loaded once per process (`parallel.worker_coder`, warmed on every worker before the first
batch), and writes each batch as a pair of Parquet files:

    OUT/documents/part-00000.parquet   the documents table of the store, for that batch
    OUT/events/part-00000.parquet      the events table: the flat event columns
                                       (formats.FLAT_COLUMNS), seq, origin, coder_version, ...
    OUT/failures.jsonl                 written by the client: {"origin", "reason"} per line

OUT must be a folder every worker can write to (the same path on a shared file system when the
workers run on other machines). At most `2 * workers` batches are in flight, so the client
holds a bounded number of documents. `Store.load_parquet(OUT)` loads the result into a store;
DuckDB can also query it in place (see docs/SCALE.md).

    with dask_client("local", workers=2) as client:      # or "tcp://scheduler:8786"
        stats = run_dask(read_inputs(paths), client, "out/")

`statements=True` has every worker's Coder code plain statements (010) too; the events table
then records that coder's version ("0.1.0+statements", `pipeline.coder_version`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from detente.errors import DetenteError
from detente.model import Document, Failure, RunStats
from detente.nlp import DEFAULT_MODEL
from detente.parallel import cpu_count, worker_coder

DEFAULT_PARTITION = 32  # documents per Dask task (and per Parquet file pair)
# Dask settings for the workers of a local cluster (docs/SCALE.md gives them for remote ones):
# - the nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which makes glibc hand memory
#   back to the system so eagerly that spaCy's many short-lived arrays cost 13 times the page
#   faults and 5 times the system time (docs/PERFORMANCE.md); None leaves glibc's adaptive one;
# - the statistical profiler samples every thread's stack 100 times a second: not needed.
LOCAL_CONFIG: dict[str, Any] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


class ClusterError(DetenteError):
    """The Dask cluster cannot be reached or started, or lost a task."""


@dataclass(frozen=True, slots=True)
class PartitionStats:
    """What one Dask task did: counts and the failures of its documents, in order."""

    index: int
    documents: int
    sentences: int
    events: int
    failures: tuple[Failure, ...]


def partition_name(index: int) -> str:
    return f"part-{index:05d}"


def _warm(model: str, statements: bool = False) -> str:
    """Run on every worker at start: load the coder so that the first batch does not wait."""
    return worker_coder(model, statements).model


def code_partition(model: str, index: int, documents: list[Document],
                   out: str, statements: bool = False) -> PartitionStats:
    """Code one batch on a worker and write its Parquet pair under `out`."""
    from detente.store import Store

    coder = worker_coder(model, statements)
    failures: list[Failure] = []
    sentences = events = coded = 0
    with Store() as store:
        for item in coder.code_many(documents):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            store.replace_document(item.document, item.events, coder_version=coder.version)
            coded += 1
            sentences += item.sentences
            events += len(item.events)
        store.write_partition(out, partition_name(index))
    return PartitionStats(index, coded, sentences, events, tuple(failures))


@contextmanager
def dask_client(address: str, *, workers: int = 0) -> Iterator[Any]:
    """A `distributed.Client` on the scheduler at `address`, or on a LocalCluster of `workers`
    processes (0: one per core; one thread each) when `address` is "local"."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ClusterError(f"Dask is not installed ({exc}); pip install 'dask[distributed]'") \
            from exc
    if address == "local":
        import dask

        n = workers or cpu_count()
        try:
            with dask.config.set(LOCAL_CONFIG):  # handed to the worker processes at start
                cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                       dashboard_address=":0")
        except Exception as exc:  # any start-up failure is reported the same way
            raise ClusterError(f"cannot start a local Dask cluster of {n} workers: {exc}") \
                from exc
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()


def _batches(inputs: Iterable[Document | Failure], size: int,
             on_input_failure: Callable[[Failure], None]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in inputs:
        if isinstance(item, Failure):
            on_input_failure(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def clear_output(out: Path) -> None:
    """Remove the files a previous run left in `out` (ours only: part-*.parquet and
    failures.jsonl), so that the folder holds exactly this run's result."""
    for folder in ("documents", "events"):
        for old in (out / folder).glob("part-*.parquet"):
            old.unlink()
    (out / "failures.jsonl").unlink(missing_ok=True)


def run_dask(
    inputs: Iterable[Document | Failure],
    client: Any,
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    partition: int = DEFAULT_PARTITION,
    on_failure: Callable[[Failure], None] | None = None,
    on_partition: Callable[[PartitionStats], None] | None = None,
    statements: bool = False,
) -> RunStats:
    """Code `inputs` on the cluster of `client`, writing Parquet partitions under `out`;
    with `statements`, plain statements (010) too.

    Failures (of reading, on the client, and of coding, on the workers) go to `on_failure` as
    they are known and to OUT/failures.jsonl, ordered by partition. Raises ClusterError when a
    task is lost, and the coder's own error (e.g. PipelineError) when a worker cannot load it.
    """
    from distributed import as_completed

    if partition < 1:
        raise ValueError(f"partition must be 1 or more, got {partition}")
    target = Path(out)
    try:
        target.mkdir(parents=True, exist_ok=True)
        clear_output(target)
    except OSError as exc:
        raise ClusterError(f"{target}: cannot prepare the output folder: {exc}") from exc
    stats = RunStats()
    started = time.perf_counter()
    client.run(_warm, model, statements)  # raises the worker's error (e.g. PipelineError) here
    limit = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    # (partition, 0 when read before its batch was sent / 1 when coding it, position, failure)
    ordered: list[tuple[int, int, int, Failure]] = []
    next_index = 0

    def input_failure(failure: Failure) -> None:
        ordered.append((next_index, 0, len(ordered), failure))
        stats.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def collect(future: Any) -> None:
        try:
            part: PartitionStats = future.result()
        except DetenteError:
            raise
        except Exception as exc:  # a lost worker, a killed task
            raise ClusterError(f"Dask task {future.key} failed: {type(exc).__name__}: "
                               f"{exc}") from exc
        stats.documents += part.documents
        stats.sentences += part.sentences
        stats.events += part.events
        for position, failure in enumerate(part.failures):
            ordered.append((part.index, 1, position, failure))
            stats.failures.append(failure)
            if on_failure:
                on_failure(failure)
        if on_partition:
            on_partition(part)

    running = as_completed()
    in_flight = 0
    for batch in _batches(inputs, partition, input_failure):
        future = client.submit(code_partition, model, next_index, batch, str(target),
                               statements, pure=False)
        next_index += 1
        running.add(future)
        in_flight += 1
        while in_flight >= limit:
            collect(next(running))
            in_flight -= 1
    for future in running:
        collect(future)
    _write_failures(target / "failures.jsonl",
                    [f for *_, f in sorted(ordered, key=lambda t: t[:3])])
    stats.seconds = time.perf_counter() - started
    return stats


def _write_failures(path: Path, failures: list[Failure]) -> None:
    try:
        with path.open("w", encoding="utf-8") as fh:
            for failure in failures:
                fh.write(json.dumps({"origin": failure.origin, "reason": failure.reason},
                                    ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ClusterError(f"{path}: cannot write the failures: {exc}") from exc
