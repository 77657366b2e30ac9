"""Who does what to whom: the finders of sources and targets beyond a verb's subject and object.

Each takes the heads or tokens of a trigger's clause and an `ActorBuilder`, and returns
`(Actor, how)` pairs, `how` naming the reading for the candidate's rule: the target in a
preposition (`prep_targets`), in an infinitive complement or a participle clause, in a protest's
"in protest of" phrase, the people a curfew binds, the proposer of what is answered, the
culprits of what is investigated, the sector words given
a country by the sentence (`context_actors`), and whether two parties are one side (`one_side`).
The filters of the sources' own side (`others_than`, `not_themselves`, `not_their_states`) are
shared by these finders and by `events`, `verb_parties` and `nominal`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from detente.coding.mentions import ActorBuilder, as_opposition
from detente.coding.phrases import PERSON_TITLES
from detente.coding.pronouns import antecedent_actors
from detente.coding.syntax import (
    by_agents,
    claim_clause,
    deep_preps,
    demand_clause,
    noun_word,
    object_heads,
    organiser_heads,
    prep_children,
    prep_objects,
    prep_objects_under,
    reported_clause,
    stranded_objects,
    subject_tokens,
)
from detente.coding.vocabulary import (
    ACCUSING_VERBS,
    ANAPHORS,
    ANSWERED_ROOTS,
    ANSWERING_VERBS,
    ARMED_SECTORS,
    ARMED_WORDS,
    ATTACK_WORDS,
    BOUNDARY_NOUNS,
    CIVILIAN_PLACES,
    COOPERATIVE_ROOTS,
    COUNTERPART_PREPS,
    CROWD_SECTORS,
    DENIED_DEPS,
    DISSENT_PHRASES,
    GRIEVANCE_PREPS,
    HOSTING_VERBS,
    IMPOSING_VERBS,
    INSTITUTION_HEADS,
    LEAVING_OFFICE_NOUNS,
    MEDIATION_CODES,
    NONSTATE_ARMED_SECTORS,
    OBJECT_CONTROL,
    PERMITTING_VERBS,
    PERSON_HEADS,
    PLACE_PREPS,
    POPULACE_PREPS,
    POSSESSIVE_PRONOUNS,
    PROPOSAL_NOUNS,
    PROTESTED_PREPS,
    REQUEST_ROOTS,
    STATE_ORGAN_SECTORS,
    STATE_SECTORS,
    STATEHOOD_NOUNS,
    SUMMARY_NOUNS,
    TARGET_PREPS,
    WARNING_VERBS,
)
from detente.model import Actor


def placed_actors(heads: Iterable[Token], verbs: Iterable[Token],
                  actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Sector-only phrases (`heads`) given the country of the verbs' 'in' place ("people
    rallied in Hong Kong", "killed hundreds of civilians in Bucha")."""
    places = [o for v in verbs for o in prep_objects_under(v, "in")]
    return [(a, "placed") for o in places for h in heads for a in actors.sector_in_place(h, o)]


def sides_of(parties: Iterable[tuple[Actor, str]]) -> set[str]:
    """The codes and countries of `parties`, never None: the sides they are on ("Peru's navy"
    is on PERNAV and PER). A source with no country (an IGO) is on its own code only, not on
    the side of every other actor with no country."""
    return {c for a, _ in parties for c in (a.code, a.country) if c is not None}


def others_than(sources: Iterable[tuple[Actor, str]],
                found: Iterable[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The parties of `found` not of the sources' side (`sides_of`: neither a source nor of a
    source's country): whom a sentiment, a denial or a complaint can be about. "Peru's navy
    denied shelling Peruvian and Chilean boats": the Chilean boats, not the Peruvian."""
    sides = sides_of(sources)
    return [(a, how) for a, how in found if a.code not in sides and a.country not in sides]


def not_themselves(sources: Iterable[tuple[Actor, str]],
                   found: Iterable[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The parties of `found` that are none of the sources, though they may be of a source's
    country: "the president's offer of talks, which the opposition rejected" is answered by
    the opposition of the president's own country; the president does not answer himself."""
    codes = {a.code for a, _ in sources}
    return [(a, how) for a, how in found if a.code not in codes]


def not_their_states(sources: Iterable[tuple[Actor, str]],
                     found: Iterable[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The parties of `found` that are not a source's country as a whole (its bare code), though
    they may be another source or one of its country's parts: "Japan's government warned that
    Japan would retaliate" names no addressee; in "the Peruvian and Chilean presidents traded
    barbs, the Peruvian urging that Chile's president resign" the Chilean president is still
    the one urged."""
    states = {a.country for a, _ in sources if a.country is not None}
    return [(a, how) for a, how in found if a.code not in states]


def one_side(src: Actor, src_how: str, tgt: Actor, tgt_how: str) -> bool:
    """Source and target are one side, so the pair is no event between two parties: the same
    actor twice; the source's own country found only through a demonym or a clause subject
    ("Abe ... promising Japanese investment"); a state and its government ("Modi will discuss
    India's defense ties"); a state and its own forces ("fired a missile", "missiles struck
    Kyiv")."""
    return (src.code == tgt.code
            or (tgt_how in {"demonym", "clause"} and tgt.code == src.country)
            or _state_and_its_government(src, tgt)
            or _own_forces(src, src_how, tgt, tgt_how))


def _state_and_its_government(src: Actor, tgt: Actor) -> bool:
    """One side is a bare country and the other its government: the same state, as in
    "Modi will discuss upgrading India's defense ties" (INDGOV -> IND) or "Italy, with a
    right-leaning government, didn't vote" (ITA -> ITAGOV)."""
    def bare(a: Actor) -> bool:
        return a.sector is None and a.country is not None and a.code == a.country
    return src.country == tgt.country and (
        (bare(tgt) and src.sector == "GOV") or (bare(src) and tgt.sector == "GOV"))


def proposer_targets(heads: list[Token], actors: ActorBuilder,
                     sources: list[tuple[Actor, str]],
                     verb_preps: Sequence[Token] = ()) -> list[tuple[Actor, str]]:
    """Who made the demand, offer or proposal that is answered ("accepted demands from Shona
    rebels", "rejected an offer by the rebels"): the actor of its from/by phrase, or of one the
    parser hung on the verb (`verb_preps`: "dismissed the offer [from Spain]"), a bare sector
    word taking its country from the source or the sentence."""
    for head in heads:
        if head.lemma_.lower() not in PROPOSAL_NOUNS:
            continue
        objs = [o for p in (*prep_children(head), *verb_preps) if p.lower_ in {"from", "by"}
                for o in p.children if o.dep_ == "pobj"]
        found = [a for o in objs for a in actors.actors(o)]
        if not found:
            found = context_actors(objs, actors, sources)
        if not found:
            found = _proposer_modifiers(head, actors, sources)
        if found:
            return [(a, "proposer") for a, _ in found]
    return []


def _proposer_modifiers(head: Token, actors: ActorBuilder,
                        sources: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """The proposer named before the demand, offer or proposal: "rejected opposition demands
    for a new election", "accepted Chile's offer" (a bare sector word taking its country from
    the source or the sentence)."""
    mods = [c for c in head.children if c.dep_ in {"compound", "poss"}]
    return ([a for m in mods for a in actors.actors(m)]
            or context_actors(mods, actors, sources))


def is_crowd(subjects: list[Token], actors: ActorBuilder) -> bool:
    """The subjects are protesters or citizens ("South Korean protesters")."""
    found = [a for t in subjects for a, _ in actors.actors(t)]
    return bool(found) and all(a.sector in CROWD_SECTORS for a in found)


def condition_subjects(verb: Token,
                       actors: ActorBuilder) -> dict[str, list[tuple[Actor, str]]]:
    """Actors whose action a condition clause of `verb` or of its complement names, by its mark
    ("if", "unless"): "... unless Baghdad accepted its conditions" -> {"unless": [Baghdad]}."""
    out: dict[str, list[tuple[Actor, str]]] = {}
    comps = [c for c in verb.children  # "threatened to strike unless", "warned that ... if"
             if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and verb.lemma_.lower() in WARNING_VERBS)]
    inner = [g for c in comps for g in c.subtree if g.i != c.i]  # "warned that Japan would
    for clause in [*verb.children, *inner]:  # join in imposing sanctions if Russia invaded"
        if clause.dep_ != "advcl":
            continue
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
        if mark in {"if", "unless"} and mark not in out:
            out[mark] = [(a, "condition") for t in subject_tokens(clause)[0]
                         for a, _ in actors.actors(t)]
    return out


def complement_targets(verb: Token, actors: ActorBuilder, code: str,
                       places: bool = False) -> tuple[list[tuple[Actor, str]], str]:
    """The target of an infinitive complement ("threatened to ban Ugandan opposition
    candidates", "offered to hand over to Britain ..."): its object, else its prepositions;
    with `places`, only the place it happens in ("agreed to set up a centre in Tokyo")."""
    for comp in verb.children:
        if comp.dep_ != "xcomp" or comp.pos_ not in {"VERB", "AUX"}:
            continue
        objs = [c for c in comp.children if c.dep_ in {"dobj", "dative"}]
        comp_preps = prep_children(comp) + deep_preps(objs)
        if places:
            found = [a for p in comp_preps if p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
            if found:
                return found, "place"
            continue
        found = [a for o in objs for a in actors.actors(o)]
        if not found:
            found = [(a, "demonym") for o in objs for a in actors.demonym_stand_in(o)]
        if found:
            return found, "obj"
        found, prep = prep_targets(comp_preps, actors, code)
        if found:
            return found, f"prep:{prep}"
    return [], ""


def any_phrase_targets(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """PETRARCH's reading of a target: the first phrase after the verb with an actor in it,
    through any preposition and participle clause ("departed from X", "acted on a resolution
    with X", "risen in the dispute with X"), nearest first."""
    frontier = list(heads)
    for _ in range(4):
        nxt: list[Token] = []
        for head in frontier:
            found = actors.actors(head)
            if found:
                return found
            for child in head.children:
                if child.dep_ == "prep" or (child.dep_ == "acl" and child.pos_ == "VERB"):
                    nxt.extend(o for o in child.children if o.dep_ in {"pobj", "dobj"})
                    nxt.extend(q for q in child.children if q.dep_ == "prep")
                elif child.dep_ == "pobj":
                    nxt.append(child)
        frontier = nxt
    return []


def holder_targets(heads: list[Token], code: str,
                   actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom an appeal, a demand or a protest is aimed at when what it is about was done or is
    held by a party it names in a 'by' phrase: "demanded the release of soldiers held by
    Hezbollah" (Hezbollah), "called for the return of land seized by Chilean troops", "struck
    over a bill drafted by the government". `heads` are the trigger and its objects."""
    if code[:2] in REQUEST_ROOTS:  # the thing asked for, or what it is "of"
        things = [o for h in heads for o in (h, *prep_objects_under(h, "of"))]
    elif code[:2] == "14":  # what is protested
        things = [o for h in heads for p in prep_children(h) if p.lower_ in PROTESTED_PREPS
                  for o in prep_objects(p)]
    else:
        return []
    return [(a, "holder") for o in by_agents(things) for a, _ in actors.actors(o)]


def participle_targets(heads: list[Token], actors: ActorBuilder,
                       code: str) -> tuple[list[tuple[Actor, str]], str]:
    """The target named in a participle clause that modifies an object ("the parade supporting
    Gondor", "the roads leading into Mordor"): its object, else its prepositions, else, for a
    statement or a rejection that answers what was said or done, the participle's doer ("denied
    the allegations made by Gondor", "condemned the raids carried out by Mordor"). Not for
    cooperation, whose counterpart is named with "with" ("adopted a resolution condemning X"
    is no agreement with X), nor for a clause with its own subject ("reports that Y had ...")."""
    if code[:2] in COOPERATIVE_ROOTS:
        return [], ""
    for head in heads:
        for acl in head.children:
            if acl.dep_ != "acl" or acl.pos_ != "VERB" or acl.tag_ not in {"VBG", "VBN"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in acl.children
            ):
                continue
            found = [a for o in acl.children if o.dep_ == "dobj" for a in actors.actors(o)]
            if found:
                return found, "obj"
            found, prep = prep_targets(prep_children(acl), actors, code)
            if found:
                return found, f"prep:{prep}"
            if code[:2] in ANSWERED_ROOTS:  # "rejected the allegations made by Pakistan"
                found = [a for b in acl.children if b.dep_ == "agent"
                         for o in prep_objects(b) for a in actors.actors(o)]
                if found:
                    return found, "agent"
    if code[:2] == "16":  # "scrapped the agreements that let Japanese residents visit"
        found = _permitted_by(heads, actors)
        if found:
            return found, "permitted"
    return [], ""


def _permitted_by(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who an object lets act, in a relative clause on it ("the agreement that let Japanese
    boats fish near the islands", "a deal which allowed Kenyan farmers to export"): those
    whom cutting or suspending it hurts."""
    for head in heads:
        for rel in head.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in PERMITTING_VERBS or not any(
                c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in rel.children
            ):
                continue
            people = [c for c in rel.children if c.dep_ == "dobj"]
            people += [t for c in rel.children if c.dep_ in {"ccomp", "xcomp"}
                       for t in subject_tokens(c)[0] if t.head.i == c.i]
            found = [(a, "permitted") for t in people for a, _ in actors.actors(t)]
            found = found or [(a, "demonym") for t in people
                              for a in actors.demonym_stand_in(t)]
            if found:
                return found
    return []


def context_actors(heads: list[Token], actors: ActorBuilder,
                   other: Sequence[tuple[Actor, str]] = ()) -> list[tuple[Actor, str]]:
    """Actors of the first head that is only sector words, their country taken from the other
    party (one country) or the sentence (`ActorBuilder.sector_in_context`)."""
    countries = {a.country for a, _ in other}
    domestic = countries.pop() if len(countries) == 1 else None
    for head in heads:
        found = [(a, "context") for t in [head, *head.conjuncts]
                 for a in actors.sector_in_context(t, domestic)]
        if found:
            return found
    return []


def struck_side(verb: Token, actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The one country an attack struck, for the casualties of a participle on it: "fired
    missiles at cities across Ukraine, killing 20 civilians" kills Ukraine's civilians, not the
    attacker's own. Its objects and target phrases, or the places they lie in."""
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    found = [a for o in object_heads(dobjs, prep_children(verb))
             for a in actors.np_actors(o) or [b for q in prep_objects_under(o, "in", "across")
                                               for b in actors.np_actors(q)]]
    countries = {a.country for a in found}
    return [(found[0], "struck-side")] if len(countries) == 1 and None not in countries else []


def absolute_speakers(verb: Token, subj_toks: list[Token],
                      actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who acts in a 'with' absolute ("with NOUN VERBing"), also where the parser hung the
    participle on the noun: its subject's actors; named only by sector words, of the country of
    the main clause's subject, on whose act the absolute comments ("Ghana rejected the report
    on Monday, with a government spokesman accusing Togo of lying": Ghana's government)."""
    prep, heads = verb.head, subj_toks
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and not heads:
        prep, heads = verb.head.head, [verb.head]
    elif verb.dep_ != "pcomp":
        return []
    main = _absolute_main_verb(prep)
    if not heads or main is None:
        return []
    named = [(a, "absolute") for t in heads for a, _ in actors.actors(t)]
    if named:
        return named
    owners = [(a, "") for t in subject_tokens(main)[0] for a, _ in actors.actors(t)]
    if len({a.country for a, _ in owners}) != 1 or owners[0][0].country is None:
        return []
    return [(a, "absolute-speaker") for a, _ in context_actors(heads, actors, owners[:1])]


def _absolute_main_verb(prep: Token) -> Token | None:
    """The verb of the clause a 'with' absolute comments on: the preposition's head, or where
    the parser hung the absolute, set off by a comma, on a noun of that clause ("rejected the
    accusations by U.N. experts that ..., with its spokeswoman accusing ..."), that noun's verb."""
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    main = prep.head
    if main.pos_ != "VERB" and (prep.i == 0 or prep.nbor(-1).text != ","):
        return None
    for _ in range(4):
        if main.pos_ == "VERB" or main.head.i == main.i:
            break
        main = main.head
    return main if main.pos_ == "VERB" else None


def investigators_at_home(light: Token, actors: ActorBuilder,
                          investigated: Sequence[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Who opens an investigation, named only by sector words ("Judge Ana Ruiz opened an
    investigation against two Chilean ministers"), is of the country of those investigated:
    judges, prosecutors and police investigate their own state's people."""
    if len({a.country for a, _ in investigated if a.country}) != 1:
        return []
    return [(a, "context") for a, _ in
            context_actors(subject_tokens(light)[0], actors, investigated)]


def counted_antecedent(verb: Token, dobjs: list[Token], actors: ActorBuilder,
                       sources: Sequence[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom a bare count counts, as the object of a participle ("police fired on protesters,
    wounding 30 and arresting 12"): the people named last before it as an object, when a
    sector word names them (the protesters, of the country of those who act on them when
    none is named); "hitting 12 targets" names its own."""
    if (verb.tag_ != "VBG" or len(dobjs) != 1 or dobjs[0].pos_ != "NUM"
            or any(c.dep_ == "prep" for c in dobjs[0].children)):
        return []
    for tok in reversed(list(verb.sent)[:verb.i - verb.sent.start]):
        mention = actors.mention_at(tok)
        if (tok.dep_ in {"dobj", "pobj"} and tok.tag_ in {"NNS", "NNPS"}
                and mention is not None and mention.entry.kind == "sector"):
            found = actors.actors(tok) or context_actors([tok], actors, sources)
            return [(a, "counted") for a, _ in found]
    return []


def permitted_in_context(verb: Token, actors: ActorBuilder,
                         sources: Sequence[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom a permitting verb lets act, named only by a sector word before a name the knowledge
    base lacks, with the country of the one who permits or of the sentence: "the interior
    minister allowed opposition leader Ali Rahimov to hold a rally" lets the opposition."""
    subjects = [t for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                for t in subject_tokens(c)[0] if t.pos_ == "PROPN"]  # not "the military base"
    return [(a, "permitted") for a, _ in context_actors(subjects, actors, sources)]


def _attack_modifiers(attack: Token, actors: ActorBuilder) -> list[Actor]:
    """The actors that modify an attack noun ("Israeli air strikes", "a Boko Haram attack"),
    less a city or capital standing for its government ("a Kabul bombing"), which says where."""
    return [a for c in attack.children if c.dep_ in {"compound", "amod", "nmod"}
            for a, _ in actors.modifier_actors(c)
            if not any(m is not None and m.entry.kind == "metonym"
                       for m in map(actors.mention_at, c.subtree))]


def foreign_attackers(subj_toks: list[Token], targets: list[tuple[Actor, str]],
                      actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The country or group that modifies an attack as subject ("Israeli air strikes killed
    three Hamas militants", "US drone strikes"), when it is foreign to every target: a
    modifier of the targets' own country or a city ("an Afghan bombing killed civilians in
    Kabul", "a Kabul bombing") more likely says where the attack happened."""
    found = [(a, "attack-of") for t in subj_toks if t.lemma_.lower() in ATTACK_WORDS
             for a in _attack_modifiers(t, actors)]
    if not found or any(a.country is None or a.country == t.country
                        for a, _ in found for t, _ in targets):
        return []
    return found


def leaders_asked_to_go(dobjs: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom a call or demand for a leader's departure is aimed at: the possessor or the 'of'
    phrase of its object ("demanded reforms and Bashir's ouster"), a bare title or body taking
    the sentence's country ("demanded the president's resignation", "the resignation of the
    military council")."""
    nouns = [n for o in dobjs for n in (o, *o.conjuncts)
             if n.lemma_.lower() in LEAVING_OFFICE_NOUNS]
    heads = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    heads += [o for n in nouns for o in prep_objects_under(n, "of")]
    named = [(a, "leaving-office") for h in heads for a, _ in actors.actors(h)]
    return named or [(a, "leaving-office") for a, _ in context_actors(heads, actors, [])]


def attack_fallen_in(verb: Token) -> Token | None:
    """The attack a casualty verb's victims fell in: "killed [in an ambush] by al-Shabab",
    "died [during a Boko Haram attack]"; None if its in/during phrase names none."""
    return next((o for o in prep_objects_under(verb, "in", "during")
                 if o.lemma_.lower() in ATTACK_WORDS), None)


def attackers_of(attack: Token, targets: Sequence[tuple[Actor, str]],
                 actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who carried out the attack that a casualty verb's victims fell in (`attack_fallen_in`):
    the attack's 'by' phrase ("were killed in an ambush by al-Shabab"), else a group, or a
    country foreign to every victim, that modifies it ("died in a Boko Haram attack", "killed
    in an Israeli airstrike"); a modifier of the victims' own country ("a Kabul bombing") says
    where it happened, not who did it. (An attack that is the subject: `clauses.weapon_agents`.)"""
    by = [(a, "attack-by") for o in prep_objects_under(attack, "by")
          for a, _ in actors.actors(o)]
    if by:
        return by
    return [(a, "attack-of") for a in _attack_modifiers(attack, actors)
            if a.sector is not None or all(a.country != t.country for t, _ in targets)]


def attack_place(verb: Token, subj_toks: list[Token], passive: bool,
                 actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The unidentified attackers (UAF) of the country an attack happened in, for an attack with
    no attacker named: a passive with no actor agent ("was killed in a bomb blast in Beirut"),
    or a subject that is the attack itself ("a roadside bombing near Samarra killed ..."). A
    subject that is a sector word with no country of its own ("protesters") is of that
    country instead; any other subject is no unidentified attacker."""
    heads = [verb]
    if passive:
        heads += [o for p in verb.children if p.dep_ == "agent" for o in p.children
                  if o.dep_ == "pobj"]
    else:
        heads += [t for t in subj_toks if t.lemma_.lower() in ATTACK_WORDS]
    phrases = [o for h in heads for p in prep_children(h) for o in prep_objects(p)]
    # "in a car bomb explosion [in Beirut]"
    places = [o for h in heads + phrases for p in prep_children(h) if p.lower_ in PLACE_PREPS
              for o in prep_objects(p)]
    if not passive and subj_toks and len(heads) == 1:  # "Protesters set fire to the French
        # embassy in Niamey": the subject names the attackers, the place gives their country
        return [(a, "subject-place") for t in subj_toks for q in places
                for a in actors.sector_in_place(t, q)][:1]
    return [(a, "unidentified") for a in actors.unidentified_forces(places)]


def dissent_targets(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom a protest is aimed at, named in an "in protest of/against/at/over", "in defiance
    of" or "in opposition to" phrase on the event ("staged a hunger strike in protest against
    the government's decision", "blocked streets in defiance of the authorities"): the
    phrase's actor, else the actor that modifies it, owns what is protested or did it
    ("Macron's plan", "violations by Algerian security forces")."""
    for head in heads:
        for p in prep_children(head):
            if p.lower_ != "in":
                continue
            for noun in p.children:
                words = DISSENT_PHRASES.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
                if words is None:
                    continue
                phrases = [q for q in prep_children(noun) if q.lower_ in words]
                if noun.lemma_.lower() == "protest":  # the parser may hang "at X" beside
                    phrases += [q for h in heads for q in prep_children(h)  # "in protest"
                                if q.lower_ in words]
                objs = [o for q in phrases for o in q.children if o.dep_ == "pobj"]
                found = [(a, "dissent") for o in objs for a, _ in actors.actors(o)]
                if not found:
                    found = [(a, "demonym") for o in objs for a in actors.demonym_stand_in(o)]
                if not found:
                    found = [(a, "dissent") for o in objs for c in o.children
                             if c.dep_ == "poss" for a, _ in actors.actors(c)]
                if not found:
                    found = [(a, "dissent") for o in objs for b in prep_objects_under(o, "by")
                             for a, _ in actors.actors(b)]
                if found:
                    return found
    return _dissent_beside(heads, actors)


def _dissent_beside(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The protest phrase the parser hung on a participle clause of the event: "began a general
    strike, shutting banks and schools, in protest at the president's removal of a subsidy"."""
    participles = [c for h in heads for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return dissent_targets(participles, actors) if participles else []


def populace_targets(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The people of the place a curfew or state of emergency covers ("imposed a curfew in the
    town of Cizre", "declared a state of emergency in Mombasa", "lifted martial law over the
    province of Aceh"): civilians of the first place phrase that names a country."""
    places = [o for h in heads for p in prep_children(h) if p.lower_ in POPULACE_PREPS
              for o in prep_objects(p)]
    places += [o for pl in list(places) for p in prep_children(pl) if p.lower_ == "in"
               for o in prep_objects(p)]  # "the town of Cizre [in southeastern Turkey]"
    return [(a, "populace") for a in actors.people_of_place(places)]


def organisers(protests: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """The actors who hold the protests stopped: 'by' phrases, else the possessor or modifiers
    ("an opposition rally", "Kenya's teachers' strike")."""
    found = [a for h in organiser_heads(protests) if h.dep_ not in {"compound", "amod"}
             for a in actors.actors(h)]
    if not found:
        found = [a for n in protests for c in n.children
                 if c.dep_ in {"poss", "compound", "amod", "nmod"}
                 for a in actors.modifier_actors(c)]
    return found


def own_people(sources: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """A state's own civilians, whom a curfew or martial law it imposes with no place named
    binds ("the government is prepared to impose martial law")."""
    countries = {a.country for a, _ in sources if a.country is not None}
    if len(countries) != 1:
        return []
    (country,), (src, _) = countries, sources[0]
    return [(Actor(src.text, src.start, src.end, country + "CVL", country, "CVL", None),
             "own-people")]


def struck_place_targets(struck: list[Token], around: list[Token], actors: ActorBuilder,
                         sources: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom an attack named by a noun hits where it names a building or site, not a party
    (`struck`: the objects of its target phrases and the places that modify it): the sector a
    site's name gives, in the country of its 'in' place ("the bombing of a police station in
    Peshawar": PAKCOP); the people of a place where unarmed people gather ("the attack on a
    market in Mogadishu": SOMCVL), of the domestic armed group's own country when no place is
    named ("al-Shabab claimed the hotel attack": SOMCVL). `around`: the noun and the verbs
    whose 'in' phrases may place it."""
    places = [q for t in [*struck, *around] for q in prep_objects_under(t, "in")]
    for obj in struck:
        sited = [(a, "struck-site") for q in places for a in actors.sector_in_place(obj, q)]
        if sited:
            return sited[:1]
        if obj.lemma_.lower() not in CIVILIAN_PLACES:
            continue
        people = actors.people_of_place(places)
        if people:
            return [(people[0], "struck-place")]
        if not places and sources and all(a.sector in NONSTATE_ARMED_SECTORS
                                          for a, _ in sources):
            return [(a, "struck-place") for a, _ in own_people(sources)]
    return []


def culprits(preps: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who did what is investigated, named by a 'by' phrase inside the investigation's
    'into' or 'of' phrase: "an investigation into crimes committed by Croat forces", "into the
    killing of civilians by Beninese troops"."""
    acts = [o for p in preps if p.lower_ in {"into", "of"} for o in p.children
            if o.dep_ == "pobj"]
    return [(a, "culprit") for o in by_agents(acts) for a, _ in actors.actors(o)]


def withdrawing(noun: Token, actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who withdraws: the "of" phrase ("the withdrawal of Israeli troops"), unless its forces
    took their country from the place they leave ("of forces from Panama") or have none; then
    the subject of the verb that governs the noun ("the United States speeded up the
    withdrawal")."""
    of = prep_objects_under(noun, "of")
    left = {a.country for p in prep_children(noun) + deep_preps(of, 1) if p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" for a, _ in actors.actors(o)}
    found = [a for o in of for a in actors.actors(o)]
    if of and all(a.country in left for a, _ in found) and noun.dep_ == "dobj":
        found = [(a, "governing-subject") for t in subject_tokens(noun.head)[0]
                 for a, _ in actors.actors(t)]
    return found


def names_persons(heads: Sequence[Token], actors: ActorBuilder) -> bool:
    """Whether the object phrases name people, not a body or a thing: a person's name, a
    person in the actor dictionary, a sector word for people ("the missionary", "several
    lawmakers", "two Peruvian sailors"); not "the ministry", "the tanker"."""
    if not heads:
        return False
    for head in [n for h in heads for n in (h, *h.conjuncts)]:
        lemma = head.lemma_.lower()
        m = actors.mention_at(head)
        if head.ent_type_ == "PERSON" or lemma in PERSON_HEADS:
            continue
        if m is not None and (m.entry.kind == "person"
                              or (m.entry.kind == "sector" and lemma not in INSTITUTION_HEADS)):
            continue
        return False
    return True


def armed_withdrawal(noun: Token, sources: list[tuple[Actor, str]],
                     targets: list[tuple[Actor, str]]) -> bool:
    """Whether a withdrawal noun is a military retreat: armed men withdraw ("the withdrawal of
    troops", "the army's pullout") or a state leaves a country ("Syrian withdrawal from
    Lebanon"), not a withdrawal from a treaty, talks or a body."""
    words = {noun_word(t) for c in noun.children
             if c.dep_ in {"compound", "amod", "poss", "nmod"}
             or (c.dep_ == "prep" and c.lower_ == "of") for t in c.subtree}
    if words & ARMED_WORDS or any(a.sector in ARMED_SECTORS for a, _ in sources):
        return True
    return bool(targets) and all(a.sector is None and a.country == a.code
                                 for a, _ in targets)


def _own_forces(src: Actor, src_how: str, tgt: Actor, tgt_how: str) -> bool:
    """One side is forces (MIL) given a country by context, the other a state actor of that
    same country: the forces are the state's own weapons or troops, not a party to the event."""
    for forces, how, other in ((src, src_how, tgt), (tgt, tgt_how, src)):
        if (how == "context" and forces.sector == "MIL" and other.country == forces.country
                and other.sector in STATE_SECTORS and not _one_officer(forces)):
            return True
    return False


def _one_officer(actor: Actor) -> bool:
    """Forces named as one person ("the army chief", "a general"): a party who meets, is
    sacked or is arrested, not the state's weapons or troops."""
    words = actor.text.split()
    return actor.name is not None or (bool(words) and words[-1].lower() in PERSON_TITLES)


def prep_targets(preps: list[Token], actors: ActorBuilder,
                 code: str) -> tuple[list[tuple[Actor, str]], str]:
    """The target in a prepositional phrase. Talks, agreements and cooperation are held *with*
    someone (or a visit paid *to* them); their other phrases name a topic ("touched upon the
    Syrian war"), not a counterpart."""
    names = COUNTERPART_PREPS if code[:2] in COOPERATIVE_ROOTS else TARGET_PREPS
    if code[:2] in REQUEST_ROOTS:
        names = (*names, "from")  # "demanded an apology from Moscow"
    if code == "042":
        names = (*names, "in")  # "arrived in Amman": the destination
    if code in {"074", "0334"}:
        names = (*names, "in")  # "deployed peacekeepers in Somalia": the country kept
    if code[:2] == "04":
        names = (*names, "for")  # "left for Beijing for talks": the destination
    if code[:2] == "08":
        names = (*names, "from", "of")  # "withdrew its troops from Lebanon", "pulled out of
        # Lebanon": the place left
    if code[:3] == "171":
        names = (*names, "from")  # "confiscated weapons from rebels": their owner
    if code[:3] == "166":
        names = (*names, "from")  # "withdrew its observers from Georgia": the place left
    if code in MEDIATION_CODES:
        names = (*names, "between", "among")  # "ended its mediation between Sudan and the rebels"
    for name in names:
        for p in preps:
            if p.lower_ != name or _opposed_party(p, code):
                continue
            objs = [o for o in p.children if o.dep_ == "pobj"] or stranded_objects(p)
            found = [a for o in objs for a in actors.actors(o)]
            if found:
                return found, name
    for name in names:  # "opened fire on a Japanese boat", "opposed to French mediation"
        for p in preps:
            if p.lower_ != name or name == "in" or _opposed_party(p, code):
                continue
            found = [(a, "demonym") for o in p.children if o.dep_ == "pobj"
                     and not _boundary(o) for a in actors.demonym_stand_in(o)]
            if found:
                return found, name
    return [], ""


# Nouns of opposition whose 'to' phrase names the one opposed ("an alliance in opposition to
# China"): never the partner of a cooperative act.
OPPOSITION_NOUNS = frozenset({"opposition", "resistance", "hostility", "counterweight"})


def _opposed_party(prep: Token, code: str) -> bool:
    """Whether `prep` hangs on a noun of opposition and `code` is cooperative: "reluctant to
    join an alliance in opposition to China" joins no one with China."""
    return code[:2] in COOPERATIVE_ROOTS and prep.head.lemma_.lower() in OPPOSITION_NOUNS


def _boundary(noun: Token) -> bool:
    """A border or coast, whose country adjective names a place, not a party: "captured part of
    a rebel stronghold on the Thai border" (no act against Thailand)."""
    return noun.lemma_.lower() in BOUNDARY_NOUNS


def purpose_addressee(verb: Token, actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom a verbal act said in a purpose clause is addressed to: the object of the verb the
    clause gives the purpose of ("summoned Niger's ambassador to complain of inaction"), the
    parser's xcomp too where the governing verb's subject is the one who speaks."""
    if verb.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                      for c in verb.children):
        return []
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        return []  # "urged Chile to protest": Chile protests
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [(a, "purpose-of") for o in verb.head.children if o.dep_ == "dobj"
            for a, _ in actors.actors(o)]


# Prepositions of a denied act's partner or supplier, not of whom it was done to ("denied
# getting weapons from North Korea", "dismissed claims it colluded with Moscow").
PARTNER_PREPS = frozenset({"from", "with"})


def denied_targets(verb: Token, actors: ActorBuilder,
                   sources: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom a denied act was done to: the nearest actor in what is denied, through objects and
    phrases but not the subject of a denied clause, and not of the denier's own side ("denied
    any role in the sinking of the South Korean warship" -> South Korea's forces)."""
    frontier = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    # "any role [in the sinking of X]", not "denied in Lima"
    frontier += [c for o in prep_objects_under(verb, "in", "for", "of")
                 for c in o.children if c.dep_ in DENIED_DEPS]
    for _ in range(6):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.pos_ in {"NOUN", "PROPN"}:
                found = actors.actors(tok) or [(a, "demonym")
                                               for a in actors.demonym_stand_in(tok)]
                found = others_than(sources, found)
                if found:
                    return found
            nxt += [c for c in tok.children if c.dep_ in DENIED_DEPS
                    and not (c.dep_ == "prep" and c.lower_ in PARTNER_PREPS)]
        frontier = nxt
    return []


def grievance_targets(preps: list[Token], actors: ActorBuilder,
                      parties: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom a complaint made to someone is about: the actor of its over/about phrase ("over
    two Israeli air raids", "about Peru's fishing fleet"), when that is of neither the side
    that complains nor the one complained to ("to Chile over Peruvian fishermen" is Chile)."""
    for p in preps:
        if p.lower_ not in GRIEVANCE_PREPS:
            continue
        for o in (c for c in p.children if c.dep_ == "pobj"):
            found = actors.actors(o) or [(a, "demonym") for a in actors.demonym_stand_in(o)]
            if not found:
                found = [(a, "possessor") for c in o.children if c.dep_ == "poss"
                         and c.lower_ not in POSSESSIVE_PRONOUNS for a, _ in actors.actors(c)]
            found = others_than(parties, found)
            if found:
                return found
    return []


def situation_place_targets(preps: list[Token], actors: ActorBuilder,
                            parties: list[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whom a concern or hope is about where its about/over phrase names no actor but a
    happening in a country ("expressed concern over the violence in Sudan", "is concerned about
    the riots which broke out in Port-au-Prince"): that country, read from the 'in' phrase of
    the phrase's noun or of a clause on it; never the speaker's own."""
    for p in preps:
        for o in (c for c in p.children if c.dep_ == "pobj"):
            if actors.mention_at(o) is not None:
                continue  # "concerned about Chinese forces in Laos": an actor, read elsewhere
            heads = [o, *o.conjuncts]
            heads += [v for h in heads for v in h.children if v.dep_ in {"relcl", "acl"}]
            places = [x for h in heads for x in prep_objects_under(h, "in", dative=False)]
            found = others_than(parties, [(a, "situation-place")
                                          for a in actors.country_of_places(places)])
            if found:
                return found
    return []


def answerer_targets(noun: Token, sources: list[tuple[Actor, str]],
                     actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom a demand or appeal was made to, when it is the object of a verb that answers it
    (ANSWERING_VERBS) and its own clause names no one else: that verb's subject, where the
    clause's subject is a pronoun ("Peru rejected a demand by Chile that it release the
    fishermen") or the appeal an infinitive with no subject of its own ("dismissed an appeal
    from Lima to lay down their arms"); a clause naming its addressee names it itself."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ANSWERING_VERBS:
        return []
    clause = demand_clause(noun) or next(  # "a demand ... [that he call]": the parser may
        (c for c in noun.children if c.dep_ == "acl"  # take this 'that' for an adverb
         and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "that" for m in c.children)),
        None)
    if clause is not None:
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects or any(t.lower_ not in ANAPHORS for t in subjects):
            return []
    elif not any(c.dep_ == "acl" and not any(d.dep_ in {"nsubj", "nsubjpass"}
                                             for d in c.children)
                 and any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children)
                 for c in noun.children):
        return []
    return not_themselves(sources, [(a, "answerer") for t in subject_tokens(verb)[0]
                                    for a, _ in actors.actors(t)])


def agreement_parties(noun: Token, actors: ActorBuilder,
                      depth: int = 0) -> list[tuple[Actor, str]]:
    """The parties to the talks, accord or exchange `noun` names: its or its participle's
    'between' phrase ("a truce brokered by Egypt between Peru and Chile"), or that of its 'of'
    object ("the exchange of prisoners between Russia and Ukraine"); else the subjects of the
    verb it is the object of, through 'of' ("Peru and Chile signed a ceasefire brokered by
    Brazil", "ended years of talks mediated by Norway"), or of the verb whose phrase it is in
    ("Iran and the US exchanged prisoners in a swap brokered by Qatar"); a subject that is
    itself an act gives its own parties ("a truce between Peru and Chile took effect under a
    deal brokered by Brazil")."""
    participles = [c for c in noun.children if c.dep_ == "acl"]
    agents = [o for v in participles for p in v.children if p.dep_ == "agent"
              for o in p.children if o.dep_ == "pobj"]  # "by Egypt [between ...]"
    of_objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]  # "the exchange of prisoners [...]"
    between = [o for w in (noun, *participles, *agents, *of_objects)
               for p in w.children if p.dep_ == "prep" and p.lower_ == "between"
               for o in p.children if o.dep_ == "pobj"]
    found = [(a, "between") for o in between for a, _ in actors.actors(o)]
    if found:
        return found
    head = noun
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "a decade of talks"
    if head.dep_ == "dobj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "exchanged prisoners in a swap", "took effect under a deal"
    else:
        return []
    subjects, _ = subject_tokens(verb)
    parties = [(a, "party") for t in subjects for a, _ in actors.actors(t)]
    if parties or depth:
        return parties
    return [party for t in subjects if t.pos_ == "NOUN"
            for party in agreement_parties(t, actors, depth + 1)]


def claimed_culprits(noun: Token, sources: Sequence[tuple[Actor, str]],
                     actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who an accusation named by a noun accuses: the subject of its that-clause ("Peruvian
    accusations that Santiago was behind the attacks"), not the accusers themselves."""
    clause = claim_clause(noun)
    if clause is None:
        return []
    return not_themselves(sources, [(a, "claim-clause") for s in clause.children
                                    if s.dep_ in {"nsubj", "nsubjpass"}
                                    for a, _ in actors.actors(s)])


def accusers_of(verb: Token, sources: Sequence[tuple[Actor, str]],
                actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Who, in `verb`'s sentence, accused the country of `sources`: the subject of a verb of
    accusing whose object is of that country ("Chile accused Peruvian troops of ...")."""
    own = {a.country for a, _ in sources if a.country}
    found: list[tuple[Actor, str]] = []
    for tok in verb.sent:
        if tok.i == verb.i or tok.pos_ != "VERB" or tok.lemma_.lower() not in ACCUSING_VERBS:
            continue
        accused = [a for o in tok.children if o.dep_ == "dobj" for a, _ in actors.actors(o)]
        if not any(a.country in own for a in accused):
            continue
        found += others_than(sources, [(a, "accuser") for t in subject_tokens(tok)[0]
                                       for a, _ in actors.actors(t)])
    return found


def recognises_state(dobjs: Sequence[Token], actors: ActorBuilder) -> bool:
    """Whether what is recognised is itself a state or its government ("could recognise
    Israel", "recognised the new government of Bolivia"), not something of one ("recognised
    Peru's efforts")."""
    heads = [h for o in dobjs for h in (o, *o.conjuncts)]
    return bool(heads) and all(
        (actors.mention_at(h) is not None
         and any(a.name is None and a.sector in {None, "GOV"} for a, _ in actors.actors(h)))
        or _names_a_state(h, actors)
        for h in heads)


def _names_a_state(head: Token, actors: ActorBuilder) -> bool:
    """Whether a noun of statehood names the state of a people or country its modifier names:
    "a Palestinian state", "Palestinian statehood"."""
    return head.lemma_.lower() in STATEHOOD_NOUNS and any(
        m.dep_ in {"amod", "compound", "nmod"} and actors.mention_at(m) is not None
        and any(a.name is None and a.sector in {None, "CVL"} for a, _ in actors.actors(m))
        for m in head.children)


def summary_reaction(verb: Token, actors: ActorBuilder) -> tuple[list[tuple[Actor, str]],
                                                                 list[tuple[Actor, str]]] | None:
    """The parties of a participle with a 'by' agent on a noun that sums up the clause before
    it ("Russia vetoed the resolution, [a move] welcomed by Serbia's leaders"): the agent
    reacts (source) to the subject of the summed-up clause (target); None for any other verb."""
    noun = verb.head
    if (verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.lemma_.lower() not in SUMMARY_NOUNS
            or noun.dep_ not in {"dobj", "appos", "npadvmod"}
            or noun.i == 0 or (noun.doc[noun.i - 1].text != ","
            and noun.doc[max(noun.i - 2, 0)].text != ",")):  # ", a move welcomed by ..."
        return None
    # appended to the clause's last noun, the move still sums up the whole clause
    act = noun.head if noun.head.pos_ == "VERB" else reported_clause(noun.sent)
    if act.pos_ != "VERB":
        return None
    agents = [a for p in verb.children if p.dep_ == "agent"
              for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
    subjects, _ = subject_tokens(act)
    actors_of_act = [(a, "summed-up") for t in subjects for a, _ in actors.actors(t)]
    if not agents or not actors_of_act:
        return None
    return agents, actors_of_act


def summary_relative_reaction(verb: Token, actors: ActorBuilder) -> tuple[
        list[tuple[Actor, str]], list[tuple[Actor, str]]] | None:
    """The parties of a relative clause on a noun that sums up the clause before it ("Russia
    expelled three Polish diplomats, [a move] that Warsaw condemned"): the relative clause's
    subject reacts (source) to the subject of the summed-up clause (target); None for any
    other verb, or where either side names no actor."""
    noun = verb.head
    if (verb.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARY_NOUNS
            or noun.dep_ not in {"dobj", "appos", "npadvmod"}
            or noun.i == 0 or (noun.doc[noun.i - 1].text != ","
            and noun.doc[max(noun.i - 2, 0)].text != ",")):
        return None
    act = noun.head if noun.head.pos_ == "VERB" else reported_clause(noun.sent)
    if act.pos_ != "VERB":
        return None
    reactors = [a for c in verb.children if c.dep_ == "nsubj"
                for a in (antecedent_actors(c, actors, persons=True)
                          if c.lower_ in ANAPHORS else actors.actors(c))]
    subjects, _ = subject_tokens(act)
    actors_of_act = [(a, "summed-up") for t in subjects for a, _ in actors.actors(t)]
    if not reactors or not actors_of_act:
        return None
    return reactors, actors_of_act


def prenominal_visitor(verb: Token) -> bool:
    """Whether `verb` is "visiting" before a person that the parser made the complement of the
    verb before it, taking the person as its object: in "Putin met visiting Chinese Premier Li"
    and "Erdogan told visiting German Chancellor Scholz that ..." Li and Scholz are the
    visitors, and the host (the governing verb's subject) is visited, not the visitor."""
    gov = verb.head
    return (verb.lower_ == "visiting" and verb.dep_ in {"xcomp", "advcl", "ccomp"}
            and verb.i == gov.i + 1 and gov.lemma_.lower() in HOSTING_VERBS
            and not any(c.dep_ in {"dobj", "dative"} for c in gov.children)
            and any(c.dep_ == "dobj" for c in verb.children))


def imposed_on_targets(heads: list[Token], actors: ActorBuilder) -> list[tuple[Actor, str]]:
    """Whom a lifted or eased restriction had been put on, named in a relative clause on it:
    "lifted the embargo and the sanctions that the council had imposed on Carthage" (Carthage),
    "eased the travel curbs it had placed on the island". `heads` are the verb's objects."""
    things = [t for h in heads for t in (h, *(c for c in h.conjuncts))]
    for thing in things:
        for rel in thing.children:
            if rel.dep_ not in {"relcl", "acl"} or rel.lemma_.lower() not in IMPOSING_VERBS:
                continue
            found = [(a, "imposed-on") for p in prep_children(rel) if p.lower_ in {"on", "against"}
                     for o in prep_objects(p) for a, _ in actors.actors(o)]
            if found:
                return found
    return []


def protested_owners(heads: list[Token], actors: ActorBuilder,
                     sources: Sequence[tuple[Actor, str]]) -> list[tuple[Actor, str]]:
    """Whose measure a protest is against, named by its possessor or a modifier of it: "marched
    against a government bill" (the protesters' own government), "rallied against the
    president's plan". `heads` are the event and its objects; `sources` give the country of
    a bare sector word."""
    things = [o for h in heads for p in prep_children(h) if p.lower_ == "against"
              for o in prep_objects(p)]
    for thing in things:
        owners = [c for c in thing.children if c.dep_ == "poss"]
        found = [(a, "owner") for c in owners for a, _ in actors.actors(c)]
        mods = [c for c in thing.children if c.dep_ in {"compound", "amod", "nmod"}]
        found = found or [(a, "owner") for a, _ in context_actors(owners + mods, actors, sources)]
        if found:
            return found
    return []


def protesting_their_state(source: Actor, target: Actor | None, code: str) -> Actor:
    """The source of a protest (CAMEO 14) who is a country's civilians, aimed at an organ of
    the same country's state, is that country's opposition in the street (OPP, as the gold
    codes protesters): "Thousands of Serbians marched against the government's mining deal"
    is SRBOPP -> SRBGOV. Protests aimed at another state keep their civilians ("Ukrainians
    protested outside the Russian embassy": UKRCVL -> RUSGOV)."""
    if (code[:2] != "14" or target is None or source.sector != "CVL" or source.name
            or source.country is None or target.country != source.country
            or target.sector not in STATE_ORGAN_SECTORS):
        return source
    return as_opposition(source, source.country)
