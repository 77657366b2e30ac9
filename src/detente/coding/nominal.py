"""Events of event nouns: the noun lexicon read against a parse, and a noun trigger's parties.

Pure: takes a parsed noun (or the light verb that takes it) and an ActorBuilder, returns
`Candidate`s; writes nothing.

`NounCoder` holds the verb and noun lexicons and the coder's `future_intent` option. `entry`
finds the longest noun-lexicon entry around a token ("joint exercises", "the joint Zapad-2017
exercises", "a missile launch" for "its launch of a missile"); `candidates` reads an event
noun ("Abe's visit to Moscow", "sanctions on Iran", "talks between X and Y"), or the light
verb that takes it ("paid a visit", "held talks", "imposed sanctions on X": `light_verb`), into
candidates: its sources (`noun_sources`: possessor, modifiers, 'between' or 'by' phrase, the
light verb's subject), its targets (`_noun_targets`: the entry's target prepositions, the
noun's or the light verb's, then the parties particular kinds of event name), its code made
specific and a framing verb's actors ("told Zelensky in a telephone call"). It also reads a
noun for a verb's act with its possessor as doer ("Ankara's purchase of Russian S-400
missiles": `possessed_act`) and a meeting skipped ("Xi skipped the summit": `skipped_meeting`).

`events.SentenceCoder` builds one and calls it for the nouns of a sentence, the objects of
light verbs and verbs of going ahead (`gone_ahead_with`), and asks it for the entry of a
token wherever a verb's rule reads what its object or subject is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import product

from spacy.tokens import Token

from detente.coding.candidates import Candidate, paired
from detente.coding.clauses import Parties, speakers_conditional_act
from detente.coding.lexicon import NounEntry, NounLexicon, Slots, VerbLexicon, noun_key
from detente.coding.mentions import ActorBuilder
from detente.coding.modality import Modality, as_coded, intent_code, modality
from detente.coding.pronouns import (
    antecedent_actors,
    object_pronoun_person,
)
from detente.coding.roles import (
    answerer_targets,
    armed_withdrawal,
    claimed_culprits,
    context_actors,
    culprits,
    dissent_targets,
    holder_targets,
    investigators_at_home,
    names_persons,
    not_their_states,
    not_themselves,
    others_than,
    own_people,
    populace_targets,
    prep_targets,
    struck_place_targets,
    withdrawing,
)
from detente.coding.subcodes import (
    accused_clause_code,
    cooperation_topic,
    investigation_code,
    joint_exercise,
    noun_asked_code,
    stated_code,
    targetless,
    threat_code,
    wmd_threat,
)
from detente.coding.syntax import (
    between_on_happening,
    claiming_verb,
    deep_preps,
    demand_clause,
    demand_clauses,
    framing_verb,
    measured_in_money,
    measured_noun,
    nominal_modality,
    noun_word,
    prep_children,
    prep_objects_under,
    subject_tokens,
    subtree_lemmas,
    token_lemmas,
    with_absolute,
)
from detente.coding.vocabulary import (
    ACT_VERBS,
    AGREEMENT_WORDS,
    AIRCRAFT_WORDS,
    ANAPHORS,
    ANSWERING_VERBS,
    ARMED_STRIKE_MODIFIERS,
    ASKING_ROOTS,
    ASSAULT_ROOTS,
    BILATERAL_CODES,
    COOPERATIVE_ROOTS,
    DOCUMENT_CODES,
    EFFORT_NOUNS,
    ENDING_VERBS,
    EXCHANGE_VERBS,
    FRAMED_ROOTS,
    FROM_SOURCE_ROOTS,
    HOSTING_VISIT_VERBS,
    LAUNCH_NOUNS,
    MEETING_NOUNS,
    MUTUAL_CODES,
    NOMINAL_SOURCE_DEPS,
    OFFER_NOUNS,
    OFFERED_ROOTS,
    PERFORMED_CODES,
    POPULACE_CODES,
    POSSESSIVE_PRONOUNS,
    PRODUCING_VERBS,
    PROMISING_VERBS,
    REASON_PREPOSITIONS,
    SIGNING_VERBS,
    SPAN_OF_TIME_WORDS,
    SUSPENDING_NOUNS,
    TALKS_NOUNS,
    THREAT_NOUNS,
    THREATENED_ROOTS,
    UNDONE_MODIFIERS,
    USING_VERBS,
    VERBAL_ROOTS,
    VISIT_CODES,
    VISIT_PURPOSE_VERBS,
    WEAPON_WORDS,
    WITHDRAWAL_NOUNS,
)
from detente.model import Actor

# Codes of buying weapons: bought from a state, which the weapons' demonym names.
ARMS_TRADE_CODES = frozenset({"062"})
# Verbs of missing a meeting: "Xi skipped the summit in New Delhi" did not attend it.
SKIPPING_VERBS = frozenset({"skip", "miss", "shun"})
# Verbs of attending a meeting, or of staying away from it (`NounCoder.skipped_meeting`).
ATTENDING_VERBS = frozenset({"attend", "stay", *SKIPPING_VERBS})
# Verbs of a relative or participle clause that say where a meeting is held ("the summit that
# opened in Algiers", "the forum held in Vladivostok").
MEETING_PLACE_VERBS = frozenset({"open", "hold", "begin", "start", "convene", "take", "end",
                                 "close", "gather", "host"})
# Verbs that, with 'ahead', 'through' or 'forward', go on to do what their 'with' or 'on'
# phrase names ("pressed ahead with sanctions", "follows through on its tariff"); "proceed
# with" needs no particle.
GOING_AHEAD_VERBS = frozenset({"go", "press", "push", "forge", "move", "follow", "proceed"})
GOING_AHEAD_PARTICLES = frozenset({"ahead", "through", "forward"})


class NounCoder:
    def __init__(self, verbs: VerbLexicon, nouns: NounLexicon, *,
                 future_intent: bool = True) -> None:
        """`verbs` reads a noun for a verb's act as that verb ("the suspension of talks");
        `future_intent` is `SentenceCoder`'s option of that name."""
        self.verbs = verbs
        self.nouns = nouns
        self.future_intent = future_intent
        self._noun_words = frozenset(
            w for e in nouns.entries() for w in re.split(r"[\s-]+", noun_key(e.lemma)) if w
        ) | {"-"}

    def entry(self, tok: Token) -> tuple[NounEntry | None, Token]:
        """The longest noun-lexicon entry that contains `tok` ("joint exercises" from
        "exercises", "exchange of views" from "exchange"), and its last token.

        Only runs of tokens whose words occur in some entry are tried (a set lookup per
        token), which keeps this off the coder's hot path.
        """
        if noun_word(tok) not in self._noun_words:
            return None, tok
        doc, sent, width = tok.doc, tok.sent, self.nouns.max_words
        lo = tok.i
        while (lo > max(sent.start, tok.i - width + 1)
               and noun_word(doc[lo - 1]) in self._noun_words):
            lo -= 1
        hi = tok.i + 1
        while hi < min(sent.end, tok.i + width) and noun_word(doc[hi]) in self._noun_words:
            hi += 1
        best: tuple[int, NounEntry, Token] | None = None
        for start in range(lo, tok.i + 1):
            for end in range(tok.i + 1, min(start + width, hi) + 1):
                if best is not None and end - start <= best[0]:
                    continue
                words = doc[start:end]
                entry = self.nouns.get(" ".join(t.lemma_.lower() for t in words))
                if entry is not None:
                    best = (end - start, entry, words[-1])
        if best is None or best[0] == 1:  # "the joint Zapad-2017 exercises": a name inside
            longer = self._entry_around_name(tok)
            if longer is not None:
                return longer
        if best is None and tok.lemma_.lower() in LAUNCH_NOUNS:  # "its launch of a missile"
            weapon = next((o for o in prep_objects_under(tok, "of", dative=False)
                           if o.lemma_.lower() in WEAPON_WORDS), None)
            entry = self.nouns.get("missile launch") if weapon is not None else None
            if entry is not None:
                return entry, tok
        if best is not None and best[1].lemma == "strike" and (
                armed_strike(best[2]) or strike_on_a_country(best[2])):
            armed = self.nouns.get("military strike")
            if armed is not None:
                return armed, best[2]
        return (best[1], best[2]) if best is not None else (None, tok)

    def _effort_entry(self, noun: Token) -> tuple[NounEntry | None, Token]:
        """The event noun modifying an undertaking noun ("a mediation effort", "a mediation
        mission"), which names the event the undertaking is; `noun` itself stays the phrase
        whose 'between' and 'with' phrases give the parties."""
        if noun.lemma_.lower() not in EFFORT_NOUNS:
            return None, noun
        for mod in noun.children:
            if mod.dep_ == "compound":
                entry, end = self.entry(mod)
                if entry is not None and end.i == mod.i:
                    return entry, noun
        return None, noun

    def _entry_around_name(self, tok: Token) -> tuple[NounEntry, Token] | None:
        """A multi-word entry ending at `tok` whose words a name interrupts ("the joint
        Zapad-2017 exercises", "joint Malabar exercise"): the name, a capitalised or numbered
        modifier of `tok` that is no entry word, is left out of the phrase."""
        words: list[Token] = []
        skipped = False
        doc, start = tok.doc, tok.sent.start
        for j in range(tok.i - 1, start - 1, -1):  # the words before it, nearest first, read
            left = doc[j]  # only as far as the loop goes
            if len(words) + 1 >= self.nouns.max_words:
                break
            if noun_word(left) in self._noun_words:
                words.insert(0, left)
            elif (not skipped and left.head.i == tok.i and not words
                  and left.dep_ in {"compound", "nmod", "amod"}
                  and (left.text[:1].isupper() or any(c.isdigit() for c in left.text))):
                skipped = True
            else:
                break
        if not skipped:
            return None
        for start in range(len(words)):
            key = " ".join(t.lemma_.lower() for t in [*words[start:], tok])
            entry = self.nouns.get(key)
            if entry is not None:
                return entry, tok
        return None

    def light_verb(self, verb: Token, dobjs: list[Token], actors: ActorBuilder,
                   consumed: set[int]) -> list[Candidate] | None:
        """The events of the nouns a light verb takes as objects ("imposed an arms embargo on X
        and a travel ban on Y", "provided $20 million in humanitarian aid"), their tokens added
        to `consumed`; None where no object is an event noun, and the verb codes itself."""
        made: list[Candidate] | None = None
        for obj in [n for o in dobjs for n in (o, *o.conjuncts)]:
            noun = measured_noun(obj)  # "provided $20 million in humanitarian aid"
            if noun.lemma_.lower() == verb.lemma_.lower():  # "the islets that Koreans call
                continue  # Dokdo and Japanese call Takeshima": the parser's noun is the verb
            entry, end = self.entry(noun)
            if entry is None:
                entry, end = self._effort_entry(noun)
            if (entry is not None and entry.code[:2] == "01"
                    and verb.lemma_.lower() in SIGNING_VERBS):  # "signed a joint statement":
                entry = replace(entry, code="057")  # a signed accord
            if entry is not None and demand_clause(noun) is not None:  # "renewed its
                entry = replace(entry, code=stated_code(noun))  # call that Peru ...":
            found = [] if entry is None else self.candidates(noun, end, entry, actors, verb)
            if entry is not None and (found or noun is obj):  # an amount whose noun
                consumed.update({noun.i, end.i, *(c.i for c in noun.children  # finds no
                                                  if c.dep_ == "compound")})  # parties
                made = (made or []) + found  # leaves the verb to code
        return made

    def skipped_meeting(self, verb: Token, lemma: str, dobjs: list[Token],
                        actors: ActorBuilder, consumed: set[int]) -> list[Candidate]:
        """A meeting its subject skips or stays away from, read as attendance negated: "Xi
        skipped the summit in New Delhi", "the president stayed away from the summit that
        opened in Cairo" (042 to the host, negated, as "did not attend")."""
        if lemma in SKIPPING_VERBS:
            meetings = dobjs
        elif lemma == "stay" and any(c.dep_ == "advmod" and c.lower_ == "away"
                                     for c in verb.children):
            meetings = [m for h in (verb, *(c for c in verb.children if c.lower_ == "away"))
                        for m in prep_objects_under(h, "from")]
        else:
            return []
        meetings += [o for m in meetings for o in prep_objects_under(m, "of")]  # "the Group
        for noun in meetings:  # of 20 summit", as the parser reads it
            entry, end = self.entry(noun)
            if entry is None or entry.code[:2] != "04" or entry.lemma not in MEETING_NOUNS:
                continue
            found = [c for c in self.candidates(noun, end, entry, actors, verb)
                     if c.code in VISIT_CODES and c.modality.factuality == "asserted"
                     and not c.modality.intent]  # "will skip": left to the refusals
            if found:
                consumed.update({noun.i, end.i})
                return [replace(c, modality=replace(c.modality, factuality="negated",
                                                    cue=verb.lower_),
                                rule=c.rule + f" +skipped:{lemma}") for c in found]
        return []

    def possessed_act(self, noun: Token, actors: ActorBuilder) -> list[Candidate]:
        """A noun for a verb's act with a named possessor as its doer and an 'of' phrase as
        what it acts on, read as that verb: "Ankara's purchase of Russian S-400 missiles" is
        BUY * &WEAPON (062) at Russia, "Israel's demolition of Palestinian homes" DEMOLISH *
        HOMES (1712). Only where a pattern of the verb names what is acted on (not the verb's
        default: "Turkey's purchase of a building" is no event), and the doer's own side is no
        target ("its capture of the city" needs whose city)."""
        verb = ACT_VERBS.get(noun.lemma_.lower())
        if verb is None:
            return []
        sources = [a for c in noun.children if c.dep_ == "poss"
                   and c.lower_ not in POSSESSIVE_PRONOUNS for a in actors.actors(c)]
        things = prep_objects_under(noun, "of")
        if not sources or not things:
            return []
        match = self.verbs.match(verb, Slots(
            objects=frozenset().union(*(subtree_lemmas(o) for o in things)),
            heads=frozenset(o.lemma_.lower() for o in things)))
        if match is None or "/pattern:" not in match.rule or match.reverse:
            return []
        targets = others_than(sources, [a for o in things for a in (
            actors.actors(o) or [(d, "demonym") for d in actors.demonym_stand_in(o)])])
        if match.code in ARMS_TRADE_CODES:  # "of Russian S-400 missiles": the weapons are
            targets = [(replace(a, code=a.country, sector=None), how)  # bought from the
                       if a.name is None and a.country else (a, how)  # state, not from its
                       for a, how in targets]  # army
        mod = self._modality(nominal_modality(noun))
        rule = f"noun-act:{noun.lemma_.lower()}={match.rule} [possessor+of]"
        return [Candidate(a, t, match.code, noun, noun, mod, rule, 0.6)
                for (a, _), (t, _) in product(sources, targets)]

    def candidates(self, noun: Token, end: Token, entry: NounEntry, actors: ActorBuilder,
                   light: Token | None) -> list[Candidate]:
        """The candidates of an event noun (`entry`, ending at `end`), or of the light verb
        `light` that takes it: its parties (`noun_sources`, `_noun_targets`), its code made
        specific, a framing verb's actors, and its candidates paired."""
        if (end.i == noun.i and noun.dep_ == "compound"
                and noun.head.lemma_.lower() in EFFORT_NOUNS):  # "Qatar's mediation effort
            noun = end = noun.head  # between X and Y": the effort carries the phrases
        sources, how, agents = noun_sources(noun, entry, light, actors)
        preps, targets = _noun_targets(noun, end, entry, light, actors, sources, agents)
        trip = visit_purpose(noun, entry) if light is None and not sources else None
        if trip is not None:  # "travelled to Athens for talks with X", "hosted him for talks"
            sources, targets, how = visit_parties(trip, actors, targets, how)
        offer = offering_noun(noun, entry) if light is None and not sources else None
        if offer is not None:  # "Kenya rejected Uganda's offer of talks": Uganda's intent
            sources, targets, how = offered_parties(offer, actors, targets, how)
        if not sources and light is not None and entry.code[:2] == "09":  # "Judge X opened an
            sources = investigators_at_home(light, actors, targets)  # investigation against
            how = f"light-verb:{light.lemma_.lower()}+investigated-country"  # Chilean officials"
        code = entry.code
        code, targets, how = self._threatened_act(noun, entry, code, sources, targets, actors,
                                                  how)
        if code == "070" and measured_in_money(noun):  # "$900 million in aid": economic aid (071)
            code = "071"
        if code == "183" and token_lemmas(t for c in noun.children if c.dep_ != "det"
                                          for t in c.subtree) & AIRCRAFT_WORDS:
            code = "195"  # "the bombing of the embassy by NATO aircraft": aerial weapons
        if code == "112":  # "accusations that Chile had shelled a border post": 1123
            code = accused_clause_code(noun) or code
        if code in {"020", "100"}:  # "a demand by Spain that he call a new election": 1041
            asked = noun_asked_code(code, noun)
            code, how = (asked, how + "+asked-for") if asked is not None else (code, how)
        if entry.lemma in ACT_VERBS:  # "a suspension of air links with Serbia": the verb's
            code, targets = self._act_noun(noun, entry, code, targets, actors)  # reading
        if code[:2] == "09":  # "an investigation into crimes committed by Croat forces":
            targets = culprits(preps, actors) or targets  # those investigated, not victims
            code = investigation_code(code, (  # "fraud investigations", "into war crimes"
                t for c in [*preps, *(c for c in noun.children if c.dep_ == "compound"),
                            *_charge_phrases(light)]
                for t in c.subtree))
        if code == "084" and names_persons(prep_objects_under(noun, "of"), actors):
            code = "0841"  # "the release of two American soldiers by Iran": persons freed
        host = (framing_verb(noun) if light is None and not sources
                and entry.code[:2] in FRAMED_ROOTS else None)
        if host is not None:  # "Xi told Zelensky in a telephone call", "during a visit to X"
            sources = [(a, "framing") for t in subject_tokens(host)[0]
                       if t.lower_ not in ANAPHORS for a, _ in actors.actors(t)]
            if (sources and not targets and not targetless(entry.code)  # not "defied X with
                    and entry.code not in VISIT_CODES):  # a missile launch"; "told Starmer
                # during the visit": who visited whom is not said, so no visit
                targets = [(a, "framing") for o in host.children
                           if o.dep_ in {"dobj", "dative"}
                           for a, _ in actors.actors(o)]
            how = f"framing-verb:{host.lemma_.lower()}" if sources else how
        if entry.lemma in WITHDRAWAL_NOUNS and not armed_withdrawal(noun, sources, targets):
            return []  # "its withdrawal from the treaty": no military retreat
        exchanged = light is not None and light.lemma_.lower() in EXCHANGE_VERBS
        if light is not None and exchanged:  # "X and Y exchanged fire", "... fire with Z"
            entry = replace(entry, reciprocal=True)
            targets = targets or [a for h in (light, end) for o in prep_objects_under(h, "with")
                                  for a in actors.actors(o)]
        threat = speakers_conditional_act(light, code, sources, actors) \
            if light is not None else None
        if threat is not None:  # "said he would impose tariffs on wine if the EU ...": 1312
            sources, targets = threat[2], targets or threat[1]
            how += "+conditional-threat"
        abroad = _attended_abroad(light, noun, entry.code, sources, targets, actors)
        if abroad:  # "Zelensky might attend the summit in Hiroshima": a visit to Japan
            code, targets, how = "042", abroad, how + "+attended-abroad"
        untargeted = (light is None and not entry.reciprocal and not targets
                      and not targetless(entry.code) and reason_by_possessor(noun, code, sources))
        if not entry.reciprocal and not targets and not targetless(entry.code) \
                and not untargeted:
            return []
        if entry.reciprocal and not targets and len(sources) < 2:
            return []  # "a ceasefire between Ethiopia and its neighbour": one side is no truce
        framing = light if light is not None else trip  # "will travel to X for talks": 036
        mod = self._modality(modality(framing) if framing is not None
                             else nominal_modality(noun))
        mod = threat[0] if threat is not None else mod
        if offer is not None:  # an offer made is an intent announced (03x)
            mod = Modality(mod.factuality, mod.factuality == "asserted", offer.text)
        if (light is not None and light.lemma_.lower() in PROMISING_VERBS and not mod.intent
                and code not in PERFORMED_CODES):  # "pledged aid to Ukraine": intent (033)
            mod = self._modality(replace(mod, intent=True, cue=light.lemma_.lower()))
        if joint_exercise(code, token_lemmas(noun.doc[noun.i:end.i + 1]), sources, targets):
            code, how = "062", how + "+joint"  # "Thai and Malaysian navies staged drills"
        rule = f"noun:{entry.lemma}->{code} [{how}]"
        if entry.code in DOCUMENT_CODES and light is None:
            return []  # "our mutual defense treaty between X and Y": a document, no signing
        topic = cooperation_topic(code if code[:2] == "03" else intent_code(code), noun) \
            if mod.intent or code[:2] == "03" else None
        if topic is not None:  # "agreed to expand cooperation in naval defence": 0312
            code, rule = topic, rule + " +topic"
        if untargeted and mod.factuality == "asserted" and not mod.intent:  # "over Tokyo's
            return [Candidate(a, None, code, noun, end, mod,  # sanctions": Tokyo's, at no
                              rule + " +possessor-only", 0.6)  # one named (README)
                    for a, _ in sources]
        if untargeted:
            return []
        made = paired(sources, targets, code, noun, end, mod, rule, 0.7,
                      reciprocal=entry.reciprocal or code[:2] in COOPERATIVE_ROOTS,
                      back=code if exchanged and code not in MUTUAL_CODES else None)
        outcome = _meeting_outcome(noun) if made and code[:2] == "04" and light is None \
            else None
        if outcome is not None:  # "talks between X and Y ended without agreement": 057,
            document, cue = outcome  # negated, between the same parties
            made += paired(sources, targets, "057", document, document,
                           Modality("negated", False, cue) if cue else mod,
                           f"noun:{entry.lemma}->057 [{how}+meeting-outcome]", 0.6)
        return made

    def _threatened_act(self, noun: Token, entry: NounEntry, code: str, sources: Parties,
                        targets: Parties, actors: ActorBuilder,
                        how: str) -> tuple[str, Parties, str]:
        """A threat noun with no target of its own whose 'of' phrase names the act threatened:
        "North Korea's threat of a nuclear strike against the United States" is a threat of
        attack (1385) at the act's target, the United States."""
        if entry.lemma not in THREAT_NOUNS or targets:
            return code, targets, how
        for act in prep_objects_under(noun, "of"):
            act_entry, act_end = self.entry(act)
            if act_entry is None or act_entry.lemma in THREAT_NOUNS:
                continue
            _, act_targets = _noun_targets(act, act_end, act_entry, None, actors, sources, [])
            if act_targets:
                return (wmd_threat(threat_code(act_entry.code), act), act_targets,
                        how + f"+threatened-act:{act_entry.lemma}")
        return code, targets, how

    def _act_noun(self, noun: Token, entry: NounEntry, code: str,
                  targets: list[tuple[Actor, str]],
                  actors: ActorBuilder) -> tuple[str, list[tuple[Actor, str]]]:
        """A noun for a verb's act read as that verb with its 'of' phrase as object: "the
        suspension of talks with Somalia" is SUSPEND * TALKS (164), "of aid to Myanmar" 162;
        the counterpart is in a phrase of the noun or of what it acts on."""
        things = prep_objects_under(noun, "of")
        match = self.verbs.match(ACT_VERBS[entry.lemma], Slots(
            objects=frozenset().union(*(subtree_lemmas(o) for o in things))))
        if match is not None and match.code[:2] == code[:2]:
            code = match.code
        if not targets:
            targets, _ = prep_targets(deep_preps([noun], 2), actors, code)
        return code, targets

    def _modality(self, mod: Modality) -> Modality:
        return as_coded(mod, self.future_intent)


def gone_ahead_with(verb: Token, lemma: str) -> list[Token]:
    """The event nouns a verb of going ahead takes, read as a light verb's objects: "the EU
    went ahead with sanctions on Belarus" imposes them (163), "if Europe follows through on
    its tariff" would (hypothetical). Empty for any other verb."""
    if lemma not in GOING_AHEAD_VERBS:
        return []
    particles = [c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}
                 and c.lower_ in GOING_AHEAD_PARTICLES]
    if not particles and lemma != "proceed":
        return []
    return [o for h in (verb, *particles) for o in prep_objects_under(h, "with", "on")]


def noun_sources(noun: Token, entry: NounEntry, light: Token | None,
                 actors: ActorBuilder) -> tuple[Parties, str, Parties]:
    """Who does what an event noun names: its possessor, modifiers, 'between' or 'by' phrase, a
    'by' phrase on its object, who withdraws, or the light verb's subject; with how they were
    found, and the 'by' agents that the light verb's subject leaves as the target."""
    sources: list[tuple[Actor, str]] = []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            if noun.dep_ not in {"dobj", "nsubjpass"} or _used_event(noun):  # not "scrapped
                sources.extend(antecedent_actors(child, actors))  # its pact with X"; "Abe said
                # after his talks"
        elif child.dep_ == "poss":
            sources.extend(actors.actors(child))
        elif child.dep_ in NOMINAL_SOURCE_DEPS:
            sources.extend(actors.modifier_actors(child))
        elif child.dep_ == "prep" and (
            (child.lower_ in {"between", "among"} and child.lower_ not in entry.target_preps)
            or child.lower_ == "by"
            or (child.lower_ == "from" and entry.code[:2] in FROM_SOURCE_ROOTS
                and "from" not in entry.target_preps)  # "a protest from Tokyo"
        ):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    sources.extend(actors.actors(obj))
    if not sources:  # "the expulsion of eight diplomats by Moscow": 'by' on the object
        sources = [a for o in prep_objects_under(noun, "of")
                   for b in prep_objects_under(o, "by") for a in actors.actors(b)]
    if not sources and entry.reciprocal:  # "clashes erupted between X and Y": the phrase
        sources = [a for o in between_on_happening(noun)  # hangs on the verb of happening
                   for a in actors.actors(o)]
    if not sources and entry.lemma in WITHDRAWAL_NOUNS:  # "the withdrawal of Israeli troops"
        sources = withdrawing(noun, actors)
    how = "noun-mod"
    claim = claiming_verb(noun) if not sources else None
    if claim is not None:  # "al-Shabab claimed responsibility for the bombing": theirs
        claimants = subject_tokens(claim)[0]
        sources = [(a, "claimant") for t in claimants for a, _ in actors.actors(t)] or [
            (a, "claimant") for a, _ in context_actors(claimants, actors)]  # "Baloch
        # separatists claimed the bombing in Quetta": the sentence gives them a country
        how = "claimed" if sources else how
    agents: list[tuple[Actor, str]] = []
    if light is not None:
        subj_toks, _ = subject_tokens(light)
        light_sources = [a for t in subj_toks for a in actors.actors(t)]
        if not light_sources and not sources:  # "Islamic fundamentalists continued their
            light_sources = context_actors(subj_toks, actors)  # hunger strike"
        if light_sources:
            by_phrase = [a for a, _ in sources]  # "opened an investigation into crimes by
            sources, how = light_sources, f"light-verb:{light.lemma_.lower()}"  # X": X is
            by_phrase += [a for o in prep_objects_under(light, "by")  # then the target,
                          for a, _ in actors.actors(o)]  # wherever the parser hung 'by'
            agents = [(a, "by-phrase") for a in by_phrase]
    return sources, how, agents


def _noun_targets(noun: Token, end: Token, entry: NounEntry, light: Token | None,
                  actors: ActorBuilder, sources: Parties,
                  agents: Parties) -> tuple[list[Token], Parties]:
    """The noun's target prepositions (its own and the light verb's), and its targets: their
    objects, else a protest's, a curfew's, a withdrawal's, a demand's or an answered appeal's
    parties, the recipient of what is given, or the 'by' agents."""
    preps = [p for p in prep_children(noun) if p.lower_ in entry.target_preps]
    if light is not None:
        preps += [p for p in prep_children(light) if p.lower_ in entry.target_preps
                  and not with_absolute(p)]  # "held talks, with X chairing": X no party
    if entry.code in BILATERAL_CODES and len({a.code for a, _ in sources}) >= 2:
        preps = [p for p in preps if p.lower_ != "in"]  # "Colombia and the ELN signed a
        # ceasefire in Havana": a place where two sides make a truce is no party to it
    targets: list[tuple[Actor, str]] = []
    for p in preps:
        for obj in p.children:
            if obj.dep_ == "pobj":
                targets.extend(actors.actors(obj))
    if not targets:  # "China's ban on Japanese seafood imports"
        targets = [(a, "demonym") for p in preps for obj in p.children if obj.dep_ == "pobj"
                   for a in actors.demonym_stand_in(obj)]
    if not targets and sources and entry.code[:2] not in VERBAL_ROOTS:  # "the rebels
        # launched attacks on security forces": sector words acted on get a country from the
        # doer or the sentence; not what is said to them ("apologies to the women")
        targets = context_actors([obj for p in preps for obj in p.children
                                  if obj.dep_ == "pobj"], actors, sources)
    if not targets and sources and entry.code[:2] in ASSAULT_ROOTS:  # "the bombing of a
        struck = [obj for p in preps for obj in p.children if obj.dep_ == "pobj"]  # police
        struck += [c for c in noun.children if c.dep_ == "compound"]  # station in Peshawar",
        targets = struck_place_targets(struck, [noun, *([light] if light is not None else [])],
                                       actors, sources)  # "claimed the hotel attack"
    if not targets and entry.lemma in SUSPENDING_NOUNS:  # "a suspension of air links
        targets = [a for p in preps if p.lower_ == "of"  # with X": the counterpart of
                   for o in p.children if o.dep_ == "pobj"  # what is suspended or cut
                   for b in prep_objects_under(o, "with", "to") for a in actors.actors(b)]
    if not targets and entry.code[:2] == "14":  # "began a hunger strike in protest of X"
        targets = dissent_targets([noun, end, *([light] if light is not None else [])],
                                  actors)
    if not targets and entry.code[:2] == "14":  # "a strike over a bill drafted by X"
        targets = holder_targets([noun, end, *([light] if light is not None else [])],
                                 entry.code, actors)
    if entry.code in POPULACE_CODES:  # "a curfew in the town of Cizre", "on Lima"
        targets = (populace_targets([noun, *([light] if light is not None else [])], actors)
                   or targets or own_people(sources))
    if not targets and entry.lemma in WITHDRAWAL_NOUNS:  # "of forces from Panama"
        targets = [a for p in deep_preps([noun], 2) if p.lower_ == "from"
                   for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
    if not targets and entry.code[:2] in ASKING_ROOTS:  # "made a demand that Peru ..."
        targets = not_their_states(sources, [(a, "clause") for c in demand_clauses(noun)
                                             for t in subject_tokens(c)[0]
                                             for a, _ in actors.actors(t)])
    if not targets and entry.code[:2] in {"02", "10"} and sources:  # "rejected a demand
        targets = answerer_targets(noun, sources, actors)  # by Spain that he call an election"
    if not targets and light is not None and entry.code[:2] in VERBAL_ROOTS:  # "gave
        targets = [a for c in light.children if c.dep_ == "dative" and c.pos_ != "ADP"
                   for a in actors.actors(c)]  # Ecuador an ultimatum": the recipient
    if not targets and light is not None and agents:
        targets = agents
    if not targets and entry.code == "112":  # "Peru's accusation that Chile had shelled a
        targets = claimed_culprits(noun, sources, actors)  # border post": Chile is accused
    return preps, targets


def visit_purpose(noun: Token, entry: NounEntry) -> Token | None:
    """The verb of visiting or hosting whose 'for' phrase a noun of talks is, which names the
    meeting the visit is for: "travelled to Athens [for talks] with X", "hosted him [for talks
    and dinner]"; None otherwise, and for a summit, which is the visit itself."""
    head = noun.head
    if (noun.dep_ != "pobj" or head.lower_ != "for" or entry.lemma not in TALKS_NOUNS
            or head.head.lemma_.lower() not in VISIT_PURPOSE_VERBS):
        return None
    return head.head


def visit_parties(verb: Token, actors: ActorBuilder, targets: Parties,
                  how: str) -> tuple[Parties, Parties, str]:
    """The parties of the meeting a visit or a hosting is for: the visitor or host, its verb's
    subject, meets the noun's own 'with' targets, else the one hosted (the verb's object)."""
    subj_toks, _ = subject_tokens(verb)
    sources = [a for t in subj_toks for a in actors.actors(t)]
    if not targets and verb.lemma_.lower() in HOSTING_VISIT_VERBS:
        hosted = [c for c in verb.children if c.dep_ == "dobj"]
        targets = ([a for c in hosted for a in actors.actors(c)]  # "hosted him": the one
                   or object_pronoun_person(hosted, subj_toks, actors))  # named before
    return sources, targets, f"{how}+visit-for:{verb.lemma_.lower()}"


def offering_noun(noun: Token, entry: NounEntry) -> Token | None:
    """The noun of offering whose 'of' phrase is a cooperative event noun (CAMEO 04-08):
    "offer" in "Uganda's offer of talks", "the president's offer of aid to the region"."""
    head = noun.head
    if (noun.dep_ != "pobj" or head.lower_ != "of" or entry.code[:2] not in OFFERED_ROOTS
            or head.head.lemma_.lower() not in OFFER_NOUNS or head.head.pos_ != "NOUN"):
        return None
    return head.head


def offered_parties(offer: Token, actors: ActorBuilder, targets: Parties,
                    how: str) -> tuple[Parties, Parties, str]:
    """Who offers the event a noun of offering names (its possessor or 'by' phrase), and to
    whom: the event's own target, the offer's 'to' phrase, else whoever accepts or rejects the
    offer ("the opposition rejected the president's offer of talks": the opposition)."""
    sources = [a for c in offer.children if c.dep_ == "poss" for a in actors.actors(c)]
    sources += [a for o in prep_objects_under(offer, "by") for a in actors.actors(o)]
    if not sources:
        return [], targets, how
    targets = targets or [a for o in prep_objects_under(offer, "to") for a in actors.actors(o)]
    if not targets and offer.dep_ == "dobj" and offer.head.lemma_.lower() in ANSWERING_VERBS:
        targets = not_themselves(sources, [(a, "answerer") for t in subject_tokens(offer.head)[0]
                                           for a, _ in actors.actors(t)])
    return sources, targets, how + "+offered"


def armed_strike(noun: Token) -> bool:
    """Whether a bare "strike" is force, not a labour strike (143): a modifier names it military
    (ARMED_STRIKE_MODIFIERS): "threatened to launch a pre-emptive nuclear strike against
    Israel", "launched a retaliatory strike on rebel camps"."""
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in ARMED_STRIKE_MODIFIERS
               for c in noun.children)


def strike_on_a_country(noun: Token) -> bool:
    """Whether a bare "strike" is force because it falls 'on' a place named as a country's:
    "Israel's strikes on Gaza", "a strike on Ukrainian cities", "strikes on Iran's nuclear
    sites". A labour strike is 'on' a day or a network ("a strike on Monday", "a strike on
    the London Underground", whose place names only the network), not on a country's land."""
    for obj in prep_objects_under(noun, "on", dative=False):
        if obj.ent_type_ in {"DATE", "TIME"}:
            continue
        if obj.ent_type_ == "GPE" or any(
                (c.dep_ == "amod" and c.ent_type_ == "NORP")
                or (c.dep_ == "poss" and c.ent_type_ == "GPE") for c in obj.children):
            return True
    return False


def reason_by_possessor(noun: Token, code: str, sources: Parties) -> bool:
    """Whether a coercive event noun (CAMEO 16-20) is given as the reason for what a clause
    reports, done by its named possessor: "suspended talks with Japan over Tokyo's sanctions",
    "after Moscow's crackdown". Such an event happened, and is coded with no target where none
    is named; elsewhere a possessed noun with no target ("Beijing's demands", "Dodik's arrest")
    is too often a plan, a wish or a topic; so is one "proposed" or "threatened"."""
    return (bool(sources) and code[:2] in THREATENED_ROOTS and noun.dep_ == "pobj"
            and noun.head.lower_ in REASON_PREPOSITIONS
            and not any(c.lower_ in UNDONE_MODIFIERS for c in noun.children)
            and any(c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS
                    for c in noun.children))


def _used_event(noun: Token) -> bool:
    """Whether an event noun is the object of a verb of using it, which does not code it
    itself: "Modi used his state visit to Beijing to press Xi" (the visit happened)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in USING_VERBS


def _attended_abroad(light: Token | None, noun: Token, code: str, sources: Parties,
                     targets: Parties, actors: ActorBuilder) -> Parties:
    """The country of the place where a meeting its sources attend is held, when it is not
    theirs and the meeting names no other party: "Zelensky might attend the summit in
    Hiroshima" (a visit to Japan, 042), "Aliyev did not attend the summit in Granada", "the
    summit that opened in Algiers" (`_meeting_places`). An organisation that only names the
    meeting ("the Arab League summit", "a NATO summit") is no other party: who attends it abroad
    visits the host. An empty list where the meeting has parties of its own, or is held at
    home."""
    if light is None or light.lemma_.lower() not in ATTENDING_VERBS or code[:2] != "04" \
            or not sources or not all(a.code.startswith("IGO") for a, _ in targets):
        return []
    if targets and not _named_by_organisers(noun, targets, actors):
        return []
    places = [a for o in _meeting_places(noun, light)
              for a, _ in actors.actors(o) if a.name is None and a.country]
    own = {a.country for a, _ in sources}
    countries = {a.country for a in places} - own
    if len(countries) != 1 or None in own:
        return []
    country = countries.pop()
    return [(a, "attended-place") for a in places if a.country == country][:1]


def _meeting_places(noun: Token, light: Token) -> list[Token]:
    """The objects of the 'in' phrases that place a meeting: the noun's, the light verb's, and
    those of a clause on the noun that says where it is held ("the Arab League summit that
    opened in Algiers", "the summit held in Samarkand")."""
    heads = [noun, light, *(c for c in noun.children if c.dep_ in {"relcl", "acl"}
                            and c.lemma_.lower() in MEETING_PLACE_VERBS)]
    return [o for h in heads for o in prep_objects_under(h, "in")]


def _named_by_organisers(noun: Token, targets: Parties, actors: ActorBuilder) -> bool:
    """Whether every target is an organisation named in a modifier of the meeting noun: "the
    Arab League summit", "the NATO summit" name the meeting by who convenes it."""
    named = {a.code for c in noun.children if c.dep_ in {"compound", "nmod", "poss"}
             for a, _ in actors.modifier_actors(c)}
    return bool(named) and all(a.code in named for a, _ in targets)


def _charge_phrases(light: Token | None) -> list[Token]:
    """The 'for' and 'over' phrases of the light verb of an investigation, which name what is
    investigated when the parser hangs them on the verb: "opened an investigation into
    President Boric [for alleged illicit enrichment]" (091)."""
    if light is None:
        return []
    return [p for p in prep_children(light) if p.lower_ in {"for", "over"}]


def _meeting_outcome(noun: Token) -> tuple[Token, str | None] | None:
    """The agreement a meeting noun's clause says it reached or failed to reach, and the cue
    that negates it: "Talks between Peru and Chile ended without a deal" (the deal, 'without'),
    "three days of talks ... ended without agreement", "the summit produced an agreement on
    fishing" (the agreement, None); None where the clause says neither."""
    subject = noun
    if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in SPAN_OF_TIME_WORDS):  # "three days of talks"
        subject = noun.head.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    ending = [verb] + [  # the parser may leave "ended" without its subject, which it hangs
        v for v in noun.sent if v.i > noun.i and v.pos_ == "VERB"  # on a verb in between
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)]
    for end in ending:
        if end.lemma_.lower() in ENDING_VERBS:
            for doc in prep_objects_under(end, "without"):
                if doc.lemma_.lower() in AGREEMENT_WORDS:
                    return doc, "without"
    if verb.lemma_.lower() in PRODUCING_VERBS:
        for doc in (c for c in verb.children if c.dep_ == "dobj"):
            if doc.lemma_.lower() in AGREEMENT_WORDS:
                return doc, None
    return None
