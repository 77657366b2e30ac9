"""The time-aware actor knowledge base: phrases -> CAMEO actor codes, with dated validity.

The shipped table (``detente/data/actors.tsv[.gz]``) is built by ``scripts/build_actors.py``.
Each row is one phrase with one meaning; a phrase may have several rows (a country name and a
historic state, several people sharing a surname, one person's several spells in office).

Phrases are lowercase spaCy tokens joined by single spaces ("u.s.", "kim jong - un"), so that
a PhraseMatcher on LOWER built from :meth:`ActorKB.phrases` finds them in a parsed document.
"""

from __future__ import annotations

import calendar
import functools
import gzip
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.errors import DictionaryError

COLUMNS: tuple[str, ...] = (
    "phrase", "kind", "code", "country", "sector", "name", "role", "start", "end",
)
KINDS: frozenset[str] = frozenset(
    {"country", "metonym", "historic", "igo", "sector", "person", "group"}
)
# Offices a person entry can name. "leader" is REIGN's effective ruler whose title is not known;
# "legislator" a member or presiding officer of a legislature (our curated table; LEG), ranked
# above "official", any other dated government post (CountryInfo's cabinet lists, which count a
# speaker of the house among the officials).
ROLES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "leader", "legislator", "official",
)
ELITE_SECTOR = "ELI"  # CAMEO: elites, including former officials

_DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One meaning of one phrase, optionally limited to [start, end] (both inclusive)."""

    phrase: str
    kind: str
    code: str
    country: str | None
    sector: str | None
    name: str | None
    role: str | None
    start: date | None
    end: date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: date | None) -> bool:
        """Undated entries are always valid; dated ones need `day` within [start, end].

        With no day to test (`day` is None) every entry counts as valid.
        """
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)

    def valid_during(self, first: date, last: date) -> bool:
        """Whether the entry is valid on some day from `first` to `last` (inclusive)."""
        return not ((self.start is not None and last < self.start)
                    or (self.end is not None and first > self.end))

    def to_row(self) -> tuple[str, ...]:
        return (
            self.phrase, self.kind, self.code, self.country or "", self.sector or "",
            self.name or "", self.role or "",
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
        )

    @classmethod
    def from_row(cls, fields: list[str], origin: str) -> ActorEntry:
        """Parse one TSV row (already split); `origin` ("path:line") names it in errors."""
        row = "\t".join(fields)
        if len(fields) != len(COLUMNS):
            raise DictionaryError(
                f"{origin}: expected {len(COLUMNS)} tab-separated fields, got {len(fields)}: "
                f"{row!r}"
            )
        phrase, kind, code, country, sector, name, role, start, end = fields
        if not phrase or not code:
            raise DictionaryError(f"{origin}: empty phrase or code in {row!r}")
        if kind not in KINDS:
            raise DictionaryError(f"{origin}: unknown kind {kind!r} (one of {sorted(KINDS)})")
        return cls(
            phrase, kind, code, country or None, sector or None, name or None, role or None,
            iso_date(start, origin), iso_date(end, origin),
        )


def iso_date(text: str, origin: str) -> date | None:
    """A YYYY-MM-DD field of a table (blank: no date); DictionaryError naming `origin`."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DictionaryError(f"{origin}: bad date {text!r} (want YYYY-MM-DD)") from None


_ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}
_FAR_FUTURE = date.max
_FAR_PAST = date.min


def _recency(entry: ActorEntry) -> tuple[date, date]:
    return (entry.end or _FAR_FUTURE, entry.start or _FAR_PAST)


class ActorKB:
    """An immutable index from lowercase phrases to their :class:`ActorEntry` meanings."""

    __slots__ = ("_index", "_size")

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        grouped: dict[str, list[ActorEntry]] = {}
        size = 0
        for entry in entries:
            grouped.setdefault(entry.phrase, []).append(entry)
            size += 1
        self._index: dict[str, tuple[ActorEntry, ...]] = {
            phrase: tuple(sorted(found, key=ActorEntry.to_row)) for phrase, found in grouped.items()
        }
        self._size = size

    @classmethod
    def load(cls, path: Path | None = None) -> ActorKB:
        """Read a KB table; without a path, the shipped one (read once, then shared)."""
        if path is None:
            return _default_kb()
        return cls(read_table(path))

    def __len__(self) -> int:
        return self._size

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and _key(phrase) in self._index

    def phrases(self) -> Iterable[str]:
        """Every phrase, e.g. to feed a spaCy PhraseMatcher(attr="LOWER")."""
        return self._index.keys()

    def entries(self) -> Iterator[ActorEntry]:
        for found in self._index.values():
            yield from found

    def lookup(self, phrase: str) -> tuple[ActorEntry, ...]:
        """All entries for a phrase (lowercased, whitespace collapsed), valid or not."""
        return self._index.get(_key(phrase), ())

    def resolve(self, phrase: str, on: date | None, *, past_states: bool = False,
                until: date | None = None) -> ActorEntry | None:
        """The meaning of `phrase` on day `on` (None: undated text, latest meaning wins).

        Countries, IGOs, sector words, metonyms and historic states: the entry valid on the
        day (a dated one beats an undated one, narrower dates beat wider ones). People: the
        spell in office covering the day; a known person out of office resolves to an elite
        (``XXXELI``) entry. With `past_states`, a historic state named outside its dates is
        still that state (the latest to have ended when several share the name): the caller
        asks for it where the phrase names the state itself ("the Soviet Union never signed"),
        not where it modifies something ("Soviet-made tanks" in 2022 are no Soviet forces).
        `until` makes the day a period from `on` (a text dated only "in 2006"): a person in
        office on some day of it holds that office ("Abe's trip to Beijing in October 2006",
        a month he took office in).
        """
        found = self.lookup(phrase)
        if not found:
            return None
        others = [e for e in found if e.kind != "person"]
        valid = [e for e in others if e.valid_on(on)]
        if valid:
            return _pick_non_person(valid, on)
        persons = [e for e in found if e.kind == "person"]
        if persons:
            return _resolve_person(persons, on, until)
        historic = [e for e in others if e.kind == "historic"]
        if historic and past_states:  # "the Soviet Union never signed ..." written in 2021
            return max(historic, key=lambda e: e.end or _FAR_FUTURE)
        return None


def _pick_non_person(valid: list[ActorEntry], on: date | None) -> ActorEntry:
    if on is None:
        undated = [e for e in valid if not e.dated]
        if undated:
            return undated[0]
        return max(valid, key=_recency)
    dated = [e for e in valid if e.dated]
    if not dated:
        return valid[0]
    return min(dated, key=_span_days)  # the most specific restriction wins


def _span_days(entry: ActorEntry) -> int:
    start = entry.start or _FAR_PAST
    end = entry.end or _FAR_FUTURE
    return (end - start).days


def _resolve_person(persons: list[ActorEntry], on: date | None,
                    until: date | None = None) -> ActorEntry:
    if on is None:
        return max(persons, key=lambda e: (*_recency(e), -_ROLE_RANK.get(e.role or "", 99)))
    in_office = [e for e in persons if e.valid_on(on)]
    if not in_office and until is not None:
        in_office = [e for e in persons if e.valid_during(on, until)]
    if in_office:
        best_rank = min(_ROLE_RANK.get(e.role or "", 99) for e in in_office)
        ranked = [e for e in in_office if _ROLE_RANK.get(e.role or "", 99) == best_rank]
        return max(ranked, key=lambda e: e.start or _FAR_PAST)
    before = [e for e in persons if e.end is not None and e.end < on]
    if before:  # the last to have held office before the day
        last = max(before, key=lambda e: (e.end or _FAR_PAST, e.start or _FAR_PAST))
    else:  # everyone known took office after the day: the first of them
        last = min(persons, key=lambda e: (e.start or _FAR_PAST, e.name or ""))
    country = last.country or next(  # an IGO's former head: an elite of their own country
        (e.country for e in sorted(persons, key=_recency, reverse=True) if e.country), None)
    return ActorEntry(
        phrase=last.phrase, kind="person",
        code=f"{country or ''}{ELITE_SECTOR}", country=country, sector=ELITE_SECTOR,
        name=last.name, role=None, start=None, end=None,
    )


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


@functools.lru_cache(maxsize=1)
def _default_kb() -> ActorKB:
    return ActorKB(read_table(default_table_path()))


def default_table_path() -> Path:
    """The shipped table: actors.tsv.gz if present, else actors.tsv."""
    for name in ("actors.tsv.gz", "actors.tsv"):
        candidate = _DATA_DIR / name
        if candidate.is_file():
            return candidate
    raise DictionaryError(
        f"{_DATA_DIR}: no actors.tsv(.gz); build it with scripts/build_actors.py"
    )


def read_table(path: Path) -> list[ActorEntry]:
    """Read an actor table (TSV with the COLUMNS header; gzip if the name ends in .gz)."""
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as exc:
        raise DictionaryError(f"{path}: cannot read actor table: {exc}") from exc
    lines = text.split("\n")
    header = lines[0].rstrip("\r").split("\t")
    if tuple(header) != COLUMNS:
        raise DictionaryError(f"{path}:1: header {header!r} is not {list(COLUMNS)!r}")
    entries: list[ActorEntry] = []
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if line:
            entries.append(ActorEntry.from_row(line.split("\t"), f"{path}:{number}"))
    return entries


def write_table(entries: Iterable[ActorEntry], path: Path) -> None:
    """Write entries sorted and de-duplicated; gzip (reproducibly, mtime 0) if path ends .gz."""
    rows = sorted({entry.to_row() for entry in entries})
    body = "\t".join(COLUMNS) + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    data = body.encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)


# ---------------------------------------------------------------------------------------------
# Phrase normalisation (spaCy's English tokenizer, so phrases match tokenised documents)
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Callable[[str], Iterable[object]]:
    import spacy  # local: loading a KB must not need spaCy

    return spacy.blank("en").tokenizer


def phrase_key(text: str) -> str:
    """`text` as a KB phrase: spaCy English tokens, lowercased, joined by single spaces.

    Underscores (PETRARCH's word joiner) count as spaces.
    """
    cleaned = " ".join(text.replace("_", " ").split())
    if not cleaned:
        return ""
    return " ".join(str(token).lower() for token in _tokenizer()(cleaned))


# ---------------------------------------------------------------------------------------------
# PETRARCH / TABARI actor dictionaries
# ---------------------------------------------------------------------------------------------

_CODE_RE = re.compile(r"^[A-Za-z0-9~+/\-#*]+$")
_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")
_DATE_RE = re.compile(r"^\d{6}(\d{2})?$")


def petr_date(text: str, origin: str) -> date:
    """YYMMDD (00-29 -> 20xx, else 19xx) or YYYYMMDD; a day past the month's end is clamped."""
    if not _DATE_RE.match(text):
        raise DictionaryError(f"{origin}: bad date {text!r} (want YYMMDD or YYYYMMDD)")
    if len(text) == 6:
        yy = int(text[:2])
        year = (2000 if yy < 30 else 1900) + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    if not 1 <= month <= 12 or day < 1 or year < 1:
        raise DictionaryError(f"{origin}: bad date {text!r}")
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def parse_restriction(body: str, origin: str) -> tuple[str, date | None, date | None]:
    """The inside of a `[...]` code block: 'CODE', 'CODE <date', 'CODE >date', 'CODE d1-d2'."""
    parts = body.split(None, 1)
    if not parts:
        raise DictionaryError(f"{origin}: empty code block []")
    code = parts[0].upper()
    if not _CODE_RE.match(code):
        raise DictionaryError(f"{origin}: bad actor code {parts[0]!r}")
    if len(parts) == 1:
        return code, None, None
    spec = "".join(parts[1].split())
    if spec.startswith("<"):
        return code, None, petr_date(spec[1:], origin)
    if spec.startswith(">"):
        return code, petr_date(spec[1:], origin), None
    if spec.count("-") == 1:
        first, last = spec.split("-")
        start, end = petr_date(first, origin), petr_date(last, origin)
        if end < start:
            raise DictionaryError(f"{origin}: date range {parts[1]!r} ends before it starts")
        return code, start, end
    raise DictionaryError(f"{origin}: bad date restriction {parts[1]!r} in [{body}]")


def _strip_comment(line: str) -> str:
    # '#' starts a comment, except inside a [...] block (codes never contain '#', but be safe)
    depth = 0
    for index, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:index]
    return line


def _kind_for_code(code: str) -> str:
    if code.startswith("IGO"):
        return "igo"
    if len(code) == 3 and code.isalpha():
        return "country"
    return "group"


@dataclass(slots=True)
class _PetrActor:
    phrases: list[tuple[str, str]]  # (phrase text, origin)
    codes: list[tuple[str, date | None, date | None]]


def load_petrarch_actors(path: Path, *, strict: bool = True) -> list[ActorEntry]:
    """Read a PETRARCH/TABARI `.actors` dictionary into entries (one per phrase and code).

    Format: a root phrase (words joined by ``_`` or spaces) with an optional ``[CODE]``,
    ``+synonym`` lines, and indented ``[CODE restriction]`` lines where the restriction is
    ``<date``, ``>date`` or ``date-date`` (YYMMDD or YYYYMMDD, inclusive). ``#`` starts a
    comment, lines starting with ``<`` are XML-style comments (``<!-- ... -->`` may span
    lines). Roots without any code are skipped, as PETRARCH does.

    Entries get kind "igo" for IGO codes, "country" for bare three-letter codes and "group"
    otherwise; country/sector are read off the code when it starts with three letters.
    With `strict` (the default) a malformed line raises DictionaryError naming path:line and
    the bad value; otherwise such code blocks are skipped.
    """
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read actor dictionary: {exc}") from exc
    actors: list[_PetrActor] = []
    current: _PetrActor | None = None
    in_xml_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        origin = f"{path}:{number}"
        stripped = raw.strip()
        if in_xml_comment:
            if "-->" in stripped:
                in_xml_comment = False
            continue
        if stripped.startswith("<"):
            if stripped.startswith("<!--") and "-->" not in stripped:
                in_xml_comment = True
            continue
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        head, codes = _split_codes(line, origin, strict)
        if line[0] in " \t" or line.lstrip().startswith("["):
            if head.strip():
                _fail(strict, f"{origin}: text outside [...] on a code line: {line.strip()!r}")
                continue
            if current is None:
                _fail(strict, f"{origin}: code line {line.strip()!r} before any actor phrase")
                continue
            current.codes.extend(codes)
        elif line.startswith("+"):
            if current is None:
                _fail(strict, f"{origin}: synonym {line.strip()!r} before any actor phrase")
                continue
            if head[1:].strip():
                current.phrases.append((head[1:], origin))
            current.codes.extend(codes)
        else:
            current = _PetrActor([(head, origin)], list(codes))
            actors.append(current)
    return _petr_entries(actors, strict)


def _split_codes(
    line: str, origin: str, strict: bool
) -> tuple[str, list[tuple[str, date | None, date | None]]]:
    if line.count("[") != line.count("]"):
        _fail(strict, f"{origin}: unbalanced brackets in {line.strip()!r}")
        return _BRACKET_RE.sub(" ", line.replace("[", " ").replace("]", " ")), []
    codes: list[tuple[str, date | None, date | None]] = []
    for match in _BRACKET_RE.finditer(line):
        try:
            codes.append(parse_restriction(match.group(1), origin))
        except DictionaryError:
            if strict:
                raise
    return _BRACKET_RE.sub(" ", line), codes


def _fail(strict: bool, message: str) -> None:
    if strict:
        raise DictionaryError(message)


def _petr_entries(actors: list[_PetrActor], strict: bool) -> list[ActorEntry]:
    entries: list[ActorEntry] = []
    for actor in actors:
        if not actor.codes:
            continue
        for text, origin in actor.phrases:
            phrase = phrase_key(text)
            if not phrase:
                _fail(strict, f"{origin}: empty actor phrase in {text!r}")
                continue
            for code, start, end in actor.codes:
                country = code[:3] if len(code) >= 3 and code[:3].isalpha() else None
                sector = code[3:6] if country and len(code) >= 6 else None
                if code.startswith("IGO"):
                    country, sector = None, None
                entries.append(ActorEntry(
                    phrase, _kind_for_code(code), code, country, sector, None, None, start, end,
                ))
    return entries
