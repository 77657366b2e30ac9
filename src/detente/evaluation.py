"""Scores the coder against gold sentences: precision, recall, F1 and exact-record pass rate.

An event is compared as (source, target, code, factuality), at three levels of the code: the full
CAMEO code, its root, and its quad class. A fourth level, "dyad", compares the root with each
actor cut to its country (or international body): "TURMIL -> SYRREB 190" and "TUR -> SYR 19"
agree there, as they do in a country dyad's series (analysis.py). Per-record "exact" means the
set of full-code events is the expected set. Scores come overall and by category, with every
failure listed. Event dates are scored apart: of the gold events that give a date and that the
coder found (at the root), the share it dated the same, to the gold's precision.

A gold record may keep its sentence out of the repository: instead of "text" it gives a "ref" to
a story in a JSONL corpus (one story per line with "id" and "text"; the real-news gold refers to
the VOA stories under ../shared) by character offsets and a SHA-1 of the sentence. Such stories
are coded whole, as real news is, and a record is scored on the events whose trigger lies in its
sentence.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from detente import cameo
from detente.errors import InputError
from detente.model import Event

LEVELS = ("code", "root", "quad", "dyad")
IGO_PREFIX = 6  # "IGOUNO" of "IGOUNOJUDICJ": an international body's actor code, cut to the body


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str | None
    cameo: str
    factuality: str = "asserted"
    # the event's date (ISO) and its precision, where known; not part of what is compared
    date: str | None = field(default=None, compare=False)
    date_precision: str | None = field(default=None, compare=False)

    def key(self, level: str) -> tuple[str, str | None, str, str]:
        if level == "dyad":
            return (_country(self.source) or "", _country(self.target), self.cameo[:2],
                    self.factuality)
        return (self.source, self.target, _level(self.cameo, level), self.factuality)


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a gold sentence sits in a story that is coded whole (a record with a "ref")."""

    doc_id: str
    story: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: Date | None
    category: str
    events: tuple[GoldEvent, ...]
    passage: Passage | None = None


class TextsMissing(InputError):
    """A gold file refers to a corpus of stories that is not on this machine."""


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Scores:
    records: int = 0
    exact: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    dates_checked: int = 0  # gold events with a date that the coder found (root level)
    dates_right: int = 0  # ... that it dated the same, to the gold's precision

    @property
    def exact_rate(self) -> float:
        return self.exact / self.records if self.records else 0.0

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_right / self.dates_checked if self.dates_checked else None

    def as_dict(self) -> dict[str, Any]:
        accuracy = self.date_accuracy
        return {"records": self.records, "exact": self.exact,
                "exact_rate": round(self.exact_rate, 4),
                **{lv: c.as_dict() for lv, c in self.counts.items()},
                "dates": {"checked": self.dates_checked, "right": self.dates_right,
                          "accuracy": None if accuracy is None else round(accuracy, 4)}}


@dataclass(frozen=True, slots=True)
class RecordResult:
    record: GoldRecord
    predicted: tuple[GoldEvent, ...]

    @property
    def exact(self) -> bool:
        return _keys(self.predicted, "code") == _keys(self.record.events, "code")


@dataclass(slots=True)
class Report:
    gold: str
    overall: Scores
    by_category: dict[str, Scores]
    failures: list[RecordResult]
    notes: list[str] = field(default_factory=list)  # how the gold was read and compared

    def metrics(self) -> dict[str, float]:
        """The headline figures, flat (what bench/accuracy_floors.json pins)."""
        out: dict[str, float] = {"exact_rate": round(self.overall.exact_rate, 4)}
        for lv, c in self.overall.counts.items():
            out[f"{lv}_precision"] = round(c.precision, 4)
            out[f"{lv}_recall"] = round(c.recall, 4)
            out[f"{lv}_f1"] = round(c.f1, 4)
        if self.overall.date_accuracy is not None:
            out["date_accuracy"] = round(self.overall.date_accuracy, 4)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "notes": list(self.notes),
            "overall": self.overall.as_dict(),
            "by_category": {k: v.as_dict() for k, v in sorted(self.by_category.items())},
            "failures": [
                {"id": f.record.id, "category": f.record.category, "text": f.record.text,
                 "expected": [_show(e) for e in f.record.events],
                 "got": [_show(e) for e in f.predicted]}
                for f in self.failures
            ],
        }


def _level(code: str, level: str) -> str:
    if level == "code":
        return code
    if level == "root":
        return code[:2]
    for known in (code, code[:2]):  # a user code ("174L") takes its CAMEO root's quad class
        if cameo.is_code(known):
            return str(cameo.lookup(known).quad_class)
    return "?"


def _country(code: str | None) -> str | None:
    """An actor code cut to its country ("TURMIL" -> "TUR") or international body ("IGOUNO")."""
    if code is None:
        return None
    return code[:IGO_PREFIX] if code.startswith("IGO") else code[:3]


def _keys(events: Iterable[GoldEvent], level: str) -> set[tuple[str, str | None, str, str]]:
    return {e.key(level) for e in events}


def _show(e: GoldEvent) -> str:
    flag = "" if e.factuality == "asserted" else f" ({e.factuality})"
    return f"{e.source}->{e.target or '-'} {e.cameo}{flag}"


def load_gold_jsonl(path: Path, texts: Path | None = None) -> list[GoldRecord]:
    """Read a JSONL gold file of our own format (see tests/golden/README.md).

    A record with a "ref" takes its sentence from the corpus the ref names (a path relative to
    the gold file), or from `texts` when given; TextsMissing when that corpus is absent.
    """
    records: list[GoldRecord] = []
    corpora: dict[Path, dict[str, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
                events = tuple(
                    GoldEvent(e["source"], e.get("target"), e["cameo"],
                              e.get("factuality", "asserted"), e.get("date"),
                              e.get("date_precision"))
                    for e in obj["events"]
                )
                day = Date.fromisoformat(obj["date"]) if obj.get("date") else None
                passage = None
                if "ref" in obj:
                    corpus = texts or path.parent / obj["ref"]["corpus"]
                    if corpus not in corpora:
                        corpora[corpus] = _read_stories(corpus, where)
                    passage = _passage(obj["ref"], corpora[corpus], corpus, where)
                text = passage.story[passage.start:passage.end] if passage else obj["text"]
                records.append(GoldRecord(str(obj["id"]), text, day,
                                          obj.get("category", "all"), events, passage))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(where, f"not a gold record: {exc!r}") from None
    return records


def _read_stories(corpus: Path, where: str) -> dict[str, str]:
    """id -> text of each story in a JSONL corpus."""
    if not corpus.is_file():
        raise TextsMissing(where, f"the sentence is in {corpus}, which is absent "
                                  "(pass the corpus with --texts)")
    stories: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                story = json.loads(line)
                stories[str(story["id"])] = story["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{corpus}:{lineno}", f"not a story: {exc!r}") from None
    return stories


def _passage(ref: dict[str, Any], stories: dict[str, str], corpus: Path, where: str) -> Passage:
    doc_id, start, end = str(ref["doc"]), int(ref["start"]), int(ref["end"])
    if doc_id not in stories:
        raise InputError(where, f"story {doc_id!r} is not in {corpus}")
    story = stories[doc_id]
    digest = hashlib.sha1(story[start:end].encode("utf-8")).hexdigest()
    if digest != ref["sha1"]:
        raise InputError(where, f"story {doc_id!r} in {corpus} has other text at {start}:{end} "
                                "than the gold was made on (its SHA-1 differs)")
    return Passage(doc_id, story, start, end)


def predicted_events(events: Sequence[Event]) -> tuple[GoldEvent, ...]:
    return tuple(
        GoldEvent(e.source.code, e.target.code if e.target else None, e.cameo, e.factuality,
                  e.date, e.date_precision)
        for e in events
    )


# How many characters of an ISO date a precision compares ("2002" for a year).
_DATE_CHARS = {"year": 4, "month": 7, "day": 10}


def _dates(result: RecordResult) -> tuple[int, int]:
    """(checked, right): gold events with a date that a predicted event matches at the root,
    and those of them whose first such match has the same date to the gold's precision."""
    checked = right = 0
    for want in result.record.events:
        if not want.date:
            continue
        got = next((e for e in result.predicted if e.key("root") == want.key("root")), None)
        if got is None:
            continue
        n = _DATE_CHARS.get(want.date_precision or "day", 10)
        checked += 1
        right += got.date is not None and got.date[:n] == want.date[:n]
    return checked, right


def score(results: Sequence[RecordResult], gold: str) -> Report:
    overall = Scores()
    by_category: dict[str, Scores] = defaultdict(Scores)
    failures: list[RecordResult] = []
    for result in results:
        for scores in (overall, by_category[result.record.category]):
            scores.records += 1
            scores.exact += result.exact
            for lv in LEVELS:
                want = _keys(result.record.events, lv)
                got = _keys(result.predicted, lv)
                scores.counts[lv].tp += len(want & got)
                scores.counts[lv].fp += len(got - want)
                scores.counts[lv].fn += len(want - got)
            checked, right = _dates(result)
            scores.dates_checked += checked
            scores.dates_right += right
        if not result.exact:
            failures.append(result)
    return Report(gold, overall, dict(by_category), failures)


@dataclass(frozen=True, slots=True)
class Coded:
    """What the coder made of one gold text: its events, or the error that stopped it."""

    events: tuple[Event, ...]
    error: str | None = None


def code_documents(coder: Any, docs: Sequence[Any]) -> list[Coded]:
    """Code `docs` (detente Documents) with `coder`, in order, surviving a crash on one.

    The batch goes through `coder.code_many`; if the coder raises on some text, every text is
    coded again on its own, and the ones that raise come back with the error (and no events),
    so one bad sentence costs one record, not the whole evaluation.
    """
    try:
        return [_coded(c) for c in coder.code_many(docs)]
    except Exception:  # noqa: BLE001 - a coder bug must not end the evaluation; retried below
        pass
    out: list[Coded] = []
    for doc in docs:
        try:
            out.extend(_coded(c) for c in coder.code_many([doc]))
        except Exception as exc:  # noqa: BLE001 - reported with the record, see Coded.error
            out.append(Coded((), f"{type(exc).__name__}: {exc}"))
    return out


def _coded(result: Any) -> Coded:
    events = getattr(result, "events", None)
    if events is None:  # a detente Failure
        return Coded((), str(getattr(result, "reason", result)))
    return Coded(tuple(events))


def crash_note(ids: Sequence[str], outcomes: Sequence[Coded]) -> list[str]:
    """A note listing the records the coder could not code (empty when none)."""
    crashed = [f"{i} ({c.error})" for i, c in zip(ids, outcomes, strict=True) if c.error]
    if not crashed:
        return []
    return [f"{len(crashed)} record(s) could not be coded and count as no events: "
            + "; ".join(crashed)]


def evaluate(records: Sequence[GoldRecord], coder: Any, gold: str = "") -> Report:
    """Code every gold record's text with `coder` (a detente Coder) and score it.

    Records with a passage are scored on the events of their story (coded once, whole) whose
    trigger lies in their sentence.
    """
    from detente.model import Document

    # What is coded: each plain record's text, and each story (once) that passages point into.
    keys = [("story", r.passage.doc_id) if r.passage else ("record", str(i))
            for i, r in enumerate(records)]
    docs: dict[tuple[str, str], Document] = {}
    for k, r in zip(keys, records, strict=True):
        if k not in docs:
            text, doc_id = (r.passage.story, k[1]) if r.passage else (r.text, r.id)
            docs[k] = Document.from_text(text, doc_id=doc_id, published=r.date)
    outcomes = dict(zip(docs, code_documents(coder, list(docs.values())), strict=True))
    coded = [outcomes[k] for k in keys]
    results = [RecordResult(record, predicted_events(_in_passage(record, c.events)))
               for record, c in zip(records, coded, strict=True)]
    report = score(results, gold)
    report.notes.extend(crash_note([r.id for r in records], coded))
    return report


def _in_passage(record: GoldRecord, events: Sequence[Event]) -> tuple[Event, ...]:
    if record.passage is None:
        return tuple(events)
    p = record.passage
    return tuple(e for e in events if p.start <= e.trigger.start < p.end)


def render_table(report: Report, *, show_failures: int = 20) -> str:
    """The report for people: overall and per-category scores, then the first failures."""
    return render_scores(report) + render_failures(report, show_failures)


def render_scores(report: Report) -> str:
    """Overall and per-category scores, then the notes on how the gold was compared."""
    lines = [f"gold: {report.gold}", ""]
    head = (f"{'category':<14} {'records':>7} {'exact':>6} "
            f"{'P(code)':>7} {'R(code)':>7} {'F1(code)':>8} {'P(root)':>7} {'R(root)':>7} "
            f"{'F1(root)':>8} {'F1(quad)':>8} {'F1(dyad)':>8}")
    lines.append(head)
    lines.append("-" * len(head))
    rows = [("ALL", report.overall), *sorted(report.by_category.items())]
    for name, s in rows:
        c, r, q, d = (s.counts[lv] for lv in LEVELS)
        lines.append(
            f"{name:<14} {s.records:>7} {s.exact_rate:>6.1%} {c.precision:>7.3f} {c.recall:>7.3f} "
            f"{c.f1:>8.3f} {r.precision:>7.3f} {r.recall:>7.3f} {r.f1:>8.3f} {q.f1:>8.3f} "
            f"{d.f1:>8.3f}"
        )
    dated = report.overall
    if dated.date_accuracy is not None:
        lines += ["", f"event dates: {dated.dates_right}/{dated.dates_checked} "
                      f"({dated.date_accuracy:.1%}) of the dated gold events found are dated "
                      "the same, to the gold's precision"]
    if report.notes:
        lines += ["", "notes:", *(f"  - {n}" for n in report.notes)]
    return "\n".join(lines) + "\n"


def render_failures(report: Report, show_failures: int = 20) -> str:
    """The first `show_failures` failing records, expected beside got ("" when none)."""
    if not report.failures or not show_failures:
        return ""
    lines = ["", f"failures ({len(report.failures)}; first {show_failures}):"]
    for f in report.failures[:show_failures]:
        lines.append(f"  {f.record.id} [{f.record.category}] {f.record.text[:100]}")
        lines.append(f"      expected: {', '.join(_show(e) for e in f.record.events) or '-'}")
        lines.append(f"      got:      {', '.join(_show(e) for e in f.predicted) or '-'}")
    return "\n".join(lines) + "\n"
