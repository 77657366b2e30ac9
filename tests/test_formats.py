from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

import pytest
from hypothesis import given, settings

from detente.errors import InputError
from detente.formats import (
    FLAT_COLUMNS,
    FORMATS,
    TABLE_WIDTH,
    event_from_json,
    event_to_json,
    flatten_event,
    unflatten_event,
    write_events,
)
from detente.model import Event, Span
from eventfactory import events_of, make_event


def test_formats_json_keys_are_model_fields_in_order() -> None:
    record = event_to_json(make_event(target=None))
    assert list(record) == [f.name for f in fields(Event)]
    assert record["target"] is None
    assert record["source"] == {
        "text": "the delegation", "start": 0, "end": 14, "code": "USAGOV",
        "country": "USA", "sector": "GOV", "name": None,
    }
    assert record["trigger"] == {"text": "visited", "start": 15, "end": 22}
    assert list(record["location"]) == ["name", "country", "lat", "lon"]


def test_formats_jsonl_round_trip() -> None:
    events = [
        make_event("e1", sentence="line\u2028separator\x85next"),
        make_event("e2", target=None, location=None, sentence="Zürich …"),
    ]
    out = io.StringIO()
    assert write_events(events, out, "jsonl") == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert "Zürich …" in lines[1]  # ensure_ascii=False
    assert [event_from_json(json.loads(line)) for line in lines] == events


@settings(max_examples=50, deadline=None)
@given(events=events_of("d"))
def test_formats_jsonl_round_trip_hypothesis(events: list[Event]) -> None:
    out = io.StringIO()
    write_events(events, out, "jsonl")
    assert [event_from_json(json.loads(line)) for line in out.getvalue().splitlines()] == events


@settings(max_examples=50, deadline=None)
@given(events=events_of("d"))
def test_formats_flat_round_trip_hypothesis(events: list[Event]) -> None:
    assert [unflatten_event(flatten_event(e)) for e in events] == events


def test_formats_event_from_json_names_bad_field() -> None:
    record = event_to_json(make_event("e9"))
    record["quad_class"] = "four"
    with pytest.raises(InputError, match=r"events\.jsonl:3 \(event e9\).*'quad_class'.*'four'"):
        event_from_json(record, origin="events.jsonl:3")
    record = event_to_json(make_event("e9"))
    del record["source"]["code"]
    with pytest.raises(InputError, match=r"source.*missing field 'code'"):
        event_from_json(record)
    record = event_to_json(make_event("e9", factuality="asserted"))
    record["factuality"] = "rumoured"
    with pytest.raises(InputError, match="factuality"):
        event_from_json(record)
    record = event_to_json(make_event("e9"))
    record["date"] = "2024-W01-1"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        event_from_json(record)
    with pytest.raises(InputError, match="JSON object"):
        event_from_json([1, 2])  # type: ignore[arg-type]


def test_formats_csv_header_and_row() -> None:
    out = io.StringIO()
    assert write_events([make_event("e1", target=None)], out, "csv") == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(FLAT_COLUMNS)
    assert rows[0][:4] == ["event_id", "doc_id", "sentence_index", "sentence"]
    assert {"source_code", "source_start", "trigger_text", "location_lat"} <= set(rows[0])
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["source_code"] == "USAGOV"
    assert row["target_code"] == ""
    assert row["trigger_start"] == "15"
    assert row["location_lat"] == "55.75"
    assert len(rows) == 2


def test_formats_csv_quotes_commas_and_newlines() -> None:
    event = make_event(sentence='He said, "no",\nthen left.')
    out = io.StringIO()
    write_events([event], out, "csv")
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert dict(zip(rows[0], rows[1], strict=True))["sentence"] == event.sentence


def test_formats_table_contains_codes_and_fits() -> None:
    events = [
        make_event("e1", source="USAGOV", target="RUSGOV", cameo="042"),
        make_event("e2", source="IGOUNOKIDNGO", target=None, cameo="190", quad_class=4,
                   goldstein=-10.0, factuality="hypothetical",
                   rule="a.very.long.rule.name.that.goes.on.and.on",
                   trigger=Span("used conventional military force\nagainst", 0, 5)),
    ]
    out = io.StringIO()
    assert write_events(events, out, "table") == 2
    text = out.getvalue()
    lines = text.splitlines()
    assert len(lines) == 4
    assert lines[0].split()[:4] == ["date", "source", "target", "cameo"]
    for code in ("USAGOV", "RUSGOV", "042", "190", "IGOUNOKIDNGO", "-10.0", "hypothetical"):
        assert code in text
    assert "a.very.long.rule.na…" in text
    assert all(len(line) <= TABLE_WIDTH <= 120 for line in lines)


def test_formats_table_wide_characters_keep_alignment() -> None:
    events = [make_event("e1", rule="東京東京東京東京東京東京東京"), make_event("e2", rule="x")]
    out = io.StringIO()
    write_events(events, out, "table")
    assert "…" in out.getvalue()


def test_formats_empty_input_writes_headers_only() -> None:
    out = io.StringIO()
    assert write_events([], out, "csv") == 0
    assert out.getvalue().strip() == ",".join(FLAT_COLUMNS)
    out = io.StringIO()
    assert write_events(iter([]), out, "jsonl") == 0
    assert out.getvalue() == ""


def test_formats_unknown_format_names_choices() -> None:
    out = io.StringIO()
    with pytest.raises(ValueError, match=r"'xml'.*jsonl, csv, table"):
        write_events([make_event()], out, "xml")
    assert out.getvalue() == ""
    assert FORMATS == ("jsonl", "csv", "table")
