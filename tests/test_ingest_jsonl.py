"""JSON Lines and JSON records in the ingest stage."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import IngestOptions, read_inputs, record_to_document
from detente.ingest.jsonl import iter_jsonl
from detente.model import Document, Failure, content_hash

TEXT_A = (
    "The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss "
    "fishing rights in the northern seas."
)
TEXT_B = (
    "The president of Chile visited Argentina on Monday and signed an agreement on "
    "border crossings with his counterpart."
)
HTML = (
    "<html><head><title>Chile and Argentina | Wire</title>"
    '<meta name="date" content="2018-02-03"></head><body><article>'
    f"<p>{TEXT_B}</p><p>Share this</p></article></body></html>"
)


def write_jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return str(path)


def read_all(paths: list[str], **options: object) -> list[Document | Failure]:
    return list(read_inputs(paths, IngestOptions(**options)))  # type: ignore[arg-type]


def test_jsonl_records_become_documents(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "batch.jsonl", [
        json.dumps({"id": 17, "text": TEXT_A, "date": "2017-04-28", "url": "https://e.org/a",
                    "title": "Oslo talks"}),
        "",
        json.dumps({"text": TEXT_B, "published": "2017-04-29T10:00:00Z"}),
    ])
    a, b = read_all([path])
    assert a == Document("17", TEXT_A, dt.date(2017, 4, 28), "Oslo talks", "https://e.org/a",
                         f"{path}:1")
    assert isinstance(b, Document)
    assert b.doc_id == content_hash(TEXT_B)
    assert b.published == dt.date(2017, 4, 29)
    assert b.origin == f"{path}:3"  # line numbers count blank lines


def test_jsonl_ndjson_extension(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "batch.ndjson", [json.dumps({"text": TEXT_A})])
    [doc] = read_all([path])
    assert isinstance(doc, Document)


def test_jsonl_record_date_wins_and_option_fills_in(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [
        json.dumps({"text": TEXT_A, "date": "20170428"}),
        json.dumps({"text": TEXT_B}),
    ])
    a, b = read_all([path], date=dt.date(2001, 1, 1))
    assert isinstance(a, Document)
    assert isinstance(b, Document)
    assert a.published == dt.date(2017, 4, 28)
    assert b.published == dt.date(2001, 1, 1)


def test_jsonl_html_record_uses_page_metadata(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [
        json.dumps({"id": "h1", "html": HTML}),
        json.dumps({"id": "h2", "html": HTML, "date": "2019-09-09", "title": "Own title"}),
    ])
    a, b = read_all([path])
    assert isinstance(a, Document)
    assert isinstance(b, Document)
    assert a.text == TEXT_B
    assert (a.doc_id, a.published, a.title) == ("h1", dt.date(2018, 2, 3), "Chile and Argentina")
    assert (b.published, b.title) == (dt.date(2019, 9, 9), "Own title")


def test_jsonl_bad_lines_each_give_one_failure(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [
        json.dumps({"text": TEXT_A}),
        '{"text": "a" "b"}',
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": TEXT_B, "date": "yesterday-ish"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"html": "<html><body><div>"}),
        json.dumps({"text": TEXT_B}),
    ])
    items = read_all([path])
    assert [type(i) for i in items] == [Document] + [Failure] * 7 + [Document]
    reasons = {i.origin: i.reason for i in items if isinstance(i, Failure)}
    assert reasons == {
        f"{path}:2": "not JSON: Expecting ',' delimiter at column 14",
        f"{path}:3": "no 'text' field (a record needs 'text' or 'html')",
        f"{path}:4": "'text' is a number, not a string",
        f"{path}:5": "date 'yesterday-ish' is not a date; use YYYY-MM-DD",
        f"{path}:6": "expected a JSON object with a 'text' field, got array",
        f"{path}:7": "'text' is empty",
        f"{path}:8": "no article text found in HTML",
    }


def test_jsonl_non_utf8_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": TEXT_A}).encode()
    path.write_bytes(good + b'\n{"text": "caf\xe9"}\n' + good + b"\n")
    items = read_all([str(path)])
    assert [type(i) for i in items] == [Document, Failure, Document]
    assert "not UTF-8: byte 0xe9" in items[1].reason  # type: ignore[union-attr]


def test_jsonl_over_long_line_skipped_without_holding_it() -> None:
    long_text = "word " * 1000
    data = (json.dumps({"text": TEXT_A}) + "\n" + json.dumps({"text": long_text}) + "\n"
            + json.dumps({"text": TEXT_B}) + "\n").encode()
    items = list(iter_jsonl(io.BytesIO(data), origin="s", max_bytes=500))
    assert [type(i) for i in items] == [Document, Failure, Document]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.origin == "s:2"
    size = len(json.dumps({"text": long_text}).encode())
    assert failure.reason == (
        f"document is {size:,} bytes, over the 500-byte limit; raise it with --max-bytes"
    )


def test_jsonl_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n  \n", "utf-8")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert read_all([str(empty), str(blank), str(binary)]) == [
        Failure(str(empty), "empty file"),
        Failure(str(blank), "file contains only whitespace"),
        Failure(str(binary), "binary data, not JSON Lines"),
    ]


def test_jsonl_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "text": TEXT_A}, {"id": "b"}]), "utf-8")
    a, b = read_all([str(path)])
    assert isinstance(a, Document)
    assert a.origin == f"{path}[0]"
    assert b == Failure(f"{path}[1]", "item 1: no 'text' field (a record needs 'text' or 'html')")


def test_jsonl_json_single_object_and_bad_json(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x", "text": TEXT_A}), "utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("[{", "utf-8")
    doc, failure = read_all([str(one), str(bad)])
    assert isinstance(doc, Document)
    assert doc.doc_id == "x"
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("not JSON: ")


def test_jsonl_record_to_document_raises_with_origin() -> None:
    with pytest.raises(InputError) as info:
        record_to_document({"text": TEXT_A, "published": 3.5}, origin="f:9", where="line 9")
    assert info.value.origin == "f:9"
    assert info.value.reason == "line 9: published 3.5 is not a date; use YYYY-MM-DD"


def test_jsonl_record_text_kept_exactly() -> None:
    text = "  Photo: the caption stays.\r\nThe envoy  arrived in Oslo on Monday.  "
    doc = record_to_document({"text": text}, origin="o", where="line 1")
    assert doc.text == text
