"""Verb lemmas the rule lemmatizer gets wrong, set right after it.

spaCy's English rule lemmatizer strips "-ed" or "-ing" and keeps the first stem it finds in
its index of verbs. Where a word and the same word with a final 'e' are both verbs, it takes
the shorter one: "raped" -> "rap", "hoped" -> "hop", "scraped" -> "scrap", "hated" -> "hat".
English spelling says otherwise: a one-syllable verb ending in one vowel and one consonant
doubles that consonant before "-ed" and "-ing" ("rap" -> "rapped", "scrap" -> "scrapped"), so
a form that does not double it ("raped", "scraped") is of the verb with the 'e' ("rape",
"scrape"). The lexicons are looked up by lemma, so "Militiamen raped women" read as "rap" is
a criticism (111), not the sexual assault (1821) it is.

`correct_verb_lemmas` runs right after the lemmatizer and gives such a verb the lemma with
the 'e', where the lemmatizer's own index knows that verb. A pipeline whose lemmatizer has no
such index is left as it is.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

VERB_LEMMAS = "detente_verb_lemmas"  # the pipeline component's registered name
# one syllable, one vowel letter and one final consonant that spelling doubles (not w, x, y)
_UNDOUBLED_STEM = re.compile(r"[^aeiouy]*[aeiou][bcdfgjklmnpqrstvz]")
_SUFFIXES = ("ed", "ing")


def e_lemma(word: str, lemma: str, verbs: frozenset[str]) -> str | None:
    """The lemma with a final 'e' that `word` is a form of, where the lemmatizer gave
    `lemma` without it: "raped"/"rap" -> "rape"; None where it got it right ("rapped"/"rap",
    "fixed"/"fix", "visited"/"visit")."""
    if not _UNDOUBLED_STEM.fullmatch(lemma) or lemma + "e" not in verbs:
        return None
    return lemma + "e" if any(word == lemma + s for s in _SUFFIXES) else None


def lemmatizer_verbs(nlp: Language, irregular: bool = False) -> frozenset[str]:
    """The verbs `nlp`'s rule lemmatizer indexes, and with `irregular` also its irregular verb
    forms and their lemmas ("went", "go"); empty for a pipeline whose lemmatizer has no such
    index."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    verbs = set(lookups.get_table("lemma_index").get("verb", ()))
    if irregular and lookups.has_table("lemma_exc"):
        for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items():
            verbs.add(form)
            verbs.update(lemmas)
    return frozenset(verbs)


@Language.factory(VERB_LEMMAS)
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp)


class VerbLemmas:
    """The component: the lemmatizer's verb index, read once when the pipeline is built."""

    def __init__(self, nlp: Language) -> None:
        self.verbs = lemmatizer_verbs(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not self.verbs:
            return doc
        for tok in doc:
            if tok.pos_ == "VERB":
                fixed = e_lemma(tok.lower_, tok.lemma_.lower(), self.verbs)
                if fixed is not None:
                    tok.lemma_ = fixed
        return doc
