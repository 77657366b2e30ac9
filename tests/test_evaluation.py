"""Scoring against gold: our JSONL reader, the counts, the report, and `detente eval`."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from detente.cli import main
from detente.errors import InputError
from detente.evaluation import (
    Coded,
    GoldEvent,
    GoldRecord,
    RecordResult,
    TextsMissing,
    code_documents,
    crash_note,
    evaluate,
    load_gold_jsonl,
    render_table,
    score,
)
from detente.model import Document, Event, Failure, Span
from eventfactory import make_event

LINES = [
    {"id": "t-1", "text": "Alderia's envoy visited Borvia.", "date": "2020-05-06",
     "category": "root-04", "events": [{"source": "ALDGOV", "target": "BOR", "cameo": "042"}]},
    {"id": "t-2", "text": "Nothing of note happened.", "events": []},
]


class FakeCoder:
    def __init__(self, by_text: dict[str, Sequence[Event]], crash_on: str = "",
                 fail_on: str = "") -> None:
        self.by_text = by_text
        self.crash_on = crash_on
        self.fail_on = fail_on
        self.seen: list[str] = []  # every text coded, in order

    def code_many(self, docs: Iterable[Document]) -> Iterator[Any]:
        for doc in docs:
            self.seen.append(doc.text)
            if self.crash_on and self.crash_on in doc.text:
                raise ValueError("coder bug")
            if self.fail_on and self.fail_on in doc.text:
                yield Failure(doc.doc_id, "cannot code: bad code")
                continue
            yield SimpleNamespace(events=tuple(self.by_text.get(doc.text, ())))


def _gold(tmp_path: Path, lines: Sequence[object] = LINES) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_evaluation_load_gold_jsonl_reads_records(tmp_path: Path) -> None:
    first, second = load_gold_jsonl(_gold(tmp_path))
    assert first == GoldRecord("t-1", "Alderia's envoy visited Borvia.", Date(2020, 5, 6),
                               "root-04", (GoldEvent("ALDGOV", "BOR", "042"),))
    assert second.category == "all" and second.events == () and second.date is None


def test_evaluation_load_gold_jsonl_names_file_and_line(tmp_path: Path) -> None:
    path = _gold(tmp_path, [LINES[0], {"id": "t-3", "events": []}])
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        load_gold_jsonl(path)


def test_evaluation_score_counts_levels_and_exact() -> None:
    record = GoldRecord("r", "text", None, "c", (GoldEvent("ALD", "BOR", "0421"),
                                                 GoldEvent("BOR", "ALD", "043")))
    got = (GoldEvent("ALD", "BOR", "042"), GoldEvent("BOR", "ALD", "043"))
    report = score([RecordResult(record, got)], "g")
    code, root = report.overall.counts["code"], report.overall.counts["root"]
    assert (code.tp, code.fp, code.fn) == (1, 1, 1)
    assert (root.tp, root.fp, root.fn) == (2, 0, 0)
    assert report.overall.exact == 0 and len(report.failures) == 1
    metrics = report.metrics()
    assert metrics["code_f1"] == 0.5 and metrics["root_f1"] == 1.0
    assert metrics["exact_rate"] == 0.0


def test_evaluation_dyad_level_compares_actors_by_country_at_the_root() -> None:
    record = GoldRecord("r", "text", None, "c", (GoldEvent("ALDMIL", "BORREB", "190"),
                                                 GoldEvent("IGOUNOJUD", "BOR", "1123")))
    got = (GoldEvent("ALD", "BOR", "193"), GoldEvent("IGOUNO", "BORGOV", "112"),
           GoldEvent("BOR", "ALD", "190"), GoldEvent("ALD", "BOR", "190", "hypothetical"))
    counts = score([RecordResult(record, got)], "g").overall.counts
    assert (counts["root"].tp, counts["root"].fp, counts["root"].fn) == (0, 4, 2)
    # the direction and the factuality still count; the sector, the sub-body and the full code
    # do not
    assert (counts["dyad"].tp, counts["dyad"].fp, counts["dyad"].fn) == (2, 2, 0)


def test_evaluation_code_documents_survives_a_crashing_text() -> None:
    docs = [Document.from_text(t) for t in ("one fine text", "the bad text", "a failed text")]
    event = make_event()
    coder = FakeCoder({"one fine text": [event]}, crash_on="bad", fail_on="failed")
    outcomes = code_documents(coder, docs)
    assert outcomes[0] == Coded((event,))
    assert outcomes[1].events == () and outcomes[1].error == "ValueError: coder bug"
    assert outcomes[2].error == "cannot code: bad code"
    note = crash_note(["a", "b", "c"], outcomes)
    assert note and "2 record(s)" in note[0] and "b (ValueError: coder bug)" in note[0]
    assert crash_note(["a"], outcomes[:1]) == []


def test_evaluation_evaluate_scores_and_notes_crashes(tmp_path: Path) -> None:
    records = load_gold_jsonl(_gold(tmp_path))
    coder = FakeCoder({records[0].text: [make_event(source="ALDGOV", target="BOR",
                                                    cameo="042")]},
                      crash_on="Nothing")
    report = evaluate(records, coder, "tiny")
    assert report.overall.exact == 2  # the crashed record expected no event anyway
    assert any("t-2 (ValueError" in n for n in report.notes)
    table = render_table(report)
    assert "notes:" in table and "root-04" in table
    assert report.as_dict()["notes"] == report.notes


@pytest.mark.slow
def test_evaluation_cli_eval_jsonl_and_forced_format(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    out = io.StringIO()
    assert main(["eval", str(gold), "--format", "json"], stdout=out) == 0
    data = json.loads(out.getvalue())
    assert data["format"] == "jsonl" and data["overall"]["records"] == 2
    assert set(data["metrics"]) >= {"exact_rate", "code_f1", "root_f1"}
    plover = tmp_path / "gsr.json"
    plover.write_text(json.dumps([{"id": "G-1", "event": "CONSULT", "date": "2000-01-01",
                                   "text": "Nothing of note happened.",
                                   "source": [{"actorText": "x", "code": "ALD"}]}]),
                      encoding="utf-8")
    out = io.StringIO()
    assert main(["eval", str(plover), "--gold-format", "plover", "--failures", "1"],
                stdout=out) == 0
    assert "PLOVER type right" in out.getvalue() and "G-1" in out.getvalue()


def test_evaluation_cli_eval_refuses_unknown_xml(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<Records/>", encoding="utf-8")
    assert main(["eval", str(other)], stdout=io.StringIO()) == 2
    assert "<Validation>" in capsys.readouterr().err


def test_evaluation_scores_event_dates_to_the_gold_precision() -> None:
    record = GoldRecord("r", "text", None, "c", (
        GoldEvent("ALD", "BOR", "0421", date="2002-05", date_precision="month"),
        GoldEvent("BOR", "ALD", "043", date="2002-05-03", date_precision="day"),
        GoldEvent("BOR", "GON", "190", date="2003", date_precision="year")))  # not found
    got = (GoldEvent("ALD", "BOR", "042", date="2002-05-20"),  # same root, same month
           GoldEvent("BOR", "ALD", "043", date="2002-05-04"))  # a day off
    report = score([RecordResult(record, got)], "g")
    assert (report.overall.dates_checked, report.overall.dates_right) == (2, 1)
    assert report.metrics()["date_accuracy"] == 0.5
    assert "event dates: 1/2 (50.0%)" in render_table(report)
    # dates are no part of what an event is compared as
    assert GoldEvent("A", "B", "010", date="2001") == GoldEvent("A", "B", "010")


# --- gold that refers to its sentence in a story corpus (the real-news gold) -----------------

STORY = "Alderia's envoy visited Borvia on Monday. Later, Borvia thanked Alderia for the gift."
FIRST, SECOND = (0, 41), (42, len(STORY))


def _ref_gold(tmp_path: Path, corpus: str = "stories.jsonl",
              spans: Sequence[tuple[int, int]] = (FIRST, SECOND)) -> Path:
    import hashlib

    (tmp_path / "stories.jsonl").write_text(
        json.dumps({"id": "s1", "text": STORY}) + "\n", encoding="utf-8")
    visit = [{"source": "ALDGOV", "target": "BOR", "cameo": "042"}]
    lines = [{"id": f"r-{i}", "date": "2021-03-03", "category": "news",
              "events": visit if i == 1 else [],
              "ref": {"corpus": corpus, "doc": "s1", "start": a, "end": b,
                      "sha1": hashlib.sha1(STORY[a:b].encode()).hexdigest()}}
             for i, (a, b) in enumerate(spans, 1)]
    return _gold(tmp_path, lines)


def test_evaluation_ref_records_read_their_sentence_from_the_story(tmp_path: Path) -> None:
    first, second = load_gold_jsonl(_ref_gold(tmp_path))
    assert first.text == STORY[slice(*FIRST)] and second.text.startswith("Later, Borvia")
    assert first.passage is not None and first.passage.story == STORY


def test_evaluation_ref_records_name_an_absent_corpus_or_changed_text(tmp_path: Path) -> None:
    with pytest.raises(TextsMissing, match=r"gold\.jsonl:1: .*elsewhere\.jsonl.*absent"):
        load_gold_jsonl(_ref_gold(tmp_path, corpus="elsewhere.jsonl"))
    gold = _ref_gold(tmp_path, corpus="elsewhere.jsonl")
    assert len(load_gold_jsonl(gold, texts=tmp_path / "stories.jsonl")) == 2
    (tmp_path / "stories.jsonl").write_text(
        json.dumps({"id": "s1", "text": STORY.replace("envoy", "enjoy")}) + "\n")
    with pytest.raises(InputError, match="SHA-1 differs"):
        load_gold_jsonl(gold, texts=tmp_path / "stories.jsonl")


def test_evaluation_codes_a_story_once_and_scores_events_in_each_sentence(
        tmp_path: Path) -> None:
    visit = make_event(source="ALDGOV", target="BOR", cameo="042",
                       trigger=Span("visited", 16, 23))
    thanks = make_event(source="BOR", target="ALD", cameo="051",
                        trigger=Span("thanked", 56, 63))
    coder = FakeCoder({STORY: [visit, thanks]})
    report = evaluate(load_gold_jsonl(_ref_gold(tmp_path)), coder, "refs")
    assert coder.seen == [STORY]  # both records, one story, coded once and whole
    root = report.overall.counts["root"]
    assert (root.tp, root.fp, root.fn) == (1, 1, 0)  # the thanks fall in r-2, which wants none
    assert [f.record.id for f in report.failures] == ["r-2"]


@pytest.mark.slow
def test_evaluation_cli_eval_codes_ref_records_from_the_named_corpus(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _ref_gold(tmp_path, corpus="moved.jsonl")
    out = io.StringIO()
    assert main(["eval", str(gold)], stdout=out) == 2
    err = capsys.readouterr().err
    assert "gold.jsonl:1" in err and "moved.jsonl" in err and "--texts" in err
    code = main(["eval", str(gold), "--texts", str(tmp_path / "stories.jsonl"),
                 "--format", "json"], stdout=out)
    data = json.loads(out.getvalue())
    assert code == 0 and data["overall"]["records"] == 2
    assert {f["id"] for f in data["failures"]} <= {"r-1", "r-2"}
