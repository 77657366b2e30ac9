"""ICEWS coded event files (.tab, with a header row) into the event store.

Columns are found by their header names, so their order does not matter: Event ID, Event Date,
Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name,
Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province,
Country, Latitude, Longitude. Empty fields and NA are missing values.

ICEWS names countries in words and actors' sectors in its own vocabulary; the names are mapped
to ISO 3166 alpha-3 with pycountry (plus `COUNTRY_NAMES` for the ones pycountry lacks), the
sectors to a CAMEO sector code where the match is obvious (`SECTORS`), and actors without a
country that our actor knowledge base knows as an international organisation get its IGO code.
The mapping is documented in docs/INTEROP.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path

import pycountry

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

REQUIRED = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
            "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country")
OPTIONAL = ("Event Text", "Story ID", "Sentence Number", "Publisher", "City", "District",
            "Province", "Country", "Latitude", "Longitude")
_MISSING = ("", "NA")

# Country names in ICEWS that pycountry does not know (or knows under another name).
COUNTRY_NAMES: dict[str, str] = {
    "bolivia": "BOL",
    "burma": "MMR",
    "cape verde": "CPV",
    "congo": "COG",
    "cote d'ivoire": "CIV",
    "czech republic": "CZE",
    "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD",
    "east timor": "TLS",
    "holy see": "VAT",
    "iran": "IRN",
    "ivory coast": "CIV",
    "kosovo": "XKX",
    "laos": "LAO",
    "macedonia": "MKD",
    "micronesia": "FSM",
    "moldova": "MDA",
    "north korea": "PRK",
    "occupied palestinian territory": "PSE",
    "palestine": "PSE",
    "republic of congo": "COG",
    "russia": "RUS",
    "serbia and montenegro": "SCG",
    "south korea": "KOR",
    "swaziland": "SWZ",
    "syria": "SYR",
    "taiwan": "TWN",
    "tanzania": "TZA",
    "the former yugoslav republic of macedonia": "MKD",
    "turkey": "TUR",
    "vatican city": "VAT",
    "venezuela": "VEN",
    "vietnam": "VNM",
    "yugoslavia": "YUG",
}

# ICEWS sector names with an obvious CAMEO sector code. When an actor has several sectors, the
# one listed first here wins (a military officer in government is MIL, a minister GOV).
SECTORS: tuple[tuple[str, str], ...] = (
    ("Military", "MIL"), ("Army", "MIL"), ("Navy", "MIL"), ("Air Force", "MIL"),
    ("Marines", "MIL"), ("Army Special Forces", "MIL"), ("Military Intelligence", "MIL"),
    ("Police", "COP"),
    ("Judicial", "JUD"),
    ("Legislative / Parliamentary", "LEG"), ("Upper House", "LEG"), ("Lower House", "LEG"),
    ("Unicameral", "LEG"),
    ("Rebel", "REB"), ("Insurgents", "INS"), ("Separatists", "SEP"),
    ("Opposition Major Party (Out Of Government)", "OPP"),
    ("Criminals / Gangs", "CRM"),
    ("Radicals / Extremists / Fundamentalists", "RAD"),
    ("Government", "GOV"), ("Executive", "GOV"), ("Executive Office", "GOV"), ("Cabinet", "GOV"),
    ("Business", "BUS"), ("Multinational Corporation", "BUS"),
    ("Media", "MED"), ("News", "MED"), ("Print News", "MED"), ("Television News", "MED"),
    ("State Media", "MED"),
    ("Education", "EDU"),
    ("Labor", "LAB"),
    ("Refugees / Displaced", "REF"),
    ("Human Rights NGOs", "HRI"),
    ("Nongovernmental Organizations / Activists", "NGO"),
    ("Nongovernmental Organization (International)", "NGO"),
    ("Agricultural", "AGR"),
    ("Medical / Health", "HLH"),
    ("General Population / Civilian / Social", "CVL"),
    ("Elite", "ELI"),
)
_SECTOR_RANK: dict[str, int] = {name.lower(): rank for rank, (name, _) in enumerate(SECTORS)}


def import_icews(paths: Iterable[str | Path], store: Store) -> ImportStats:
    """Load ICEWS .tab files (plain, .zip or .gz) into `store` with origin 'icews'.

    Rows that cannot be loaded (wrong number of columns, unknown CAMEO code, bad or
    out-of-range date, bad Event ID, an id repeated in the file) are reported in the returned
    stats as "FILE:LINE" failures; the other rows load. Importing a file again replaces its
    events.
    """
    return run_import("icews", paths, store, _load)


def country_iso3(name: str) -> str | None:
    """ISO 3166 alpha-3 of an ICEWS country name, or None."""
    key = " ".join(name.split()).lower()
    if key in _MISSING or len(key) <= 3:  # "NA" and other codes are not names
        return COUNTRY_NAMES.get(key)
    if key in COUNTRY_NAMES:
        return COUNTRY_NAMES[key]
    try:
        return str(pycountry.countries.lookup(key).alpha_3)
    except LookupError:
        return None


def sector_code(sectors: str) -> str | None:
    """The CAMEO sector of an ICEWS sector list ("Military,Government" -> MIL), or None."""
    ranked = [(_SECTOR_RANK[s], s) for s in (p.strip().lower() for p in sectors.split(","))
              if s in _SECTOR_RANK]
    if not ranked:
        if any(p.strip().endswith(" Ministry") for p in sectors.split(",")):
            return "GOV"
        return None
    return SECTORS[min(ranked)[0]][1]


@cache
def _igo_code(name: str) -> str | None:
    """The IGO code our actor knowledge base gives a name ("United Nations" -> IGOUNO)."""
    from detente.actors import ActorKB

    entry = ActorKB.load().resolve(name, None)
    return entry.code if entry is not None and entry.kind == "igo" else None


def _load(staged: StagedLines, text_file: TextFile, stats: ImportStats,
          first: tuple[int, list[str]]) -> None:
    header_line, header = first
    index = {name.strip(): i + 1 for i, name in enumerate(header)}
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        stats.failures.append(Failure(
            f"{text_file.label}:{header_line}",
            f"not an ICEWS header: missing column(s) {', '.join(missing)}",
        ))
        return

    def f(name: str) -> str:
        if name not in index:
            return "NULL::VARCHAR"
        return f"CASE WHEN f[{index[name]}] IN ('', 'NA') THEN NULL ELSE f[{index[name]}] END"

    skip = (header_line,)
    countries = staged.distinct(f(c) for c in ("Source Country", "Target Country", "Country"))
    sectors = staged.distinct(f(c) for c in ("Source Sectors", "Target Sectors"))
    stateless = staged.distinct(
        f"CASE WHEN {f(country)} IS NULL THEN {f(name)} END"
        for name, country in (("Source Name", "Source Country"), ("Target Name", "Target Country"))
    )
    add_cameo_table(staged)
    staged.add_table("_country", (("name", "VARCHAR"), ("iso3", "VARCHAR")),
                     [(c, iso) for c in countries if (iso := country_iso3(c)) is not None])
    staged.add_table("_sector", (("sectors", "VARCHAR"), ("code", "VARCHAR")),
                     [(s, code) for s in sectors if (code := sector_code(s)) is not None])
    staged.add_table("_igo", (("name", "VARCHAR"), ("code", "VARCHAR")),
                     [(n, code) for n in stateless if (code := _igo_code(n)) is not None])
    record_load(staged, text_file, stats, mapping_sql(f, len(header), skip))


def _actor(prefix: str, alias: str) -> str:
    """SQL for the actor columns of the source or target (`alias`: s or t)."""
    code = (f"CASE WHEN {alias}c.iso3 IS NOT NULL THEN {alias}c.iso3 || coalesce({alias}s.code, '')"
            f" WHEN {alias}i.code IS NOT NULL THEN {alias}i.code"
            f" ELSE coalesce({alias}s.code, '') END")
    present = "true" if prefix == "source" else f"r.{alias}name IS NOT NULL"
    return (
        f"CASE WHEN {present} THEN coalesce(r.{alias}name, '') END AS {prefix}_text,"
        f" CASE WHEN {present} THEN 0 END AS {prefix}_start,"
        f" CASE WHEN {present} THEN 0 END AS {prefix}_end,"
        f" CASE WHEN {present} THEN {code} END AS {prefix}_code,"
        f" CASE WHEN {present} THEN {alias}c.iso3 END AS {prefix}_country,"
        f" CASE WHEN {present} THEN {alias}s.code END AS {prefix}_sector,"
        f" NULL::VARCHAR AS {prefix}_name"
    )


def mapping_sql(field: Callable[[str], str], width: int, skip: Sequence[int]) -> str:
    """The SELECT that maps staged ICEWS rows (`_lines`) to events columns; `field(name)` is the
    SQL of a column by its header name."""
    raw = {
        "eid": field("Event ID"), "edate": field("Event Date"),
        "sname": field("Source Name"), "ssectors": field("Source Sectors"),
        "scountry": field("Source Country"), "code": field("CAMEO Code"),
        "intensity": f"TRY_CAST({field('Intensity')} AS DOUBLE)",
        "tname": field("Target Name"), "tsectors": field("Target Sectors"),
        "tcountry": field("Target Country"), "story": field("Story ID"),
        "sentence": f"TRY_CAST({field('Sentence Number')} AS INTEGER)",
        "publisher": field("Publisher"), "city": field("City"), "district": field("District"),
        "province": field("Province"), "country": field("Country"),
        "lat": f"TRY_CAST({field('Latitude')} AS DOUBLE)",
        "lon": f"TRY_CAST({field('Longitude')} AS DOUBLE)",
    }
    columns = ",\n        ".join(f"{expr} AS {name}" for name, expr in raw.items())
    day = ("CASE WHEN regexp_full_match(r.edate, '[0-9]{4}-[0-9]{2}-[0-9]{2}')"
           " THEN TRY_CAST(r.edate AS DATE) END")
    place = "nullif(concat_ws(', ', r.city, r.district, r.province, r.country), '')"
    return f"""
    WITH r AS (
        SELECT n, len(f) AS width,
        {columns}
        FROM _lines WHERE true{skip_clause(skip)}
    ), d AS (SELECT r.*, {day} AS day, {place} AS place FROM r)
    SELECT r.n AS n,
        CASE WHEN r.width <> {width}
                THEN 'expected {width} tab-separated fields (as in the header), got ' || r.width
             WHEN r.eid IS NULL OR NOT regexp_full_match(r.eid, '[0-9]+')
                THEN 'Event ID ' || {shown('r.eid')} || ' is not a number'
             WHEN c.code IS NULL THEN 'unknown CAMEO event code ' || {shown('r.code')}
             {date_problem('r.day', 'r.edate', 'Event Date', 'YYYY-MM-DD')}
        END AS problem,
        'icews:' || r.eid AS event_id,
        'icews:' || coalesce(r.story, 'event:' || r.eid) AS doc_id,
        greatest(coalesce(r.sentence, 1) - 1, 0) AS sentence_index, '' AS sentence,
        r.day AS date, 'day' AS date_precision,
        {_actor('source', 's')},
        {_actor('target', 't')},
        c.code AS cameo, c.root AS root, c.quad_class AS quad_class,
        CASE WHEN r.intensity BETWEEN -10 AND 10 THEN r.intensity ELSE c.goldstein END
            AS goldstein,
        c.plover AS plover,
        '' AS trigger_text, 0 AS trigger_start, 0 AS trigger_end,
        r.place AS location_name,
        CASE WHEN r.place IS NOT NULL THEN lc.iso3 END AS location_country,
        CASE WHEN r.place IS NOT NULL THEN r.lat END AS location_lat,
        CASE WHEN r.place IS NOT NULL THEN r.lon END AS location_lon,
        'asserted' AS factuality, 1.0::DOUBLE AS confidence, 'import:icews' AS rule,
        r.n::INTEGER AS seq, 'icews' AS origin, 'icews' AS coder_version,
        r.eid AS ext_id, NULL::VARCHAR AS url, r.publisher AS publisher
    FROM d AS r
    LEFT JOIN _cameo AS c ON c.code = r.code
    LEFT JOIN _country AS sc ON sc.name = r.scountry
    LEFT JOIN _country AS tc ON tc.name = r.tcountry
    LEFT JOIN _country AS lc ON lc.name = r.country
    LEFT JOIN _sector AS ss ON ss.sectors = r.ssectors
    LEFT JOIN _sector AS ts ON ts.sectors = r.tsectors
    LEFT JOIN _igo AS si ON si.name = r.sname AND r.scountry IS NULL
    LEFT JOIN _igo AS ti ON ti.name = r.tname AND r.tcountry IS NULL
    """
