"""GDELT import speed: rows per second loading a synthetic GDELT 2.0 export file.

    .venv/bin/python bench/import_speed.py [--rows 200000] [--repeat 3] [--zip]

Writes a file of `--rows` random but well-formed 61-column GDELT 2.0 rows (seeded, so every run
loads the same file), then imports it `--repeat` times, each time into a fresh file-backed
DuckDB store in a temporary folder, and prints the rows/s of each run and the best. With --zip
the file is zipped first, as GDELT publishes it. The target is 100,000 rows/s or more.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from detente import cameo
from detente.interop import import_gdelt
from detente.interop.gdelt import GDELT2_COLUMNS, gdelt_fraction_date
from detente.store import Store

COUNTRIES = ("RUS", "JPN", "USA", "CHN", "KOR", "PRK", "UKR", "DEU", "FRA", "GBR", "IND")
FIPS = {"RUS": "RS", "JPN": "JA", "USA": "US", "CHN": "CH", "KOR": "KS", "PRK": "KN",
        "UKR": "UP", "DEU": "GM", "FRA": "FR", "GBR": "UK", "IND": "IN"}
SECTORS = ("", "GOV", "MIL", "BUS", "CVL", "MED", "OPP")


def synthetic_rows(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    codes = [c for c in cameo.all_codes() if len(c.code) == 3]
    lines = []
    for i in range(n):
        row = dict.fromkeys(GDELT2_COLUMNS, "")
        year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
        code = rng.choice(codes)
        a1, a2 = rng.sample(COUNTRIES, 2)
        s1, s2 = rng.choice(SECTORS), rng.choice(SECTORS)
        row.update(
            GLOBALEVENTID=str(900_000_000 + i), SQLDATE=f"{year}{month:02d}{day:02d}",
            MonthYear=f"{year}{month:02d}", Year=str(year),
            FractionDate=gdelt_fraction_date(year, month, day),
            Actor1Code=a1 + s1, Actor1Name=a1, Actor1CountryCode=a1, Actor1Type1Code=s1,
            Actor2Code=a2 + s2, Actor2Name=a2, Actor2CountryCode=a2, Actor2Type1Code=s2,
            IsRootEvent=str(rng.randint(0, 1)), EventCode=code.code, EventBaseCode=code.code,
            EventRootCode=code.root, QuadClass=str(code.quad_class),
            GoldsteinScale=str(code.goldstein), NumMentions=str(rng.randint(1, 50)),
            NumSources=str(rng.randint(1, 5)), NumArticles=str(rng.randint(1, 50)),
            AvgTone=f"{rng.uniform(-10, 10):.6f}", ActionGeo_Type="1",
            ActionGeo_FullName=a2, ActionGeo_CountryCode=FIPS[a2],
            ActionGeo_Lat=f"{rng.uniform(-60, 70):.4f}",
            ActionGeo_Long=f"{rng.uniform(-180, 180):.4f}",
            DATEADDED=f"{year}{month:02d}{day:02d}120000",
            SOURCEURL=f"https://news.example/{year}/{i // 4}",
        )
        lines.append("\t".join(row[c] for c in GDELT2_COLUMNS))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--zip", action="store_true", help="import a zipped file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "20240101000000.export.CSV"
        path.write_text("\n".join(synthetic_rows(args.rows)) + "\n", encoding="utf-8")
        if args.zip:
            zipped = path.with_name(path.name + ".zip")
            with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(path, path.name)
            path = zipped
        size = path.stat().st_size / 1e6
        print(f"file: {args.rows:,} GDELT 2.0 rows, {size:.1f} MB{' (zipped)' if args.zip else ''}")
        best = 0.0
        for run in range(1, args.repeat + 1):
            db = folder / f"run{run}.duckdb"
            started = time.perf_counter()
            with Store(db) as store:
                stats = import_gdelt([path], store)
            seconds = time.perf_counter() - started
            if stats.failures or stats.imported != args.rows:
                print(f"run {run}: unexpected result: {stats.summary()}", file=sys.stderr)
                return 1
            rate = args.rows / seconds
            best = max(best, rate)
            print(f"run {run}: {seconds:.2f}s, {rate:,.0f} rows/s (store open, load, close)")
        print(f"best: {best:,.0f} rows/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
