"""The event store: documents, their events and the failures of runs, in DuckDB.

This is the only module of détente that imports duckdb. Events are stored flattened, one
column per leaf of `model.Event` (see `formats.FLAT_COLUMNS`), and rebuilt exactly on the
way out. The `events` table also has an `origin` column ('detente' for events we coded) so that
events imported from other datasets can share it later.

Every duckdb error leaves as `StoreError` naming the database path; filter values are always
bound as parameters, never formatted into SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from detente.errors import StoreError
from detente.formats import FLAT_COLUMNS, flatten_event, is_iso_date, unflatten_event
from detente.model import Document, Event, Failure

MEMORY = ":memory:"

# SQL type of each flat event column; every other column is VARCHAR.
_COLUMN_TYPES: dict[str, str] = {
    "sentence_index": "INTEGER",
    "date": "DATE",
    "source_start": "INTEGER",
    "source_end": "INTEGER",
    "target_start": "INTEGER",
    "target_end": "INTEGER",
    "quad_class": "INTEGER",
    "goldstein": "DOUBLE",
    "trigger_start": "INTEGER",
    "trigger_end": "INTEGER",
    "location_lat": "DOUBLE",
    "location_lon": "DOUBLE",
    "confidence": "DOUBLE",
}
# Columns that may be NULL: the optional fields of the model.
_NULLABLE: frozenset[str] = frozenset(
    {"date", "date_precision", "source_country", "source_sector", "source_name", "plover"}
    | {c for c in FLAT_COLUMNS if c.startswith(("target_", "location_"))}
)
# Columns the store adds to the flat event: position in the document, provenance.
_EXTRA_COLUMNS: tuple[tuple[str, str], ...] = (
    ("seq", "INTEGER"),
    ("origin", "VARCHAR"),
    ("coder_version", "VARCHAR"),
)
_INSERT_COLUMNS: tuple[str, ...] = FLAT_COLUMNS + tuple(name for name, _ in _EXTRA_COLUMNS)


def _column_type(name: str) -> str:
    return _COLUMN_TYPES.get(name, "VARCHAR")


def _event_columns_ddl() -> str:
    lines = []
    for name in FLAT_COLUMNS:
        null = "" if name in _NULLABLE else " NOT NULL"
        key = " PRIMARY KEY" if name == "event_id" else ""
        lines.append(f"{name} {_column_type(name)}{null}{key}")
        if name == "doc_id":
            lines.append("seq INTEGER NOT NULL DEFAULT 0")  # position within the document
    lines.append("origin VARCHAR NOT NULL DEFAULT 'detente'")
    lines.append("coder_version VARCHAR")
    return ",\n    ".join(lines)


# --------------------------------------------------------------------------- migrations


def _migrate_1(con: duckdb.DuckDBPyConnection) -> None:
    """The first schema: documents, events, failures."""
    con.execute(
        """
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY,
            text VARCHAR NOT NULL,
            published DATE,
            title VARCHAR,
            url VARCHAR,
            origin VARCHAR NOT NULL,
            coded_at TIMESTAMP NOT NULL,
            coder_version VARCHAR NOT NULL,
            n_events INTEGER NOT NULL
        )"""
    )
    con.execute(f"CREATE TABLE events (\n    {_event_columns_ddl()}\n)")
    con.execute("CREATE INDEX events_dyad ON events (source_country, target_country, date)")
    con.execute("CREATE INDEX events_doc ON events (doc_id)")
    con.execute("CREATE SEQUENCE failure_seq")
    con.execute(
        """
        CREATE TABLE failures (
            failure_id BIGINT NOT NULL DEFAULT nextval('failure_seq'),
            origin VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            recorded_at TIMESTAMP NOT NULL,
            run_id VARCHAR
        )"""
    )


# Applied in order; the schema version of a store is the number of migrations applied to it.
MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (_migrate_1,)
SCHEMA_VERSION = len(MIGRATIONS)


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class _Filters:
    doc_id: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    root: str | None = None
    quad_class: int | None = None
    factuality: str | None = None
    date_from: Date | None = None
    date_to: Date | None = None
    origin: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause with `?` placeholders, and the values to bind to them."""
        clauses: list[str] = []
        params: list[Any] = []
        exact = (
            ("doc_id", self.doc_id),
            ("cameo", self.cameo),
            ("root", self.root),
            ("quad_class", self.quad_class),
            ("factuality", self.factuality),
            ("origin", self.origin),
        )
        for column, value in exact:
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        # Actor codes are hierarchical ("USA" > "USAGOV" > "USAGOVMIL"): match by prefix.
        for column, value in (("source_code", self.source), ("target_code", self.target)):
            if value is not None:
                clauses.append(f"starts_with({column}, ?)")
                params.append(value)
        if self.date_from is not None:
            clauses.append("date >= ?")
            params.append(self.date_from)
        if self.date_to is not None:
            clauses.append("date <= ?")
            params.append(self.date_to)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


# --------------------------------------------------------------------------- the store


class Store:
    """A DuckDB database of coded documents and their events.

    `path` is a file (created with its parent folders if missing) or ":memory:".
    """

    def __init__(self, path: str | Path = MEMORY) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create its folder: {exc}") from exc
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {_explain(exc)}") from exc
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    # ----------------------------------------------------------------- lifecycle

    def close(self) -> None:
        """Close the database; closing twice is harmless."""
        if self._con is not None:
            con, self._con = self._con, None
            try:
                con.close()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot close the store: {_explain(exc)}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._con

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn duckdb errors raised while doing `action` into StoreError."""
        try:
            yield
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot {action}: {_explain(exc)}") from exc

    @contextmanager
    def _transaction(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self.con
        with self._errors(action):
            con.begin()
            try:
                yield con
            except BaseException:
                con.rollback()
                raise
            con.commit()

    def schema_version(self) -> int:
        with self._errors("read the schema version"):
            row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self) -> None:
        with self._errors("create the schema_version table"):
            self.con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} was written by a newer détente; "
                f"this one knows up to version {SCHEMA_VERSION}"
            )
        for version, migration in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            with self._transaction(f"migrate the schema to version {version}") as con:
                migration(con)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])

    # ----------------------------------------------------------------- writing

    def replace_document(
        self, doc: Document, events: Sequence[Event], *, coder_version: str
    ) -> None:
        """Store `doc` and its events, replacing whatever was stored for it (one transaction)."""
        columns = _event_columns(doc, events, coder_version, self.path)
        placeholders = ", ".join(
            f"unnest(?::{_insert_type(name)}[])"
            for name in _INSERT_COLUMNS
        )
        insert = f"INSERT INTO events ({', '.join(_INSERT_COLUMNS)}) SELECT {placeholders}"
        with self._transaction(f"store document {doc.doc_id!r}") as con:
            con.execute("DELETE FROM events WHERE doc_id = ?", [doc.doc_id])
            con.execute(
                "INSERT OR REPLACE INTO documents (doc_id, text, published, title, url, origin,"
                " coded_at, coder_version, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.doc_id, doc.text, doc.published, doc.title, doc.url, doc.origin, _now(),
                 coder_version, len(events)],
            )
            if events:
                con.execute(insert, [columns[name] for name in _INSERT_COLUMNS])

    def record_failure(self, failure: Failure, run_id: str | None = None) -> None:
        with self._errors(f"record the failure of {failure.origin!r}"):
            self.con.execute(
                "INSERT INTO failures (origin, reason, recorded_at, run_id) VALUES (?, ?, ?, ?)",
                [failure.origin, failure.reason, _now(), run_id],
            )

    # ----------------------------------------------------------------- reading

    def has_document(self, doc_id: str, coder_version: str | None = None) -> bool:
        """Whether `doc_id` is stored (coded by `coder_version`, when given)."""
        sql = "SELECT 1 FROM documents WHERE doc_id = ?"
        params: list[Any] = [doc_id]
        if coder_version is not None:
            sql += " AND coder_version = ?"
            params.append(coder_version)
        with self._errors(f"look up document {doc_id!r}"):
            return self.con.execute(sql, params).fetchone() is not None

    def failures(self, run_id: str | None = None) -> list[Failure]:
        """Recorded failures in the order they were recorded (of one run, when given)."""
        sql = "SELECT origin, reason FROM failures"
        params: list[Any] = []
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        with self._errors("read failures"):
            rows = self.con.execute(sql + " ORDER BY failure_id", params).fetchall()
        return [Failure(origin, reason) for origin, reason in rows]

    def events(
        self,
        *,
        doc_id: str | None = None,
        source: str | None = None,
        target: str | None = None,
        cameo: str | None = None,
        root: str | None = None,
        quad_class: int | None = None,
        factuality: str | None = None,
        date_from: Date | None = None,
        date_to: Date | None = None,
        origin: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Stored events matching every given filter, by date (undated last), then document order.

        source/target match an actor code by prefix ("USA" matches "USAGOV"); the others match
        exactly; date_from/date_to are inclusive and leave out undated events; None means any.
        """
        filters = _Filters(doc_id, source, target, cameo, root, quad_class, factuality,
                           date_from, date_to, origin)
        where, params = filters.where()
        sql = (
            f"SELECT {', '.join(FLAT_COLUMNS)} FROM events{where}"
            " ORDER BY date NULLS LAST, doc_id, seq, event_id"
        )
        sql, params = _paginate(sql, params, limit, offset)
        with self._errors("read events"):
            rows = self.con.execute(sql, params).fetchall()
        return [_row_to_event(row) for row in rows]

    def count_events(
        self,
        *,
        doc_id: str | None = None,
        source: str | None = None,
        target: str | None = None,
        cameo: str | None = None,
        root: str | None = None,
        quad_class: int | None = None,
        factuality: str | None = None,
        date_from: Date | None = None,
        date_to: Date | None = None,
        origin: str | None = None,
    ) -> int:
        """How many events `events()` would return with the same filters and no limit."""
        filters = _Filters(doc_id, source, target, cameo, root, quad_class, factuality,
                           date_from, date_to, origin)
        where, params = filters.where()
        with self._errors("count events"):
            row = self.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
        return int(row[0]) if row else 0

    def documents(self, limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents, ordered by doc_id."""
        sql, params = _paginate(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY doc_id", [], limit, offset
        )
        with self._errors("read documents"):
            rows = self.con.execute(sql, params).fetchall()
        return [Document(*row) for row in rows]

    def document(self, doc_id: str) -> Document | None:
        with self._errors(f"read document {doc_id!r}"):
            row = self.con.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ?", [doc_id]
            ).fetchone()
        return None if row is None else Document(*row)

    def stats(self) -> dict[str, int]:
        """Row counts: documents, events, failures."""
        counts = {}
        with self._errors("count rows"):
            for table in ("documents", "events", "failures"):
                row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
                counts[table] = int(row[0]) if row else 0
        return counts


_DOCUMENT_COLUMNS = "doc_id, text, published, title, url, origin"


# --------------------------------------------------------------------------- helpers


def _now() -> datetime:
    """The current UTC time as a naive timestamp (DuckDB TIMESTAMP has no zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _insert_type(name: str) -> str:
    return dict(_EXTRA_COLUMNS).get(name) or _column_type(name)


def _event_columns(
    doc: Document, events: Sequence[Event], coder_version: str, path: str
) -> dict[str, list[Any]]:
    """The events of `doc` as one list per insert column, checked before any write."""
    columns: dict[str, list[Any]] = {name: [] for name in _INSERT_COLUMNS}
    seen: set[str] = set()
    for seq, event in enumerate(events):
        where = f"{path}: cannot store event {event.event_id!r} of document {doc.doc_id!r}"
        if event.doc_id != doc.doc_id:
            raise StoreError(f"{where}: it belongs to document {event.doc_id!r}")
        if event.event_id in seen:
            raise StoreError(f"{where}: the event id occurs twice")
        seen.add(event.event_id)
        row = flatten_event(event)
        if row["date"] is not None:
            if not isinstance(row["date"], str) or not is_iso_date(row["date"]):
                raise StoreError(f"{where}: date {row['date']!r} is not YYYY-MM-DD")
            row["date"] = Date.fromisoformat(row["date"])
        row.update(seq=seq, origin="detente", coder_version=coder_version)
        for name in _INSERT_COLUMNS:
            columns[name].append(row[name])
    return columns


def _row_to_event(row: tuple[Any, ...]) -> Event:
    values = dict(zip(FLAT_COLUMNS, row, strict=True))
    if values["date"] is not None:
        values["date"] = values["date"].isoformat()
    return unflatten_event(values)


def _paginate(
    sql: str, params: list[Any], limit: int | None, offset: int
) -> tuple[str, list[Any]]:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0 or None, got {limit}")
    if offset < 0:
        raise ValueError(f"offset must be >= 0, got {offset}")
    if limit is not None:
        return sql + " LIMIT ? OFFSET ?", [*params, limit, offset]
    if offset:
        return sql + " OFFSET ?", [*params, offset]
    return sql, params


def _explain(exc: duckdb.Error) -> str:
    """duckdb's message, with a plain reading of the failures people meet most."""
    message = str(exc)
    if "not a valid DuckDB database file" in message:
        return f"the file is not a DuckDB database ({message})"
    if "Could not set lock" in message or "Conflicting lock" in message:
        return f"the database is locked by another process ({message})"
    return message
