"""Coding on a Dask cluster (detente.distributed, `detente code --dask`): a real LocalCluster
of two worker processes gives the events of a local run, as Parquet partitions that the store
loads and DuckDB reads in place."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from detente.cli import main
from detente.distributed import run_dask
from detente.model import Document, Failure
from detente.pipeline import CodedDocument, Coder
from detente.store import Store

OPENERS = (
    "Japan and Russia held talks in Tokyo on Monday about a fishing agreement.",
    "Russia criticized Japan on Wednesday over military drills near Sapporo.",
    "The Japanese prime minister promised to visit Moscow before the end of the year.",
    "Japan imposed new sanctions on Russia on Thursday, officials in Tokyo said.",
    "China urged Japan and Russia to settle the dispute peacefully.",
)


def briefs() -> list[Document | Failure]:
    """Ten short documents of our own and one input that failed to read."""
    items: list[Document | Failure] = []
    for i in range(10):
        text = (f"{OPENERS[i % 5]} {OPENERS[(i + 2) % 5]} "
                f"Officials said the two governments would meet again within {i + 2} weeks.")
        items.append(Document.from_text(text, doc_id=f"brief{i}", origin=f"briefs.jsonl:{i + 1}",
                                        url=f"https://news{i % 3}.example.org/{i}"))
        if i == 4:
            items.append(Failure("briefs.jsonl:99", "not a JSON object"))
    return items


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[object]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


@pytest.mark.slow
def test_distributed_local_cluster_gives_the_events_of_a_local_run(
    tmp_path: Path, coder: Coder, cluster_client: object
) -> None:
    out = tmp_path / "out"
    stats = run_dask(briefs(), cluster_client, out, partition=3)
    documents = [item for item in briefs() if isinstance(item, Document)]
    local = [c for c in coder.code_many(documents) if isinstance(c, CodedDocument)]
    expected = sorted((e.to_dict() for c in local for e in c.events),
                      key=lambda e: e["event_id"])
    assert stats.documents == 10 and stats.events == len(expected) > 10
    assert [f.origin for f in stats.failures] == ["briefs.jsonl:99"]
    assert len(list((out / "events").glob("part-*.parquet"))) == 4  # 10 documents by 3

    with Store() as store:
        assert store.load_parquet(out) == (10, len(expected))
        loaded = sorted((e.to_dict() for e in store.iter_events()),
                        key=lambda e: e["event_id"])
        assert loaded == expected
        assert store.failures() == [Failure("briefs.jsonl:99", "not a JSON object")]
        assert store.document("brief7") == next(d for d in documents if d.doc_id == "brief7")
        # loading again replaces, it does not duplicate
        assert store.load_parquet(out) == (10, len(expected))
        assert store.stats()["events"] == len(expected)

    # the partitions can be queried in place, as docs/SCALE.md shows
    rows = duckdb.sql(
        f"SELECT source_country, target_country, count(*) AS n"
        f" FROM read_parquet('{out}/events/*.parquet')"
        " GROUP BY ALL ORDER BY n DESC, source_country, target_country"
    ).fetchall()
    assert sum(n for *_, n in rows) == len(expected)
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert failures == [{"origin": "briefs.jsonl:99", "reason": "not a JSON object"}]


@pytest.mark.slow
def test_distributed_rerun_leaves_only_this_runs_partitions(
    tmp_path: Path, cluster_client: object
) -> None:
    out = tmp_path / "out"
    run_dask(briefs(), cluster_client, out, partition=2)
    assert len(list((out / "events").glob("*.parquet"))) == 5
    stats = run_dask(briefs()[:3], cluster_client, out, partition=2)
    assert stats.documents == 3 and not stats.failures
    assert len(list((out / "events").glob("*.parquet"))) == 2
    assert (out / "failures.jsonl").read_text() == ""


def test_distributed_cli_dask_needs_out_and_refuses_format(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["code", "x.txt", "--dask", "local"], stdout=io.StringIO()) == 2
    assert "--dask needs --out DIR" in capsys.readouterr().err
    assert main(["code", "x.txt", "--dask", "local", "--out", "o", "--format", "csv"],
                stdout=io.StringIO()) == 2
    assert "drop --format" in capsys.readouterr().err
    assert main(["code", "x.txt", "--out", "o"], stdout=io.StringIO()) == 2
    assert "--out is for --dask" in capsys.readouterr().err


@pytest.mark.slow
def test_distributed_statements_reach_the_workers_and_their_version(
    tmp_path: Path, cluster_client: object
) -> None:
    said = Document.from_text("Japan's foreign minister told his Russian counterpart on Monday "
                              "that Tokyo wanted calm talks.", doc_id="said")
    for statements, version in ((True, "0.1.0+statements"), (False, "0.1.0")):
        out = tmp_path / version
        run_dask([said], cluster_client, out, statements=statements)
        rows = duckdb.sql(f"SELECT cameo, coder_version"
                          f" FROM read_parquet('{out}/events/*.parquet')").fetchall()
        assert rows == ([("010", version)] if statements else [])
        with Store() as store:
            store.load_parquet(out)
            assert store.has_document("said", version)
