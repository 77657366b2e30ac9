"""Anaphors: the actor a phrase that names no one stands for, read off what came before it.

Definite anaphors stand for what the story named last: "the group" for the group, "the bloc"
or "the regional body" for the international organisation, "the militants" for the armed group,
"the court" for the international court, "the bloc's foreign ministers" for that body's
(`named_last` and the readers built on it). Collective phrases stand for the countries or
people named together before them: "the two leaders", "both countries", "the parties", "the
three nations", "the two Koreas", a bare "the two" (`collective`). Functions of an
`ActorBuilder`, whose mentions and readings of other phrases they use, and of a head token;
the builder calls them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.coding.finder import Mention
from detente.coding.phrases import (
    ARMED_GROUP_SECTORS,
    COUNTRY_KINDS,
    Dyad,
    armed_group,
    bare_pair,
    conjuncts_after,
    dedupe,
    describes_a_body,
    divided_nation,
    np_tokens,
    read_at,
    sector_actor,
)
from detente.coding.syntax import definite, prep_objects_under
from detente.model import Actor

if TYPE_CHECKING:
    from detente.coding.mentions import ActorBuilder

# Nouns that refer back to the group or organisation named last: "the group said ...".
GROUP_ANAPHORS = frozenset({"group", "organization", "organisation"})
# Words by which a story refers back to the international organisation it named ("the bloc",
# "the regional body"; the words that describe one are `phrases.BODY_WORDS`).
BODY_ANAPHORS = frozenset({"bloc", "body"})
# Plural words for armed men by which a story refers back to the armed group it named ("the
# militants", "the rebels"; such groups' sectors are `phrases.ARMED_GROUP_SECTORS`).
ARMED_ANAPHORS = frozenset({"militant", "rebel", "insurgent", "gunman", "fighter", "terrorist",
                            "jihadist", "separatist", "guerrilla"})
# Definite words for an international court named before them ("the court", "the tribunal").
COURT_ANAPHORS = frozenset({"court", "tribunal"})
# How many sentences back 'both countries', 'the two sides' look for the pair they stand for.
PAIR_LOOKBACK = 3
# Heads of collective phrases ("the two leaders", "both sides", "both countries"), with the
# sector each country of the pair is read with (None: the country itself).
COLLECTIVE_HEADS = {
    "leader": "GOV", "side": "GOV", "party": "GOV", "government": "GOV", "capital": "GOV",
    "country": None, "nation": None, "state": None, "neighbor": None, "neighbour": None,
    "president": "GOV", "minister": "GOV", "premier": "GOV",
}
# Numbers that count the countries a collective phrase refers back to ("the three nations").
COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
# Collective words for two people ("the two presidents", "the two men"): the two persons the
# text named just before, when it named exactly two; 'men' and 'women' have no dyad fallback.
PERSON_PAIR_HEADS = frozenset({"leader", "president", "minister", "premier", "chancellor",
                               "man", "woman"})


def the_group(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'The group said it had killed ten people' after "al-Shabab fighters stormed a hotel":
    "the group", with no name of its own, is the group the document named last ("the
    organisation" may be an IGO too). Another group introduced in between ("a rights
    group") makes it unclear; one referred to again ("the separatist group") does not."""
    if head.lemma_.lower() not in GROUP_ANAPHORS or head.tag_ != "NN" \
            or not definite(head):
        return []
    if any(c.dep_ in {"poss", "compound", "prep", "nummod", "appos"}
           for c in head.children):
        return []  # "the G7 group", "the group of experts": named or described here
    organisation = head.lemma_.lower() != "group"  # the UN is an organisation, no group
    return named_last(
        actors, head,
        lambda m: m.entry.kind == "group" or (m.entry.kind == "igo" and organisation),
        # "a rights group": another group; "the separatist group" refers
        lambda tok, _: (tok.lemma_.lower() in GROUP_ANAPHORS and tok.pos_ == "NOUN"
                        and not definite(tok)))


def the_bloc(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'The regional body suspended Mali' after "ECOWAS leaders met in Abuja": "the bloc",
    "the world body", "the 27-nation bloc", with no name of their own, are the
    international organisation the document named last (IGOWAFBUSWAS). Only words that
    describe such a body ("regional", "15-member"): "the Western bloc", "the opposition
    bloc" and a dead body are none."""
    lemma = head.lemma_.lower()
    if lemma not in BODY_ANAPHORS or head.tag_ != "NN" or not definite(head):
        return []
    mods = [c for c in head.children if c.dep_ not in {"det", "punct"} and c.i < head.i]
    if any(c.dep_ not in {"amod", "compound"} or not describes_a_body(c) for c in mods) \
            or (lemma == "body" and not mods) \
            or any(c.dep_ in {"prep", "appos", "poss"} for c in head.children):
        return []
    return named_last(
        actors, head, lambda m: m.entry.kind == "igo",
        lambda tok, _: (tok.lemma_.lower() == lemma and tok.pos_ == "NOUN"  # "a new bloc":
                        and not definite(tok)))  # another body


def armed_group_named_before(actors: ActorBuilder, head: Token,
                             sectors: list[Mention]) -> list[Actor]:
    """'The militants blew up the tracks' after "the Baloch Liberation Army claimed the
    attack": a definite plural word for armed men, with no name, country or place of its
    own, is the armed group the document named last (PAKREB), as "the group" is. Armed men
    brought in unnamed in between ("gunmen killed a chief") make it unclear."""
    if (head.lemma_.lower() not in ARMED_ANAPHORS or head.tag_ != "NNS"
            or not definite(head) or len(sectors) != 1
            or any(c.dep_ in {"poss", "compound", "appos", "nmod"}
                   or (c.dep_ == "amod" and actors.mention_at(c) is not None)
                   for c in head.children)):
        return []
    def named(m: Mention) -> bool:  # not "anti-Taliban"
        return armed_group(m) and not (m.start >= 2
                                        and actors.doc[m.start - 2].lower_ == "anti")

    def unnamed_armed_men(tok: Token, m: Mention | None) -> bool:  # "gunmen killed a chief"
        return (m is not None and tok.i == m.end - 1 and m.entry.kind == "sector"
                and m.entry.sector in ARMED_GROUP_SECTORS
                and tok.lemma_.lower() in ARMED_ANAPHORS and not definite(tok)
                and not any(armed_group(g) for t in np_tokens(tok)
                            if (g := actors.mention_at(t)) is not None))

    return named_last(actors, head, named, unnamed_armed_men)


def court_named_before(actors: ActorBuilder, head: Token, sectors: list[Mention]) -> list[Actor]:
    """'The court rejected Kenya's request' after "the International Court of Justice,
    or ICJ": "the court" or "the tribunal", with no name, country or place of its own, is
    the international court the document named last (IGOUNOJUDICJ). A court of a country
    named in between ("Kenya's High Court") makes it unclear."""
    if (head.lemma_.lower() not in COURT_ANAPHORS or head.tag_ != "NN"
            or not definite(head) or len(sectors) != 1
            or any(c.dep_ in {"poss", "compound", "amod", "nmod", "appos"}
                   for c in head.children)):
        return []

    def international_court(m: Mention) -> bool:
        return m.entry.kind == "igo" and "JUD" in m.entry.code

    def domestic_court(tok: Token, m: Mention | None) -> bool:
        return (m is not None and tok.i == m.end - 1 and m.entry.kind == "sector"
                and m.entry.sector == "JUD" and tok.lemma_.lower() in COURT_ANAPHORS
                and any(a.country for a in actors.np_actors(tok)))

    return named_last(actors, head, international_court, domestic_court)


def owned_by_body_named_before(actors: ActorBuilder, head: Token,
                               sectors: list[Mention]) -> list[Actor]:
    """'The bloc's foreign ministers condemned the coup' after "the European Union", 'the
    court's president rejected the request' after "the International Court of Justice": a
    sector word owned by a definite anaphor of a body ("the bloc", "the court") is the
    body's, as "the EU's foreign ministers" are (IGOEUREEC, IGOUNOJUDICJ)."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if not sectors or owner is None or owner.lemma_.lower() not in \
            BODY_ANAPHORS | COURT_ANAPHORS:
        return []
    own = dedupe([m for t in np_tokens(owner) if (m := actors.mention_at(t)) is not None])
    body = court_named_before(actors, owner, own) or the_bloc(actors, owner)
    return read_at([a for a in body if a.code.startswith("IGO")], head)


def named_last(actors: ActorBuilder, head: Token, named: Callable[[Mention], bool],
               blocks: Callable[[Token, Mention | None], bool]) -> list[Actor]:
    """The actor a definite anaphor `head` stands for ("the group", "the bloc", "the
    militants"): the last mention before it, ending its phrase, that is `named`, spanning
    `head`. None when a word that `blocks` comes first (another such thing, unnamed)."""
    for tok in reversed(actors.doc[:head.left_edge.i]):
        m = actors.mention_at(tok)
        if m is not None and tok.i == m.end - 1 and named(m):
            return read_at(actors.np_actors(tok), head)
        if blocks(tok, m):
            return []
    return []


def collective(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'the two leaders', 'both sides', 'the parties': the dyad the text is about here.

    That is the last pair of countries named up to this sentence (this one included),
    else the document's most-mentioned pair.
    """
    divided = divided_nation(head)
    if divided:
        return divided
    if bare_pair(head):  # "The two discussed trade", "Both pledged to ...": the pair
        pair = _person_pair(actors, head) or _pair_met_before(actors, head)  # just named
        dyad = _pair_before(actors, head) if not pair else None
        span = actors.doc[head.left_edge.i: head.i + 1]
        return pair or ([sector_actor(span, country, None)
                         for country in (dyad.first, dyad.second)] if dyad else [])
    lemma = head.lemma_.lower()
    if (lemma not in COLLECTIVE_HEADS and lemma not in PERSON_PAIR_HEADS) \
            or head.tag_ not in {"NNS", "NNPS"}:
        return []
    marks = {c.lower_ for c in head.children if c.dep_ in {"det", "nummod", "amod", "predet"}}
    counted = _counted_countries(actors, head)
    if counted:
        return counted
    if not (marks & {"both", "two"} or (lemma == "party" and "the" in marks)):
        return []
    if "other" in marks or any(c.dep_ == "nummod" and any(c.children)
                               for c in head.children):
        return []  # "more than two dozen other leaders": a number of others, no pair
    if lemma in PERSON_PAIR_HEADS:
        pair = _person_pair(actors, head)
        if pair or lemma not in COLLECTIVE_HEADS:
            return pair
    dyad = _pair_before(actors, head)
    if dyad is None:
        return []
    sector = COLLECTIVE_HEADS[lemma]
    span = actors.doc[head.left_edge.i: head.i + 1]
    return [sector_actor(span, country, sector) for country in (dyad.first, dyad.second)]


def _pair_before(actors: ActorBuilder, head: Token) -> Dyad | None:
    """The pair a collective phrase refers back to: the two countries most named in its
    own sentence before it, else the pair named in one of the three sentences before, else
    the pair its whole sentence names ("Ankara had been trying to mend ties with Israel.
    Both countries withdrew ambassadors over Israel's crackdown on Palestinians": TUR and
    ISR, not ISR and PSE). None beyond that: a pair named paragraphs earlier, or a list of
    countries, is no antecedent a reader would take."""
    here = Dyad.of(m for m in actors.mentions
                   if head.sent.start <= m.start and m.end <= head.left_edge.i)
    if here is not None:
        return here
    starts = list(actors.pairs)
    at = starts.index(head.sent.start) if head.sent.start in actors.pairs else 0
    for start in reversed(starts[max(at - PAIR_LOOKBACK, 0):at]):
        if actors.pairs[start] is not None:
            return actors.pairs[start]
    return actors.pairs.get(head.sent.start)


def _counted_countries(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'Mali, Niger and Burkina Faso left the bloc. The three nations accused it of ...':
    "the three (four, ...) countries" are the countries the text last named together, as
    many as counted in one list, in this sentence before the phrase or in the two before
    it (MLI, NER, BFA; "the three governments": their governments)."""
    lemma = head.lemma_.lower()
    count = next((COUNT_WORDS.get(c.lower_) for c in head.children if c.dep_ == "nummod"),
                 None)
    if count is None or lemma not in COLLECTIVE_HEADS or lemma in PERSON_PAIR_HEADS \
            or not definite(head):
        return []
    sents = list(actors.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start == head.sent.start)
    start = sents[max(here - 2, 0)].start
    for tok in reversed(actors.doc[start:head.left_edge.i]):
        m = actors.mention_at(tok)
        if m is None or tok.i != m.end - 1 or tok.dep_ == "conj" \
                or m.entry.kind not in COUNTRY_KINDS:
            continue
        listed = [actors.mention_at(t) for t in [tok, *conjuncts_after(tok)]]
        countries = list(dict.fromkeys(
            x.entry.country for x in listed
            if x is not None and x.entry.kind in COUNTRY_KINDS and x.entry.country))
        if len(countries) == count and len(listed) == count:
            span = actors.doc[head.left_edge.i: head.i + 1]
            return [sector_actor(span, c, COLLECTIVE_HEADS[lemma]) for c in countries]
    return []


def _pair_met_before(actors: ActorBuilder, head: Token) -> list[Actor]:
    """The two parties of the sentence before, its main subject and its object or 'with'
    phrase, for a bare "the two" or "both" ("Ghana's foreign minister met his Togolese
    counterpart. The two discussed trade": GHAGOV and TGOGOV); none unless they are of two
    countries."""
    sent = head.sent
    if sent.start == 0:
        return []
    root = head.doc[sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    others = [c for c in root.children if c.dep_ == "dobj"] + prep_objects_under(root, "with")
    pair = [next((a for t in side for a, _ in actors.actors(t)), None)
            for side in (subjects, others)]
    if any(a is None for a in pair) or len({a.country for a in pair if a}) != 2 \
            or any(a.country is None for a in pair if a):
        return []
    span = actors.doc[head.left_edge.i: head.i + 1]
    return read_at([a for a in pair if a is not None], span)


def _person_pair(actors: ActorBuilder, head: Token) -> list[Actor]:
    """'Putin hosted Erdogan in Sochi. The two presidents signed a memorandum': the two
    persons named in the sentence before and in this one up to the collective phrase, each
    with its own actor (RUSGOV, TURGOV); none unless exactly two distinct persons."""
    sents = list(actors.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start == head.sent.start)
    start = sents[here - 1].start if here > 0 else head.sent.start
    found: list[Actor] = []
    names: set[str] = set()
    for ent in actors.ents:
        if ent.label_ != "PERSON" or ent.start < start or ent.end > head.left_edge.i:
            continue
        for actor in actors.np_actors(ent[-1]):
            if actor.name is None or actor.name in names:
                continue
            names.add(actor.name)
            found.append(actor)
    if len(found) != 2:
        return []
    span = actors.doc[head.left_edge.i: head.i + 1]
    return read_at(found, span)
