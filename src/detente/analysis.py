"""Relations analytics over the event store: dyad series, turning points, drivers, networks.

Pure functions of a `Store`: the heavy work (filtering and grouping millions of events) runs
in DuckDB through `store.con.execute(sql, params)` with every value bound as a parameter; the
small grouped result is shaped in Python. See docs/ANALYSIS.md for the definitions.

    dyad_series(store, "RUS", "JPN", freq="year")      -> [SeriesRow, ...] (continuous)
    turning_points(rows)                                -> [TurningPoint, ...] (ruptures PELT)
    with_drivers(store, "RUS", "JPN", points)           -> the same points with their top events
    top_events(store, "RUS", "JPN", date_from, date_to) -> [Event, ...] by |goldstein|
    network(store, level="country")                     -> [Edge, ...]

Actor arguments are CAMEO actor codes or prefixes: "JPN" matches JPN, JPNGOV, JPNMIL...;
"JPNGOV" matches JPNGOV and JPNGOVMIL. Only asserted events count unless `factuality` says
otherwise; undated events never enter a series.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal, TextIO

from detente.errors import DetenteError, UnknownCodeError
from detente.formats import FLAT_COLUMNS, unflatten_event
from detente.model import FACTUALITIES, Event

if TYPE_CHECKING:  # only for annotations: this module never imports duckdb itself
    from detente.store import Store

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")
LEVELS: tuple[str, ...] = ("country", "actor")
ROOTS: tuple[str, ...] = tuple(f"{n:02d}" for n in range(1, 21))  # CAMEO roots 01..20

# The relations index (docs/ANALYSIS.md): evidence halves every HALF_LIFE periods and is
# shrunk toward 0 by PRIOR pseudo-events of Goldstein 0.
HALF_LIFE = 1.0
PRIOR = 1.0

_CODE = re.compile(r"[A-Z0-9]+")


class AnalysisError(DetenteError):
    """An analysis was asked for with arguments that make no sense (bad freq, dates...)."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """One period of a dyad's series. Empty periods have events == 0 and every value 0."""

    period: Date  # first day of the period
    period_end: Date  # last day of the period
    events: int
    q1: int  # verbal cooperation
    q2: int  # material cooperation
    q3: int  # verbal conflict
    q4: int  # material conflict
    by_root: dict[str, int]  # CAMEO root ("04") -> events
    goldstein_sum: float
    goldstein_mean: float  # 0.0 when the period has no events
    cooperation_share: float  # (q1 + q2) / events; 0.0 when the period has no events
    index: float  # the relations index after this period (docs/ANALYSIS.md)

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "period_end": self.period_end.isoformat(),
            "events": self.events,
            "q1": self.q1,
            "q2": self.q2,
            "q3": self.q3,
            "q4": self.q4,
            "goldstein_sum": round(self.goldstein_sum, 4),
            "goldstein_mean": round(self.goldstein_mean, 4),
            "cooperation_share": round(self.cooperation_share, 4),
            "index": round(self.index, 4),
            "by_root": dict(sorted(self.by_root.items())),
        }


@dataclass(frozen=True, slots=True)
class TurningPoint:
    """A change in the level of a dyad's relations, found by change-point detection.

    `period` is the first period of the new level. Levels are event-weighted mean Goldstein
    scores of the segment before and of the segment after (up to the next turning point).
    """

    period: Date
    period_end: Date
    level_before: float
    level_after: float
    events_before: int
    events_after: int
    drivers: tuple[Event, ...] = field(default=())

    @property
    def change(self) -> float:
        return self.level_after - self.level_before

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.isoformat(),
            "period_end": self.period_end.isoformat(),
            "level_before": round(self.level_before, 4),
            "level_after": round(self.level_after, 4),
            "change": round(self.change, 4),
            "events_before": self.events_before,
            "events_after": self.events_after,
            "drivers": [_driver_dict(e) for e in self.drivers],
        }


@dataclass(frozen=True, slots=True)
class Edge:
    """Directed interactions of `source` with `target` (country or full actor code)."""

    source: str
    target: str
    events: int
    goldstein_mean: float
    cooperation_share: float


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True, slots=True)
class _Dyad:
    """The WHERE clause shared by series, drivers and checks: who, which factuality, origin."""

    a: str
    b: str
    directed: bool
    factuality: tuple[str, ...]
    origin: str | None

    def where(self) -> tuple[str, list[Any]]:
        pair = "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
        clauses = [pair if self.directed else f"({pair} OR {pair})",
                   "list_contains(?::VARCHAR[], factuality)"]
        params: list[Any] = [self.a, self.b] if self.directed else [self.a, self.b,
                                                                     self.b, self.a]
        params.append(list(self.factuality))
        if self.origin is not None:
            clauses.append("origin = ?")
            params.append(self.origin)
        return " AND ".join(clauses), params


def _actor_code(code: str) -> str:
    cleaned = code.strip().upper()
    if not _CODE.fullmatch(cleaned):
        raise UnknownCodeError(
            f"{code!r} is not an actor code: use CAMEO letters such as JPN or JPNGOV"
        )
    return cleaned


def _factualities(factuality: Iterable[str]) -> tuple[str, ...]:
    values = tuple(factuality)
    if not values:
        raise AnalysisError("factuality is empty: give at least one of "
                            + ", ".join(FACTUALITIES))
    for value in values:
        if value not in FACTUALITIES:
            raise AnalysisError(f"factuality {value!r} is not one of {', '.join(FACTUALITIES)}")
    return values


def _dyad(a: str, b: str, directed: bool, factuality: Iterable[str],
          origin: str | None) -> _Dyad:
    return _Dyad(_actor_code(a), _actor_code(b), directed, _factualities(factuality), origin)


def _date_clauses(date_from: Date | None, date_to: Date | None) -> tuple[str, list[Any]]:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise AnalysisError(f"date_from {date_from} is after date_to {date_to}")
    sql, params = "date IS NOT NULL", []
    if date_from is not None:
        sql += " AND date >= ?"
        params.append(date_from)
    if date_to is not None:
        sql += " AND date <= ?"
        params.append(date_to)
    return sql, params


def check_actor(store: Store, code: str) -> str:
    """The cleaned code, or UnknownCodeError when no stored event has it as source or target."""
    cleaned = _actor_code(code)
    row = store.con.execute(
        "SELECT EXISTS (SELECT 1 FROM events WHERE starts_with(source_code, ?)"
        " OR starts_with(target_code, ?))",
        [cleaned, cleaned],
    ).fetchone()
    if not (row and row[0]):
        raise UnknownCodeError(
            f"actor {cleaned!r}: no event in {store.path} has an actor code starting with "
            f"{cleaned!r} (codes look like JPN, JPNGOV, IGOUNO)"
        )
    return cleaned


# --------------------------------------------------------------------------- periods


def period_start(day: Date, freq: str) -> Date:
    """The first day of the period holding `day`, as DuckDB's date_trunc gives it."""
    if freq == "day":
        return day
    if freq == "week":  # ISO weeks start on Monday
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return Date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if freq == "year":
        return Date(day.year, 1, 1)
    raise AnalysisError(f"freq {freq!r} is not one of {', '.join(FREQS)}")


def next_period(start: Date, freq: str) -> Date:
    """The first day of the period after the one starting on `start`."""
    if freq == "day":
        return start + timedelta(days=1)
    if freq == "week":
        return start + timedelta(days=7)
    if freq in ("month", "quarter"):
        months = start.month - 1 + (1 if freq == "month" else 3)
        return Date(start.year + months // 12, months % 12 + 1, 1)
    if freq == "year":
        return Date(start.year + 1, 1, 1)
    raise AnalysisError(f"freq {freq!r} is not one of {', '.join(FREQS)}")


def _periods(first: Date, last: Date, freq: str) -> list[Date]:
    out, current = [], first
    while current <= last:
        out.append(current)
        current = next_period(current, freq)
    return out


# --------------------------------------------------------------------------- the series


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    directed: bool = False,
    freq: str = "month",
    date_from: Date | None = None,
    date_to: Date | None = None,
    factuality: Iterable[str] = ("asserted",),
    origin: str | None = None,
    half_life: float = HALF_LIFE,
    prior: float = PRIOR,
    count: str = "events",
) -> list[SeriesRow]:
    """The continuous series of events between `a` and `b`, one row per period.

    count="stories" counts each cross-document story once (detente.stories: its earliest
    report, the story's headline event, stands for it) instead of every report; the store's
    stories must have been built (`detente code --db FILE --stories`).

    Undirected (the default) counts a->b and b->a; directed counts a->b only. The series runs
    from date_from (or the first period with an event) to date_to (or the last one); periods
    without events are rows of zeros. Raises UnknownCodeError when no stored event involves a
    or b at all, AnalysisError for a bad freq, factuality, date range, half_life or prior.
    """
    if freq not in FREQS:
        raise AnalysisError(f"freq {freq!r} is not one of {', '.join(FREQS)}")
    if not half_life > 0 or not prior >= 0:
        raise AnalysisError(f"half_life must be > 0 and prior >= 0, got {half_life}, {prior}")
    dyad = _dyad(check_actor(store, a), check_actor(store, b), directed, factuality, origin)
    where, params = dyad.where()
    if count == "stories":
        built = store.con.execute("SELECT EXISTS (SELECT 1 FROM stories)").fetchone()
        if not (built and built[0]):
            raise AnalysisError(f"{store.path} has no stories: build them with `detente code "
                                "--db FILE --stories` or detente.stories.build_stories")
        where += " AND event_id IN (SELECT event_id FROM stories)"
    elif count != "events":
        raise AnalysisError(f"count {count!r} is not one of events, stories")
    dates, date_params = _date_clauses(date_from, date_to)
    sql = (
        "SELECT date_trunc(?, date)::DATE AS period, quad_class, root,"
        " count(*) AS n, sum(goldstein) AS gs"
        f" FROM events WHERE {where} AND {dates} GROUP BY ALL ORDER BY period"
    )
    grouped = store.con.execute(sql, [freq, *params, *date_params]).fetchall()
    return series_from_groups(grouped, freq, date_from, date_to, half_life, prior)


@dataclass(slots=True)
class _Bucket:
    events: int = 0
    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    by_root: dict[str, int] = field(default_factory=dict)
    goldstein_sum: float = 0.0


def series_from_groups(
    grouped: Sequence[tuple[Date, int, str, int, float]],
    freq: str,
    date_from: Date | None,
    date_to: Date | None,
    half_life: float,
    prior: float,
) -> list[SeriesRow]:
    """Grouped rows (period, quad_class, root, n, goldstein_sum), as dyad_series's query
    returns them, -> the zero-filled series with its index. Public for other back ends
    (bench/dyad_query.py feeds it pandas' grouping)."""
    buckets: dict[Date, _Bucket] = {}
    for period, quad, root, n, gs in grouped:
        bucket = buckets.setdefault(period, _Bucket())
        bucket.events += n
        if 1 <= quad <= 4:
            bucket.quads[quad - 1] += n
        bucket.by_root[root] = bucket.by_root.get(root, 0) + n
        bucket.goldstein_sum += gs
    first = period_start(date_from, freq) if date_from else min(buckets, default=None)
    last = period_start(date_to, freq) if date_to else max(buckets, default=None)
    if first is None or last is None:
        return []
    decay = 0.5 ** (1.0 / half_life)
    weighted_sum = weighted_n = 0.0
    rows = []
    for period in _periods(first, last, freq):
        bucket = buckets.get(period, _Bucket())
        weighted_sum = decay * weighted_sum + bucket.goldstein_sum
        weighted_n = decay * weighted_n + bucket.events
        denominator = weighted_n + prior
        n = bucket.events
        rows.append(SeriesRow(
            period=period,
            period_end=next_period(period, freq) - timedelta(days=1),
            events=n,
            q1=bucket.quads[0], q2=bucket.quads[1], q3=bucket.quads[2], q4=bucket.quads[3],
            by_root=dict(sorted(bucket.by_root.items())),
            goldstein_sum=bucket.goldstein_sum,
            goldstein_mean=bucket.goldstein_sum / n if n else 0.0,
            cooperation_share=(bucket.quads[0] + bucket.quads[1]) / n if n else 0.0,
            index=weighted_sum / denominator if denominator > 0 else 0.0,
        ))
    return rows


# --------------------------------------------------------------------------- turning points


def default_penalty(values: Sequence[float]) -> float:
    """BIC-style penalty for a mean shift: 2 * sigma^2 * ln(n), sigma from the MAD of the
    first differences (robust to the shifts themselves), at least 0.5 Goldstein points."""
    n = len(values)
    diffs = sorted(abs(y - x) for x, y in pairwise(values))
    if not diffs:
        return 0.0
    mid = len(diffs) // 2
    median_abs = diffs[mid] if len(diffs) % 2 else (diffs[mid - 1] + diffs[mid]) / 2
    # median |diff| / 0.6745 estimates the sd of a difference; / sqrt(2) that of one value
    sigma = max(median_abs / 0.6745 / math.sqrt(2), 0.5)
    return 2.0 * sigma * sigma * math.log(n)


def turning_points(
    rows: Sequence[SeriesRow], *, penalty: float | None = None, min_size: int = 2
) -> list[TurningPoint]:
    """Changes in the level of the per-period mean Goldstein score (ruptures PELT, l2 cost).

    Only periods with events take part (an empty period says nothing about the level); a
    turning point starts at the first period with events of its new segment. `penalty` is in
    squared Goldstein points per change (None: `default_penalty`); `min_size` is the fewest
    periods with events a segment may have. Points come without drivers: see `with_drivers`.
    """
    import numpy as np
    import ruptures as rpt

    active = [row for row in rows if row.events > 0]
    if min_size < 1:
        raise AnalysisError(f"min_size must be >= 1, got {min_size}")
    if len(active) < 2 * min_size:
        return []
    signal = np.array([row.goldstein_mean for row in active], dtype=float).reshape(-1, 1)
    pen = default_penalty(signal[:, 0].tolist()) if penalty is None else penalty
    if pen < 0:
        raise AnalysisError(f"penalty must be >= 0, got {penalty}")
    ends = rpt.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=pen)
    bounds = [0, *ends]  # ends are exclusive segment ends, the last one == len(active)
    segments = [active[s:e] for s, e in pairwise(bounds)]
    points = []
    for before, after in pairwise(segments):
        start = after[0]
        points.append(TurningPoint(
            period=start.period,
            period_end=start.period_end,
            level_before=_level(before),
            level_after=_level(after),
            events_before=sum(r.events for r in before),
            events_after=sum(r.events for r in after),
        ))
    return points


def _level(rows: Sequence[SeriesRow]) -> float:
    n = sum(r.events for r in rows)
    return sum(r.goldstein_sum for r in rows) / n if n else 0.0


def with_drivers(
    store: Store,
    a: str,
    b: str,
    points: Sequence[TurningPoint],
    *,
    n: int = 5,
    directed: bool = False,
    factuality: Iterable[str] = ("asserted",),
    origin: str | None = None,
) -> list[TurningPoint]:
    """The points with `drivers`: the top `n` events by |goldstein| of their first period."""
    return [
        replace(point, drivers=tuple(top_events(
            store, a, b, point.period, point.period_end, n=n, directed=directed,
            factuality=factuality, origin=origin)))
        for point in points
    ]


def top_events(
    store: Store,
    a: str,
    b: str,
    date_from: Date | None,
    date_to: Date | None,
    n: int = 10,
    *,
    directed: bool = False,
    factuality: Iterable[str] = ("asserted",),
    origin: str | None = None,
) -> list[Event]:
    """The `n` events between a and b in [date_from, date_to] with the largest |goldstein|,
    ties by date and document order; each carries its sentence and doc_id as evidence."""
    if n < 0:
        raise AnalysisError(f"n must be >= 0, got {n}")
    where, params = _dyad(a, b, directed, factuality, origin).where()
    dates, date_params = _date_clauses(date_from, date_to)
    sql = (
        f"SELECT {', '.join(FLAT_COLUMNS)} FROM events WHERE {where} AND {dates}"
        " ORDER BY abs(goldstein) DESC, date, doc_id, seq, event_id LIMIT ?"
    )
    rows = store.con.execute(sql, [*params, *date_params, n]).fetchall()
    return [_row_to_event(row) for row in rows]


def _row_to_event(row: Sequence[Any]) -> Event:
    values = dict(zip(FLAT_COLUMNS, row, strict=True))
    if values["date"] is not None:
        values["date"] = values["date"].isoformat()
    return unflatten_event(values)


# --------------------------------------------------------------------------- network


def network(
    store: Store,
    date_from: Date | None = None,
    date_to: Date | None = None,
    level: str = "country",
    *,
    factuality: Iterable[str] = ("asserted",),
    origin: str | None = None,
    self_loops: bool = False,
) -> list[Edge]:
    """Who acts on whom: one directed edge per (source, target), most events first.

    level "country" groups actors by country (actors without one, such as IGOs, by their
    code); "actor" keeps full codes. Events without a target are left out; so are events of
    an actor on itself unless `self_loops`. Undated events count unless a date bound is given.
    """
    if level not in LEVELS:
        raise AnalysisError(f"level {level!r} is not one of {', '.join(LEVELS)}")
    if level == "country":
        src, tgt = "coalesce(source_country, source_code)", "coalesce(target_country, target_code)"
    else:
        src, tgt = "source_code", "target_code"
    clauses = ["target_code IS NOT NULL", "list_contains(?::VARCHAR[], factuality)"]
    params: list[Any] = [list(_factualities(factuality))]
    if date_from is not None or date_to is not None:
        dates, date_params = _date_clauses(date_from, date_to)
        clauses.append(dates)
        params += date_params
    if origin is not None:
        clauses.append("origin = ?")
        params.append(origin)
    if not self_loops:
        clauses.append(f"{src} <> {tgt}")
    sql = (
        f"SELECT {src} AS s, {tgt} AS t, count(*) AS n, avg(goldstein),"
        " count(*) FILTER (WHERE quad_class IN (1, 2)) / count(*)"
        f" FROM events WHERE {' AND '.join(clauses)} GROUP BY ALL ORDER BY n DESC, s, t"
    )
    return [Edge(s, t, int(n), float(g), float(c))
            for s, t, n, g, c in store.con.execute(sql, params).fetchall()]


# --------------------------------------------------------------------------- presentation

SERIES_COLUMNS: tuple[str, ...] = (
    "period", "period_end", "events", "q1", "q2", "q3", "q4", "goldstein_sum",
    "goldstein_mean", "cooperation_share", "index",
)
_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float]) -> str:
    """One block character per value, scaled between the smallest and largest value."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = high - low
    if span <= 0:
        return _BLOCKS[3] * len(values)
    return "".join(_BLOCKS[min(7, int((v - low) / span * 8))] for v in values)


def render_table(a: str, b: str, rows: Sequence[SeriesRow], points: Sequence[TurningPoint],
                 *, directed: bool, freq: str,
                 factuality: Sequence[str] = ("asserted",)) -> str:
    """The series as an aligned table for people, a sparkline of the index, turning points."""
    arrow = "->" if directed else "<->"
    lines = [f"{a} {arrow} {b}, by {freq}, {' + '.join(factuality)} events"
             " (index: docs/ANALYSIS.md)"]
    if not rows:
        return lines[0] + "\n  no dated events between them\n"
    spark = sparkline([r.index for r in rows])
    header = (f"{'period':<10}  {'events':>6}  {'q1':>4}  {'q2':>4}  {'q3':>4}  {'q4':>4}"
              f"  {'gs_mean':>7}  {'coop':>5}  {'index':>6}  ~")
    lines += ["", header, "-" * len(header)]
    for row, mark in zip(rows, spark, strict=True):
        coop = f"{row.cooperation_share:>5.0%}" if row.events else f"{'-':>5}"
        mean = f"{row.goldstein_mean:>+7.2f}" if row.events else f"{'-':>7}"
        lines.append(
            f"{row.period.isoformat():<10}  {row.events:>6}  {row.q1:>4}  {row.q2:>4}"
            f"  {row.q3:>4}  {row.q4:>4}  {mean}  {coop}  {row.index:>+6.2f}  {mark}"
        )
    total = sum(r.events for r in rows)
    lines += ["", f"{total} events in {len(rows)} periods; index "
                  f"{min(r.index for r in rows):+.2f} .. {max(r.index for r in rows):+.2f}: "
                  f"{spark}", ""]
    if not points:
        lines.append("No turning points (PELT on the per-period mean Goldstein).")
    else:
        lines.append("Turning points (PELT on the per-period mean Goldstein):")
        for point in points:
            lines.append(
                f"  {point.period.isoformat()}  level {point.level_before:+.2f} -> "
                f"{point.level_after:+.2f} ({point.change:+.2f}; {point.events_before} events "
                f"before, {point.events_after} after)"
            )
            for ev in point.drivers:
                lines.append(f"      {_driver_line(ev)}")
    return "\n".join(lines) + "\n"


def _driver_line(ev: Event) -> str:
    target = ev.target.code if ev.target else "-"
    sentence = " ".join(ev.sentence.split())
    if len(sentence) > 90:
        sentence = sentence[:89] + "…"
    return (f"{ev.goldstein:>+5.1f} {ev.date or '?':<10} {ev.source.code}->{target} "
            f"{ev.cameo} [{ev.doc_id}] {sentence}")


def _driver_dict(ev: Event) -> dict[str, Any]:
    return {
        "event_id": ev.event_id, "doc_id": ev.doc_id, "date": ev.date,
        "source": ev.source.code, "target": ev.target.code if ev.target else None,
        "cameo": ev.cameo, "goldstein": ev.goldstein, "sentence": ev.sentence,
    }


def write_csv(rows: Sequence[SeriesRow], out: TextIO) -> None:
    """The series as CSV: SERIES_COLUMNS, then one root_NN count column per CAMEO root."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*SERIES_COLUMNS, *(f"root_{r}" for r in ROOTS)])
    for row in rows:
        record = row.as_dict()
        writer.writerow([*(record[c] for c in SERIES_COLUMNS),
                         *(row.by_root.get(r, 0) for r in ROOTS)])


def write_json(a: str, b: str, rows: Sequence[SeriesRow], points: Sequence[TurningPoint],
               out: TextIO, *, directed: bool, freq: str, factuality: Sequence[str]) -> None:
    """{"dyad": {...}, "series": [row, ...], "turning_points": [point, ...]}."""
    document = {
        "dyad": {"a": a, "b": b, "directed": directed, "freq": freq,
                 "factuality": list(factuality)},
        "series": [row.as_dict() for row in rows],
        "turning_points": [point.as_dict() for point in points],
    }
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")

