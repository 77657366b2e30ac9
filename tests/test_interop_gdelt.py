"""GDELT 1.0 / 2.0 event files into the store: field mapping, file kinds, bad rows."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path

import pytest

from detente.interop import ImportStats, import_gdelt
from detente.interop.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS, fips_to_iso3
from detente.model import Actor, Location
from detente.store import Store

EXTRACTS = ("data", "event_extracts")


def gdelt_line(version: int = 2, *, width: int | None = None, **values: str) -> str:
    """One raw GDELT line: every column empty except `values` (column name -> text)."""
    columns = GDELT2_COLUMNS if version == 2 else GDELT1_COLUMNS
    row = dict.fromkeys(columns, "")
    row.update(values)
    fields = [row[name] for name in columns]
    if width is not None:
        fields = (fields + [""] * width)[:width]
    return "\t".join(fields)


def visit(gid: str = "900000001", **values: str) -> dict[str, str]:
    """The fields of a plausible row: the Russian government visits Japan."""
    row = {
        "GLOBALEVENTID": gid, "SQLDATE": "20160905", "MonthYear": "201609", "Year": "2016",
        "FractionDate": "2016.6712", "Actor1Code": "RUSGOV", "Actor1Name": "RUSSIA",
        "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV", "Actor2Code": "JPN",
        "Actor2Name": "JAPAN", "Actor2CountryCode": "JPN", "IsRootEvent": "1",
        "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1",
        "GoldsteinScale": "1.9", "NumMentions": "12", "NumSources": "3", "NumArticles": "11",
        "AvgTone": "-1.25", "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Vladivostok, Primor'ye, Russia", "ActionGeo_CountryCode": "RS",
        "ActionGeo_Lat": "43.1056", "ActionGeo_Long": "131.874",
        "DATEADDED": "20160905134500", "SOURCEURL": "https://news.example/visit",
    }
    row.update(values)
    return row


def write(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def reasons(stats: ImportStats) -> dict[str, str]:
    return {f.origin: f.reason for f in stats.failures}


def test_interop_gdelt_v2_fields_map_one_by_one(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "day.export.CSV", gdelt_line(**visit()))
    stats = import_gdelt([path], store)
    assert (stats.files, stats.rows, stats.imported, stats.failures) == (1, 1, 1, [])
    [event] = store.events()
    assert event.event_id == "gdelt:900000001"
    assert event.doc_id == "https://news.example/visit"
    assert event.date == "2016-09-05" and event.date_precision == "day"
    assert event.source == Actor("RUSSIA", 0, 0, "RUSGOV", "RUS", "GOV", None)
    assert event.target == Actor("JAPAN", 0, 0, "JPN", "JPN", None, None)
    assert (event.cameo, event.root, event.quad_class, event.goldstein) == ("042", "04", 1, 1.9)
    assert event.plover == "CONSULT"
    assert event.location == Location("Vladivostok, Primor'ye, Russia", "RUS", 43.1056, 131.874)
    assert (event.factuality, event.confidence, event.rule) == ("asserted", 1.0, "import:gdelt")
    [row] = store.iter_rows()
    assert row["origin"] == "gdelt" and row["coder_version"] == "gdelt2"
    assert (row["ext_id"], row["url"]) == ("900000001", "https://news.example/visit")
    assert (row["num_mentions"], row["num_sources"], row["num_articles"]) == (12, 3, 11)
    assert row["avg_tone"] == -1.25 and row["is_root_event"] is True
    assert row["date_added"] == 20160905134500


def test_interop_gdelt_v1_57_and_58_columns(tmp_path: Path, store: Store) -> None:
    with_url = gdelt_line(1, **visit("11", DATEADDED="20160906"))
    without_url = gdelt_line(1, width=57, **visit("12", DATEADDED="20130301"))
    assert len(with_url.split("\t")) == 58 and len(without_url.split("\t")) == 57
    stats = import_gdelt([write(tmp_path / "20160906.export.CSV", with_url, without_url)], store)
    assert stats.imported == 2 and not stats.failures
    by_id = {e.event_id: e for e in store.events()}
    assert by_id["gdelt:11"].doc_id == "https://news.example/visit"
    assert by_id["gdelt:12"].doc_id == "gdelt:12"  # no SOURCEURL in a 57-column row
    assert by_id["gdelt:12"].location == by_id["gdelt:11"].location
    rows = {r["event_id"]: r for r in store.iter_rows()}
    assert rows["gdelt:12"]["url"] is None and rows["gdelt:12"]["date_added"] == 20130301
    assert rows["gdelt:11"]["coder_version"] == "gdelt1"


def test_interop_gdelt_codes_keep_leading_zeros_and_empty_actors(
    tmp_path: Path, store: Store
) -> None:
    row = visit(EventCode="0874", EventBaseCode="087", EventRootCode="08", QuadClass="2",
                GoldsteinScale="5.3", Actor1Code="", Actor1Name="", Actor1CountryCode="",
                Actor1Type1Code="", Actor2Code="", Actor2Name="", Actor2CountryCode="",
                ActionGeo_FullName="", ActionGeo_CountryCode="", ActionGeo_Lat="",
                ActionGeo_Long="")
    import_gdelt([write(tmp_path / "e.tsv", gdelt_line(**row))], store)
    [event] = store.events()
    assert event.cameo == "0874" and event.root == "08"
    assert event.source == Actor("", 0, 0, "", None, None, None)
    assert event.target is None and event.location is None


def test_interop_gdelt_queries_work_unchanged(tmp_path: Path, store: Store) -> None:
    lines = [
        gdelt_line(**visit("1")),
        gdelt_line(**visit("2", SQLDATE="20161215", EventCode="190", EventBaseCode="190",
                           EventRootCode="19", QuadClass="4", GoldsteinScale="-10.0")),
        gdelt_line(**visit("3", Actor1Code="CHN", Actor1CountryCode="CHN",
                           Actor1Type1Code="")),
    ]
    import_gdelt([write(tmp_path / "e.tsv", *lines)], store)
    assert store.count_events(source="RUS") == 2
    assert store.count_events(source="RUSGOV", target="JPN", cameo="190") == 1
    assert store.count_events(root="04", quad_class=1) == 2
    assert [e.event_id for e in store.events(date_from=Date(2016, 12, 1))] == ["gdelt:2"]
    assert store.count_events(origin="gdelt") == 3 and store.count_events(origin="detente") == 0


def test_interop_gdelt_header_line_is_skipped(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "with_header.tsv", "\t".join(GDELT2_COLUMNS), gdelt_line(**visit()))
    stats = import_gdelt([path], store)
    assert (stats.rows, stats.imported, stats.failures) == (1, 1, [])


def test_interop_gdelt_bad_rows_are_reported_and_the_rest_loads(
    tmp_path: Path, store: Store
) -> None:
    path = write(
        tmp_path / "bad.tsv",
        gdelt_line(**visit("1")),
        gdelt_line(width=40, **visit("2")),  # line 2: too few columns
        gdelt_line(**visit("3", EventCode="999")),  # line 3: no such CAMEO code
        gdelt_line(**visit("4", SQLDATE="18500101")),  # line 4: out of range
        gdelt_line(**visit("5", SQLDATE="20161332")),  # line 5: not a date
        gdelt_line(**visit("six")),  # line 6: not a number
        "",  # blank lines are not rows
        gdelt_line(**visit("1")),  # line 8: the id of line 1 again
        gdelt_line(**visit("9")),
    )
    stats = import_gdelt([path], store)
    assert (stats.rows, stats.imported, stats.rejected) == (8, 2, 6)
    got = reasons(stats)
    assert set(got) == {f"{path}:{n}" for n in (2, 3, 4, 5, 6, 8)}
    assert "expected 61 tab-separated fields" in got[f"{path}:2"] and "got 40" in got[f"{path}:2"]
    assert got[f"{path}:3"] == "unknown CAMEO event code '999'"
    assert "'18500101' is out of range" in got[f"{path}:4"]
    assert got[f"{path}:5"] == "SQLDATE '20161332' is not a YYYYMMDD date"
    assert got[f"{path}:6"] == "GLOBALEVENTID 'six' is not a number"
    assert got[f"{path}:8"] == "event id gdelt:1 is already on line 1"
    assert {e.event_id for e in store.events()} == {"gdelt:1", "gdelt:9"}


def test_interop_gdelt_not_gdelt_at_all(tmp_path: Path, store: Store) -> None:
    path = write(tmp_path / "notes.txt", "just\tthree\tfields", "and\tanother\tline")
    stats = import_gdelt([path], store)
    assert stats.imported == 0 and stats.rows == 2
    assert "not a GDELT event file: most rows have 3" in stats.failures[0].reason
    assert store.count_events() == 0


def test_interop_gdelt_zip_and_gzip(tmp_path: Path, store: Store) -> None:
    text = gdelt_line(**visit("1")) + "\n" + gdelt_line(**visit("2")) + "\n"
    zipped = tmp_path / "20160905.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("20160905.export.CSV", text)
    gzipped = tmp_path / "20160906.export.CSV.gz"
    gzipped.write_bytes(gzip.compress((gdelt_line(**visit("3")) + "\n").encode()))
    stats = import_gdelt([zipped, gzipped], store)
    assert (stats.files, stats.imported, stats.failures) == (2, 3, [])
    assert {e.event_id for e in store.events()} == {"gdelt:1", "gdelt:2", "gdelt:3"}


def test_interop_gdelt_truncated_zip_loads_its_complete_lines(
    tmp_path: Path, store: Store
) -> None:
    lines = [gdelt_line(**visit(str(n), SOURCEURL=f"https://news.example/{n}"))
             for n in range(1, 401)]
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day.export.CSV", "\n".join(lines) + "\n")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    stats = import_gdelt([cut], store)
    assert 0 < stats.imported < 400
    [problem] = stats.failures
    assert problem.origin.startswith(f"{cut}:")
    assert "truncated" in problem.reason
    line = int(problem.origin.rsplit(":", 1)[1])
    assert stats.imported == line - 1  # every complete line before the cut one
    assert {e.event_id for e in store.events()} == {f"gdelt:{n}" for n in range(1, line)}


def test_interop_gdelt_truncated_gzip_and_garbage_zip(tmp_path: Path, store: Store) -> None:
    lines = [gdelt_line(**visit(str(n))) for n in range(1, 301)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    cut = tmp_path / "cut.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"this is no archive")
    stats = import_gdelt([cut, garbage, tmp_path / "missing.zip"], store)
    assert 0 < stats.imported < 300
    assert any("truncated" in f.reason for f in stats.failures)
    assert reasons(stats)[str(garbage)] == "not a zip archive, or one too damaged to read"
    assert "cannot read the file" in reasons(stats)[str(tmp_path / "missing.zip")]


def test_interop_gdelt_not_utf8_is_reported_and_still_loads(
    tmp_path: Path, store: Store
) -> None:
    path = tmp_path / "latin1.tsv"
    line1 = gdelt_line(**visit("1")).encode()
    line2 = gdelt_line(**visit("2", ActionGeo_FullName="Bogot\xe1, Colombia")).encode("latin-1")
    path.write_bytes(line1 + b"\n" + line2 + b"\n")
    stats = import_gdelt([path], store)
    assert stats.imported == 2
    assert [f.origin for f in stats.failures] == [f"{path}:2"]
    assert "not UTF-8" in stats.failures[0].reason


def test_interop_gdelt_reimport_replaces(tmp_path: Path) -> None:
    path = write(tmp_path / "e.tsv", gdelt_line(**visit("1")), gdelt_line(**visit("2")))
    with Store(tmp_path / "s.duckdb") as store:
        import_gdelt([path], store)
        write(path, gdelt_line(**visit("1", GoldsteinScale="3.0")), gdelt_line(**visit("2")))
        stats = import_gdelt([path], store)
        assert stats.imported == 2
        assert store.count_events() == 2
        assert store.events(doc_id="https://news.example/visit")[0].goldstein == 3.0


def test_interop_gdelt_fips_table_knows_the_usual_countries() -> None:
    table = fips_to_iso3()
    assert (table["RS"], table["JA"], table["GG"], table["CH"], table["UK"]) == (
        "RUS", "JPN", "GEO", "CHN", "GBR")


@pytest.mark.shared
def test_interop_gdelt_shared_samples_load(shared_dir: Path, store: Store) -> None:
    folder = shared_dir.joinpath(*EXTRACTS)
    names = ("gdelt1_events_sample50.tsv", "gdelt2_export_sample50.tsv",
             "gdelt1_georgia_aug2012.csv")
    for name in names:
        stats = import_gdelt([folder / name], store)
        assert not stats.failures, stats.failures[:3]
        assert stats.imported == stats.rows
    assert store.count_events() == 50 + 50 + 1255
    # the Georgia extract (R's CSV with NA) has many Russian actors in August 2012
    rus = store.events(source="RUS", date_from=Date(2012, 8, 1), date_to=Date(2012, 8, 31))
    assert len(rus) > 50
    assert all(e.source.country == "RUS" for e in rus if e.source.code == "RUS")
    geo = [e for e in store.events(origin="gdelt") if e.location and e.location.country == "GEO"]
    assert geo and all("Georgia" in e.location.name for e in geo if e.location)


def test_interop_gdelt_and_icews_name_a_file_with_no_rows(tmp_path: Path, store: Store) -> None:
    from detente.interop import import_icews

    blank = tmp_path / "blank.tsv"
    blank.write_text("\n\n", encoding="utf-8")
    for importer in (import_gdelt, import_icews):
        stats = importer([blank], store)
        assert [(f.origin, f.reason) for f in stats.failures] == [
            (str(blank), "the file has no rows")]
