"""The words of a noun phrase, read with the mentions found in it but no `ActorBuilder`.

Owns what the builder and its anaphor and speaker readers share about a phrase: its tokens
(`np_tokens`), the items listed after a head (`conjuncts_after`), the pair of countries some
mentions name (`Dyad`), the divided nations and bare pairs that collective phrases name
(`divided_nation`, `bare_pair`), titles set off around a name (`set_off_after`,
`appositive_title`, `person_title`, `office_before_name`), what a mention names
(`armed_group`, `describes_a_body`), and actors read off a phrase (`sector_actor`,
`read_at`). Pure functions of `Token`s and `Mention`s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.coding.finder import Mention, is_capitalised
from detente.coding.syntax import split_demonym
from detente.model import Actor

COUNTRY_KINDS = frozenset({"country", "metonym", "historic"})
# Armed groups that fight in many countries (al-Qaeda, the Islamic State and their branches):
# our gold codes armed groups as country + REB, so these take the country they act in, as
# ICEWS codes them by location; with no such country they keep their own code.
TRANSNATIONAL_GROUPS = ("IMGMUSALQ", "IMGMUSISI")
REBELS = "REB"
# Offices of a body that the agents dictionary lacks: "the chairman of Samsung Electronics",
# "a Huawei executive" are the body's (its code), named or not.
OFFICE_WORDS = frozenset({"chairman", "chairwoman", "chair", "executive", "director",
                          "founder", "owner", "head", "chief"})
# Titles an unknown name is set off after, as their appositive: "the U.N. secretary-general's
# special representative in Haiti, Helen La Lime, said" -- the name is the title's actor.
APPOSED_TITLE_WORDS = frozenset({"envoy", "representative", "rapporteur", "spokesman",
                                 "spokeswoman", "spokesperson", "commissioner", "coordinator"})
# Words that put an office in the past: "former Kenyan President Uhuru Kenyatta" is an elite.
PAST_OFFICE_WORDS = frozenset({"former", "ex", "onetime", "erstwhile", "late"})
# Words that describe an international body ("the world body", "the 15-member bloc").
BODY_WORDS = frozenset({"regional", "world", "international", "global", "continental", "trade",
                        "multilateral", "nation", "member", "country", "state"})
# The sectors of armed groups ("the militants" refer back to one).
ARMED_GROUP_SECTORS = frozenset({REBELS, "UAF", "INS"})
# A state's armed sectors: a company of them is their unit, no business ("a company of
# paratroopers"), and 'our' ones in the quote of a speaker who is no state's are the speaker.
ARMED_SECTORS = frozenset({"MIL", "COP"})
# Dependencies that stay inside one noun phrase when we look for the actor of its head.
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "det", "case",
                     "nummod", "npadvmod", "quantmod", "punct", "cc"})
# Titles of one person, who a 'he' or 'she' after the sentence naming them continues.
PERSON_TITLES = frozenset({"minister", "president", "premier", "chancellor", "spokesman",
                           "spokeswoman", "spokesperson", "envoy", "ambassador", "official",
                           "commander", "general", "leader", "chief", "secretary", "senator",
                           "lawmaker", "governor", "mayor", "diplomat", "negotiator", "king"})
# Plurals of a divided nation's name: "the two Koreas exchanged fire" is North and South Korea.
DIVIDED_NATIONS = {"koreas": ("PRK", "KOR"), "sudans": ("SDN", "SSD"), "congos": ("COD", "COG")}
# Heads of appositions that describe a state ("Israel, the cruel terrorist state", "Qatar, the
# Gulf state"): what modifies them is an epithet or a region, no sector of the state.
EPITHET_HEADS = frozenset({"state", "regime", "country", "nation"})


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`: modifiers, appositions and 'of' phrases
    (and a country word the parser split off it: 'Angolan' in "Angolan police forced")."""
    split = split_demonym(head)
    out = [head] if split is None else [split, head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            keep = child.dep_ in NP_DEPS or (
                child.dep_ == "prep" and child.lower_ == "of"
            ) or (child.dep_ == "pobj" and tok.dep_ == "prep")
            if child.dep_ == "appos" and child.lemma_.lower() in EPITHET_HEADS:
                continue  # "Israel, the cruel terrorist state": an epithet, not a sector
            if keep:
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


@dataclass(frozen=True, slots=True)
class Dyad:
    """The two countries a document is about, for collective mentions ("the two leaders")."""

    first: str
    second: str

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> Dyad | None:
        counts: Counter[str] = Counter()
        order: dict[str, int] = {}
        for m in mentions:
            country = m.entry.country
            if country and m.entry.kind in COUNTRY_KINDS | {"person"}:
                counts[country] += 1
                order.setdefault(country, len(order))
        top = sorted(counts, key=lambda c: (-counts[c], order[c]))[:3]
        if len(top) == 3 and counts[top[1]] == counts[top[2]]:
            return None  # "ministers from Britain, Canada, France and Japan": a list, no pair
        return cls(top[0], top[1]) if len(top) >= 2 else None


def read_at(found: Iterable[Actor], words: Token | Span) -> list[Actor]:
    """The actors `found` elsewhere, as read off `words` (a pronoun, an anaphor, a collective
    phrase, a name): their codes kept, their text and offsets those of `words`."""
    if isinstance(words, Token):
        start, end = words.idx, words.idx + len(words.text)
    else:
        start, end = words.start_char, words.end_char
    return [replace(a, text=words.text, start=start, end=end) for a in found]


def sector_actor(span: Span, country: str, sector: str | None) -> Actor:
    """The actor `span` names: `country`'s `sector` (code country + sector, CAMEO's way), no
    person."""
    return Actor(span.text, span.start_char, span.end_char, country + (sector or ""), country,
                 sector, None)


def divided_nation(head: Token) -> list[Actor]:
    """'the two Koreas', 'both Sudans': the plural of a divided nation's name stands for its
    two states (PRK and KOR), each as a country actor."""
    pair = DIVIDED_NATIONS.get(head.lower_)
    if pair is None or not is_capitalised(head):
        return []
    span = head.doc[head.left_edge.i: head.i + 1]
    return [sector_actor(span, country, None) for country in pair]


def bare_pair(head: Token) -> bool:
    """A subject that is only "the two" or "both", standing for a pair named just before."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.lower_ not in {"two", "both"}:
        return False
    if any(c.dep_ not in {"det", "punct", "prep"} for c in head.children):
        return False
    return head.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in head.children)


def conjuncts_after(token: Token) -> list[Token]:
    """Heads coordinated with `token` after it. A list of states is often parsed with its
    second item as an apposition ("Saudi Arabia, the UAE, Bahrain and Egypt"): a comma-led
    appositive that has conjuncts of its own is read as one more item of the list. A title's
    name may carry the coordination instead ("Prime Minister [Narendra Modi] and President
    Rodrigo Duterte", the parser hanging Duterte on Modi): the name's conjuncts are items too."""
    out = [t for t in token.conjuncts if t.i > token.i]
    for appos in token.children:
        if appos.dep_ != "appos" or not appos.conjuncts:
            continue
        if token.doc[appos.left_edge.i - 1].text == ",":
            out += [appos, *(t for t in appos.conjuncts if t.i > appos.i)]
        elif appos.ent_type_ == "PERSON" and appos.left_edge.i == token.i + 1:
            out += [t for t in appos.conjuncts if t.i > appos.i]
    return out


def dedupe(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if m not in out:
            out.append(m)
    return out


def nearest_mention(mentions: Sequence[Mention], head: Token) -> Mention:
    """The mention that contains the head, else the one closest before it."""
    for m in mentions:
        if m.start <= head.i < m.end:
            return m
    return min(mentions, key=lambda m: (abs(head.i - (m.end - 1)), m.start))


def unique_pairs(pairs: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    seen: set[str] = set()
    out = []
    for actor, how in pairs:
        key = f"{actor.code}|{actor.start}"
        if key not in seen:
            seen.add(key)
            out.append((actor, how))
    return out


def set_off_after(appos: Token) -> bool:
    """`appos` is an appositive after the word it describes, set off by a comma, and names
    no past office ("Ada Brel, a former minister" is no minister now)."""
    doc = appos.doc
    return (appos.dep_ == "appos" and appos.i > appos.head.i
            and appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text == ","
            and not any(t.lower_.rstrip("-") in PAST_OFFICE_WORDS for t in appos.subtree))


def appositive_title(child: Token, m: Mention | None) -> bool:
    """`child` is an appositive after a name, set off by a comma, whose head is the last word
    of a sector phrase: "Ilmarin Tuvo, [Gondor's interior minister]", "Ada Brel, [a lawyer]".
    A past office ("Ada Brel, a former minister") is no title of hers now. The sector phrase
    may run on past its head ("Andrei Karlov, [Russia's ambassador to] Turkey": the knowledge
    base's 'ambassador to'; "X, Haiti's [secretary of state] for communication", whose 'state'
    hangs under 'of'); an office of a body is one too ("X, the chairman of Samsung")."""
    doc = child.doc
    if m is None:
        titled = child.lemma_.lower() in OFFICE_WORDS | APPOSED_TITLE_WORDS
    else:
        titled = m.entry.kind == "sector" and (child.i == m.end - 1 or (
            m.start <= child.i < m.end
            and all(child.is_ancestor(doc[i]) for i in range(child.i + 1, m.end))))
    return titled and set_off_after(child)


def person_title(title: Token) -> bool:
    """`title` is one person's title ("foreign ministry spokesperson [Randhir Jaiswal]"): the
    name after it is a person's even where the parser takes it for an organisation's or a
    product's, as a sector word before a body's name ("the opposition [National League]")
    is not."""
    return title.lemma_.lower() in PERSON_TITLES | APPOSED_TITLE_WORDS


def office_before_name(head: Token, by_token: dict[int, Mention]) -> Token | None:
    """An office word that is no sector word of the knowledge base, before a person's name
    it titles: "U.N. human rights chief [Anneliese Turk]", "the bloc's envoy [X]"."""
    if head.ent_type_ == "ORG":
        return None
    return next((c for c in head.children if c.dep_ == "compound" and c.i < head.i
                 and c.i not in by_token
                 and c.lemma_.lower() in OFFICE_WORDS | APPOSED_TITLE_WORDS), None)


def describes_a_body(modifier: Token) -> bool:
    """`modifier` only describes an international body: "regional", "world", "27-nation",
    "10-member" (words of BODY_WORDS, numbers and hyphens)."""
    return all(t.lower_ in BODY_WORDS or t.like_num or t.text == "-" for t in modifier.subtree)


def armed_group(m: Mention) -> bool:
    """`m` names an armed group: a rebel or armed group's name ("al-Shabab", "the BLA"), or a
    transnational jihadist one ("Islamic State")."""
    return m.entry.kind == "group" and (m.entry.sector in ARMED_GROUP_SECTORS
                                        or m.entry.code.startswith(TRANSNATIONAL_GROUPS))
