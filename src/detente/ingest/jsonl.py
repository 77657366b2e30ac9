"""JSON Lines (and JSON arrays) of records -> Documents, one Failure per bad record.

A record is a JSON object with:

- ``text`` (string), or ``html`` (a string of HTML, extracted like an HTML file);
- ``id`` (optional, any scalar; stringified), else the document id is the hash of the text;
- ``date`` or ``published`` (optional; ISO date or datetime, YYYYMMDD, RFC 2822); when both
  are given ``date`` wins. The record's own date wins over the --date fallback, and for an
  ``html`` record also over the date in the page's metadata;
- ``url`` and ``title`` (optional strings).

A record's ``text`` is taken exactly as given: no newline normalisation and no page-chrome
stripping, so that character offsets into it stay valid for the user.

JSONL is streamed: one line is in memory at a time, and a line longer than the size limit is
skipped without being held whole. Blank lines are ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, Protocol

from detente.errors import InputError
from detente.ingest.html import document_from_html
from detente.ingest.text import parse_date, size_refusal
from detente.model import Document, Failure

_SKIP_CHUNK = 1 << 20
_DATE_FIELDS = ("date", "published")


class LineReader(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _record_date(record: dict[str, Any], origin: str, where: str) -> dt.date | None:
    for name in _DATE_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        parsed = None
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            parsed = parse_date(str(value))
        if parsed is None:
            raise InputError(
                origin, f"{_prefix(where)}{name} {value!r} is not a date; use YYYY-MM-DD"
            )
        return parsed
    return None


def _optional_str(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return (value.strip() or None) if isinstance(value, str) else None


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def record_to_document(
    record: object, *, origin: str, where: str, date: dt.date | None = None
) -> Document:
    """One decoded JSON record as a Document; raises InputError naming `where` and the field.

    `date` is the fallback publication date, used when the record gives none.
    """
    if not isinstance(record, dict):
        raise InputError(
            origin,
            f"{_prefix(where)}expected a JSON object with a 'text' field, got {_json_type(record)}",
        )
    raw_id = record.get("id")
    doc_id = None if raw_id is None or raw_id == "" else str(raw_id)
    own_date = _record_date(record, origin, where)
    title, url = _optional_str(record, "title"), _optional_str(record, "url")
    text, html = record.get("text"), record.get("html")
    if text is None and html is None:
        raise InputError(
            origin, f"{_prefix(where)}no 'text' field (a record needs 'text' or 'html')"
        )
    if text is not None:
        if not isinstance(text, str):
            raise InputError(
                origin, f"{_prefix(where)}'text' is a {_json_type(text)}, not a string"
            )
        if not text.strip():
            raise InputError(origin, f"{_prefix(where)}'text' is empty")
        return Document.from_text(
            text, doc_id=doc_id, published=own_date or date, title=title, url=url, origin=origin
        )
    if not isinstance(html, str):
        raise InputError(origin, f"{_prefix(where)}'html' is a {_json_type(html)}, not a string")
    try:
        doc = document_from_html(html, origin=origin, doc_id=doc_id)
    except InputError as exc:
        raise InputError(origin, f"{_prefix(where)}{exc.reason}") from None
    return dataclasses.replace(
        doc,
        published=own_date or doc.published or date,
        title=title or doc.title,
        url=url or doc.url,
    )


def _lines(stream: LineReader, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, line bytes), or (line number, size) for a line over `max_bytes`."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield number, line
            continue
        size = len(line)
        while True:  # skip the rest of the over-long line without holding it
            rest = stream.readline(_SKIP_CHUNK)
            size += len(rest)
            if not rest or rest.endswith(b"\n"):
                size -= 1 if rest.endswith(b"\n") else 0
                break
        yield number, size


def _decode_line(raw: bytes, number: int, origin: str) -> str:
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"not UTF-8: byte 0x{raw[exc.start]:02x} at column {exc.start + 1} "
            "cannot be decoded; re-encode the file as UTF-8",
        ) from None


def _parse_line(raw: bytes, number: int, origin: str, date: dt.date | None) -> Document | None:
    text = _decode_line(raw, number, origin)
    if not text.strip():
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON: {exc.msg} at column {exc.colno}") from None
    return record_to_document(record, origin=origin, where="", date=date)


def iter_jsonl(
    stream: LineReader, *, origin: str, max_bytes: int, date: dt.date | None = None
) -> Iterator[Document | Failure]:
    """Documents from a JSONL byte stream, with origins "origin:LINE"; Failures for bad lines."""
    for number, line in _lines(stream, max_bytes):
        where = f"{origin}:{number}"
        if isinstance(line, int):
            yield Failure(where, size_refusal(line, max_bytes))
            continue
        try:
            doc = _parse_line(line, number, where, date)
        except InputError as exc:
            yield Failure(exc.origin, exc.reason)
            continue
        if doc is not None:
            yield doc


def iter_json_records(
    text: str, *, origin: str, date: dt.date | None = None
) -> Iterator[Document | Failure]:
    """Documents from a JSON file holding one record or an array of records.

    Array items get origins "origin[INDEX]" (from 0).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Failure(origin, f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    items = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    for index, record in items:
        where = origin if index is None else f"{origin}[{index}]"
        label = "record" if index is None else f"item {index}"
        try:
            yield record_to_document(record, origin=where, where=label, date=date)
        except InputError as exc:
            yield Failure(exc.origin, exc.reason)
