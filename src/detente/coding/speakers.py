"""Speakers: who a quote's 'I', 'we', 'our' and the 'he' or 'she' that attributes it stand for.

`quotes` finds the quote a word stands in and the subject of its verb of saying, from the parse
alone; this module turns that subject into the speaker's actor with an `ActorBuilder`: a named
or titled speaker ('"We will respond," [Foreign Minister Lavrov] said'), a 'he' or 'she' for
the person the sentence before the quote was about, a bare 'the spokesperson' for the one
introduced just before, and a quote with no attribution for the speaker of the one before it
(`quoted_speaker`); the 'he' that attributes a quote is its speaker (`attributed_speaker`).
'our' with a sector word in a state's speaker's quote is that sector of the speaker's country
(`quoted_owner`), 'our country' the country itself (`quoted_homeland`). A person named again
by a bare title ("the spokesperson said", `title_named_before`) is the one introduced with it.
Functions of an `ActorBuilder`, whose mentions and readings of other phrases they use, and of
a token; the builder calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.finder import Mention, surname_of_person
from detente.coding.phrases import ARMED_SECTORS, PERSON_TITLES, read_at, sector_actor
from detente.coding.quotes import (
    ATTRIBUTING_VERBS,
    FIRST_PERSON_OWNERS,
    attributed_quote,
    quote_around,
    quote_speaker,
)
from detente.model import Actor

if TYPE_CHECKING:
    from detente.coding.mentions import ActorBuilder

# How many sentences back a bare title ("the spokesperson") looks for the one who bore it.
TITLE_LOOKBACK = 6
# What a state's speaker calls 'our country' in a quote: the speaker's country.
HOMELAND_WORDS = frozenset({"country", "nation", "homeland", "territory", "soil", "land",
                            "border", "borders", "airspace", "waters"})
# Speakers who speak for a state: "our troops", "our police" in their quotes are their country's.
STATE_SPEAKER_SECTORS = frozenset({None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})


def quoted_speaker(actors: ActorBuilder, tok: Token, depth: int = 0) -> list[Actor]:
    """The actor who speaks the direct quote `tok` stands in, on `tok`'s span: the subject
    of its attribution ('"We will respond," [Foreign Minister Lavrov] said'), or for a 'he'
    or 'she' there, the person the sentence before the quote was about
    (`_speaker_before_quote`). Nothing where the quote names no speaker we know."""
    subject = quote_speaker(tok)
    if subject is None:
        found = _continued_speaker(actors, tok, depth)
    elif subject.lower_ in {"he", "she"}:
        found = _speaker_before_quote(actors, tok, depth)
    else:
        found = (actors.np_actors(subject) or _speaker_title(actors, subject)
                 or _speaker_named_before(actors, subject))
    return read_at(found, tok)


def attributed_speaker(actors: ActorBuilder, pronoun: Token) -> list[Actor]:
    """The person a 'he' or 'she' that attributes a quote stands for, on the pronoun's span
    ('Kenya's foreign minister spoke on Monday. "Ethiopia must withdraw," [he] said': the
    minister), through the quote's own speaker; nothing for a pronoun that attributes no
    quote in its sentence."""
    inside = attributed_quote(pronoun)
    if inside is None:
        return []
    return read_at(quoted_speaker(actors, inside), pronoun)


def _speaker_title(actors: ActorBuilder, subject: Token) -> list[Actor]:
    """The title before a speaker's name that the parser took for no person's ('"...,"
    Indian foreign ministry spokesperson Randhir Jaiswal told reporters', the name read as
    a product): the title's actor, as for any titled name (`ActorBuilder._titled_name`)."""
    if subject.pos_ != "PROPN":
        return []
    title = next((c for c in subject.children if c.dep_ == "compound" and c.i < subject.i
                  and (m := actors.mention_at(c)) is not None
                  and m.entry.kind == "sector" and c.i == m.end - 1), None)
    return actors.np_actors(title) if title is not None else []


def _continued_speaker(actors: ActorBuilder, tok: Token, depth: int) -> list[Actor]:
    """The speaker of a quote that names none, which continues the sentence before it: a
    quote attributed there ('"We will respond," the minister said. "We condemn the
    attack."'), or a report of what someone said ("The minister said the army would
    respond. 'We condemn the attack.'")."""
    around = quote_around(tok)
    if around is None or depth > 2:
        return []
    opening = actors.doc[around[0]].sent
    if opening.start == 0:
        return []
    before = actors.doc[opening.start - 1].sent
    inside = next((t for t in before if quote_around(t) is not None and not t.is_punct),
                  None)
    if inside is not None:  # attributed there, not a phrase set off in quote marks
        return quoted_speaker(actors, inside, depth + 1) if quote_speaker(inside) else []
    root = before.root
    if root.lemma_.lower() not in ATTRIBUTING_VERBS:
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return actors.np_actors(subjects[0]) if subjects else []


def _speaker_named_before(actors: ActorBuilder, subject: Token) -> list[Actor]:
    """A speaker named by a bare title with 'the' ('"...," the spokesperson said'), who the
    sentences just before introduced with their country ("A U.S. State Department
    spokesperson expressed sorrow."): the actor of the nearest earlier mention of that
    title, up to three sentences back."""
    m = actors.mention_at(subject)
    if (m is None or m.entry.kind != "sector" or subject.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)):
        return []
    sent = subject.sent
    for _ in range(3):
        if sent.start == 0:
            return []
        sent = actors.doc[sent.start - 1].sent
        for tok in reversed(sent):
            if tok.lemma_.lower() == subject.lemma_.lower() \
                    and actors.mention_at(tok) is not None:
                found = [a for a in actors.np_actors(tok) if a.country]
                if found:
                    return found
    return []


def title_named_before(actors: ActorBuilder, head: Token) -> list[Actor]:
    """A person named again by a bare title with 'the' ("the spokesperson", "the foreign
    minister"), whom the story introduced earlier with that title and a country or body:
    "A Kenyan government spokesperson spoke on Monday. ... The spokesperson said Uganda
    must withdraw" -- the actor of the nearest earlier mention of the title that has one,
    up to TITLE_LOOKBACK sentences back; a title written before a name stands for the
    name's phrase ("Kenyan Foreign Minister Ada Brel ... the foreign minister")."""
    m = actors.mention_at(head)
    if (m is None or m.entry.kind != "sector" or head.tag_ != "NN" or head.i != m.end - 1
            or head.lemma_.lower() not in PERSON_TITLES
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            or any(c.dep_ != "det" and not m.start <= c.i < m.end for c in head.children)):
        return []
    words = [t.lower_ for t in actors.doc[m.start:m.end]]
    sent = head.sent
    for _ in range(TITLE_LOOKBACK):
        if sent.start == 0:
            return []
        sent = actors.doc[sent.start - 1].sent
        for tok in reversed(sent):
            earlier = actors.mention_at(tok)
            if (earlier is None or tok.i != earlier.end - 1 or earlier.entry.kind != "sector"
                    or tok.lemma_.lower() != head.lemma_.lower()
                    or [t.lower_ for t in actors.doc[tok.i - len(words) + 1:tok.i + 1]]
                    [:-1] != words[:-1]):
                continue
            named = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" \
                and tok.head.i > tok.i else tok
            found = [a for a in actors.np_actors(named)
                     if a.country or a.code.startswith("IGO")]
            if found:
                return read_at(found, head)
    return []


def _speaker_before_quote(actors: ActorBuilder, tok: Token, depth: int) -> list[Actor]:
    """Whom the 'he' or 'she' that attributes a quote refers to: the person who is the main
    subject of the sentence before the quote ("Senator Abdi spoke on Monday. '...,' he
    said"); where that subject is 'he' or 'she' again, the speaker of its quote ('"...," he
    said. "...," he added') or the person of the sentence before it ("Abdi spoke on Monday.
    He said the talks had failed. '...,' he said"), up to three sentences back."""
    around = quote_around(tok)
    sent = actors.doc[around[0]].sent if around is not None else tok.sent
    for _ in range(3):
        if sent.start == 0 or depth > 2:
            return []
        sent = actors.doc[sent.start - 1].sent
        root = sent.root
        subjects = [c for v in (root, *(c for c in root.children if c.dep_ == "conj"))
                    for c in v.children if c.dep_ == "nsubj"]
        if not subjects:
            return []
        subject = subjects[0]
        if subject.lower_ not in {"he", "she"}:
            person = subject.ent_type_ == "PERSON" or (  # "Kenya's foreign minister"
                subject.tag_ == "NN" and subject.lemma_.lower() in PERSON_TITLES) or (
                subject.pos_ == "PROPN" and surname_of_person(subject, actors.ents))
            return [a for a in actors.np_actors(subject) if person or a.name is not None]
        inside = next((t for t in sent if quote_around(t) is not None
                       and not t.is_punct), None)
        if inside is not None:
            return quoted_speaker(actors, inside, depth + 1) if quote_speaker(inside) else []
    return []


def quoted_homeland(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'"Ethiopian troops crossed into our territory," Kenya's defence minister said': the
    country, land or soil that 'our' or 'my' owns in the quote of a state's speaker is
    the speaker's country."""
    if head.lemma_.lower() not in HOMELAND_WORDS:
        return []
    owner = next((c for c in head.children if c.dep_ == "poss"
                  and c.lower_ in FIRST_PERSON_OWNERS), None)
    if owner is None or quote_around(owner) is None:
        return []
    span = actors.doc[owner.i: head.i + 1]
    return [sector_actor(span, a.country, None) for a in quoted_speaker(actors, owner)
            if a.sector in STATE_SPEAKER_SECTORS and a.country]


def quoted_owner(actors: ActorBuilder, head: Token, sectors: list[Mention]) -> list[Actor]:
    """'"Our troops repelled the attack," the defence minister said': a sector word owned by
    'our' or 'my' in a quote is that sector of the speaker's country; of a speaker that is
    no state's (rebels, a party), its armed men are the speaker itself ("our fighters")."""
    owner = next((c for c in head.children if c.dep_ == "poss"
                  and c.lower_ in FIRST_PERSON_OWNERS), None)
    if not sectors or owner is None or quote_around(owner) is None:
        return []
    speakers = quoted_speaker(actors, owner)
    sector = actors.head_sector(sectors, head).entry.sector
    span = actors.doc[owner.i: head.i + 1]
    out: list[Actor] = []
    for a in speakers:
        if a.sector in STATE_SPEAKER_SECTORS and a.country:
            out.append(sector_actor(span, a.country, sector))
        elif sector in ARMED_SECTORS:
            out.extend(read_at([a], span))
    return out
