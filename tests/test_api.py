"""The library face, end to end with the real spaCy pipeline: detente.code and Coder."""

from __future__ import annotations

import importlib
from datetime import date as Date

import pytest

import detente
from detente.model import Actor, Document, Event, Location, Span
from detente.nlp import MAX_CHUNK_CHARS, chunk_text
from detente.pipeline import CodedDocument, Coder

pytestmark = pytest.mark.slow

PUBLISHED = "2017-04-28"  # a Friday
MEETING = "Putin and Abe met in Moscow on Thursday."
SANCTIONS = "Japan imposed sanctions on Russia on Friday."
SANCTIONS_2002 = "Japan imposed sanctions on Russia in 2002."
FILLER = "Trading was light and the weather stayed mild all week."


def _check_spans(text: str, event: Event) -> None:
    assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    assert text[event.source.start:event.source.end] == event.source.text
    if event.target is not None:
        assert text[event.target.start:event.target.end] == event.target.text


def _key(event: Event) -> tuple[object, ...]:
    target = event.target.code if event.target else None
    return (event.cameo, event.source.code, target, event.date, event.factuality)


@pytest.fixture(scope="module")
def sanctions_events(coder: Coder) -> list[Event]:
    # `coder` first: the pipeline is then cached and detente.code's default Coder reuses it.
    return detente.code(SANCTIONS, date=PUBLISHED)


def test_api_code_returns_event_records(sanctions_events: list[Event]) -> None:
    assert len(sanctions_events) == 1
    event = sanctions_events[0]
    assert isinstance(event, Event)
    assert isinstance(event.source, Actor) and isinstance(event.target, Actor)
    assert isinstance(event.trigger, Span)
    assert (event.source.code, event.source.country) == ("JPN", "JPN")
    assert (event.target.code, event.target.country) == ("RUS", "RUS")
    assert event.cameo == "163"
    assert event.root == "16"
    assert event.quad_class == 4
    assert event.goldstein == pytest.approx(-8.0)
    assert event.plover == "SANCTION"  # PLOVER files international sanctions as SANCTION
    assert event.factuality == "asserted"
    assert 0.0 < event.confidence <= 1.0
    assert event.rule
    assert event.sentence == SANCTIONS
    assert event.sentence_index == 0


def test_api_code_offsets_point_at_the_evidence(sanctions_events: list[Event]) -> None:
    event = sanctions_events[0]
    assert event.trigger.text == "sanctions"
    _check_spans(SANCTIONS, event)
    assert event.source.text == "Japan" and event.target is not None
    assert event.target.text == "Russia"


def test_api_code_meeting_has_named_actors_and_place(coder: Coder) -> None:
    events = detente.code(MEETING, date=PUBLISHED)
    assert {(e.source.code, e.target.code if e.target else None) for e in events} == {
        ("RUSGOV", "JPNGOV"),
        ("JPNGOV", "RUSGOV"),
    }
    for event in events:
        _check_spans(MEETING, event)
        assert event.cameo == "040" and event.root == "04" and event.quad_class == 1
        assert event.trigger.text == "met"
        assert isinstance(event.location, Location)
        assert event.location.name == "Moscow" and event.location.country == "RUS"
    assert {e.source.name for e in events} == {"Vladimir Putin", "Shinzo Abe"}


def test_api_code_resolves_relative_date_against_publication(coder: Coder) -> None:
    events = detente.code(MEETING, date=PUBLISHED)
    assert events
    assert {(e.date, e.date_precision) for e in events} == {("2017-04-27", "day")}


def test_api_code_accepts_date_object(sanctions_events: list[Event]) -> None:
    again = detente.code(SANCTIONS, date=Date(2017, 4, 28))
    assert again == sanctions_events
    assert again[0].date == "2017-04-28"


def test_api_code_year_gives_year_precision(coder: Coder) -> None:
    events = detente.code(SANCTIONS_2002, date=PUBLISHED)
    assert len(events) == 1
    assert (events[0].date, events[0].date_precision) == ("2002-01-01", "year")


def test_api_code_event_ids_are_stable(sanctions_events: list[Event]) -> None:
    again = detente.code(SANCTIONS, date=PUBLISHED)
    assert [e.event_id for e in again] == [e.event_id for e in sanctions_events]
    assert [e.doc_id for e in again] == [e.doc_id for e in sanctions_events]


def test_api_code_event_ids_change_with_the_document(sanctions_events: list[Event]) -> None:
    other_text = detente.code(SANCTIONS + " Moscow protested.", date=PUBLISHED)
    other_id = detente.code(SANCTIONS, date=PUBLISHED, doc_id="wire-7")
    ids = {e.event_id for e in sanctions_events}
    assert other_text and other_id
    assert ids.isdisjoint(e.event_id for e in other_text)
    assert ids.isdisjoint(e.event_id for e in other_id)
    assert {e.doc_id for e in other_id} == {"wire-7"}


def test_api_code_many_equals_one_at_a_time(coder: Coder) -> None:
    texts = [
        MEETING,
        SANCTIONS,
        FILLER,
        "Russia condemned Japan's decision on Tuesday.",
        SANCTIONS_2002 + "\n\n" + MEETING,
    ]
    documents = [Document.from_text(t, published=Date(2017, 4, 28)) for t in texts]
    batched = list(coder.code_many(iter(documents), batch_size=2))
    single = [coder.code_document(d) for d in documents]
    assert all(isinstance(c, CodedDocument) for c in batched)
    assert batched == single
    assert sum(len(c.events) for c in single) >= 6
    assert [c.document.doc_id for c in batched] == [d.doc_id for d in documents]


def test_api_code_long_document_is_chunked_with_true_offsets(coder: Coder) -> None:
    # Over 100,000 characters in paragraphs; event sentences at the start, on both sides of
    # the chunk boundary and at the end, filler (no actors) in between.
    n = MAX_CHUNK_CHARS // (len(FILLER) + 2) + 40
    paragraphs = [FILLER] * n
    boundary = MAX_CHUNK_CHARS // (len(FILLER) + 2)
    planted = {0: SANCTIONS, boundary - 1: MEETING, boundary: SANCTIONS, boundary + 1: MEETING,
               n - 1: SANCTIONS}
    for index, sentence in planted.items():
        paragraphs[index] = sentence
    text = "\n\n".join(paragraphs)
    assert len(text) > 100_000
    assert len(chunk_text(text)) > 1  # the test really crosses a chunk boundary

    starts, pos = [], 0
    for paragraph in paragraphs:
        starts.append(pos)
        pos += len(paragraph) + 2

    coded = coder.code_document(Document.from_text(text, published=Date(2017, 4, 28)))
    assert coded.sentences == n
    alone = {s: coder.code(s, date=Date(2017, 4, 28)) for s in set(planted.values())}
    expected = sum(len(alone[s]) for s in planted.values())
    assert len(coded.events) == expected
    for event in coded.events:
        _check_spans(text, event)
        index = event.sentence_index
        assert index in planted
        reference = alone[planted[index]]
        shift = starts[index]
        assert any(
            _key(r) == _key(event) and r.trigger.start + shift == event.trigger.start
            and r.source.start + shift == event.source.start
            for r in reference
        )
    assert max(e.trigger.start for e in coded.events) > MAX_CHUNK_CHARS


def test_api_all_names_exist() -> None:
    for name in detente.__all__:
        assert hasattr(detente, name), name
    assert len(set(detente.__all__)) == len(detente.__all__)
    assert "code" in detente.__all__ and "Coder" in detente.__all__


@pytest.mark.parametrize("module", ["detente", "detente.ingest"])
def test_api_all_names_importable(module: str) -> None:
    mod = importlib.import_module(module)
    namespace: dict[str, object] = {}
    exec(f"from {module} import *", namespace)
    for name in mod.__all__:
        assert name in namespace, f"{module}.{name}"
        code = f"from {module} import {name}"
        exec(code, {})
