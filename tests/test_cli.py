"""The command-line face, in process, end to end with the real spaCy pipeline."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

import pytest

from detente.cli import build_parser, main
from detente.pipeline import Coder
from detente.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "golden" / "sentences.jsonl"
TEXT = (
    "Putin and Abe met in Moscow on Thursday.\n\n"
    "Japan imposed sanctions on Russia on Friday.\n"
)
ACTOR_KEYS = {"text", "start", "end", "code", "country", "sector", "name"}
EVENT_KEYS = {
    "event_id", "doc_id", "sentence_index", "sentence", "date", "date_precision", "source",
    "target", "cameo", "root", "quad_class", "goldstein", "plover", "trigger", "location",
    "factuality", "confidence", "rule",
}


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def subcommands() -> list[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    raise AssertionError("the parser has no subcommands")


@pytest.fixture
def news(tmp_path: Path, coder: Coder) -> Path:
    # `coder` loads the pipeline once; the CLI's own Coder then reuses the cached pipeline.
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_cli_code_jsonl_has_exactly_the_documented_fields(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_cli("code", str(news), "--format", "jsonl", "--date", "2017-04-28")
    assert status == 0
    records = jsonl(out)
    assert len(records) == 3
    text = news.read_text(encoding="utf-8")
    for record in records:
        assert set(record) == EVENT_KEYS
        assert isinstance(record["source"], dict) and set(record["source"]) == ACTOR_KEYS
        assert isinstance(record["target"], dict) and set(record["target"]) == ACTOR_KEYS
        trigger = record["trigger"]
        assert isinstance(trigger, dict) and set(trigger) == {"text", "start", "end"}
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
        location = record["location"]
        assert location is None or set(location) == {"name", "country", "lat", "lon"}
    assert {r["cameo"] for r in records} == {"040", "163"}
    assert {r["date"] for r in records} == {"2017-04-27", "2017-04-28"}
    assert "coded 1 document(s)" in capsys.readouterr().err


def test_cli_code_default_format_is_jsonl(news: Path) -> None:
    status, out = run_cli("code", str(news))
    assert status == 0
    assert len(jsonl(out)) == 3


def test_cli_code_csv_has_a_header(news: Path) -> None:
    status, out = run_cli("code", str(news), "--format", "csv", "--date", "2017-04-28")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    header = out.splitlines()[0].split(",")
    assert header[0] == "event_id"
    assert {"source_code", "target_code", "cameo", "trigger_start", "location_lat"} <= set(header)
    assert {r["cameo"] for r in rows} == {"040", "163"}


def test_cli_code_table_is_readable(news: Path) -> None:
    status, out = run_cli("code", str(news), "--format", "table", "--date", "2017-04-28")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2 + 3  # header, rule, one line per event
    assert "source" in lines[0] and "cameo" in lines[0]
    assert set(lines[1]) <= {"-", " "}
    assert any("JPN" in line and "RUS" in line and "163" in line for line in lines[2:])
    assert not out.lstrip().startswith("{")


def test_cli_code_db_stores_without_duplicates(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "events.duckdb"
    status, out = run_cli("code", str(news), "--db", str(db))
    assert status == 0
    assert out == ""  # with --db and no --format, nothing goes to stdout
    assert "stored in" in capsys.readouterr().err
    with Store(db) as store:
        first = store.count_events()
        ids = {e.event_id for e in store.events()}
    assert first == 3
    status, _ = run_cli("code", str(news), "--db", str(db))
    assert status == 0
    with Store(db) as store:
        assert store.count_events() == first
        assert {e.event_id for e in store.events()} == ids
        assert store.stats()["documents"] == 1


def test_cli_code_db_and_format_writes_both(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "both.duckdb"
    status, out = run_cli("code", str(news), "--db", str(db), "--format", "jsonl")
    assert status == 0
    with Store(db) as store:
        assert {e.event_id for e in store.events()} == {r["event_id"] for r in jsonl(out)}


def test_cli_code_jsonl_input_uses_record_id(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "wire.jsonl"
    records = [
        {"id": "tass-1", "text": "Putin and Abe met in Moscow on Thursday.", "date": "2017-04-28"},
        {"id": 42, "text": "Japan imposed sanctions on Russia on Friday.", "date": "2014-08-08"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    status, out = run_cli("code", str(path))
    assert status == 0
    events = jsonl(out)
    assert {e["doc_id"] for e in events} == {"tass-1", "42"}
    assert {e["date"] for e in events if e["doc_id"] == "42"} == {"2014-08-08"}


def test_cli_code_reads_stdin(monkeypatch: pytest.MonkeyPatch, coder: Coder) -> None:
    data = b"Japan imposed sanctions on Russia on Friday.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out = run_cli("code", "-", "--date", "2017-04-28")
    assert status == 0
    events = jsonl(out)
    assert len(events) == 1
    assert (events[0]["cameo"], events[0]["date"]) == ("163", "2017-04-28")


def test_cli_code_stdout_stays_data_when_an_input_fails(
    news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_cli("code", str(tmp_path / "absent.txt"), str(news))
    assert status == 1
    for line in out.splitlines():
        assert isinstance(json.loads(line), dict)
    assert len(jsonl(out)) == 3
    err = capsys.readouterr().err
    assert "absent.txt" in err and "absent.txt" not in out


def test_cli_explain_shows_sentences_actors_and_events(news: Path) -> None:
    status, out = run_cli("explain", str(news), "--date", "2017-04-28")
    assert status == 0
    assert "Putin and Abe met in Moscow on Thursday." in out
    assert "Japan imposed sanctions on Russia on Friday." in out
    assert "Putin = RUSGOV" in out and "Abe = JPNGOV" in out
    assert "RUSGOV -> JPNGOV" in out and "JPN -> RUS" in out
    assert "163" in out and "040" in out


def test_cli_eval_json_has_overall_scores(coder: Coder) -> None:
    status, out = run_cli("eval", str(GOLD), "--format", "json")
    assert status == 0
    report = json.loads(out)
    overall = report["overall"]
    with GOLD.open(encoding="utf-8") as gold:
        assert overall["records"] == sum(1 for line in gold if line.strip())
    for level in ("code", "root", "quad"):
        scores = overall[level]
        for name in ("precision", "recall", "f1"):
            assert 0.0 <= scores[name] <= 1.0
    assert 0.0 <= overall["exact_rate"] <= 1.0
    assert report["by_category"]


def test_cli_demo_stores_and_summarises(
    tmp_path: Path, coder: Coder, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.duckdb"
    status, out = run_cli("demo", "--db", str(db))
    assert status == 0
    assert "documents" in out and "events" in out
    assert str(db) in out
    assert db.exists()
    with Store(db) as store:
        assert store.count_events() > 0
    assert "stored in" in capsys.readouterr().err


@pytest.mark.parametrize("command", subcommands())
def test_cli_help_of_every_subcommand(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"], stdout=io.StringIO())
    assert exit_info.value.code == 0
    assert f"detente {command}" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["code", "x.txt"], ["explain", "x.txt"], ["eval", "gold.jsonl"], ["demo"], ["serve"]])
def test_cli_every_coding_command_takes_statements(argv: list[str]) -> None:
    parser = build_parser()
    assert parser.parse_args(argv).statements is False
    assert parser.parse_args([*argv, "--statements"]).statements is True


def test_cli_explain_statements_codes_plain_statements(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "said.txt"
    path.write_text("Brazil's president told Argentina's president on Monday that Brasilia "
                    "wanted closer trade.\n", encoding="utf-8")
    assert "010" not in run_cli("explain", str(path), "--date", "2021-06-07")[1]
    assert "010" in run_cli("explain", str(path), "--date", "2021-06-07", "--statements")[1]


def test_cli_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    for flag in ("--help", "--version"):
        with pytest.raises(SystemExit) as exit_info:
            main([flag])
        assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "COMMAND" in out and "detente 0." in out


def test_cli_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["code", "x.txt", "--date", "last week"])
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_cli_unknown_model_is_a_setup_error(
    news: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_cli("code", str(news), "--model", "no_such_pipeline_xyz")
    assert status == 2
    assert out == ""
    err = capsys.readouterr().err
    assert "no_such_pipeline_xyz" in err and "Traceback" not in err


def test_cli_every_subcommand_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in subcommands() if f"detente {c}" not in readme]
    assert not missing, f"README.md does not mention: {', '.join(missing)}"
