"""Stored events out: CSV and JSON Lines (the formats of `detente code`), Parquet (every column
of the store, written by DuckDB), and GDELT 2.0-compatible TSV.

The GDELT file has the 61 columns of a GDELT 2.0 export, without a header, with the fields we
have and empty ones where we have none (see docs/INTEROP.md). Importing it again gives the same
events for what came from GDELT.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from detente.formats import write_events
from detente.interop.gdelt import GDELT2_COLUMNS, gdelt_fraction_date, iso3_to_fips
from detente.store import Store

EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet", "gdelt")
TEXT_FORMATS: frozenset[str] = frozenset({"csv", "jsonl", "gdelt"})

_CLEAN = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def export_events(
    store: Store,
    fmt: str,
    *,
    out: TextIO | None = None,
    path: str | Path | None = None,
    origin: str | None = None,
) -> int:
    """Write the stored events (of one origin, when given) in `fmt`; returns how many.

    Text formats go to `out`; parquet needs `path` (DuckDB writes the file itself).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: "
                         f"{', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise ValueError("the parquet export needs a file path")
        return store.copy_events(path, origin=origin)
    if out is None:
        raise ValueError(f"the {fmt} export needs an output stream")
    if fmt == "gdelt":
        return write_gdelt(store.iter_rows(origin=origin), out)
    return write_events(store.iter_events(origin=origin), out, fmt)


def write_gdelt(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write flat event rows (as `Store.iter_rows` gives them) as GDELT 2.0 export lines."""
    n = 0
    for row in rows:
        out.write("\t".join(gdelt_fields(row)))
        out.write("\n")
        n += 1
    return n


def gdelt_fields(row: Mapping[str, Any]) -> list[str]:
    """The 61 GDELT 2.0 fields of one flat event row."""
    values = dict.fromkeys(GDELT2_COLUMNS, "")
    values["GLOBALEVENTID"] = gdelt_event_id(row)
    if row["date"]:
        year, month, day = (int(part) for part in str(row["date"]).split("-"))
        values.update(SQLDATE=f"{year:04d}{month:02d}{day:02d}", MonthYear=f"{year:04d}{month:02d}",
                      Year=f"{year:04d}", FractionDate=gdelt_fraction_date(year, month, day))
    for actor, prefix in (("Actor1", "source"), ("Actor2", "target")):
        if row[f"{prefix}_code"] is None:
            continue
        values[f"{actor}Code"] = row[f"{prefix}_code"]
        values[f"{actor}Name"] = row[f"{prefix}_name"] or row[f"{prefix}_text"]
        values[f"{actor}CountryCode"] = row[f"{prefix}_country"] or ""
        values[f"{actor}Type1Code"] = row[f"{prefix}_sector"] or ""
    cameo = str(row["cameo"])
    values.update(
        IsRootEvent=_text({True: 1, False: 0}.get(row["is_root_event"])),
        EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=row["root"],
        QuadClass=_text(row["quad_class"]), GoldsteinScale=_text(row["goldstein"]),
        NumMentions=_text(row["num_mentions"]), NumSources=_text(row["num_sources"]),
        NumArticles=_text(row["num_articles"]), AvgTone=_text(row["avg_tone"]),
        DATEADDED=_text(row["date_added"]), SOURCEURL=_source_url(row),
    )
    if row["location_name"] is not None:
        values.update(
            ActionGeo_FullName=row["location_name"],
            ActionGeo_CountryCode=iso3_to_fips().get(row["location_country"] or "", ""),
            ActionGeo_Lat=_text(row["location_lat"]), ActionGeo_Long=_text(row["location_lon"]),
        )
    return [str(values[name]).translate(_CLEAN) for name in GDELT2_COLUMNS]


def gdelt_event_id(row: Mapping[str, Any]) -> str:
    """GDELT's own id for events imported from GDELT; for the others, a number derived from our
    event id (the first 15 hex digits of its SHA-256), stable from one export to the next."""
    ext = row.get("ext_id")
    if row.get("origin") == "gdelt" and isinstance(ext, str) and ext.isdigit():
        return ext
    digest = hashlib.sha256(str(row["event_id"]).encode("utf-8")).hexdigest()
    return str(int(digest[:15], 16))


def _source_url(row: Mapping[str, Any]) -> str:
    """SOURCEURL: the dataset's URL for imported events; for ours, the document's URL, else
    its id (GDELT too writes non-URL source names there)."""
    if row.get("origin") in (None, "detente"):
        return str(row.get("document_url") or row["doc_id"])
    return str(row.get("url") or "")


def _text(value: Any) -> str:
    return "" if value is None else str(value)

