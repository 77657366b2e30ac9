"""Plain, frozen data that flows between détente's stages.

Document --(nlp + coding)--> Event, with RunStats and Failure describing a run.
Every stage takes and returns these values; none of them knows about spaCy or DuckDB.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from typing import Any, Literal

Factuality = Literal["asserted", "negated", "hypothetical"]
DatePrecision = Literal["day", "month", "year"]

FACTUALITIES: tuple[Factuality, ...] = ("asserted", "negated", "hypothetical")


def content_hash(text: str) -> str:
    """The id of a document that has none of its own: a short hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Document:
    """One text to code. `doc_id` is given by the source or derived from the text."""

    doc_id: str
    text: str
    published: Date | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""  # where it came from: a path, "path:line", or "-"

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        doc_id: str | None = None,
        published: Date | None = None,
        title: str | None = None,
        url: str | None = None,
        origin: str = "",
    ) -> Document:
        return cls(doc_id or content_hash(text), text, published, title, url, origin)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text, by character offsets (end exclusive)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: a CAMEO actor code and what it is made of."""

    text: str
    start: int
    end: int
    code: str  # e.g. "JPNGOV", "IGOUNO", "RUS"
    country: str | None  # ISO 3166 alpha-3, None for IGOs and the like
    sector: str | None  # CAMEO sector code such as "GOV", "MIL"; None when unknown
    name: str | None = None  # the named person or body, if any


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence. Field names are the public record format."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    date: str | None  # YYYY-MM-DD
    date_precision: DatePrecision | None
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    trigger: Span
    location: Location | None
    factuality: Factuality
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_id(doc_id: str, sentence_index: int, trigger_start: int, source_code: str,
             target_code: str | None, cameo: str, coder_version: str) -> str:
    """Stable id: the same document, evidence and coder version give the same id."""
    key = "|".join(
        [doc_id, str(sentence_index), str(trigger_start), source_code, target_code or "",
         cameo, coder_version]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be coded, and why. Recorded, never swallowed."""

    origin: str
    reason: str


@dataclass(slots=True)
class RunStats:
    """Counters and timings of a coding run, returned by the library (never printed by it)."""

    documents: int = 0
    sentences: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    skipped: int = 0  # documents not coded again (already stored with the same coder version)

    @property
    def failed(self) -> int:
        return len(self.failures)
