"""Plain-text files, dates, decoding and binary detection in the ingest stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.errors import InputError
from detente.ingest import IngestOptions, parse_date, read_inputs
from detente.ingest.text import decode_bytes, looks_binary, normalize_text
from detente.model import Document, Failure, content_hash

ENGLISH = (
    "The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss "
    "fishing rights in the northern seas. Both sides said that the talks were useful "
    "and agreed to meet again in the autumn."
)


def read_all(paths: list[str], **options: object) -> list[Document | Failure]:
    return list(read_inputs(paths, IngestOptions(**options)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-04-28", dt.date(2017, 4, 28)),
        ("2017-04-28T10:00:00Z", dt.date(2017, 4, 28)),
        ("2017-04-28T23:30:00-05:00", dt.date(2017, 4, 28)),
        ("2017-04-28 10:00:00+03:00", dt.date(2017, 4, 28)),
        ("2017-04-28T10:00:00.123456", dt.date(2017, 4, 28)),
        ("20170428", dt.date(2017, 4, 28)),
        ("Fri, 28 Apr 2017 10:00:00 +0000", dt.date(2017, 4, 28)),
        ("28 Apr 2017 10:00:00 GMT", dt.date(2017, 4, 28)),
        ("  2017-04-28 ", dt.date(2017, 4, 28)),
    ],
)
def test_text_parse_date_accepts_common_formats(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "yesterday-ish", "2017-13-01", "20171340", "April", "2017"])
def test_text_parse_date_rejects_non_dates(value: str) -> None:
    assert parse_date(value) is None


def test_text_file_becomes_document_with_hash_id(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ENGLISH + "\r\n\r\n\r\n\r\nA second paragraph follows here.\r\n", "utf-8")
    [doc] = read_all([str(path)])
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH + "\n\nA second paragraph follows here."
    assert doc.doc_id == content_hash(doc.text)
    assert doc.origin == str(path)
    assert doc.published is None


def test_text_unknown_extension_and_markdown_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ENGLISH, "utf-8")
    (tmp_path / "b.article").write_text(ENGLISH, "utf-8")
    docs = read_all([str(tmp_path / "a.md"), str(tmp_path / "b.article")])
    assert [type(d) for d in docs] == [Document, Document]


def test_text_date_option_fills_in(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ENGLISH, "utf-8")
    [doc] = read_all([str(path)], date=dt.date(2020, 1, 2))
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2020, 1, 2)


def test_text_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode())
    [doc] = read_all([str(path)])
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH


def test_text_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    [doc] = read_all([str(path)])
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH


def test_text_empty_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_all([str(path)]) == [Failure(str(path), "empty file")]


def test_text_whitespace_only_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("  \n\t\n   \n", "utf-8")
    assert read_all([str(path)]) == [Failure(str(path), "file contains only whitespace")]


def test_text_chrome_only_file_fails(tmp_path: Path) -> None:
    path = tmp_path / "chrome.txt"
    path.write_text("Featured Image\n\nShare this\n\nNo comments yet.\n", "utf-8")
    [failure] = read_all([str(path)])
    assert isinstance(failure, Failure)
    assert "page chrome" in failure.reason


def test_text_non_utf8_names_offset_and_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("The caf\u00e9 in Paris hosted the envoys.".encode("cp1252"))
    [failure] = read_all([str(path)])
    assert isinstance(failure, Failure)
    assert "not UTF-8" in failure.reason
    assert "0xe9" in failure.reason
    assert "byte offset 7 " in failure.reason
    assert "re-encode" in failure.reason


def test_text_binary_file_with_nul_fails(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02\x03" * 50)
    [failure] = read_all([str(path)])
    assert isinstance(failure, Failure)
    assert "binary" in failure.reason


def test_text_looks_binary_on_control_bytes_without_nul() -> None:
    assert looks_binary(bytes(range(1, 32)) * 20)
    assert not looks_binary(ENGLISH.encode())
    assert not looks_binary("Встреча в Москве прошла спокойно.".encode())


def test_text_decode_bytes_raises_input_error_with_origin() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"ok \xff\xfe\xfd then", "x.txt")
    assert info.value.origin == "x.txt"
    assert "offset 3" in info.value.reason


def test_text_normalize_collapses_blank_runs_and_strips_lines() -> None:
    assert normalize_text("  one \r\n\n\n\n\u00a0two\u00a0\n") == "one\n\ntwo"


def test_text_oversized_file_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 6 MB, sparse where the file system allows
        handle.seek(6_000_000 - 1)
        handle.write(b"x")

    def no_open(_path: str) -> object:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr("detente.ingest.sources._open_binary", no_open)
    [failure] = read_all([str(path)])
    assert failure == Failure(
        str(path),
        "document is 6,000,000 bytes, over the 5,000,000-byte limit; raise it with --max-bytes",
    )


def test_text_max_bytes_option_raises_limit(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ENGLISH, "utf-8")
    [small] = read_all([str(path)], max_bytes=50)
    assert isinstance(small, Failure)
    assert "over the 50-byte limit" in small.reason
    [doc] = read_all([str(path)], max_bytes=10_000)
    assert isinstance(doc, Document)


def test_text_options_reject_nonpositive_max_bytes() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        IngestOptions(max_bytes=0)


def test_text_non_utf8_offset_counts_the_bom() -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(b"\xef\xbb\xbfab\xff", "x.txt")
    assert "byte 0xff at byte offset 5 " in info.value.reason
