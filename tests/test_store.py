from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date as Date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from detente.errors import StoreError
from detente.model import Failure
from detente.store import SCHEMA_VERSION, Store
from eventfactory import events_of, make_document, make_event


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def test_store_round_trip_hand_built(store: Store) -> None:
    doc = make_document()
    events = [
        make_event("e1"),
        make_event("e2", target=None, location=None, date=None, date_precision=None,
                   plover=None),
    ]
    store.replace_document(doc, events, coder_version="0.1.0")
    assert store.events() == events
    assert store.document("d1") == doc
    assert store.documents() == [doc]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=events_of("doc-α"))
def test_store_round_trip_hypothesis(events: list) -> None:
    with Store() as store:
        store.replace_document(make_document("doc-α"), events, coder_version="v")
        got = store.events()
    assert sorted(got, key=lambda e: e.event_id) == sorted(events, key=lambda e: e.event_id)


def test_store_replace_document_replaces_events(store: Store) -> None:
    doc = make_document()
    store.replace_document(doc, [make_event("e1"), make_event("e2")], coder_version="1")
    store.replace_document(doc, [make_event("e1"), make_event("e2")], coder_version="1")
    assert store.stats() == {"documents": 1, "events": 2, "failures": 0}
    new = make_event("e3", cameo="190")
    store.replace_document(replace(doc, title="Recoded"), [new], coder_version="2")
    assert store.events() == [new]
    stored = store.document("d1")
    assert stored is not None and stored.title == "Recoded"
    assert store.has_document("d1", "2") and not store.has_document("d1", "1")
    store.replace_document(doc, [], coder_version="3")
    assert store.stats()["events"] == 0 and store.has_document("d1")


def test_store_replace_document_keeps_other_documents(store: Store) -> None:
    store.replace_document(make_document("a"), [make_event("a1", "a")], coder_version="1")
    store.replace_document(make_document("b"), [make_event("b1", "b")], coder_version="1")
    store.replace_document(make_document("a"), [], coder_version="1")
    assert [e.event_id for e in store.events()] == ["b1"]


def test_store_replace_document_rejects_bad_events_atomically(store: Store) -> None:
    doc = make_document()
    store.replace_document(doc, [make_event("e1")], coder_version="1")
    with pytest.raises(StoreError, match="occurs twice"):
        store.replace_document(doc, [make_event("x"), make_event("x")], coder_version="2")
    with pytest.raises(StoreError, match="belongs to document 'other'"):
        store.replace_document(doc, [make_event("y", "other")], coder_version="2")
    with pytest.raises(StoreError, match="2024-13-01"):
        store.replace_document(doc, [make_event("z", date="2024-13-01")], coder_version="2")
    # an event id already used by another document: fails inside the transaction
    with pytest.raises(StoreError, match=":memory:"):
        store.replace_document(make_document("d2"), [make_event("e1", "d2")], coder_version="2")
    assert [e.event_id for e in store.events()] == ["e1"]
    assert not store.has_document("d2")
    assert store.has_document("d1", "1")


def test_store_has_document(store: Store) -> None:
    assert not store.has_document("d1")
    store.replace_document(make_document(), [], coder_version="1")
    assert store.has_document("d1")
    assert store.has_document("d1", "1")
    assert not store.has_document("d1", "2")


@pytest.fixture
def filled(store: Store) -> Store:
    events = [
        make_event("a", "d1", source="USAGOV", target="RUSGOV", cameo="042", date="2024-01-05"),
        make_event("b", "d1", source="USAMIL", target="CHN", cameo="190", quad_class=4,
                   root="19", goldstein=-10.0, date="2024-02-10", factuality="negated"),
        make_event("c", "d1", source="RUSGOV", target=None, cameo="010", quad_class=1,
                   date=None, date_precision=None),
    ]
    store.replace_document(make_document("d1"), events, coder_version="1")
    later = [
        make_event("d", "d2", source="CHNGOV", target="USAGOV", cameo="0421",
                   date="2024-03-01", factuality="hypothetical"),
    ]
    store.replace_document(make_document("d2"), later, coder_version="1")
    return store


def ids(events: list) -> list[str]:
    return [e.event_id for e in events]


def test_store_events_default_order_and_all_factualities(filled: Store) -> None:
    assert ids(filled.events()) == ["a", "b", "d", "c"]  # by date, undated last


def test_store_events_dyad_filter_matches_code_prefix(filled: Store) -> None:
    assert ids(filled.events(source="USA")) == ["a", "b"]
    assert ids(filled.events(source="USAGOV", target="RUS")) == ["a"]
    assert ids(filled.events(target="USAGOV")) == ["d"]
    assert filled.events(source="USA%") == []  # no LIKE wildcards


def test_store_events_code_filters(filled: Store) -> None:
    assert ids(filled.events(root="19")) == ["b"]
    assert ids(filled.events(cameo="042")) == ["a"]
    assert ids(filled.events(quad_class=4)) == ["b"]
    assert ids(filled.events(doc_id="d2")) == ["d"]


def test_store_events_factuality_filter(filled: Store) -> None:
    assert ids(filled.events(factuality="asserted")) == ["a", "c"]
    assert ids(filled.events(factuality="negated")) == ["b"]
    assert ids(filled.events(factuality="hypothetical")) == ["d"]


def test_store_events_date_range_is_inclusive(filled: Store) -> None:
    got = filled.events(date_from=Date(2024, 1, 5), date_to=Date(2024, 2, 10))
    assert ids(got) == ["a", "b"]
    assert ids(filled.events(date_from=Date(2024, 2, 11))) == ["d"]
    assert ids(filled.events(date_to=Date(2024, 1, 4))) == []


def test_store_events_pagination(filled: Store) -> None:
    assert ids(filled.events(limit=2)) == ["a", "b"]
    assert ids(filled.events(limit=2, offset=2)) == ["d", "c"]
    assert ids(filled.events(offset=3)) == ["c"]
    assert filled.events(limit=0) == []
    with pytest.raises(ValueError, match="offset"):
        filled.events(offset=-1)


def test_store_count_events_matches_events(filled: Store) -> None:
    assert filled.count_events() == 4
    assert filled.count_events(source="USA", date_from=Date(2024, 2, 1)) == 1
    assert filled.count_events(origin="detente") == 4
    assert filled.count_events(origin="gdelt") == 0


def test_store_filter_values_are_parameters(filled: Store) -> None:
    assert filled.events(doc_id="d1' OR '1'='1") == []
    assert filled.stats()["events"] == 4


def test_store_documents_pagination(store: Store) -> None:
    for name in ("c", "a", "b"):
        store.replace_document(make_document(name, published=None, title=None, url=None),
                               [], coder_version="1")
    assert [d.doc_id for d in store.documents()] == ["a", "b", "c"]
    assert [d.doc_id for d in store.documents(limit=1, offset=1)] == ["b"]
    assert store.document("zzz") is None


def test_store_file_backed_reopens_with_data(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "events.duckdb"
    event = make_event()
    with Store(path) as store:
        store.replace_document(make_document(), [event], coder_version="1")
        store.record_failure(Failure("broken.txt", "empty document"), run_id="r1")
    with Store(path) as store:
        assert store.events() == [event]
        assert store.failures() == [Failure("broken.txt", "empty document")]
        assert store.schema_version() == SCHEMA_VERSION
        assert store.stats() == {"documents": 1, "events": 1, "failures": 1}


def test_store_corrupt_file_names_path(tmp_path: Path) -> None:
    path = tmp_path / "garbage.duckdb"
    path.write_bytes(b"this is not a database at all\x00\x01\x02" * 200)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert "not a DuckDB database" in str(info.value)


def test_store_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer détente"):
        Store(path)


def test_store_locked_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as info:
            Store(path)
        assert str(path) in str(info.value)
        assert "locked by another process" in str(info.value)
    finally:
        holder.communicate("", timeout=30)


def test_store_closed_store_raises(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.events()


def test_store_failures_recorded_in_order(store: Store) -> None:
    store.record_failure(Failure("a.txt:3", "not UTF-8"), run_id="r1")
    store.record_failure(Failure("b.html", "no text extracted"), run_id="r2")
    store.record_failure(Failure("c.txt", "empty"))
    assert store.failures() == [
        Failure("a.txt:3", "not UTF-8"),
        Failure("b.html", "no text extracted"),
        Failure("c.txt", "empty"),
    ]
    assert store.failures(run_id="r2") == [Failure("b.html", "no text extracted")]
    assert store.stats()["failures"] == 3


def test_store_bulk_insert_keeps_every_event(tmp_path: Path) -> None:
    # Speed is measured in bench/, not here; this checks the bulk path loses nothing.
    events = [make_event(f"e{i}", sentence_index=i // 5) for i in range(10_000)]
    with Store(tmp_path / "bulk.duckdb") as store:
        store.replace_document(make_document(), events, coder_version="1")
        assert store.count_events() == 10_000
