"""The field's gold sets, read and scored: PETRARCH's validation suite and the PLOVER GSR.

`detente eval GOLD` reads three kinds of gold (`detect_format` tells them apart):

* ``jsonl``: our own sentences (detente.evaluation.load_gold_jsonl).
* ``petrarch``: the PETRARCH/TABARI validation XML (root ``<Validation>``, 284 ``<Sentence>``
  records with expected ``<EventCoding>``s, ``<Config>`` options between records). It is coded
  with the suite's own dictionaries (`PetrarchSuite`): its fictional actors plus the sector
  words of its agents file, its verb dictionary in the PETRARCH-2 format and its discards. A
  record passes when the set of (source, target, eventcode) equals the expected set, compared
  as strings, exactly as the published PETRARCH2 baseline was scored. Factuality is not
  compared (PETRARCH has none). A missing target is written ``---``, PETRARCH's null actor.
* ``plover``: the PLOVER gold standard records (a JSON list; each record has text, a PLOVER
  event type, source and target actors as ISO-3166 country codes plus a sector). Scored per
  record: does some event of ours have the gold PLOVER type, and does one have the type with
  the right source and target (see `plover_actor_matches` for how actors are compared).

`evaluate_file(path)` runs the right one and returns a `GoldRun` (metrics, JSON, table).
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from detente.actors import ActorEntry, ActorKB, load_petrarch_actors
from detente.actors.kb import phrase_key
from detente.errors import DictionaryError, InputError
from detente.evaluation import (
    GoldEvent,
    GoldRecord,
    RecordResult,
    Report,
    code_documents,
    crash_note,
    evaluate,
    load_gold_jsonl,
    render_failures,
    render_scores,
    render_table,
    score,
)
from detente.model import Document, Event

FORMATS = ("jsonl", "petrarch", "plover")
NULL_ACTOR = "---"  # PETRARCH's code for an actor it could not identify, or none

# ---------------------------------------------------------------------------------------------
# PETRARCH validation XML
# ---------------------------------------------------------------------------------------------

# PETRARCH's defaults for the options the suite switches with <Config>.
PETRARCH_DEFAULTS: Mapping[str, str] = {"require_dyad": "True", "new_actor_length": "0"}


@dataclass(frozen=True, slots=True)
class PetrarchRecord:
    """One <Sentence> of the validation suite, with the options in force when it is read."""

    id: str
    date: Date | None
    category: str
    text: str
    events: tuple[GoldEvent, ...]
    noevents: bool = False
    error: str | None = None  # "dateline", "bad_input_parse", "storydiscard", ...
    options: tuple[tuple[str, str], ...] = ()

    def option(self, name: str) -> str | None:
        return dict(self.options).get(name, PETRARCH_DEFAULTS.get(name))

    @property
    def require_dyad(self) -> bool:
        return (self.option("require_dyad") or "true").strip().lower() == "true"

    @property
    def new_actor_length(self) -> int:
        value = self.option("new_actor_length") or "0"
        return int(value) if value.strip().isdigit() else 0

    @property
    def expects_new_actors(self) -> bool:
        """True when an expected code is a quoted noun phrase ('"INJURY TOLL"')."""
        return any(_quoted(e.source) or _quoted(e.target or "") for e in self.events)

    def gold(self) -> GoldRecord:
        return GoldRecord(self.id, self.text, self.date, self.category, self.events)


def _quoted(code: str) -> bool:
    return len(code) > 1 and code.startswith('"') and code.endswith('"')


def read_petrarch_xml(path: Path) -> list[PetrarchRecord]:
    """Read a PETRARCH validation file (PETRARCH2's or UniversalPetrarch's edition).

    Categories come from ``category`` or, in UniversalPetrarch's file, ``source``. Expected
    events are ``<EventCoding sourcecode= targetcode= eventcode=>``; ``noevents="True"`` and
    ``error="..."`` records expect no event. ``<Config option= value=>`` between records sets
    an option for the records that follow (recorded on each record as `options`).
    """
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(str(path), f"not a readable PETRARCH validation file: {exc}") from None
    if root.tag != "Validation":
        raise InputError(str(path), f"root element is <{root.tag}>, not <Validation>")
    options: dict[str, str] = {}
    env = root.find("Environment")
    if env is not None:
        for cfg in env.iter("Config"):
            options[cfg.get("option", "")] = cfg.get("value", "")
    sentences = root.find("Sentences")
    if sentences is None:
        raise InputError(str(path), "no <Sentences> element")
    records: list[PetrarchRecord] = []
    for number, element in enumerate(sentences, 1):
        if element.tag == "Config":
            name = element.get("option")
            if not name:
                raise InputError(f"{path}: element {number}", "<Config> without option=")
            options[name] = element.get("value", "")
        elif element.tag == "Sentence":
            records.append(_petrarch_record(element, path, number, options))
    return records


def _petrarch_record(element: ET.Element, path: Path, number: int,
                     options: Mapping[str, str]) -> PetrarchRecord:
    rid = element.get("id") or f"#{number}"
    where = f"{path}: record {rid}"
    text_el = element.find("Text")
    text = " ".join((text_el.text or "").split()) if text_el is not None else ""
    if not text:
        raise InputError(where, "record has no <Text>")
    raw_date = element.get("date", "")
    try:
        day = Date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8])) if raw_date else None
    except ValueError:
        raise InputError(where, f"bad date {raw_date!r} (want YYYYMMDD)") from None
    events: list[GoldEvent] = []
    noevents, error = False, None
    for coding in element.iter("EventCoding"):
        if coding.get("noevents", "").strip().lower() == "true":
            noevents = True
        elif coding.get("error"):
            error = coding.get("error")
        else:
            try:
                source, target, code = (coding.attrib[k].strip()
                                        for k in ("sourcecode", "targetcode", "eventcode"))
            except KeyError as exc:
                raise InputError(where, f"<EventCoding> lacks {exc.args[0]}: "
                                        f"{coding.attrib!r}") from None
            events.append(GoldEvent(source, target or NULL_ACTOR, code))
    if events and (noevents or error):
        raise InputError(where, "record expects events and also none (noevents/error)")
    category = element.get("category") or element.get("source") or "?"
    return PetrarchRecord(rid, day, category, text, tuple(events), noevents, error,
                          tuple(sorted(options.items())))


# --- agents (sector words) -------------------------------------------------------------------

_SUBST_RE = re.compile(r"^!(?P<name>[A-Za-z0-9_]+)!\s*=\s*(?P<members>.+)$")
_AGENT_RE = re.compile(
    r"^(?P<phrase>[^\[\]{}]+?)\s*(?:\{(?P<plural>[^{}]*)\})?\s*\[(?P<code>[^\[\]]*)\]\s*$"
)
_AGENT_CODE_RE = re.compile(r"^(?P<pre>~?)(?P<code>[A-Za-z]{3,})(?P<post>~?)$")
_SUBST_USE_RE = re.compile(r"!([A-Za-z0-9_]+)!")


def english_plural(word: str) -> str:
    """A regular English plural of an upper- or lowercase noun ("PARTY" -> "PARTIES")."""
    lower = word.lower()
    if len(lower) > 1 and lower.endswith("y") and lower[-2] not in "aeiou":
        return word[:-1] + ("IES" if word.isupper() else "ies")
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + ("ES" if word.isupper() else "es")
    return word + ("S" if word.isupper() else "s")


def read_petrarch_agents(path: Path) -> list[ActorEntry]:
    """Read a PETRARCH agents dictionary into sector entries of the actor knowledge base.

    Lines are ``NOUN_PHRASE {plural} [~CODE]``: ``~CODE`` is appended to the actor's code
    (``~GOV``: Gondor's government is GONGOV). ``CODE~`` would go before it (``NGO~``); the
    coder only appends, so such entries are kept as plain sector words. Without ``{...}`` a
    regular plural of the last word is added; ``{}`` means none; ``{A B}`` lists irregular
    ones. ``!NAME! = A, B`` defines a substitution set used inside phrases
    (``CONGRESS!PERSON!``); phrases with one get no extra plural. ``#`` starts a comment,
    ``<!-- -->`` lines are skipped. ``_`` and blanks both join words.
    """
    try:
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read agents dictionary: {exc}") from exc
    substitutions: dict[str, list[str]] = {}
    entries: list[ActorEntry] = []
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        subst = _SUBST_RE.match(line)
        if subst:
            members = [m.strip() for m in subst.group("members").split(",") if m.strip()]
            if not members:
                raise DictionaryError(f"{where}: empty substitution set in {raw.strip()!r}")
            substitutions[subst.group("name").upper()] = members
            continue
        match = _AGENT_RE.match(line)
        if not match:
            raise DictionaryError(f"{where}: not an agent line (NOUN {{plural}} [~CODE]): "
                                  f"{raw.strip()!r}")
        code_match = _AGENT_CODE_RE.match("".join(match.group("code").split()))
        if not code_match or bool(code_match.group("pre")) == bool(code_match.group("post")):
            raise DictionaryError(f"{where}: bad agent code [{match.group('code')}] "
                                  f"(want [~ABC] or [ABC~])")
        code = code_match.group("code").upper()
        for form in _agent_forms(match.group("phrase"), match.group("plural"), substitutions,
                                 where):
            key = phrase_key(form)
            if key:
                entries.append(ActorEntry(key, "sector", code, None, code, None, None, None,
                                          None))
    return entries


def _agent_forms(phrase: str, plural: str | None, substitutions: Mapping[str, list[str]],
                 where: str) -> list[str]:
    phrase = phrase.strip()
    used = _SUBST_USE_RE.findall(phrase)
    if used:
        forms = [phrase]
        for name in used:
            members = substitutions.get(name.upper())
            if members is None:
                raise DictionaryError(f"{where}: substitution set !{name}! is not defined above")
            forms = [f.replace(f"!{name}!", m, 1) for f in forms for m in members]
        return forms
    if plural is None:
        words = phrase.replace("_", " ").split()
        return [phrase, " ".join([*words[:-1], english_plural(words[-1])])]
    return [phrase, *plural.split()]


# --- discards --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Discards:
    """Phrases that make PETRARCH discard a sentence (or, with ``+``, its whole story)."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    def match(self, text: str) -> str | None:
        """The first discard phrase found in `text` (case-insensitive), or None."""
        for phrase, pattern in self.patterns:
            if pattern.search(text):
                return phrase
        return None


def read_petrarch_discards(path: Path) -> Discards:
    """Read a PETRARCH discards file: one phrase a line, ``+`` for story-level (here, with one
    sentence per record, the same), a trailing ``_`` for a word boundary at the end; a phrase
    always starts at a word boundary. ``#`` starts a comment."""
    try:
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read discards file: {exc}") from exc
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<"):
            continue
        phrase = line.lstrip("+").strip()
        whole_word = phrase.endswith("_")
        words = phrase.rstrip("_").replace("_", " ").split()
        if not words:
            raise DictionaryError(f"{path}:{number}: empty discard phrase {raw.strip()!r}")
        body = r"\s+".join(re.escape(w) for w in words)
        end = r"(?!\w)" if whole_word else ""
        patterns.append((" ".join(words), re.compile(rf"(?<!\w){body}{end}", re.IGNORECASE)))
    return Discards(tuple(patterns))


# --- the suite's dictionaries and the coder built from them ----------------------------------


@dataclass(frozen=True, slots=True)
class PetrarchSuite:
    """The dictionaries a validation file is meant to be coded with."""

    actors: Path
    agents: Path
    verbs: Path
    discards: Path


SUITE_FILES = {
    "actors": "PETR.Validate.actors.txt",
    "agents": "PETR.Validate.agents.txt",
    "verbs": "PETR.Validate.verbs.2.0.txt",
    "discards": "PETR.Validate.discards.txt",
}


def find_suite(gold: Path) -> PetrarchSuite:
    """The validation dictionaries for `gold`, laid out as in PETRARCH2's data folder.

    Each file is looked for beside the gold file, then in ``../dictionaries`` and then in
    ``../from-UniversalPetrarch`` (UniversalPetrarch's edition of the suite sits beside its own
    actors file; the verbs exist only in the PETRARCH-2 format it provides).
    """
    base = gold.resolve().parent
    folders = [base, base.parent / "dictionaries", base.parent / "from-UniversalPetrarch"]
    found: dict[str, Path] = {}
    for role, name in SUITE_FILES.items():
        candidates = [folder / name for folder in folders]
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise InputError(str(gold), f"cannot find the suite's {name} in "
                                        f"{', '.join(str(f) for f in folders)}")
        found[role] = path
    return PetrarchSuite(**found)


def petrarch_kb(suite: PetrarchSuite) -> ActorKB:
    return ActorKB([*load_petrarch_actors(suite.actors), *read_petrarch_agents(suite.agents)])


def build_petrarch_coder(suite: PetrarchSuite, model: str | None = None, *,
                         future_intent: bool = False, petrarch_readings: bool = True) -> Any:
    """A detente Coder with the suite's actors+agents and verbs (our noun lexicon stays), in
    PETRARCH's reading of the future: "X will do Y" is the event, not X's intent to do it
    (`future_intent=True` gives our own reading, as Coder does by default); and its reading
    of verb forms, phrases, two-way codes and statements (surface_forms, phrase_targets,
    colon_codes, statements; `petrarch_readings=False` keeps ours)."""
    from detente.coding.petrarch_verbs import load_petrarch_verbs
    from detente.nlp import DEFAULT_MODEL
    from detente.pipeline import Coder

    return Coder(model or DEFAULT_MODEL, kb=petrarch_kb(suite),
                 verbs=load_petrarch_verbs(suite.verbs), future_intent=future_intent,
                 surface_forms=petrarch_readings, phrase_targets=petrarch_readings,
                 colon_codes=petrarch_readings, statements=petrarch_readings)


def petrarch_events(events: Iterable[Event], *, require_dyad: bool) -> tuple[GoldEvent, ...]:
    """Our events as PETRARCH writes them: codes as strings, no target -> ``---``."""
    out = []
    for e in events:
        if e.target is None and require_dyad:
            continue
        out.append(GoldEvent(e.source.code, e.target.code if e.target else NULL_ACTOR, e.cameo))
    return tuple(out)


def evaluate_petrarch(records: Sequence[PetrarchRecord], coder: Any, discards: Discards,
                      gold: str = "") -> Report:
    """Code each record with `coder`, apply discards and require_dyad, and score exact sets."""
    docs = [Document.from_text(r.text, doc_id=f"{n}:{r.id}", published=r.date)
            for n, r in enumerate(records)]
    outcomes = code_documents(coder, docs)
    results: list[RecordResult] = []
    discarded = 0
    for record, coded in zip(records, outcomes, strict=True):
        events = coded.events
        if events and discards.match(record.text) is not None:
            events, discarded = (), discarded + 1
        results.append(RecordResult(record.gold(),
                                    petrarch_events(events, require_dyad=record.require_dyad)))
    report = score(results, gold)
    new_actor = [r.id for r in records if r.expects_new_actors]
    report.notes.extend([
        f"{sum(r.noevents for r in records)} record(s) expect no event (noevents), "
        f"{sum(r.error is not None for r in records)} expect none for an error "
        f"(dateline, bad parse, discard)",
        f"{len(new_actor)} record(s) expect quoted noun-phrase actor codes, which PETRARCH "
        f"makes only with new_actor_length > 0; scored anyway: {', '.join(new_actor) or '-'}",
        f"{discarded} record(s) had their events removed by a discard phrase",
        "pass = the set of (source, target, eventcode) equals the expected set; factuality "
        "is not compared; a missing target is '---'",
        *crash_note([r.id for r in records], outcomes),
    ])
    return report


# --- PETRARCH2's published baseline ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BaselineRow:
    """Exact-pass counts of one category: ours beside the peer's."""

    category: str
    records: int
    passed: int
    peer_records: int
    peer_passed: int

    @property
    def rate(self) -> float:
        return self.passed / self.records if self.records else 0.0

    @property
    def peer_rate(self) -> float:
        return self.peer_passed / self.peer_records if self.peer_records else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"category": self.category, "records": self.records, "passed": self.passed,
                "rate": round(self.rate, 4), "peer_records": self.peer_records,
                "peer_passed": self.peer_passed, "peer_rate": round(self.peer_rate, 4)}


def read_baseline_tsv(path: Path) -> dict[str, tuple[int, int]]:
    """Per-category (records, passed) of a baseline TSV (id, category, status, ...)."""
    counts: dict[str, tuple[int, int]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read baseline: {exc}") from None
    if not lines or lines[0].split("\t")[:3] != ["id", "category", "status"]:
        raise InputError(f"{path}:1", "header is not 'id, category, status, ...'")
    for number, line in enumerate(lines[1:], 2):
        fields = line.split("\t")
        if len(fields) < 3:
            raise InputError(f"{path}:{number}", f"fewer than 3 columns: {line!r}")
        records, passed = counts.get(fields[1], (0, 0))
        counts[fields[1]] = (records + 1, passed + (fields[2] == "PASS"))
    return counts


def compare_with_baseline(report: Report, baseline: Mapping[str, tuple[int, int]]) -> list[
        BaselineRow]:
    """Rows of exact-pass counts per category, ours beside the peer's; the first row is ALL."""
    categories = sorted(set(report.by_category) | set(baseline))
    rows = []
    for name in categories:
        ours = report.by_category.get(name)
        peer = baseline.get(name, (0, 0))
        rows.append(BaselineRow(name, ours.records if ours else 0, ours.exact if ours else 0,
                                *peer))
    total = BaselineRow("ALL", report.overall.records, report.overall.exact,
                        sum(r.peer_records for r in rows), sum(r.peer_passed for r in rows))
    return [total, *rows]


def render_baseline(rows: Sequence[BaselineRow], peer: str = "PETRARCH2") -> str:
    head = f"{'category':<12} {'detente':>15} {peer:>15}"
    lines = [f"exact-pass rate beside {peer}:", head, "-" * len(head)]
    for r in rows:
        ours = f"{r.passed}/{r.records} {r.rate:6.1%}" if r.records else "-"
        theirs = f"{r.peer_passed}/{r.peer_records} {r.peer_rate:6.1%}" if r.peer_records else "-"
        lines.append(f"{r.category:<12} {ours:>15} {theirs:>15}")
    return "\n".join(lines) + "\n"


def find_baseline(gold: Path) -> Path | None:
    """PETRARCH2's published result for this edition of the suite, if it lies nearby."""
    folder = gold.resolve().parent.parent / "baseline-results"
    name = ("petrarch2_unittest_B_verbs2.0.tsv" if "udpipe" in gold.name
            else "petrarch2_unittest_A_P1verbs.tsv")
    path = folder / name
    return path if path.is_file() else None


# ---------------------------------------------------------------------------------------------
# PLOVER gold standard records
# ---------------------------------------------------------------------------------------------

# The GSR (2016, PLOVER 0.5b1) names four types that PLOVER 2021, which our codebook follows,
# renamed or merged (PLOVER manual, "CAMEO to PLOVER translation"). Gold types are mapped
# onto the current names before comparing.
PLOVER_RENAMES: Mapping[str, str] = {
    "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "DEMAND": "REQUEST", "FIGHT": "ASSAULT",
}
# Country codes the GSR writes otherwise than ISO 3166 alpha-3 (which our knowledge base uses).
COUNTRY_ALIASES: Mapping[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
UNKNOWN_SECTOR = "***"
PLOVER_NOTES = (
    "gold types DISAPPROVE and INVESTIGATE are read as ACCUSE, DEMAND as REQUEST, FIGHT as "
    "ASSAULT (PLOVER 2021 names, which our codebook uses)",
    "type right = some event of ours has the gold type; type+source+target = one such event "
    "whose source country (IGO/NGO for organisations) is a gold source's and whose target's is "
    "a gold target's (for SRC/TAR records, another gold source's; with no gold target, none)",
    "+sector additionally compares the first sector block (gold '***' = none)",
)


@dataclass(frozen=True, slots=True)
class PloverActor:
    text: str
    code: str  # ISO 3166 alpha-3, or IGO / NGO
    sector: str | None

    @property
    def country(self) -> str:
        return COUNTRY_ALIASES.get(self.code.upper(), self.code.upper())

    @property
    def primary_sector(self) -> str | None:
        if not self.sector or self.sector == UNKNOWN_SECTOR:
            return None
        return self.sector[:3].upper()


@dataclass(frozen=True, slots=True)
class PloverRecord:
    id: str
    text: str
    date: Date | None
    event: str  # as the GSR writes it
    sources: tuple[PloverActor, ...]
    targets: tuple[PloverActor, ...]
    reciprocal: bool  # markup "SRC/TAR": the sources act on each other

    @property
    def plover_type(self) -> str:
        return PLOVER_RENAMES.get(self.event, self.event)


def read_plover_gsr(path: Path) -> list[PloverRecord]:
    """Read PLOVER_GSR_CAMEO.txt (a JSON list). Records without text (DOCUMENT) are skipped."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"not a readable PLOVER GSR file: {exc}") from None
    if not isinstance(data, list):
        raise InputError(str(path), "the PLOVER GSR is a JSON list of records")
    records = []
    for number, obj in enumerate(data, 1):
        where = f"{path}: record {number}"
        if not isinstance(obj, dict):
            raise InputError(where, f"not a JSON object: {obj!r:.80}")
        if not obj.get("text"):
            continue
        try:
            rid, event = str(obj["id"]), str(obj["event"])
            day = Date.fromisoformat(obj["date"]) if obj.get("date") else None
            info = obj.get("textInfo") or ""
            markup = str(info.get("markup", "") if isinstance(info, dict) else info)
            records.append(PloverRecord(
                rid, " ".join(str(obj["text"]).split()), day, event,
                _plover_actors(obj.get("source"), where), _plover_actors(obj.get("target"), where),
                "SRC/TAR" in markup,
            ))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise InputError(f"{where} ({obj.get('id')})", f"bad record: {exc!r}") from None
    return records


def _plover_actors(raw: Any, where: str) -> tuple[PloverActor, ...]:
    if not isinstance(raw, list):  # absent, "" or a stray string: no actor
        return ()
    out = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("code"):
            raise InputError(where, f"actor without a code: {item!r}")
        out.append(PloverActor(str(item.get("actorText", "")), str(item["code"]),
                               item.get("sector") or None))
    return tuple(out)


def actor_country(code: str) -> str:
    """The first block of a CAMEO actor code: its country, or IGO / NGO for organisations."""
    code = code.upper()
    return COUNTRY_ALIASES.get(code[:3], code[:3])


def plover_actor_matches(code: str, sector: str | None, gold: Sequence[PloverActor], *,
                         strict: bool) -> bool:
    """Is our actor one of the gold actors?

    Lenient (the headline): the country block of our code (or IGO/NGO) equals a gold actor's
    code. The GSR's sectors follow its own conventions (capitals are GOV as subject or object,
    CVL otherwise; IGOs carry a role, not a name), so sectors are compared only when `strict`:
    then the gold's first sector block (``***`` is unknown: none) must equal ours.
    """
    country = actor_country(code)
    ours = (sector or "")[:3].upper() or None
    return any(g.country == country and (not strict or g.primary_sector == ours) for g in gold)


@dataclass(frozen=True, slots=True)
class PloverResult:
    record: PloverRecord
    events: tuple[Event, ...]

    @property
    def type_ok(self) -> bool:
        return any(e.plover == self.record.plover_type for e in self.events)

    def _dyad_ok(self, e: Event, strict: bool) -> bool:
        rec = self.record
        if not plover_actor_matches(e.source.code, e.source.sector, rec.sources, strict=strict):
            return False
        if rec.targets:
            return e.target is not None and plover_actor_matches(
                e.target.code, e.target.sector, rec.targets, strict=strict)
        if rec.reciprocal and len(rec.sources) > 1:
            return e.target is not None and plover_actor_matches(
                e.target.code, e.target.sector, rec.sources, strict=strict)
        return e.target is None

    def full_ok(self, strict: bool = False) -> bool:
        """Some event has the gold type, source and target."""
        return any(e.plover == self.record.plover_type and self._dyad_ok(e, strict)
                   for e in self.events)

    def as_dict(self) -> dict[str, Any]:
        rec = self.record
        return {
            "id": rec.id, "text": rec.text,
            "expected": {"type": rec.plover_type, "gold_type": rec.event,
                         "source": [_show_actor(a) for a in rec.sources],
                         "target": [_show_actor(a) for a in rec.targets],
                         "reciprocal": rec.reciprocal},
            "got": [_show_event(e) for e in self.events],
        }


def _show_actor(a: PloverActor) -> str:
    return a.country + (a.sector or "")


def _show_event(e: Event) -> str:
    return (f"{e.source.code}->{e.target.code if e.target else '-'} {e.cameo} "
            f"{e.plover or '(no PLOVER type)'}")


@dataclass(slots=True)
class PloverReport:
    gold: str
    results: list[PloverResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        return len(self.results)

    def _share(self, hits: int) -> float:
        return hits / self.records if self.records else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "type_accuracy": round(self._share(sum(r.type_ok for r in self.results)), 4),
            "type_source_target_accuracy": round(
                self._share(sum(r.full_ok() for r in self.results)), 4),
            "strict_accuracy": round(
                self._share(sum(r.full_ok(strict=True) for r in self.results)), 4),
            "no_event_rate": round(self._share(sum(not r.events for r in self.results)), 4),
        }

    def by_type(self) -> dict[str, tuple[int, int, int]]:
        """Gold type -> (records, type right, type+source+target right)."""
        out: dict[str, tuple[int, int, int]] = {}
        for r in self.results:
            n, t, f = out.get(r.record.plover_type, (0, 0, 0))
            out[r.record.plover_type] = (n + 1, t + r.type_ok, f + r.full_ok())
        return dict(sorted(out.items()))

    def confusions(self, top: int = 10) -> list[tuple[str, str, int]]:
        """(gold type, our type or '(none)', count) for records whose type we missed."""
        pairs: Counter[tuple[str, str]] = Counter()
        for r in self.results:
            if r.type_ok:
                continue
            got = sorted({e.plover or "(no type)" for e in r.events}) or ["(no event)"]
            for g in got:
                pairs[(r.record.plover_type, g)] += 1
        return [(a, b, n) for (a, b), n in pairs.most_common(top)]

    def failures(self) -> list[PloverResult]:
        return [r for r in self.results if not r.full_ok()]

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "records": self.records, **self.metrics(),
            "notes": [*PLOVER_NOTES, *self.notes],
            "by_type": {k: {"records": n, "type_right": t, "type_source_target_right": f}
                        for k, (n, t, f) in self.by_type().items()},
            "type_confusions": [{"gold": a, "got": b, "count": n}
                                for a, b, n in self.confusions()],
            "failures": [r.as_dict() for r in self.failures()],
        }


def evaluate_plover(records: Sequence[PloverRecord], coder: Any, gold: str = "") -> PloverReport:
    docs = [Document.from_text(r.text, doc_id=r.id, published=r.date) for r in records]
    outcomes = code_documents(coder, docs)
    report = PloverReport(gold, notes=crash_note([r.id for r in records], outcomes))
    for record, coded in zip(records, outcomes, strict=True):
        report.results.append(PloverResult(record, coded.events))
    return report


def render_plover_table(report: PloverReport, *, show_failures: int = 20) -> str:
    m = report.metrics()
    lines = [
        f"gold: {report.gold}", "",
        f"records: {report.records}",
        f"PLOVER type right:                     {m['type_accuracy']:.1%}",
        f"type + source + target right (country): {m['type_source_target_accuracy']:.1%}",
        f"type + source + target right (+sector): {m['strict_accuracy']:.1%}",
        f"records with no event:                 {m['no_event_rate']:.1%}",
        "", f"{'gold type':<12} {'records':>7} {'type':>7} {'t+s+t':>7}",
    ]
    for name, (n, t, f) in report.by_type().items():
        lines.append(f"{name:<12} {n:>7} {t / n:>7.1%} {f / n:>7.1%}")
    lines += ["", "notes:", *(f"  - {n}" for n in (*PLOVER_NOTES, *report.notes))]
    lines += ["", "most frequent type errors (gold -> ours):"]
    lines += [f"  {a:<12} -> {b:<16} {n}" for a, b, n in report.confusions()]
    failures = report.failures()
    if failures and show_failures:
        lines += ["", f"failures ({len(failures)}; first {show_failures}):"]
        for r in failures[:show_failures]:
            d = r.as_dict()
            exp = d["expected"]
            lines.append(f"  {r.record.id} {r.record.text[:100]}")
            other = "(each other)" if exp["reciprocal"] else "-"
            lines.append(f"      expected: {exp['type']} {'/'.join(exp['source']) or '-'} -> "
                         f"{'/'.join(exp['target']) or other}")
            lines.append(f"      got:      {', '.join(d['got']) or '-'}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Picking the reader, and one run
# ---------------------------------------------------------------------------------------------


def detect_format(path: Path) -> str:
    """'jsonl', 'petrarch' or 'plover', from the extension and the first bytes of `path`."""
    if path.suffix.lower() == ".jsonl":
        return "jsonl"
    try:
        with path.open("rb") as fh:
            head = fh.read(8192).decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from None
    if head.startswith("<"):
        body = re.sub(r"<\?.*?\?>|<!--.*?-->", "", head, flags=re.S).lstrip()
        if body.startswith("<Validation"):
            return "petrarch"
        raise InputError(str(path), "XML gold must have a <Validation> root (PETRARCH suite)")
    if head.startswith("[") and '"event"' in head and '"id"' in head:
        return "plover"
    if head.startswith("{"):
        return "jsonl"
    raise InputError(str(path), "unknown gold format: want .jsonl (ours), PETRARCH validation "
                                "XML or the PLOVER GSR JSON list; or pass --gold-format")


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(slots=True)
class GoldRun:
    """One evaluation of one gold file, in any of the formats."""

    fmt: str
    gold: str
    report: Report | PloverReport
    baseline: list[BaselineRow] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        return self.report.metrics()

    def as_dict(self) -> dict[str, Any]:
        out = {"format": self.fmt, **self.report.as_dict(), "metrics": self.metrics()}
        if self.baseline:
            out["baseline"] = [row.as_dict() for row in self.baseline]
        return out

    def render(self, *, show_failures: int = 20) -> str:
        if isinstance(self.report, PloverReport):
            return render_plover_table(self.report, show_failures=show_failures)
        if not self.baseline:
            return render_table(self.report, show_failures=show_failures)
        return (render_scores(self.report) + "\n" + render_baseline(self.baseline)
                + render_failures(self.report, show_failures))


def evaluate_file(path: Path, *, fmt: str | None = None, model: str | None = None,
                  coder: Any = None, baseline: Path | None = None,
                  texts: Path | None = None, statements: bool = False) -> GoldRun:
    """Read `path` in `fmt` (detected when None), code it and score it.

    `coder` (a detente Coder) is used for our JSONL and the PLOVER GSR; without it one is
    loaded with `model`. The PETRARCH suite is coded with its own dictionaries (see
    `find_suite`) unless `coder` is given, and set beside PETRARCH2's published baseline
    (`baseline`, or the one `find_baseline` finds). `texts` is the story corpus for JSONL
    records that refer to their sentence instead of holding it (default: the one they name).
    `statements` has the loaded coder code plain statements (010) too (the PETRARCH suite's
    coder codes them always, as PETRARCH does).
    """
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise InputError(str(path), f"unknown gold format {fmt!r} (one of {', '.join(FORMATS)})")
    gold = str(path)
    if fmt == "petrarch":
        records = read_petrarch_xml(path)
        suite = find_suite(path)
        coder = coder or build_petrarch_coder(suite, model)
        report = evaluate_petrarch(records, coder, read_petrarch_discards(suite.discards), gold)
        tsv = baseline or find_baseline(path)
        rows = compare_with_baseline(report, read_baseline_tsv(tsv)) if tsv else []
        return GoldRun(fmt, gold, report, rows)
    if coder is None:
        from detente.nlp import DEFAULT_MODEL
        from detente.pipeline import Coder

        coder = Coder(model or DEFAULT_MODEL, statements=statements)
    if fmt == "plover":
        return GoldRun(fmt, gold, evaluate_plover(read_plover_gsr(path), coder, gold))
    return GoldRun(fmt, gold, evaluate(load_gold_jsonl(path, texts), coder, gold))
