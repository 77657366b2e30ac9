"""A verb trigger's clause as read, and the steps that adjust its parties and code.

`SentenceCoder._clause` (in `events`) reads what a verb's clause says into a `Clause`: the
verb's lexicon key, a code fixed by its complement or object, its subject, prepositions, slots
and the dictionary pattern that matched. The functions here take a `Clause` and the parties
found so far and return them adjusted, each for one kind of sentence (weapons as agents,
bombings, victims named in apposition, repression of protests, hosts of visits, reactions
drawn from someone, ...). Pure functions of the parse and an `ActorBuilder`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.coding.lexicon import Slots, VerbMatch
from detente.coding.mentions import ActorBuilder
from detente.coding.modality import (
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    HYPOTHETICAL_MODALS,
    OFFER_SPEECH_VERBS,
    REPORTED_FUTURE,
    SPEAKER_PRONOUNS,
    Modality,
    modality,
)
from detente.coding.pronouns import (
    antecedent_actors,
    previous_subject_group,
    previous_subject_person,
)
from detente.coding.quotes import attributed_quote
from detente.coding.roles import (
    context_actors,
    is_crowd,
    names_persons,
)
from detente.coding.speakers import attributed_speaker
from detente.coding.subcodes import (
    expels_population,
    list_code,
    mass_killing,
    stated_code,
)
from detente.coding.syntax import (
    by_agents,
    deep_preps,
    heads_condition,
    joiner,
    obliged,
    phrase_lemmas,
    prep_children,
    prep_objects,
    prep_objects_under,
    prep_phrase_lemmas,
    relative_objects,
    stated_demand,
    subject_tokens,
    temporal,
    token_lemmas,
)
from detente.coding.vocabulary import (
    ACT_DOING_VERBS,
    ANTECEDENT_DEPS,
    ARMED_SECTORS,
    ARRESTING_VERBS,
    ATTACK_WORDS,
    BARRED_LAND_WORDS,
    BEATING_VERBS,
    BOMB_KINDS,
    BOMB_WORDS,
    BOMBING_ROOTS,
    CHARGING_SECTORS,
    CLAIMED_WORDS,
    COMPLEMENT_EVENTS,
    CONTESTING_VERBS,
    CROWD_NOUNS,
    CROWD_SECTORS,
    DEADLINE_SPANS,
    DEADLINE_VERBS,
    DEATH_WORDS,
    DRAWING_VERBS,
    DRIVING_VERBS,
    ENTRY_VERBS,
    ENVOY_WORDS,
    FLEEING_VERBS,
    FORCE_ROOTS,
    GATHERING_VERBS,
    HANDOVER_KEYS,
    HEAD_WORDS,
    LEGAL_FILINGS,
    LISTING_VERBS,
    MEMBERSHIP_NOUNS,
    MURDERING_VERBS,
    ORGANISED_SECTORS,
    PEACEKEEPER_WORDS,
    PROTEST_SENSE_VERBS,
    PROTEST_WORDS,
    PURPOSE_BUILT_HEADS,
    RELATION_NOUNS,
    RELEASING_VERBS,
    RENOUNCING_KEYS,
    RESTATING_VERBS,
    RETREATING_KEYS,
    SECURITY_SECTORS,
    SHOOTING_VERBS,
    SPEECH_VERBS,
    STATE_SECTORS,
    STATE_TARGET_SECTORS,
    STATIVE_PASSIVES,
    THREATENED_ROOTS,
    TIME_MARKS,
    USING_VERBS,
    WEAPON_WORDS,
)
from detente.model import Actor

# Actors with how each was found, as the role finders return them.
Parties = list[tuple[Actor, str]]


@dataclass(frozen=True, slots=True)
class Clause:
    """What `SentenceCoder._clause` reads off a verb trigger's clause for the later steps."""

    verb: Token
    lemma: str
    key: str
    prt: str | None
    passive: bool  # False for a stative passive ("is opposed to")
    dobjs: list[Token]
    subj_toks: list[Token]
    inherited: bool
    preps: list[Token]
    nested: list[Token]
    slots: Slots
    match: VerbMatch
    why: str
    handed_over: bool  # the match is `handover_match`'s: people handed over to a state (063)


def fixed_code(verb: Token, lemma: str, dobjs: list[Token], prt: str | None,
                subj_toks: list[Token], actors: ActorBuilder) -> tuple[str | None, str]:
    """A code the clause fixes whatever the verb's patterns say, and why: an event of the
    complement ("agreed to meet"), a demand ("said that X must"), a stated demand, a rally of a
    crowd, a listing, an expulsion; None where none does."""
    fixed = next((COMPLEMENT_EVENTS[(lemma, c.lemma_.lower())] for c in verb.children
                  if c.dep_ == "xcomp" and (lemma, c.lemma_.lower()) in COMPLEMENT_EVENTS),
                 None)
    why = "complement"
    if fixed is None and lemma in DEADLINE_VERBS and deadline_to_leave(verb):
        fixed = "161"  # "gave the ambassador 72 hours to leave": ordered out
    if fixed is None and lemma in SPEECH_VERBS and any(
        obliged(c) for c in verb.children if c.dep_ == "ccomp"
    ):
        fixed, why = "100", "must"  # "Russia said that Sudan must return ...": a demand
    stated = stated_demand(verb) if fixed is None and lemma in RESTATING_VERBS else None
    if stated is not None:  # "reiterated its demand that Israel ease restrictions"
        fixed, why = stated_code(stated), "stated-demand"
    if fixed is None and lemma in GATHERING_VERBS and is_crowd(subj_toks, actors):
        fixed, why = "141", "crowd"  # "protesters gathered outside the embassy": a rally
    if fixed is None and lemma in LISTING_VERBS and dobjs:  # "put Japanese journalists on
        fixed = list_code(verb)  # its entry ban list", "added three firms to its
        why = "listed"  # sanctions list"
    if fixed is None and lemma in DRIVING_VERBS and expels_population(
        verb, prt, driven_heads(verb, dobjs)
    ):
        fixed, why = "201", "expulsion"  # "drove 700,000 Rohingya from Rakhine state"
    return fixed, why


def deadline_to_leave(verb: Token) -> bool:
    """A verb that gives someone a span of time to leave: "gave the French ambassador 72 hours
    to leave the country", "gave the diplomats a week to leave" (the span the object or an
    adverb, the infinitive the parser's adverbial clause, complement or the span's relative;
    the span may hang on the person's name as an apposition)."""
    spans = [t for t in verb.subtree if t.lemma_.lower() in DEADLINE_SPANS
             and _nominal_path(t, verb)]
    return bool(spans) and any(
        c.dep_ in {"advcl", "xcomp", "relcl", "acl"} and c.lemma_.lower() == "leave"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for h in (verb, *spans) for c in h.children)


def _nominal_path(tok: Token, verb: Token) -> bool:
    """`tok` hangs on `verb` through nouns only (its object, an apposition of its object)."""
    for _ in range(4):
        if tok.head.i == verb.i:
            return True
        if tok.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        tok = tok.head
    return False


def shows_not_protests(key: str, match: VerbMatch, dobjs: list[Token]) -> bool:
    """Whether a verb of street protest read as a protest (14x) has a direct object, and so
    shows or gathers it instead: "we must demonstrate the added value of the European
    project". The verb's own patterns with objects ("demonstrate support", 051) are no
    protest and stay."""
    return key in PROTEST_SENSE_VERBS and bool(dobjs) and match.code[:2] == "14"


def verb_preps(verb: Token, dobjs: list[Token],
                prt: str | None) -> tuple[list[Token], list[Token]]:
    """The prepositions of the verb and its objects (with the particle's own phrase), and those
    one phrase deeper, inside an 'of' or particle phrase ("out of [negotiations with Japan]")."""
    preps = prep_children(verb) + [p for o in dobjs for p in prep_children(o)]
    if prt is not None:  # the particle's own phrase: "out of [negotiations with Japan]",
        preps += [q for p in preps if p.lower_ == prt for q in p.children if q.dep_ == "prep"]
        preps += [q for c in verb.children if c.dep_ in {"prt", "advmod"}  # "back [from X]"
                  and c.lower_ == prt for q in c.children if q.dep_ == "prep"]
    preps += back_phrase_preps(verb, prt)
    nested = [q for p in preps
              if p.lower_ in {"of", prt} and (p.head.i == verb.i or p.head.lower_ == prt)
              for o in p.children if o.dep_ == "pobj" for q in prep_children(o)]
    return preps, nested


def back_phrase_preps(verb: Token, prt: str | None) -> list[Token]:
    """The prepositions under an adverb 'back' of the verb that is no particle, which are the
    verb's own: "ordered the journalist back [to prison]" (to: prison), as "ordered the
    journalist to prison"."""
    if prt == "back":
        return []  # the particle's phrases are taken above
    return [q for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"
            for q in c.children if q.dep_ == "prep"]


def verb_slots(verb: Token, lemma: str, passive: bool, prt: str | None,
                subj_toks: list[Token], preps: list[Token]) -> Slots:
    """The words of the clause that the verb's patterns are matched against."""
    stative = (passive or verb.dep_ == "acomp") and lemma in STATIVE_PASSIVES and not any(
        c.dep_ == "agent" for c in verb.children
    )  # "is opposed to French mediation": what it is opposed to is its object
    stative_objects = prep_objects_under(verb, "to", dative=False) if stative else []
    slots = Slots(
        subject=frozenset().union(*(token_lemmas(d for d in t.subtree if not joiner(d))
                                    for t in subj_toks)),
        objects=frozenset().union(  # in the passive the patient is the subject
            *(complement_lemmas(c) if c.dep_ == "xcomp" else phrase_lemmas(c)
              for c in verb.children
              if c.dep_ in {"dobj", "dative", "attr", "oprd", "acomp", "xcomp"}
              or (passive and not stative and c.dep_ == "nsubjpass")
              or (c.dep_ == "prep" and c.lower_ in {prt, "to" if stative else prt})),
            antecedent_lemmas(verb),
        ),
        preps={p.lower_: frozenset().union(*(prep_phrase_lemmas(o) for o in p.children))
               for p in preps if p.lower_ != prt and not temporal(p)},
        passive=passive and not stative,
        heads=frozenset(h.lemma_.lower() for c in [*verb.children, *stative_objects]
                        if c.dep_ in {"dobj", "dative"} or c in stative_objects
                        or (passive and not stative and c.dep_ == "nsubjpass")
                        for h in (c, *c.conjuncts)),
        purposes=institution_purposes(verb),
        particles=frozenset(c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"})
        | ({prt} if prt else set()),
    )
    return slots


def antecedent_lemmas(verb: Token) -> frozenset[str]:
    """Lemmas of the noun a relative clause's verb takes as its object, with its modifiers
    ("the one-month deadline [Pyongyang imposed on Washington]": deadline, one, month), not
    the clause itself; none where the verb's object is not the noun it hangs on."""
    dobjs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if verb.dep_ != "relcl" or verb.head not in relative_objects(verb, dobjs):
        return frozenset()
    head = verb.head
    return token_lemmas([head, *(t for c in head.lefts for t in c.subtree)])


def complement_lemmas(comp: Token) -> frozenset[str]:
    """Lemmas of an infinitive complement, less the clause its verb asks its own object to
    carry out: in "plans to urge the ministers to focus on ending the war" the planner plans an
    appeal, not the war (CAMEO 2.0's "* &FIGHT", 130), which would be the ministers' act."""
    if not any(c.dep_ in {"dobj", "dative"} for c in comp.children):
        return phrase_lemmas(comp)
    asked = {t.i for c in comp.children if c.dep_ in {"xcomp", "ccomp"} for t in c.subtree}
    return phrase_lemmas(comp) & token_lemmas(t for t in comp.subtree if t.i not in asked)


def institution_purposes(verb: Token) -> frozenset[str]:
    """The words before an institution noun heading the verb's object, which say what it is
    for: "research", "energy" in "agreed to set up an energy research center"."""
    return frozenset(t.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
                     for h in (c, *c.conjuncts) if h.lemma_.lower() in PURPOSE_BUILT_HEADS
                     for m in h.children if m.dep_ in {"compound", "amod", "nmod"}
                     for t in m.subtree)


def driven_heads(verb: Token, dobjs: list[Token]) -> list[Token]:
    """Who a verb of expelling acts on: its objects, or in the passive its subject ("more than
    50,000 Serbs were driven out of Krajina by the army")."""
    return dobjs or [c for c in verb.children if c.dep_ == "nsubjpass"]


def population_targets(targets: Parties) -> Parties:
    """The people a mass expulsion (201) drives out: a bare country named by its people is
    its civilians ("drove 100,000 Bhutanese out of Bhutan": BTNCVL, not the state)."""
    return [(of_sector(a, a.country, "CVL"), how)
            if a.sector is None and a.name is None and a.country is not None
            and a.code == a.country else (a, how) for a, how in targets]


def of_sector(actor: Actor, country: str, sector: str) -> Actor:
    """The same words read as `country`'s `sector`, no named person or body: a bare country
    that is its people (CVL), civilians who are protesters (OPP)."""
    return replace(actor, code=country + sector, country=country, sector=sector, name=None)


def host_targets(reading: Clause, actors: ActorBuilder, code: str, targets: Parties,
                  how: str) -> tuple[Parties, str]:
    """Failing a target, the host of what is visited or attended: the possessor of the object
    ("Putin attended China's Belt and Road Forum": a visit to China)."""
    if targets or code != "042" or reading.passive:
        return targets, how
    hosts = [a for o in reading.dobjs for c in o.lefts for t in c.subtree  # "China's Belt
             if t.dep_ == "poss" for a in actors.actors(t)]  # and Road Forum"
    return (hosts, how + "+host") if hosts else (targets, how)


def welcomed_visitor(reading: Clause, code: str, targets: Parties, how: str) -> tuple[str, str]:
    """A named person welcomed is a visitor hosted (043), as the golden README's "B
    hosted/received/welcomed A" has it, not praised (051): "Putin welcomed Modi with a bear hug
    at his residence". Welcoming an act ("welcomed the decision") stays approval."""
    if (reading.lemma != "welcome" or code[:2] != "05" or not targets
            or not all(a.name is not None for a, _ in targets)
            or not any(o.pos_ == "PROPN" for o in reading.dobjs)):
        return code, how
    return "043", how + "+visitor"


def recalled_from(reading: Clause, actors: ActorBuilder, code: str, targets: Parties,
                  how: str) -> tuple[Parties, str]:
    """Failing a target, the state a reduction of relations takes a side's own envoys from
    (161): "Peru, Bolivia and Ecuador recalled their ambassadors from Santiago": Chile's
    government, for each of them."""
    if targets or code != "161" or not any(
            o.lemma_.lower() in ENVOY_WORDS for o in reading.dobjs):
        return targets, how
    hosts = [a for h in (reading.verb, *reading.dobjs)
             for o in prep_objects_under(h, "from") for a in actors.actors(o)]
    return (hosts, how + "+recalled-from") if hosts else (targets, how)


def lone_doer(verb: Token, subj_toks: list[Token], passive: bool) -> bool:
    """Whether one person alone did the act: a singular noun, uncoordinated, as its subject or
    'by' agent ("a man attacked the minister", "was stabbed by a man"); such a one is no crowd,
    and storms or attacks no protest."""
    heads = [o for p in verb.children if p.dep_ == "agent" for o in p.children
             if o.dep_ == "pobj"] if passive else subj_toks
    return bool(heads) and all(t.tag_ in {"NN", "NNP"} and not t.conjuncts
                               and t.lemma_.lower() not in CROWD_NOUNS for t in heads)


def fled_inside_object(reading: Clause, inside_object: bool) -> bool:
    """Whether the verb makes people flee and its target was found only inside its object
    (`inside_object`): in "shelled the border, forcing thousands of villagers on both sides to
    flee" those coerced are the villagers, and "on both sides" only says where they live; no
    event."""
    return inside_object and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in FLEEING_VERBS for c in reading.verb.children)


def bomb_subjects(reading: Clause) -> list[Token]:
    """The verb's subjects that are bombs ("a car bomb planted by the rebels killed ...")."""
    return [t for t in reading.subj_toks if t.lemma_.lower() in BOMB_WORDS]


def weapon_agents(reading: Clause, actors: ActorBuilder, sources: Parties,
                   how: str) -> tuple[Parties, str]:
    """Failing a source, who planted, placed or sent the weapon that is the subject, or made
    the attack: "a car bomb planted by Basque separatists killed three policemen", "an attack
    by the rebels killed 12 soldiers" was their act (`by_agents`)."""
    if sources or reading.passive or reading.match.code[:2] not in BOMBING_ROOTS:
        return sources, how
    weapons = [t for t in reading.subj_toks
               if t.lemma_.lower() in BOMB_WORDS | WEAPON_WORDS | ATTACK_WORDS]
    agents = by_agents(weapons)
    found = ([a for o in agents for a in actors.actors(o)]
             or context_actors(agents, actors))  # "planted by the rebels": the sentence's
    return (found, how + "+weapon-agent") if found else (sources, how)  # country


def bombing_code(reading: Clause, code: str, how: str) -> tuple[str, str]:
    """A bomb that kills or wounds is a bombing (183), a car, roadside or suicide bomb its
    sub-code: "a car bomb planted by the rebels killed 21 people" (1832)."""
    bombs = bomb_subjects(reading)
    if not bombs or reading.passive or code[:2] not in BOMBING_ROOTS or code == "202":
        return code, how
    words = {c.lemma_.lower() for b in bombs for c in b.children if c.dep_ in {"compound", "amod"}}
    kind = next((k for w, k in BOMB_KINDS if w in words), "183")
    return kind, how + "+bomb"


def victims_in_apposition(reading: Clause, actors: ActorBuilder, code: str,
                           targets: Parties, how: str) -> tuple[Parties, str]:
    """Who "people" killed or wounded were, said in apposition: "killed 21 people, most of them
    police cadets" (the police), "12 people, mostly Nigerian soldiers" (the army)."""
    if code[:2] not in FORCE_ROOTS or not any(
        o.lemma_.lower() in {"people", "person"} for o in reading.dobjs
    ):
        return targets, how
    heads = [*reading.dobjs, *(c for c in reading.verb.children if c.dep_ == "npadvmod"
                               and c.lower_ in {"most", "many", "all", "some"})]
    named = [c for h in heads for c in h.children if c.dep_ == "appos"] + [
        c for c in reading.verb.children if c.dep_ == "npadvmod"  # "most of them police
        and any(m.lower_ in {"most", "many", "all", "some"} for m in c.children)]  # officers"
    named = [t for c in named for t in (c, *(m for m in c.children if m.dep_ == "compound"))]
    found = ([a for n in named for a in actors.actors(n)]
             or context_actors(named, actors))
    return (found, how + "+apposition") if found else (targets, how)


def leader_of_antecedent(reading: Clause, actors: ActorBuilder, targets: Parties,
                          how: str) -> tuple[Parties, str]:
    """The leader of a party or group named before ("dissolved the opposition party, months
    after police arrested its leader"): the object "its leader" is that party's (OPP, PTY,
    REB), not the state's government a bare leader word would give."""
    if not targets or any(a.name is not None for a, _ in targets):
        return targets, how
    owners = [c for o in reading.dobjs if o.lemma_.lower() in HEAD_WORDS
              for c in o.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}]
    for pronoun in owners[:1]:
        for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if (tok.dep_ not in ANTECEDENT_DEPS or tok.pos_ not in {"PROPN", "NOUN"}
                    or tok in reading.subj_toks):  # "police arrested its leader": not theirs
                continue
            words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
            found = [(a, "antecedent") for a, _ in actors.actors(tok) or context_actors(
                words, actors) if a.name is None]  # "the main opposition party": its country
            if found:
                if all(a.sector in ORGANISED_SECTORS for a, _ in found):
                    return found, how + "+its-leader"
                return targets, how
    return targets, how


def relative_act_doers(noun: Token, actors: ActorBuilder) -> list[Actor]:
    """The subject of the verb that does the event `noun` names, where `noun` is its object and
    that verb makes, ends or takes part in it (ACT_DOING_VERBS): "Pelosi [ended] a visit to
    Taipei that Beijing had condemned" gives Pelosi."""
    head = noun.head
    if noun.dep_ != "dobj" or head.lemma_.lower() not in ACT_DOING_VERBS:
        return []
    return [a for t in subject_tokens(head)[0] for a, _ in actors.actors(t)]


def on_strike(actor: Actor, actors: ActorBuilder) -> bool:
    """Workers on strike ("striking miners", LAB) protest: security forces' violence against
    them is repression (175), as against protesters. 'Striking' is a word of the phrase the
    actor was read from."""
    return actor.sector == "LAB" and any(t.lower_ == "striking" for t in actors.phrase(actor))


def shot_not_killed(verb: Token, lemma: str) -> bool:
    """Whether a shooting is told without a death: "a gunman shot the governor in the chest"
    (an attempt on a life, 185), not "shot dead" or "shot and killed" (186)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
    return lemma in SHOOTING_VERBS and after.lower_ not in DEATH_WORDS and not any(
        c.lower_ in DEATH_WORDS or (c.dep_ == "conj" and c.lemma_.lower() in MURDERING_VERBS)
        for c in verb.children)


def repression_code(reading: Clause, actors: ActorBuilder, code: str, sources: Parties,
                    targets: Parties, how: str) -> tuple[str, Parties, str]:
    """Security forces that kill or shoot protesters, or people in a protest, use violent
    repression (175) against the protesters: "Iranian police shot dead 20 protesters", "troops
    killed 38 people in the bloodiest day of protests" (the country's opposition, OPP)."""
    if (code[:2] not in {"18", "19"} or reading.passive or not sources or not targets
            or not all(a.sector in SECURITY_SECTORS for a, _ in sources)):
        return code, targets, how
    if all(a.sector == "OPP" or on_strike(a, actors) for a, _ in targets):
        return "175", targets, how + "+repression"
    phrases = [t for p in deep_preps([reading.verb]) if p.lower_ in {"in", "during", "at"}
               for o in p.children if o.dep_ == "pobj" for t in o.subtree]
    if not any(t.lemma_.lower() in PROTEST_WORDS for t in phrases) or not all(
        a.sector in {"CVL", None} and a.name is None for a, _ in targets
    ):
        return code, targets, how
    crowd = [(of_sector(a, a.country, "OPP"), h) for a, h in targets if a.country is not None]
    return ("175", crowd, how + "+protest-repressed") if crowd else (code, targets, how)


def ties_boosted(reading: Clause, code: str, how: str) -> tuple[str, str]:
    """Ties, agreements or partnerships deepened or expanded are diplomatic cooperation (050),
    whatever word modifies them: CAMEO 2.0's "* &SECURITY" (150, a raised alert) read off
    "deepening security ties with Australia" matched the modifier, not the object."""
    heads = [o for o in reading.dobjs if o.dep_ != "dative"]
    if (code[:2] != "15" or not heads
            or not all(o.lemma_.lower() in RELATION_NOUNS for o in heads)):
        return code, how
    return "050", how + "+ties"


def peacekeepers_arriving(reading: Clause, code: str, how: str) -> tuple[str, str]:
    """Peacekeepers arriving in a country provide peacekeeping (074); they pay it no visit
    (042): "The first UN peacekeepers arrived in Mali", "a contingent of peacekeeping troops
    arrived in Haiti"."""
    if code != "042" or not any(_peacekeepers(t) for t in reading.subj_toks):
        return code, how
    return "074", how + "+peacekeepers"


def _peacekeepers(head: Token) -> bool:
    """The phrase of `head` names peacekeepers: "peacekeepers", "peacekeeping troops",
    "a contingent of peacekeepers"."""
    words = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]
    return any(w.lemma_.lower() in PEACEKEEPER_WORDS
               or any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in PEACEKEEPER_WORDS
                      for c in w.children) for w in words)


def weapons_used_on_state(reading: Clause, code: str, targets: Parties,
                          how: str) -> tuple[str, str]:
    """Weapons used against a state or its armed forces are fighting (190), not the violent
    repression (175) CAMEO 2.0's "USE * &WEAPON" codes: "the weapons Russia has used against
    Ukraine", unlike police using weapons against protesters."""
    if (code != "175" or reading.lemma not in USING_VERBS or not targets
            or not all(a.sector in STATE_TARGET_SECTORS for a, _ in targets)):
        return code, how
    return "190", how + "+against-state"


def handover_match(verb: Token, key: str, passive: bool, dobjs: list[Token],
                    actors: ActorBuilder) -> VerbMatch | None:
    """Judicial cooperation (063) where people are handed over to a state, as extradition is:
    "Sudan handed the fugitive over to France", "he was handed over to France by Sudan";
    the state they are handed to is the target ("to" phrase). None otherwise."""
    if key not in HANDOVER_KEYS:
        return None
    handed = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else dobjs
    receivers = [a for o in prep_objects_under(verb, "to") for a, _ in actors.actors(o)]
    if not receivers or not all(a.sector in STATE_SECTORS for a in receivers):
        return None
    if not names_persons(handed, actors):
        return None
    return VerbMatch("063", f"verb:{key}+person-handed-over->063", preps=("to",))


def shared_object(reading: Clause, actors: ActorBuilder, targets: Parties,
                   how: str) -> tuple[Parties, str]:
    """Failing a target, the object a stranded particle shares with the next verb: "fired on
    and seized three Ukrainian vessels" fired on the vessels."""
    verb = reading.verb
    stranded = [c for c in verb.children if c.dep_ in {"prt", "prep"}
                and c.lower_ in {"on", "at", "upon"} and not any(
                    o.dep_ in {"pobj", "pcomp"} for o in c.children)]
    if targets or reading.dobjs or not stranded:
        return targets, how
    objects = [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
               for o in c.children if o.dep_ == "dobj"][:1]
    shared = ([a for o in objects for a in actors.actors(o)]
              or [(a, "demonym") for o in objects for a in actors.demonym_stand_in(o)])
    return (shared, how + "+shared-object") if shared else (targets, how)


def fired_on(reading: Clause, code: str, how: str) -> tuple[str, str]:
    """Firing on or at someone with no weapon named is fighting with small arms (193), as
    opening fire is: "border guards fired on three Ukrainian vessels"."""
    if (reading.key == "fire" and code == "190" and not reading.dobjs and not reading.passive
            and any(c.lower_ in {"on", "at", "upon"} and c.dep_ in {"prt", "prep"}
                    for c in reading.verb.children)):
        return "193", how + "+fired-on"
    return code, how


def arrest_match(key: str, match: VerbMatch) -> VerbMatch:
    """An arrest stays an arrest (173) where only the object's words made it an abduction
    (181): "security forces arrested the former finance minister"; a subject's words still
    may ("militants detained the engineer" follows CAMEO 2.0's MILITANTS * [181])."""
    pattern = match.rule.partition(" ")[2]  # "verb:arrest/pattern:8212 * MINISTER"
    if key in ARRESTING_VERBS and match.code == "181" and pattern.startswith("* "):
        return replace(match, code="173", rule=match.rule + " (arrest)")
    return match


def drawn_from(reading: Clause, actors: ActorBuilder, sources: Parties, targets: Parties,
                how: str) -> tuple[Parties, Parties, str]:
    """What an act draws from someone is their reaction to it: "Chile's decision drew sharp
    criticism from Peru" is Peru criticising Chile; the 'from' phrase's actor is the source,
    the subject's actor the target."""
    if reading.lemma not in DRAWING_VERBS or reading.passive or not sources:
        return sources, targets, how
    heads = [reading.verb, *(t for d in reading.dobjs for t in d.subtree)]  # "a statement of
    givers = [a for t in heads  # concern [from the Pentagon]"
              for o in prep_objects_under(t, "from") for a in actors.actors(o)]
    if not givers:
        return sources, targets, how
    return givers, sources, how + "+drawn-from"


def person_pronoun_sources(subj_toks: list[Token], actors: ActorBuilder) -> Parties:
    """A 'he' or 'she' subject that nothing else resolved is the nearest person named before
    it in the sentence: "Maduro's speech, in which he branded Colombia an enemy" (Maduro); else
    the person the sentence before was about (`previous_subject_person`)."""
    if not subj_toks or any(t.lower_ not in {"he", "she"} for t in subj_toks):
        return []
    if any(attributed_quote(t) is not None for t in subj_toks):  # '"...," he said': whom the
        return [(a, "quote-speaker") for t in subj_toks  # quote is from, not a person named
                for a in attributed_speaker(actors, t)]  # inside it
    found = [(a, "antecedent") for t in subj_toks for a, _ in antecedent_actors(
        t, actors, persons=True)]
    return found or [p for t in subj_toks for p in previous_subject_person(t, actors)]


def plural_pronoun_sources(subj_toks: list[Token], actors: ActorBuilder) -> Parties:
    """A 'they' subject that nothing else resolved continues the plural actor the sentence
    before was about (`previous_subject_group`): "Sudanese protesters marched in Khartoum.
    They demanded the president's resignation"."""
    if len(subj_toks) != 1 or subj_toks[0].lower_ != "they":
        return []
    return previous_subject_group(subj_toks[0], actors)


# Subordinators of a clause that times the act of the clause it depends on ("when they met").
TIMING_MARKS = TIME_MARKS | frozenset({"as"})


def timed_they_sources(subj_toks: list[Token], actors: ActorBuilder) -> Parties:
    """A 'they' subject of a clause that times another ("Clinton and Lavrov launched the reset
    when they met in Geneva", "Kenya and Uganda signed a deal after they met in Kampala") is
    the coordinated subject of the clause it times, when that names two actors or more."""
    if len(subj_toks) != 1 or subj_toks[0].lower_ != "they":
        return []
    verb = subj_toks[0].head
    if verb.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIMING_MARKS
                                       for c in verb.children):
        return []
    found = [(a, "timed-antecedent") for t in subject_tokens(verb.head)[0]
             for a, _ in actors.actors(t)]
    return found if len({a.code for a, _ in found}) >= 2 else []


def legal_challenge(reading: Clause, code: str, how: str) -> tuple[str, str]:
    """A disapproval (11x) made through a court is a lawsuit (115): "filed a petition at the
    Supreme Court challenging the president's victory", "contested the result in court"."""
    verb = reading.verb
    if code[:2] != "11" or code == "115" or reading.lemma not in CONTESTING_VERBS:
        return code, how
    filed = [o for o in verb.head.children if o.dep_ == "dobj"] if verb.dep_ in {
        "advcl", "xcomp"} else []
    if verb.dep_ == "acl":
        filed.append(verb.head)
    in_court = any(o.lemma_.lower() == "court" for o in prep_objects_under(verb, "in", "before"))
    if in_court or any(o.lemma_.lower() in LEGAL_FILINGS for o in filed):
        return "115", how + "+in-court"
    return code, how


def persons_code(reading: Clause, actors: ActorBuilder, code: str, sources: Parties,
                  targets: Parties, how: str) -> tuple[str, str]:
    """The code made specific by people being what is acted on: people killed in thousands
    are a mass killing (202: "militiamen killed thousands of villagers"), people freed are released
    (0841: "Iran freed the British journalist"), people beaten are assaulted (182: "protesters
    beat several lawmakers"), or repressed where police or soldiers beat a crowd (175);
    CAMEO 2.0 codes both by the verb alone (080/084, 190)."""
    if (targets and not reading.passive and reading.key in MURDERING_VERBS and code == "190"
            and mass_killing(reading.dobjs)):
        return "202", how + "+mass"  # "militiamen killed thousands of villagers"
    if not targets or reading.passive or not names_persons(reading.dobjs, actors):
        return code, how
    if reading.key in RELEASING_VERBS and code in {"080", "084"}:
        return "0841", how + "+persons"
    if reading.key in BEATING_VERBS and code in {"180", "190"}:
        if sources and all(a.sector in {"COP", "MIL"} for a, _ in sources) and all(
            a.sector in CROWD_SECTORS for a, _ in targets
        ):  # "police beat opposition activists": violent repression
            return "175", how + "+repression"
        return "182", how + "+persons"
    return code, how


def armed_retreat(reading: Clause, sources: Parties, targets: Parties) -> bool:
    """Whether a verb of leaving is a military retreat (0874): armed men leave a place with no
    object taken along, and whatever they leave is a country or place, not a body or a deal
    ("the last Kenyan troops pulled out of Somalia"; not "rebels pulled out of the talks")."""
    return (reading.key in RETREATING_KEYS and not reading.dobjs and bool(sources)
            and all(a.sector in ARMED_SECTORS for a, _ in sources)
            and all(a.sector is None and a.name is None for a, _ in targets))


def criminal_charge(reading: Clause, sources: Parties) -> bool:
    """Whether charging someone "with" a crime is the police's, a prosecutor's or a court's
    (CHARGING_SECTORS), which arrests or charges them (173: "police charged him with murder"),
    where anyone else's charge is an accusation (112)."""
    return (reading.lemma == "charge" and bool(sources)
            and all(a.sector in CHARGING_SECTORS for a, _ in sources)
            and any(p.lower_ == "with" for p in prep_children(reading.verb)))


def leaves_organisation(reading: Clause, sources: Parties, targets: Parties) -> bool:
    """Whether a verb of leaving takes states out of an international organisation or bloc,
    which reduces their relations with it (CAMEO 161, as CAMEO 2.0 codes "withdraw from a
    coalition"): "Burkina Faso, Mali and Niger withdrew from ECOWAS", "Britain relinquished
    its EU membership"; a state that pulls its
    troops out of a UN mission stays a member."""
    leaving = (reading.key in RETREATING_KEYS and not reading.dobjs) or (
        reading.key in RENOUNCING_KEYS  # "relinquished its EU membership"
        and any(o.lemma_.lower() in MEMBERSHIP_NOUNS for o in reading.dobjs))
    return (leaving and bool(sources)
            and all(a.country is not None and a.sector not in ARMED_SECTORS for a, _ in sources)
            and bool(targets) and all(a.code.startswith("IGO") for a, _ in targets))


def claims_no_act(reading: Clause, code: str, targets: Parties) -> bool:
    """Whether a verb read as acknowledging (015), made to no one, admits a fact instead of
    claiming an act: "the EU acknowledged it will likely miss its targets". A claim of
    responsibility or credit ("claimed responsibility for the attack"), or of the attack itself
    ("past attacks were claimed by Islamic State", "claimed the bombing"), needs no target."""
    if code != "015" or targets:
        return False
    objects = [*reading.dobjs, *(c for c in reading.verb.children if c.dep_ == "nsubjpass")]
    return not any(o.lemma_.lower() in CLAIMED_WORDS or o.lemma_.lower() in ATTACK_WORDS
                   for o in objects)


def barred_entry(verb: Token, actors: ActorBuilder) -> bool:
    """Whether a verb of barring keeps someone out of a country, an administrative sanction
    (172), not an exclusion from something (160): "barred from entering Russia", "barred the
    U.N. envoy from the country", "banned the journalist from Iran"."""
    froms = [p for p in prep_children(verb) if p.lower_ == "from"]
    if any(c.lemma_.lower() in ENTRY_VERBS for p in froms for c in p.children
           if c.dep_ == "pcomp"):
        return True
    places = [o for p in froms for o in prep_objects(p)]
    return any(o.lemma_.lower() in BARRED_LAND_WORDS or any(
        a.sector is None and a.country is not None for a, _ in actors.actors(o))
        for o in places)


def conditional_threat(verb: Token, mod: Modality) -> bool:
    """A threat made hypothetical only by its own condition: "warned X of severe consequences
    if it turned to Moscow" was made; the condition belongs to what is threatened. "If Iran
    enriched uranium, the US would threaten sanctions" stays hypothetical (its modal)."""
    return (mod.factuality == "hypothetical" and (mod.cue or "").lower() in CONDITIONAL_MARKS
            and not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS
                        for c in verb.children)
            and not heads_condition(verb))  # "... if the EU described the offensive as an
    # invasion": the verb of the condition itself threatens nothing yet


def speakers_conditional_act(verb: Token, code: str, sources: Parties,
                             actors: ActorBuilder) -> tuple[Modality, Parties, Parties] | None:
    """A coercive act (CAMEO 16-20) that a speaker says their side will do if another side
    acts: "Erdogan said Turkey would cut ties with Sweden if Stockholm allowed the rally",
    "the president said that if the EU kept its duties, he would impose tariffs on European
    wine". The act is conditioned, but the warning is made now: a threat (13x, as an intent
    announced) against the side whose act is the condition, where the act names no target.
    The threat is the speaker's ("Trump said the United States would ...": Trump's). Returns
    that reading, the condition's actors and the speakers; None where the speaker is not the doer
    ("analysts said Russia would strike if ..."), the act is only possible ("could impose
    sanctions if ..."), or the condition names no other side ("if the fighting escalates")."""
    if code[:2] not in THREATENED_ROOTS or not sources:
        return None
    if modality(verb).factuality == "negated":  # "would not impose tariffs if ...": no threat
        return None
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head.i != chain[-1].i and not (
            chain[-1].dep_ == "conj" and any(c.dep_ == "nsubj" for c in chain[-1].children)):
        chain.append(chain[-1].head)
    top = chain[-1]
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in OFFER_SPEECH_VERBS:
        return None
    aux = next((c for t in chain for c in t.children
                if c.dep_ == "aux" and c.lower_ in FUTURE_AUX | REPORTED_FUTURE), None)
    if aux is None:
        return None
    others = [(a, "condition") for t in chain for c in t.children if c.dep_ == "advcl"
              and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
              for s in subject_tokens(c)[0] for a, _ in actors.actors(s)]
    own = {a.country or a.code for a, _ in sources}
    if not others or any((a.country or a.code) in own for a, _ in others):
        return None
    speakers = [(a, "speaker") for t in subject_tokens(top.head)[0]
                for a, _ in actors.actors(t)]
    by_pronoun = any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in top.children)
    if not (own <= {a.country or a.code for a, _ in speakers} or by_pronoun):
        return None
    return Modality("asserted", True, aux.text), others, speakers or sources
