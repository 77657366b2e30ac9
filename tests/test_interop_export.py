"""Exports (csv, jsonl, parquet, GDELT TSV), the GDELT round trip, and the import/export CLI."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.cli import main
from detente.formats import write_events
from detente.interop import export_events, import_gdelt, import_icews
from detente.interop.export import gdelt_fields
from detente.interop.gdelt import GDELT2_COLUMNS
from detente.store import ALL_COLUMNS, Store
from eventfactory import make_document, make_event
from test_interop_gdelt import gdelt_line, visit
from test_interop_icews import icews_line
from test_interop_icews import write as write_icews

EXTRACTS = ("data", "event_extracts")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        yield s


def gdelt_file(path: Path) -> Path:
    lines = [
        gdelt_line(**visit("1")),
        gdelt_line(1, width=57, **visit("2", DATEADDED="20130301")),
        gdelt_line(**visit("3", EventCode="0874", Actor2Code="", Actor2Name="",
                           Actor2CountryCode="", ActionGeo_CountryCode="XX",
                           AvgTone="", IsRootEvent="0")),
    ]
    # one file may not mix layouts: write the 57-column row to a file of its own
    path.write_text(lines[0] + "\n" + lines[2] + "\n", encoding="utf-8")
    path.with_suffix(".v1").write_text(lines[1] + "\n", encoding="utf-8")
    return path


def round_trip(source: Store, tmp_path: Path) -> tuple[Store, str]:
    out = io.StringIO()
    export_events(source, "gdelt", out=out)
    exported = tmp_path / "exported.tsv"
    exported.write_text(out.getvalue(), encoding="utf-8")
    again = Store()
    stats = import_gdelt([exported], again)
    assert stats.failures == []
    return again, out.getvalue()


def comparable(store: Store) -> list[dict[str, object]]:
    """Every stored column but the one naming the file layout the events came from."""
    return [{k: v for k, v in row.items() if k != "coder_version"} for row in store.iter_rows()]


def test_interop_export_gdelt_round_trip_gives_the_same_events(
    tmp_path: Path, store: Store
) -> None:
    path = gdelt_file(tmp_path / "own.tsv")
    import_gdelt([path, path.with_suffix(".v1")], store)
    assert store.count_events() == 3
    again, text = round_trip(store, tmp_path)
    with again:
        assert again.events() == store.events()
        assert comparable(again) == comparable(store)
    assert all(len(line.split("\t")) == 61 for line in text.splitlines())


@pytest.mark.shared
def test_interop_export_gdelt_round_trip_on_the_samples(
    shared_dir: Path, tmp_path: Path
) -> None:
    folder = shared_dir.joinpath(*EXTRACTS)
    for name in ("gdelt1_events_sample50.tsv", "gdelt2_export_sample50.tsv",
                 "gdelt1_georgia_aug2012.csv"):
        with Store() as store:
            stats = import_gdelt([folder / name], store)
            assert stats.imported == stats.rows > 0
            again, _ = round_trip(store, tmp_path)
            with again:
                assert again.events() == store.events(), name
                assert comparable(again) == comparable(store), name


def test_interop_export_gdelt_fields_of_our_own_events(store: Store) -> None:
    doc = make_document("d1", url="https://example.org/visit")
    store.replace_document(doc, [make_event("e1", cameo="042")], coder_version="0.1.0")
    [row] = store.iter_rows()
    fields = dict(zip(GDELT2_COLUMNS, gdelt_fields(row), strict=True))
    assert fields["GLOBALEVENTID"].isdigit()
    assert (fields["SQLDATE"], fields["MonthYear"], fields["Year"]) == ("20240304", "202403",
                                                                       "2024")
    assert fields["FractionDate"] == "2024.1753"  # GDELT: ((month - 1) * 30 + day) / 365
    assert (fields["Actor1Code"], fields["Actor1CountryCode"], fields["Actor1Type1Code"]) == (
        "USAGOV", "USA", "GOV")
    assert (fields["Actor2Code"], fields["Actor2CountryCode"]) == ("RUSGOV", "RUS")
    assert (fields["EventCode"], fields["EventBaseCode"], fields["EventRootCode"]) == (
        "042", "042", "04")
    assert (fields["QuadClass"], fields["GoldsteinScale"]) == ("1", "1.9")
    assert (fields["ActionGeo_FullName"], fields["ActionGeo_CountryCode"]) == ("Moscow", "RS")
    assert fields["SOURCEURL"] == "https://example.org/visit"
    assert fields["NumMentions"] == "" and fields["Actor1Geo_FullName"] == ""
    # the same event exports to the same GLOBALEVENTID every time
    assert gdelt_fields(next(store.iter_rows()))[0] == fields["GLOBALEVENTID"]


def test_interop_export_csv_and_jsonl_match_the_code_formats(
    tmp_path: Path, store: Store
) -> None:
    import_gdelt([gdelt_file(tmp_path / "g.tsv")], store)
    store.replace_document(make_document(), [make_event("e1")], coder_version="0.1.0")
    for fmt in ("csv", "jsonl"):
        out, expected = io.StringIO(), io.StringIO()
        assert export_events(store, fmt, out=out) == 3
        write_events(store.events(), expected, fmt)
        assert out.getvalue() == expected.getvalue()
    out = io.StringIO()
    assert export_events(store, "jsonl", out=out, origin="detente") == 1
    assert json.loads(out.getvalue())["event_id"] == "e1"


def test_interop_export_parquet_has_every_column(tmp_path: Path, store: Store) -> None:
    import_icews([write_icews(tmp_path / "i.tab", icews_line())], store)
    store.replace_document(make_document(), [make_event("e1")], coder_version="0.1.0")
    target = tmp_path / "it's events.parquet"  # a quote in the name must not break the SQL
    assert export_events(store, "parquet", path=target) == 2
    rel = store.con.execute("SELECT * FROM read_parquet(?) ORDER BY event_id", [str(target)])
    columns = [d[0] for d in rel.description]
    rows = rel.fetchall()
    assert tuple(columns) == ALL_COLUMNS
    assert [r[0] for r in rows] == ["e1", "icews:5001"]
    assert rows[1][columns.index("publisher")] == "Example Wire"
    with pytest.raises(ValueError, match="needs a file path"):
        export_events(store, "parquet")


# --------------------------------------------------------------------------- the CLI


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def test_interop_cli_import_reports_bad_rows_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(gdelt_line(**visit("1")) + "\n" + gdelt_line(**visit("2", EventCode="999"))
                    + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    status, out = run_cli("import", "gdelt", str(path), "--db", str(db))
    err = capsys.readouterr().err
    assert (status, out) == (1, "")
    assert f"detente: error: {path}:2: unknown CAMEO event code '999'" in err
    assert "imported 1 of 2 gdelt row(s) from 1 file(s)" in err and "1 row(s) refused" in err
    good = tmp_path / "good.tsv"
    good.write_text(gdelt_line(**visit("3")) + "\n", encoding="utf-8")
    assert run_cli("import", "gdelt", str(good), "--db", str(db))[0] == 0
    with Store(db) as store:
        assert store.count_events() == 2


def test_interop_cli_export_formats_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        import_gdelt([gdelt_file(tmp_path / "g.tsv")], store)
    status, out = run_cli("export", "--db", str(db), "--format", "gdelt")
    assert status == 0 and len(out.splitlines()) == 2
    target = tmp_path / "out" / "events.csv"
    target.parent.mkdir()
    status, out = run_cli("export", "--db", str(db), "--format", "csv", "--out", str(target))
    assert (status, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("event_id,doc_id,")
    assert run_cli("export", "--db", str(db), "--format", "parquet")[0] == 2
    assert "needs --out" in capsys.readouterr().err
    assert run_cli("export", "--db", str(tmp_path / "none.duckdb"))[0] == 2
    assert "no such store" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.shared
def test_interop_export_gdelt_dates_match_gdelt_own(shared_dir: Path, store: Store) -> None:
    """Our MonthYear, Year and FractionDate are those GDELT wrote for the same SQLDATE."""
    path = shared_dir.joinpath(*EXTRACTS, "gdelt2_export_sample50.tsv")
    import_gdelt([path], store)
    written = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        fields = dict(zip(GDELT2_COLUMNS, line.split("\t"), strict=True))
        written[fields["GLOBALEVENTID"]] = fields
    for row in store.iter_rows():
        ours = dict(zip(GDELT2_COLUMNS, gdelt_fields(row), strict=True))
        theirs = written[ours["GLOBALEVENTID"]]
        for name in ("SQLDATE", "MonthYear", "Year", "FractionDate", "EventCode", "QuadClass",
                     "Actor1Code", "Actor2Code", "ActionGeo_CountryCode", "SOURCEURL"):
            assert ours[name] == theirs[name], (name, ours[name], theirs[name])
