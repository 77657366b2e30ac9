"""Coding on several processes (detente.parallel, `detente code --workers`) and the progress
display (detente.progress): same results as one process, in order, with bounded work in
flight."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.cli import main
from detente.errors import PipelineError
from detente.model import Document, Failure
from detente.parallel import IN_FLIGHT_PER_WORKER, coded_stream, cpu_count, resolve_workers
from detente.parallel import run as run_parallel
from detente.pipeline import CODER_VERSION, CodedDocument, Coder, coder_version
from detente.progress import Progress, count_inputs
from detente.store import Store

PLACES = ("Tokyo", "Moscow", "Vladivostok", "Sapporo", "Beijing")
SENTENCES = (
    "Japan and Russia held talks in {place} on Monday about a fishing agreement.",
    "Russia criticized Japan on Wednesday over military drills near {place}.",
    "The Japanese prime minister promised to visit {place} before the end of the year.",
    "China urged both countries to settle the dispute peacefully.",
    "Japan imposed new sanctions on Russia on Thursday, officials in {place} said.",
)


def briefs(n: int) -> list[Document]:
    """`n` short briefs of our own, all different."""
    docs = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)].format(place=PLACES[i % 5])
                        for k in range(3)) + f" This is brief number {i}."
        docs.append(Document.from_text(text, doc_id=f"brief{i:02d}", origin=f"brief{i:02d}"))
    return docs


def text_folder(parent: Path, texts: dict[str, str]) -> Path:
    """A folder 'briefs' under `parent` with one NAME.txt a text, written as given."""
    folder = parent / "briefs"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def as_records(items: list[CodedDocument | Failure]) -> list[object]:
    return [item if isinstance(item, Failure)
            else (item.document.doc_id, item.sentences, [e.to_dict() for e in item.events])
            for item in items]


# --------------------------------------------------------------------------- workers


def test_parallel_resolve_workers_zero_means_every_core() -> None:
    assert resolve_workers(0) == cpu_count() >= 1
    assert resolve_workers(3) == 3
    with pytest.raises(ValueError, match="-1"):
        resolve_workers(-1)


@pytest.mark.slow
def test_parallel_two_workers_give_the_events_of_one_process_in_order(coder: Coder) -> None:
    docs = briefs(9)
    broken = Failure("broken.txt", "cannot read file")
    inputs: list[Document | Failure] = [*docs[:4], broken, *docs[4:]]
    alone = list(coder.code_many(docs))
    expected = as_records([*alone[:4], broken, *alone[4:]])
    pooled = list(coded_stream(inputs, workers=2, chunk=2))
    assert as_records(pooled) == expected
    assert sum(len(item.events) for item in alone if isinstance(item, CodedDocument)) > 9


@pytest.mark.slow
def test_parallel_reads_inputs_lazily_with_bounded_work_in_flight() -> None:
    read = 0

    def endless() -> Iterator[Document]:
        nonlocal read
        for i in itertools.count():
            read += 1
            yield Document.from_text(f"Japan and Russia held talks on day {i}.",
                                     doc_id=f"day{i}")

    stream = coded_stream(endless(), workers=2, chunk=2)
    first = list(itertools.islice(stream, 3))
    stream.close()  # shuts the pool down
    assert [item.document.doc_id for item in first if isinstance(item, CodedDocument)] == [
        "day0", "day1", "day2"]
    # the batches in flight (of `chunk` documents), the batch being filled, and one more
    assert read <= IN_FLIGHT_PER_WORKER * 2 * 2 + 2 + 1, read


@pytest.mark.slow
def test_parallel_model_that_cannot_load_is_reported_by_name() -> None:
    with pytest.raises(PipelineError, match="no_such_pipeline_xyz"):
        run_parallel(briefs(2), model="no_such_pipeline_xyz", workers=2)


@pytest.mark.slow
def test_parallel_cli_workers_two_writes_and_stores_what_one_does(
    tmp_path: Path, coder: Coder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = text_folder(tmp_path, {doc.doc_id: doc.text + "\n" for doc in briefs(7)}
                         | {"empty": ""})
    outputs = {}
    for workers in ("1", "2"):
        out = io.StringIO()
        db = tmp_path / f"w{workers}.duckdb"
        status = main(["code", str(folder), "--date", "2024-03-04", "--workers", workers,
                       "--format", "jsonl", "--db", str(db)], stdout=out)
        err = capsys.readouterr().err
        assert status == 1, err  # empty.txt fails; the rest is coded
        assert "coded 7 document(s)" in err and f"documents/s on {workers} process(es)" in err
        with Store(db) as store:
            stored = ([e.to_dict() for e in store.iter_events()], store.failures(),
                      store.stats())
        outputs[workers] = (out.getvalue(), stored)
    assert outputs["1"] == outputs["2"]
    lines = [json.loads(line) for line in outputs["2"][0].splitlines()]
    assert len(lines) > 7 and lines[0]["doc_id"] != lines[-1]["doc_id"]


def test_parallel_cli_refuses_a_negative_worker_count(
    capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--workers", "-2"])
    assert exit_info.value.code == 2
    assert "-2" in capsys.readouterr().err


def test_parallel_coder_version_names_the_readings_that_are_not_the_default() -> None:
    assert coder_version() == coder_version(statements=False) == CODER_VERSION
    assert coder_version(statements=True) == f"{CODER_VERSION}+statements"
    assert coder_version(future_intent=False, statements=True) == \
        f"{CODER_VERSION}+no-future-intent+statements"
    with pytest.raises(TypeError, match="statement"):
        coder_version(statement=True)


# a plain statement (010 only with --statements) and an accusation (1125 either way)
STATEMENT_BRIEF = ("The Bolivian foreign minister told his Paraguayan counterpart on Monday "
                   "that La Paz wanted quiet borders. Bolivia accused Paraguay of spying on "
                   "Tuesday.")


@pytest.mark.slow
def test_parallel_cli_statements_flag_reaches_the_worker_processes(
    tmp_path: Path, coder: Coder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = text_folder(tmp_path, {f"said{i}": f"{STATEMENT_BRIEF} This is brief {i}.\n"
                                    for i in range(3)})
    runs = {}
    for flag in ("--statements", None):
        out, db = io.StringIO(), tmp_path / f"{flag or 'plain'}.duckdb"
        argv = ["code", str(folder), "--date", "2024-03-04", "--workers", "2",
                "--format", "jsonl", "--db", str(db)]
        status = main([*argv, flag] if flag else argv, stdout=out)
        assert status == 0, capsys.readouterr().err
        runs[flag] = ([json.loads(line) for line in out.getvalue().splitlines()], db)
    said, plain = runs["--statements"][0], runs[None][0]
    doc_id = said[0]["doc_id"]
    assert {e["cameo"] for e in said} == {"010", "1125"}
    assert {e["cameo"] for e in plain} == {"1125"}
    # the coder version differs, in the store and in the ids of the events both coded
    with Store(runs["--statements"][1]) as store:
        assert store.has_document(doc_id, "0.1.0+statements")
        assert not store.has_document(doc_id, "0.1.0")
    with Store(runs[None][1]) as store:
        assert store.has_document(doc_id, "0.1.0")
    accused = {e["event_id"] for e in said if e["cameo"] == "1125"}
    assert accused.isdisjoint(e["event_id"] for e in plain)
    # a store coded with statements is not resumed by a run without them: coded again
    main(["code", str(folder), "--date", "2024-03-04", "--db", str(runs["--statements"][1])],
         stdout=io.StringIO())
    assert "skipped" not in capsys.readouterr().err
    with Store(runs["--statements"][1]) as store:
        assert store.has_document(doc_id, "0.1.0")
        assert {e.cameo for e in store.iter_events()} == {"1125"}


# --------------------------------------------------------------------------- progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_log_lines_show_rate_counts_and_time_left() -> None:
    out, clock = io.StringIO(), Clock()
    bar = Progress(out, total=10, tty=False, interval=5.0, clock=clock)
    clock.now += 2
    bar.update(documents=1, events=3)  # first update: shown at once
    clock.now += 2
    bar.update(documents=1, events=1)  # within the interval: not shown
    clock.now += 4
    bar.update(failures=1, skipped=1)  # 4 done in 8 s
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and all(line.startswith("detente: progress: ") for line in lines)
    assert "1/10 docs" in lines[0] and "0.5 docs/s" in lines[0] and "0:18 left" in lines[0]
    assert "4/10 docs" in lines[1] and "0.5 docs/s" in lines[1] and "4 events" in lines[1]
    assert "1 failed" in lines[1] and "1 skipped" in lines[1] and "0:12 left" in lines[1]
    assert "\r" not in out.getvalue()


def test_progress_terminal_bar_redraws_in_place_and_keeps_messages_above() -> None:
    out, clock = io.StringIO(), Clock()
    bar = Progress(out, total=None, tty=True, clock=clock)
    clock.now += 1
    bar.update(documents=2, events=5)
    bar.message("detente: error: bad.txt: empty file")
    bar.close()
    text = out.getvalue()
    assert text.startswith("\r\x1b[K2 docs | 2.0 docs/s | 5 events | 0 failed | 0:01 elapsed")
    assert "\r\x1b[Kdetente: error: bad.txt: empty file\n" in text
    assert "left" not in text  # no total, no time left
    assert text.endswith("elapsed\n")


def test_progress_count_inputs_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text("<p>two</p>", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 4
    assert count_inputs([str(tmp_path / "feed.jsonl"), str(tmp_path / "missing.txt")]) == 3
    assert count_inputs([str(tmp_path), "-"]) is None
