"""Actor mentions: knowledge-base phrases found in a parsed sentence, and the actor of a phrase.

`MentionFinder` matches KB phrases over lowercase tokens (longest match first, from a first-word
index, so there is no start-up cost), resolving each on the event date. `ActorBuilder` turns the
noun phrase around an argument token into an `Actor`: a named person gives their office on the
date; otherwise a country (name, demonym or metonym) plus a sector word; an IGO stands alone.
What a phrase that names no one stands for ("the group", "the two leaders") is read by
`anaphora`, who a quote's speaker and the 'I', 'we', 'our' in it are by `speakers`, who a
later surname or a bare full name is by `named_again`; the phrase helpers they share are in
`phrases`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.coding import anaphora, named_again, speakers
from detente.coding.finder import (
    CIVILIANS,
    ELITE,
    MODIFIER_DEPS,
    Mention,
    entity_span,
    fold_accents,
    surname_of_person,
)
from detente.coding.phrases import (
    APPOSED_TITLE_WORDS,
    ARMED_SECTORS,
    COUNTRY_KINDS,
    OFFICE_WORDS,
    PAST_OFFICE_WORDS,
    PERSON_TITLES,
    REBELS,
    TRANSNATIONAL_GROUPS,
    Dyad,
    appositive_title,
    conjuncts_after,
    dedupe,
    nearest_mention,
    np_tokens,
    office_before_name,
    person_title,
    read_at,
    sector_actor,
    set_off_after,
    unique_pairs,
)
from detente.coding.quotes import first_person
from detente.coding.syntax import definite, main_subject, prep_objects_under, split_demonym
from detente.model import Actor

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_ENTS = frozenset({"PERSON"})
# Phrases through which a non-actor object stands for an actor: "the assets of Russian banks",
# "an attack by X", "the area around Kyiv", "a camp for Congolese refugees".
STAND_IN_PREPS = frozenset({"of", "by", "from", "around", "near", "for"})
# possessive pronouns that give a sector word the country of the nearest country named before
# them ("Peru said its troops ...")
OWNER_PRONOUNS = frozenset({"its", "their"})
# Generic crowd words and the verbs of street protest: "thousands of people marched against
# the bill" are protesters (OPP, as in our gold), "former residents rallied" stay who they are.
CROWD_WORDS = frozenset({"people", "crowd", "crowds"})
# Participles that make a country named before them a group's backer, not its country:
# "Russian-backed separatists" in Ukraine, "Iran-backed militias" in Iraq.
BACKING_WORDS = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained",
                           "financed"})
# Participles that make a country named before them the maker of a weapon, not its user:
# "Houthi rebels fired Iranian-made missiles at Israel", "Ukraine shot down Iranian-made drones".
MAKER_WORDS = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied"})
# Heads that name a country's adversaries, never the country: "Chinese rivals in Asia",
# "Chile's enemies" are others (a named rival in apposition is found on its own).
ADVERSARY_WORDS = frozenset({"rival", "enemy", "foe", "adversary", "archrival", "archenemy",
                             "nemesis"})
PROTEST_VERBS = frozenset({"march", "rally", "protest", "demonstrate"})
OPPOSITION = "OPP"
# Followers of a person: "supporters of former president X", "his loyalists", "Khan's aides".
# Those of a person out of office (an elite, an opposition or party figure) are the opposition.
# Supporters, unlike aides, are never the person's office: "Trump supporters", "supporters of
# President Maduro" are no government, whatever their leader holds.
PARTISAN_WORDS = frozenset({"supporter", "follower", "loyalist", "partisan"})
FOLLOWER_WORDS = PARTISAN_WORDS | {"aide", "ally"}
OUT_OF_OFFICE_SECTORS = frozenset({"ELI", "OPP", "PTY"})
LABOUR = "LAB"
# A person's government: "Jair Bolsonaro's government", "the Obama administration" are their
# country's government (GOV) whatever office the person holds now; they acted as the state.
GOVERNING_BODY_WORDS = frozenset({"government", "administration", "regime", "cabinet"})
# Offices of a political party: "X, the leader of the Islamist Ennahda party", "the head of
# Kenya's main opposition party". A party's leader whom the knowledge base does not know as an
# officeholder is his country's opposition (OPP), not its government (the title word "leader"
# alone reads GOV); a ruling or governing party's stays in government.
PARTY_OFFICE_WORDS = frozenset({"leader", "head", "chairman", "chairwoman", "chair", "chief",
                                "president", "founder"})
RULING_PARTY_WORDS = frozenset({"ruling", "governing"})
# One unnamed person who attacked or is suspected: "police detained the suspect" (a civilian).
ASSAILANT_WORDS = frozenset({"suspect", "attacker", "assailant"})
# Sectors that a country adjective of a coordinated head does not reach ("French troops and
# rebels"): armed groups, who are seldom the same country's.
UNSHARED_SECTORS = frozenset({REBELS, "INS", "UAF", "CRM"})
# Phrases that give a sector word its country: "soldiers from Peru", "rebels near Temuco".
SECTOR_PLACE_PREPS = frozenset({"from", "in", "throughout", "across", "near", "around"})
SETTLER_WORDS = frozenset({"settler", "colonist"})
# Clauses below a sector word, whose places are where they act, not where the word's people are
# ("officials who met in Berlin").
NESTED_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
# Where a group acts: a phrase in/across/throughout a place, or a region named with its country.
PLACE_PREPS = frozenset({"in", "across", "throughout"})
# Participles that put armed men in a place: "Eritrean troops fighting in Ethiopia's Tigray
# region killed civilians" -- the scene of what they do there.
SCENE_PARTICIPLES = frozenset({"fight", "operate", "serve", "battle"})
# Products named after their maker: "a Ukrainian Boeing 737", "Airbus planes" are craft, not
# the company (nor is the maker their owner).
PRODUCT_WORDS = frozenset({"plane", "jet", "jetliner", "airliner", "aircraft", "helicopter",
                           "drone", "fighter", "car", "phone", "smartphone", "tank", "missile",
                           "engine", "equipment", "chip", "vaccine", "shot", "dose"})
BUSINESS = "BUS"
# Nouns for a place in a country that a story names it with: "Gondor's Anórien province", "the
# Gondorian town of Ethring", "the island of Hokkaido" (also the event's location, `pipeline`).
PLACE_NOUNS = frozenset({"province", "state", "region", "district", "county", "city", "town",
                         "village", "municipality", "prefecture", "governorate", "territory",
                         "island", "capital", "port", "resort", "enclave", "peninsula"})
# ... and any part of a country a sentence may name with its country, which gives a sector
# word with no country of its own the one the sentence acts in: "overrunning the Sinjar region
# of northern Iraq", "in the north of the country", "parts of Syria".
REGION_WORDS = PLACE_NOUNS | frozenset({"area", "north", "south", "east", "west", "desert",
                                        "countryside", "part"})
# A country's diplomats posted to a body: "China's U.N. ambassador" is China's.
POSTED_TITLES = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation",
                           "mission", "diplomat"})
# Titles of an organisation's staff that no sector word gives: "U.N. investigator X", "IAEA
# inspector X", "UN-appointed special rapporteur X".
STAFF_TITLES = frozenset({"rapporteur", "investigator", "inspector", "expert", "mediator",
                          "representative", "coordinator", "observer", "monitor",
                          "commissioner", "negotiator", "adviser", "advisor", "staffer",
                          "spokesman", "spokeswoman", "spokesperson", "envoy"})
# Participles by which a body gives someone a title: "United Nations-appointed rapporteur".
APPOINTING_VERBS = frozenset({"appoint", "appointed", "mandate", "mandated", "nominate",
                              "nominated"})
# A state's named bodies: "North Korea's National Defence Commission", "China's State Council"
# are its government when the name is a proper one (capitalised).
STATE_BODY_WORDS = frozenset({"commission", "council", "committee", "directorate", "bureau"})
GOVERNMENT = "GOV"
# Gatherings of an organisation's members: "leaders at an ECOWAS summit" act for the body.
MEETING_WORDS = frozenset({"summit", "meeting", "conference", "session", "gathering",
                           "ministerial", "council"})
# The United States' two parties, written before a legislator's title: "Democratic
# Representative X", "Republican lawmakers", "Republican Senator X" sit in Congress (USALEG),
# whatever country the sentence names. Not inside a longer party name ("Liberal Democratic
# lawmakers" are Japan's, "Democratic Party lawmakers" anyone's).
US_PARTY_WORDS = frozenset({"democratic", "republican", "democrat", "gop"})
LEGISLATOR_TITLES = frozenset({"representative", "rep.", "senator", "sen.", "congressman",
                               "congresswoman", "congressmember", "lawmaker", "legislator"})
UNITED_STATES = "USA"
# A document is about a country it names at least this often, and this many times as often as
# any other: its home, for sector words in sentences that name no country ("the military").
HOME_MIN_MENTIONS = 3
HOME_DOMINANCE = 2
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "UAF", "OPP"})
STATE_WORDS = frozenset({"government", "state", "country", "nation", "administration"})
# The office of a head of state or government, by the knowledge base's role for it: "former
# president X" puts X out of office only where the office the KB gives X on the date is that
# one (a former president who is prime minister now stays in government).
OFFICE_ROLES = {"president": "head_of_state", "prime minister": "head_of_government",
                "premier": "head_of_government", "chancellor": "head_of_government"}
# Fishing boats stand for their fishermen, CAMEO's agriculture sector.
FISHERS = "AGR"
SPIES = "SPY"
AGENT_WORDS = frozenset({"agent"})  # a state's agents are its intelligence officers
# A state's officers, with no service named ("Syrian officers"), are its military officers.
OFFICER_WORDS = frozenset({"officer"})
# A state's delegation ("an Iranian delegation", "a delegation from Iran") is its government's.
DELEGATION_WORDS = frozenset({"delegation"})
MILITARY = "MIL"
# A state's Assembly, capitalised and named by the country alone ("the Serbian Assembly",
# "the Kosovo Assembly"), is its legislature; the agents dictionary has only "assemblies".
LEGISLATURE_WORDS = frozenset({"assembly"})
LEGISLATURE = "LEG"
# Unnamed aid agencies are NGO, of no country (tests/golden/README.md): "Sudan ordered ten
# foreign aid agencies to leave Darfur" are no Sudanese NGOs.
AID_AGENCIES = "NGO"
# Bodies that gather the members of a sector: "the Nigerian Union of Teachers" is Nigeria's
# teachers (EDU), "the Kenyan Association of Journalists" its media (MED).
MEMBERS_BODY_WORDS = frozenset({"union", "association", "federation", "confederation",
                                "syndicate", "congress"})
FISHING_VESSELS = frozenset({"trawler", "trawlerman"})
CRAFT_WORDS = frozenset({"boat", "vessel", "ship", "craft"})
FISHING_WORDS = frozenset({"fishing", "fish", "crab", "squid", "tuna", "shrimp", "trawling"})
# Those aboard a boat, who share its sector: the captain of a fishing boat is a fisherman.
CREW_WORDS = frozenset({"captain", "skipper", "crew", "crewman", "crewmember", "master"})
# Documents and processes named after the city where they were made ("the Oslo accords", "the
# Minsk agreements", "the Paris climate agreement"): the city is no party to them.
CITY_NAMED_NOUNS = frozenset({"accord", "accords", "agreement", "treaty", "protocol",
                              "convention", "process", "format", "declaration", "charter"})

# Cities that stand for the international organisation seated there, once a story has named
# it ("Hungary blocked the EU's aid package, accusing Brussels of overreach"); elsewhere they
# are the place they are (the KB leaves them out of the capitals that stand for governments).
BODY_SEATS = {"brussels": "IGOEUREEC"}
# Prepositions under which a seat is a place, not a party ("talks in Brussels").
SEAT_PLACE_PREPS = frozenset({"in", "near", "outside", "around", "at", "to", "from", "into",
                              "via", "through", "toward", "towards"})
# Heads of a body: "the leader of the gang" belongs to the gang's sector, not the government's.
LEADING_WORDS = frozenset({"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                           "commander",
                           # those who run a trade or a ring: "the cartel boss" is a criminal,
                           # "the media tycoon" of the media, "the union boss" labour
                           "boss", "tycoon", "mogul", "magnate", "kingpin", "baron"})

QUANTITY_WORDS = frozenset({"hundred", "thousand", "million", "dozen", "dozens", "hundreds",
                            "thousands", "millions", "number", "group", "team", "some", "many",
                            "several", "most", "all", "one", "two", "three", "four", "five",
                            "member", "tens"})

# Verbs of leaving an office ("who resigned as Bolivia's president", "who was ousted as
# prime minister"): their subject no longer holds it (ELI), whatever the KB's dates say.
LEAVING_OFFICE_VERBS = frozenset({"resign", "quit", "oust", "depose", "topple", "overthrow",
                                  "remove"})
# (head word's sector, modifier's sector): the modifier names the side ("separatist forces"
# are REB, "the opposition presidential candidate" OPP)
SIDE_OVERRIDES = frozenset({("MIL", "REB"), ("PTY", "OPP")})
# Words of a body's part that the KB reads as business ("a company of paratroopers"); the
# armed sectors whose units they may name are `phrases.ARMED_SECTORS`
UNIT_WORDS = frozenset({"company"})
# Believers of a religion, and the sects whose name keeps them a religious group ("Sunni
# Muslims") where a people's or country's name makes them civilians ("Rohingya Muslims")
BELIEVER_WORDS = frozenset({"muslim", "moslem", "christian", "hindu", "jew", "buddhist", "sikh"})
SECT_WORDS = frozenset({"sunni", "shiite", "shia", "shi'ite", "alawite", "ismaili", "sufi",
                        "ahmadi", "ahmadiyya", "salafist", "salafi", "catholic", "orthodox",
                        "protestant", "evangelical", "coptic", "maronite", "anglican",
                        "pentecostal", "tibetan", "hasidic", "ultra", "devout"})
# Bodies a text may describe only by who leads them ("a coalition led by Saudi Arabia")
LED_BODY_WORDS = frozenset({"coalition", "delegation", "consortium", "alliance", "team",
                            "mission", "bloc", "contingent", "group", "grouping"})


def _named_as_place(token: Token) -> bool:
    """A name the tagger took for a person's that its phrase calls a place: the object of 'of'
    after a place noun ("shelled the city of Kherson", "the central town of Beledweyne") or in
    apposition to one ("the regional capital, Banja Luka")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ != "appos":
        return False
    return head.lemma_.lower() in PLACE_NOUNS and head.pos_ == "NOUN"


# Nouns of a person's kin or counsel: their possessor is a person ("Lai's son", "Mendoza's
# lawyers"), never a place of the same name.
KIN_WORDS = frozenset({"son", "daughter", "wife", "husband", "father", "mother", "brother",
                       "sister", "widow", "widower", "nephew", "niece", "grandson",
                       "granddaughter", "relative", "family", "lawyer", "attorney"})


def _kin_of(tok: Token) -> bool:
    """Whether `tok` (with the rest of its name) is the possessor of a kin or counsel noun."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in KIN_WORDS


# Modifiers that put a sector word's people outside the country around them: "foreign
# troops", "international forces" are no forces of the state they fight in or beside.
FOREIGN_WORDS = frozenset({"foreign", "international", "multinational", "overseas", "external"})
# Regions and blocs of many states: a sector word they modify is of several countries, none of
# them the one its place phrase or the sentence names ("European leaders meeting in Brussels",
# "West African leaders meeting in Accra", "Western diplomats in Kyiv"). A country's own
# adjective that contains one is a name the knowledge base reads ("South African", "Central
# African"), no modifier of this kind.
BLOC_ADJECTIVES = frozenset({
    "european", "western", "african", "arab", "asian", "gulf", "nordic", "baltic", "balkan",
    "scandinavian", "world",
})
# People who have come from elsewhere: the country they are in, or of those who act on them,
# is not theirs ("Kenya deported 40 migrants", "refugees in Nairobi"); only their own
# modifier or 'from' phrase gives it ("Somali refugees", "refugees from Somalia").
NEWCOMER_WORDS = frozenset({"migrant", "immigrant", "refugee", "asylum", "deportee"})


def _newcomers(tok: Token) -> bool:
    """Whether `tok` heads a phrase of people come from elsewhere ("migrants", "asylum
    seekers")."""
    return tok.lemma_.lower() in NEWCOMER_WORDS or (
        tok.lemma_.lower() == "seeker" and any(c.lower_ == "asylum" for c in tok.children))


class ActorBuilder:
    """Builds the Actor(s) of argument tokens from the mentions of one document.

    `place_country` maps a place name to its country (the gazetteer), so that a city that is no
    seat of government still stands for its country ("flew to Vladivostok" -> RUS).
    """

    def __init__(self, doc: Doc, mentions: Sequence[Mention],
                 place_country: Callable[[str], str | None] | None = None) -> None:
        self.doc = doc
        self.ents = tuple(doc.ents)  # once: spaCy builds doc.ents anew at every access
        self.place_country = place_country
        self._by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self._by_token[i] = m
        self.mentions = tuple(mentions)  # the document's, in order (read by `anaphora` too)
        # the pair named in each sentence, by its first token, if one is (`anaphora.collective`)
        self.pairs: dict[int, Dyad | None] = {
            sent.start: Dyad.of(m for m in mentions if sent.start <= m.start < sent.end)
            for sent in doc.sents}
        self.home = _home_country(mentions)
        # what np_actors found for a head: the builder is fixed once made, and the coder asks
        # for the same heads again and again, for each verb and noun that reaches them
        self._np_found: dict[int, tuple[Actor, ...]] = {}
        # the short names the document gives its bodies, read once (`_short_name_given_before`)
        self._short_names: dict[str, Token] | None = None
        # the places the story itself puts in a country, read once (`_located_places`)
        self._located: dict[str, str] | None = None

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def phrase(self, actor: Actor) -> Span:
        """The tokens of the document that `actor` was read from ("striking copper miners")."""
        span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]

    def actors(self, head: Token) -> list[tuple[Actor, str]]:
        """Actors of `head` and of the heads coordinated with it, each with how it was found."""
        out: list[tuple[Actor, str]] = []
        for tok in [head, *conjuncts_after(head)]:
            collective = anaphora.collective(self, tok)
            if collective:
                out.extend((a, "collective") for a in collective)
                continue
            found = self.np_actors(tok)
            m = self._by_token.get(tok.i)
            if not found and tok is not head and m is not None and m.entry.kind == "sector":
                # "lawmakers and officials in Arnor": the place phrase of the first conjunct
                found = self._sector_from_place(head, [m]) or self._shared_country(head, m)
            out.extend((a, "np") for a in found)
        return unique_pairs(out)

    def modifier_actors(self, modifier: Token) -> list[tuple[Actor, str]]:
        """Each actor named in a modifier chain ("the Abe-Putin summit" gives Abe and Putin)."""
        out: list[tuple[Actor, str]] = []
        for tok in modifier.subtree:
            m = self._by_token.get(tok.i)
            if m is not None and tok.i == m.end - 1 and m.entry.kind != "sector":
                out.extend((a, "np") for a in self.np_actors(tok))
        if out:
            return unique_pairs(out)
        # no actor phrase: a collective or a quantity may still be one, a mere place is not
        # ("the Jeddah talks" are held in Jeddah, not with it)
        return [(a, how) for a, how in self.actors(modifier) if a.name is not None
                or self._by_token.get(modifier.i) is not None or not self._is_bare_place(a)]

    def actor(self, head: Token) -> Actor | None:
        found = self.np_actors(head)
        return found[0] if found else None

    def np_actors(self, head: Token) -> list[Actor]:
        """The actors of the noun phrase headed by `head`.

        The head itself must be part of an actor phrase (a name, a country, a sector word):
        "the Syrian war" is no actor, "Syrian troops" is. Coordinated country modifiers give
        one actor each ("Chinese and Russian warships").
        """
        found = self._np_found.get(head.i)
        if found is None:
            found = tuple(self._np_actors(head))
            if _party_office(head):
                found = tuple(_in_opposition(a) for a in found)
            self._np_found[head.i] = found
        return list(found)

    def _np_actors(self, head: Token) -> list[Actor]:
        if head.i not in self._by_token:
            return self._stand_in(head)
        tokens = np_tokens(head)
        seen: list[Mention] = []
        for tok in tokens:
            m = self._by_token.get(tok.i)
            if m is not None and m not in seen:
                seen.append(m)
        persons = [m for m in seen if m.entry.kind == "person"]
        countries = [m for m in seen if m.entry.kind in COUNTRY_KINDS and not _backer(m, head)]
        igos = [m for m in seen if m.entry.kind == "igo" and not _membership_of(m, head)
                and not (countries and _posted_to(m, head))]
        sectors = [m for m in seen if m.entry.kind == "sector"]
        groups = [m for m in seen if m.entry.kind == "group"
                  and not _product_of(m, head)]
        if (persons and (igos or countries) and all(p.entry.sector == ELITE for p in persons)
                and not any(t.lower_.rstrip("-") in PAST_OFFICE_WORDS for t in tokens)):
            persons = []  # "UN Secretary-General Guterres": the office named here, not a past one
        if persons:
            person = nearest_mention(persons, head)
            e = person.entry
            body = self._by_token.get(head.i)
            if (e.country and body is not None and body.entry.sector == GOVERNMENT
                    and head.lemma_.lower() in GOVERNING_BODY_WORDS
                    and not person.start <= head.i < person.end):
                return [self._make([person, body], e.country + GOVERNMENT, e.country,
                                   GOVERNMENT, None)]
            left = self._left_office(head, e.country)
            if left:
                return [self._make([person], left + ELITE, left, ELITE, e.name)]
            if e.country and self._named_former(person, tokens):
                return [self._make([person], e.country + ELITE, e.country, ELITE, e.name)]
            title = _present_title(person, sectors, tokens)
            if title is not None and e.country:  # "Senator Leila de Lima" in 2017, when the
                sector = title.entry.sector  # KB knows her only as a former minister
                return [self._make([title, person], e.country + (sector or ""), e.country,
                                   sector, e.name)]
            return [self._make([person], e.code, e.country, e.sector, e.name)]
        for chosen in (groups, igos):
            if chosen:
                m = nearest_mention(chosen, head)
                e = m.entry
                where = self._operating_country(head) \
                    if chosen is groups and e.code.startswith(TRANSNATIONAL_GROUPS) else None
                if where:
                    return [self._make([m], where + REBELS, where, REBELS, e.name or None)]
                return [self._make([m], e.code, e.country, e.sector, e.name or None)]
        if not countries and sectors and \
                self.head_sector(sectors, head).entry.sector == AID_AGENCIES:
            return [self._make(sectors, AID_AGENCIES, None, AID_AGENCIES, None)]  # "aid
            # groups in Gaza": unnamed aid agencies are of no country
        if not countries:
            return (self._party_legislator(head)
                    or self._collective_owner(head, sectors)
                    or speakers.quoted_owner(self, head, sectors)
                    or self._pronoun_owned(head, sectors)
                    or self._placed_armed_group(head, sectors)
                    or self._sector_from_place(head, sectors)
                    or self._at_igo_meeting(head, sectors)
                    or anaphora.armed_group_named_before(self, head, sectors)
                    or anaphora.court_named_before(self, head, sectors)
                    or anaphora.owned_by_body_named_before(self, head, sectors)
                    or speakers.title_named_before(self, head))
        first = nearest_mention(countries, head)
        if sectors and self._foreign(head) and self.doc[first.end - 1].dep_ == "pobj":
            return []  # "foreign forces in Mogadishu": in Somalia, not Somalia's
        coordinated = [first] + [
            self._by_token[c.i] for c in self.doc[first.end - 1].conjuncts
            if c.i in self._by_token and self._by_token[c.i].entry.kind in COUNTRY_KINDS
        ]
        home = self._residence(head) if any(
            t.lower_ == "ethnic" for t in head.subtree if t.i < head.i) else None
        sector_mention = self.head_sector(sectors, head) if sectors else None
        if home and home != first.entry.country:  # "ethnic Albanians in Serbia": SRBCVL
            sector = sector_mention.entry.sector if sector_mention is not None else CIVILIANS
            used = [first] + ([sector_mention] if sector_mention is not None else [])
            return [self._make(used, home + (sector or ""), home, sector, None)]
        if sector_mention is not None and _crew_of_fishing_craft(self.doc[sector_mention.end - 1]):
            country = first.entry.country or ""  # "the captain of a Chinese fishing trawler"
            return [self._make([first, sector_mention], country + FISHERS, first.entry.country,
                               FISHERS, None)]
        return [self._country_actor(c, sector_mention,
                                    people=self.doc[c.end - 1].dep_ not in MODIFIER_DEPS)
                for c in dedupe(coordinated)]

    def _shared_country(self, head: Token, m: Mention) -> list[Actor]:
        """'Kenyan troops and police': the country adjective of the first conjunct qualifies
        the sector word coordinated with it (KENMIL and KENCOP). Not for an armed group beside
        an army ("French troops and rebels" are not French rebels)."""
        conjunct = self.doc[m.end - 1]
        if m.entry.sector in UNSHARED_SECTORS or any(  # "human rights representatives": the
                t.dep_ != "det" for t in conjunct.lefts if t.i < m.start):  # word's own phrase
            return []
        split = split_demonym(head)  # "Angolan police and soldiers", 'Angolan' split off
        modifiers = [t for t in head.children if t.dep_ in MODIFIER_DEPS and t.i < head.i]
        countries = dedupe([c for c in (self._by_token.get(t.i)
                                         for t in modifiers + ([split] if split else []))
                             if c is not None and c.entry.kind in COUNTRY_KINDS
                             and not c.start <= head.i < c.end])  # not "[United States]"
        return [self._country_actor(c, m) for c in countries]

    def _residence(self, head: Token) -> str | None:
        """The country an ethnic group named by `head` lives in, by the place of its own phrase
        or of its clause ("ethnic Albanians in Serbia", "three ethnic Albanians were killed in a
        gunbattle in southern Serbia"): CAMEO codes such a group as that country's civilians."""
        owners = [head] + ([head.head] if head.dep_ in {"nsubj", "nsubjpass", "dobj"}
                           and head.head.pos_ in {"VERB", "AUX"} else [])
        owners += [c for c in head.children if c.dep_ == "acl"]  # "guerrillas operating in X"
        places = [o for t in owners for o in prep_objects_under(t, "in", dative=False)]
        places += [o for pl in list(places)  # "in a gunbattle in Serbia"
                   for o in prep_objects_under(pl, "in", dative=False)]
        for place in places:
            country = self._country_of_place(place)
            if country:
                return country
        return None

    def head_sector(self, sectors: Sequence[Mention], head: Token) -> Mention:
        """The sector word that gives the sector of `head`'s phrase: the one at the head, but a
        leader of a body takes the body's sector ("the leader of the Bree gang" and "the gang
        leader" are criminals, CRM; "the chief of police" is police, COP)."""
        first = nearest_mention(sectors, head)
        unit = self._armed_unit(first)
        if unit is not None:
            return unit
        if _ethnic_believers(self.doc[first.end - 1]):  # "Rohingya Muslims": a people
            return replace(first, entry=replace(first.entry, code=CIVILIANS, sector=CIVILIANS))
        if self.doc[first.end - 1].lemma_.lower() not in LEADING_WORDS:
            return self._side_modifier(sectors, first)
        leader = self.doc[first.end - 1]
        bodies = [obj for prep in leader.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for obj in prep.children if obj.dep_ == "pobj"]
        bodies += [c for c in leader.children  # "the gang leader", "the union's chief"
                   if c.dep_ in {"compound", "poss"} and c.i < first.start]
        for body in bodies:
            m = self._by_token.get(body.i)
            if (m is not None and m.entry.kind == "sector" and body.i == m.end - 1
                    and m.entry.sector != first.entry.sector):
                return m
        return first

    def _collective_owner(self, head: Token, sectors: list[Mention]) -> list[Actor]:
        """'the two countries' diplomats', 'both sides' leaders': a sector word owned by a
        collective is that sector of each of the pair (JPNGOV and PRKGOV)."""
        if not sectors:
            return []
        for child in head.children:
            if child.dep_ != "poss":
                continue
            pair = anaphora.collective(self, child)
            if not pair:
                return []
            sector = self.head_sector(sectors, head).entry.sector
            span = self.doc[child.left_edge.i: head.i + 1]
            return [sector_actor(span, a.country, sector) for a in pair if a.country]
        return []

    def _placed_quantity(self, head: Token, obj: Token) -> list[Actor]:
        """'thousands of flood victims in Pakistan's Sindh province': the place phrase the
        parser hung on the quantity gives the country of the sector word counted (PAKCVL)."""
        if obj.i not in self._by_token:
            return []
        return self._sector_from_place(head, self._sectors_in(obj))

    def _armed_unit(self, first: Mention) -> Mention | None:
        """'a company of the Central Reserve Police Force', 'a company of paratroopers': a
        company of an armed body is its unit (the body's sector, COP or MIL), no business."""
        word = self.doc[first.end - 1]
        if word.lemma_.lower() not in UNIT_WORDS:
            return None
        for obj in prep_objects_under(word, "of"):
            m = self._by_token.get(obj.i)
            if m is not None and m.entry.kind == "sector" and obj.i == m.end - 1 \
                    and m.entry.sector in ARMED_SECTORS:
                return m
        return None

    def _side_modifier(self, sectors: Sequence[Mention], first: Mention) -> Mention:
        """A modifier naming the side of a generic head word decides its sector: "separatist
        forces" are rebels (REB, not MIL), "the opposition presidential candidate" is the
        opposition (OPP, not PTY). Not after "anti-" ("anti-rebel forces")."""
        word = self.doc[first.end - 1]
        for m in sectors:
            mod = self.doc[m.end - 1]
            if (m is not first and mod.head.i == word.i
                    and mod.dep_ in {"amod", "compound", "nmod"}
                    and (first.entry.sector, m.entry.sector) in SIDE_OVERRIDES
                    and not (mod.i >= 2 and self.doc[mod.i - 1].text == "-"
                             and self.doc[mod.i - 2].lower_ == "anti")):
                return m
        return first

    def _sectors_in(self, head: Token) -> list[Mention]:
        """The sector mentions of `head`'s noun phrase."""
        found = [self._by_token[t.i] for t in np_tokens(head) if t.i in self._by_token]
        return [m for m in dedupe(found) if m.entry.kind == "sector"]

    def _foreign(self, head: Token) -> bool:
        """Whether a sector word is said to be from outside by a modifier of its own, not part
        of a listed phrase: "foreign troops", "international forces" ("foreign minister" is
        one phrase; "the foreign and water ministers of Egypt" are Egypt's); or to be of a
        region's many states: "European leaders", "Western diplomats" (`BLOC_ADJECTIVES`)."""
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in BLOC_ADJECTIVES
               and c.i not in self._by_token for c in head.children):
            return True  # "European leaders", "Western diplomats"
        return head.lemma_.lower() not in PERSON_TITLES and any(
            c.dep_ == "amod" and c.lemma_.lower() in FOREIGN_WORDS and c.i not in self._by_token
            and not c.conjuncts for c in head.children)  # "foreign and water ministers"

    def _pronoun_owned(self, head: Token, sectors: list[Mention]) -> list[Actor]:
        """'Turkey said its jets struck targets in northern Iraq': a subject that is a sector
        word owned by 'its' or 'their' is of the country the pronoun stands for
        (`_pronoun_owner`), not of the place where it acts. An object so owned ("recalled its
        ambassador", "test-fired its missile") is read by the event rules themselves."""
        country = self._pronoun_owner(head) if sectors and head.dep_ == "nsubj" else None
        if not country:
            return []
        sector = self.head_sector(sectors, head)
        return [self._make([sector], country + (sector.entry.sector or ""), country,
                           sector.entry.sector, None)]

    def _placed_armed_group(self, head: Token, sectors: list[Mention]) -> list[Actor]:
        """'Washington negotiated with the insurgents in Qatar's capital' after the story named
        the Taliban: a definite word for armed men whose own phrase only says where they are
        is the armed group the story named last (`anaphora.armed_group_named_before`), not the
        place's rebels. A 'from' phrase says whose they are ("the militants from Somalia")."""
        preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
        if not preps & PLACE_PREPS or "from" in preps:
            return []
        return anaphora.armed_group_named_before(self, head, sectors)

    def _sector_from_place(self, head: Token, sectors: list[Mention]) -> list[Actor]:
        """'Soldiers from Gondor', 'lawmakers in Arnor and Gondor': a sector word whose country
        is named in a from/in phrase (one actor per coordinated country); 'diplomats from the
        Group of Seven' are the organisation's (IGOGOS)."""
        if not sectors or self._foreign(head):  # "foreign forces in Mogadishu": not Somalia's
            return []
        sector = self.head_sector(sectors, head)
        for mod in head.children:  # "Hokkaido fishermen", "Darfur rebels": a place modifier
            if mod.dep_ in {"compound", "nmod"} and self._by_token.get(mod.i) is None:
                as_place = self._place(mod) or self._place_before_title(head, mod)
                if as_place:
                    code = as_place[0].country or ""
                    return [self._make([sector], code + (sector.entry.sector or ""), code,
                                       sector.entry.sector, None)]
        located = _located_preps(head)
        for prep in [*head.children, *located]:
            if prep.dep_ != "prep" or (prep.lower_ not in SECTOR_PLACE_PREPS
                                       and prep not in located):
                continue
            if _newcomers(head) and prep.lower_ != "from":  # "refugees in Kenya" are not
                continue  # Kenya's; "refugees from Somalia" are Somalia's
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                places = [obj, *obj.conjuncts]
                found = [self._by_token[t.i] for t in places if t.i in self._by_token
                         and self._by_token[t.i].entry.kind in COUNTRY_KINDS]
                if found:
                    return [self._country_actor(m, sector) for m in dedupe(found)]
                bodies = [self._by_token[t.i] for t in places if prep.lower_ == "from"
                          and t.i in self._by_token and self._by_token[t.i].entry.kind == "igo"]
                if bodies:  # "diplomats from the Group of Seven": the organisation's
                    return [self._make([m], m.entry.code, m.entry.country, m.entry.sector,
                                       m.entry.name or None) for m in dedupe(bodies)]
                if obj.i not in self._by_token and head.lemma_.lower() not in SETTLER_WORDS:
                    # a town the gazetteer knows: "rebels near Temuco" (settlers are not the
                    # people of the land they settle)
                    country = self._country_of_place(obj)
                    if country:
                        return [self._make([sector], country + (sector.entry.sector or ""),
                                           country, sector.entry.sector, None)]
        return []

    def _operating_country(self, head: Token) -> str | None:
        """'Islamic State fighters killed ... after overrunning the Sinjar region of northern
        Iraq': the one country of the sentence's places (an in/across/throughout phrase, a
        region named with its country), else the document's home country."""
        found: set[str] = set()
        for t in head.sent:
            if (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS) or \
                    t.lemma_.lower() in REGION_WORDS:
                country = self._country_of_place(t)
                if country:
                    found.add(country)
        if len(found) == 1:
            return found.pop()
        return self.home if not found else None

    def _at_igo_meeting(self, head: Token, sectors: list[Mention]) -> list[Actor]:
        """'West African leaders at an ECOWAS summit demanded ...': officials named by no
        country but by an organisation's meeting they attend act for the organisation
        (IGOWAFBUSWAS). Only government and elite words; the meeting's own phrase names the
        organisation ("an ECOWAS summit", "a NATO meeting in Brussels")."""
        sector = self.head_sector(sectors, head)
        if sector.entry.sector not in {"GOV", ELITE}:
            return []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "at":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in MEETING_WORDS:
                    continue
                for mod in obj.children:
                    m = self._by_token.get(mod.i)
                    if mod.dep_ in MODIFIER_DEPS and m is not None and m.entry.kind == "igo":
                        span = self.doc[head.left_edge.i:head.i + 1]
                        e = m.entry
                        return [Actor(span.text, span.start_char, span.end_char, e.code,
                                      e.country, e.sector, None)]
        return []

    def sector_in_place(self, head: Token, place: Token) -> list[Actor]:
        """'Thousands of people blocked streets in Hong Kong': a subject that is only a sector
        word ('people', through quantities) takes the country of the place the event is in."""
        tok = head
        for _ in range(3):  # "tens of thousands of students"
            if tok.i in self._by_token or tok.lemma_.lower() not in QUANTITY_WORDS:
                break
            tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), tok)
        sectors = [self._by_token[t.i] for t in np_tokens(tok) if t.i in self._by_token]
        if not sectors or any(m.entry.kind != "sector" for m in sectors) or self._foreign(tok) \
                or _newcomers(tok):  # "foreign workers in Bamako", "migrants in Rome" are not
            return []  # Mali's or Italy's
        where = self._by_token.get(place.i)
        if where is not None and where.entry.kind in COUNTRY_KINDS:
            country = where.entry.country or ""
        else:
            places = self._place(place)
            country = places[0].country or "" if places else ""
        if not country:
            return []
        sector = self.head_sector(sectors, tok)
        code = OPPOSITION if _protesting_crowd(head, tok) else sector.entry.sector
        return [self._make([sector], country + (code or ""), country, code, None)]

    def sector_in_context(self, head: Token, domestic: str | None = None) -> list[Actor]:
        """'Police opened fire on demonstrators', 'rebels in Jericho': a phrase that is only
        sector words, for a slot that would otherwise stay empty, takes its country from the
        sentence: a place named in its own phrase; else the same sector word with a country
        elsewhere in the sentence ('Iraqi police said police ...'); else the one country the
        sentence names (countries, demonyms, persons, named groups and gazetteer places; not in
        a with/against phrase, which names a counterpart).
        Two or more countries and no such clue give nothing. `domestic`, the country of the
        other party, is taken instead of the sentence's ("Egyptian police dispersed
        demonstrators", "fishermen urged the government to negotiate with Moscow"): a state's
        actors deal with their own people unless a place says otherwise."""
        tok = head
        for _ in range(3):  # "hundreds of rebels", "groups of militants"
            if tok.i in self._by_token or tok.lemma_.lower() not in QUANTITY_WORDS:
                break
            tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), tok)
        if tok.i not in self._by_token:  # "killed the journalist Jamal Khashoggi": his title
            tok = self._title(tok) or tok
        phrase = np_tokens(tok)
        sectors = [m for t in phrase if (m := self._by_token.get(t.i)) is not None
                   and not _backer(m, tok)]  # "Russian-backed separatists": separatists
        if tok.i not in self._by_token and not (  # "business deals" is no actor
            tok.lemma_.lower() in QUANTITY_WORDS and any(  # "opposition groups" is one
                c.dep_ == "compound" and c.i in self._by_token for c in tok.children)):
            return []
        if not sectors or any(m.entry.kind != "sector" for m in sectors) or self._foreign(tok):
            return []  # "attacked foreign troops": of no country the sentence gives
        sector = self.head_sector(sectors, tok)
        if sector.entry.sector == ELITE:  # "the slain former prime minister" is a person
            return []
        if sector.entry.sector == AID_AGENCIES:  # "aid agencies" take no country from the
            return [self._make([sector], AID_AGENCIES, None, AID_AGENCIES, None)]  # sentence
        code = sector.entry.sector or ""
        country = self._context_country(tok, phrase, code, domestic)
        if not country or (_newcomers(tok) and country == domestic):
            return []  # "Kenya deported 40 migrants": not Kenya's own people
        if _protesting_crowd(head, tok) or _party_office(tok):
            return [self._make([sector], country + OPPOSITION, country, OPPOSITION, None)]
        return [self._make([sector], country + code, country, sector.entry.sector, None)]

    def _context_country(self, tok: Token, phrase: list[Token], sector: str,
                         domestic: str | None) -> str | None:
        for t in phrase:  # its own place phrase: "police in Jericho", "Darfur rebels"
            if t.i != tok.i and t.i not in self._by_token and (
                t.dep_ in {"compound", "nmod"} or t.dep_ == "pobj"
            ):
                places = self._place(t)
                if places and places[0].country:
                    return places[0].country
        owner = self._pronoun_owner(tok) or self._the_country_owner(tok)
        if owner:
            return owner
        placed = self._countries_placed_under(tok)
        if placed:  # "businesspeople in charge of trade in Belgium, Germany and Italy": theirs,
            return placed.pop() if len(placed) == 1 else None  # not the minister's
        scene = self._scene_country(tok)
        if scene:
            return scene
        if domestic:
            return domestic
        continued = self._state_continued(tok, phrase, sector)
        if continued:
            return continued
        sent = tok.sent
        own = {t.i for t in phrase}
        countries: list[str] = []
        seen: set[Mention] = set()
        for t in sent:
            m = self._by_token.get(t.i)
            if t.i in own or (m is not None and m in seen) or _counterpart(t):
                continue
            if m is not None:
                seen.add(m)
                if m.entry.kind == "sector" and m.entry.sector == sector and t.i == m.end - 1:
                    found = [a for a in self.np_actors(t) if a.country]
                    if found:  # the same sector word with its country: "Iraqi police"
                        return found[0].country
                if m.entry.country and m.entry.kind in COUNTRY_KINDS | {"person", "group"}:
                    countries.append(m.entry.country)
            elif t.ent_iob_ == "B" and t.ent_type_ in PLACE_ENTS:
                countries.extend(a.country for a in self._place(t) if a.country)
        distinct = set(countries)
        if not distinct and self._at_home(tok, sector):  # "The military said ...": the
            return self.home  # sentence names no country at all
        return distinct.pop() if len(distinct) == 1 else None

    def _countries_placed_under(self, tok: Token) -> set[str]:
        """The countries of the places a sector word's phrase puts it in, through the phrases
        it nests ("officials in charge of trade in Belgium and Germany": BEL, DEU), not through
        clauses ("officials who met in Berlin"); a coordinated word shares the phrase that
        follows it on the first ("officials and businesspeople in ...")."""
        found: set[str] = set()
        stack = [c for c in tok.children if (c.dep_ == "prep" and c.lower_ != "of") or (
            c.dep_ == "amod" and c.i > tok.i)]  # "leaders responsible for trade in Poland";
        # not the body a word heads ("president of the Committee for Freedom in Hong Kong")
        if tok.dep_ == "conj":  # "officials and businesspeople in charge of ...": a phrase
            stack += [c for c in tok.head.children  # after the last of them is theirs all
                      if c.dep_ == "prep" and c.lower_ != "of" and c.i > tok.i]
        while stack:
            t = stack.pop()
            if t.dep_ in NESTED_CLAUSE_DEPS or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}):
                continue
            if t.dep_ == "pobj" and t.head.lower_ in SECTOR_PLACE_PREPS and t.i != tok.i:
                for place in (t, *t.conjuncts):
                    m = self._by_token.get(place.i)
                    if m is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country:
                        found.add(m.entry.country)
            if t.pos_ != "PROPN":  # a name's own phrase places the named, not the word
                stack.extend(t.children)
        return found

    def _the_country_owner(self, tok: Token) -> str | None:
        """'Somalia's spy agency said the country's security forces killed 30 militants': a
        sector word owned by "the country('s)" or "the nation('s)" is of the one country its
        sentence names before it; where that names none, of the one country the sentence
        before names; where that names none either, of the document's home country. Two
        countries in the sentence that decides ("Ukraine accused Russia ...") make it
        unclear."""
        owner = next((c for c in tok.children if c.dep_ == "poss"
                      and c.lemma_.lower() in COUNTRY_OWNER_WORDS and c.tag_ == "NN"), None)
        if owner is None or not definite(owner) or any(
                c.dep_ in {"amod", "compound", "prep"} for c in owner.children):
            return None
        sent = owner.sent
        spans = [(sent.start, owner.i)]
        if sent.start > 0:
            before = self.doc[sent.start - 1].sent
            spans.append((before.start, before.end))
        for start, end in spans:
            named = {m.entry.country for i in range(start, end)
                     if (m := self._by_token.get(i)) is not None and m.entry.country
                     and m.entry.kind in COUNTRY_KINDS | {"person"}}
            if named:
                return named.pop() if len(named) == 1 else None
        return self.home

    def _scene_country(self, tok: Token) -> str | None:
        """The country where the clause of a sector word says its event took place: "Russian
        troops killed dozens of civilians in the Ukrainian town of Bucha" (UKR, not the
        troops' country), "troops shot protesters in Mandalay" -- the place in an in/across/
        throughout phrase of the verb whose object (or passive subject) the word is."""
        verb = tok
        for _ in range(4):  # "dozens of civilians": up through the quantity to the verb
            if verb.dep_ not in {"pobj", "prep", "dobj", "nsubjpass", "conj"} \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i == tok.i:
            return None
        clauses = [verb]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "shelled areas in Kharkiv, killing
            clauses.append(verb.head)  # civilians": the scene of the clause it follows
        clauses += [c for v in list(clauses) for s in v.children if s.dep_ == "nsubj"
                    for c in s.children if c.dep_ == "acl" and c.tag_ == "VBG"
                    and c.lemma_.lower() in SCENE_PARTICIPLES]  # "troops fighting in Tigray"
        for place in (o for v in clauses for p in v.children
                      if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                      for o in p.children if o.dep_ == "pobj"):
            country = self._country_of_place(place)
            if country:
                return country
        return None

    def _state_continued(self, tok: Token, phrase: list[Token], sector: str) -> str | None:
        """'Russia expelled eight Japanese diplomats. The foreign ministry accused Japan of
        hostility': a bare definite government body ("the foreign ministry", "the
        government") that is the main subject of its sentence continues the state that the
        main subject of the sentence before names (RUS), not the country it acts on. Only
        one country there, named as a state or its government."""
        sent = tok.sent
        if (sector != GOVERNMENT or sent.start == 0 or tok.dep_ not in {"nsubj", "nsubjpass"}
                or tok.head.i != sent.root.i or tok.tag_ not in {"NN", "NNP"}
                or not any(t.dep_ == "det" and t.lower_ == "the" for t in phrase)
                or any(t.dep_ in {"poss", "prep"} for t in tok.children)):
            return None
        subject = main_subject(self.doc[sent.start - 1].sent)
        if subject is None:
            return None
        found = {a.country for a in self.np_actors(subject)
                 if a.country and a.sector in {None, GOVERNMENT}}
        return found.pop() if len(found) == 1 else None

    def _pronoun_owner(self, tok: Token) -> str | None:
        """'Peru said its troops had pulled back from the border': a sector word owned by 'its'
        or 'their' is of the country named nearest before the pronoun (a country, not a
        person or a group, whose forces may be anyone's)."""
        pron = next((c for c in tok.children if c.dep_ == "poss"
                     and c.lower_ in OWNER_PRONOUNS), None)
        if pron is None:
            return None
        for i in range(pron.i - 1, tok.sent.start - 1, -1):
            m = self._by_token.get(i)
            if m is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country:
                return m.entry.country
        return None

    def _at_home(self, tok: Token, sector: str) -> bool:
        """Whether a sector phrase in a sentence that names no country is of the document's
        home country: state and armed actors only ("the military", "security forces",
        "militants"), as the people, the press and the professions act anywhere; and no plural
        of a state word ("national governments" are many states)."""
        return sector in HOME_SECTORS and not (
            tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in STATE_WORDS)

    def unidentified_forces(self, places: Iterable[Token]) -> list[Actor]:
        """'killed in a car bomb explosion in Beirut': an attack whose text names no attacker
        was made by armed men of the country it happened in. CAMEO's UAF (armed forces
        identified neither as the state's nor as rebels) is the manual's last resort for them.
        The first of `places` that names a country gives it ("the Iraqi city of Basra",
        "the town of Samarra")."""
        return self._of_place(places, "UAF")

    def people_of_place(self, places: Iterable[Token]) -> list[Actor]:
        """'imposed a curfew in the town of Cizre': the civilians (CVL) of the country of the
        first of `places` that names one, for measures laid on a population."""
        return self._of_place(places, CIVILIANS)

    def authorities_of_place(self, places: Iterable[Token]) -> list[Actor]:
        """'a journalist was arrested in Iran': the government (GOV) of the country of the first
        of `places` that names one, for arrests and deportations that name no one making them."""
        return self._of_place(places, "GOV")

    def country_of_places(self, places: Iterable[Token]) -> list[Actor]:
        """'concerned about the violence in Sudan': the country (no sector) of the first of
        `places` that names one, for what a sentiment is about where no actor is named."""
        return self._of_place(places, None)

    def _of_place(self, places: Iterable[Token], sector: str | None) -> list[Actor]:
        for place in places:
            country = self._country_of_place(place)
            if country:
                return [sector_actor(self.doc[place.i:place.i + 1], country, sector)]
        return []

    def _country_of_place(self, place: Token) -> str | None:
        """The country of a place phrase, or of the place in its 'of' phrase: a country named
        ("in Peru"), a place the gazetteer knows ("in Kharkiv"), a place word a country owns
        ("the Iraqi city", "Lebanese soil", "in Ethiopia's Tigray region"), or a named place
        the story has put in a country ("the town of Ethring", after "Ethring is Gondor's
        largest city")."""
        named = [o for p in place.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        for tok in (place, *named):
            m = self._by_token.get(tok.i)
            if m is not None and m.entry.kind in COUNTRY_KINDS:
                return m.entry.country
            if m is None:
                found = [a.country for a in self._place(tok) if a.country]
                if found:
                    return found[0]
            for mod in tok.children:  # "the Iraqi city", "Lebanese soil", "Pakistan's Sindh
                mm = self._by_token.get(mod.i)  # province"
                if mod.dep_ in {"amod", "compound", "poss"} and mm is not None \
                        and mm.entry.kind in COUNTRY_KINDS:
                    return mm.entry.country
        located = self._located_places() if named else {}
        return next((c for tok in named if (c := located.get(fold_accents(tok.text)))), None)

    def _country_actor(self, c: Mention, s: Mention | None, people: bool = False) -> Actor:
        """The actor of a country mention, with the sector of `s` if given. A plural demonym
        heading its phrase ("Ukrainians protested", `people`) names civilians (CVL)."""
        sector = c.entry.sector
        used = [c]
        if s is None and people and (c.entry.role == "people"
                                     or _invariant_people(self.doc[c.end - 1])):
            country = c.entry.country or ""
            return self._make(used, country + CIVILIANS, c.entry.country, CIVILIANS, None)
        if s is not None:
            sector = s.entry.sector or s.entry.code
            used.append(s)
        country = c.entry.country or ""
        if sector is None or sector == c.entry.sector:
            code = c.entry.code
        elif c.entry.kind == "historic":
            code = c.entry.code + sector
        else:
            code = country + sector
        return self._make(used, code, c.entry.country, sector, None)

    def _stand_in(self, head: Token) -> list[Actor]:
        """Actors for a head that is no actor word: the possessor ("Japan's islands" -> Japan),
        the members of a quantity ("hundreds of civilians"), or a place's country. A
        country's rivals or enemies stand for no one ("Chile's enemies" are not Chile)."""
        if head.lemma_.lower() in ADVERSARY_WORDS:
            return []
        if first_person(head):  # '"We condemn the attack," the minister said': the minister
            return speakers.quoted_speaker(self, head)
        homeland = speakers.quoted_homeland(self, head)
        if homeland:
            return homeland
        left = self._left_office(head, None) if head.ent_type_ == "PERSON" else None
        if left:  # "Otto Perez Molina, who resigned as Guatemala's president"
            return [sector_actor(entity_span(head), left, ELITE)]
        followers = (self._followers_of(head) or self._strikers(head)
                     or self._unnamed_assailant(head) or self._led_by(head))
        if followers or head.lemma_.lower() in PARTISAN_WORDS:
            return followers  # "Maduro's supporters" are no government, whoever leads them
        counterparts = self._counterparts(head)
        if counterparts:
            return counterparts
        for child in head.children:
            if child.dep_ == "poss":
                owners = self.np_actors(child)
                sector = next((self._by_token[c.i] for c in head.children
                               if c.dep_ == "compound" and c.i in self._by_token
                               and self._by_token[c.i].entry.kind == "sector"), None) \
                    or self._sector_in_name(child, head)
                owner = self._by_token.get(child.i)
                if not owners and sector is None:
                    break  # "its European Community partners": the pronoun names no one here
                if sector is None and owner is not None and owner.entry.kind in COUNTRY_KINDS \
                        and head.pos_ == "PROPN" and head.lemma_.lower() in STATE_BODY_WORDS:
                    country = owner.entry.country or ""  # "North Korea's National Defence
                    span = self.doc[owner.start:head.i + 1]  # Commission"
                    return [sector_actor(span, country, GOVERNMENT)]
                if sector is None or owner is None or owner.entry.kind not in COUNTRY_KINDS:
                    return owners
                # "Russia's Eastern Military District": the owner with the body's sector
                return [self._country_actor(owner, sector)]
        for child in head.children:  # "the KU basketball team", "a UN team": a named body
            m = self._by_token.get(child.i)  # ("the APEC forum", "the Hizbollah group")
            if (m is not None and child.dep_ in {"compound", "nmod"} and child.i == m.end - 1
                    and m.entry.kind in {"igo", "group"} and not _product_of(m, head)):
                return self.np_actors(child)
        bracketed = (self._bracketed_short_name(head) or self._short_name_given_before(head)
                     or self._country_side(head))
        if bracketed:
            return bracketed
        agents = (self._state_agents(head) or self._national_officers(head)
                  or self._national_delegation(head)
                  or self._national_assembly(head) or self._body_of_sector(head)
                  or self._national_group(head)
                  or self._office_of(head))
        if agents:
            return agents
        titled = (self._titled_name(head) or named_again.named_before(self, head)
                  or named_again.described_before(self, head) or anaphora.the_group(self, head)
                  or anaphora.the_bloc(self, head))
        if titled:
            return titled
        if head.pos_ == "NUM" or head.lemma_.lower() in QUANTITY_WORDS:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return self.np_actors(obj) or self._placed_quantity(head, obj)
        return self._seat_of_body(head) or self._place(head)

    def _seat_of_body(self, head: Token) -> list[Actor]:
        """A city that acts or is acted on, standing for the international organisation seated
        there that the story has named before it: "Hungary blocked the European Union's aid
        package, accusing Brussels of overreach" (IGOEUREEC). Not a place where something
        happens or someone travels ("talks in Brussels", "flew to Brussels")."""
        code = BODY_SEATS.get(head.lower_)
        if (code is None or head.pos_ != "PROPN"
                or (head.dep_ == "pobj" and head.head.lower_ in SEAT_PLACE_PREPS)):
            return []
        return anaphora.named_last(self, head, lambda m: m.entry.code == code, lambda *_: False)

    def _sector_in_name(self, owner: Token, head: Token) -> Mention | None:
        """The sector word inside a state body's proper name after its owner: "Somalia's
        National [Intelligence] and Security Agency" is its intelligence service (SPY). Only
        a name written in capitals throughout, with its first sector word deciding."""
        words = self.doc[owner.right_edge.i + 1:head.i]
        if head.pos_ != "PROPN" or len(words) == 0 or any(
                t.pos_ not in {"PROPN", "CCONJ"} or (t.pos_ == "PROPN" and not t.text[:1].isupper())
                for t in words):
            return None
        return next((m for t in words if (m := self._by_token.get(t.i)) is not None
                     and m.entry.kind == "sector"), None)

    def _country_side(self, head: Token) -> list[Actor]:
        """A side named by country adjectives is each country: "the Turkish and Greek sides
        agreed to share information" (TUR, GRC), "the Iranian side" (IRN)."""
        if head.lemma_.lower() not in SIDE_WORDS:
            return []
        mods = [c for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i]
        words = [t for c in mods for t in (c, *c.conjuncts)]
        found = [m for t in words if (m := self._by_token.get(t.i)) is not None
                 and m.entry.kind in COUNTRY_KINDS]
        if not words or len(found) != len(words):
            return []  # "the other side", "the government side": no country named
        return [self._country_actor(m, None) for m in dedupe(found)]

    def _counterparts(self, head: Token) -> list[Actor]:
        """An official's counterpart named by country adjectives is that country's government:
        "the minister hosted his Peruvian and Bolivian counterparts" (PERGOV, BOLGOV), "met her
        Chilean counterpart" (CHLGOV). Only when every adjective names a country."""
        if head.lemma_.lower() not in COUNTERPART_WORDS:
            return []
        mods = [c for c in head.children
                if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i]
        words = [t for c in mods for t in (c, *c.conjuncts)]
        found = [m for t in words if (m := self._by_token.get(t.i)) is not None
                 and m.entry.kind in COUNTRY_KINDS and m.entry.country is not None]
        if not words or len(found) != len(words):
            return []  # "his new counterpart", "his defence counterpart": no country named
        return [sector_actor(self.doc[m.start:m.end], m.entry.country or "", GOVERNMENT)
                for m in dedupe(found)]

    def _bracketed_short_name(self, head: Token) -> list[Actor]:
        """A name the KB lacks, followed by a short name it knows in brackets, is that actor:
        "the International Labor Office (ILO) urged Israel ..." is the ILO."""
        if head.pos_ != "PROPN":
            return []
        for child in head.children:
            m = self._by_token.get(child.i)
            if (m is not None and child.dep_ == "appos" and child.i > head.i and child.is_upper
                    and self.doc[child.left_edge.i - 1].text == "(" and child.i == m.end - 1
                    and m.entry.kind != "sector"):
                return self.np_actors(child)
        return []

    def _short_name_given_before(self, head: Token) -> list[Actor]:
        """A short name the knowledge base lacks, that the document gave a body it resolves
        earlier on: "Gondor's State Security Service, or SSS, said ..." or "... the Gondor
        Border Police (GBP) ..." and then "SSS said", "the SSS statement", "assist the GBP":
        the body's actor, on this mention's span."""
        if head.pos_ != "PROPN" or not _short_name(head.text) or head.i in self._by_token \
                or any(c.dep_ not in {"det", "punct"} for c in head.children):
            return []
        if self._short_names is None:
            self._short_names = {}
            for tok in self.doc:
                if tok.text not in self._short_names and _introduces_short_name(tok):
                    self._short_names[tok.text] = tok
        intro = self._short_names.get(head.text)
        if intro is None or intro.i >= head.i:
            return []
        return read_at(self.np_actors(intro.head), head)

    def _named_former(self, person: Mention, tokens: Sequence[Token]) -> bool:
        """'Peru's former president Pedro Castillo', 'Pedro Castillo, Peru's former president':
        the text itself puts a person out of the office the knowledge base still gives them on
        the date (the day of their removal, a spell the KB runs on too long), so they are an
        elite (ELI). Only the same office: "former president X" who is prime minister now
        stays in government."""
        role = person.entry.role
        if person.entry.sector != GOVERNMENT or role not in OFFICE_ROLES.values():
            return False
        last = self.doc[person.end - 1]
        words = [*tokens, *(c for c in last.children if c.dep_ == "appos" and c.i > last.i)]
        for word in words:
            m = self._by_token.get(word.i)
            if m is None or m.entry.kind != "sector" or word.i != m.end - 1:
                continue
            first, _, rest = m.entry.phrase.partition(" ")
            if first in PAST_OFFICE_WORDS:  # the KB's "former president", one phrase
                if OFFICE_ROLES.get(rest) == role:
                    return True
            elif OFFICE_ROLES.get(m.entry.phrase) == role and any(
                    c.dep_ == "amod" and c.lower_.rstrip("-") in PAST_OFFICE_WORDS
                    for c in word.children):
                return True
        return False

    def _left_office(self, head: Token, country: str | None) -> str | None:
        """The country of the office a person has left, by a relative clause in the past:
        "Evo Morales, who resigned as Bolivia's president on Sunday" (BOL), "X, who was
        ousted as prime minister" (the person's own country). None for an office still held
        or about to be left ("who will resign as president")."""
        for verb in head.children:
            if verb.dep_ != "relcl" or verb.lemma_.lower() not in LEAVING_OFFICE_VERBS \
                    or verb.tag_ not in {"VBD", "VBN"} \
                    or any(c.dep_ in {"aux", "neg"} and c.lower_ not in {"has", "had", "was"}
                           for c in verb.children):
                continue
            for office in prep_objects_under(verb, "as"):
                m = self._by_token.get(office.i)
                if m is None or m.entry.kind != "sector" or m.entry.sector != GOVERNMENT:
                    continue
                owners = [self._by_token[c.i] for c in office.children
                          if c.dep_ in {"poss", "compound", "amod"} and c.i in self._by_token
                          and self._by_token[c.i].entry.kind in COUNTRY_KINDS]
                found = owners[0].entry.country if owners else country
                if found:
                    return found
        return None

    def _led_by(self, head: Token) -> list[Actor]:
        """'a coalition led by Saudi Arabia', 'a delegation led by Wang Yi', 'a consortium
        headed by Mitsui': a body the text describes only by who leads it is that leader's."""
        if head.lemma_.lower() not in LED_BODY_WORDS:
            return []
        for verb in head.children:
            if verb.dep_ == "acl" and verb.lemma_.lower() in {"lead", "head"} \
                    and verb.tag_ == "VBN":
                return [a for by in verb.children if by.lower_ == "by"
                        and by.dep_ in {"agent", "prep"}
                        for o in by.children if o.dep_ == "pobj" for a in self.np_actors(o)]
        return []

    def _followers_of(self, head: Token) -> list[Actor]:
        """'Supporters of former president Evo Morales', 'his supporters', 'Khan supporters':
        the followers of a person out of government are the opposition of the person's
        country (OPP); those of an officeholder (GOV, MIL, COP, JUD, LEG) stay no actor."""
        if head.lemma_.lower() not in FOLLOWER_WORDS:
            return []
        owners = [o for c in head.children if c.dep_ == "poss" for o in [c]] + [
            o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "to"}
            for o in p.children if o.dep_ == "pobj"] + [  # "aides to former president X"
            c for c in head.children if c.dep_ == "compound" and head.lemma_.lower() in
            PARTISAN_WORDS and (m := self._by_token.get(c.i)) is not None
            and m.entry.kind == "person"]  # "Bolsonaro supporters"
        persons = [a for o in owners[:1] for a in self.np_actors(o)]
        if not persons or any(a.name is None or a.country is None
                              or a.sector not in OUT_OF_OFFICE_SECTORS for a in persons):
            return []
        country = persons[0].country or ""
        return [sector_actor(self.doc[head.i:head.i + 1], country, OPPOSITION)]

    def _strikers(self, head: Token) -> list[Actor]:
        """'Police opened fire on striking miners': people on strike, whatever their trade,
        are labour (LAB) of the country the sentence names (as "striking workers" are)."""
        striking = [c for c in head.children if c.dep_ == "amod" and c.lower_ == "striking"]
        if head.tag_ != "NNS" or not striking:
            return []
        country = self._context_country(head, np_tokens(head), LABOUR, None)
        if not country:
            return []
        return [sector_actor(self.doc[striking[0].i:head.i + 1], country, LABOUR)]

    def _unnamed_assailant(self, head: Token) -> list[Actor]:
        """'Police detained the suspect at the scene': an unnamed suspect or attacker, one
        person with no group named, is a civilian (CVL) of the country the sentence names."""
        if head.lemma_.lower() not in ASSAILANT_WORDS or head.tag_ != "NN" or any(
                c.dep_ in {"compound", "amod", "poss", "prep"} for c in head.children):
            return []
        country = self._context_country(head, np_tokens(head), CIVILIANS, None)
        if not country:
            return []
        return [sector_actor(self.doc[head.i:head.i + 1], country, CIVILIANS)]

    def _state_agents(self, head: Token) -> list[Actor]:
        """Agents modified by nothing but a country are its intelligence officers (SPY):
        "North Korean agents abducted a Japanese girl". Any other modifier keeps the word no
        actor ("nerve agents", "travel agents", "federal agents")."""
        if head.lemma_.lower() not in AGENT_WORDS:
            return []
        mods = [self._by_token.get(c.i) for c in head.children if c.dep_ in {"amod", "compound"}]
        if not mods or any(m is None or m.entry.kind not in COUNTRY_KINDS for m in mods):
            return []
        country = mods[0].entry.country  # type: ignore[union-attr]
        if country is None:
            return []
        span = self.doc[min(m.start for m in mods if m is not None):head.i + 1]
        return [sector_actor(span, country, SPIES)]

    def _country_only_modifiers(self, head: Token) -> list[Mention]:
        """The country mentions that modify `head`, when they are its only modifiers
        (articles aside): "the Syrian officers" gives Syria; "police officers" or "senior
        Syrian officers" give nothing."""
        mods = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod", "poss"}]
        found = [self._by_token.get(c.i) for c in mods]
        if not mods or any(m is None or m.entry.kind not in COUNTRY_KINDS
                           or m.entry.country is None for m in found):
            return []
        return [m for m in found if m is not None]

    def _national_officers(self, head: Token) -> list[Actor]:
        """Officers modified by nothing but a country are its military officers (MIL):
        "Jordanian officers took over the checkpoint". A service named with them is the
        agents dictionary's ("police officers", "intelligence officers")."""
        if head.lemma_.lower() not in OFFICER_WORDS or head.tag_ != "NNS":
            return []
        return self._sector_of_named_country(head, MILITARY)

    def _national_delegation(self, head: Token) -> list[Actor]:
        """A delegation named by a country alone, or sent from one, is its government's (GOV):
        "Saudi Arabia hosted an Iranian delegation", "a delegation from Iran arrived". One
        led by someone is theirs (`_led_by`); one named by more ("a business delegation", "a
        high-level Iranian delegation") is left alone."""
        if head.lemma_.lower() not in DELEGATION_WORDS:
            return []
        named = self._sector_of_named_country(head, GOVERNMENT)
        if named or any(c.dep_ in {"amod", "compound", "nmod", "poss"} for c in head.children):
            return named
        sent = [m for o in prep_objects_under(head, "from")
                if (m := self._by_token.get(o.i)) is not None and m.entry.kind in COUNTRY_KINDS
                and m.entry.country is not None and o.i == m.end - 1]
        return [sector_actor(self.doc[head.i:head.i + 1], sent[0].entry.country or "",
                              GOVERNMENT)] if len(sent) == 1 else []

    def _national_assembly(self, head: Token) -> list[Actor]:
        """A capitalised Assembly named by a country alone is its legislature (LEG): "the
        Moldovan Assembly passed the budget", "the Kosovo Assembly". One named for a world
        body ("the World Health Assembly") names no country and stays no actor."""
        if head.lemma_.lower() not in LEGISLATURE_WORDS or not head.text[:1].isupper():
            return []
        return self._sector_of_named_country(head, LEGISLATURE)

    def _sector_of_named_country(self, head: Token, sector: str) -> list[Actor]:
        """`head` as `sector` of the country that alone modifies it ("Jordanian officers",
        "the Moldovan Assembly"), if one does, or of each of the countries coordinated there
        ("Russian and Ukrainian delegations")."""
        mods = self._country_only_modifiers(head)
        if not mods:
            return []
        span = self.doc[min(m.start for m in mods):head.i + 1]
        countries = [mods[0].entry.country or ""]
        for conj in self.doc[mods[0].end - 1].conjuncts:
            m = self._by_token.get(conj.i)
            if (m is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country
                    and m.entry.country not in countries):
                countries.append(m.entry.country)
        return [sector_actor(span, country, sector) for country in countries]

    def _body_of_sector(self, head: Token) -> list[Actor]:
        """A union or association of a sector's members, named by a country, is that country's
        sector: "the Ghanaian Union of Nurses called a strike" is GHAHLH. Without a country
        ("the International Federation of Journalists") it stays no actor."""
        if head.lemma_.lower() not in MEMBERS_BODY_WORDS or not head.text[:1].isupper():
            return []
        countries = [m for c in head.children if c.dep_ in {"amod", "compound", "nmod"}
                     for m in [self._by_token.get(c.i)]
                     if m is not None and m.entry.kind in COUNTRY_KINDS and m.entry.country]
        members = [m for o in prep_objects_under(head, "of")
                   for m in [self._by_token.get(o.i)]
                   if m is not None and m.entry.kind == "sector" and m.entry.sector]
        if not countries or not members:
            return []
        span = self.doc[countries[0].start:members[0].end]
        return [sector_actor(span, countries[0].entry.country or "", members[0].entry.sector)]

    def _national_group(self, head: Token) -> list[Actor]:
        """A people the knowledge base lacks, named after the country they live in ("Iraqi
        Kurds demonstrated in Kirkuk"): that country's civilians, as for "ethnic Albanians in
        Serbia". Only a plural the parser takes for a nationality or religious group (NORP)."""
        if head.ent_type_ != "NORP" or head.tag_ not in {"NNPS", "NNS"}:
            return []
        for child in head.children:
            m = self._by_token.get(child.i)
            if (m is not None and child.dep_ in {"amod", "compound"} and child.i < head.i
                    and m.entry.kind in COUNTRY_KINDS and m.entry.country is not None):
                span = self.doc[m.start:head.i + 1]
                country = m.entry.country
                return [sector_actor(span, country, CIVILIANS)]
        return []

    def _office_of(self, head: Token) -> list[Actor]:
        """'The chairman of Samsung Electronics', 'the founder of Hamas': an office the
        agents dictionary lacks, held in a named company, group or organisation, is that
        body's (KORBUS, PSEREB)."""
        if head.lemma_.lower() not in OFFICE_WORDS:
            return []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    named = self._body_named_by(obj, {"group", "igo"}) \
                        if obj.dep_ == "pobj" else None
                    if named is not None:
                        return self.np_actors(named)
                # "the head of the U.N. children's program, UNICEF," with the body's name
                # hung on the office word
                for name in head.children:
                    m = self._by_token.get(name.i)
                    if (name.dep_ == "appos" and m is not None and name.i == m.end - 1
                            and m.entry.kind in {"group", "igo"}):
                        return self.np_actors(name)
        return []

    def _body_named_by(self, obj: Token, kinds: set[str]) -> Token | None:
        """The last word of the name of a body of one of `kinds` that the object `obj` of an
        office's 'of' or 'for' names: its own name ("the head of [MSF]"), a name of several
        words that begins with the object ("the head of [Doctors] Without Borders"), or
        a name set off after a description ("the head of the U.N. children's [program],
        UNICEF"; an organisation's or group's only: "director for health security,
        Breakthrough Action Nigeria" is no one's, and no country's)."""
        for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
            m = self._by_token.get(tok.i)
            if m is None or m.entry.kind not in kinds or not m.start <= tok.i < m.end \
                    or (tok is not obj and m.entry.kind not in {"igo", "group"}):
                continue
            last = self.doc[m.end - 1]
            if tok.i in {last.i, m.start} or tok.is_ancestor(last):
                return last
        return None

    def _titled_name(self, head: Token) -> list[Actor]:
        """A name the knowledge base lacks, after its title ("Russian Foreign Minister Andrei
        Kozyrev", "opposition leader X"): the title's actor. Only a proper name heads it."""
        party = self._party_legislator(head)
        if party:
            return party
        title = self._title(head)
        if title is None:
            return self._body_staff(head)
        if _party_office(title):  # "X, the leader of the Ennahda party": of the sentence's
            return self.np_actors(title) or self.sector_in_context(title)  # country
        return (self._posted_by_country(head, title) or self.np_actors(title)
                or self.title_for_body(title) or self._body_staff(head))

    def _posted_by_country(self, head: Token, title: Token) -> list[Actor]:
        """A name whose country the parser hung on the name, not on its diplomatic title
        ("British [Deputy U.N. Ambassador] Ann Clarke"): the country's, as `_posted_to` reads
        the title with its country."""
        m = self._by_token.get(title.i)
        if m is None or title.lemma_.lower() not in POSTED_TITLES or not any(
                (b := self._by_token.get(c.i)) is not None and b.entry.kind == "igo"
                and _posted_to(b, title) for c in title.children):
            return []
        country = next((c for c in (self._by_token.get(t.i) for t in head.children
                                    if t.dep_ in {"compound", "amod"} and t.i < title.i)
                        if c is not None and c.entry.kind in COUNTRY_KINDS), None)
        return [self._country_actor(country, m)] if country is not None else []

    def _body_staff(self, head: Token) -> list[Actor]:
        """A name the knowledge base lacks, after a title that no sector word gives but an
        organisation's name qualifies: "U.N. investigator Ada Brel", "IAEA inspector Ada
        Brel", "United Nations-appointed special rapporteur Ada Brel" -- the organisation's
        actor (IGOUNO, IGOUNOIAE). Only a staff title of STAFF_TITLES, and the body named as
        the title's compound or as the one that appointed it ("UN-sanctioned warlord X" is no
        UN man)."""
        if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
            return []
        titles = [c for c in head.children if c.dep_ == "compound" and c.i < head.i
                  and c.pos_ == "NOUN" and c.lemma_.lower() in STAFF_TITLES
                  and c.i not in self._by_token]
        if not titles:
            return []
        title = titles[-1]
        namers = [c for c in title.children if c.dep_ in {"compound", "nmod"}]
        namers += [n for c in (*title.children, *head.children)
                   if c.dep_ == "amod" and c.lemma_.lower() in APPOINTING_VERBS
                   for n in c.children if n.dep_ in {"npadvmod", "compound", "nmod"}]
        for namer in namers:
            m = self._by_token.get(namer.i)
            if m is not None and namer.i == m.end - 1 and m.entry.kind in {"igo", "group"}:
                return read_at(self.np_actors(namer), entity_span(head))
        return []

    def _party_legislator(self, head: Token) -> list[Actor]:
        """A legislator's title with one of the two US parties' adjectives just before it, and
        no other capitalised word before that: "Democratic Representative Jason Crow told VOA",
        "Republican lawmakers praised the deal" -- the US Congress (USALEG), never the country
        the sentence names ("Republican senators criticised Russia" are no Russian
        lawmakers). `head` is the title or the name it titles."""
        title = head if head.lemma_.lower() in LEGISLATOR_TITLES else next(
            (c for c in head.children if c.dep_ == "compound" and c.i < head.i
             and c.lemma_.lower() in LEGISLATOR_TITLES), None)
        if title is None or title.i == 0:
            return []
        party = self.doc[title.i - 1]
        if (party.lower_ not in US_PARTY_WORDS or not party.text[:1].isupper()
                or party.head.i != title.i or party.dep_ not in {"amod", "compound"}):
            return []
        before = self.doc[party.i - 1] if party.i > party.sent.start else None
        if before is not None and before.is_alpha and before.text[:1].isupper():
            return []  # "Liberal Democratic lawmakers", "Social Democratic senators"
        return [sector_actor(self.doc[party.i:head.i + 1], UNITED_STATES, LEGISLATURE)]

    def title_for_body(self, title: Token) -> list[Actor]:
        """A title held for a named body, which the title's phrase alone leaves without
        a country: "Halim Sarwari, a spokesman for the Taliban" is the Taliban's (AFGGOV),
        "X, the envoy of the African Union" the AU's. Only an organisation, group or country
        named whole after 'for' or 'of', or a sector of a named country ("a spokesman for the
        Ethiopian foreign ministry": ETHGOV); "a spokesman for the family" is no one."""
        if title.lemma_.lower() not in APPOSED_TITLE_WORDS | OFFICE_WORDS:
            return []
        for prep in title.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    named = self._body_named_by(obj, {"igo", "group", *COUNTRY_KINDS})
                    if named is not None:
                        return self.np_actors(named)
                    m = self._by_token.get(obj.i)
                    if m is None or obj.i not in {m.end - 1, m.start}:
                        continue  # the head of "the Ministry of Foreign Affairs" is its first
                    if m.entry.kind == "sector":  # "a spokesman for the Ethiopian ministry"
                        return [a for a in self.np_actors(obj) if a.country]
        return []

    def _title(self, head: Token) -> Token | None:
        """The sector word before a proper name that heads its phrase ("the journalist [Jamal
        Khashoggi]"), if any; else the sector word that heads its appositive, set off by a
        comma after it ("Ilmarin Tuvo, Gondor's interior minister, said"; the parser may take
        a name it does not know for an organisation's). A person's title before the name
        makes it a person's whatever the parser took it for ("foreign ministry spokesperson
        [Randhir Jaiswal]", read as a product's name)."""
        if head.pos_ != "PROPN" or head.ent_type_ in PLACE_ENTS:
            return None
        for child in head.children:
            m = self._by_token.get(child.i)
            if (m is not None and child.dep_ == "compound" and child.i == m.end - 1
                    and m.entry.kind == "sector" and child.i < head.i
                    and (head.ent_type_ in {"PERSON", ""} or person_title(child))):
                return child
        if head.ent_type_ not in {"PERSON", "ORG", ""}:
            return None
        return next((c for c in head.children if appositive_title(c, self._by_token.get(c.i))),
                    None) or self._member_of_body(head) or office_before_name(head, self._by_token)

    def _member_of_body(self, head: Token) -> Token | None:
        """The sector body a name is set off after as its member, by a comma: "Ilmarin Tuvo,
        a member of the upper house, urged ..." (the house: LEG). Not a past membership."""
        for appos in head.children:
            if appos.lemma_.lower() != "member" or not set_off_after(appos):
                continue
            for body in prep_objects_under(appos, "of", dative=False):
                m = self._by_token.get(body.i)
                if m is not None and m.entry.kind == "sector" and body.i == m.end - 1:
                    return body
        return None

    def demonym_stand_in(self, head: Token) -> list[Actor]:
        """'condemned the Japanese decision': a direct object that is no actor word stands for
        the actor that modifies it ("a U.S. request", "an appeal from the UN"); for objects
        only, subjects stay strict. A country's rivals stand for no one ("Chinese rivals")."""
        if head.lemma_.lower() in ADVERSARY_WORDS | PARTISAN_WORDS:
            return []  # "clashed with Trump supporters": they are not Trump (`_followers_of`)
        sector = next((self._by_token[c.i] for c in head.children
                       if c.dep_ in {"amod", "compound"} and c.i in self._by_token
                       and self._by_token[c.i].entry.kind == "sector"), None)
        if sector is not None:  # "the Ugandan opposition presidential candidate": OPP
            sector = self._side_modifier(self._sectors_in(head), sector)
        for child in head.children:
            m = self._by_token.get(child.i)
            if m is None or child.dep_ not in {"amod", "compound", "nmod"}:
                continue
            if _city_named(head, child, m):
                continue  # "opposed to the Oslo accords": Norway is no party
            if m.entry.kind in COUNTRY_KINDS and sector is None and _fishing_craft(head):
                country = m.entry.country or ""  # "seized Japanese fishing boats": fishermen
                return [self._make([m], country + FISHERS, m.entry.country, FISHERS, None)]
            if m.entry.kind in COUNTRY_KINDS:  # "a U.S. request", "Ugandan opposition candidates"
                return [self._country_actor(m, sector)]
            if child.dep_ == "compound" and m.entry.kind in {"igo", "person", "group"} \
                    and not _product_of(m, head):
                return self.np_actors(child)  # "a United Nations appeal"
        for prep in head.children:  # "assets of Russian banks", "the area around Kyiv"
            if prep.dep_ == "prep" and prep.lower_ in STAND_IN_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.np_actors(obj) or self.demonym_stand_in(obj)
        return []

    def maker_of(self, head: Token) -> list[Actor]:
        """'Greece will buy French-built frigates': the country named as the maker of the
        weapon `head` heads (MAKER_WORDS), as a country, for the seller of what is bought."""
        for made in head.children:
            if made.dep_ != "amod" or made.lower_ not in MAKER_WORDS:
                continue
            for c in made.children:
                m = self._by_token.get(c.i)
                if m is not None and c.i == m.end - 1 and m.entry.kind in COUNTRY_KINDS:
                    return [self._country_actor(m, None)]
        return []

    def _is_bare_place(self, actor: Actor) -> bool:
        """An actor that _place made from a gazetteer name: a country code and nothing else."""
        return actor.sector is None and actor.code == actor.country and \
            self.place_country is not None and self.place_country(actor.text) == actor.country

    def _place(self, head: Token) -> list[Actor]:
        """A place that is no actor phrase stands for its country (GPE entities only; an
        all-capitals acronym such as 'BLA' is an organisation, not the town of Bla)."""
        if self.place_country is None or not (head.ent_type_ in PLACE_ENTS
                                               or head.pos_ == "PROPN"):
            return []
        if (head.text.isupper() and len(head.text) <= 5) or (
                head.ent_type_ in NOT_PLACE_ENTS and not _named_as_place(head)):
            return []  # "Trump met with Kim": a person, not the town of Kim in Gujarat
        ent = entity_span(head)
        if len(ent) == 1 and surname_of_person(head, self.ents):
            return []  # "authorities arrested Zamora" after "Jose Ruben Zamora": not the city
        if _kin_of(head):  # "Lai's son Sebastien": a person's son, not the Chadian town's
            return []
        country = self.place_country(ent.text)
        if not country:
            return []
        return [Actor(ent.text, ent.start_char, ent.end_char, country, country, None, None)]

    def _place_before_title(self, title: Token, mod: Token) -> list[Actor]:
        """The place before the title of a named official, which the gazetteer lacks or the
        parser read as part of the person's name: "Anórien Chief Minister Ada Brel" (after
        "Gondor's restive Anórien province"), "Ethring District Commissioner Ada Brel" (the
        Gondorian town of Ethring): the place's country, where the story puts the place in
        it, or the gazetteer does and the story names that country."""
        if (mod.pos_ != "PROPN" or not mod.text[:1].isupper()
                or mod.i > title.i or title.dep_ != "compound" or title.head.pos_ != "PROPN"
                or title.head.ent_type_ != "PERSON" or self.place_country is None):
            return []
        country = self._located_places().get(fold_accents(mod.text))
        if country is None:
            country = self.place_country(mod.text)
            if country is None or not any(m.entry.kind in COUNTRY_KINDS
                                          and m.entry.country == country
                                          for m in self.mentions):
                return []
        return [Actor(mod.text, mod.idx, mod.idx + len(mod), country, country, None, None)]

    def _located_places(self) -> dict[str, str]:
        """The places the story itself puts in a country, which the gazetteer may lack
        (provinces, districts, small towns), by folded name: "Gondor's restive Anórien
        province", "the Gondorian town of Ethring", "Ethring is Gondor's largest city"."""
        if self._located is None:
            self._located = {}
            for tok in self.doc:
                if tok.lemma_.lower() not in PLACE_NOUNS or tok.i in self._by_token:
                    continue
                country = next((m.entry.country for c in tok.children
                                if c.dep_ in {"poss", "amod", "compound"}
                                and (m := self._by_token.get(c.i)) is not None
                                and m.entry.kind in COUNTRY_KINDS and m.entry.country), None)
                if country is None:
                    continue
                names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
                names += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj"]
                if tok.dep_ == "attr" and tok.head.lemma_ == "be":  # "X is Gondor's province"
                    names += [c for c in tok.head.children if c.dep_ == "nsubj"]
                for name in names:
                    if name.pos_ == "PROPN" and name.i not in self._by_token \
                            and name.text[:1].isupper():
                        self._located.setdefault(fold_accents(entity_span(name).text), country)
                        self._located.setdefault(fold_accents(name.text), country)
        return self._located

    def _make(self, used: Sequence[Mention], code: str, country: str | None, sector: str | None,
              name: str | None) -> Actor:
        start = min(m.start for m in used)
        end = max(m.end for m in used)
        span = self.doc[start:end]
        return Actor(span.text, span.start_char, span.end_char, code, country, sector, name)


def _ethnic_believers(word: Token) -> bool:
    """'Rohingya Muslims', 'Bosnian Muslims', 'Iraqi Christians': believers named by their
    people or country are that people (civilians, CVL), not a religious body; a sect's name
    keeps the religion ("Shiite Muslims")."""
    if word.tag_ not in {"NNS", "NNPS"} or not {word.lemma_.lower(), word.lower_[:-1],
                                                word.lower_[:-2]} & BELIEVER_WORDS:  # "Jews"
        return False
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.i < word.i and c.text[:1].isupper()
               and c.lower_ not in SECT_WORDS for c in word.children)


def _present_title(person: Mention, sectors: Sequence[Mention],
                   tokens: Sequence[Token]) -> Mention | None:
    """The title written just before a person the KB knows only out of office ("Senator",
    "General"): what they are now, unless it is a past office ("former Senator")."""
    if person.entry.sector != ELITE:
        return None
    if any(t.lower_.rstrip("-") in PAST_OFFICE_WORDS for t in tokens):
        return None
    return next((s for s in sectors if s.end == person.start and s.entry.sector), None)


def _crew_of_fishing_craft(word: Token) -> bool:
    """A crew word whose 'of' phrase is a fishing boat ("the captain of a Chinese fishing
    trawler", "the crew of a Japanese fishing boat"): a fisherman (AGR), not an officer (MIL)."""
    return word.lemma_.lower() in CREW_WORDS and any(
        _fishing_craft(o) for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


def _fishing_craft(head: Token) -> bool:
    """A fishing boat ("Japanese fishing boats", "a crab boat", "Chinese trawlers"): it stands
    for its fishermen, CAMEO's agriculture sector (AGR)."""
    lemma = head.lemma_.lower()
    if lemma in FISHING_VESSELS:
        return True
    return lemma in CRAFT_WORDS and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in FISHING_WORDS
        for c in head.children)


def _short_name(word: str) -> bool:
    """`word` looks like a body's short name: two to eight capitals ("SSS", "GBP", "NISA")."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def _introduces_short_name(tok: Token) -> bool:
    """`tok` gives the name before it a short name, in brackets or after ', or' and set off
    by commas: "the Gondor Border Police (GBP)", "Gondor's State Security Service, or SSS,"."""
    doc = tok.doc
    if not _short_name(tok.text) or tok.pos_ != "PROPN" or tok.dep_ not in {"appos", "conj"} \
            or tok.head.i >= tok.i or tok.head.pos_ != "PROPN" or tok.i < 2 \
            or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if before.text == "(":
        return after.text == ")"
    return before.lower_ == "or" and doc[tok.i - 2].text == "," and after.text in {",", "."}


def _city_named(head: Token, modifier: Token, m: Mention) -> bool:
    """Whether `modifier` is a capital's name that only names the document or process `head`
    after the city where it was made ("the Oslo accords", "the Minsk agreements")."""
    return (m.entry.kind == "metonym" and modifier.dep_ == "compound"
            and head.lemma_.lower() in CITY_NAMED_NOUNS)


def _invariant_people(word: Token) -> bool:
    """A demonym whose plural is its singular, read as a plural (by the tagger, or as what a
    number counts): "thousands of Sudanese protested", "the Japanese were evacuated" -- the
    people, as "Kenyans" are."""
    if not (word.lower_.endswith("ese") or word.lower_ == "swiss"):
        return False
    of = word.head
    return word.tag_ == "NNPS" or (
        word.dep_ == "pobj" and of.lower_ == "of"
        and (of.head.lemma_.lower() in QUANTITY_WORDS or of.head.pos_ == "NUM"))


def _counterpart(token: Token) -> bool:
    """`token` names someone dealt with, not someone's home: "negotiate with Moscow"."""
    return any(a.dep_ == "prep" and a.lower_ in {"with", "against", "between", "among"}
               for a in token.ancestors)


def _home_country(mentions: Iterable[Mention]) -> str | None:
    """The country a document is about, for sector words in sentences that name none ("The
    military said ..." in a story on Gondor): named at least three times (as a country,
    demonym, capital or officeholder) and at least twice as often as any other country."""
    counts: Counter[str] = Counter(
        m.entry.country for m in mentions
        if m.entry.country and m.entry.kind in COUNTRY_KINDS | {"person"})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < HOME_MIN_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[0][1] < HOME_DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


# Definite nouns for the country a story is in or named last: "the country's president".
COUNTRY_OWNER_WORDS = frozenset({"country", "nation"})


# Nouns for a party to talks or a dispute, named by its country ("the Turkish side").
SIDE_WORDS = frozenset({"side"})
# Nouns of belonging to a body: "NATO-member Norway", "EU member Hungary", "NATO ally Turkey".
MEMBERSHIP_WORDS = frozenset({"member", "ally", "partner"})


def _membership_of(m: Mention, head: Token) -> bool:
    """A body named only as what a country heading the phrase belongs to: "NATO-member
    Norway" is Norway, not NATO."""
    if head.pos_ != "PROPN" or head.ent_type_ != "GPE" or m.start <= head.i < m.end:
        return False
    last = head.doc[m.end - 1]
    return any(c.dep_ == "compound" and c.lemma_.lower() in MEMBERSHIP_WORDS
               and c.left_edge.i <= last.i < c.i for c in head.children)


def _posted_to(m: Mention, head: Token) -> bool:
    """A body named only as where a country's diplomat is posted: "China's U.N. ambassador",
    "the British deputy U.N. envoy" are China's and Britain's, not the UN's (the caller
    checks that the phrase names a country)."""
    last = head.doc[m.end - 1]
    return (head.lemma_.lower() in POSTED_TITLES and last.head.i == head.i
            and last.dep_ in {"compound", "nmod", "amod"} and not m.start <= head.i < m.end)


def _product_of(m: Mention, head: Token) -> bool:
    """A company's name that only names a product of its own at the head of the phrase: "a
    Ukrainian Boeing 737", "Airbus planes", "Pfizer vaccine doses"."""
    if m.entry.sector != BUSINESS:
        return False
    last = head.doc[m.end - 1]
    if any(c.i > last.i and any(ch.isdigit() for ch in c.text) for c in last.children):
        return True  # "a Ukrainian Boeing 737": the model number hangs on the maker's name
    return not m.start <= head.i < m.end and (
        any(ch.isdigit() for ch in head.text) or head.lemma_.lower() in PRODUCT_WORDS)


def _backer(m: Mention, head: Token) -> bool:
    """A country named only as the backer of the group `head` heads: "Russian-backed
    separatists", "Iran-backed militias" (the group is of the country it fights in, which its
    place or its sentence gives, not of its backer's); or as the maker of the weapon it
    heads: "Iranian-made drones" are whoever flies them (MAKER_WORDS)."""
    last = head.doc[m.end - 1]
    backing = last.head
    return (backing.i != head.i and backing.lower_ in BACKING_WORDS | MAKER_WORDS
            and last.dep_ in {"npadvmod", "compound", "amod"} and backing.head.i == head.i)


def _party_office(word: Token) -> bool:
    """`word` is the office of a party out of government, by its "of" phrase: "the leader of
    the Islamist Ennahda party", "head of the opposition Labour Party"; not "the chairman of
    the ruling party"."""
    if word.lemma_.lower() not in PARTY_OFFICE_WORDS:
        return False
    return any(party.lemma_.lower() == "party"
               and not any(t.lower_ in RULING_PARTY_WORDS for t in party.subtree)
               for party in prep_objects_under(word, "of", dative=False))


def _in_opposition(actor: Actor) -> Actor:
    """A party office's actor read as its country's government ("leader" is a word of
    government) moved to the opposition (OPP); a person or any other sector is kept."""
    if actor.sector != GOVERNMENT or actor.name is not None or actor.country is None:
        return actor
    return as_opposition(actor, actor.country)


def as_opposition(actor: Actor, country: str) -> Actor:
    """The actor, keeping its words, as `country`'s opposition (OPP)."""
    return replace(actor, code=country + OPPOSITION, country=country, sector=OPPOSITION)


def _protesting_crowd(head: Token, word: Token) -> bool:
    """'Tens of thousands of people marched through Tbilisi against the bill': a generic crowd
    (`word`, reached from the subject `head` through its quantities) that marches, rallies,
    protests or demonstrates is the opposition in the street (OPP)."""
    return word.lower_ in CROWD_WORDS and (
        (head.dep_ == "nsubj" and head.head.lemma_.lower() in PROTEST_VERBS)
        or _crowd_protesting_participle(word))


def _crowd_protesting_participle(word: Token) -> bool:
    """'Soldiers shot dead 12 people protesting against the curfew': a crowd word that a
    participle of street protest modifies ("people demonstrating", "crowds marching") names
    protesters wherever it stands in the sentence."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_VERBS
               for c in word.children)


# Nouns for an official's opposite number abroad: "his Chinese counterpart" is China's government.
COUNTERPART_WORDS = frozenset({"counterpart"})


# Modifiers that only place who they modify ("militants based in Afghanistan", "rebels
# operating in Chad", "fighters present in Syria"); not "stationed" or "deployed", which
# place forces abroad as often as at home.
LOCATED_WORDS = frozenset({"base", "based", "present", "operate", "operating", "hide", "hiding",
                           "active"})
LOCATED_PREPS = SECTOR_PLACE_PREPS | {"on", "inside"}  # "present on Afghan soil"


def _located_preps(head: Token) -> list[Token]:
    """The prepositions under a participle or adjective of `head` that only says where it
    is: "militants [based in Afghanistan]" gives 'in', read as "militants in Afghanistan";
    "militants present on Afghan soil" gives 'on'."""
    return [p for m in head.children if m.dep_ in {"acl", "amod"}
            and (m.lemma_.lower() in LOCATED_WORDS or m.lower_ in LOCATED_WORDS)
            for p in m.children if p.dep_ == "prep" and p.lower_ in LOCATED_PREPS]
