"""Pronouns: the actors a pronoun stands for, read off its sentence or the one before.

A possessive pronoun stands for the nearest actor phrase before it in its sentence
(`antecedent_actors`: "Abe said after his talks with Putin"); a subject 'he' or 'she' continues
the person the sentence before was about (`previous_subject_person`), a subject 'they' the plural
actors or group it was about (`previous_subject_group`); an object 'him' or 'her' the one person
named before it, or the one the sentence before was about (`object_pronoun_person`). Functions
of an `ActorBuilder` and a token; `clauses`, `nominal` and `verb_parties` call them. Pronouns
inside a quote are the speaker's business (`speakers`), and phrases that name no one, "the
group" or "the two leaders", are `anaphora`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from detente.coding.mentions import ActorBuilder
from detente.coding.phrases import PERSON_TITLES
from detente.coding.quotes import QUOTE_MARKS, inside_quote
from detente.coding.syntax import main_subject
from detente.coding.vocabulary import (
    ANAPHORS,
    ANTECEDENT_DEPS,
    INSTITUTION_HEADS,
    ONE_PERSON_PRONOUNS,
    PERSON_HEADS,
    PERSON_OBJECT_PRONOUNS,
    PLACE_PREPS,
)
from detente.model import Actor


def antecedent_actors(pronoun: Token, actors: ActorBuilder,
                      persons: bool = False) -> list[tuple[Actor, str]]:
    """The actor a possessive pronoun refers to: the nearest actor phrase before it in the
    sentence ("Abe said after his talks with Putin" -> Abe; "sanctions on Russia over its
    invasion" -> Russia; "Israel and Syria ... at their talks" -> both); with `persons`, the
    nearest person, for a subject 'he' or 'she'."""
    sent = pronoun.sent
    for i in range(pronoun.i - 1, sent.start - 1, -1):
        tok = pronoun.doc[i]
        if tok.dep_ not in ANTECEDENT_DEPS or tok.pos_ not in {"PROPN", "NOUN"}:
            continue
        while tok.dep_ == "conj" and pronoun.lower_ == "their":  # the whole coordination
            tok = tok.head
        found = [a for a, _ in actors.actors(tok)]
        if pronoun.lower_ in {"his", "her"} or persons:  # "he": a person too
            found = [a for a in found if a.name is not None]  # a person, not "Moscow"
        elif pronoun.lower_ == "its":
            found = [a for a in found if a.name is None]
        if found:
            return [(a, "antecedent") for a in found]
    return []


def previous_subject_person(pronoun: Token, actors: ActorBuilder,
                            named_only: bool = False) -> list[tuple[Actor, str]]:
    """The person a sentence's 'he' or 'she' continues from the sentence just before, when that
    sentence's main subject is a named person: "Senator Abdi criticised the plan on Monday.
    He also urged the president to return to talks" (Abdi); or one person named by title
    ("Kenya's foreign minister", whose name may stand beside it). Only the main subject, and not
    after a quote mark in its sentence (a quote's 'he' is not the narrator's): what news
    writing continues with a pronoun. One sentence further back only past a sentence about no
    person at all (`_about_no_person`): "Senator Abdi criticised the plan on Monday. The plan
    would raise taxes. He urged the president to drop it" (Abdi). With `named_only`, only a
    subject that names a person (not "the Taliban", whose actor carries a name too)."""
    sent = pronoun.sent
    if sent.start == 0 or any(t.text in QUOTE_MARKS for t in pronoun.doc[sent.start:pronoun.i]):
        return []
    before = pronoun.doc[sent.start - 1].sent
    found = _subject_person(before, actors, named_only)
    if found is None and before.start > 0 and _about_no_person(before, actors):
        found = _subject_person(pronoun.doc[before.start - 1].sent, actors, named_only)
    return [(a, "previous-subject") for a in found or []]


def _subject_person(sent: Span, actors: ActorBuilder, named_only: bool) -> list[Actor] | None:
    """The person the main subject of `sent` names, by name or by a title of one person
    ("Kenya's foreign minister criticised the plan": the sector actor, as a quote's speaker is
    read in `speakers`); None where that subject is no person."""
    root = sent.root
    subjects = [c for v in (root, *(c for c in root.children if c.dep_ == "conj"))
                for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    subject = subjects[0]
    person = subject.ent_type_ == "PERSON"  # "Senator Abdi Qeybdid", whom the KB may not know
    mention = actors.mention_at(subject)
    if named_only and not person and (mention is None or mention.entry.kind != "person"):
        return None
    titled = subject.tag_ == "NN" and subject.lemma_.lower() in PERSON_TITLES and not (
        subject.conjuncts)  # "Kenya's foreign minister": one person, though unnamed
    found = [a for a, _ in actors.actors(subject) if person or titled or a.name is not None]
    if not found and person:  # "Ada Brel, a member of the upper house, ...": her title's, the
        found = actors.sector_in_context(subject)  # story giving its country
    return found or None


# Pronouns of a person a sentence is about, which a 'he' after it may continue instead.
NARRATED_PERSONS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "we", "they",
                              "them"})


def _about_no_person(sent: Span, actors: ActorBuilder) -> bool:
    """A sentence a 'he' may reach back past: one that names no person, titles no one, holds
    no personal pronoun and no quotation ("The plan would raise taxes.")."""
    return not any(
        t.ent_type_ == "PERSON" or t.text in QUOTE_MARKS or t.lower_ in NARRATED_PERSONS
        or t.lemma_.lower() in PERSON_TITLES
        or ((m := actors.mention_at(t)) is not None and m.entry.kind == "person")
        for t in sent)


def previous_subject_group(pronoun: Token, actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The actors a sentence's 'they' continues from the sentence just before, when that
    sentence's main subject is a plural actor phrase, a list of actors or a named group:
    "Kenya and Uganda signed a border pact on Monday. They also urged Somalia to join it"
    (KEN, UGA). Only the main subject, only one sentence back, and neither the pronoun nor
    that subject inside a quotation (`inside_quote`): a quote's 'they' is the speaker's."""
    sent = pronoun.sent
    if sent.start == 0 or inside_quote(pronoun):
        return []
    subject = main_subject(pronoun.doc[sent.start - 1].sent)
    if subject is None or inside_quote(subject) or subject.lower_ in ANAPHORS:
        return []
    mention = actors.mention_at(subject)
    plural = subject.tag_ in {"NNS", "NNPS"} or bool(subject.conjuncts) or (
        mention is not None and mention.entry.kind == "group")
    return [(a, "previous-subject") for a, _ in actors.actors(subject)] if plural else []


def object_pronoun_person(dobjs: Sequence[Token], subj_toks: Sequence[Token],
                          actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The person an object 'him' or 'her' stands for: the one person named before it in its
    sentence outside its own verb's subject ("Bennett said the Taliban had barred him from the
    country": Bennett), or a 'he'/'she' there that continues the sentence before; with no one
    named before it, the person the sentence before was about ("Judge Okoye resigned on Monday.
    The council had accused her of fraud": Okoye, `previous_subject_person`). Two people named
    before it, or one the knowledge base lacks, leave it unresolved; so does a quotation."""
    pronouns = [o for o in dobjs if o.lower_ in PERSON_OBJECT_PRONOUNS and o.dep_ == "dobj"]
    if len(pronouns) != 1 or inside_quote(pronouns[0]):
        return []
    pronoun = pronouns[0]
    own = {t.i for s in subj_toks for t in s.subtree}
    found: dict[str, tuple[Actor, str]] = {}
    for tok in pronoun.doc[pronoun.sent.start:pronoun.i]:
        if tok.text in QUOTE_MARKS:
            return []
        if tok.i in own:
            continue
        if tok.lower_ in ONE_PERSON_PRONOUNS and tok.dep_ in {"nsubj", "nsubjpass"}:
            named = previous_subject_person(tok, actors, named_only=True)
            if not named:
                return []
        elif tok.dep_ in ANTECEDENT_DEPS and tok.pos_ in {"PROPN", "NOUN"}:
            mention = actors.mention_at(tok)
            if tok.ent_type_ == "PERSON" or (mention is not None
                                             and mention.entry.kind == "person"):
                named = [(a, "object-pronoun") for a, _ in actors.actors(tok)]
                if not named:
                    return []  # "Joseph", whom the knowledge base lacks: a rival antecedent
            elif tok.tag_ == "NN" and tok.lemma_.lower() not in INSTITUTION_HEADS and (
                    mention is not None or tok.lemma_.lower() in PERSON_HEADS) and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS):  # "in prison"
                return []  # "the minister", "a suspect": one person, unnamed
            else:
                continue
        else:
            continue
        found.update((a.name or a.code, (a, "object-pronoun")) for a, _ in named)
    if len(found) > 1:
        return []
    if found:
        return list(found.values())
    return [(a, "object-pronoun-previous")
            for a, _ in previous_subject_person(pronoun, actors, named_only=True)]
