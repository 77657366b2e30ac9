"""ICEWS .tab files into the store: field mapping, country and sector tables, bad rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

import pytest

from detente.interop import import_icews
from detente.interop.icews import country_iso3, sector_code
from detente.model import Actor, Location
from detente.store import Store

HEADER = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
          "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
          "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
          "Province", "Country", "Latitude", "Longitude")


def icews_line(**values: str) -> str:
    """A row of our own: Japan's foreign ministry consults Russia's, in Moscow."""
    row = {
        "Event ID": "5001", "Event Date": "2016-05-06",
        "Source Name": "Foreign Affairs (Japan)",
        "Source Sectors": "Executive,Foreign Ministry,Government", "Source Country": "Japan",
        "Event Text": "Consult", "CAMEO Code": "040", "Intensity": "1",
        "Target Name": "Foreign Affairs (Russia)", "Target Sectors": "Foreign Ministry",
        "Target Country": "Russian Federation", "Story ID": "777", "Sentence Number": "3",
        "Publisher": "Example Wire", "City": "Moscow", "District": "NA",
        "Province": "Moskva", "Country": "Russian Federation", "Latitude": "55.7522",
        "Longitude": "37.6156",
    }
    row.update(values)
    return "\t".join(row[name] for name in HEADER)


def write(path: Path, *lines: str, header: tuple[str, ...] = HEADER) -> Path:
    text = "\t".join(header) + "\n" + "".join(line + "\n" for line in lines)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def test_interop_icews_fields_map_one_by_one(tmp_path: Path, store: Store) -> None:
    stats = import_icews([write(tmp_path / "events.tab", icews_line())], store)
    assert (stats.rows, stats.imported, stats.failures) == (1, 1, [])
    [event] = store.events()
    assert event.event_id == "icews:5001" and event.doc_id == "icews:777"
    assert event.sentence_index == 2  # ICEWS numbers sentences from 1
    assert event.date == "2016-05-06" and event.date_precision == "day"
    assert event.source == Actor("Foreign Affairs (Japan)", 0, 0, "JPNGOV", "JPN", "GOV", None)
    assert event.target == Actor("Foreign Affairs (Russia)", 0, 0, "RUSGOV", "RUS", "GOV", None)
    assert (event.cameo, event.root, event.quad_class, event.goldstein) == ("040", "04", 1, 1.0)
    assert event.location == Location("Moscow, Moskva, Russian Federation", "RUS", 55.7522,
                                      37.6156)
    assert event.rule == "import:icews"
    [row] = store.iter_rows()
    assert (row["origin"], row["ext_id"], row["publisher"]) == ("icews", "5001", "Example Wire")


def test_interop_icews_countries_sectors_and_igos(tmp_path: Path, store: Store) -> None:
    lines = [
        icews_line(**{"Event ID": "1", "Source Name": "Military (Turkey)",
                      "Source Sectors": "Military,Government", "Source Country": "Turkey"}),
        icews_line(**{"Event ID": "2", "Source Name": "United Nations", "Source Sectors": "NA",
                      "Source Country": "NA", "Target Name": "Citizen (Japan)",
                      "Target Sectors": "General Population / Civilian / Social,Social",
                      "Target Country": "Japan"}),
        icews_line(**{"Event ID": "3", "Source Name": "Some Club", "Source Sectors": "Social",
                      "Source Country": "", "CAMEO Code": "1823", "Intensity": "-9"}),
    ]
    import_icews([write(tmp_path / "e.tab", *lines)], store)
    by_id = {e.event_id: e for e in store.events()}
    assert by_id["icews:1"].source.code == "TURMIL"
    assert by_id["icews:2"].source == Actor("United Nations", 0, 0, "IGOUNO", None, None, None)
    assert by_id["icews:2"].target is not None and by_id["icews:2"].target.code == "JPNCVL"
    assert by_id["icews:3"].source.code == "" and by_id["icews:3"].source.sector is None
    assert (by_id["icews:3"].cameo, by_id["icews:3"].goldstein) == ("1823", -9.0)
    assert store.count_events(target="JPN") == 1 and store.count_events(target="RUS") == 2


def test_interop_icews_country_and_sector_tables() -> None:
    assert country_iso3("Russian Federation") == "RUS"
    assert country_iso3("Occupied Palestinian Territory") == "PSE"
    assert country_iso3("the former Yugoslav Republic of Macedonia") == "MKD"
    assert country_iso3("NA") is None and country_iso3("Atlantis") is None
    assert sector_code("Military,Government") == "MIL"
    assert sector_code("Executive,Foreign Ministry,Government") == "GOV"
    assert sector_code("Energy Ministry") == "GOV"
    assert sector_code("Ideological,Center Right") is None


def test_interop_icews_bad_rows_are_reported_and_the_rest_loads(
    tmp_path: Path, store: Store
) -> None:
    path = write(
        tmp_path / "bad.tab",
        icews_line(**{"Event ID": "1"}),  # line 2
        icews_line(**{"Event ID": "2"})[:40],  # line 3: cut short
        icews_line(**{"Event ID": "3", "CAMEO Code": "40"}),  # line 4: no such code
        icews_line(**{"Event ID": "4", "Event Date": "2190-01-01"}),  # line 5: out of range
        icews_line(**{"Event ID": "5", "Event Date": "06/05/2016"}),  # line 6: not ISO
        icews_line(**{"Event ID": "6"}),
    )
    stats = import_icews([path], store)
    assert (stats.rows, stats.imported, stats.rejected) == (6, 2, 4)
    got = {f.origin: f.reason for f in stats.failures}
    assert set(got) == {f"{path}:{n}" for n in (3, 4, 5, 6)}
    assert "expected 20 tab-separated fields" in got[f"{path}:3"]
    assert got[f"{path}:4"] == "unknown CAMEO event code '40'"
    assert "is out of range" in got[f"{path}:5"]
    assert got[f"{path}:6"] == "Event Date '06/05/2016' is not a YYYY-MM-DD date"
    assert {e.event_id for e in store.events()} == {"icews:1", "icews:6"}


def test_interop_icews_missing_header_column(tmp_path: Path, store: Store) -> None:
    header = tuple(h for h in HEADER if h != "CAMEO Code")
    path = write(tmp_path / "odd.tab", "1\t2\t3", header=header)
    stats = import_icews([path], store)
    assert stats.imported == 0
    assert stats.failures[0].origin == f"{path}:1"
    assert "missing column(s) CAMEO Code" in stats.failures[0].reason


def test_interop_icews_columns_found_by_name(tmp_path: Path, store: Store) -> None:
    header = tuple(reversed(HEADER))
    line = "\t".join(reversed(icews_line().split("\t")))
    import_icews([write(tmp_path / "reversed.tab", line, header=header)], store)
    [event] = store.events()
    assert event.source.code == "JPNGOV" and event.cameo == "040"


@pytest.mark.shared
def test_interop_icews_shared_sample_loads(shared_dir: Path, store: Store) -> None:
    path = shared_dir / "data" / "event_extracts" / "icews_events.2018.sample.tab"
    stats = import_icews([path], store)
    assert stats.failures == [] and stats.imported == 3705
    assert store.count_events(origin="icews", date_from=Date(2018, 6, 1),
                              date_to=Date(2018, 6, 2)) == 3705
    # countries are mapped for all but a handful of actors, whose codes stay usable
    events = store.events()
    with_country = [e for e in events if e.source.country is not None]
    assert len(with_country) / len(events) > 0.95
    assert store.count_events(source="JPN") > 0 and store.count_events(source="IGO") > 0
