"""Relations analytics (detente.analysis) and `detente dyad` on hand-built event tables."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente import analysis
from detente.analysis import AnalysisError, dyad_series, network, top_events, turning_points
from detente.cli import main
from detente.errors import UnknownCodeError
from detente.model import Event
from detente.store import Store
from eventfactory import make_document, make_event

QUAD_GOLDSTEIN = {1: ("042", 1.9), 2: ("057", 8.0), 3: ("111", -2.0), 4: ("190", -10.0)}


def ev(n: int, day: str | None, source: str = "RUSGOV", target: str | None = "JPNGOV", *,
       quad: int = 1, goldstein: float | None = None, doc: str | None = None,
       **overrides: Any) -> Event:
    cameo, default = QUAD_GOLDSTEIN[quad]
    return make_event(
        f"e{n}", doc or f"d{n}", source=source, target=target, cameo=cameo, date=day,
        quad_class=quad, goldstein=default if goldstein is None else goldstein,
        sentence=f"Sentence {n}.", **overrides,
    )


def stored(events: list[Event]) -> Store:
    store = Store()
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_doc[event.doc_id].append(event)
    for doc_id, evs in by_doc.items():
        store.replace_document(make_document(doc_id), evs, coder_version="test")
    return store


@pytest.fixture
def small() -> Store:
    """RUS<->JPN in Jan and Apr 2024 (Feb, Mar empty), plus a CHN event and a negated one."""
    store = stored([
        ev(1, "2024-01-03", quad=1),
        ev(2, "2024-01-10", "JPNMIL", "RUSGOV", quad=4),
        ev(3, "2024-01-20", "RUS", "JPN", quad=2),
        ev(4, "2024-04-02", "JPNGOV", "RUSMIL", quad=3),
        ev(5, "2024-04-05", quad=2, factuality="negated"),
        ev(6, "2024-02-14", "RUSGOV", "CHNGOV", quad=1),
        ev(7, "2024-03-01", "RUSGOV", "JPNGOV", quad=1, factuality="hypothetical"),
    ])
    yield store
    store.close()


# --------------------------------------------------------------------------- series


def test_analysis_series_counts_by_quad_class_and_root(small: Store) -> None:
    rows = dyad_series(small, "RUS", "JPN")
    jan = rows[0]
    assert jan.period == Date(2024, 1, 1) and jan.period_end == Date(2024, 1, 31)
    assert (jan.events, jan.q1, jan.q2, jan.q3, jan.q4) == (3, 1, 1, 0, 1)
    assert jan.by_root == {"04": 1, "05": 1, "19": 1}
    assert jan.goldstein_sum == pytest.approx(1.9 + 8.0 - 10.0)
    assert jan.goldstein_mean == pytest.approx(-0.1 / 3)
    assert jan.cooperation_share == pytest.approx(2 / 3)


def test_analysis_series_fills_empty_periods_with_zeros(small: Store) -> None:
    rows = dyad_series(small, "RUS", "JPN")
    assert [r.period for r in rows] == [Date(2024, m, 1) for m in (1, 2, 3, 4)]
    for empty in rows[1:3]:
        assert (empty.events, empty.q1, empty.q4, empty.goldstein_sum) == (0, 0, 0, 0.0)
        assert (empty.goldstein_mean, empty.cooperation_share, empty.by_root) == (0.0, 0.0, {})
    assert rows[3].events == 1 and rows[3].q3 == 1


def test_analysis_series_date_bounds_extend_and_cut_the_series(small: Store) -> None:
    rows = dyad_series(small, "RUS", "JPN", date_from=Date(2023, 11, 15),
                       date_to=Date(2024, 1, 5))
    assert [r.period for r in rows] == [Date(2023, 11, 1), Date(2023, 12, 1), Date(2024, 1, 1)]
    assert [r.events for r in rows] == [0, 0, 1]  # only the 3 January event is before the 5th


def test_analysis_series_directed_counts_one_direction(small: Store) -> None:
    both = dyad_series(small, "RUS", "JPN", freq="year")
    rus_jpn = dyad_series(small, "RUS", "JPN", freq="year", directed=True)
    jpn_rus = dyad_series(small, "JPN", "RUS", freq="year", directed=True)
    assert [r.events for r in both] == [4]
    assert [r.events for r in rus_jpn] == [2]  # events 1 and 3
    assert [r.events for r in jpn_rus] == [2]  # events 2 and 4
    assert rus_jpn[0].q4 == 0 and jpn_rus[0].q4 == 1


def test_analysis_series_factuality_filter(small: Store) -> None:
    asserted = dyad_series(small, "RUS", "JPN", freq="year")
    everything = dyad_series(small, "RUS", "JPN", freq="year",
                             factuality=("asserted", "negated", "hypothetical"))
    negated = dyad_series(small, "RUS", "JPN", freq="year", factuality=("negated",))
    assert [r.events for r in asserted] == [4]
    assert [r.events for r in everything] == [6]
    assert [r.events for r in negated] == [1] and negated[0].q2 == 1
    with pytest.raises(AnalysisError, match="'maybe'"):
        dyad_series(small, "RUS", "JPN", factuality=("maybe",))


def test_analysis_series_matches_actor_prefixes(small: Store) -> None:
    assert sum(r.events for r in dyad_series(small, "RUS", "JPN")) == 4
    assert sum(r.events for r in dyad_series(small, "RUSGOV", "JPN")) == 2  # events 1 and 2
    assert sum(r.events for r in dyad_series(small, "RUS", "JPNMIL")) == 1
    assert sum(r.events for r in dyad_series(small, "rus", " jpngov ")) == 2  # cleaned


def test_analysis_series_unknown_actor_names_the_code(small: Store) -> None:
    with pytest.raises(UnknownCodeError, match="'FRA'"):
        dyad_series(small, "RUS", "FRA")
    with pytest.raises(UnknownCodeError, match="'J-PN'"):
        dyad_series(small, "RUS", "J-PN")


def test_analysis_series_undated_events_and_no_events() -> None:
    store = stored([ev(1, "2024-01-03"), ev(2, None, "CHNGOV", "USAGOV",
                                             date_precision=None)])
    assert dyad_series(store, "CHN", "USA") == []  # the only event has no date
    assert dyad_series(store, "CHN", "USA", date_from=Date(2024, 1, 1),
                       date_to=Date(2024, 2, 1))[1].events == 0
    with pytest.raises(AnalysisError, match="after"):
        dyad_series(store, "RUS", "JPN", date_from=Date(2024, 2, 1), date_to=Date(2024, 1, 1))
    with pytest.raises(AnalysisError, match="'fortnight'"):
        dyad_series(store, "RUS", "JPN", freq="fortnight")
    store.close()


def test_analysis_index_follows_the_documented_formula() -> None:
    # Year 1: one event of +4; year 2: none; year 3: three events of -2.
    store = stored([ev(1, "2020-05-01", goldstein=4.0)] +
                   [ev(n, "2022-06-01", quad=3, goldstein=-2.0) for n in (2, 3, 4)])
    rows = dyad_series(store, "RUS", "JPN", freq="year")  # half-life 1 period, prior 1
    s1, n1 = 4.0, 1.0
    s2, n2 = 0.5 * s1, 0.5 * n1
    s3, n3 = 0.5 * s2 - 6.0, 0.5 * n2 + 3
    assert [r.index for r in rows] == pytest.approx([s1 / (n1 + 1), s2 / (n2 + 1),
                                                     s3 / (n3 + 1)])
    slow = dyad_series(store, "RUS", "JPN", freq="year", half_life=2.0, prior=0.0)
    assert slow[0].index == pytest.approx(4.0)  # no prior: the first mean itself
    assert slow[1].index == pytest.approx(4.0)  # empty period, no prior: holds its level
    store.close()


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=Date(1900, 1, 1), max_value=Date(2100, 12, 31)),
       st.sampled_from(analysis.FREQS))
def test_analysis_period_start_agrees_with_duckdb(day: Date, freq: str) -> None:
    with Store() as store:
        row = store.con.execute("SELECT date_trunc(?, ?::DATE)::DATE", [freq, day]).fetchone()
    assert row is not None
    start = analysis.period_start(day, freq)
    assert start == row[0]
    after = analysis.next_period(start, freq)
    assert analysis.period_start(after, freq) == after > day


# --------------------------------------------------------------------------- turning points


def stepped_store() -> Store:
    """Two events a month in 2023: cooperative (+3 ± small) to June, hostile (-4 ±) after."""
    events, n = [], 0
    for month in range(1, 13):
        for day, wobble in ((5, 0.3), (20, -0.3)):
            n += 1
            level = 3.0 if month < 7 else -4.0
            quad = 1 if month < 7 else 4
            events.append(ev(n, f"2023-{month:02d}-{day:02d}", quad=quad,
                             goldstein=level + wobble * (1 if month % 2 else -1)))
    # the event that drives July: the most hostile of all
    events.append(ev(99, "2023-07-11", quad=4, goldstein=-9.5))
    return stored(events)


def test_analysis_turning_point_at_the_known_month() -> None:
    store = stepped_store()
    rows = dyad_series(store, "RUS", "JPN")
    points = turning_points(rows)
    assert [p.period for p in points] == [Date(2023, 7, 1)]
    point = points[0]
    assert point.level_before == pytest.approx(3.0)
    assert point.level_after == pytest.approx((-4.0 * 12 - 9.5) / 13)
    assert (point.events_before, point.events_after) == (12, 13)
    assert point.change < -6
    driven = analysis.with_drivers(store, "RUS", "JPN", points, n=2)[0]
    assert len(driven.drivers) == 2 and driven.drivers[0].event_id == "e99"
    assert all(e.date and e.date.startswith("2023-07") for e in driven.drivers)
    store.close()


def test_analysis_turning_points_none_on_a_flat_series() -> None:
    store = stored([ev(n, f"2023-{n:02d}-10", goldstein=2.0 + 0.1 * (n % 2))
                    for n in range(1, 13)])
    assert turning_points(dyad_series(store, "RUS", "JPN")) == []
    assert turning_points([]) == []
    store.close()


def test_analysis_turning_points_skip_empty_periods() -> None:
    # Same levels as the stepped store, but every other month empty: the empty months
    # (mean 0.0 in the rows) must not be taken for a level.
    events = [ev(m, f"2023-{m:02d}-05", goldstein=3.0 if m < 7 else -4.0)
              for m in (1, 3, 5, 7, 9, 11)]
    store = stored(events)
    points = turning_points(dyad_series(store, "RUS", "JPN"))
    assert [p.period for p in points] == [Date(2023, 7, 1)]
    store.close()


def test_analysis_turning_points_penalty_controls_sensitivity() -> None:
    store = stepped_store()
    rows = dyad_series(store, "RUS", "JPN")
    assert turning_points(rows, penalty=1e6) == []
    assert len(turning_points(rows, penalty=0.0)) > 1
    with pytest.raises(AnalysisError):
        turning_points(rows, penalty=-1.0)
    store.close()


# --------------------------------------------------------------------------- events, network


def test_analysis_top_events_by_absolute_goldstein(small: Store) -> None:
    top = top_events(small, "RUS", "JPN", Date(2024, 1, 1), Date(2024, 12, 31), n=3)
    assert [e.event_id for e in top] == ["e2", "e3", "e4"]  # -10, +8, -2 (then e1: +1.9)
    assert top[0].sentence == "Sentence 2." and top[0].doc_id == "d2"
    assert top_events(small, "RUS", "JPN", Date(2024, 4, 1), Date(2024, 4, 30)) == [
        e for e in small.events(doc_id="d4")]
    negated = top_events(small, "RUS", "JPN", None, None, factuality=("negated",))
    assert [e.event_id for e in negated] == ["e5"]


def test_analysis_network_edges(small: Store) -> None:
    edges = {(e.source, e.target): e for e in network(small)}
    assert set(edges) == {("RUS", "JPN"), ("JPN", "RUS"), ("RUS", "CHN")}
    assert edges[("RUS", "JPN")].events == 2
    assert edges[("RUS", "JPN")].goldstein_mean == pytest.approx((1.9 + 8.0) / 2)
    assert edges[("JPN", "RUS")].cooperation_share == 0.0
    actors = {(e.source, e.target) for e in network(small, level="actor")}
    assert ("JPNMIL", "RUSGOV") in actors
    feb = network(small, Date(2024, 2, 1), Date(2024, 2, 29))
    assert [(e.source, e.target, e.events) for e in feb] == [("RUS", "CHN", 1)]
    with pytest.raises(AnalysisError, match="'region'"):
        network(small, level="region")


def test_analysis_sparkline() -> None:
    assert analysis.sparkline([0.0, 5.0, 10.0]) == "▁▅█"
    assert analysis.sparkline([1.0, 1.0]) == "▄▄"
    assert analysis.sparkline([]) == ""


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    store = stepped_store()
    rows = store.events(factuality=None)
    store.close()
    with Store(path) as disk:
        disk.replace_document(make_document("d"), [
            ev(int(e.event_id[1:]), e.date or "", e.source.code,
               e.target.code if e.target else None, quad=e.quad_class, goldstein=e.goldstein,
               doc="d") for e in rows], coder_version="test")
    return path


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), stdout=out), out.getvalue()


def test_analysis_cli_table_shows_sparkline_and_turning_point(db: Path) -> None:
    status, out = run_cli("dyad", "RUS", "JPN", "--db", str(db))
    assert status == 0
    assert "2023-06-01" in out and "2023-12-01" in out
    assert any(ch in out for ch in "▁▂▃▄▅▆▇█")
    assert "Turning points" in out
    assert "2023-07-01  level +3.00 ->" in out
    assert "e99" not in out and "Sentence 99." in out  # drivers show their evidence


def test_analysis_cli_csv(db: Path) -> None:
    status, out = run_cli("dyad", "RUS", "JPN", "--db", str(db), "--format", "csv",
                          "--freq", "quarter")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    for column in ("period", "events", "q1", "q2", "q3", "q4", "goldstein_sum",
                   "goldstein_mean", "cooperation_share", "index"):
        assert column in rows[0]
    assert [r["period"] for r in rows] == ["2023-01-01", "2023-04-01", "2023-07-01",
                                           "2023-10-01"]
    assert [int(r["events"]) for r in rows] == [6, 6, 7, 6]
    assert int(rows[2]["q4"]) == 7 and int(rows[2]["root_19"]) == 7


def test_analysis_cli_json_directed_and_dates(db: Path) -> None:
    status, out = run_cli("dyad", "JPN", "RUS", "--db", str(db), "--format", "json",
                          "--directed", "--from", "2023-01-01", "--to", "2023-03-31")
    assert status == 0
    data = json.loads(out)
    assert data["dyad"] == {"a": "JPN", "b": "RUS", "directed": True, "freq": "month",
                            "factuality": ["asserted"]}
    assert [r["events"] for r in data["series"]] == [0, 0, 0]  # every event is RUS -> JPN
    assert data["series"][0]["period"] == "2023-01-01"
    status, out = run_cli("dyad", "RUS", "JPN", "--db", str(db), "--format", "json")
    points = json.loads(out)["turning_points"]
    assert [p["period"] for p in points] == ["2023-07-01"]
    assert points[0]["drivers"][0]["event_id"] == "e99"


def test_analysis_cli_unknown_actor_and_missing_store(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    status, _ = run_cli("dyad", "RUS", "XYZ", "--db", str(db))
    assert status == 2
    assert "'XYZ'" in capsys.readouterr().err
    missing = tmp_path / "none.duckdb"
    status, _ = run_cli("dyad", "RUS", "JPN", "--db", str(missing))
    assert status == 2
    assert str(missing) in capsys.readouterr().err
    assert not missing.exists()  # reading never creates a store


def test_analysis_cli_charts(db: Path, tmp_path: Path) -> None:
    html, png = tmp_path / "c.html", tmp_path / "c.png"
    assert run_cli("dyad", "RUS", "JPN", "--db", str(db), "--chart", str(html))[0] == 0
    assert run_cli("dyad", "RUS", "JPN", "--db", str(db), "--chart", str(png))[0] == 0
    assert "plotly" in html.read_text(encoding="utf-8")[:200_000].lower()
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    status, _ = run_cli("dyad", "RUS", "JPN", "--db", str(db), "--chart",
                        str(tmp_path / "c.svg"))
    assert status == 2
