"""The HTTP API and the dashboard: a FastAPI app over one DuckDB event store.

    app = create_app("detente.duckdb", token="...")     # uvicorn.run(app) or `detente serve`

Reading is open; writing (POST, DELETE) needs `Authorization: Bearer TOKEN`. The store is
opened once per app and every access holds the app's lock (uvicorn runs handlers in a thread
pool; a DuckDB connection is not for concurrent use). The coder that POST /api/documents uses
is built by `coder_factory` on the first upload, once. Bad requests are 4xx JSON responses
`{"detail": "...", "errors": [...]}` whose message names the parameter and the bad value.
The dashboard (src/detente/web/) is served at `/`, plotly.js and Swagger UI from the installed
`plotly` and `swagger-ui-py` packages: nothing is fetched from the network. See docs/API.md.
"""

import math
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import date as Date
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente import analysis, cameo
from detente.errors import (
    CodingError,
    DetenteError,
    InputError,
    PipelineError,
    StoreError,
    UnknownCodeError,
)
from detente.formats import FLAT_COLUMNS, event_to_json, unflatten_event
from detente.model import Document, Event, content_hash
from detente.pipeline import CODER_VERSION
from detente.store import Store

API_VERSION = "1"
MAX_PAGE = 1000  # most items one page may hold
MAX_OFFSET = 10**12
MAX_PERIODS = 20_000  # most rows a dyad series may have
MAX_EDGES = 5000
MAX_CODE_CHARS = 40  # an actor code or prefix
MAX_ID_CHARS = 200  # a document id
_ACTOR = re.compile(r"[A-Z0-9]+")
_ROOT = re.compile(r"(0[1-9]|1\d|20)")
_DAYS = {"day": 1, "week": 7, "month": 28, "quarter": 89, "year": 365}
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "frame-ancestors 'none'")

Freq = Literal["day", "week", "month", "quarter", "year"]
FactualityName = Literal["asserted", "negated", "hypothetical"]


# --------------------------------------------------------------------------- response models


class ActorOut(BaseModel):
    text: str
    start: int
    end: int
    code: str
    country: str | None
    sector: str | None
    name: str | None


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class LocationOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class EventOut(BaseModel):
    """The public event record (README), plus `cameo_name` from the codebook."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None
    date_precision: str | None
    source: ActorOut
    target: ActorOut | None
    cameo: str
    cameo_name: str | None
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    trigger: SpanOut
    location: LocationOut | None
    factuality: str
    confidence: float
    rule: str


class DocumentSummary(BaseModel):
    doc_id: str
    title: str | None
    published: Date | None
    url: str | None
    origin: str
    n_events: int


class DocumentOut(BaseModel):
    doc_id: str
    text: str
    published: Date | None
    title: str | None
    url: str | None
    origin: str


class DocumentPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[DocumentSummary]


class DocumentWithEvents(BaseModel):
    document: DocumentOut
    events: list[EventOut]


class CodedOut(DocumentWithEvents):
    replaced: bool = Field(description="true when a document with this id was stored before")


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventOut]


class SeriesRowOut(BaseModel):
    period: Date
    period_end: Date
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein_sum: float
    goldstein_mean: float
    cooperation_share: float
    index: float
    by_root: dict[str, int]


class DriverOut(BaseModel):
    event_id: str
    doc_id: str
    date: str | None
    source: str
    target: str | None
    cameo: str
    goldstein: float
    sentence: str


class TurningPointOut(BaseModel):
    period: Date
    period_end: Date
    level_before: float
    level_after: float
    change: float
    events_before: int
    events_after: int
    drivers: list[DriverOut]


class DyadInfo(BaseModel):
    a: str
    b: str
    directed: bool
    freq: str
    factuality: list[str]


class DyadOut(BaseModel):
    dyad: DyadInfo
    series: list[SeriesRowOut]
    turning_points: list[TurningPointOut]


class EdgeOut(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float
    cooperation_share: float


class NetworkOut(BaseModel):
    level: str
    total: int = Field(description="edges before the limit")
    edges: list[EdgeOut]


class ActorCount(BaseModel):
    code: str
    events: int = Field(description="events with this code (or country) as source or target")
    country: bool = Field(description="true for a country code, which matches as a prefix")


class ActorsOut(BaseModel):
    actors: list[ActorCount]


class StatsOut(BaseModel):
    documents: int
    events: int
    failures: int
    first_date: Date | None
    last_date: Date | None


class ErrorOut(BaseModel):
    detail: str
    errors: list[dict[str, Any]] | None = None


class DocumentIn(BaseModel):
    """A document to code: its text and, optionally, publication date, id, title and url."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text (plain text, English)")
    date: Date | None = Field(None, description="publication date (relative dates use it)")
    id: str | None = Field(None, min_length=1, max_length=MAX_ID_CHARS,
                           description="document id (default: a hash of the text); "
                                       "an id stored before is recoded and replaced")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)


_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in ((400, "a malformed body (multipart parts, Content-Length)"),
                       (401, "missing or wrong bearer token"), (404, "no such document"),
                       (413, "request body over the size limit"),
                       (415, "a body that is neither JSON nor multipart/form-data"),
                       (422, "a parameter or the body is invalid"))
}


# --------------------------------------------------------------------------- the service


class _Service:
    """What one app holds: the store and its lock, the token, the lazily built coder."""

    def __init__(self, db_path: str | Path, token: str | None,
                 coder_factory: Callable[[], Any], max_upload_bytes: int) -> None:
        self.db_path = db_path
        self._store: Store | None = Store(db_path)  # opened now, so a bad path fails early
        self.token = token
        self.max_upload_bytes = max_upload_bytes
        self._store_lock = threading.RLock()
        self._coder_lock = threading.Lock()
        self._coder_factory = coder_factory
        self._coder: Any = None

    @contextmanager
    def reading(self, action: str) -> Iterator[Store]:
        """The store, under the lock (reopened if the app was shut down and started again);
        a duckdb error inside becomes a StoreError."""
        with self._store_lock:
            if self._store is None:
                self._store = Store(self.db_path)
            with self._store._errors(action):
                yield self._store

    def close(self) -> None:
        with self._store_lock:
            store, self._store = self._store, None
            if store is not None:
                store.close()

    def code(self, document: Document) -> tuple[Any, str]:
        """The coded document (pipeline.CodedDocument) and the version of the coder that coded
        it ("0.1.0+statements" for `detente serve --statements`: pipeline.coder_version); the
        coder is built on first use."""
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._coder_factory()
            return (self._coder.code_document(document),
                    getattr(self._coder, "version", CODER_VERSION))


def _service(request: Request) -> _Service:
    service: _Service = request.app.state.detente
    return service


ServiceDep = Annotated[_Service, Depends(_service)]
_bearer = HTTPBearer(auto_error=False, description="the server's write token (DETENTE_TOKEN)")


def _require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    token = _service(request).token
    challenge = {"WWW-Authenticate": "Bearer"}
    if token is None:
        raise HTTPException(401, "writes are disabled: the server was started without a token",
                            headers=challenge)
    if credentials is None:
        raise HTTPException(401, "this request writes: send 'Authorization: Bearer TOKEN' "
                                 "with the server's token", headers=challenge)
    if not secrets.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(401, "wrong bearer token", headers=challenge)


# --------------------------------------------------------------------------- checks


def _bad(message: str) -> HTTPException:
    return HTTPException(422, message)


def _clean(name: str, value: str | None) -> str | None:
    """A text parameter as given, refused when it holds NUL or lone surrogates."""
    if value is None:
        return None
    if "\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise _bad(f"{name}: {value!r} holds a NUL or a lone surrogate character")
    return value


def _codes(store: Store, name: str, value: str | None) -> list[str]:
    """Comma-separated actor codes or prefixes, each known to the store."""
    if value is None:
        return []
    out = []
    for part in value.split(","):
        code = part.strip().upper()
        if not _ACTOR.fullmatch(code):
            raise _bad(f"{name}: {part.strip()!r} is not an actor code; use CAMEO letters "
                       "such as JPN or JPNGOV, several separated by commas")
        out.append(_known_actor(store, name, code))
    return out


def _known_actor(store: Store, name: str, code: str) -> str:
    try:
        return analysis.check_actor(store, code)
    except UnknownCodeError as exc:
        raise _bad(f"{name}: {exc}") from exc


def _cameo(value: str | None) -> str | None:
    if value is None:
        return None
    if not cameo.is_code(value):
        raise _bad(f"cameo: {value!r} is not a CAMEO event code (2-4 digits such as '042')")
    return value


def _root(value: str | None) -> str | None:
    if value is not None and not _ROOT.fullmatch(value):
        raise _bad(f"root: {value!r} is not a CAMEO root; roots are '01' to '20'")
    return value


def _date_range(date_from: Date | None, date_to: Date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise _bad(f"date_from {date_from} is after date_to {date_to}")


def _cameo_name(code: str) -> str | None:
    return cameo.lookup(code).name if cameo.is_code(code) else None


def _event_out(event: Event) -> dict[str, Any]:
    record = event_to_json(event)
    record["cameo_name"] = _cameo_name(event.cameo)
    return record


def _row_event(row: Sequence[Any]) -> Event:
    values = dict(zip(FLAT_COLUMNS, row, strict=True))
    if values["date"] is not None:
        values["date"] = values["date"].isoformat()
    return unflatten_event(values)


def _document_out(doc: Document) -> dict[str, Any]:
    return {"doc_id": doc.doc_id, "text": doc.text, "published": doc.published,
            "title": doc.title, "url": doc.url, "origin": doc.origin}


# --------------------------------------------------------------------------- routes

api = APIRouter()  # the /api routes; create_app includes them


@api.get("/api/stats", response_model=StatsOut, tags=["store"])
def get_stats(service: ServiceDep) -> dict[str, Any]:
    """Row counts and the dates of the first and last dated events."""
    with service.reading("read the store's statistics") as store:
        counts = store.stats()
        first, last = store.con.execute("SELECT min(date), max(date) FROM events").fetchone() \
            or (None, None)
    return {**counts, "first_date": first, "last_date": last}


@api.get("/api/actors", response_model=ActorsOut, tags=["store"])
def get_actors(
    service: ServiceDep,
    limit: Annotated[int, Query(ge=1, le=MAX_EDGES, description="most codes to list")] = 2000,
) -> dict[str, Any]:
    """The actor codes in the store, and their countries, most events first."""
    sql = (
        "WITH ends AS (SELECT event_id, source_code AS code, source_country AS country"
        " FROM events UNION ALL SELECT event_id, target_code, target_country FROM events"
        " WHERE target_code IS NOT NULL),"
        " named AS (SELECT event_id, code, false AS is_country FROM ends UNION ALL"
        " SELECT event_id, country, true FROM ends WHERE country IS NOT NULL"
        " AND length(country) = 3 AND country <> code)"
        " SELECT code, bool_or(is_country) AS is_country, count(DISTINCT event_id) AS n"
        " FROM named GROUP BY code ORDER BY n DESC, code LIMIT ?"
    )
    with service.reading("list the actor codes") as store:
        rows = store.con.execute(sql, [limit]).fetchall()
    return {"actors": [{"code": c, "events": int(n), "country": bool(k)} for c, k, n in rows]}


@api.get("/api/documents", response_model=DocumentPage, tags=["documents"],
         responses={422: _ERRORS[422]})
def list_documents(
    service: ServiceDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Stored documents by id, without their text."""
    with service.reading("list documents") as store:
        total = store.stats()["documents"]
        rows = store.con.execute(
            "SELECT doc_id, title, published, url, origin, n_events FROM documents"
            " ORDER BY doc_id LIMIT ? OFFSET ?", [limit, offset]).fetchall()
    names = ("doc_id", "title", "published", "url", "origin", "n_events")
    return {"total": total, "limit": limit, "offset": offset,
            "items": [dict(zip(names, row, strict=True)) for row in rows]}


@api.get("/api/documents/{doc_id:path}", response_model=DocumentWithEvents,
         tags=["documents"], responses={404: _ERRORS[404], 422: _ERRORS[422]})
def get_document(
    service: ServiceDep,
    doc_id: Annotated[str, PathParam(min_length=1, max_length=MAX_ID_CHARS)],
) -> dict[str, Any]:
    """A document's text and its events (every factuality), in text order."""
    doc_id = _clean("doc_id", doc_id) or ""
    with service.reading(f"read document {doc_id!r}") as store:
        doc = store.document(doc_id)
        events = store.events(doc_id=doc_id) if doc is not None else []
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r} in the store")
    events.sort(key=lambda e: (e.sentence_index, e.trigger.start, e.event_id))
    return {"document": _document_out(doc), "events": [_event_out(e) for e in events]}


class _EventFilter:
    """The WHERE clause of GET /api/events, every value bound as a parameter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def any_prefix(self, column: str, codes: list[str]) -> None:
        if codes:
            self.add("(" + " OR ".join(f"starts_with({column}, ?)" for _ in codes) + ")",
                     *codes)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


@api.get("/api/events", response_model=EventPage, tags=["events"],
         responses={422: _ERRORS[422]})
def list_events(
    service: ServiceDep,
    source: Annotated[str | None, Query(max_length=400, description=(
        "source actor codes or prefixes, comma-separated (JPN matches JPNGOV)"))] = None,
    target: Annotated[str | None, Query(max_length=400, description=(
        "target actor codes or prefixes, comma-separated"))] = None,
    dyad: Annotated[str | None, Query(max_length=2 * MAX_CODE_CHARS + 1, description=(
        "two actor codes or prefixes 'A,B': events of A on B or B on A"))] = None,
    cameo_code: Annotated[str | None, Query(alias="cameo", max_length=4,
                                            description="CAMEO event code, e.g. 042")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root, 01-20")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    factuality: FactualityName | None = None,
    date_from: Annotated[Date | None, Query(description="first event date, inclusive")] = None,
    date_to: Annotated[Date | None, Query(description="last event date, inclusive")] = None,
    origin: Annotated[str | None, Query(max_length=40,
                                        description="detente, gdelt or icews")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Events matching every filter, by date (undated last), then document order."""
    _date_range(date_from, date_to)
    where = _EventFilter()
    with service.reading("read events") as store:
        where.any_prefix("source_code", _codes(store, "source", _clean("source", source)))
        where.any_prefix("target_code", _codes(store, "target", _clean("target", target)))
        if dyad is not None:
            pair = _codes(store, "dyad", _clean("dyad", dyad))
            if len(pair) != 2:
                raise _bad(f"dyad: {dyad!r} must be two actor codes 'A,B'")
            one = "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
            where.add(f"({one} OR {one})", pair[0], pair[1], pair[1], pair[0])
        exact = (("cameo", _cameo(cameo_code)), ("root", _root(root)),
                 ("quad_class", quad_class), ("factuality", factuality),
                 ("origin", _clean("origin", origin)))
        for column, value in exact:
            if value is not None:
                where.add(f"{column} = ?", value)
        if date_from is not None:
            where.add("date >= ?", date_from)
        if date_to is not None:
            where.add("date <= ?", date_to)
        con = store.con
        total_row = con.execute(f"SELECT count(*) FROM events{where.sql()}",
                                where.params).fetchone()
        rows = con.execute(
            f"SELECT {', '.join(FLAT_COLUMNS)} FROM events{where.sql()}"
            " ORDER BY date NULLS LAST, doc_id, seq, event_id LIMIT ? OFFSET ?",
            [*where.params, limit, offset]).fetchall()
    return {"total": int(total_row[0]) if total_row else 0, "limit": limit, "offset": offset,
            "items": [_event_out(_row_event(row)) for row in rows]}


def _check_periods(store: Store, freq: str, date_from: Date | None,
                   date_to: Date | None) -> None:
    """Refuse a series longer than MAX_PERIODS rows (estimated from the range or the data)."""
    first, last = store.con.execute("SELECT min(date), max(date) FROM events").fetchone() \
        or (None, None)
    start, end = date_from or first, date_to or last
    if start is None or end is None or end < start:
        return
    periods = (end - start).days // _DAYS[freq] + 1
    if periods > MAX_PERIODS:
        raise _bad(f"{start} to {end} by {freq} is about {periods:,} periods, over the "
                   f"{MAX_PERIODS:,} a series may have; choose a longer freq or a shorter range")


@api.get("/api/dyad", response_model=DyadOut, tags=["analysis"],
         responses={422: _ERRORS[422]})
def get_dyad(
    service: ServiceDep,
    a: Annotated[str, Query(min_length=1, max_length=MAX_CODE_CHARS,
                            description="actor code or prefix, e.g. RUS")],
    b: Annotated[str, Query(min_length=1, max_length=MAX_CODE_CHARS,
                            description="actor code or prefix, e.g. JPN")],
    freq: Freq = "month",
    date_from: Annotated[Date | None, Query(alias="from", description="first day")] = None,
    date_to: Annotated[Date | None, Query(alias="to", description="last day")] = None,
    directed: Annotated[bool, Query(description="count A -> B only")] = False,
    factuality: Annotated[list[FactualityName] | None, Query(
        description="which events count (default: asserted)")] = None,
    penalty: Annotated[float | None, Query(ge=0, le=1e6, description=(
        "turning points: penalty per change (default: docs/ANALYSIS.md)"))] = None,
    drivers: Annotated[int, Query(ge=0, le=50, description="driving events per point")] = 5,
) -> dict[str, Any]:
    """A dyad's series, relations index and turning points with their driving events
    (docs/ANALYSIS.md)."""
    kinds = tuple(dict.fromkeys(factuality or ["asserted"]))
    _date_range(date_from, date_to)
    opts: dict[str, Any] = {"directed": directed, "factuality": kinds}
    with service.reading("compute the dyad series") as store:
        code_a = _known_actor(store, "a", _clean("a", a) or "")
        code_b = _known_actor(store, "b", _clean("b", b) or "")
        _check_periods(store, freq, date_from, date_to)
        rows = analysis.dyad_series(store, code_a, code_b, freq=freq, date_from=date_from,
                                    date_to=date_to, **opts)
        points = analysis.turning_points(rows, penalty=penalty)
        points = analysis.with_drivers(store, code_a, code_b, points, n=drivers, **opts)
    return {"dyad": {"a": code_a, "b": code_b, "directed": directed, "freq": freq,
                     "factuality": list(kinds)},
            "series": [row.as_dict() for row in rows],
            "turning_points": [point.as_dict() for point in points]}


@api.get("/api/network", response_model=NetworkOut, tags=["analysis"],
         responses={422: _ERRORS[422]})
def get_network(
    service: ServiceDep,
    date_from: Annotated[Date | None, Query(alias="from")] = None,
    date_to: Annotated[Date | None, Query(alias="to")] = None,
    level: Literal["country", "actor"] = "country",
    factuality: Annotated[list[FactualityName] | None, Query()] = None,
    origin: Annotated[str | None, Query(max_length=40)] = None,
    self_loops: bool = False,
    limit: Annotated[int, Query(ge=1, le=MAX_EDGES)] = 500,
) -> dict[str, Any]:
    """Who acts on whom: directed edges with their events, mean Goldstein and cooperation
    share, most events first."""
    _date_range(date_from, date_to)
    kinds = tuple(dict.fromkeys(factuality or ["asserted"]))
    with service.reading("compute the network") as store:
        edges = analysis.network(store, date_from, date_to, level, factuality=kinds,
                                 origin=_clean("origin", origin), self_loops=self_loops)
    return {"level": level, "total": len(edges),
            "edges": [_edge_out(edge) for edge in edges[:limit]]}


def _edge_out(edge: analysis.Edge) -> dict[str, Any]:
    return {"source": edge.source, "target": edge.target, "events": edge.events,
            "goldstein_mean": _finite(edge.goldstein_mean),
            "cooperation_share": _finite(edge.cooperation_share)}


def _finite(value: float) -> float:
    return round(value, 4) if math.isfinite(value) else 0.0


_DOCUMENT_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": DocumentIn.model_json_schema()},
        "multipart/form-data": {"schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": "a UTF-8 text or HTML file"},
                "date": {"type": "string", "format": "date"},
                "id": {"type": "string", "maxLength": MAX_ID_CHARS},
                "title": {"type": "string"},
            },
        }},
    },
}


@api.post("/api/documents", status_code=201, response_model=CodedOut, tags=["documents"],
          dependencies=[Depends(_require_token)],
          responses={k: _ERRORS[k] for k in (400, 401, 413, 415, 422)},
          openapi_extra={"requestBody": _DOCUMENT_BODY})
async def post_document(request: Request, response: Response,
                        service: ServiceDep) -> dict[str, Any]:
    """Code a document with the real coder and store it with its events (recoding an id
    replaces it). Send JSON `{text, date?, id?, title?, url?}` or a multipart upload with a
    `file` (text or HTML) and optional `date`, `id`, `title` fields."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        document = await _document_from_form(request)
    elif content_type in ("application/json", ""):
        document = await _document_from_json(request)
    else:
        raise HTTPException(415, f"content type {content_type!r}: send application/json "
                                 "or multipart/form-data")
    coded, version = await run_in_threadpool(service.code, document)

    def store_it() -> bool:
        with service.reading(f"store document {document.doc_id!r}") as store:
            replaced = store.has_document(document.doc_id)
            store.replace_document(coded.document, coded.events, coder_version=version)
            return replaced

    replaced = await run_in_threadpool(store_it)
    response.headers["Location"] = f"/api/documents/{quote(document.doc_id, safe='')}"
    return {"document": _document_out(coded.document),
            "events": [_event_out(e) for e in coded.events], "replaced": replaced}


async def _document_from_json(request: Request) -> Document:
    try:
        payload = await request.json()
    except ValueError as exc:
        raise _bad(f"the body is not JSON: {exc}") from exc
    try:
        body = DocumentIn.model_validate(payload)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from exc
    return _new_document(body.text, body.date, body.id, body.title, body.url, "api")


async def _document_from_form(request: Request) -> Document:
    try:
        async with request.form(max_files=1, max_fields=10) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise _bad("file: a multipart upload needs a 'file' part holding the article")
            fields = {name: form.get(name) for name in ("date", "id", "title")}
            data = await upload.read()
            name = upload.filename or "upload"
    except (AssertionError, ValueError) as exc:  # starlette's multipart parser's errors
        raise _bad(f"the multipart body cannot be read: {exc}") from exc
    text_fields: dict[str, str | None] = {}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise _bad(f"{key}: must be a text field, not a file")
        text_fields[key] = value or None
    raw_date = text_fields["date"]
    try:
        published = Date.fromisoformat(raw_date) if raw_date else None
    except ValueError as exc:
        raise _bad(f"date: {raw_date!r} is not a date; use YYYY-MM-DD") from exc
    doc_id = text_fields["id"]
    if doc_id is not None and len(doc_id) > MAX_ID_CHARS:
        raise _bad(f"id: must be at most {MAX_ID_CHARS} characters long")
    return _document_from_bytes(data, name, published, doc_id, text_fields["title"])


def _document_from_bytes(data: bytes, name: str, published: Date | None,
                         doc_id: str | None, title: Any) -> Document:
    from detente.ingest import document_from_html, strip_page_chrome
    from detente.ingest.text import decode_bytes, normalize_text

    try:
        text = decode_bytes(data, name)
        html = name.lower().endswith((".html", ".htm", ".xhtml")) or \
            text.lstrip().startswith("<")
        if html:
            page = document_from_html(text, origin=name, date=published)
            text, title = page.text, title or page.title
            published = published or page.published
        else:
            text = strip_page_chrome(normalize_text(text))
    except InputError as exc:
        raise _bad(f"file: {exc}") from exc
    return _new_document(text, published, doc_id, title if isinstance(title, str) else None,
                         None, f"upload:{name}")


def _new_document(text: str, published: Date | None, doc_id: str | None, title: str | None,
                  url: str | None, origin: str) -> Document:
    from detente.ingest import non_english_reason

    for name, value in (("text", text), ("id", doc_id), ("title", title), ("url", url)):
        _clean(name, value)
    if not text.strip():
        raise _bad("text: the document has no text")
    reason = non_english_reason(text)
    if reason:
        raise _bad(f"text: {reason}")
    return Document(doc_id or content_hash(text), text, published, title or None,
                    url or None, origin)


@api.delete("/api/documents/{doc_id:path}", status_code=204, tags=["documents"],
            dependencies=[Depends(_require_token)],
            responses={k: _ERRORS[k] for k in (400, 401, 404, 413, 422)})
def delete_document(
    service: ServiceDep,
    doc_id: Annotated[str, PathParam(min_length=1, max_length=MAX_ID_CHARS)],
) -> Response:
    """Remove a document and its events."""
    doc_id = _clean("doc_id", doc_id) or ""
    with service.reading(f"delete document {doc_id!r}") as store:
        if not store.has_document(doc_id):
            raise HTTPException(404, f"no document {doc_id!r} in the store")
        with store._transaction(f"delete document {doc_id!r}") as con:
            con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
            con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])
    return Response(status_code=204)


# --------------------------------------------------------------------------- errors


def _location(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("query", "path", "body", "header") and len(parts) > 1:
        return f"{parts[0]} parameter {'.'.join(parts[1:])!r}" if parts[0] != "body" \
            else f"body field {'.'.join(parts[1:])!r}"
    return ".".join(parts) or "request"


def _plain(value: Any) -> Any:
    """A value that JSON can carry (validation errors may hold bytes, dates, exceptions)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return repr(value)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    simple = [{"loc": _plain(list(e.get("loc", ()))), "msg": str(e.get("msg", "")),
               "type": str(e.get("type", ""))} for e in errors]
    first = errors[0] if errors else {}
    message = f"{_location(first.get('loc', ()))}: {first.get('msg', 'invalid')}"
    if "input" in first and first.get("type") != "missing":
        message += f" (got {_short(first['input'])})"
    if len(errors) > 1:
        message += f"; and {len(errors) - 1} more problem(s)"
    return JSONResponse({"detail": message, "errors": simple}, status_code=422)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _status_error(status: int) -> Callable[[Request, Exception], Any]:
    async def handler(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status)
    return handler


# --------------------------------------------------------------------------- body size


class _BodyLimit:
    """Refuse write requests whose body is over `max_bytes` with 413, before the app reads it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await JSONResponse({"detail": f"Content-Length {declared!r} is not a number"},
                                   status_code=400)(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                await self._refuse(scope, receive, send, f"{int(declared):,} bytes")
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._refuse(scope, receive, send, f"more than {self.max_bytes:,} bytes")
                return
            more = message.get("more_body", False)
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, size: str) -> None:
        detail = (f"the request body is {size}, over this server's limit of "
                  f"{self.max_bytes:,} bytes (max_upload_bytes)")
        await JSONResponse({"detail": detail}, status_code=413,
                           headers={"Connection": "close"})(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


# --------------------------------------------------------------------------- static files


def _package_file(package: str, *parts: str) -> Path:
    """A file shipped inside an installed package, found without importing it."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise PipelineError(f"the {package!r} package is not installed; "
                            f"pip install -e . installs it")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def web_dir() -> Path:
    """The dashboard's static files (src/detente/web)."""
    return Path(str(resources.files("detente") / "web"))


def _mount_static(app: FastAPI) -> None:
    web = web_dir()
    vendor = {
        "plotly.min.js": _package_file("plotly", "package_data", "plotly.min.js"),
        "swagger-ui-bundle.js": _package_file("swagger_ui", "static", "swagger-ui-bundle.js"),
        "swagger-ui.css": _package_file("swagger_ui", "static", "swagger-ui.css"),
        "favicon.png": _package_file("swagger_ui", "static", "favicon-32x32.png"),
    }

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web / "index.html", headers={
            "Content-Security-Policy": _CSP, "Cache-Control": "no-cache"})

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendored(name: str) -> FileResponse:
        path = vendor.get(name)
        if path is None:
            raise HTTPException(404, f"no vendored file {name!r}")
        return FileResponse(path, headers={"Cache-Control": "max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="détente API",
            swagger_js_url="/vendor/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger-ui.css",
            swagger_favicon_url="/vendor/favicon.png",
            swagger_ui_parameters={"validatorUrl": None})  # no badge from swagger.io

    app.mount("/static", StaticFiles(directory=web), name="static")


# --------------------------------------------------------------------------- the app


def _default_coder() -> Any:
    from detente.pipeline import Coder

    return Coder()


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    coder_factory: Callable[[], Any] | None = None,
    max_upload_bytes: int = 1_000_000,
) -> FastAPI:
    """The API and dashboard over the DuckDB store `db_path` (created if missing).

    `token`: the bearer token that writes need (None: writes are refused with 401).
    `coder_factory`: builds the `detente.Coder` for POST /api/documents, on first use
    (default: `Coder()` with the default spaCy pipeline); the store records the coder's
    `version` with each uploaded document ("0.1.0+statements" for Coder(statements=True)).
    `max_upload_bytes`: the largest request body a write may send (413 beyond). Raises
    StoreError if the store cannot be opened.
    """
    if max_upload_bytes < 1:
        raise ValueError(f"max_upload_bytes must be at least 1, got {max_upload_bytes}")
    service = _Service(db_path, token, coder_factory or _default_coder, max_upload_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        yield
        service.close()

    app = FastAPI(
        title="détente API",
        version=API_VERSION,
        description="Evidence-linked CAMEO event data: documents, events, dyad series, "
                    "turning points and networks. Writes need a bearer token. See docs/API.md.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.detente = service
    app.include_router(api)
    app.add_exception_handler(RequestValidationError, _validation_error)
    for error, status in ((UnknownCodeError, 422), (analysis.AnalysisError, 422),
                          (CodingError, 422), (InputError, 422), (PipelineError, 503),
                          (StoreError, 503), (DetenteError, 422)):
        app.add_exception_handler(error, _status_error(status))
    _mount_static(app)
    app.add_middleware(_BodyLimit, max_bytes=max_upload_bytes)
    return app


def new_token() -> str:
    """A random write token for `detente serve` when DETENTE_TOKEN is not set."""
    return secrets.token_urlsafe(24)
