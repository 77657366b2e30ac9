"""Composes the stages: Document -> spaCy parse -> mentions -> candidates -> Event.

`Coder` holds what is loaded once per process (the spaCy pipeline, the actor knowledge base, the
lexicons, the gazetteer) and codes one text, one Document or a stream of them (`code_many`, which
batches through `nlp.pipe`). `run` drives a stream of inputs into an optional store and sink and
returns `RunStats`; it never prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date as Date

from spacy.tokens import Doc, Span, Token

from detente import cameo
from detente.actors import ActorKB
from detente.coding.candidates import Candidate
from detente.coding.clause_dates import bounding_phrases, trigger_dates
from detente.coding.dates import event_date, period_end
from detente.coding.events import SentenceCoder
from detente.coding.finder import Mention, MentionFinder, entity_span
from detente.coding.lexicon import NounLexicon, VerbLexicon
from detente.coding.mentions import PLACE_NOUNS, ActorBuilder
from detente.errors import CodingError, DetenteError
from detente.headings import is_heading
from detente.model import Actor, Document, Event, Failure, Location, RunStats, event_id
from detente.model import Span as TextSpan
from detente.nlp import (
    DEFAULT_MODEL,
    chunk_text,
    load_pipeline,
    parse_ready,
    with_names_reparsed,
    written_sentence,
)
from detente.places import Gazetteer

CODER_VERSION = "0.1.0"
# The readings a Coder can be built with, by keyword, with their defaults (Coder's own
# defaults are read from here): `coder_version` names each one that differs, so the version
# says which readings coded an event.
READINGS: dict[str, bool] = {"future_intent": True, "surface_forms": False, "phrase_targets": False,
                              "colon_codes": False, "statements": False}
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "off", "on"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
VISIT_WORDS = frozenset({"visit", "trip", "travel", "fly", "tour"})
# verbs of an official's resignation: CAMEO codes it 083x (accede to demands for a change in
# leadership), but PLOVER's codebook puts resignations under RETREAT (its mode 'resign')
RESIGN_VERBS = frozenset({"resign", "step down", "abdicate"})
# CAMEO's 163 (impose embargo, boycott or sanctions) is PLOVER COERCE 'restrict' in its table,
# but the codebook files international sanctions under SANCTION ('discontinue')
SANCTION_NOUNS = frozenset({"sanction", "sanctions"})
VISIT_CODES = frozenset({"042", "043", "044"})
# States that seceded, with the state their land belonged to and their independence day: a
# place or an actor of theirs named in a text about an earlier day is the predecessor's.
SUCCESSIONS = {"SSD": ("SDN", Date(2011, 7, 9)), "ERI": ("ETH", Date(1993, 5, 24))}


@dataclass(frozen=True, slots=True)
class CodedDocument:
    document: Document
    events: tuple[Event, ...]
    sentences: int


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the coder saw in one sentence, for `detente explain`."""

    index: int
    text: str
    date: str | None
    mentions: tuple[tuple[str, str], ...]  # (text, resolved code)
    events: tuple[Event, ...]


@dataclass(slots=True)
class _Parsed:
    """One chunk of a document, parsed, with per-sentence dates and mentions."""

    doc: Doc
    offset: int
    dates: list[tuple[Date | None, str | None]] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)


def coder_version(**readings: bool) -> str:
    """The version of a Coder built with `readings` (keywords of READINGS; the rest default):
    CODER_VERSION for the default readings, each other one named after a '+'
    (`coder_version(statements=True)` is "0.1.0+statements"). The store records it with each
    document, and event ids include it, so events coded with and without plain statements
    are never mixed under one version (and a store resumes only what this coder coded)."""
    unknown = set(readings) - set(READINGS)
    if unknown:
        raise TypeError(f"unknown coder reading(s): {', '.join(sorted(unknown))}")
    changed: list[str] = []
    for name, default in READINGS.items():
        value = readings.get(name, default)
        if value != default:
            changed.append(("" if value else "no-") + name.replace("_", "-"))
    return "+".join([CODER_VERSION, *changed])


class Coder:
    """A reusable event coder. Load it once and code many documents."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        kb: ActorKB | None = None,
        verbs: VerbLexicon | None = None,
        nouns: NounLexicon | None = None,
        gazetteer: Gazetteer | None = None,
        future_intent: bool = READINGS["future_intent"],
        surface_forms: bool = READINGS["surface_forms"],
        phrase_targets: bool = READINGS["phrase_targets"],
        colon_codes: bool = READINGS["colon_codes"],
        statements: bool = READINGS["statements"],
    ) -> None:
        """`future_intent=False` codes "X will do Y" as the event itself, as PETRARCH does,
        instead of X's intent (CAMEO 03x); `surface_forms=True` lets a verb entry for the
        inflected word ("left") win over its lemma's ("leave"), as PETRARCH reads its
        dictionaries; `phrase_targets=True` takes, failing any other, the target from any
        phrase after the verb, as PETRARCH does; `colon_codes=True` codes the target acting
        back only by a verb entry's second code ("[040:040]"); `statements=True` codes plain
        statements (010), which are not coded by default; see SentenceCoder. `version` is
        the coder's version (`coder_version`), which names the readings that are not the
        default ones."""
        self.model = model
        self.version = coder_version(future_intent=future_intent, surface_forms=surface_forms,
                                     phrase_targets=phrase_targets, colon_codes=colon_codes,
                                     statements=statements)
        self.nlp = load_pipeline(model)
        self.kb = kb if kb is not None else ActorKB.load()
        self.finder = MentionFinder(self.kb)
        self.sentences = SentenceCoder(verbs if verbs is not None else VerbLexicon.load(),
                                       nouns if nouns is not None else NounLexicon.load(),
                                       future_intent=future_intent,
                                       surface_forms=surface_forms,
                                       phrase_targets=phrase_targets,
                                       colon_codes=colon_codes,
                                       statements=statements)
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        # CAMEO's codes and those of a user's verb dictionary (detente.cameo.user_codes)
        self.codebook = cameo.Codebook(self.sentences.verbs.user_codes)

    # --- public ----------------------------------------------------------------------------

    def code(self, text: str, *, date: Date | None = None,
             doc_id: str | None = None) -> list[Event]:
        """Code one text; `date` is its publication date (relative dates resolve against it)."""
        document = Document.from_text(text, doc_id=doc_id, published=date)
        return list(self.code_document(document).events)

    def code_document(self, document: Document) -> CodedDocument:
        result = next(iter(self.code_many([document])))
        if isinstance(result, Failure):
            raise CodingError(result.origin, result.reason)
        return result

    def code_many(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[CodedDocument | Failure]:
        """Code a stream of documents in order, parsing them in batches.

        A document that the coder cannot handle comes back as a Failure; the stream goes on.
        """
        def chunks() -> Iterator[tuple[str, tuple[Document, int, bool]]]:
            for document in documents:
                pieces = chunk_text(document.text)
                for k, (offset, piece) in enumerate(pieces):
                    yield parse_ready(piece), (document, offset, k == len(pieces) - 1)

        pending: list[_Parsed] = []
        broken: str | None = None
        for spacy_doc, (document, offset, last) in self.nlp.pipe(
            chunks(), as_tuples=True, batch_size=batch_size
        ):
            if broken is None:
                try:
                    spacy_doc = with_names_reparsed(self.nlp, spacy_doc)
                    pending.append(self._prepare(spacy_doc, offset, document.published))
                except Exception as exc:  # noqa: BLE001 - one document must not end the batch
                    broken = _internal(exc)
            if not last:
                continue
            if broken is None:
                try:
                    yield self._finish(document, pending)
                except Exception as exc:  # noqa: BLE001 - recorded as this document's Failure
                    broken = _internal(exc)
            if broken is not None:
                yield Failure(document.origin or document.doc_id, f"cannot code: {broken}")
            pending, broken = [], None

    def explain(self, document: Document) -> list[SentenceView]:
        """Sentence by sentence: the actors found, their codes, and the events coded."""
        coded = self.code_document(document)
        by_sentence: dict[int, list[Event]] = {}
        for ev in coded.events:
            by_sentence.setdefault(ev.sentence_index, []).append(ev)
        views: list[SentenceView] = []
        index = 0
        for offset, piece in chunk_text(document.text):
            spacy_doc = with_names_reparsed(self.nlp, self.nlp(parse_ready(piece)))
            parsed = self._prepare(spacy_doc, offset, document.published)
            for sent, (day, _), mentions in zip(parsed.doc.sents, parsed.dates, parsed.mentions,
                                                strict=True):
                found = tuple(
                    (parsed.doc[m.start:m.end].text, m.entry.code) for m in mentions
                )
                text = written_sentence(piece, sent.start_char, sent.end_char)
                views.append(SentenceView(index, text, day.isoformat() if day else None,
                                          found, tuple(by_sentence.get(index, ()))))
                index += 1
        return views

    # --- stages ----------------------------------------------------------------------------

    def _prepare(self, doc: Doc, offset: int, published: Date | None) -> _Parsed:
        parsed = _Parsed(doc, offset)
        ents = tuple(doc.ents)  # once a document: spaCy builds doc.ents anew at every access
        for sent in doc.sents:
            day, precision = event_date(sent.text, published, bounding_phrases(sent))
            parsed.dates.append((day, precision))
            until = period_end(day, precision) if day is not None else None
            parsed.mentions.append(self.finder.find(list(sent), day or published, ents, until))
        return parsed

    def _finish(self, document: Document, parts: list[_Parsed]) -> CodedDocument:
        events: list[Event] = []
        index = 0
        earlier: list[list[Candidate]] = []  # the acts of the sentences before, nearest first
        for part in parts:
            flat = [m for ms in part.mentions for m in ms]
            builder = ActorBuilder(part.doc, flat, self._place_country)
            for sent, (day, precision) in zip(part.doc.sents, part.dates, strict=True):
                seen: set[tuple[str, str | None, str]] = set()
                # a subheading run into the story reports nothing of its own (headings.py)
                cands = [] if is_heading(sent) else self.sentences.code(sent, builder, earlier)
                earlier = [sorted(cands, key=lambda c: -c.trigger.i), *earlier[:3]]
                own = trigger_dates(sent, document.published, {c.trigger.i for c in cands})
                for cand in cands:
                    if not self.codebook.is_code(cand.code):
                        continue  # a user dictionary's unknown code: its reader reports it
                    dated = own.get(cand.trigger.i)
                    if dated is not None and dated.date != day:  # "convicted on Friday ...
                        cand = self._redated(cand, dated.date, dated.precision)  # in 1982"
                        event = self._event(document, index, sent, part.offset, dated.date,
                                            dated.precision, cand)
                    else:
                        event = self._event(document, index, sent, part.offset, day,
                                            precision, cand)
                    key = (event.source.code, event.target.code if event.target else None,
                           event.cameo)
                    if key not in seen:  # "visited Tokyo, the first visit to Japan by ...":
                        seen.add(key)  # one visit, once the capital is read as its country
                        events.append(event)
                index += 1
        return CodedDocument(document, tuple(events), index)

    def _country_named_by(self, noun: Token) -> str | None:
        """The country an adjective of `noun` names ("the Indonesian island"), if any."""
        for mod in noun.children:
            if mod.dep_ == "amod":
                entry = self.finder.kb.resolve(mod.lower_, None)
                if entry is not None and entry.kind == "country":
                    return entry.country
        return None

    def _redated(self, cand: Candidate, day: Date, precision: str) -> Candidate:
        """The candidate with its named persons resolved on its own date rather than the
        sentence's ("Abe's trip to Beijing in October 2006": Japan's government then)."""
        until = period_end(day, precision)  # type: ignore[arg-type]
        source = self._person_on(cand.source, day, until)
        target = self._person_on(cand.target, day, until) if cand.target else None
        return replace(cand, source=source, target=target)

    def _person_on(self, actor: Actor, day: Date, until: Date | None) -> Actor:
        if actor.name is None:
            return actor
        entry = self.finder.kb.resolve(actor.name.lower(), day, until=until)
        if entry is None or entry.kind != "person" or entry.name != actor.name:
            return actor
        return replace(actor, code=entry.code, country=entry.country, sector=entry.sector)

    def _is_place(self, actor: Actor) -> bool:
        """A capital or seat of government named as a place ("a visit to Moscow")."""
        if actor.name is not None or actor.sector != "GOV":
            return False
        place = self.gazetteer.lookup(actor.text)
        return place is not None and place.kind == "city"

    def _place_country(self, name: str) -> str | None:
        place = self.gazetteer.lookup(name)
        return place.country if place is not None else None

    def _event(self, document: Document, index: int, sent: Span, offset: int, day: Date | None,
               precision: str | None, cand: Candidate) -> Event:
        location = self._location(cand)
        code = cand.code
        if code == "040" and _third_country(location, cand):
            code = "044"  # CAMEO: meet at a third location
        info = self.codebook.lookup(code)
        src = _state_on(_shift(cand.source, offset), day)
        tgt = _state_on(_shift(cand.target, offset), day) if cand.target is not None else None
        if location is not None and day is not None and location.country in SUCCESSIONS:
            location = replace(location, country=_country_on(location.country, day))
        destination = code in VISIT_CODES or code[:2] in FORCE_ROOTS or (
            code == "036" and cand.trigger.lemma_.lower() in VISIT_WORDS) or (
            code[:2] == "08" and "prep:from" in cand.rule) or (  # "pulled back from Kyiv"
            code.startswith("138"))  # "threatened to turn Seoul into a sea of fire"
        if tgt is not None and destination and self._is_place(tgt):
            # a capital visited, struck or left is a place, not its government
            tgt = replace(tgt, code=tgt.country or tgt.code, sector=None)
        start = offset + cand.trigger.idx
        end = offset + cand.trigger_end.idx + len(cand.trigger_end.text)
        trigger = TextSpan(document.text[start:end], start, end)
        return Event(
            event_id=event_id(document.doc_id, index, start, src.code,
                              tgt.code if tgt else None, info.code, self.version),
            doc_id=document.doc_id,
            sentence_index=index,
            sentence=written_sentence(document.text, offset + sent.start_char,
                                      offset + sent.end_char),
            date=day.isoformat() if day else None,
            date_precision=precision if day else None,  # type: ignore[arg-type]
            source=src,
            target=tgt,
            cameo=info.code,
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover=_plover_type(info, cand),
            trigger=trigger,
            location=location,
            factuality=cand.modality.factuality,
            confidence=cand.confidence,
            rule=cand.rule,
        )

    def _location(self, cand: Candidate) -> Location | None:
        anchors = [cand.trigger]
        if cand.trigger.head.i != cand.trigger.i:
            anchors.append(cand.trigger.head)
        for anchor in anchors:
            for prep in anchor.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for named in _named_places(obj):
                        name = entity_span(named).text
                        found = self.gazetteer.lookup(name)
                        country = self._country_named_by(obj)
                        if found is not None and country in (None, found.country):
                            return Location(found.name, found.country, found.lat, found.lon)
                        if country is not None:  # "the Indonesian island of Bali": not the
                            return Location(name, country, None, None)  # Indian town
        if cand.code in VISIT_CODES and cand.target is not None:
            visited = self.gazetteer.lookup(cand.target.text)
            if visited is not None:
                return Location(visited.name, visited.country, visited.lat, visited.lon)
        return None


def _named_places(obj: Token) -> list[Token]:
    """The place names a prepositional object gives: itself, or for a place noun the names in
    its 'of' phrase ("on the island of Hokkaido")."""
    if obj.ent_type_ in PLACE_ENTS:
        return [obj]
    if obj.lemma_.lower() not in PLACE_NOUNS:
        return []
    return [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTS]


def _internal(exc: Exception) -> str:
    """A coder error as a Failure reason: our errors as they are, anything else named as a bug."""
    if isinstance(exc, DetenteError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc}); please report it"


def _third_country(location: Location | None, cand: Candidate) -> bool:
    """A meeting placed in a country that is neither party's."""
    if location is None or location.country is None or cand.target is None:
        return False
    parties = {cand.source.country, cand.target.country}
    return None not in parties and location.country not in parties


def _country_on(country: str, day: Date) -> str:
    """The state a country's land belonged to on `day`: a state that seceded (SUCCESSIONS) is
    its predecessor before its independence day."""
    before, independent = SUCCESSIONS.get(country, (country, Date.min))
    return before if day < independent else country


def _state_on(actor: Actor, day: Date | None) -> Actor:
    """The actor with its country as it stood on `day`: "rebels shelled Juba, killing 20" in
    1995 kills Sudan's civilians (SDNCVL), not South Sudan's, which did not exist yet."""
    if day is None or actor.country not in SUCCESSIONS or not actor.code.startswith(actor.country):
        return actor
    country = _country_on(actor.country, day)
    return replace(actor, code=country + actor.code[len(actor.country):], country=country)


def _shift(actor: Actor, offset: int) -> Actor:
    if offset == 0:
        return actor
    return replace(actor, start=actor.start + offset, end=actor.end + offset)


def run(
    inputs: Iterable[Document | Failure],
    coder: Coder,
    *,
    on_document: Callable[[CodedDocument], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    batch_size: int = 16,
) -> RunStats:
    """Code every document of `inputs`; failures are counted and handed to `on_failure`."""
    stats = RunStats()
    started = time.perf_counter()

    def documents() -> Iterator[Document]:
        for item in inputs:
            if isinstance(item, Failure):
                stats.failures.append(item)
                if on_failure:
                    on_failure(item)
            else:
                yield item

    tally(coder.code_many(documents(), batch_size=batch_size), stats, on_document, on_failure)
    stats.seconds = time.perf_counter() - started
    return stats


def tally(
    results: Iterable[CodedDocument | Failure],
    stats: RunStats,
    on_document: Callable[[CodedDocument], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> None:
    """Count coded documents and failures into `stats`, handing each to its callback."""
    for item in results:
        if isinstance(item, Failure):
            stats.failures.append(item)
            if on_failure:
                on_failure(item)
            continue
        stats.documents += 1
        stats.sentences += item.sentences
        stats.events += len(item.events)
        if on_document:
            on_document(item)


def _plover_type(info: cameo.CameoCode, cand: Candidate) -> str | None:
    """The event's PLOVER type: its code's, except a resignation coded 083x, which PLOVER's
    codebook files under RETREAT ('The finance minister resigned on Friday' -> 0831, RETREAT)."""
    if info.code.startswith("083") and cand.verb_key in RESIGN_VERBS:
        return "RETREAT"
    if info.code == "163" and _names_sanctions(cand.trigger):
        return "SANCTION"
    return info.plover


def _names_sanctions(trigger: Token) -> bool:
    """The trigger is 'sanctions' or takes it as its object: 'Japan imposed sanctions on
    Pyongyang', 'Canada slapped new sanctions on Russian banks' (not 'imposed an embargo')."""
    words = [trigger, *(t for t in trigger.children if t.dep_ in {"dobj", "obj", "nsubjpass"})]
    return any(t.lower_ in SANCTION_NOUNS for t in words)
