"""What the GDELT and ICEWS importers share: the run's `ImportStats`, reading files that may be
zipped, gzipped, truncated or not UTF-8, the date bounds, and SQL snippets for the mappings.

Files become `TextFile`s: a UTF-8 text file DuckDB can read (the original, or a decompressed or
repaired copy in a temporary folder) and the label that names it in messages. Whatever could not
be read is a `Failure` naming the file (and line, where there is one); the rest still loads.
"""

from __future__ import annotations

import gzip
import io
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from tempfile import NamedTemporaryFile, TemporaryDirectory

from detente import cameo
from detente.model import Failure
from detente.store import StagedLines, Store

# Event dates outside these bounds are refused as out of range (GDELT starts in 1979, ICEWS in
# 1995; anything before 1900 or after 2100 is a typo or a broken file).
MIN_DATE = Date(1900, 1, 1)
MAX_DATE = Date(2100, 12, 31)

_ZIP_MAGIC = b"PK\x03\x04"
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(slots=True)
class ImportStats:
    """Counters of an import, returned by the library (never printed by it).

    `rows` counts the data rows read (header and blank lines excluded), `imported` the events
    stored; `failures` names every refused row as "FILE:LINE" and every file, or part of one,
    that could not be read.
    """

    dataset: str
    files: int = 0
    rows: int = 0
    imported: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rejected(self) -> int:
        """Rows read but not stored."""
        return self.rows - self.imported

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        text = (f"imported {self.imported} of {self.rows} {self.dataset} row(s) from "
                f"{self.files} file(s) in {self.seconds:.1f}s ({self.rows_per_second:,.0f} rows/s)")
        if self.rejected:
            text += f"; {self.rejected} row(s) refused"
        unread = self.failed - self.rejected
        if unread > 0:
            text += f"; {unread} file problem(s)"
        return text


@dataclass(frozen=True, slots=True)
class TextFile:
    label: str  # the file as the user named it (with the member, for a zip of several)
    path: Path  # a UTF-8 text file: the original or a copy in the temporary folder


# Loads one staged file into the store and counts what it did in the ImportStats; it is given
# the file's first non-blank line (its number and fields), empty files never reach it.
Loader = Callable[[StagedLines, TextFile, ImportStats, tuple[int, list[str]]], None]


def run_import(
    dataset: str,
    paths: Iterable[str | Path],
    store: Store,
    load: Loader,
    *,
    convert: Callable[[str], str | None] | None = None,
) -> ImportStats:
    """Read each file, stage its lines in the store and hand them to `load`.

    `convert` may rewrite a file's text into the raw tab-separated form (it returns None when
    the text is raw already); line numbers must stay those of the original.
    """
    stats = ImportStats(dataset)
    started = time.perf_counter()
    with TemporaryDirectory(prefix="detente-import-") as tmp:
        for path in paths:
            stats.files += 1
            for text_file in read_text_files(Path(path), Path(tmp), stats.failures, convert):
                with store.stage_lines(text_file.path, text_file.label) as staged:
                    first = staged.first()
                    if first is None:
                        stats.failures.append(Failure(text_file.label, "the file has no rows"))
                        continue
                    load(staged, text_file, stats, first)
    stats.seconds = time.perf_counter() - started
    return stats


def record_load(
    staged: StagedLines, text_file: TextFile, stats: ImportStats, query: str
) -> None:
    """Load the rows mapped by `query` and count them in `stats`."""
    result = staged.load(query)
    stats.rows += result.rows
    stats.imported += result.inserted
    stats.failures.extend(Failure(f"{text_file.label}:{n}", reason)
                          for n, reason in result.rejected)


def add_cameo_table(staged: StagedLines) -> None:
    """The codebook as the lookup table `_cameo(code, root, quad_class, goldstein, plover)`."""
    staged.add_table(
        "_cameo",
        (("code", "VARCHAR"), ("root", "VARCHAR"), ("quad_class", "INTEGER"),
         ("goldstein", "DOUBLE"), ("plover", "VARCHAR")),
        ((c.code, c.root, c.quad_class, c.goldstein, c.plover) for c in cameo.all_codes()),
    )


# --------------------------------------------------------------------------- SQL snippets


def sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def shown(expr: str) -> str:
    """SQL for the value of `expr` in a message: quoted, or the word empty."""
    return f"coalesce('''' || {expr} || '''', 'empty')"


def date_problem(day: str, raw: str, name: str, pattern: str) -> str:
    """CASE branches refusing a missing, malformed or out-of-range date.

    `day` is the parsed DATE (NULL when `raw` does not parse), `raw` the field as written.
    """
    low, high = MIN_DATE.isoformat(), MAX_DATE.isoformat()
    return (
        f" WHEN {day} IS NULL THEN '{name} ' || {shown(raw)} || ' is not a {pattern} date'"
        f" WHEN {day} < DATE '{low}' OR {day} > DATE '{high}' THEN '{name} ' || {shown(raw)}"
        f" || ' is out of range ({low} to {high})'"
    )


def skip_clause(skip: Sequence[int]) -> str:
    return f" AND n NOT IN ({', '.join(str(int(n)) for n in skip)})" if skip else ""


# --------------------------------------------------------------------------- reading files


def read_text_files(
    path: Path, tmp: Path, failures: list[Failure],
    convert: Callable[[str], str | None] | None = None,
) -> Iterator[TextFile]:
    """The text files in `path` (itself, or the members of a zip), ready for DuckDB."""
    label = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        failures.append(Failure(label, f"cannot read the file: {exc.strerror or exc}"))
        return
    if data.startswith(_ZIP_MAGIC) or path.suffix.lower() == ".zip":
        members = _zip_members(data, label, failures)
    elif data.startswith(_GZIP_MAGIC):
        members = [(label, *_gunzip(data))]
    else:
        members = [(label, data, None)]
    for name, content, cut in members:
        if cut is not None:
            content = _drop_cut_line(content, name, cut, failures)
        text, changed = _decode(content, name, failures)
        converted = convert(text) if convert is not None else None
        if converted is not None:
            text, changed = converted, True
        if not changed and content is data:
            yield TextFile(name, path)
            continue
        with NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=".txt", dir=tmp,
                                delete=False) as copy:
            copy.write(text)
        yield TextFile(name, Path(copy.name))


def _zip_members(
    data: bytes, label: str, failures: list[Failure]
) -> list[tuple[str, bytes, str | None]]:
    """(label, bytes, why it was cut or None) of each file in a zip archive.

    A truncated archive has no central directory; its first member is then read from its
    local header as far as the data goes.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            members: list[tuple[str, bytes, str | None]] = []
            for info in infos:
                name = label if len(infos) == 1 else f"{label}/{info.filename}"
                try:
                    members.append((name, archive.read(info), None))
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    failures.append(Failure(name, f"cannot read this zip member: {exc}"))
            return members
    except zipfile.BadZipFile:
        pass
    salvaged = _salvage_zip(data)
    if salvaged is None:
        failures.append(Failure(label, "not a zip archive, or one too damaged to read"))
        return []
    return [(label, salvaged, "the zip archive is truncated")]


def _salvage_zip(data: bytes) -> bytes | None:
    """What can be decompressed of the first member of a zip without its central directory."""
    if not data.startswith(_ZIP_MAGIC) or len(data) < 30:
        return None
    method = int.from_bytes(data[8:10], "little")
    start = 30 + int.from_bytes(data[26:28], "little") + int.from_bytes(data[28:30], "little")
    body = data[start:]
    if method == 0:  # stored
        return body
    if method != 8:  # only deflate is worth salvaging
        return None
    try:
        return zlib.decompressobj(-15).decompress(body)
    except zlib.error:
        return None


def _gunzip(data: bytes) -> tuple[bytes, str | None]:
    try:
        return gzip.decompress(data), None
    except (EOFError, gzip.BadGzipFile, zlib.error):
        pass
    try:
        return zlib.decompressobj(wbits=31).decompress(data), "the gzip file is truncated"
    except zlib.error:
        return b"", "the gzip file is corrupt"


def _drop_cut_line(content: bytes, label: str, why: str, failures: list[Failure]) -> bytes:
    """Keep the complete lines of a truncated file; the cut one is reported, not loaded."""
    end = content.rfind(b"\n") + 1
    line = content.count(b"\n", 0, end) + 1
    if end < len(content):
        failures.append(Failure(f"{label}:{line}", f"{why}: this line is cut off and whatever "
                                                   "followed it is lost"))
    else:
        failures.append(Failure(label, f"{why} after line {line - 1}: whatever followed is lost"))
    return content[:end]


def _decode(content: bytes, label: str, failures: list[Failure]) -> tuple[str, bool]:
    """The text of `content`, and whether bytes had to be replaced to decode it."""
    try:
        return content.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        line = content.count(b"\n", 0, exc.start) + 1
        failures.append(Failure(f"{label}:{line}", f"not UTF-8 (byte {content[exc.start]:#04x}); "
                                                   "undecodable bytes were replaced by U+FFFD"))
        return content.decode("utf-8", errors="replace"), True

