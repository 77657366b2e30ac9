"""Names in capitals that the small English model reads as verbs (nlp.with_names_reparsed)."""

from __future__ import annotations

import datetime as dt

from detente.nlp import load_pipeline, misread_names, verb_forms, with_names_reparsed
from detente.pipeline import Coder


def test_a_name_read_as_the_verb_is_parsed_again_as_the_subject() -> None:
    nlp = load_pipeline()
    text = "ECOWAS imposed sanctions on Mali after the coup."
    first = nlp(text)
    assert [t.text for t in misread_names(first, verb_forms(nlp))] == ["ECOWAS"]
    doc = with_names_reparsed(nlp, first)
    assert doc.text == text  # the words and offsets as written
    name, verb = doc[0], doc[1]
    assert name.text == "ECOWAS" and name.lemma_ == "ECOWAS" and name.pos_ == "PROPN"
    assert verb.dep_ == "ROOT" and name.head.i == verb.i and name.dep_ == "nsubj"


def test_only_the_sentence_with_the_misread_name_is_parsed_again() -> None:
    nlp = load_pipeline()
    text = ("Guinea's junta closed the border on Monday. ECOWAS imposed sanctions on Guinea. "
            "The junta said it would not yield.")
    first = nlp(text)
    doc = with_names_reparsed(nlp, first)
    assert doc.text == text and len(doc) == len(first)
    sents = list(doc.sents)
    assert len(sents) == 3
    name = sents[1][0]
    assert name.text == "ECOWAS" and name.dep_ == "nsubj" and name.head.lemma_ == "impose"
    for before, after in ((t, doc[t.i]) for s in (0, 2) for t in list(first.sents)[s]):
        assert (before.tag_, before.dep_, before.head.i, before.lemma_, before.ent_type_) == \
            (after.tag_, after.dep_, after.head.i, after.lemma_, after.ent_type_)


def test_a_verb_written_in_capitals_is_not_taken_for_a_name() -> None:
    nlp = load_pipeline()
    doc = nlp("We CONDEMN the attack on the convoy.")
    assert misread_names(doc, verb_forms(nlp)) == []
    assert with_names_reparsed(nlp, doc) is doc


def test_a_text_with_no_misread_name_keeps_its_parse() -> None:
    nlp = load_pipeline()
    doc = nlp("NATO ministers met in Brussels on Tuesday.")
    assert with_names_reparsed(nlp, doc) is doc


def test_the_bloc_read_as_a_verb_imposes_the_sanctions(coder: Coder) -> None:
    events = coder.code("The West African bloc ECOWAS imposed sanctions on Guinea on Monday.",
                        date=dt.date(2021, 9, 20))
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert ("IGOWAFBUSWAS", "GIN", "163") in got
    (event,) = [e for e in events if e.cameo == "163"]
    assert event.sentence.startswith("The West African bloc ECOWAS imposed")
