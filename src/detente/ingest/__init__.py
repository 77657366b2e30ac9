"""Ingest: files, directories, HTML, JSONL and standard input -> Documents (no NLP here).

`read_inputs(paths, options, stdin=...)` yields, lazily and in order, one `Document` per
document read and one `Failure(origin, reason)` per input that cannot be read; it never raises
for a bad input, so a batch always goes on.

Formats, by extension:
- ``.html``/``.htm``/``.xhtml``: HTML; main text by trafilatura, title/url/date from metadata.
- ``.jsonl``/``.ndjson``: one JSON record per line (see detente.ingest.jsonl), streamed.
- ``.json``: one record, or an array of records (read whole, so the size limit applies).
- anything else (``.txt``, ``.md``, no extension, ...): UTF-8 plain text.
- ``.pdf``, office files and archives: one Failure saying to convert or decompress first.
- ``-``: standard input, sniffed: JSONL if the first non-blank character is ``{``, HTML if
  it is ``<``, plain text otherwise.

Directories are walked recursively, depth first, entries sorted by name (so the order is
deterministic); hidden entries and symlinked directories are skipped. Files that are
obviously not text (images, audio, video, fonts, compiled code, databases, CSS/JS) are
skipped silently inside directories; every other file is read and, if it is binary, refused
with a Failure. Named explicitly as a path, any file is read.

Origins: the path; "path:LINE" for JSONL records; "path[INDEX]" for items of a JSON array;
"-" or "-:LINE" for standard input. Document ids: the record's ``id`` (stringified), else
detente.model.content_hash(text).

Dates: a date the input states itself (a JSONL record's ``date``/``published``, an HTML
page's metadata) wins; IngestOptions.date (--date) fills in when there is none.

Text: plain text is normalised (NFC, Unix newlines, lines stripped, blank-line runs
collapsed) and page chrome lines (photo credits, "Featured Image", footnote stubs, comment
and share widgets) are removed by `strip_page_chrome`; HTML text gets the same. A JSONL or
JSON record's ``text`` is taken exactly as given.

Refused, each with one Failure: empty or whitespace-only input; binary data; non-UTF-8 bytes
(the offset of the first bad byte is given; a UTF-8 or UTF-16 byte-order mark is honoured,
nothing else is guessed); HTML with no article text; a document over max_bytes (checked with
stat before reading); text that does not look English (detente.ingest.language); bad JSONL
lines (not JSON, not an object, no string ``text``, a date that is not a date); paths that
cannot be read or listed.
"""

from detente.ingest.html import document_from_html, strip_page_chrome
from detente.ingest.jsonl import record_to_document
from detente.ingest.language import looks_english, non_english_reason
from detente.ingest.sources import IngestOptions, read_inputs
from detente.ingest.text import parse_date

__all__ = [
    "IngestOptions",
    "document_from_html",
    "looks_english",
    "non_english_reason",
    "parse_date",
    "read_inputs",
    "record_to_document",
    "strip_page_chrome",
]
