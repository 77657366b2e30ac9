"""Readers and scorers of the field's gold formats: PETRARCH validation XML and PLOVER GSR.

Every input here is a tiny file of our own, with made-up countries (Alderia ALD, Borvia BOR,
Corlan COR), laid out like the originals.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from detente.errors import DictionaryError, InputError
from detente.evaluation import GoldEvent
from detente.gold_formats import (
    Discards,
    PloverActor,
    PloverResult,
    compare_with_baseline,
    detect_format,
    english_plural,
    evaluate_file,
    evaluate_petrarch,
    evaluate_plover,
    find_suite,
    petrarch_events,
    plover_actor_matches,
    read_baseline_tsv,
    read_petrarch_agents,
    read_petrarch_discards,
    read_petrarch_xml,
    read_plover_gsr,
)
from detente.model import Document, Event
from eventfactory import make_event

# --- tiny fixtures ---------------------------------------------------------------------------

SUITE_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- a comment before the environment -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True" />
</Environment>
<Sentences>
<Sentence date="20010203" id="ONE-01" category="DEMO" sentence="true">
<!-- a comment inside a record -->
<EventCoding sourcecode="ALD" targetcode="BOR" eventcode="040" />
<EventCoding sourcecode="BOR" targetcode="ALD" eventcode="040" />
<Text>
Alderia met   Borvia
on Monday.
</Text>
<Parse>(ROOT (S (NP (NNP Alderia))))</Parse>
</Sentence>
<Config option="require_dyad" value="false" />
<Config option="new_actor_length" value="4" />
<Sentence date="20010203" id="ONE_02" source="AGENT" sentence="true">
<EventCoding eventcode="010" sourcecode="&quot;GRAIN BOARD&quot;" targetcode="---" />
<Text>The grain board spoke.</Text>
</Sentence>
<Config option="require_dyad" value="TRUE" />
<Sentence date="20010203" id="ONE-03" category="ERROR" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20010203" id="ONE-04" category="ERROR" sentence="true">
<EventCoding error="sentencediscard" />
<Text>The cricket match was drawn.</Text>
</Sentence>
</Sentences>
</Validation>
"""

AGENTS = """<!-- our test agents -->
!KIN! = MAN, MEN, WOMAN
GRAIN_BOARD {} [~AGR]   # no plural
PARTY [~PTY]
GOOSE_HERD {GEESE_HERD} [~FRM]
FERRY!KIN! [~TRN]
RELIEF_AGENCY [NGO~]
# COMMENTED_OUT [~XXX]
"""

DISCARDS = """# sentence discards
CRICKET
+HORSE RACE   # story level
OPERA_
"""

VERBS = """--- MEET [040] ---
MEET
- * (WITH) [040]
"""

ACTORS = """ALDERIA [ALD]
BORVIA [BOR]
"""

GSR = [
    {"id": "GSR-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "internal notes"},
    {"id": "GSR-AGREE-0001", "date": "2000-01-01", "event": "AGREE", "eventText": "agreed",
     "source": [{"actorText": "Alderian", "code": "ALD", "sector": "GOV"},
                {"actorText": "Borvian", "code": "BOR", "sector": "GOV"}],
     "target": "",
     "text": "Alderian and Borvian ministers agreed to share river data.",
     "textInfo": {"markup": "(SRC/TAR: Alderian) and (SRC/TAR: Borvian) ministers (EVT: agreed)"}},
    {"id": "GSR-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND", "eventText": "demanded",
     "source": [{"actorText": "Tokyo", "code": "JAP", "sector": "GOV"}],
     "target": [{"actorText": "Corlan", "code": "COR"}],
     "text": "Tokyo demanded an apology from Corlan.",
     "textInfo": "(SRC: Tokyo) (EVT: demanded) an apology from (TAR: Corlan)"},
    {"id": "GSR-PROTEST-0001", "date": "2000-01-01", "event": "PROTEST",
     "eventText": "marched", "source": [{"actorText": "students", "code": "BOR",
                                         "sector": "***"}],
     "text": "Borvian students marched.", "textInfo": {"markup": "(SRC: Borvian students)"}},
]


class FakeCoder:
    """Stands in for detente's Coder: returns fixed events per text, or raises on one."""

    def __init__(self, by_text: dict[str, Sequence[Event]], crash_on: str = "") -> None:
        self.by_text = by_text
        self.crash_on = crash_on

    def code_many(self, docs: Iterable[Document]) -> Iterator[Any]:
        for doc in docs:
            if self.crash_on and self.crash_on in doc.text:
                raise KeyError("boom")
            yield SimpleNamespace(events=tuple(self.by_text.get(doc.text, ())))


@pytest.fixture
def suite_xml(tmp_path: Path) -> Path:
    path = tmp_path / "suite" / "records.xml"
    path.parent.mkdir()
    path.write_text(SUITE_XML, encoding="utf-8")
    return path


# --- PETRARCH validation XML -----------------------------------------------------------------


def test_gold_formats_petrarch_reads_records_codings_and_options(suite_xml: Path) -> None:
    records = read_petrarch_xml(suite_xml)
    assert [r.id for r in records] == ["ONE-01", "ONE_02", "ONE-03", "ONE-04"]
    first, second, third, fourth = records
    assert first.text == "Alderia met Borvia on Monday."
    assert first.date == Date(2001, 2, 3)
    assert first.category == "DEMO"
    assert first.events == (GoldEvent("ALD", "BOR", "040"), GoldEvent("BOR", "ALD", "040"))
    assert first.require_dyad and first.new_actor_length == 0 and not first.expects_new_actors
    assert second.category == "AGENT"  # UniversalPetrarch writes the category as source=
    assert not second.require_dyad and second.new_actor_length == 4
    assert second.expects_new_actors
    assert second.events == (GoldEvent('"GRAIN BOARD"', "---", "010"),)
    assert third.noevents and third.events == () and third.require_dyad
    assert fourth.error == "sentencediscard" and fourth.events == ()
    assert dict(fourth.options)["stop_on_error"] == "True"


def test_gold_formats_petrarch_rejects_other_xml_and_names_bad_record(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<Sentences></Sentences>", encoding="utf-8")
    with pytest.raises(InputError, match="not <Validation>"):
        read_petrarch_xml(other)
    textless = tmp_path / "textless.xml"
    textless.write_text('<Validation><Sentences><Sentence id="X-9" date="20010101">'
                        '<EventCoding noevents="True"/></Sentence></Sentences></Validation>',
                        encoding="utf-8")
    with pytest.raises(InputError, match=r"X-9.*no <Text>"):
        read_petrarch_xml(textless)


def test_gold_formats_english_plural() -> None:
    assert english_plural("PARTY") == "PARTIES"
    assert english_plural("ENVOY") == "ENVOYS"
    assert english_plural("CONGRESS") == "CONGRESSES"
    assert english_plural("church") == "churches"
    assert english_plural("GUARD") == "GUARDS"


def test_gold_formats_agents_plurals_substitutions_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    entries = read_petrarch_agents(path)
    found = {e.phrase: e.code for e in entries}
    assert found == {
        "grain board": "AGR",
        "party": "PTY", "parties": "PTY",
        "goose herd": "FRM", "geese herd": "FRM",
        "ferryman": "TRN", "ferrymen": "TRN", "ferrywoman": "TRN",
        "relief agency": "NGO", "relief agencies": "NGO",
    }
    assert all(e.kind == "sector" and e.sector == e.code and e.country is None
               for e in entries)


@pytest.mark.parametrize("line, message", [
    ("BAD LINE WITHOUT CODE", "not an agent line"),
    ("ENVOY [GOV]", "bad agent code"),
    ("ENVOY [~GOV~]", "bad agent code"),
    ("!UNDEFINED!_ENVOY [~GOV]", "substitution set !UNDEFINED! is not defined"),
])
def test_gold_formats_agents_errors_name_file_and_line(tmp_path: Path, line: str,
                                                       message: str) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(f"PARTY [~PTY]\n{line}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=rf"agents\.txt:2: {re.escape(message)}"):
        read_petrarch_agents(path)


def test_gold_formats_discards_match_words_case_insensitively(tmp_path: Path) -> None:
    path = tmp_path / "discards.txt"
    path.write_text(DISCARDS, encoding="utf-8")
    discards = read_petrarch_discards(path)
    assert discards.match("The Cricket board met.") == "CRICKET"
    assert discards.match("Cricketers met.") == "CRICKET"  # no trailing _: a prefix will do
    assert discards.match("A horse  race was held.") == "HORSE RACE"
    assert discards.match("The opera opened.") == "OPERA"
    assert discards.match("The operas opened.") is None  # OPERA_ needs a word boundary
    assert discards.match("Supercricket is not a word.") is None  # starts at a word
    assert discards.match("Alderia met Borvia.") is None


def test_gold_formats_petrarch_events_drop_targetless_only_with_require_dyad() -> None:
    events = [make_event(source="ALD", target="BOR", cameo="040"),
              make_event(source="ALDGOV", target=None, cameo="010")]
    assert petrarch_events(events, require_dyad=True) == (GoldEvent("ALD", "BOR", "040"),)
    assert petrarch_events(events, require_dyad=False) == (
        GoldEvent("ALD", "BOR", "040"), GoldEvent("ALDGOV", "---", "010"))


def test_gold_formats_evaluate_petrarch_exact_sets_discards_and_crashes(suite_xml: Path) -> None:
    records = read_petrarch_xml(suite_xml)
    coder = FakeCoder({
        "Alderia met Borvia on Monday.": [make_event(source="ALD", target="BOR", cameo="040"),
                                          make_event(source="BOR", target="ALD", cameo="040")],
        "The cricket match was drawn.": [make_event(source="ALD", target="BOR", cameo="040")],
    }, crash_on="grain board")
    discards = read_petrarch_discards(_write(suite_xml.parent / "d.txt", DISCARDS))
    report = evaluate_petrarch(records, coder, discards, "tiny")
    assert report.overall.records == 4
    assert report.overall.exact == 3  # ONE_02 expects a quoted actor and got nothing
    assert [f.record.id for f in report.failures] == ["ONE_02"]
    notes = " ".join(report.notes)
    assert "1 record(s) had their events removed by a discard phrase" in notes
    assert "ONE_02 (KeyError" in notes  # the crash is reported, not swallowed
    assert "quoted noun-phrase" in notes and "ONE_02" in notes


def test_gold_formats_baseline_rows_beside_ours(suite_xml: Path, tmp_path: Path) -> None:
    tsv = _write(tmp_path / "base.tsv", "id\tcategory\tstatus\texpected\tactual\n"
                                        "A-1\tDEMO\tPASS\t\t\nA-2\tDEMO\tFAIL\t\t\n"
                                        "A-3\tSYNSET\tERROR\t\t\n")
    baseline = read_baseline_tsv(tsv)
    assert baseline == {"DEMO": (2, 1), "SYNSET": (1, 0)}
    records = read_petrarch_xml(suite_xml)
    report = evaluate_petrarch(records, FakeCoder({}), Discards(()), "tiny")
    rows = compare_with_baseline(report, baseline)
    assert rows[0].category == "ALL"
    assert (rows[0].records, rows[0].passed, rows[0].peer_records, rows[0].peer_passed) == (
        4, 2, 3, 1)
    by_name = {r.category: r for r in rows}
    assert by_name["SYNSET"].records == 0 and by_name["SYNSET"].peer_records == 1
    assert by_name["ERROR"].passed == 2 and by_name["ERROR"].peer_records == 0
    assert by_name["DEMO"].rate == 0.0 and by_name["DEMO"].peer_rate == 0.5


def test_gold_formats_baseline_rejects_a_bad_header(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"base\.tsv:1"):
        read_baseline_tsv(_write(tmp_path / "base.tsv", "name\tstatus\n"))


def test_gold_formats_find_suite_looks_beside_then_in_dictionaries(tmp_path: Path) -> None:
    text = tmp_path / "peer" / "text"
    dictionaries = tmp_path / "peer" / "dictionaries"
    upetr = tmp_path / "peer" / "from-UniversalPetrarch"
    for folder in (text, dictionaries, upetr):
        folder.mkdir(parents=True)
    gold = _write(text / "records.xml", SUITE_XML)
    for name in ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                 "PETR.Validate.discards.txt"):
        _write(dictionaries / name, "")
    _write(upetr / "PETR.Validate.verbs.2.0.txt", VERBS)
    _write(upetr / "PETR.Validate.actors.txt", ACTORS)
    suite = find_suite(gold)
    assert suite.actors == (dictionaries / "PETR.Validate.actors.txt").resolve()
    assert suite.verbs == (upetr / "PETR.Validate.verbs.2.0.txt").resolve()
    up_gold = _write(upetr / "records.xml", SUITE_XML)
    assert find_suite(up_gold).actors == (upetr / "PETR.Validate.actors.txt").resolve()
    (dictionaries / "PETR.Validate.agents.txt").unlink()
    with pytest.raises(InputError, match=r"PETR\.Validate\.agents\.txt"):
        find_suite(gold)


# --- PLOVER GSR ------------------------------------------------------------------------------


@pytest.fixture
def gsr(tmp_path: Path) -> Path:
    return _write(tmp_path / "PLOVER_GSR_tiny.txt", json.dumps(GSR, indent=1))


def test_gold_formats_plover_reads_records_actors_and_renames(gsr: Path) -> None:
    records = read_plover_gsr(gsr)
    assert [r.id for r in records] == ["GSR-AGREE-0001", "GSR-DEMAND-0001", "GSR-PROTEST-0001"]
    agree, demand, protest = records
    assert agree.reciprocal and agree.targets == () and len(agree.sources) == 2
    assert agree.plover_type == "AGREE"
    assert demand.event == "DEMAND" and demand.plover_type == "REQUEST"
    assert demand.sources[0].country == "JPN"  # the GSR's JAP is ISO's JPN
    assert not demand.reciprocal and demand.targets[0].code == "COR"
    assert protest.targets == () and protest.sources[0].primary_sector is None


def test_gold_formats_plover_rejects_a_record_without_actor_code(tmp_path: Path) -> None:
    bad = [{"id": "GSR-X-1", "event": "AGREE", "text": "Something.", "source": [{"a": 1}]}]
    with pytest.raises(InputError, match="record 1"):
        read_plover_gsr(_write(tmp_path / "bad.txt", json.dumps(bad)))


def test_gold_formats_plover_actor_comparison_lenient_and_strict() -> None:
    gold = (PloverActor("Tokyo", "JAP", "GOV"), PloverActor("the agency", "IGO", None))
    assert plover_actor_matches("JPNMIL", "MIL", gold, strict=False)
    assert not plover_actor_matches("JPNMIL", "MIL", gold, strict=True)
    assert plover_actor_matches("JPNGOV", "GOV", gold, strict=True)
    assert plover_actor_matches("IGOUNOWFP", None, gold, strict=True)
    assert not plover_actor_matches("KORGOV", "GOV", gold, strict=False)


def _plover_event(source: str, target: str | None, plover: str) -> Event:
    return make_event(source=source, target=target, cameo="036", plover=plover)


def test_gold_formats_plover_result_reciprocal_and_targetless(gsr: Path) -> None:
    agree, demand, protest = read_plover_gsr(gsr)
    both = PloverResult(agree, (_plover_event("ALDGOV", "BORGOV", "AGREE"),))
    assert both.type_ok and both.full_ok() and both.full_ok(strict=True)
    wrong_type = PloverResult(agree, (_plover_event("ALDGOV", "BORGOV", "SUPPORT"),))
    assert not wrong_type.type_ok and not wrong_type.full_ok()
    outsider = PloverResult(agree, (_plover_event("ALDGOV", "CORGOV", "AGREE"),))
    assert outsider.type_ok and not outsider.full_ok()
    asked = PloverResult(demand, (_plover_event("JPNGOV", "COR", "REQUEST"),))
    assert asked.full_ok()
    marched = PloverResult(protest, (_plover_event("BOREDU", None, "PROTEST"),))
    assert marched.full_ok() and not marched.full_ok(strict=True)
    aimed = PloverResult(protest, (_plover_event("BOREDU", "ALDGOV", "PROTEST"),))
    assert aimed.type_ok and not aimed.full_ok()  # the gold names no target


def test_gold_formats_evaluate_plover_metrics_and_table(gsr: Path) -> None:
    records = read_plover_gsr(gsr)
    coder = FakeCoder({
        records[0].text: [_plover_event("ALDGOV", "BORGOV", "AGREE")],
        records[1].text: [_plover_event("JPNGOV", "ALD", "REQUEST")],
    })
    report = evaluate_plover(records, coder, "tiny")
    metrics = report.metrics()
    assert metrics["type_accuracy"] == round(2 / 3, 4)
    assert metrics["type_source_target_accuracy"] == round(1 / 3, 4)
    assert metrics["no_event_rate"] == round(1 / 3, 4)
    assert report.by_type()["REQUEST"] == (1, 1, 0)
    assert ("PROTEST", "(no event)", 1) in report.confusions()
    data = report.as_dict()
    assert [f["id"] for f in data["failures"]] == ["GSR-DEMAND-0001", "GSR-PROTEST-0001"]
    assert data["failures"][0]["expected"]["gold_type"] == "DEMAND"


# --- picking the reader ----------------------------------------------------------------------


def test_gold_formats_detect_format_by_extension_and_content(tmp_path: Path, suite_xml: Path,
                                                             gsr: Path) -> None:
    assert detect_format(_write(tmp_path / "ours.jsonl", "")) == "jsonl"
    assert detect_format(_write(tmp_path / "ours.txt", '{"id": "g-1"}\n')) == "jsonl"
    assert detect_format(suite_xml) == "petrarch"
    assert detect_format(gsr) == "plover"
    with pytest.raises(InputError, match="<Validation>"):
        detect_format(_write(tmp_path / "other.xml", "<?xml version='1.0'?>\n<Records/>"))
    with pytest.raises(InputError, match="unknown gold format"):
        detect_format(_write(tmp_path / "notes.txt", "just some words"))


def test_gold_formats_evaluate_file_uses_given_coder_and_reports_json(gsr: Path) -> None:
    records = read_plover_gsr(gsr)
    coder = FakeCoder({records[0].text: [_plover_event("ALDGOV", "BORGOV", "AGREE")]})
    run = evaluate_file(gsr, coder=coder)
    assert run.fmt == "plover"
    assert run.metrics()["type_accuracy"] == round(1 / 3, 4)
    data = json.loads(json.dumps(run.as_dict()))
    assert data["format"] == "plover" and data["metrics"] == run.metrics()
    table = run.render(show_failures=5)
    assert "PLOVER type right" in table and "GSR-PROTEST-0001" in table
    with pytest.raises(InputError, match="unknown gold format 'csv'"):
        evaluate_file(gsr, fmt="csv", coder=coder)


def test_gold_formats_evaluate_file_petrarch_table_shows_baseline(tmp_path: Path) -> None:
    peer = tmp_path / "peer"
    gold = _write(peer / "from-UniversalPetrarch" / "records_udpipe.xml", SUITE_XML)
    _write(peer / "baseline-results" / "petrarch2_unittest_B_verbs2.0.tsv",
           "id\tcategory\tstatus\texpected\tactual\nONE-01\tDEMO\tPASS\t\t\n")
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("discards", DISCARDS),
                       ("verbs.2.0", VERBS)):
        _write(peer / "from-UniversalPetrarch" / f"PETR.Validate.{name}.txt", text)
    run = evaluate_file(gold, coder=FakeCoder({}))
    assert run.fmt == "petrarch"
    assert [(r.category, r.peer_passed) for r in run.baseline][:2] == [("ALL", 1), ("AGENT", 0)]
    text = run.render(show_failures=3)
    assert "beside PETRARCH2" in text and "ONE-01" in text  # ONE-01 expected events, got none
    assert run.as_dict()["baseline"][0]["peer_rate"] == 1.0


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_gold_formats_petrarch_suite_coder_codes_a_fictional_sentence(tmp_path: Path) -> None:
    """The suite's own actors, agents and verbs reach the real coder."""
    from detente.gold_formats import build_petrarch_coder

    folder = tmp_path / "suite"
    gold = _write(folder / "records.xml", SUITE_XML)
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("discards", DISCARDS),
                       ("verbs.2.0", VERBS)):
        _write(folder / f"PETR.Validate.{name}.txt", text)
    coder = build_petrarch_coder(find_suite(gold))
    assert coder.kb.resolve("party", None) is not None
    events = coder.code("Alderia met Borvia on Monday.", date=Date(2001, 2, 3))
    assert {(e.source.code, e.target.code if e.target else None) for e in events} >= {
        ("ALD", "BOR")}
    assert all(e.cameo == "040" for e in events)
