"""Paths, directories, standard input and failure handling of read_inputs."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from detente.ingest import IngestOptions, read_inputs
from detente.model import Document, Failure

ENGLISH = (
    "The foreign ministers of Norway and Finland met in Oslo on Thursday to discuss "
    "fishing rights in the northern seas. Both sides said that the talks were useful."
)
RUSSIAN = (
    "Министры иностранных дел России и Японии встретились в Москве и обсудили "
    "экономическое сотрудничество на Курильских островах."
)
HTML = (
    "<html><head><title>Oslo</title></head>"
    f"<body><article><p>{ENGLISH}</p></article></body></html>"
)
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_49e94f6d0c3cdc58.txt"


def origins(items: list[Document | Failure]) -> list[str]:
    return [i.origin for i in items]


def test_sources_read_inputs_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, "utf-8")
    stream = read_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")])
    assert iter(stream) is stream
    first = next(stream)
    assert first == Failure(str(tmp_path / "missing.txt"), "cannot read: no such file or directory")
    assert isinstance(next(stream), Document)


def test_sources_directory_recursion_sorted_and_skipping(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ENGLISH + " Z.", "utf-8")
    (tmp_path / "b" / "a.html").write_text(HTML, "utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH + " A.", "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ENGLISH + " C."}) + "\n", "utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\x00")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01" * 10)
    items = list(read_inputs([str(tmp_path)]))
    base = str(tmp_path)
    assert origins(items) == [
        os.path.join(base, "a.txt"),
        os.path.join(base, "b", "a.html"),
        os.path.join(base, "b", "z.txt"),
        os.path.join(base, "c.jsonl") + ":1",
        os.path.join(base, "data.bin"),
        os.path.join(base, "report.pdf"),
    ]
    assert [type(i) for i in items] == [Document] * 4 + [Failure] * 2
    assert "binary" in items[4].reason  # type: ignore[union-attr]
    assert "PDF files are not supported" in items[5].reason  # type: ignore[union-attr]


def test_sources_named_image_file_is_refused_not_skipped(tmp_path: Path) -> None:
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [failure] = read_inputs([str(path)])
    assert isinstance(failure, Failure)
    assert "binary" in failure.reason


def test_sources_symlinked_directory_not_followed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ENGLISH, "utf-8")
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Document)
    assert items[0].origin == str(tmp_path / "real" / "a.txt")
    assert items[1:] == [Failure(str(tmp_path / "real" / "dangling.txt"), "broken symbolic link")]


def test_sources_unlistable_directory_gives_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(path: str) -> object:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr("detente.ingest.sources.os.scandir", denied)
    assert list(read_inputs([str(tmp_path)])) == [
        Failure(str(tmp_path), "cannot list directory: permission denied")
    ]


def test_sources_unreadable_file_gives_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, "utf-8")

    def denied(name: str) -> object:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr("detente.ingest.sources._open_binary", denied)
    assert list(read_inputs([str(path), str(path)])) == [
        Failure(str(path), "cannot read file: permission denied")
    ] * 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_sources_chmod_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH, "utf-8")
    path.chmod(0)
    try:
        assert list(read_inputs([str(path)])) == [
            Failure(str(path), "cannot read file: permission denied")
        ]
    finally:
        path.chmod(0o600)


def test_sources_non_english_refused_unless_check_off(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN, "utf-8")
    [failure] = read_inputs([str(path)])
    assert failure == Failure(
        str(path), "text looks Cyrillic (Russian?), not English; détente codes English only"
    )
    [doc] = read_inputs([str(path)], IngestOptions(check_language=False))
    assert isinstance(doc, Document)


def test_sources_non_english_jsonl_record_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": RUSSIAN}) + "\n" + json.dumps({"text": ENGLISH}) + "\n")
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Failure, Document]
    assert items[0].origin == f"{path}:1"


@pytest.mark.parametrize("binary", [True, False])
def test_sources_stdin_sniffs_jsonl(binary: bool) -> None:
    data = "\n" + json.dumps({"id": 1, "text": ENGLISH}) + "\n" + json.dumps({"id": 2}) + "\n"
    stdin = io.BytesIO(data.encode()) if binary else io.StringIO(data)
    items = list(read_inputs(["-"], stdin=stdin))
    assert items[0] == Document("1", ENGLISH, origin="-:2")
    assert items[1] == Failure("-:3", "no 'text' field (a record needs 'text' or 'html')")


def test_sources_stdin_sniffs_html() -> None:
    [doc] = read_inputs(["-"], stdin=io.StringIO("  \n" + HTML))
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH
    assert doc.title == "Oslo"
    assert doc.origin == "-"


def test_sources_stdin_sniffs_text() -> None:
    [doc] = read_inputs(["-"], stdin=io.BytesIO(("Photo: © Agency\n\n" + ENGLISH).encode()))
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH
    assert doc.origin == "-"


def test_sources_stdin_empty_and_oversized() -> None:
    assert list(read_inputs(["-"], stdin=io.BytesIO(b""))) == [Failure("-", "empty input")]
    [failure] = read_inputs(["-"], IngestOptions(max_bytes=100), stdin=io.BytesIO(b"x" * 500))
    assert failure == Failure(
        "-", "document is more than 100 bytes, over the 100-byte limit; raise it with --max-bytes"
    )


def test_sources_single_string_path_is_one_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, "utf-8")
    [doc] = read_inputs(str(tmp_path / "a.txt"))
    assert isinstance(doc, Document)


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_sources_seed_page_chrome_removed() -> None:
    [doc] = read_inputs([str(SEED)])
    assert isinstance(doc, Document)
    assert "Koizumi" in doc.text
    assert "Pyongyang" in doc.text
    assert doc.text.count("Koizumi") == 2
    for chrome in ("Featured Image", "Photo: ©", "Photo:", "List of Comments", "No comments yet.",
                   "For more detail", "[3] See"):
        assert chrome not in doc.text
    assert "[1]" in doc.text  # inline footnote markers inside sentences are kept
