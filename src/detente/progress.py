"""A progress display for long coding runs, on a stream the caller gives (standard error).

On a terminal it is one bar redrawn in place (at most ten times a second): documents done of
the total, documents per second, events, failures, skipped documents and the time left (when
the total is known). On anything else (a log file, a pipe) it writes a plain status line every
`interval` seconds and a last one at the end, so logs stay readable.

`count_inputs(paths)` gives the total for the time left: one per file, one per non-blank line of
a JSON Lines file, nothing for standard input (the total is then unknown and no time is shown).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

# The suffixes detente.ingest passes over in directories (one list, so that they agree).
from detente.ingest.sources import _SKIPPED_IN_DIRECTORIES as _NOT_TEXT
from detente.ingest.sources import kind_of

_REDRAW = 0.1  # seconds between redraws of a terminal bar
_BAR = 20  # characters of the bar itself
_CLEAR = "\r\x1b[K"  # back to the start of the line and clear it


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many inputs (documents or failures) reading `paths` will give, or None if unknown.

    An estimate for the time left, never an error: unreadable paths count as one input.
    """
    if "-" in paths:
        return None
    return sum(_count_path(path) for path in paths)


def _count_path(path: str) -> int:
    if os.path.isdir(path):
        total = 0
        for root, dirs, files in os.walk(path):  # os.walk does not follow directory links
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.startswith(".") or os.path.splitext(name)[1].lower() in _NOT_TEXT:
                    continue
                total += _count_file(os.path.join(root, name))
        return total
    return _count_file(path)


def _count_file(path: str) -> int:
    if kind_of(path) != "jsonl":
        return 1
    try:
        with open(path, "rb") as fh:
            return max(1, sum(1 for line in fh if line.strip()))
    except OSError:
        return 1


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(slots=True)
class Counts:
    documents: int = 0  # coded
    events: int = 0
    failures: int = 0
    skipped: int = 0

    @property
    def done(self) -> int:
        return self.documents + self.failures + self.skipped


class Progress:
    """Counts of a running job, shown on `stream`; `tty` says whether to draw a bar in place."""

    def __init__(self, stream: TextIO, *, total: int | None = None, tty: bool | None = None,
                 interval: float = 10.0, prefix: str = "detente: ",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.total = total
        self.tty = stream.isatty() if tty is None else tty
        self.interval = interval
        self.prefix = prefix
        self.clock = clock
        self.counts = Counts()
        self.started = clock()
        self._shown_at: float | None = None
        self._drawn = False

    # ----------------------------------------------------------------- counting

    def update(self, *, documents: int = 0, events: int = 0, failures: int = 0,
               skipped: int = 0) -> None:
        self.counts.documents += documents
        self.counts.events += events
        self.counts.failures += failures
        self.counts.skipped += skipped
        now = self.clock()
        wait = _REDRAW if self.tty else self.interval
        if self._shown_at is None or now - self._shown_at >= wait:
            self._show(now)

    def message(self, text: str) -> None:
        """A line of its own above the bar (the bar is redrawn below it)."""
        if self.tty and self._drawn:
            self.stream.write(_CLEAR)
        self.stream.write(text + "\n")
        if self.tty and self._drawn:
            self.stream.write(self.status())
        self.stream.flush()

    def close(self) -> None:
        """Show the final counts and end the line."""
        now = self.clock()
        if self.tty:
            self.stream.write(_CLEAR + self.status(now) + "\n")
        else:
            self.stream.write(self.prefix + "progress: " + self.status(now) + "\n")
        self.stream.flush()
        self._drawn = False

    # ----------------------------------------------------------------- showing

    def status(self, now: float | None = None) -> str:
        """The status text: bar (when the total is known), rate, counts, time left."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        c = self.counts
        rate = c.done / elapsed
        parts = []
        if self.total:
            share = min(c.done / self.total, 1.0)
            filled = int(share * _BAR)
            parts.append(f"[{'#' * filled}{'-' * (_BAR - filled)}] {share:4.0%} "
                         f"{c.done:,}/{self.total:,} docs")
        else:
            parts.append(f"{c.done:,} docs")
        parts.append(f"{rate:.1f} docs/s")
        parts.append(f"{c.events:,} events")
        parts.append(f"{c.failures:,} failed")
        if c.skipped:
            parts.append(f"{c.skipped:,} skipped")
        if self.total and c.done and c.done < self.total:
            parts.append(f"{_duration((self.total - c.done) / rate)} left")
        else:
            parts.append(f"{_duration(elapsed)} elapsed")
        return " | ".join(parts)

    def _show(self, now: float) -> None:
        self._shown_at = now
        if self.tty:
            self.stream.write(_CLEAR + self.status(now))
            self._drawn = True
        else:
            self.stream.write(self.prefix + "progress: " + self.status(now) + "\n")
        self.stream.flush()
