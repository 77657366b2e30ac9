"""Persons named again: who a later surname or a bare full name stands for, read off how the
story introduced them before.

The knowledge base lacks many a person news quotes; the story gives them once with a title
and a country or body, then names them alone. A surname written after the document gave the
full name ("Interior Minister Ilmarin Tuvo of Gondor ... Tuvo said", a family name written
first: "Kim Jong Un ... met Kim") is the actor of that earlier mention, titled before the
name, set off after its title ("the U.N. envoy for Libya, Marta Velasquez,") or written after
a title's 'for' phrase ("Special Envoy for Gondor Ada Brel") (`named_before`); a full name
given bare right after a sentence about a titled person ("Russia's envoy dismissed the
accusations. Vassily Nebenzia told the council ...") is that person (`described_before`).
Functions of an `ActorBuilder`, whose mentions and readings of other phrases they use, and of
the name's last token; the builder calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.finder import entity_span, fold_accents, given_names, namesakes
from detente.coding.phrases import (
    APPOSED_TITLE_WORDS,
    COUNTRY_KINDS,
    OFFICE_WORDS,
    PERSON_TITLES,
    read_at,
)
from detente.model import Actor

if TYPE_CHECKING:
    from detente.coding.mentions import ActorBuilder

NAME_ENTS = frozenset({"PERSON", "ORG"})  # the parser takes many a foreign name for a body's
# Countries whose people write the family name first ("Kim Jong Un" is Kim), as in the KB build.
SURNAME_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP",
                                     "KHM", "MNG"})
# Entity types the parser gives a bare surname it does not know, besides a person's or a
# body's: "La Lime told VOA" (WORK_OF_ART), "Berisha praised Ukraine" (GPE); a name the
# knowledge base knows as a place never gets this far.
SURNAME_MISREAD_ENTS = frozenset({"", "GPE", "WORK_OF_ART"})
# ... and the one it gives a full name it does not know, besides a person's or a body's:
# '"This is false," Vassily Nebenzia told the council' (WORK_OF_ART) -- "Nebenzia" later in
# the story is the person named there.
MISREAD_NAME_ENTS = frozenset({"WORK_OF_ART"})
# The prepositions of a title's scope: "Special Envoy for Gondor", "Special Rapporteur on Arnor".
TITLE_SCOPE_PREPS = frozenset({"for", "on"})


def named_before(actors: ActorBuilder, head: Token) -> list[Actor]:
    """A person the knowledge base lacks, named again by surname after the document gave
    the full name with a title ("Interior Minister Ilmarin Tuvo of Gondor ... Tuvo said"):
    the actor of that earlier mention, spanning this one. The nearest earlier namesake
    decides; given names, where both mentions have them, must agree; a family name written
    first may be named alone ("Kim Jong Un ... met Kim"). The parser may tag
    the bare surname as no entity, or either mention as an organisation's name."""
    ent = entity_span(head)
    if head.pos_ != "PROPN" or head.ent_type_ not in NAME_ENTS | SURNAME_MISREAD_ENTS \
            or head.i != ent.end - 1:
        return []
    given = {fold_accents(t.text)[:3] for t in given_names(ent, head.i)}
    for before in namesakes(head, actors.ents, NAME_ENTS | MISREAD_NAME_ENTS,
                             until=ent.start, family_first=len(ent) == 1):
        if before[-1].lower_ != head.lower_:  # "Kim Jong Un ... met Kim": family name first
            found = [a for a in actors.np_actors(before[-1]) if a.name is not None
                     and a.country in SURNAME_FIRST_COUNTRIES]
            if found:
                return read_at(found, ent)
            continue
        earlier = {fold_accents(t.text)[:3] for t in given_names(before, before.end - 1)}
        if given and earlier and not given & earlier:
            continue
        last = before[-1]
        found = (actors.np_actors(last) or _named_in_apposition(actors, last)
                 or _named_in_title_phrase(actors, last))
        return read_at(found, ent)
    return []


def described_before(actors: ActorBuilder, name: Token) -> list[Actor]:
    """A full name the knowledge base lacks, given bare (no title, no appositive, named
    for the first time) as the subject of a verb right after a sentence whose subject is
    a titled person of a named country or body: "Russia's envoy dismissed the
    accusations. 'This is false,' Vassily Nebenzia told the council", "China's U.N.
    ambassador spoke to reporters. Fu Cong blamed Washington for ..." -- news introduces
    the speaker by title and names them after. Only the subject of the sentence just
    before, a singular title ('envoy', 'minister', 'spokesman' ...)."""
    ent = entity_span(name)
    if (name.pos_ != "PROPN" or name.i != ent.end - 1 or len(ent) < 2
            or name.ent_type_ not in NAME_ENTS | SURNAME_MISREAD_ENTS
            or name.dep_ != "nsubj"
            or any(actors.mention_at(t) is not None for t in ent)
            or any(c.dep_ in {"appos", "acl", "relcl", "amod", "prep", "poss"}
                   or (c.dep_ == "compound" and c.i < ent.start) for c in name.children)
            or next(namesakes(name, actors.ents, None, until=ent.start), None) is not None):
        return []
    if name.sent.start == 0:
        return []
    before = actors.doc[name.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if (subject is None or subject.tag_ != "NN"
            or subject.lemma_.lower() not in PERSON_TITLES):
        return []
    found = [a for a in actors.np_actors(subject)
             if a.country or a.code.startswith("IGO")]
    return read_at(found, ent)


def _named_in_apposition(actors: ActorBuilder, name: Token) -> list[Actor]:
    """A name the knowledge base lacks, set off as the appositive of the title it holds:
    "The U.N. special envoy for Libya, Marta Velasquez, met the rebels" -- the title's
    actor (IGOUNO), so that "Velasquez urged ..." later in the story is the UN. Only a
    person's name whose head is a title word with an actor of its own; the parser may
    read the name set off by commas as a conjunct of the title ("the spokesperson for
    Gondor's foreign ministry, Ambassador Ada Brel, said"), never one of a list."""
    title = name.head
    if (name.dep_ not in {"appos", "conj"} or name.pos_ != "PROPN" or title.i >= name.i
            or name.ent_type_ not in {"PERSON", ""} or actors.mention_at(name) is not None
            or title.pos_ != "NOUN" or name.left_edge.i == 0
            or actors.doc[name.left_edge.i - 1].text != ","):
        return []
    end = name.right_edge.i + (name.right_edge.text != ",")
    if name.dep_ == "conj" and (any(c.dep_ == "cc" for c in title.children)
                                or end >= len(actors.doc) or actors.doc[end].text != ","):
        return []  # a list ("the minister, Ada Brel and ..."), not a name set off
    m = actors.mention_at(title)
    if m is None:  # an office the knowledge base lacks: "the European Union's policy chief"
        titled = title.lemma_.lower() in OFFICE_WORDS | APPOSED_TITLE_WORDS
    else:  # a sector word the phrase ends on: "the Kenyan foreign minister"
        titled = m.entry.kind == "sector" and title.i == m.end - 1
    return (actors.np_actors(title) or actors.title_for_body(title)) if titled else []


def _named_in_title_phrase(actors: ActorBuilder, name: Token) -> list[Actor]:
    """A name the knowledge base lacks, written after a title whose 'for' or 'on' phrase
    names a country, which the parser reads as that phrase's object: "U.N. Special Envoy
    for Gondor Ada Brel met the rebels" -- the title's actor (IGOUNO), so that "Brel
    said ..." later in the story is the UN. Only a capitalised title with an actor of its
    own, and the country's name followed by the person's given names."""
    prep = name.head
    if (name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON"
            or prep.dep_ != "prep" or prep.lower_ not in TITLE_SCOPE_PREPS):
        return []
    title = prep.head
    place = actors.mention_at(name.left_edge)
    if (title.i >= prep.i or not title.text[:1].isupper() or place is None
            or place.entry.kind not in COUNTRY_KINDS or place.start != name.left_edge.i):
        return []
    given = actors.doc[place.end:name.i]
    if len(given) == 0 or any(t.pos_ != "PROPN" or actors.mention_at(t) is not None
                               for t in given):
        return []
    return actors.np_actors(title)
