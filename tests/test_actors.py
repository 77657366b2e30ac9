"""Organisations in the shipped actor KB: NGOs and armed non-state groups from the Phoenix
dictionaries (kind "group"), our curated groups.csv and the European Community in igos.csv.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors import ActorKB
from detente.actors.kb import phrase_key
from detente.coding.finder import MentionFinder
from detente.pipeline import Coder


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize(("phrase", "code"), [
    ("European Community", "IGOEUREEC"),  # igos.csv: the EU's code, as for "European Union"
    ("EEC", "IGOEUREEC"),
    ("Amnesty International", "NGOHRIAMN"),  # Phoenix NGO entry
    ("Red Crescent", "NGOHLHIRC"),  # groups.csv: two everyday words, kept by hand
    ("UNITA", "AGOREB"),  # Phoenix writes ANGREB; ANG is Angola's AGO misspelt
    ("Hizbollah", "LBNREB"),
    ("Liberation Tigers of Tamil Eelam", "LKAREB"),  # '(LTTE)' dropped from Phoenix's name
    ("Kurdistan Workers' Party", "TURREB"),
    ("Revolutionary United Front", "SLEREB"),  # Phoenix gives the region only (WAF)
])
def test_actors_organisations_resolve(kb: ActorKB, phrase: str, code: str) -> None:
    entry = kb.resolve(phrase_key(phrase), None)
    assert entry is not None and entry.code == code
    assert entry.kind == ("igo" if code.startswith("IGO") else "group")


def test_actors_group_codes_follow_the_date(kb: ActorKB) -> None:
    """SPLM/A: a rebel movement until South Sudan's independence, then its governing party."""
    splma = phrase_key("SPLM/A")
    assert kb.resolve(splma, date(1999, 3, 1)).code == "SDNREB"
    assert kb.resolve(splma, date(2015, 3, 1)).code == "SSDGOVPTY"


@pytest.mark.parametrize("phrase", [
    "youth",  # listed by Phoenix as a Hezbollah synonym
    "organization",  # listed as a synonym of Tanzim
    "islamic jihad",  # two everyday words, and more than one group's name
    "free land",
    "17 november",  # a date before it is a group
    "the foundation",
    "abu bakar",  # a given name that many people bear
    "peoples liberation army",  # China's army, not the Turkish group Phoenix files it under
])
def test_actors_everyday_phrases_stay_out(kb: ActorKB, phrase: str) -> None:
    assert not any(e.kind == "group" for e in kb.lookup(phrase))


def test_actors_sentence_with_common_word_finds_no_group(coder: Coder) -> None:
    finder = MentionFinder(coder.kb)
    doc = coder.nlp("Youth groups marched for justice and hope in the capital.")
    assert [m.entry for m in finder.find(list(doc), None) if m.entry.kind == "group"] == []


def test_actors_ngo_is_the_source_of_an_accusation(coder: Coder) -> None:
    events = coder.code("Amnesty International accused Norway of mistreating prisoners.",
                        date=date(2021, 5, 4))
    assert any(e.source.code == "NGOHRIAMN" for e in events)


def test_actors_armed_group_is_the_source_of_an_attack(coder: Coder) -> None:
    events = coder.code("The Taliban attacked Pakistani soldiers near the border on Tuesday.",
                        date=date(2010, 6, 2))
    assert any(e.source.code.startswith("AFGREB") for e in events)


def test_actors_european_community_is_one_actor(coder: Coder) -> None:
    events = coder.code("European Community ministers agreed to send food aid to Poland.",
                        date=date(1990, 2, 3))
    assert any(e.source.code == "IGOEUREEC" for e in events)


@pytest.mark.parametrize(("words", "ents", "index", "expected"), [
    # 'Zamora' is a Spanish city, but here the surname of the journalist named before
    (["Ana", "Zamora", "spoke", ".", "Police", "arrested", "Zamora", "."],
     ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"], 6, True),
    (["Police", "arrested", "Zamora", "."], ["O", "O", "O", "O"], 2, False),
    # the full name itself is not "named elsewhere"
    (["Ana", "Zamora", "spoke", "."], ["B-PERSON", "I-PERSON", "O", "O"], 1, False),
])
def test_actors_surname_of_named_person(words: list[str], ents: list[str], index: int,
                                        expected: bool) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from detente.coding.finder import surname_of_person

    doc = Doc(Vocab(), words=words, ents=ents)
    assert surname_of_person(doc[index]) is expected


@pytest.mark.parametrize(("phrase", "day", "code"), [
    # armed groups of the 2010s-2020s the Phoenix dictionaries lack (groups.csv)
    ("Islamic State", date(2016, 5, 1), "IMGMUSISI"),
    ("ISWAP", date(2021, 5, 1), "IMGMUSISI"),
    ("Pakistani Taliban", date(2012, 10, 9), "PAKREB"),  # not the Afghan Taliban
    ("Taliban", date(2019, 5, 1), "AFGREB"),  # rebels until they took Kabul,
    ("Taliban", date(2021, 8, 15), "AFGGOV"),  # the government from that day
    ("BLA", date(2025, 3, 11), "PAKREB"),
    ("Rapid Support Forces", date(2019, 6, 3), "SDNMIL"),  # a state force until the war
    ("Rapid Support Forces", date(2024, 1, 1), "SDNREB"),
    ("Hayat Tahrir al-Sham", date(2020, 1, 1), "SYRREB"),
    ("IDF", date(2024, 1, 1), "ISRMIL"),
    ("Tren de Aragua", date(2025, 3, 1), "VENCRM"),
])
def test_actors_recent_armed_groups(kb: ActorKB, phrase: str, day: date, code: str) -> None:
    entry = kb.resolve(phrase_key(phrase), day)
    assert entry is not None and entry.code == code


def test_actors_ambiguous_acronyms_stay_out(kb: ActorKB) -> None:
    # RSF is also Reporters Without Borders, SDF Japan's Self-Defense Forces
    assert not kb.lookup("rsf") and not kb.lookup("sdf")


@pytest.mark.parametrize(("text", "found"), [
    ("IS fighters attacked the town.", True),  # the Islamic State, as VOA writes it
    ("Is Peru ready to talk to Chile?", False),  # the verb, capitalised at a question's start
    ("US troops left the base.", True),
    ("Us and them: the minister spoke of the two parties.", False),
])
def test_actors_acronyms_spelled_as_words_only_in_capitals(coder: Coder, text: str,
                                                           found: bool) -> None:
    finder = MentionFinder(coder.kb)
    doc = coder.nlp(text)
    first = [m for m in finder.find(list(doc), date(2024, 1, 1)) if m.start == 0]
    assert bool(first) == found
