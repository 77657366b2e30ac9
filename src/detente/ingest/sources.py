"""Paths and standard input -> a lazy stream of Documents and Failures.

See the package docstring (detente.ingest) for the rules; this module implements them.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, Literal, TextIO

from detente.errors import InputError
from detente.ingest.html import document_from_html, strip_page_chrome
from detente.ingest.jsonl import iter_json_records, iter_jsonl
from detente.ingest.language import non_english_reason
from detente.ingest.text import decode_bytes, looks_binary, normalize_text, size_refusal
from detente.model import Document, Failure

Kind = Literal["text", "html", "jsonl", "json"]

_SNIFF_BYTES = 8192

_KIND_BY_SUFFIX: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

def _suffixes(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Obviously not text: skipped without a word when met while walking a directory.
# (Named explicitly as a path, such a file is read and refused as binary.)
_SKIPPED_IN_DIRECTORIES = _suffixes(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .ico .svg .heic .avif "
    ".mp3 .wav .ogg .flac .m4a .aac .mp4 .m4v .mov .avi .mkv .webm "
    ".woff .woff2 .ttf .otf .eot "
    ".pyc .pyo .so .o .a .dll .dylib .exe .class .jar .wasm "
    ".duckdb .db .sqlite .sqlite3 .parquet .arrow .feather .npy .npz .pkl .pickle "
    ".css .js .map"
)

# Formats a user may well expect to be read: refused with a Failure saying what to do.
_UNSUPPORTED: dict[str, str] = {
    **dict.fromkeys((".pdf",), "PDF files are not supported; convert to text or HTML first"),
    **dict.fromkeys(
        (".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ppt", ".pptx"),
        "office and e-book files are not supported; convert to text or HTML first",
    ),
    **dict.fromkeys(
        (".gz", ".tgz", ".bz2", ".xz", ".zst", ".zip", ".7z", ".rar", ".tar"),
        "compressed files are not supported; decompress first",
    ),
}


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How inputs are read.

    date: the publication date given by the user (--date). It only fills in: a date stated by
        the input itself (a JSONL record's date/published, an HTML page's metadata) wins.
    max_bytes: documents larger than this are refused (checked with stat before reading).
    check_language: refuse documents that do not look English.
    """

    date: dt.date | None = None
    max_bytes: int = 5_000_000
    check_language: bool = True

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError(f"max_bytes must be at least 1, got {self.max_bytes}")


class _ByteStream:
    """A binary or text stream read as bytes, with bytes that can be pushed back."""

    def __init__(self, stream: IO[Any]) -> None:
        self._stream = stream
        self._pushed = b""

    @staticmethod
    def _bytes(data: str | bytes) -> bytes:
        if isinstance(data, bytes):
            return data
        try:  # undo the surrogateescape of a text stream: keep its undecodable bytes as bytes
            return data.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return data.encode("utf-8", "replace")

    def unread(self, data: bytes) -> None:
        self._pushed = data + self._pushed

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; fewer only at the end of the stream."""
        out = self._pushed[:size]
        self._pushed = self._pushed[size:]
        while len(out) < size:
            chunk = self._bytes(self._stream.read(size - len(out)))
            if not chunk:
                break
            out += chunk
        return out

    def readline(self, size: int = -1, /) -> bytes:
        if not self._pushed:
            return self._bytes(self._stream.readline(size))
        end = self._pushed.find(b"\n") + 1
        if end and (size < 0 or end <= size):
            line, self._pushed = self._pushed[:end], self._pushed[end:]
            return line
        if 0 <= size <= len(self._pushed):
            line, self._pushed = self._pushed[:size], self._pushed[size:]
            return line
        line, self._pushed = self._pushed, b""
        return line + self._bytes(self._stream.readline(size - len(line) if size >= 0 else -1))


def _open_binary(path: str) -> BinaryIO:
    return open(path, "rb")  # closed by the caller's `with`


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def kind_of(path: str) -> Kind:
    """The format a file is read as, from its extension (anything unknown is plain text)."""
    return _KIND_BY_SUFFIX.get(_suffix(path), "text")


def sniff_kind(head: bytes) -> Kind:
    """The format of standard input: JSONL if it starts with '{', HTML with '<', else text."""
    start = head.decode("utf-8-sig", errors="ignore").lstrip()
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("<"):
        return "html"
    return "text"


def _finish(item: Document | Failure, options: IngestOptions) -> Document | Failure:
    """The checks every document passes, whatever its format."""
    if isinstance(item, Failure):
        return item
    if not item.text.strip():
        return Failure(item.origin, "document has no text")
    if options.check_language:
        reason = non_english_reason(item.text)
        if reason:
            return Failure(item.origin, reason)
    return item


def _text_document(text: str, origin: str, options: IngestOptions) -> Document | Failure:
    clean = strip_page_chrome(normalize_text(text))
    if not clean:
        return Failure(origin, "no text left after removing page chrome (credits, share buttons)")
    return Document.from_text(clean, published=options.date, origin=origin)


def _whole(
    data: bytes, kind: Kind, origin: str, noun: str, options: IngestOptions
) -> Iterator[Document | Failure]:
    """Documents from a whole text, HTML or JSON input already in memory."""
    if not data:
        yield Failure(origin, f"empty {noun}")
        return
    try:
        text = decode_bytes(data, origin)
    except InputError as exc:
        yield Failure(exc.origin, exc.reason)
        return
    if not text.strip():
        yield Failure(origin, f"{noun} contains only whitespace")
    elif kind == "json":
        yield from iter_json_records(text, origin=origin, date=options.date)
    elif kind == "html":
        try:
            yield document_from_html(text, origin=origin, date=options.date)
        except InputError as exc:
            yield Failure(exc.origin, exc.reason)
    else:
        yield _text_document(text, origin, options)


def _read_stream(
    stream: _ByteStream, kind: Kind, origin: str, noun: str, options: IngestOptions
) -> Iterator[Document | Failure]:
    if kind == "jsonl":
        head = stream.read(_SNIFF_BYTES)
        if not head.strip():
            reason = f"{noun} contains only whitespace" if head else f"empty {noun}"
            yield Failure(origin, reason)
        elif looks_binary(head):
            yield Failure(origin, "binary data, not JSON Lines")
        else:
            stream.unread(head)
            max_bytes, date = options.max_bytes, options.date
            for item in iter_jsonl(stream, origin=origin, max_bytes=max_bytes, date=date):
                yield _finish(item, options)
        return
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:  # a stream, or a file that grew since stat
        yield Failure(origin, size_refusal(options.max_bytes, options.max_bytes, at_least=True))
        return
    for item in _whole(data, kind, origin, noun, options):
        yield _finish(item, options)


def _read_file(path: str, size: int, options: IngestOptions) -> Iterator[Document | Failure]:
    unsupported = _UNSUPPORTED.get(_suffix(path))
    if unsupported:
        yield Failure(path, unsupported)
        return
    kind = kind_of(path)
    if kind != "jsonl" and size > options.max_bytes:  # refuse before reading a byte
        yield Failure(path, size_refusal(size, options.max_bytes))
        return
    try:
        handle = _open_binary(path)
    except OSError as exc:
        yield Failure(path, f"cannot read file: {_os_reason(exc)}")
        return
    with handle:
        items = _read_stream(_ByteStream(handle), kind, path, "file", options)
        while True:
            try:
                item = next(items)
            except StopIteration:
                return
            except OSError as exc:  # a read error part-way through
                yield Failure(path, f"cannot read file: {_os_reason(exc)}")
                return
            yield item


def _walk(directory: str, options: IngestOptions) -> Iterator[Document | Failure]:
    """Files under `directory`, depth first, entries sorted by name in each directory.

    Hidden entries (names starting with '.') are skipped, and so are symbolic links to
    directories (they can make loops); symbolic links to files are followed.
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Failure(directory, f"cannot list directory: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        action, detail = _classify(entry)
        if action == "dir":
            yield from _walk(entry.path, options)
        elif action == "file":
            yield from _read_file(entry.path, detail, options)
        elif action == "fail":
            yield Failure(entry.path, str(detail))


def _classify(entry: os.DirEntry[str]) -> tuple[str, Any]:
    """("dir", None), ("file", size), ("skip", None) or ("fail", reason) for a directory entry."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "dir", None
        if entry.is_symlink() and entry.is_dir():
            return "skip", None
        if not entry.is_file():
            return ("fail", "broken symbolic link") if entry.is_symlink() else ("skip", None)
        if _suffix(entry.name) in _SKIPPED_IN_DIRECTORIES:
            return "skip", None
        return "file", entry.stat().st_size
    except OSError as exc:
        return "fail", f"cannot read: {_os_reason(exc)}"


def _read_path(path: str, options: IngestOptions) -> Iterator[Document | Failure]:
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Failure(path, f"cannot read: {_os_reason(exc)}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, options)
    else:
        yield from _read_file(path, info.st_size, options)


def _read_stdin(
    stdin: TextIO | BinaryIO | None, options: IngestOptions
) -> Iterator[Document | Failure]:
    source: IO[Any] | None = stdin if stdin is not None else sys.stdin
    if source is None:  # e.g. a process started without standard input
        yield Failure("-", "no standard input to read")
        return
    stream = _ByteStream(getattr(source, "buffer", source))  # a text stdin: read its bytes
    head = stream.read(_SNIFF_BYTES)
    stream.unread(head)
    yield from _read_stream(stream, sniff_kind(head), "-", "input", options)


def read_inputs(
    paths: Sequence[str],
    options: IngestOptions = IngestOptions(),  # frozen, so safe as a default
    *,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Documents from files, directories and "-" (standard input), lazily, in order.

    Every problem with one input becomes one Failure and the rest go on; nothing is raised
    for a bad input. `stdin` defaults to sys.stdin.
    """
    for path in [paths] if isinstance(paths, str) else paths:
        if path == "-":
            yield from _read_stdin(stdin, options)
        else:
            yield from _read_path(path, options)

