"""détente's exceptions. Every message names the culprit and, where it can, the fix.

    DetenteError
    ├── InputError            a document or file that cannot be read or coded
    │   └── CodingError       a document that was read but could not be coded
    ├── DictionaryError       a malformed dictionary, lexicon or knowledge-base file
    ├── UnknownCodeError      a CAMEO event or actor code that does not exist
    ├── PipelineError         the spaCy pipeline cannot be loaded or lacks a component
    └── StoreError            the DuckDB store cannot be opened or written
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error détente raises on purpose."""


class InputError(DetenteError):
    """An input (file, record, document) cannot be read or coded."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class CodingError(InputError):
    """A document was read but the coder could not code it."""


class DictionaryError(DetenteError):
    """A dictionary, lexicon or knowledge-base file is malformed."""


class UnknownCodeError(DetenteError, KeyError):
    """A CAMEO event or actor code that détente does not know."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class PipelineError(DetenteError):
    """The spaCy pipeline cannot be loaded or lacks what the coder needs."""


class StoreError(DetenteError):
    """The event store cannot be opened, migrated or written."""
