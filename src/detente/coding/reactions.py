"""Reactions to acts told before: whom a criticism, praise, rejection or denial is aimed at.

Pure functions of the parse, an `ActorBuilder` and the coder's `nominal.NounCoder` (for the
event noun a reaction names), called by `events.SentenceCoder` among a verb trigger's steps:

- `reaction_to_earlier_act`: failing a target, a reaction to an act a definite noun refers back
  to ("Police in Minsk detained a French reporter. Paris condemned the arrest") is aimed at
  whoever did that act, coded before it in its sentence (`acts_before`) or in the sentences
  before (`EarlierActs`); words ("the claims") at whoever last said something (`speakers_in`).
- `condemned_act_doers`: a criticism (11x) of an event noun is aimed at its doer ("condemned
  the expulsion of Russian diplomats by Poland": Poland), also where a relative clause condemns
  it ("a visit to Taipei that Beijing had condemned": the visitor).
- `only_victims_condemned`: a criticism of an act of force that names only its victims ("condemned
  the attack on Israel") is not aimed at them.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.candidates import Candidate, EarlierActs
from detente.coding.clauses import Clause, Parties, relative_act_doers
from detente.coding.mentions import ActorBuilder
from detente.coding.nominal import NounCoder, noun_sources
from detente.coding.roles import not_themselves
from detente.coding.settle import REACTION_RULE
from detente.coding.syntax import (
    RELATIVE_PRONOUNS,
    definite,
    patient_subjects,
    prep_children,
    prep_objects,
    subject_tokens,
)
from detente.coding.vocabulary import (
    ACT_VERBS,
    ALL_ROOTS,
    ANY_ACT_NOUNS,
    ASSAULT_ROOTS,
    BLAMING_VERBS,
    CHARGING_VERBS,
    KILLING_NOUNS,
    REACTION_CODES,
    REACTION_ROOTS,
    REFERRING_DETS,
    SPEECH_ACT_NOUNS,
    SPEECH_ACT_ROOTS,
    SPEECH_VERBS,
    VICTIM_PREPS,
)


def reaction_to_earlier_act(nouns: NounCoder, reading: Clause, actors: ActorBuilder,
                            code: str, sources: Parties, targets: Parties, how: str,
                            earlier: EarlierActs) -> tuple[Parties, str]:
    """Failing a target, whom a reaction (criticism 11x, praise 051, rejection 12x, denial
    016) to an act named by a definite noun with no actor of its own (its object, or its
    subject in the passive: "The move was criticised by Poland") is aimed at: whoever
    did that act, coded before it in its sentence or in the sentences before ("Police in
    Minsk detained a French reporter. Paris condemned the arrest": the police). The noun
    must fit the act (`_referred_roots`: an arrest an arrest, remarks what was said, a
    move any act); one of a kind of act ("the attack") reaches four sentences back, one
    that fits any act or any words ("the move", "the remarks") two. The nearest act that
    fits is taken, and none where the reacting side took part in it. Failing an act,
    words ("the claims", "the allegations") are whoever last said something
    (`speakers_in`)."""
    if targets or not (code[:2] in REACTION_ROOTS or code in REACTION_CODES):
        return targets, how
    referred = patient_subjects(reading.verb) if reading.passive else reading.dobjs
    for obj in referred:  # "The arrest was condemned by Paris": the passive's subject
        if not refers_back(obj) or names_an_actor(obj, actors):
            continue
        roots = _referred_roots(nouns, obj)
        reach = 3 if roots in (ALL_ROOTS, SPEECH_ACT_ROOTS) else 5
        doers: Parties = []
        for acts in earlier[:reach]:
            done = [c for c in acts if c.modality.factuality == "asserted"
                    and (c.code[:2] in roots or names_the_act(obj, c.trigger)
                         or (c.trigger.dep_ == "dobj"  # "flew a joint patrol": the
                         and names_the_act(obj, c.trigger.head)))]  # flights
            if done:
                doers = list({c.source.code: (c.source, "earlier-act") for c in done
                              if c.trigger == done[0].trigger}.values())
                break
        if not doers and roots is SPEECH_ACT_ROOTS:  # "Blinken said X had taken
            doers = next((found for back in range(reach)  # bribes. X rejected the
                          if (found := speakers_in(reading.verb, back, actors))), [])
        if doers:  # claims": failing an act coded, whoever said something
            found = not_themselves(sources, doers)
            if len(found) < len(doers):  # "Armenia and Azerbaijan held talks. Azerbaijan
                return targets, how  # welcomed the move": it took part in the act
            return found, how + REACTION_RULE
    return targets, how


def condemned_act_doers(nouns: NounCoder, reading: Clause, actors: ActorBuilder, code: str,
                        sources: Parties, targets: Parties,
                        how: str) -> tuple[Parties, str]:
    """Who did the act that is criticised or condemned (11x), when the object is an event
    noun: its possessor or 'by' agent ("condemned the expulsion of Russian diplomats by
    Poland": Poland), or, for the noun a relative clause condemns, the subject of the verb
    that does it ("Pelosi ended a visit to Taipei that Beijing had condemned": Pelosi, not
    Taipei, the place inside the act)."""
    if code[:2] != "11":
        return targets, how
    for obj in [*reading.dobjs, *_misattached_antecedent(nouns, reading.verb)]:
        entry = nouns.entry(obj)[0]
        if entry is None or actors.mention_at(obj) is not None:
            continue
        doers = [a for a, _ in noun_sources(obj, entry, None, actors)[0]]
        if not doers and reading.verb.dep_ == "relcl" and reading.verb.head.i == obj.i:
            doers = relative_act_doers(obj, actors)
        found = not_themselves(sources, [(a, "act-doer") for a in doers])
        if found:
            return found, how + "+act-doer"
    return targets, how


def only_victims_condemned(nouns: NounCoder, reading: Clause, actors: ActorBuilder,
                           code: str, targets: Parties, how: str) -> bool:
    """Whether a criticism (11x) of an act of force found as its targets only those the
    act was done to: "Germany condemned the attack on Israel" condemns the attackers, whom
    it does not name, not Israel; "blamed the attack on Hamas" (BLAMING_VERBS) does name
    them."""
    if code[:2] != "11" or not targets or "+act-doer" in how or (
            reading.lemma in BLAMING_VERBS):
        return False
    victims = {a.code for obj in reading.dobjs
               if (entry := nouns.entry(obj)[0]) is not None
               and entry.code[:2] in ASSAULT_ROOTS
               for p in prep_children(obj) if p.lower_ in VICTIM_PREPS
               for o in prep_objects(p) for a, _ in actors.actors(o)}
    return all(a.code in victims for a, _ in targets)


def acts_before(verb: Token, by_trigger: dict[int, list[Candidate]]) -> list[Candidate]:
    """The candidates of the triggers before `verb` in its sentence, nearest first."""
    return [c for i in sorted(by_trigger, reverse=True) if i < verb.i for c in by_trigger[i]]


def refers_back(noun: Token) -> bool:
    """Whether `noun` is a definite or demonstrative noun, which can refer back to an act
    told before it ("the arrest", "this move"), not one named for the first time ("an
    arrest")."""
    return noun.pos_ == "NOUN" and definite(noun, REFERRING_DETS)


def _referred_roots(nouns: NounCoder, noun: Token) -> frozenset[str]:
    """The roots of the acts a noun can refer back to: "the arrest" an arrest (17, its
    noun-lexicon root), "the killing" or "the attack" any force (18-20), "the remarks" a
    verbal act, "the move" any act; none for any other noun (which may still name its
    act's verb, `names_the_act`)."""
    lemma = noun.lemma_.lower()
    if lemma in ANY_ACT_NOUNS:
        return ALL_ROOTS
    if lemma in SPEECH_ACT_NOUNS:
        return SPEECH_ACT_ROOTS
    if lemma in KILLING_NOUNS:
        return ASSAULT_ROOTS
    entry = nouns.entry(noun)[0]
    if entry is None:
        return frozenset()
    root = entry.code[:2]
    return ASSAULT_ROOTS if root in ASSAULT_ROOTS else frozenset({root})


def names_an_actor(noun: Token, actors: ActorBuilder) -> bool:
    """Whether the phrase of `noun` names an actor, a name or a possessor: "the allegations
    made by Kyiv", "the arrest of Ivan Petrov", "Russia's move" name their own parties. What
    a content clause says does not (`content_clause_tokens`): "rejected the allegation that
    Baloch separatists shelter in Afghanistan" names no one who alleged it."""
    said = content_clause_tokens(noun)
    return any(actors.mention_at(t) is not None or t.dep_ == "poss" or t.pos_ == "PROPN"
               for t in noun.subtree if t.i not in said)


def content_clause_tokens(noun: Token) -> set[int]:
    """The tokens of the clauses that say what `noun` (a claim, an allegation) says: a clause
    with a subject of its own hung on the noun, not a relative clause ("the allegation [that
    the rebels shelter in Kabul]", "accusations [it is buying drones]"); "the claims [made by
    Kyiv]" and "the claims [Kyiv made]" name who made them."""
    return {t.i for c in noun.children
            if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
            and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ not in RELATIVE_PRONOUNS
                    for g in c.children)
            for t in c.subtree}


def names_the_act(noun: Token, trigger: Token) -> bool:
    """Whether `noun` names the act of `trigger`: the same word ("the release" of
    "released"), a noun made of the verb's stem ("the deployment" of "deployed", "the
    closure" of "closed"), or its irregular noun ("the flights" of "flew")."""
    noun_lemma, act = noun.lemma_.lower(), trigger.lemma_.lower()
    if noun_lemma == act or ACT_VERBS.get(noun_lemma) == act:
        return True
    stem = act[:-1] if act.endswith("e") else act
    return trigger.pos_ == "VERB" and len(stem) >= 4 and noun_lemma.startswith(stem)


def speakers_in(verb: Token, back: int, actors: ActorBuilder) -> Parties:
    """The actor who last says, claims or charges something in the sentence `back` sentences
    before that of `verb` (in its own, 0, before it): the subject of a verb of saying
    ("Blinken said ...", "the ministry alleged ...")."""
    sent = verb.sent
    for _ in range(back):
        if sent.start == 0:
            return []
        sent = verb.doc[sent.start - 1].sent
    end = verb.i if back == 0 else sent.end
    for tok in reversed(verb.doc[sent.start:end]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS | CHARGING_VERBS:
            found = [(a, "speaker") for t in subject_tokens(tok)[0]
                     for a, _ in actors.actors(t)]
            if found:
                return found[:1]
    return []


def _misattached_antecedent(nouns: NounCoder, verb: Token) -> list[Token]:
    """The event noun a relative clause is about when the parser hung the clause on a date
    or place inside the noun's phrases: in "Koizumi's visits to the shrine between 2001 and
    2006, which Beijing denounced", 'which' is the visits, not 2006; or read 'that' as a
    mark ("a visit to Lima that Bolivia had criticized": the visit is criticized)."""
    if verb.dep_ != "relcl":
        return []
    tok = verb.head
    if (not any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ in RELATIVE_PRONOUNS
                    for c in verb.children)):
        return [tok] if tok.pos_ == "NOUN" else []
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return []
    for _ in range(6):
        if tok.dep_ not in {"pobj", "prep", "conj", "compound"} or tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.pos_ == "NOUN" and nouns.entry(tok)[0] is not None:
            return [tok]
    return []
