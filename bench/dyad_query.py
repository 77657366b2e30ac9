"""Time `analysis.dyad_series` on millions of synthetic events, against pandas on the same rows.

    .venv/bin/python bench/dyad_query.py [--rows 10_000_000] [--repeat 5] [--freq month]

Builds a temporary store and fills its events table inside DuckDB with `range()` (20 countries
x 5 sectors, 25 years of dates, 20 CAMEO roots, 90% asserted). Then, for the dyad RUS <-> JPN:

  duckdb  `dyad_series(store, "RUS", "JPN", freq=...)`: the grouping query in DuckDB plus the
          Python that shapes the series (zero-filling, index);
  pandas  the same grouping on a DataFrame of the seven needed columns (loaded from the store
          once; load time reported apart), with string columns as `category` (the fast,
          idiomatic choice) and as plain `str`, shaped by the same Python.

Each is run `--repeat` times, alternating; the best and the first time are printed, and the
three results are checked to be equal.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from detente.analysis import SeriesRow, dyad_series, series_from_groups
from detente.store import Store

COUNTRIES = ["USA", "RUS", "JPN", "CHN", "KOR", "PRK", "UKR", "DEU", "FRA", "GBR",
             "IND", "IRN", "ISR", "TUR", "BRA", "CAN", "AUS", "EGY", "SAU", "PAK"]
SECTORS = ["", "GOV", "MIL", "BUS", "CVL"]
DAYS = 9131  # 2000-01-01 .. 2024-12-31

# Every NOT NULL column of the events table gets a value; the rest stay NULL.
FILL = f"""
INSERT INTO events (event_id, doc_id, seq, sentence_index, sentence, date, date_precision,
    source_text, source_start, source_end, source_code, source_country, source_sector,
    target_text, target_start, target_end, target_code, target_country, target_sector,
    cameo, root, quad_class, goldstein, trigger_text, trigger_start, trigger_end,
    factuality, confidence, rule, origin, coder_version)
SELECT 'e' || i, 'd' || (i // 5), (i % 5)::INTEGER, 0, 'A synthetic sentence.',
    DATE '2000-01-01' + d::INTEGER, 'day',
    'they', 0, 4, sc || ss, sc, nullif(ss, ''),
    'them', 10, 14, tc || ts, tc, nullif(ts, ''),
    root || '0', root, quad, goldstein, 'did', 5, 8,
    CASE WHEN f < 90 THEN 'asserted' WHEN f < 95 THEN 'negated' ELSE 'hypothetical' END,
    0.8, 'synthetic', 'bench', 'bench'
FROM (
    SELECT i,
        list_extract($countries, (h % 20)::INTEGER + 1) AS sc,
        list_extract($sectors, (h // 20 % 5)::INTEGER + 1) AS ss,
        list_extract($countries, (h // 100 % 20)::INTEGER + 1) AS tc,
        list_extract($sectors, (h // 2000 % 5)::INTEGER + 1) AS ts,
        lpad((h // 10000 % 20 + 1)::VARCHAR, 2, '0') AS root,
        CASE WHEN h // 10000 % 20 < 5 THEN 1 WHEN h // 10000 % 20 < 8 THEN 2
             WHEN h // 10000 % 20 < 13 THEN 3 ELSE 4 END AS quad,
        round((h // 200000 % 2001)::DOUBLE / 100 - 10, 1) AS goldstein,
        (h // 400200000 % 100)::INTEGER AS f,
        d
    FROM (SELECT i, hash(i) AS h, hash(i::VARCHAR) % {DAYS} AS d
          FROM range($rows) AS r(i))
)
"""

COLUMNS = "date, source_code, target_code, quad_class, root, goldstein, factuality"


def fill(store: Store, rows: int) -> None:
    store.con.execute(FILL, {"countries": COUNTRIES, "sectors": SECTORS, "rows": rows})


def load_frame(store: Store, categorical: bool) -> pd.DataFrame:
    frame = store.con.execute(f"SELECT {COLUMNS} FROM events").df()
    for column in ("source_code", "target_code", "root", "factuality"):
        frame[column] = frame[column].astype("category" if categorical else "str")
    return frame


def pandas_series(frame: pd.DataFrame, a: str, b: str, freq: str) -> list[SeriesRow]:
    """The dyad_series computation (undirected, asserted, all dates) in pandas."""
    src, tgt = frame["source_code"], frame["target_code"]
    pair = ((src.str.startswith(a) & tgt.str.startswith(b))
            | (src.str.startswith(b) & tgt.str.startswith(a)))
    mask = pair.fillna(False).astype(bool) & (frame["factuality"] == "asserted")
    sub = frame.loc[mask & frame["date"].notna(), ["date", "quad_class", "root", "goldstein"]]
    alias = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}[freq]
    period = sub["date"].dt.to_period(alias).dt.start_time.dt.date
    grouped = (sub.assign(period=period)
               .groupby(["period", "quad_class", "root"], observed=True)["goldstein"]
               .agg(["size", "sum"]))
    groups = [(p, int(q), str(r), int(n), float(s))
              for (p, q, r), (n, s) in zip(grouped.index, grouped.to_numpy(), strict=True)]
    groups.sort(key=lambda g: g[0])
    return series_from_groups(groups, freq, None, None, 1.0, 1.0)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def same(x: list[SeriesRow], y: list[SeriesRow]) -> bool:
    return len(x) == len(y) and all(
        (p.period, p.events, p.q1, p.q2, p.q3, p.q4, p.by_root)
        == (q.period, q.events, q.q1, q.q2, q.q3, q.q4, q.by_root)
        and abs(p.goldstein_sum - q.goldstein_sum) < 1e-6 and abs(p.index - q.index) < 1e-9
        for p, q in zip(x, y, strict=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=lambda s: int(s.replace("_", "")), default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--freq", default="month")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        seconds, _ = timed(lambda: fill(store, args.rows))
        print(f"filled {args.rows:,} synthetic events in {seconds:.1f}s ({store.path})")
        load_cat, frame_cat = timed(lambda: load_frame(store, categorical=True))
        load_str, frame_str = timed(lambda: load_frame(store, categorical=False))
        print(f"pandas load of {COLUMNS}: {load_cat:.1f}s (category), {load_str:.1f}s (str); "
              f"{frame_cat.memory_usage(deep=True).sum() / 2**20:,.0f} MiB / "
              f"{frame_str.memory_usage(deep=True).sum() / 2**20:,.0f} MiB")
        runs: dict[str, Callable[[], list[SeriesRow]]] = {
            "duckdb dyad_series": lambda: dyad_series(store, "RUS", "JPN", freq=args.freq),
            "pandas (category)": lambda: pandas_series(frame_cat, "RUS", "JPN", args.freq),
            "pandas (str)": lambda: pandas_series(frame_str, "RUS", "JPN", args.freq),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        results: dict[str, list[SeriesRow]] = {}
        for _ in range(args.repeat):
            for name, fn in runs.items():
                gc.collect()
                seconds, results[name] = timed(fn)
                times[name].append(seconds)
        reference = results["duckdb dyad_series"]
        print(f"RUS <-> JPN by {args.freq}: {len(reference)} periods, "
              f"{sum(r.events for r in reference):,} asserted events")
        for name, values in times.items():
            print(f"  {name:<20} best {min(values):6.3f}s  first {values[0]:6.3f}s")
        ok = all(same(reference, rows) for rows in results.values())
        print("results agree" if ok else "RESULTS DIFFER")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
