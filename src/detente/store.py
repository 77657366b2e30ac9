"""The event store: documents, their events and the failures of runs, in DuckDB.

This is the only module of détente that imports duckdb. Events are stored flattened, one
column per leaf of `model.Event` (see `formats.FLAT_COLUMNS`), and rebuilt exactly on the
way out. The `events` table also has an `origin` column ('detente' for events we coded, 'gdelt'
and 'icews' for imported ones) and, since schema version 2, the columns that imported datasets
carry beyond the Event record (`IMPORT_COLUMNS`). Bulk imports go through `Store.stage_lines`:
DuckDB splits the file and maps, checks and inserts its rows in SQL (see detente.interop).

Every duckdb error leaves as `StoreError` naming the database path; filter values are always
bound as parameters, never formatted into SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from detente.errors import StoreError
from detente.formats import FLAT_COLUMNS, flatten_event, is_iso_date, unflatten_event
from detente.model import Document, Event, Failure

if TYPE_CHECKING:
    from detente.stories import Story

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
# What imported datasets carry beyond the Event record (added by migration 2; NULL for ours).
IMPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("ext_id", "VARCHAR"),  # the dataset's own event id: GDELT GLOBALEVENTID, ICEWS Event ID
    ("url", "VARCHAR"),  # GDELT SOURCEURL
    ("publisher", "VARCHAR"),  # ICEWS Publisher
    ("num_mentions", "INTEGER"),  # GDELT NumMentions, NumSources, NumArticles, AvgTone
    ("num_sources", "INTEGER"),
    ("num_articles", "INTEGER"),
    ("avg_tone", "DOUBLE"),
    ("is_root_event", "BOOLEAN"),  # GDELT IsRootEvent
    ("date_added", "BIGINT"),  # GDELT DATEADDED as written: YYYYMMDD (1.0), YYYYMMDDHHMMSS (2.0)
)
_INSERT_COLUMNS: tuple[str, ...] = FLAT_COLUMNS + tuple(name for name, _ in _EXTRA_COLUMNS)
# What `iter_rows` and `copy_events` give back: the flat event, its provenance, the import columns.
ALL_COLUMNS: tuple[str, ...] = (
    *FLAT_COLUMNS, "origin", "coder_version", *(n for n, _ in IMPORT_COLUMNS)
)
# What a bulk load (`StagedLines.load`) may fill.
LOADABLE_COLUMNS: frozenset[str] = frozenset(_INSERT_COLUMNS) | {n for n, _ in IMPORT_COLUMNS}
_ORDER = " ORDER BY date NULLS LAST, doc_id, seq, event_id"
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


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


def _migrate_2(con: duckdb.DuckDBPyConnection) -> None:
    """Columns for events imported from GDELT and ICEWS."""
    for name, sql_type in IMPORT_COLUMNS:
        con.execute(f"ALTER TABLE events ADD COLUMN {name} {sql_type}")


def _migrate_3(con: duckdb.DuckDBPyConnection) -> None:
    """Cross-document stories (detente.stories): one row per story, one per member event."""
    con.execute(
        """
        CREATE TABLE stories (
            story_id VARCHAR PRIMARY KEY,
            event_id VARCHAR NOT NULL,
            date DATE,
            last_date DATE,
            source VARCHAR NOT NULL,
            target VARCHAR,
            root VARCHAR NOT NULL,
            cameo VARCHAR NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein DOUBLE NOT NULL,
            factuality VARCHAR NOT NULL,
            mentions INTEGER NOT NULL,
            sources INTEGER NOT NULL,
            documents INTEGER NOT NULL
        )"""
    )
    con.execute(
        "CREATE TABLE story_events (event_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL)"
    )


# Applied in order; the schema version of a store is the number of migrations applied to it.
MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (
    _migrate_1, _migrate_2, _migrate_3
)
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


    # ----------------------------------------------------------------- bulk import and export

    @contextmanager
    def stage_lines(self, path: str | Path, label: str) -> Iterator[StagedLines]:
        """The lines of the UTF-8 text file `path`, split into tab-separated fields by DuckDB.

        Yields a `StagedLines` over a temporary table; `label` names the file in messages (the
        path a person gave, when `path` is a decompressed copy). The temporary tables are
        dropped on the way out.
        """
        con = self.con
        with self._errors(f"read {label}"):
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _text AS SELECT n::BIGINT AS n, line"
                " FROM (SELECT unnest(ls) AS line, generate_subscripts(ls, 1) AS n"
                "       FROM (SELECT string_split(replace(content, chr(13), ''), chr(10)) AS ls"
                "             FROM read_text(?)))"
                " WHERE line <> ''",
                [str(path)],
            )
            # Split on use: the mapping reads each line once, so a view is cheaper than a table.
            con.execute(
                "CREATE OR REPLACE TEMP VIEW _lines AS"
                " SELECT n, string_split(line, chr(9)) AS f FROM _text"
            )
        staged = StagedLines(self, label)
        try:
            yield staged
        finally:
            with self._errors(f"drop the temporary tables of {label}"):
                con.execute("DROP VIEW IF EXISTS _lines")
                for table in ("_text", "_mapped", *staged.tables):
                    con.execute(f"DROP TABLE IF EXISTS {table}")

    def iter_rows(
        self, *, origin: str | None = None, batch_size: int = 10_000
    ) -> Iterator[dict[str, Any]]:
        """Every stored event as a flat row: `ALL_COLUMNS` plus `document_url` (the url of the
        coded document, if any), in `events()` order, read in batches (dates as YYYY-MM-DD)."""
        columns = [f"e.{name}" for name in ALL_COLUMNS] + ["d.url AS document_url"]
        where, params = ("", []) if origin is None else (" WHERE e.origin = ?", [origin])
        sql = (
            f"SELECT {', '.join(columns)} FROM events e"
            f" LEFT JOIN documents d ON d.doc_id = e.doc_id{where}"
            " ORDER BY e.date NULLS LAST, e.doc_id, e.seq, e.event_id"
        )
        names = (*ALL_COLUMNS, "document_url")
        for batch in self._batches(sql, params, batch_size, "read events for export"):
            for row in batch:
                record = dict(zip(names, row, strict=True))
                if record["date"] is not None:
                    record["date"] = record["date"].isoformat()
                yield record

    def iter_events(
        self, *, origin: str | None = None, batch_size: int = 10_000
    ) -> Iterator[Event]:
        """Every stored event (of one origin, when given) in `events()` order, in batches."""
        where, params = _Filters(origin=origin).where()
        sql = f"SELECT {', '.join(FLAT_COLUMNS)} FROM events{where}{_ORDER}"
        for batch in self._batches(sql, params, batch_size, "read events"):
            yield from (_row_to_event(row) for row in batch)

    def copy_events(self, path: str | Path, *, origin: str | None = None) -> int:
        """Write the events (`ALL_COLUMNS`, in `events()` order) to a Parquet file; returns
        how many were written."""
        where, params = _Filters(origin=origin).where()
        target = str(path).replace("'", "''")
        sql = (
            f"COPY (SELECT {', '.join(ALL_COLUMNS)} FROM events{where}{_ORDER})"
            f" TO '{target}' (FORMAT parquet)"
        )
        with self._errors(f"write the events to {path}"):
            row = self.con.execute(sql, params).fetchone()
        return int(row[0]) if row else 0

    # ----------------------------------------------------------------- Parquet partitions

    def write_partition(self, directory: str | Path, name: str) -> tuple[int, int]:
        """Write every stored document and event as `directory`/documents/`name`.parquet and
        `directory`/events/`name`.parquet (what `detente code --dask` writes, one pair per
        partition); returns (documents, events) written."""
        counts = []
        for table, order in (("documents", "doc_id"), ("events", "doc_id, seq")):
            folder = Path(directory) / table
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{folder}: cannot create the folder: {exc}") from exc
            target = str(folder / f"{name}.parquet").replace("'", "''")
            with self._errors(f"write {table} to {target}"):
                row = self.con.execute(
                    f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{target}'"
                    " (FORMAT parquet)"
                ).fetchone()
            counts.append(int(row[0]) if row else 0)
        return counts[0], counts[1]

    def load_parquet(self, directory: str | Path) -> tuple[int, int]:
        """Load the partitions `write_partition` wrote under `directory` (documents/*.parquet,
        events/*.parquet, as `detente code --dask` leaves them) and the failures in its
        failures.jsonl, if any. A document stored already is replaced with its events; a
        document found in several partitions is taken from the last (by file name). One
        transaction. Returns (documents, events) loaded."""
        import json

        base = Path(directory)
        docs, events = sorted((base / "documents").glob("*.parquet")), sorted(
            (base / "events").glob("*.parquet"))
        if not docs:
            raise StoreError(f"{base}: no documents/*.parquet partitions to load")
        doc_files = [str(p) for p in docs]
        event_files = [str(p) for p in events]
        part = "regexp_extract(filename, '([^/\\\\]+)[.]parquet$', 1)"
        with self._errors(f"read the partitions in {base}"):
            self.con.execute(
                "CREATE OR REPLACE TEMP TABLE _docs AS"
                f" SELECT * EXCLUDE (filename), {part} AS _part"
                " FROM read_parquet(?, filename = true)"
                " QUALIFY row_number() OVER (PARTITION BY doc_id"
                " ORDER BY length(_part) DESC, _part DESC) = 1",
                [doc_files],
            )
        try:
            with self._transaction(f"load the partitions in {base}") as con:
                con.execute("DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM _docs)")
                con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _docs)")
                con.execute("INSERT INTO documents BY NAME SELECT * EXCLUDE (_part) FROM _docs")
                loaded = 0
                if event_files:
                    con.execute(
                        "INSERT INTO events BY NAME SELECT e.* EXCLUDE (filename)"
                        " FROM read_parquet(?, filename = true) e"
                        f" JOIN _docs d ON d.doc_id = e.doc_id AND d._part = {part}",
                        [event_files],
                    )
                    row = con.execute(
                        "SELECT count(*) FROM events WHERE doc_id IN (SELECT doc_id FROM _docs)"
                    ).fetchone()
                    loaded = int(row[0]) if row else 0
                row = con.execute("SELECT count(*) FROM _docs").fetchone()
        finally:
            with self._errors("drop the temporary table _docs"):
                self.con.execute("DROP TABLE IF EXISTS _docs")
        failures = base / "failures.jsonl"
        if failures.is_file():
            with failures.open(encoding="utf-8") as fh:
                for number, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                        failure = Failure(str(record["origin"]), str(record["reason"]))
                    except (ValueError, KeyError, TypeError) as exc:
                        raise StoreError(f"{failures}:{number}: not a failure record: "
                                         f"{exc}") from exc
                    self.record_failure(failure)
        return (int(row[0]) if row else 0), loaded

    # ----------------------------------------------------------------- stories

    def story_sources(self) -> dict[str, str]:
        """doc_id -> the document's source (detente.stories.source_key) for every document."""
        from detente.stories import source_key

        with self._errors("read document sources"):
            rows = self.con.execute("SELECT doc_id, url, origin FROM documents").fetchall()
        return {doc_id: source_key(url, origin, doc_id) for doc_id, url, origin in rows}

    def replace_stories(self, stories: Iterable[Story]) -> int:
        """Replace every stored story with `stories` (one transaction); returns how many."""
        rows: dict[str, list[Any]] = {name: [] for name in _STORY_COLUMNS}
        members: tuple[list[str], list[str]] = ([], [])
        for story in stories:
            for name in _STORY_COLUMNS:
                value = getattr(story, name)
                rows[name].append(Date.fromisoformat(value) if name in ("date", "last_date")
                                  and value is not None else value)
            members[0].extend(story.event_ids)
            members[1].extend([story.story_id] * len(story.event_ids))
        types = {"date": "DATE", "last_date": "DATE", "quad_class": "INTEGER",
                 "goldstein": "DOUBLE", "mentions": "INTEGER", "sources": "INTEGER",
                 "documents": "INTEGER"}
        select = ", ".join(f"unnest(?::{types.get(n, 'VARCHAR')}[])" for n in _STORY_COLUMNS)
        with self._transaction("replace the stories") as con:
            con.execute("DELETE FROM story_events")
            con.execute("DELETE FROM stories")
            con.execute(f"INSERT INTO stories ({', '.join(_STORY_COLUMNS)}) SELECT {select}",
                        [rows[n] for n in _STORY_COLUMNS])
            con.execute("INSERT INTO story_events SELECT unnest(?::VARCHAR[]),"
                        " unnest(?::VARCHAR[])", list(members))
        return len(rows["story_id"])

    def stories(self, limit: int | None = None, offset: int = 0) -> list[Story]:
        """Stored stories by date (undated last), then id, with their member event ids."""
        from detente.stories import Story

        sql, params = _paginate(
            f"SELECT {', '.join('s.' + n for n in _STORY_COLUMNS)},"
            " list(m.event_id ORDER BY e.date NULLS LAST, m.event_id)"
            " FROM stories s JOIN story_events m USING (story_id)"
            " LEFT JOIN events e ON e.event_id = m.event_id"
            f" GROUP BY ALL ORDER BY s.date NULLS LAST, s.story_id", [], limit, offset)
        with self._errors("read stories"):
            rows = self.con.execute(sql, params).fetchall()
        out = []
        for row in rows:
            values = dict(zip(_STORY_COLUMNS, row[:-1], strict=True))
            for name in ("date", "last_date"):
                if values[name] is not None:
                    values[name] = values[name].isoformat()
            out.append(Story(**values, event_ids=tuple(row[-1])))
        return out

    def _batches(
        self, sql: str, params: list[Any], size: int, action: str
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of `sql`, `size` at a time, through a cursor of its own (so the caller may
        query the store between batches)."""
        with self._errors(action):
            cursor = self.con.cursor()
        try:
            with self._errors(action):
                cursor.execute(sql, params)
            while True:
                with self._errors(action):
                    batch = cursor.fetchmany(size)
                if not batch:
                    return
                yield batch
        finally:
            cursor.close()


_DOCUMENT_COLUMNS = "doc_id, text, published, title, url, origin"
# The columns of the stories table, in the order of detente.stories.Story's fields.
_STORY_COLUMNS: tuple[str, ...] = (
    "story_id", "event_id", "date", "last_date", "source", "target", "root", "cameo",
    "quad_class", "goldstein", "factuality", "mentions", "sources", "documents",
)



# --------------------------------------------------------------------------- staged lines


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What `StagedLines.load` did: data rows mapped, events stored, rows refused."""

    rows: int
    inserted: int
    rejected: tuple[tuple[int, str], ...]  # (line number, reason), by line


class StagedLines:
    """A text file as the temporary view `_lines(n BIGINT, f VARCHAR[])`: `n` is the 1-based
    line number, `f` the tab-separated fields of the line (blank lines are left out; carriage
    returns are dropped).

    The caller (an importer in detente.interop) maps the rows with a SELECT over `_lines` and
    whatever lookup tables it added, and `load` checks and stores them.
    """

    def __init__(self, store: Store, label: str) -> None:
        self.store = store
        self.label = label
        self.tables: list[str] = []

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.store._errors(f"read {self.label}"):
            return self.store.con.execute(sql, list(params)).fetchall()

    def first(self) -> tuple[int, list[str]] | None:
        """The line number and fields of the first non-blank line, or None if there is none."""
        rows = self._query("SELECT n, f FROM _lines ORDER BY n LIMIT 1")
        return (int(rows[0][0]), list(rows[0][1])) if rows else None

    def widths(self, *, skip: Sequence[int] = ()) -> dict[int, int]:
        """How many lines have each number of fields."""
        rows = self._query(
            "SELECT length(line) - length(replace(line, chr(9), '')) + 1, count(*) FROM _text"
            " WHERE NOT list_contains(?::BIGINT[], n) GROUP BY 1", [list(skip)]
        )
        return {int(width): int(count) for width, count in rows}

    def distinct(self, expressions: Iterable[str]) -> list[str]:
        """The distinct non-null values of SQL expressions over `f`, sorted."""
        union = " UNION ".join(f"SELECT DISTINCT {expr} AS v FROM _lines" for expr in expressions)
        rows = self._query(f"SELECT v FROM ({union}) WHERE v IS NOT NULL ORDER BY v")
        return [str(row[0]) for row in rows]

    def add_table(
        self, name: str, columns: Sequence[tuple[str, str]], rows: Iterable[Sequence[Any]]
    ) -> None:
        """A temporary lookup table `name` (columns: (name, SQL type)) for the mapping query."""
        for identifier in (name, *(c for c, _ in columns)):
            if not _IDENTIFIER.fullmatch(identifier):
                raise ValueError(f"not a plain SQL identifier: {identifier!r}")
        values: list[list[Any]] = [[] for _ in columns]
        for row in rows:
            for column, value in zip(values, row, strict=True):
                column.append(value)
        ddl = ", ".join(f"{c} {t}" for c, t in columns)
        select = ", ".join(f"unnest(?::{t}[])" for _, t in columns)
        with self.store._errors(f"create the lookup table {name}"):
            self.store.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} ({ddl})")
            self.store.con.execute(f"INSERT INTO {name} SELECT {select}", values)
        self.tables.append(name)

    def load(self, query: str) -> LoadResult:
        """Map, check and store the rows.

        `query` is a SELECT over `_lines` giving one row per data line: `n`, `problem` (NULL
        for a good row, else why it is refused) and events columns (names from
        `LOADABLE_COLUMNS`, `event_id` among them). A row whose event id an earlier line of
        the file already has is refused too. The good rows replace any stored events with the
        same ids, in one transaction: a file loads whole or not at all.
        """
        con = self.store.con
        with self.store._errors(f"map the rows of {self.label}"):
            con.execute(f"CREATE OR REPLACE TEMP TABLE _mapped AS {query}")
            names = [str(row[0]) for row in con.execute("DESCRIBE _mapped").fetchall()]
        columns = [c for c in names if c not in ("n", "problem")]
        unknown = sorted(set(columns) - LOADABLE_COLUMNS)
        if not {"n", "problem", "event_id"} <= set(names) or unknown:
            raise StoreError(
                f"{self.store.path}: the mapping of {self.label} must give n, problem and "
                f"event columns; it gives {names} (unknown: {unknown})"
            )
        with self.store._errors(f"check the rows of {self.label}"):
            con.execute(
                "UPDATE _mapped SET problem = 'event id ' || _mapped.event_id"
                " || ' is already on line ' || d.first"
                " FROM (SELECT event_id, min(n) AS first FROM _mapped WHERE problem IS NULL"
                "       GROUP BY event_id HAVING count(*) > 1) AS d"
                " WHERE _mapped.problem IS NULL AND _mapped.event_id = d.event_id"
                " AND _mapped.n > d.first"
            )
            rejected = con.execute(
                "SELECT n, problem FROM _mapped WHERE problem IS NOT NULL ORDER BY n"
            ).fetchall()
            total = con.execute("SELECT count(*) FROM _mapped").fetchone()
        listed = ", ".join(columns)
        with self.store._transaction(f"store the events of {self.label}") as tx:
            tx.execute(
                "DELETE FROM events WHERE event_id IN"
                " (SELECT event_id FROM _mapped WHERE problem IS NULL)"
            )
            tx.execute(
                f"INSERT INTO events ({listed}) SELECT {listed} FROM _mapped"
                " WHERE problem IS NULL ORDER BY n"
            )
        rows = int(total[0]) if total else 0
        return LoadResult(rows, rows - len(rejected),
                          tuple((int(n), str(problem)) for n, problem in rejected))


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
