"""Bytes -> text for the ingest stage: decoding, binary detection, normalisation, dates.

Decoding is strict: UTF-8 (a leading byte-order mark is dropped), or UTF-16 when the data
starts with a UTF-16 byte-order mark. Nothing else is guessed: a cp1252 or Latin-1 file is
refused with the offset of the first bad byte and a hint to re-encode it, because a wrong
guess silently corrupts names, which is worse for event coding than a clear refusal.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import re
import unicodedata

from detente.errors import InputError

# How much of the start of the data the binary test looks at.
_SNIFF_BYTES = 8192
# C0 control characters that ordinary text files contain.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.05  # more control bytes than this and it is not text
_MAX_INVALID_SHARE = 0.30  # more undecodable bytes than this and it is not text

_BLANK_RUN = re.compile(r"\n{3,}")
_COMPACT_DATE = re.compile(r"^\d{8}$")


def size_refusal(size: int, max_bytes: int, *, at_least: bool = False) -> str:
    """The reason given for a document over the size limit."""
    more = "more than " if at_least else ""
    return (
        f"document is {more}{size:,} bytes, over the {max_bytes:,}-byte limit; "
        "raise it with --max-bytes"
    )


def looks_binary(data: bytes) -> bool:
    """True for data that is not text at all: NUL bytes, or mostly control/undecodable bytes."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if controls / len(sample) > _MAX_CONTROL_SHARE:
        return True
    decoded = sample.decode("utf-8", errors="replace")
    # The sample may cut a multi-byte character in two: one replacement char is not evidence.
    invalid = max(decoded.count("\ufffd") - 1, 0)
    return invalid / len(sample) > _MAX_INVALID_SHARE


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode a document's bytes, or raise InputError saying what is wrong and how to fix it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                origin, f"not valid UTF-16 at byte offset {exc.start}; re-encode the file as UTF-8"
            ) from None
    if looks_binary(data):
        raise InputError(origin, "binary file, not text (NUL or control bytes); give text, "
                                 "HTML or JSONL")
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        raise InputError(
            origin,
            f"not UTF-8: byte 0x{data[offset]:02x} at byte offset {offset} cannot be decoded; "
            "re-encode the file as UTF-8 (e.g. iconv -f cp1252 -t utf-8)",
        ) from None


def normalize_text(text: str) -> str:
    """Tidy plain text: NFC, Unix newlines, lines stripped, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def parse_date(value: str) -> dt.date | None:
    """The calendar date in a date string, or None when it is not one.

    Accepts ISO dates ("2017-04-28"), ISO datetimes with or without a time zone
    ("2017-04-28T10:00:00Z", "2017-04-28 10:00:00+03:00"), compact dates ("20170428") and
    RFC 2822 dates ("Fri, 28 Apr 2017 10:00:00 +0000"). A time stamp gives the date as written
    in its own time zone; it is not converted to UTC.
    """
    value = value.strip()
    if not value:
        return None
    if _COMPACT_DATE.match(value):
        try:
            return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
