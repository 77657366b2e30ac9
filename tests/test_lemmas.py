"""Verb lemmas set right after the lemmatizer (lemmas.py)."""

from __future__ import annotations

import pytest

from detente.lemmas import VERB_LEMMAS, e_lemma
from detente.nlp import load_pipeline

VERBS = frozenset({"rap", "rape", "hop", "hope", "fix", "visit", "scrap", "scrape"})


@pytest.mark.parametrize(("word", "lemma", "expected"), [
    ("raped", "rap", "rape"),
    ("raping", "rap", "rape"),
    ("hoped", "hop", "hope"),
    ("scraped", "scrap", "scrape"),
    ("rapped", "rap", None),  # the doubled consonant is the short verb's
    ("scrapped", "scrap", None),
    ("fixed", "fix", None),  # an x is never doubled
    ("visited", "visit", None),  # two syllables
    ("raped", "rape", None),  # already right
])
def test_e_lemma_follows_english_spelling(word: str, lemma: str, expected: str | None) -> None:
    assert e_lemma(word, lemma, VERBS) == expected


def test_e_lemma_needs_the_verb_in_the_index() -> None:
    assert e_lemma("bused", "bus", VERBS) is None


def test_the_pipeline_sets_the_lemma_after_the_lemmatizer() -> None:
    nlp = load_pipeline()
    names = nlp.pipe_names
    assert names.index("lemmatizer") < names.index(VERB_LEMMAS)
    doc = nlp("Gunmen raped women and scrapped the deal, hoping to escape.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["raped"] == "rape"
    assert lemmas["scrapped"] == "scrap"
    assert lemmas["hoping"] == "hope"
