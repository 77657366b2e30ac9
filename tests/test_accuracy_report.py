"""scripts/accuracy_report.py renders docs/ACCURACY.md: its tables, from hand-built reports.

No spaCy run: the reports are scored from hand-made predictions, as `detente eval` would score
the coder's.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from detente.evaluation import GoldEvent, GoldRecord, RecordResult, score
from detente.gold_formats import (
    GoldRun,
    PloverActor,
    PloverRecord,
    PloverReport,
    PloverResult,
    compare_with_baseline,
)
from eventfactory import make_event
from scripts_loader import load_script

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("accuracy_report")


def _result(rid: str, category: str, want: list[GoldEvent], got: list[GoldEvent]) -> RecordResult:
    return RecordResult(GoldRecord(rid, f"text {rid}", None, category, tuple(want)), tuple(got))


VISIT = GoldEvent("USAGOV", "RUSGOV", "042")
CALL = GoldEvent("RUSGOV", "USAGOV", "040")


def _measurement(script: ModuleType, *, shared: bool = True) -> object:
    dev = score([_result("g-1", "root-04", [VISIT], [VISIT]),
                 _result("g-2", "root-04", [CALL], [GoldEvent("RUSGOV", "USAGOV", "043")]),
                 _result("g-3", "negation", [], [CALL])], script.DEV)
    heldout = score([_result("h-1", "root-04", [VISIT], [])], script.HELDOUT)
    m = script.Measurement("2024-01-01", "abc1234", "en_test 1.0", script.COMMAND,
                           dev=GoldRun("jsonl", script.DEV, dev),
                           heldout=GoldRun("jsonl", script.HELDOUT, heldout))
    if not shared:
        m.absent += [script.PETRARCH, script.PLOVER]
        return m
    petr = [_result("V-1", "VERB", [VISIT], [VISIT]), _result("V-2", "VERB", [CALL], []),
            _result("D-1", "DEMO", [CALL], [CALL])]
    headline = score(petr, script.PETRARCH)
    headline.notes.append("a note from the evaluation")
    m.petrarch = GoldRun("petrarch", script.PETRARCH, headline, compare_with_baseline(
        headline, {"VERB": (2, 1), "DEMO": (1, 0), "DATE": (1, 1)}))
    m.petrarch_intent = GoldRun("petrarch", script.PETRARCH, score(petr[:1], script.PETRARCH))
    usa, rus = PloverActor("Washington", "USA", "GOV"), PloverActor("Moscow", "RUS", "GOV")
    plover = PloverReport(script.PLOVER, [
        PloverResult(PloverRecord("p1", "t", None, "CONSULT", (usa,), (rus,), False),
                     (make_event(),)),
        PloverResult(PloverRecord("p2", "t", None, "DEMAND", (usa,), (rus,), False), ()),
    ])
    m.plover = GoldRun("plover", script.PLOVER, plover)
    return m


def _tables(text: str) -> dict[str, list[list[str]]]:
    """Each Markdown table under the heading above it, as rows of cells (rule row dropped)."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("# ")
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not all(set(c) <= set("-:") for c in cells):
                tables.setdefault(heading, []).append(cells)
    return tables


def test_accuracy_report_renders_every_table(script: ModuleType) -> None:
    text = script.render(_measurement(script))
    assert "- commit: abc1234" in text and "- spaCy model: en_test 1.0" in text
    assert f"`{script.COMMAND}`" in text and "2024-01-01" in text
    tables = _tables(text)

    summary = tables["Summary"]
    assert summary[0] == ["gold", "target", "goal", "measured", "met"]
    # root F1 and P>=R for dev, news, dev3, dev4, dev5, dev6, dev7, voa, held-out, held-out
    # news, held-out voa; PETRARCH; 2x PLOVER
    assert len(summary) == 1 + 25
    assert all(len(row) == 5 for row in summary)
    assert summary[23][3] == "66.7%" and summary[23][4] == "yes"  # PETRARCH: 2 of 3 exact

    dev = tables[f"Development: `{script.DEV}`"]
    assert [row[0] for row in dev] == ["level", "code", "root", "quad", "dyad"]
    assert dev[1][1:4] == ["1", "2", "1"]  # code level: TP, FP, FN
    assert tables[f"Held out: `{script.HELDOUT}`"][2][1:4] == ["0", "0", "1"]
    categories = tables["Development gold by category"]
    assert [row[0] for row in categories] == ["category", "ALL", "negation", "root-04"]
    assert all(len(row) == 8 for row in categories)

    petrarch = tables["PETRARCH validation suite"]
    assert len(petrarch[0]) == 5 and "PETRARCH's reading" in petrarch[0][2]
    assert petrarch[1] == ["ALL", "2/4 (50.0%)", "2/3 (66.7%)", "1/1 (100.0%)", "-"]
    assert [row[0] for row in petrarch[2:]] == ["DATE", "DEMO", "VERB"]
    assert petrarch[2][2] == "-"  # a category only the peer has
    assert "- a note from the evaluation" in text

    plover = tables["PLOVER gold standard records"]
    assert plover[1] == ["ALL", "2", "1 (50.0%)", "1 (50.0%)"]
    assert [row[0] for row in plover[2:]] == ["CONSULT", "REQUEST"]  # DEMAND read as REQUEST
    assert "- records with no event: 50.0%" in text


def test_accuracy_report_without_shared_leaves_its_sections_out(script: ModuleType) -> None:
    text = script.render(_measurement(script, shared=False))
    tables = _tables(text)
    assert "PETRARCH validation suite" not in tables
    assert "PLOVER gold standard records" not in tables
    assert script.PLOVER in text  # named as absent
    # news, dev3, dev4, dev5, dev6, dev7, voa, held-out news, held-out voa (2 rows each, not in
    # this measurement), PETRARCH, 2x PLOVER
    assert sum(row[3] == "not measured" for row in tables["Summary"]) == 21
    assert "Development gold by category" in tables
