"""PETRARCH-format verb dictionaries that users bring: patterns and codes honoured as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente import cameo
from detente.coding.lexicon import Slots
from detente.coding.petrarch_verbs import load_petrarch_verbs, read_petrarch_verbs
from detente.errors import UnknownCodeError
from detente.pipeline import Coder

# Codes CAMEO lacks ("961", "962", "17Q") are the dictionary's own user codes.
DICTIONARY = """\
&TIETYPES
+MILITARY
+ECONOMIC

--- ABANDON  [961]  ---
ABANDON
- * {IMPROVED &TIETYPES RELATIONS} [962]
- * {DIPLOMATIC TIES} [080]
- * EFFORTS (TO) [17Q]
- * HOPE [080!]

--- RESTORE  [050]  ---
RESTORE
- * {FXLL DIPLOMATIC} [+++]
- * DIPLOMATIC [050]
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "verbs.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def objects(*words: str) -> Slots:
    return Slots(subject=frozenset({"arnor"}), objects=frozenset(words))


def test_petrarch_plural_pattern_word_matches_its_lemma(dictionary: Path) -> None:
    verbs = load_petrarch_verbs(dictionary)
    match = verbs.match("abandon", objects("full", "diplomatic", "tie"))  # "ties" -> "tie"
    assert match is not None and match.code == "080"


def test_petrarch_participle_pattern_word_matches_its_lemma(dictionary: Path) -> None:
    verbs = load_petrarch_verbs(dictionary)
    match = verbs.match("abandon", objects("improve", "economic", "relation"))
    assert match is not None and match.code == "962"
    assert "(user code 962)" in match.rule


def test_petrarch_user_codes_travel_with_their_lexicon_only(dictionary: Path) -> None:
    verbs = load_petrarch_verbs(dictionary)
    book = cameo.Codebook(verbs.user_codes)
    for code in ("961", "962", "17Q"):
        assert book.is_code(code) and not cameo.is_cameo(code)
        assert not cameo.is_code(code)  # other coders in the process do not see them
    entry = book.lookup("961")
    assert entry.user and entry.plover is None and entry.goldstein == 0.0
    assert entry.quad_class == 0  # "96" is no CAMEO root
    assert book.lookup("17Q").quad_class == cameo.lookup("17").quad_class  # a letter is kept
    assert not book.lookup("080").user and "080" not in verbs.user_codes


def test_coder_with_user_dictionary_keeps_its_codes_and_others_do_not(
        dictionary: Path, coder: Coder) -> None:
    mine = Coder(verbs=load_petrarch_verbs(dictionary))
    text = "France abandoned Germany on Monday."
    events = mine.code(text, date=dt.date(2020, 1, 6))
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("FRA", "DEU", "961")]
    assert events[0].quad_class == 0 and "(user code 961)" in events[0].rule
    assert not cameo.is_code("961")  # the default coder, in the same process, knows CAMEO only
    assert all(e.cameo != "961" for e in coder.code(text, date=dt.date(2020, 1, 6)))


def test_petrarch_reading_alone_registers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("--- PONDER [958] ---\nPONDER\n", encoding="utf-8")
    data, _ = read_petrarch_verbs(path)  # scripts/build_verbs.py maps such codes itself
    assert data["verbs"]["ponder"]["code"] == "958"
    assert not cameo.is_code("958")


def test_petrarch_pattern_with_non_numeric_code_is_dropped(dictionary: Path) -> None:
    _, report = read_petrarch_verbs(dictionary)
    assert any("non-numeric code [+++]" in note for note in report.notes)
    verbs = load_petrarch_verbs(dictionary)
    match = verbs.match("restore", objects("fxll", "diplomatic", "tie"))
    assert match is not None and match.code == "050"


def test_petrarch_bang_after_code_is_dropped(dictionary: Path) -> None:
    verbs = load_petrarch_verbs(dictionary)
    match = verbs.match("abandon", objects("hope"))
    assert match is not None and match.code == "080"


def test_petrarch_malformed_user_code_is_refused() -> None:
    with pytest.raises(UnknownCodeError, match="'9x9x'"):
        cameo.user_codes(["9x9x"], "mine.txt")


def test_petrarch_pattern_preps_name_where_the_other_party_is(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text("--- CELEBRATE [051] ---\nCELEBRATE\n- * EID (AT ^) (WITH +) [017]\n"
                    "- * MEMOS (FROM) [050]\n- + * (FROM $) [080]\n", encoding="utf-8")
    verbs = load_petrarch_verbs(path)
    eid = Slots(objects=frozenset({"eid"}),
                preps={"at": frozenset({"osgiliath"}), "with": frozenset({"gondor"})})
    match = verbs.match("celebrate", eid)
    assert match is not None and (match.code, match.preps) == ("017", ("with",))
    memos = Slots(objects=frozenset({"memo"}), preps={"from": frozenset({"bree"})})
    match = verbs.match("celebrate", memos)
    assert match is not None and match.preps == ("from",)
    freed = verbs.match("celebrate", Slots(preps={"from": frozenset({"mordor"})}))
    assert freed is not None and (freed.code, freed.preps) == ("080", ())  # "$": the source
