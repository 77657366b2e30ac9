"""Resumable, idempotent `detente code --db`: stored documents are skipped, --recode codes them
again, and a run killed with SIGKILL finishes on rerun with exactly the events of a run that
was never interrupted."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.cli import main
from detente.pipeline import Coder
from detente.store import Store

pytestmark = pytest.mark.slow

N_DOCS = 40
PLACES = ("Tokyo", "Moscow", "Vladivostok", "Sapporo", "Beijing")
OPENERS = (
    "Japan and Russia held talks in {place} on Monday about a fishing agreement.",
    "The Japanese foreign minister met his Russian counterpart in {place} on Tuesday.",
    "Russia criticized Japan on Wednesday over military drills near {place}.",
    "Japan imposed new sanctions on Russia on Thursday, officials in {place} said.",
)
MIDDLES = (
    "Officials said the two governments agreed to meet again within {n} weeks.",
    "Russia accused Japan of raising tensions, and Japan rejected the claim.",
    "China urged both countries to settle the dispute peacefully.",
    "The Japanese prime minister promised to visit Moscow before the end of the year.",
    "Russian bombers flew near the Japanese coast, and Japan scrambled {n} fighter jets.",
)


def corpus(folder: Path) -> Path:
    """N_DOCS short briefs of our own, all different, several sentences each."""
    folder.mkdir()
    for i in range(N_DOCS):
        place, n = PLACES[i % len(PLACES)], i + 2
        sentences = [OPENERS[i % len(OPENERS)].format(place=place)]
        sentences += [MIDDLES[(i + k) % len(MIDDLES)].format(n=n) for k in range(4)]
        sentences.append(f"This is brief number {i} of the series.")
        (folder / f"brief{i:02d}.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
    return folder


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def snapshot(db: Path) -> tuple[int, list[str]]:
    """(documents, sorted event ids) of a store."""
    with Store(db) as store:
        return store.stats()["documents"], sorted(e.event_id for e in store.iter_events())


def test_resume_rerun_skips_stored_documents_and_recode_codes_again(
    tmp_path: Path, coder: Coder, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    for i in range(3):
        (folder / f"b{i}.txt").write_text(OPENERS[i].format(place=PLACES[i]) + "\n",
                                          encoding="utf-8")
    db = tmp_path / "events.duckdb"
    assert run_cli("code", str(folder), "--db", str(db))[0] == 0
    first = snapshot(db)
    assert first[0] == 3 and first[1]
    capsys.readouterr()

    (folder / "b3.txt").write_text(OPENERS[3].format(place=PLACES[3]) + "\n", encoding="utf-8")
    status, out = run_cli("code", str(folder), "--db", str(db), "--format", "jsonl")
    err = capsys.readouterr().err
    assert status == 0
    assert "coded 1 document(s)" in err and "skipped 3 document(s) already stored" in err
    second = snapshot(db)
    assert second[0] == 4 and set(first[1]) < set(second[1])
    # the events of skipped documents still reach stdout, from the store
    assert sorted(line.split('"event_id": "')[1].split('"')[0]
                  for line in out.splitlines()) == second[1]

    status, _ = run_cli("code", str(folder), "--db", str(db), "--recode")
    err = capsys.readouterr().err
    assert status == 0 and "coded 4 document(s)" in err and "skipped" not in err
    assert snapshot(db) == second


def test_resume_after_sigkill_gives_the_events_of_an_uninterrupted_run(
    tmp_path: Path, coder: Coder
) -> None:
    folder = corpus(tmp_path / "briefs")
    killed_db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "detente.cli", "code", str(folder), "--db", str(killed_db),
               "--progress"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    assert proc.stderr is not None
    stored = 0
    deadline = time.monotonic() + 300
    try:
        # Kill as soon as the third document is reported stored: the report comes after its
        # transaction committed, and the run is then in the middle of the rest.
        while stored < 3 and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            stored += line.startswith("detente: stored ")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert stored == 3, "the coder never reported three stored documents"
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the run finished (status {proc.returncode}) before it could be killed")

    after_kill = snapshot(killed_db)
    assert 3 <= after_kill[0] < N_DOCS, after_kill[0]

    rerun = subprocess.run(command[:-1], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {after_kill[0]} document(s) already stored" in rerun.stderr
    assert f"coded {N_DOCS - after_kill[0]} document(s)" in rerun.stderr

    clean_db = tmp_path / "clean.duckdb"
    assert run_cli("code", str(folder), "--db", str(clean_db))[0] == 0
    resumed, clean = snapshot(killed_db), snapshot(clean_db)
    assert resumed[0] == clean[0] == N_DOCS
    assert resumed[1] == clean[1]  # same events, none twice (event_id is the primary key)
    assert len(clean[1]) > N_DOCS
