"""détente: evidence-linked political event data (CAMEO, PLOVER) from news and commentary.

    >>> import detente
    >>> events = detente.code("Putin and Abe met in Moscow on Thursday.", date="2017-04-28")

`code` uses a default `Coder`, loaded once per process; build a `Coder` yourself to choose the
spaCy pipeline or dictionaries, and reuse it for batches (`Coder.code_many`).
"""

from __future__ import annotations

from datetime import date as Date
from functools import lru_cache

from detente.model import (
    Actor,
    Document,
    Event,
    Failure,
    Location,
    RunStats,
    Span,
)
from detente.nlp import DEFAULT_MODEL
from detente.pipeline import CODER_VERSION, CodedDocument, Coder, run

__version__ = "0.1.0"
__all__ = [
    "CODER_VERSION",
    "DEFAULT_MODEL",
    "Actor",
    "CodedDocument",
    "Coder",
    "Document",
    "Event",
    "Failure",
    "Location",
    "RunStats",
    "Span",
    "__version__",
    "code",
    "run",
]


@lru_cache(maxsize=2)
def _default_coder(model: str) -> Coder:
    return Coder(model)


def code(
    text: str,
    *,
    date: Date | str | None = None,
    doc_id: str | None = None,
    model: str = DEFAULT_MODEL,
) -> list[Event]:
    """Code one text into events. `date` is the publication date (a date or 'YYYY-MM-DD')."""
    published = Date.fromisoformat(date) if isinstance(date, str) else date
    return _default_coder(model).code(text, date=published, doc_id=doc_id)
