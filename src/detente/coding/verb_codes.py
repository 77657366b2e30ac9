"""A verb trigger's code made specific by its parties and by its act.

Pure functions of a `clauses.Clause`, an `ActorBuilder` and the parties found so far;
`events.SentenceCoder._verb` calls them after `verb_parties`:

- `party_code`: by who the parties are (the press silenced, a population expelled, captives
  seized, a state protesting) and by what is asked for, pledged or committed to; the parties
  swapped where the pattern reads from patient to agent;
- `act_code`: by the act itself (a protest stopped, an entry ban, a killing by agents, an
  attempt on a life, an assassination, a violent protest, a phone call, force from the air, a
  joint exercise, a missile launched at no one); it reads the noun-lexicon entry of a protest
  stopped through the coder's `nominal.NounCoder`, and adds the protest's tokens to `consumed`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import (
    Clause,
    Parties,
    armed_retreat,
    barred_entry,
    criminal_charge,
    driven_heads,
    leaves_organisation,
    lone_doer,
    population_targets,
    shot_not_killed,
)
from detente.coding.mentions import AID_AGENCIES, ActorBuilder
from detente.coding.nominal import NounCoder
from detente.coding.roles import (
    context_actors,
    organisers,
    recognises_state,
)
from detente.coding.subcodes import (
    accusation_code,
    aerial_force,
    aid_kind,
    armed_attack,
    asked_aid_code,
    asked_for_code,
    attempted_killing,
    demand_code,
    eased_sanctions_demanded,
    expels_population,
    joint_exercise,
    launch_only,
    presence_code,
    threatened_wmd,
    urged_to_act,
    wounded_in_combat,
)
from detente.coding.syntax import (
    organiser_heads,
    prep_children,
    prep_objects,
)
from detente.coding.vocabulary import (
    AID_ASKS,
    ARMED_SECTORS,
    ASSAILANT_SECTORS,
    ASSAULT_ON_PERSON,
    AUTHORITY_CODES,
    BANNING_VERBS,
    CAPTIVE_SECTORS,
    COMMITTING_VERBS,
    CROWD_SECTORS,
    DEMANDING_VERBS,
    DEPORTING_VERBS,
    ENVOY_SECTORS,
    GENERIC_ASKS,
    HELD_PLACES,
    KILLING_VERBS,
    LEADER_SECTORS,
    MURDERING_VERBS,
    OFFICIAL_SECTORS,
    PHONE_WORDS,
    PLEDGING_VERBS,
    POSSESSIVE_PRONOUNS,
    PROTEST_BANNING_SECTORS,
    PROTEST_STOPPING_VERBS,
    RECOGNISING_VERBS,
    REJECTING_VERBS,
    RENOUNCING_KEYS,
    REPRESSION_MEANS,
    RIOT_VERBS,
    SEIZING_VERBS,
    SILENCING_VERBS,
    STATE_SECTORS,
    STOPPING_VERBS,
    SUMMONING_VERBS,
    SURRENDER_VERBS,
)


def party_code(reading: Clause, actors: ActorBuilder, code: str, sources: Parties,
               targets: Parties, how: str) -> tuple[str, Parties, Parties, str]:
    """The code made specific by who the parties are (the press silenced, a population
    expelled, captives seized, a state protesting) and by what is asked for, pledged or
    committed to; the parties swapped where the pattern reads from patient to agent."""
    verb, match, lemma, key = reading.verb, reading.match, reading.lemma, reading.key
    prt, passive = reading.prt, reading.passive
    dobjs, slots, why = reading.dobjs, reading.slots, reading.why
    if lemma in SILENCING_VERBS and targets and all(
        a.sector == "MED" for a, _ in targets) and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in STOPPING_VERBS for c in verb.children
    ):
        code, how = "1721", how + "+press"  # "ordered the newspaper to suspend publication"
    if why == "complement" and code == "161" and targets and all(
        a.sector not in ENVOY_SECTORS for a, _ in targets
    ):
        code, how = "174", how + "+people"  # "forced Somali refugees to leave": expelled
    if code == "174" and lemma == "expel" and targets and all(
            how_ != "demonym" and a.sector is None and a.name is None
            for a, how_ in targets):  # "expelled Turkey from the F-35 programme": a state
        code, how = "160", how + "+state"  # is not deported; its relations are cut
    driven = driven_heads(verb, dobjs)  # "were driven out of Croatia": the subject
    if lemma in DEPORTING_VERBS and code == "174" and expels_population(verb, prt, driven):
        code, how = "201", how + "+population"  # "deported 5,000 ethnic Albanians"
    if code == "201":  # the people driven out, not where they were driven to
        targets = population_targets([a for o in driven for a in actors.actors(o)]
                              or context_actors(driven, actors, sources))
    if code == "201" and any(a.sector in OFFICIAL_SECTORS for a, _ in targets):
        code = "174"  # armed men or officials driven out are individuals, not a people
    if code in {"161", "174"} and targets and all(a.sector == AID_AGENCIES for a, _ in targets):
        code, how = "1663", how + "+aid-agencies"  # "ordered foreign aid agencies to leave
        # Darfur": CAMEO's expulsion of aid agencies
    if (not sources and passive and targets and code in AUTHORITY_CODES
            and not match.reverse):  # "an American journalist was arrested in Iran"
        sources = [(a, "authorities") for a in actors.authorities_of_place(
            o for p in prep_children(verb) if p.lower_ == "in" for o in prep_objects(p))]
        how += "+authorities" if sources else ""
    if match.reverse:  # the pattern reads the event from patient to agent ("X faces charges")
        sources, targets = targets, sources
        how += "+reversed"
    if (code == "080" and lemma in SURRENDER_VERBS and sources
            and all(a.sector in ARMED_SECTORS for a, _ in sources)):
        code, how = "0874", how + "+armed"  # "rebels surrendered": a military surrender
    if code == "080" and armed_retreat(reading, sources, targets):
        code, how = "0874", how + "+retreat"  # "Kenyan troops pulled out of Somalia"
    if ((code == "080" or reading.key in RENOUNCING_KEYS)  # "renounced its membership"
            and leaves_organisation(reading, sources, targets)):
        code, how = "161", how + "+leaves-body"  # "Mali withdrew from ECOWAS"
    if code == "114" and lemma in SUMMONING_VERBS and any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
            for o in dobjs for c in o.children):  # "summoned its ambassador home": recalled
        code, how = "161", how + "+own-envoy"
    if lemma in DEMANDING_VERBS and code[:2] in {"02", "03"}:
        code = demand_code(code)  # "demanded security guarantees": no appeal
        how += "+demand"
    code, how = accusation_code(lemma, code, verb, how)
    if code == "112" and criminal_charge(reading, sources):
        code, how = "173", how + "+criminal-charge"  # "police charged him with murder"
    if lemma in RECOGNISING_VERBS and code == "051" and recognises_state(dobjs, actors):
        code, how = "054", how + "+state"  # "could recognise Israel": diplomatic recognition
    eased = eased_sanctions_demanded(code, verb)  # "demanded sanctions relief": 1054
    code, how = (eased, how + "+sanctions-eased") if eased != code else (code, how)
    if code in GENERIC_ASKS or (code == "120" and key in REJECTING_VERBS):  # "urged Russia
        asked = asked_for_code(code, verb)  # to pull its forces out": 0256
        code, how = (asked, how + "+asked-for") if asked is not None else (code, how)
        code = threatened_wmd(code, verb)  # "threatened to launch a nuclear strike": 1385
    presence = presence_code(lemma, verb) if code[:2] == "08" else None
    if presence is not None:  # "could allow UN inspectors to visit the site": 0862
        code, how = presence, how + "+presence"
    if code in AID_ASKS:  # "asked Paris for military help": 0232
        asked = asked_aid_code(code, verb)
        code, how = (asked, how + "+aid-asked") if asked is not None else (code, how)
    if code == "070" or (code == "030" and lemma in PLEDGING_VERBS):  # "pledged $900
        kind = aid_kind(code, dobjs)  # million in aid": 0331
        code, how = (kind, how + "+aid-kind") if kind is not None else (code, how)
    if lemma in COMMITTING_VERBS and code[:2] != "03" and any(
        c.dep_ == "xcomp" for c in verb.children
    ):
        code, how = "030", how + "+commitment"  # "agreed to resume visits": intent (03)
    if code in {"140", "141"} and targets and sources and all(
        a.sector in STATE_SECTORS for a, _ in sources
    ):
        code, how = "114", how + "+by-state"  # a state protesting to another complains
    if code[:2] in {"17", "18", "19"} and any(words <= slots.objects
                                              for words in REPRESSION_MEANS):
        code, how = "175", how + "+riot-control"  # "fired tear gas at protesters"
    if (lemma in SEIZING_VERBS and code.startswith("17") and targets
            and all(how_ != "demonym" and a.sector in CAPTIVE_SECTORS for a, how_ in targets)):
        code, how = "181", how + "+captives"  # "seized two Israeli soldiers": abduction
    if code == "192" and targets and all(how_ != "demonym" and a.sector is not None
                                         for a, how_ in targets) and not any(
            o.lemma_.lower() in HELD_PLACES for o in dobjs):  # "a rebel base" is land
        code, how = "173", how + "+persons"  # "soldiers captured a drug lord": people
        # taken are arrested, only land is occupied (192)
    return code, sources, targets, how


def act_code(nouns: NounCoder, reading: Clause, actors: ActorBuilder, consumed: set[int],
             code: str, sources: Parties, targets: Parties,
             how: str) -> tuple[str, Parties, str]:
    """The code made specific by the act itself: a protest stopped, an entry ban, a killing
    by agents, an attempt on a life, an assassination, a violent protest, a phone call,
    force from the air, a joint exercise, a missile launched at no one."""
    verb, lemma, key, passive = reading.verb, reading.lemma, reading.key, reading.passive
    dobjs = reading.dobjs
    subj_toks, slots = reading.subj_toks, reading.slots
    stopped = (_stopped_protests(nouns, lemma, dobjs)
               or _protests_called_off_by_authorities(nouns, code, dobjs, sources))
    if stopped:  # "police prevented the demonstration staged by students": 1721 against
        code, how = "1721", how + "+protest-stopped"  # those who would protest
        consumed.update(n.i for n in stopped)
        targets = (organisers(stopped, actors)
                   or context_actors(organiser_heads(stopped), actors, sources) or targets)
    if lemma in BANNING_VERBS and barred_entry(verb, actors):  # "barred from entering
        code, how = "172", how + "+entry-ban"  # Russia", "barred the envoy from the country"
    if (code == "190" and lemma in MURDERING_VERBS and key == lemma and sources and targets
            and all(a.sector in ASSAILANT_SECTORS for a, _ in sources)):
        code, how = "1823", how + "+assailant"  # "Saudi agents killed the journalist"
    if attempted_killing(verb, lemma, dobjs) and code[:2] in {"18", "19"} and targets:
        code, how = "185", how + "+attempt"  # "gunmen tried to kill the activist Malala
        # Yousafzai": an attempt on a named person's life
    if (code[:2] in {"18", "19"} and lemma in KILLING_VERBS and key == lemma and targets
            and all(a.name is not None and a.sector in LEADER_SECTORS for a, _ in targets)):
        code, how = "186", how + "+leader"  # "shot dead Prime Minister Rabin": assassinate
        if shot_not_killed(verb, lemma):  # "a man shot the prime minister several
            code, how = "185", how + "+survived"  # times": an attempt on his life
    elif (code in ASSAULT_ON_PERSON and lemma not in KILLING_VERBS
          and targets and all(a.name is not None and a.sector in LEADER_SECTORS
                              and how_ != "demonym" for a, how_ in targets)):
        code, how = "185", how + "+leader"  # "threw a pipe bomb at Prime Minister Kishida":
        # an attack on a named leader that kills no one is an attempt on their life
    if (code[:2] in {"17", "18", "19"} and sources
            and (lemma in RIOT_VERBS or (lemma == "set" and any(  # "set fire to the
                o.lower_ == "fire" for o in dobjs)))  # prime minister's home"
            and all(a.sector in CROWD_SECTORS for a, _ in sources)
            and not lone_doer(verb, subj_toks, passive)):  # not "a man attacked X"
        code, how = "145", how + "+crowd"  # "stormed by protesters": a violent protest
    if code[:2] in {"01", "04"} and slots.preps.get("by", frozenset()) & PHONE_WORDS:
        code, how = "041", how + "+by-phone"  # "spoke by phone": discuss by telephone
    if armed_attack(code, lemma, sources):  # "rebels attacked villages for supplies":
        code, how = "190", how + "+armed"  # force, no criticism (111)
    if wounded_in_combat(code, lemma, sources, targets):  # "troops wounded 40
        code, how = "190", how + "+combat"  # insurgents": fighting, no assault (18)
    if urged_to_act(code, lemma, verb):  # "I encourage the police to speed up the
        code, how = "020", how + "+urged"  # inquiry": an appeal, not praise
    if code in {"183", "190", "193"} and targets and aerial_force(verb, subj_toks, passive):
        code, how = "195", how + "+aerial"  # "Russian missiles struck Kyiv"
    if joint_exercise(code, slots.objects, sources, targets):
        code, how = "062", how + "+joint"  # "Greek and Turkish navies launched war games"
    if code[:2] == "19" and not passive and launch_only(lemma, dobjs, sources, targets):
        code, targets, how = "150", [], how + "+launch"  # "fired a missile over Japan"
    if code[:2] == "15" and targets and {a.country for a, _ in targets} <= {
            a.country for a, _ in sources}:  # "ordered Serbia's army to combat readiness":
        targets, how = [], how + "+own-forces"  # a posture of its own forces, at no one
    return code, targets, how


def _stopped_protests(nouns: NounCoder, lemma: str, dobjs: list[Token]) -> list[Token]:
    """Protest nouns (CAMEO 14) that a verb of stopping takes as object ("banned the
    opposition rally", "prevented a demonstration by students"); not one of the subject's
    own ("halted their strike" is no repression)."""
    if lemma not in PROTEST_STOPPING_VERBS:
        return []
    out = []
    for obj in [n for o in dobjs for n in (o, *o.conjuncts)]:
        entry, _ = nouns.entry(obj)
        if (entry is not None and entry.code[:2] == "14" and not any(
                c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children)):
            out.append(obj)
    return out


def _protests_called_off_by_authorities(nouns: NounCoder, code: str, dobjs: list[Token],
                                        sources: Parties) -> list[Token]:
    """Protest nouns that authorities call off, cancel or postpone ("police cancelled the
    opposition rally"): stopped (1721), not dissent eased by those who would protest (082,
    "the union called off its strike")."""
    if code != "082" or not sources or any(
            a.sector not in PROTEST_BANNING_SECTORS for a, _ in sources):
        return []
    return [o for o in dobjs if (entry := nouns.entry(o)[0]) is not None
            and entry.code[:2] == "14"]
