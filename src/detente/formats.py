"""Output formats of events: JSON Lines, CSV and a text table for people.

The JSON record is the public format: exactly the field names of `model.Event`, in the model's
order, with nested objects for source, target, trigger and location (null when absent).
The flat form (`FLAT_COLUMNS`, `flatten_event`, `unflatten_event`) is shared by CSV and the
event store: one column per leaf, e.g. source_code, trigger_start, location_lat.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from datetime import date as Date
from typing import Any, TextIO

from detente.errors import InputError
from detente.model import FACTUALITIES, Actor, Event, Location, Span

FORMATS: tuple[str, ...] = ("jsonl", "csv", "table")

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

_ACTOR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Actor))
_SPAN_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Span))
_LOCATION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Location))
_EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
_NESTED: dict[str, tuple[str, ...]] = {
    "source": _ACTOR_FIELDS,
    "target": _ACTOR_FIELDS,
    "trigger": _SPAN_FIELDS,
    "location": _LOCATION_FIELDS,
}

# One column per leaf of an Event, in the model's field order.
FLAT_COLUMNS: tuple[str, ...] = tuple(
    f"{name}_{leaf}" if name in _NESTED else name
    for name in _EVENT_FIELDS
    for leaf in _NESTED.get(name, (name,))
)


# --------------------------------------------------------------------------- JSON record


def event_to_json(event: Event) -> dict[str, Any]:
    """The public record of an event: the model's field names and order, nested objects."""
    record: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if name in _NESTED:
            record[name] = (
                None if value is None else {leaf: getattr(value, leaf) for leaf in _NESTED[name]}
            )
        else:
            record[name] = value
    return record


def event_from_json(obj: Mapping[str, Any], *, origin: str = "event record") -> Event:
    """Rebuild an Event from its public record; keys beyond the model's are ignored.

    Raises InputError naming `origin` (e.g. "events.jsonl:12") and the bad field.
    """
    where = origin
    if isinstance(obj, Mapping) and isinstance(obj.get("event_id"), str):
        where = f"{origin} (event {obj['event_id']})"
    if not isinstance(obj, Mapping):
        raise InputError(origin, f"expected a JSON object, got {type(obj).__name__}")
    reader = _Reader(obj, where)
    source = _actor(reader.mapping("source"), f"{where} source")
    target_obj = reader.mapping("target", optional=True)
    trigger_obj = _Reader(reader.mapping("trigger"), f"{where} trigger")
    location_obj = reader.mapping("location", optional=True)
    return Event(
        event_id=reader.string("event_id"),
        doc_id=reader.string("doc_id"),
        sentence_index=reader.integer("sentence_index"),
        sentence=reader.string("sentence"),
        date=reader.date("date"),
        date_precision=reader.choice("date_precision", DATE_PRECISIONS, optional=True),  # type: ignore[arg-type]
        source=source,
        target=None if target_obj is None else _actor(target_obj, f"{where} target"),
        cameo=reader.string("cameo"),
        root=reader.string("root"),
        quad_class=reader.integer("quad_class"),
        goldstein=reader.number("goldstein"),
        plover=reader.optional_string("plover"),
        trigger=Span(
            trigger_obj.string("text"), trigger_obj.integer("start"), trigger_obj.integer("end")
        ),
        location=None if location_obj is None else _location(location_obj, f"{where} location"),
        factuality=reader.choice("factuality", FACTUALITIES),  # type: ignore[arg-type]
        confidence=reader.number("confidence"),
        rule=reader.string("rule"),
    )


def _actor(obj: Mapping[str, Any], where: str) -> Actor:
    r = _Reader(obj, where)
    return Actor(
        text=r.string("text"),
        start=r.integer("start"),
        end=r.integer("end"),
        code=r.string("code"),
        country=r.optional_string("country"),
        sector=r.optional_string("sector"),
        name=r.optional_string("name", default_missing=True),
    )


def _location(obj: Mapping[str, Any], where: str) -> Location:
    r = _Reader(obj, where)
    return Location(
        name=r.string("name"),
        country=r.optional_string("country"),
        lat=r.number("lat", optional=True),
        lon=r.number("lon", optional=True),
    )


class _Reader:
    """Typed access to one JSON object, with errors that name the object and field."""

    def __init__(self, obj: Mapping[str, Any], where: str) -> None:
        self.obj = obj
        self.where = where

    def _get(self, key: str, optional: bool, default_missing: bool = False) -> Any:
        if key not in self.obj:
            if default_missing:
                return None
            raise InputError(self.where, f"missing field {key!r}")
        value = self.obj[key]
        if value is None and not optional:
            raise InputError(self.where, f"field {key!r} must not be null")
        return value

    def _bad(self, key: str, expected: str, value: Any) -> InputError:
        return InputError(self.where, f"field {key!r} must be {expected}, got {value!r}")

    def mapping(self, key: str, optional: bool = False) -> Any:
        value = self._get(key, optional)
        if value is not None and not isinstance(value, Mapping):
            raise self._bad(key, "an object", value)
        return value

    def string(self, key: str) -> str:
        value = self._get(key, False)
        if not isinstance(value, str):
            raise self._bad(key, "a string", value)
        return value

    def optional_string(self, key: str, default_missing: bool = False) -> str | None:
        value = self._get(key, True, default_missing)
        if value is not None and not isinstance(value, str):
            raise self._bad(key, "a string or null", value)
        return value

    def integer(self, key: str) -> int:
        value = self._get(key, False)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._bad(key, "an integer", value)
        return value

    def number(self, key: str, optional: bool = False) -> Any:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._bad(key, "a number", value)
        return float(value)

    def choice(self, key: str, choices: tuple[str, ...], optional: bool = False) -> str | None:
        value = self._get(key, optional)
        if value is not None and value not in choices:
            raise self._bad(key, "one of " + ", ".join(choices), value)
        return value

    def date(self, key: str) -> str | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._bad(key, "a YYYY-MM-DD string or null", value)
        if not is_iso_date(value):
            raise self._bad(key, "a YYYY-MM-DD date", value)
        return value


def is_iso_date(value: str) -> bool:
    """True for a real calendar date written exactly as YYYY-MM-DD."""
    try:
        return Date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


# --------------------------------------------------------------------------- flat form


def flatten_event(event: Event) -> dict[str, Any]:
    """One value per `FLAT_COLUMNS` name; the leaves of an absent target/location are None."""
    row: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if name in _NESTED:
            for leaf in _NESTED[name]:
                row[f"{name}_{leaf}"] = None if value is None else getattr(value, leaf)
        else:
            row[name] = value
    return row


def unflatten_event(row: Mapping[str, Any]) -> Event:
    """The inverse of `flatten_event` for typed values (as the store returns them).

    A target is absent when target_code is None, a location when location_name is None.
    """

    def part(name: str) -> dict[str, Any]:
        return {leaf: row[f"{name}_{leaf}"] for leaf in _NESTED[name]}

    target = part("target")
    location = part("location")
    values = {name: row[name] for name in _EVENT_FIELDS if name not in _NESTED}
    return Event(
        **values,
        source=Actor(**part("source")),
        target=None if target["code"] is None else Actor(**target),
        trigger=Span(**part("trigger")),
        location=None if location["name"] is None else Location(**location),
    )


# --------------------------------------------------------------------------- writers


def write_events(events: Iterable[Event], out: TextIO, fmt: str) -> int:
    """Write `events` to `out` in `fmt` (one of FORMATS); returns how many were written."""
    writers: dict[str, Callable[[Iterable[Event], TextIO], int]] = {
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "table": _write_table,
    }
    writer = writers.get(fmt)
    if writer is None:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writer(events, out)


# Characters that str.splitlines() and some JSON Lines readers take for line ends; json.dumps
# leaves them raw with ensure_ascii=False. They only occur inside JSON strings, so escape them.
_LINE_BREAKS = {ord(ch): f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"}


def _write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event_to_json(event), ensure_ascii=False).translate(_LINE_BREAKS))
        out.write("\n")
        n += 1
    return n


def _write_csv(events: Iterable[Event], out: TextIO) -> int:
    # "\n" rather than the csv default "\r\n": we do not control how `out` was opened.
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(flatten_event(event))
        n += 1
    return n


# (header, max width, right-aligned, cell) — widths plus 2-space gaps add up to 120 columns.
_TABLE_COLUMNS: tuple[tuple[str, int, bool, Callable[[Event], str]], ...] = (
    ("date", 10, False, lambda e: e.date or ""),
    ("source", 14, False, lambda e: e.source.code),
    ("target", 14, False, lambda e: e.target.code if e.target else ""),
    ("cameo", 6, False, lambda e: e.cameo),
    ("quad", 4, True, lambda e: str(e.quad_class)),
    ("gold", 6, True, lambda e: f"{e.goldstein:.1f}"),
    ("factuality", 12, False, lambda e: e.factuality),
    ("trigger", 18, False, lambda e: e.trigger.text),
    ("rule", 20, False, lambda e: e.rule),
)
TABLE_WIDTH = sum(w for _, w, _, _ in _TABLE_COLUMNS) + 2 * (len(_TABLE_COLUMNS) - 1)


def _write_table(events: Iterable[Event], out: TextIO) -> int:
    rows = [[_clip(cell(e), width) for _, width, _, cell in _TABLE_COLUMNS] for e in events]
    headers = [h for h, _, _, _ in _TABLE_COLUMNS]
    widths = [
        max([_width(h)] + [_width(row[i]) for row in rows])
        for i, h in enumerate(headers)
    ]
    right = [r for _, _, r, _ in _TABLE_COLUMNS]
    out.write(_line(headers, widths, right))
    out.write(_line(["-" * w for w in widths], widths, right))
    for row in rows:
        out.write(_line(row, widths, right))
    return len(rows)


def _line(cells: list[str], widths: list[int], right: list[bool]) -> str:
    padded = []
    for cell, width, is_right in zip(cells, widths, right, strict=True):
        pad = " " * (width - _width(cell))
        padded.append(pad + cell if is_right else cell + pad)
    return "  ".join(padded).rstrip() + "\n"


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _clip(text: str, width: int) -> str:
    """One line of at most `width` display columns, ending in "…" when cut."""
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    kept = ""
    for ch in text:
        if _width(kept + ch) > width - 1:
            break
        kept += ch
    return kept + "…"
