"""Verb and noun lexicons (detente.coding.lexicon) and the PETRARCH verb reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente import cameo
from detente.coding.lexicon import NounLexicon, Slots, VerbLexicon, noun_key, parse_nouns
from detente.coding.petrarch_verbs import load_petrarch_verbs, read_petrarch_verbs
from detente.errors import DictionaryError
from scripts_loader import load_script

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
F = frozenset

# A tiny dictionary in the PETRARCH-2 format, written for these tests.
TINY = """\
# test dictionary
####### SYNONYM SETS #######
&PARLEY
+TALKS
+NEGOTIATION_ROUND

####### VERB PATTERNS #######
---  CONFER   [040]  ---
CONFER
+SIT_DOWN {+SITS_DOWN +SAT_DOWN +SITTING_DOWN}
- * (WITH)                        [040:040]   # both ways
- * (WITH {TRADE ENVOY})          [046:046]
- * &PARLEY (WITH)                [046]
- * (ABOUT WEATHER)               [---]
- * PRESSURE                      [:100]
- * SANCTIONS                     [163]
- $ * (TO +)                      [042]

---  GREET   [---]  ---
GREET {GREETS GREETED GREETING}
ESCORT [042:043]
- * GUESTS                        [043:042]

######## TRANSFORMATIONS ########
~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture
def tiny(tmp_path: Path) -> VerbLexicon:
    path = tmp_path / "tiny.verbs.txt"
    path.write_text(TINY, encoding="utf-8")
    return load_petrarch_verbs(path)


# --- matching --------------------------------------------------------------------------------


def test_lexicon_meet_with_prep_gives_a_consult_code() -> None:
    lex = VerbLexicon.load()
    match = lex.match("meet", Slots(subject=F({"abe"}), preps={"with": F({"putin"})}))
    assert match is not None
    assert match.code.startswith("04")
    assert match.rule.startswith("verb:meet/")


@pytest.mark.parametrize(("lemma", "root"), [
    # news verbs that CAMEO 2.0 lacks (data/verbs_extra.tsv)
    ("slam", "11"), ("rap", "11"), ("excoriate", "11"),
    ("coerce", "17"), ("bully", "17"), ("intimidate", "13"),
])
def test_lexicon_news_verbs_missing_from_cameo_have_codes(lemma: str, root: str) -> None:
    match = VerbLexicon.load().match(lemma, Slots(subject=F({"kenya"}), objects=F({"uganda"})))
    assert match is not None and match.code.startswith(root)


def test_lexicon_engaging_with_someone_is_consultation_engaging_them_is_combat() -> None:
    lex = VerbLexicon.load()
    talks = lex.match("engage", Slots(subject=F({"kenya"}), preps={"with": F({"uganda"})}))
    fight = lex.match("engage", Slots(subject=F({"troops"}), objects=F({"militant"})))
    assert talks is not None and talks.code == "040"  # verbs_extra "with:+"
    assert fight is not None and fight.code == "190"


def test_lexicon_more_specific_pattern_wins(tiny: VerbLexicon) -> None:
    short = tiny.match("confer", Slots(preps={"with": F({"minister"})}))
    assert short is not None and short.code == "040"
    assert short.rule == "verb:confer/pattern:11 * (WITH)"
    longer = tiny.match("confer", Slots(preps={"with": F({"trade", "envoy", "minister"})}))
    assert longer is not None and longer.code == "046"
    assert ":12 " in longer.rule


def test_lexicon_null_pattern_suppresses_the_event(tiny: VerbLexicon) -> None:
    assert tiny.match("confer", Slots()) is not None  # the block default, 040
    assert tiny.match("confer", Slots(preps={"about": F({"weather"})})) is None


def test_lexicon_default_code_when_no_pattern_fires(tiny: VerbLexicon) -> None:
    match = tiny.match("confer", Slots(objects=F({"lunch"})))
    assert match is not None and match.code == "040"
    assert match.rule == "verb:confer/default:9"
    assert tiny.match("greet", Slots()) is None  # block code [---]
    assert tiny.match("unknownverb", Slots()) is None


def test_lexicon_passive_finds_object_words_in_the_subject(tiny: VerbLexicon) -> None:
    # "sanctions were conferred": the pattern's object is the grammatical subject
    passive = tiny.match("confer", Slots(subject=F({"sanction", "new"}), passive=True))
    assert passive is not None and passive.code == "163"
    active = tiny.match("confer", Slots(subject=F({"sanction"})))
    assert active is not None and active.code == "040"


def test_lexicon_colon_codes_give_the_reverse_event(tiny: VerbLexicon) -> None:
    host = tiny.match("greet", Slots(objects=F({"guest"})))
    assert host is not None
    assert (host.code, host.reverse, host.reverse_code) == ("043", False, "042")
    under = tiny.match("confer", Slots(objects=F({"pressure"})))  # [:100]
    assert under is not None
    assert (under.code, under.reverse, under.reverse_code) == ("100", True, None)


def test_lexicon_verb_own_code_overrides_the_block(tiny: VerbLexicon) -> None:
    match = tiny.match("escort", Slots())
    assert match is not None and (match.code, match.reverse_code) == ("042", "043")


def test_lexicon_synsets_multiword_verbs_and_plurals(tiny: VerbLexicon) -> None:
    assert "sit down" in tiny and "Confer" in tiny and "sat down" not in tiny
    round_ = tiny.match("sit down", Slots(objects=F({"negotiation", "round"}),
                                          preps={"with": F({"japan"})}))
    assert round_ is not None and round_.code == "046"
    # "TALKS" in the synset also matches the lemma "talk"
    talk = tiny.match("confer", Slots(objects=F({"talk"}), preps={"with": F({"japan"})}))
    assert talk is not None and talk.code == "046"


def test_lexicon_markers_constrain_nothing(tiny: VerbLexicon) -> None:
    match = tiny.match("confer", Slots(preps={"to": F({"tokyo"})}))
    assert match is not None and match.code == "042"


def test_lexicon_shipped_codes_are_in_the_codebook() -> None:
    data = json.loads((REPO / "src" / "detente" / "data" / "verbs.json").read_text("utf-8"))
    codes = {p[k] for ps in data["blocks"].values() for p in ps for k in ("code", "passive")}
    codes |= {v[k] for v in data["verbs"].values() for k in ("code", "passive")}
    codes -= {None, "---"}
    assert codes and all(cameo.is_code(c) for c in codes), sorted(
        c for c in codes if not cameo.is_code(c))


def test_lexicon_load_rejects_bad_json(tmp_path: Path) -> None:
    bad = tmp_path / "verbs.json"
    bad.write_text('{"verbs": {"meet": {"code": "040", "block": "NOPE"}}}', encoding="utf-8")
    with pytest.raises(DictionaryError, match="meet"):
        VerbLexicon.load(bad)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"broken\.json:1"):
        VerbLexicon.load(broken)


# --- the PETRARCH reader ------------------------------------------------------------------------


def test_petrarch_reader_reports_what_it_read(tmp_path: Path) -> None:
    path = tmp_path / "tiny.verbs.txt"
    path.write_text(TINY, encoding="utf-8")
    data, report = read_petrarch_verbs(path)
    assert (report.blocks, report.lemmas, report.pattern_lines, report.patterns) == (2, 4, 8, 8)
    assert report.synsets == 1
    assert any("transformation" in n for n in report.notes)
    assert any("TABARI marker" in n for n in report.notes)
    assert data["verbs"]["sit down"]["block"] == "CONFER"
    first = data["blocks"]["CONFER"][1]
    assert first["preps"] == [["with", [[["trade", "envoy"]]]]]
    assert first["code"] == "046" and first["passive"] == "046" and first["line"] == 12


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("- * (WITH)", "has no [code]"),
        ("- (WITH) [040]", "exactly one '*'"),
        ("- * * (WITH) [040]", "exactly one '*'"),
        ("- * (WITH [040]", "unbalanced '('"),
        ("- * {TRADE ENVOY [040]", "unbalanced '{'"),
        ("- * (WITH) [04x2]", "bad event code"),
        ("- * (WITH) [040:041:042]", "bad event code"),
        ("CONFER ALOUD LOUDLY", "cannot read verb line"),
    ],
)
def test_petrarch_reader_malformed_line_names_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "bad.verbs.txt"
    path.write_text("---  CONFER   [040]  ---\nCONFER\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        read_petrarch_verbs(path)
    assert f"{path}:3" in str(info.value)
    assert message in str(info.value)


def test_petrarch_reader_rejects_lines_outside_blocks(tmp_path: Path) -> None:
    path = tmp_path / "bad.verbs.txt"
    path.write_text("# header\nCONFER\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad\.verbs\.txt:2: line outside"):
        read_petrarch_verbs(path)
    with pytest.raises(DictionaryError, match="no such verb dictionary"):
        read_petrarch_verbs(tmp_path / "missing.txt")


@pytest.mark.shared
def test_petrarch_reader_reads_cameo_2_0(shared_dir: Path) -> None:
    path = shared_dir / "peers" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"
    data, report = read_petrarch_verbs(path)
    assert report.blocks == 397 and report.pattern_lines == 4668 and report.synsets == 40
    assert report.lemmas > 1700 and report.patterns > 4600
    assert data["verbs"]["meet"]["code"] == "040"
    assert data["verbs"]["cordon off"]["block"]


@pytest.mark.shared
def test_petrarch_reader_reads_universalpetrarch_validation_verbs(shared_dir: Path) -> None:
    path = shared_dir / "peers" / "petrarch2" / "from-UniversalPetrarch"
    lex = load_petrarch_verbs(path / "PETR.Validate.verbs.2.0.txt")
    assert len(lex) > 100 and "agree" in lex


@pytest.mark.shared
def test_verbs_build_script_reproduces_the_packaged_file(shared_dir: Path) -> None:
    build = load_script("build_verbs")
    data, _ = read_petrarch_verbs(shared_dir / "peers" / "petrarch2" / "dictionaries" /
                                  "CAMEO.2.0.txt")
    build.check_codes(data)
    packaged = REPO / "src" / "detente" / "data" / "verbs.json"
    assert build.dump(data) == packaged.read_text(encoding="utf-8")


# --- nouns -----------------------------------------------------------------------------------


def test_nouns_codes_all_exist_in_the_codebook() -> None:
    nouns = NounLexicon.load()
    assert len(nouns) >= 60
    missing = [e.lemma for e in nouns.entries() if not cameo.is_code(e.code)]
    assert missing == []


def test_nouns_lookup_by_lemmas_and_multiword() -> None:
    nouns = NounLexicon.load()
    talks = nouns.get("talk")
    assert talks is not None and talks.code == "040" and talks.reciprocal
    assert talks.target_preps == ("with",)
    visit = nouns.get("visit")
    assert visit is not None and visit.code == "042" and not visit.reciprocal
    sanctions = nouns.get("sanction")
    assert sanctions is not None and sanctions.target_preps == ("on", "against")
    assert nouns.get("exchange of view") is nouns.get("exchange of views")
    assert nouns.get("visa - free regime") is not None  # spaCy splits the hyphen
    assert nouns.get("phone call") is not None and nouns.get("chair") is None
    assert nouns.max_words >= 4  # "visa - free regime" spans four tokens


def test_nouns_parse_errors_name_the_line() -> None:
    header = "lemma\tcode\ttarget_preps\treciprocal\tnotes\n"
    with pytest.raises(DictionaryError, match=r"n\.tsv:1"):
        parse_nouns("lemma\tcode\n", "n.tsv")
    with pytest.raises(DictionaryError, match=r"n\.tsv:2: reciprocal"):
        parse_nouns(header + "visit\t042\tto\tyes\tx\n", "n.tsv")
    with pytest.raises(DictionaryError, match=r"n\.tsv:3: duplicate"):
        parse_nouns(header + "talks\t046\twith\t1\tx\ntalk\t046\twith\t1\ty\n", "n.tsv")
    with pytest.raises(DictionaryError, match=r"n\.tsv:2: bad lemma or code"):
        parse_nouns(header + "visit\t04a\tto\t0\tx\n", "n.tsv")


def test_nouns_key_normalises_case_hyphens_and_plurals() -> None:
    assert noun_key("Exchange of  Views") == "exchange of view"
    assert noun_key("visa - free regime") == "visa-free regime"


def test_lexicon_overrides_add_object_and_preposition_patterns(tiny: VerbLexicon) -> None:
    text = ("lemma\tcode\tobject_words\tnotes\n"
            "confer\t054\tas:independent\ta word of the 'as' phrase\n"
            "confer\t072\ttank\ta word of the object\n")
    lex = tiny.with_overrides(text, "extra.tsv")
    recognised = lex.match("confer", Slots(objects=F({"kosovo"}),
                                           preps={"as": F({"independent", "state"})}))
    assert recognised is not None and recognised.code == "054"
    assert "extra.tsv:2" in recognised.rule
    # the 'as' word in the object is not enough
    plain = lex.match("confer", Slots(objects=F({"independent"})))
    assert plain is not None and plain.code != "054"
    tanks = lex.match("confer", Slots(objects=F({"tank"})))
    assert tanks is not None and tanks.code == "072"


def test_lexicon_a_particle_pattern_holds_only_on_the_verbs_own_particle() -> None:
    # CAMEO 2.0's "DEMAND * ON" (190) is "pressed on"; an 'on' inside the object is none
    lex = VerbLexicon.load()
    inside = lex.match("press", Slots(objects=F({"china", "do", "more", "on", "korea"}),
                                      particles=F()))
    assert inside is not None and inside.code == "100"
    own = lex.match("press", Slots(objects=F({"on"}), particles=F({"on"})))
    assert own is not None and own.code == "190"
    unknown = lex.match("press", Slots(objects=F({"china", "on"})))  # no particles known
    assert unknown is not None and unknown.code == "190"
