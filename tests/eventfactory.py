"""Small builders of Events and Documents for tests, plus Hypothesis strategies for them."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from hypothesis import strategies as st

from detente.model import FACTUALITIES, Actor, Document, Event, Location, Span


def make_actor(code: str = "USAGOV", **overrides: Any) -> Actor:
    values: dict[str, Any] = {
        "text": "the delegation",
        "start": 0,
        "end": 14,
        "code": code,
        "country": code[:3] if len(code) >= 3 and not code.startswith("IGO") else None,
        "sector": code[3:6] or None,
        "name": None,
    }
    values.update(overrides)
    return Actor(**values)


def make_event(
    event_id: str = "e1",
    doc_id: str = "d1",
    *,
    source: str = "USAGOV",
    target: str | None = "RUSGOV",
    cameo: str = "042",
    **overrides: Any,
) -> Event:
    """An event whose fields are plausible and all overridable by keyword."""
    values: dict[str, Any] = {
        "event_id": event_id,
        "doc_id": doc_id,
        "sentence_index": 0,
        "sentence": "The delegation visited the capital on Monday.",
        "date": "2024-03-04",
        "date_precision": "day",
        "source": make_actor(source),
        "target": None if target is None else make_actor(target, text="the capital",
                                                          start=27, end=38),
        "cameo": cameo,
        "root": cameo[:2],
        "quad_class": 1,
        "goldstein": 1.9,
        "plover": "CONSULT",
        "trigger": Span("visited", 15, 22),
        "location": Location("Moscow", "RUS", 55.75, 37.62),
        "factuality": "asserted",
        "confidence": 0.8,
        "rule": "visit.dobj",
    }
    values.update(overrides)
    return Event(**values)


def make_document(doc_id: str = "d1", **overrides: Any) -> Document:
    values: dict[str, Any] = {
        "doc_id": doc_id,
        "text": "The delegation visited the capital on Monday.",
        "published": Date(2024, 3, 4),
        "title": "A visit",
        "url": "https://example.org/visit",
        "origin": "tests",
    }
    values.update(overrides)
    return Document(**values)


# --------------------------------------------------------------------------- strategies

texts = st.text(max_size=30)
small_ints = st.integers(min_value=0, max_value=100_000)
floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
optional_texts = st.none() | texts
iso_dates = st.dates(min_value=Date(1900, 1, 1), max_value=Date(2100, 12, 31)).map(
    Date.isoformat
)

actors = st.builds(
    Actor,
    text=texts,
    start=small_ints,
    end=small_ints,
    code=st.text(min_size=1, max_size=12),
    country=optional_texts,
    sector=optional_texts,
    name=optional_texts,
)

locations = st.builds(
    Location,
    name=texts,
    country=optional_texts,
    lat=st.none() | floats,
    lon=st.none() | floats,
)


@st.composite
def events_of(draw: st.DrawFn, doc_id: str) -> list[Event]:
    """A list of events of one document with distinct event ids."""
    ids = draw(st.lists(st.text(min_size=1, max_size=20), unique=True, max_size=8))
    return [
        Event(
            event_id=eid,
            doc_id=doc_id,
            sentence_index=draw(small_ints),
            sentence=draw(texts),
            date=draw(st.none() | iso_dates),
            date_precision=draw(st.sampled_from([None, "day", "month", "year"])),
            source=draw(actors),
            target=draw(st.none() | actors),
            cameo=draw(texts),
            root=draw(texts),
            quad_class=draw(st.integers(min_value=0, max_value=4)),
            goldstein=draw(floats),
            plover=draw(optional_texts),
            trigger=draw(st.builds(Span, texts, small_ints, small_ints)),
            location=draw(st.none() | locations),
            factuality=draw(st.sampled_from(FACTUALITIES)),
            confidence=draw(floats),
            rule=draw(texts),
        )
        for eid in ids
    ]
