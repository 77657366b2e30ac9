"""The gazetteer: cities, countries, curated disputed and maritime areas, and its file format."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import DictionaryError
from detente.places import EXTRA_PLACES, KINDS, Gazetteer, Place, normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_places_moscow_is_the_russian_capital(gaz: Gazetteer) -> None:
    place = gaz.lookup("Moscow")
    assert place is not None
    assert (place.country, place.kind) == ("RUS", "city")
    assert place.lat == pytest.approx(55.75, abs=0.05)
    assert place.lon == pytest.approx(37.62, abs=0.05)


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Tokyo", "JPN", "city"),
        ("Pyongyang", "PRK", "city"),
        ("Vladivostok", "RUS", "city"),
        ("Nagato", "JPN", "city"),
        ("Japan", "JPN", "country"),
        ("Russian Federation", "RUS", "country"),
        ("Britain", "GBR", "country"),
        ("Crimea", "UKR", "disputed"),
        ("Sea of Japan", None, "sea"),
        ("East Sea", None, "sea"),
        ("Korean Peninsula", None, "region"),
        ("Golan Heights", "SYR", "disputed"),
        ("Texas", "USA", "region"),
        # a US state before another country's city of its name; a US city before its state
        ("Florida", "USA", "region"),
        ("Virginia", "USA", "region"),
        ("Arizona", "USA", "region"),
        ("Washington", "USA", "city"),
        ("Georgia", "GEO", "country"),
        ("Europe", None, "region"),
    ],
)
def test_places_lookup_country_and_kind(gaz: Gazetteer, name: str, country: str | None,
                                        kind: str) -> None:
    place = gaz.lookup(name)
    assert place is not None, name
    assert (place.country, place.kind) == (country, kind)


def test_places_country_located_at_its_capital(gaz: Gazetteer) -> None:
    japan, tokyo = gaz.lookup("Japan"), gaz.lookup("Tokyo")
    assert japan is not None and tokyo is not None
    assert (japan.lat, japan.lon) == (tokyo.lat, tokyo.lon)


def test_places_kuril_aliases_are_one_place(gaz: Gazetteer) -> None:
    kurils = gaz.lookup("the Kuril Islands")
    assert kurils is not None and kurils.name == "Kuril Islands" and kurils.country == "RUS"
    for alias in ("Northern Territories", "Southern Kurils", "Kunashir", "the Kuriles"):
        assert gaz.lookup(alias) is kurils, alias


def test_places_case_accents_and_articles_are_ignored(gaz: Gazetteer) -> None:
    moscow = gaz.lookup("Moscow")
    assert moscow is not None
    for variant in ("MOSCOW", "moscow", "the Moscow", "Moscow's", "Moscow."):
        assert gaz.lookup(variant) is moscow, variant
    assert gaz.lookup("Sao Paulo") is gaz.lookup("São Paulo") is not None
    assert gaz.lookup("Nagorno Karabakh") is gaz.lookup("Nagorno-Karabakh") is not None


def test_places_alternate_city_names(gaz: Gazetteer) -> None:
    kyiv = gaz.lookup("Kiev")
    assert kyiv is not None and kyiv.country == "UKR"


def test_places_unknown_and_blocked_names_are_none(gaz: Gazetteer) -> None:
    for name in ("Narnia Flats", "", "the", "White House", "MOW"):
        assert gaz.lookup(name) is None, name


def test_places_curated_file_rows_are_valid() -> None:
    rows = [line.split("\t") for line in EXTRA_PLACES.read_text("utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert rows
    assert all(len(r) == 7 and r[5] in KINDS for r in rows)


def test_places_as_location(gaz: Gazetteer) -> None:
    place = gaz.lookup("Crimea")
    assert place is not None
    location = place.as_location()
    assert (location.name, location.country) == ("Crimea", "UKR")


def test_places_build_with_custom_file(tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text("# test\nname\taliases\tcountry\tlat\tlon\tkind\tnote\n"
                     "Moscow\tThird Rome\t\t1.5\t2.5\tregion\tshadows the city\n", "utf-8")
    gaz = Gazetteer.build(extra)
    assert gaz.lookup("third rome") == Place("Moscow", None, 1.5, 2.5, "region")
    assert gaz.lookup("Moscow") == gaz.lookup("Third Rome")


@pytest.mark.parametrize(
    ("row", "culprit"),
    [
        ("Atlantis\t\t\t1\t2\tcontinent\t", "'continent'"),
        ("Atlantis\t\tXX\t1\t2\tregion\t", "'XX'"),
        ("Atlantis\t\t\tnorth\t2\tregion\t", "'north'"),
        ("Atlantis\t\t\t91\t2\tregion\t", "'91'"),
        ("Atlantis\t\tZZZ\t\t\tcountry\t", "'ZZZ'"),
        ("Atlantis\tonly three", "got 2"),
    ],
)
def test_places_bad_rows_name_file_line_and_value(tmp_path: Path, row: str,
                                                  culprit: str) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text("name\taliases\tcountry\tlat\tlon\tkind\tnote\n" + row + "\n", "utf-8")
    with pytest.raises(DictionaryError) as info:
        Gazetteer.build(extra)
    assert f"{extra}:2" in str(info.value) and culprit in str(info.value)


def test_places_normalize() -> None:
    assert normalize("  The  Côte-d’Ivoire ") == "cote d'ivoire"
