"""A verb trigger's parties: who does its act and to whom, read off its clause.

Pure functions of a `clauses.Clause`, an `ActorBuilder` and, where a subject may be an event
noun, the coder's `nominal.NounCoder`; `events.SentenceCoder._verb` calls them in turn:

- `clause_parties`: the verb's arguments, the subject and object, or in the passive the 'by'
  agent and the subject, with the stand-ins for a subject that names no one (a pronoun, a
  relative pronoun's antecedent, a crowd, the sentence's country for "police");
- `targets_in_phrases`: failing the object, a target in the verb's phrases (the pattern's
  preposition, a target preposition, one phrase deeper, inside the object, the place of what
  was struck, a clause's subject, the infinitive complement);
- `further_parties`: the code as investigated or made a threat by an 'unless' clause, and
  parties found farther away (a condition's subject, the people a curfew binds, the addressee
  of a purpose clause, what is denied, the sentence's context, the attacker of an attack).

`phrase_targets` is `SentenceCoder`'s option of that name (PETRARCH's reading of any phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.clauses import (
    Clause,
    Parties,
    person_pronoun_sources,
    plural_pronoun_sources,
    timed_they_sources,
)
from detente.coding.mentions import COUNTERPART_WORDS, DELEGATION_WORDS, ActorBuilder
from detente.coding.nominal import NounCoder
from detente.coding.pronouns import object_pronoun_person
from detente.coding.roles import (
    absolute_speakers,
    any_phrase_targets,
    attack_fallen_in,
    attack_place,
    attackers_of,
    complement_targets,
    condition_subjects,
    context_actors,
    denied_targets,
    dissent_targets,
    foreign_attackers,
    grievance_targets,
    holder_targets,
    imposed_on_targets,
    leaders_asked_to_go,
    not_their_states,
    others_than,
    own_people,
    participle_targets,
    permitted_in_context,
    placed_actors,
    populace_targets,
    prep_targets,
    proposer_targets,
    protested_owners,
    purpose_addressee,
    struck_place_targets,
    struck_side,
    summary_reaction,
    summary_relative_reaction,
)
from detente.coding.subcodes import investigation_code, targetless
from detente.coding.syntax import (
    RELATIVE_PRONOUNS,
    deep_preps,
    demand_clauses,
    late_agents,
    object_heads,
    patient_subjects,
    prep_children,
    prep_objects,
    prep_objects_under,
    subject_tokens,
    target_objects,
)
from detente.coding.vocabulary import (
    ASSAULT_ROOTS,
    CASUALTY_VERBS,
    COOPERATIVE_ROOTS,
    CROWD_SECTORS,
    DENIAL_CODE,
    FIGHT_NOUNS,
    FORCE_ROOTS,
    GOVERNOR_ROOTS,
    HELPING_ROOTS,
    IMPORT_NOUNS,
    INSTITUTION_HEADS,
    INSTRUMENT_WORDS,
    PERMITTING_VERBS,
    POPULACE_CODES,
    PURCHASE_VERBS,
    PURPOSE_ROOTS,
    RECIPROCAL_VERBS,
    TARGETLESS_CODES,
    TARGETLESS_ROOTS,
    VERBAL_ROOTS,
)

# The phrases of a verb of agreeing that name what was agreed ("agreed to a truce", "agreed
# on a trade deal"), and those inside it that name the counterpart ("with Iran").
AGREED_THING_PREPS = frozenset({"to", "on", "upon"})
# Object pronouns of a participle clause that stand for its verb's object ("arrested the
# editor, accusing him of sedition").
PARTICIPLE_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
AGREED_COUNTERPART_PREPS = frozenset({"with", "between"})


def clause_parties(nouns: NounCoder, reading: Clause, actors: ActorBuilder,
                   phrase_targets: bool) -> tuple[Parties, Parties, str] | None:
    """Sources and targets from the verb's arguments: the subject and object, or in the
    passive the 'by' agent and the subject; None where the subject is itself an event noun
    that a verb of force only follows from."""
    verb, match, passive, dobjs = reading.verb, reading.match, reading.passive, reading.dobjs
    subj_toks, inherited = reading.subj_toks, reading.inherited
    targets: Parties
    reacted = (summary_reaction(verb, actors)  # "Russia vetoed the resolution, a move
               or summary_relative_reaction(verb, actors))  # ", a move Warsaw condemned"
    if reacted is not None:  # welcomed by Serbia's leaders": Serbia welcomes Russia's act
        return reacted[0], reacted[1], "summary-reaction"
    if passive:
        sources = [a for p in verb.children if p.dep_ == "agent"
                   for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
        if not sources:  # "barred from entering Russia by the Foreign Ministry": the parser
            sources = [a for p in late_agents(verb)  # hung the agent on the complement
                       for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
        subjects = patient_subjects(verb)
        targets = [a for c in subjects for a in actors.actors(c)]
        if not subjects and inherited and verb.dep_ == "conj":  # "Modi arrived in Kigali
            targets = [a for t in subj_toks for a in actors.actors(t)]  # and was welcomed
            # at the airport by Kagame": the patient is the first conjunct's subject
        if not targets:  # "Ukrainian cities were hit"
            targets = [(a, "demonym") for c in subjects for a in actors.demonym_stand_in(c)]
        how = "passive"
        if not sources and phrase_targets:  # PETRARCH: "shot dead in X" was done by X
            sources = [a for o in prep_objects_under(verb, "from", "in")
                       for a in actors.actors(o)]
            how += "+phrase-source" if sources else ""
        if not sources:  # "was attacked by militiamen": the sentence names their country
            sources = context_actors([o for p in verb.children if p.dep_ == "agent"
                                      for o in p.children if o.dep_ == "pobj"], actors)
        if not sources and match.code in TARGETLESS_CODES:  # "Ugandan troops were withdrawn
            sources, targets = targets, []  # from Congo": those stood down stand down
            how += "+patient-source" if sources else ""
    else:
        sources = [a for t in subj_toks for a in actors.actors(t)]
        if not sources:  # "people rallied in Hong Kong (to demand ...)": the place of the
            owners = {verb.i: verb, **{t.head.i: t.head for t in subj_toks}}  # subject's verb,
            sources = placed_actors(subj_toks, [*owners.values(), *dobjs],  # else of its object
                                    actors)[:len(subj_toks)]  # ("blocked streets in Hong Kong")
        if match.code[:2] == "17" and subj_toks and all(
            actors.mention_at(t) is None and nouns.entry(t)[0] is not None
            for t in subj_toks
        ):  # "Saudi Arabia's blockade forced Doha to fly in cows": the blockade is the
            return None  # event (coded as a noun); what it forced is its consequence
        if not sources and not subj_toks and verb.tag_ == "VBG" and (
                match.code[:2] == "19" and reading.lemma in RECIPROCAL_VERBS):  # "fighting
            sources = [(a, "between") for o in prep_objects_under(  # between the army and
                verb, "between", "among", dative=False) for a, _ in actors.actors(o)]  # rebels"
        if not sources and match.code[:2] in FORCE_ROOTS:  # "army bulldozers demolished"
            sources = [(a, "instrument") for t in subj_toks
                       if t.lemma_.lower() in INSTRUMENT_WORDS
                       for a in actors.demonym_stand_in(t)]
        if not sources:  # "Maduro's speech, in which he branded Colombia an enemy"
            sources = person_pronoun_sources(subj_toks, actors)
        if not sources:  # "Clinton and Lavrov launched the reset when they met": both
            sources = timed_they_sources(subj_toks, actors)
        if not sources:  # "Kenya and Uganda signed a pact. They also urged Somalia ..."
            sources = plural_pronoun_sources(subj_toks, actors)
        if not sources:  # "Ghana rejected the report, with a government spokesman
            sources = absolute_speakers(verb, subj_toks, actors)  # accusing Togo ...": Ghana's
        if not sources:  # "police opened fire": the sentence names their country
            sources = context_actors(subj_toks, actors)
        if not sources:  # "bowing to the young protesters who stormed parliament in
            sources = crowd_antecedent(verb, subj_toks, actors)  # Nairobi": the crowd
        if not sources:  # "Beijing, which accused Washington of hypocrisy, ...": Beijing
            sources = relative_antecedent(verb, subj_toks, actors)
        targets = [a for o in dobjs for a in actors.actors(o)
                   if match.code[:2] != "04" or actors.mention_at(o) is not None
                   or o.ent_type_ == "PERSON"  # "telephoned [Foreign Minister] Kozyrev"
                   or o.lemma_.lower() in COUNTERPART_WORDS  # "met his Chilean counterpart"
                   or o.lemma_.lower() in DELEGATION_WORDS]  # "hosted an Iranian delegation"
        if not targets:  # "the Taliban said they had barred him": whom 'him' stands for
            targets = object_pronoun_person(dobjs, subj_toks, actors)
        if not targets:  # "detained the opposition leader, accusing him of ...": the leader
            targets = participle_object_antecedent(verb, dobjs, actors, match.code)
        if not targets and match.code[:2] != "04":  # "discussed Iran's nuclear programme":
            targets = [(a, "demonym") for o in dobjs  # a topic, not who was consulted
                       for a in actors.demonym_stand_in(o)]
        if not targets and reading.lemma in PURCHASE_VERBS:  # "bought French-built
            targets = [(a, "maker") for o in dobjs for a in actors.maker_of(o)]  # frigates"
        if not targets:  # "killed hundreds of civilians in Bucha"
            clauses = [c for c in verb.children if c.dep_ == "advcl"  # "killed 23 people
                       and match.code[:2] in ASSAULT_ROOTS]  # when they blew themselves
            targets = placed_actors(dobjs, [verb, *clauses], actors)  # up in Tel Aviv"
        how = "subj-inherited" if inherited else "subj"
    return sources, targets, how


def targets_in_phrases(reading: Clause, actors: ActorBuilder, sources: Parties,
                       targets: Parties, how: str) -> tuple[Parties, str, bool]:
    """Failing the object, the target in the verb's phrases: the pattern's preposition, a
    target preposition, a protest's or war's phrase, one phrase deeper, inside the object,
    a participle clause on it, the place of what was struck, a clause's subject, those
    permitted, the infinitive complement, and what a complaint is about; and whether a
    target was found inside the object ("welcomed a resumption of ties with X")."""
    verb, match, lemma, dobjs = reading.verb, reading.match, reading.lemma, reading.dobjs
    preps, prt = reading.preps, reading.prt
    nested = reading.nested
    if not targets and match.preps:  # "* MEMOS (FROM)": the pattern names the phrase
        named = [p for name in match.preps for p in preps if p.lower_ == name]
        targets = [a for p in named[:1] for o in p.children if o.dep_ == "pobj"
                   for a in actors.actors(o)]
        how += f"+pattern-prep:{named[0].lower_}" if targets else ""
    if not targets:
        targets, prep = prep_targets(preps, actors, match.code)
        how += f"+prep:{prep}" if prep else ""
    if not targets and match.code[:2] == "14":  # "struck in protest at the reform plan"
        targets = dissent_targets([verb, *dobjs], actors)
        how += "+dissent" if targets else ""
    if not targets and match.code[:2] == "14":  # "marched against a government bill"
        targets = protested_owners([verb, *dobjs], actors, sources)
        how += "+protested-owner" if targets else ""
    if not targets and match.code[:2] == "15":  # "mobilized reservists for a war against
        targets = [a for p in deep_preps([verb, *dobjs]) if p.lower_ == "against"  # Iraq"
                   for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)][:1]
        how += "+against" if targets else ""
    if not targets:  # "out of negotiations with Japan": one phrase deeper
        targets, prep = prep_targets(nested, actors, match.code)
        how += f"+nested-prep:{prep}" if prep else ""
    if not targets and match.code[:2] in {"02", "10"}:  # "demanded the president's
        targets = leaders_asked_to_go(dobjs, actors)  # resignation"
        how += "+leaving-office" if targets else ""
    if not targets and match.code[:2] in COOPERATIVE_ROOTS:  # "agreed to a truce with X"
        targets = agreed_counterparts(verb, preps, actors)
        how += "+agreed-with" if targets else ""
    inside_object = False
    if not targets:  # "welcomed a resumption of ties with X": inside the object
        targets, prep = prep_targets(deep_preps(dobjs), actors, match.code)
        how += f"+object-prep:{prep}" if prep else ""
        inside_object = bool(prep)
    if not targets:  # "boycotted the parade supporting X", "closed the roads leading into X"
        heads = dobjs + [o for p in preps if p.lower_ == prt
                         for o in p.children if o.dep_ == "pobj"]
        targets, where = participle_targets(heads, actors, match.code)
        how += f"+object-clause:{where}" if where else ""
    if not targets and match.code[:2] == "16":  # "banned the import of eggs from Europe"
        targets = _import_origins(dobjs, actors)
        how += "+import-origin" if targets else ""
    if not targets and match.code[:2] == "08":  # "lifted the sanctions it had imposed on X"
        targets = imposed_on_targets(dobjs, actors)
        how += "+imposed-on" if targets else ""
    if not targets:  # "demanded the release of soldiers held by Hezbollah"
        asked = dobjs + [o for p in preps if p.lower_ == "for" for o in prep_objects(p)]
        targets = holder_targets([verb, *asked], match.code, actors)
        how += "+holder" if targets else ""
    if not targets and match.code[:2] in {"18", "19"}:  # "attacked a hotel in Mogadishu":
        targets = struck_place_targets(object_heads(dobjs, preps), [verb], actors,  # its
                                       sources)  # people; "a police station": its police
        how += "+struck-place" if targets else ""
    if not targets and match.code[:2] not in COOPERATIVE_ROOTS | TARGETLESS_ROOTS \
            and match.code not in POPULACE_CODES:  # "fired shells at targets in Jericho":
        # the place of what was struck; a curfew's place is its people's (`populace_targets`);
        # those arrested there are its own ("arrested gang members in Port-au-Prince" are
        # Haiti's criminals, not its government; "troops in Somalia" may be anyone's)
        coerced = match.code[:2] == "17"
        targets = [(a, "object-place") for o in object_heads(dobjs, preps)
                   for q in prep_objects_under(o, "in", "across")
                   for a in (coerced and actors.sector_in_place(o, q)) or actors.np_actors(q)]
        how += "+object-place" if targets else ""
    if not targets and match.code[:3] == "183":  # "exploded bombs in the capital Kabul":
        targets = [(a, "bombing-place") for q in prep_objects_under(verb, "in")  # a bombing
                   for n in (q, *(c for c in q.children if c.dep_ == "appos"))  # strikes
                   for a in actors.np_actors(n)][:1]  # the place the bombs went off in
        how += "+bombing-place" if targets else ""
    if not targets and match.code[:2] in GOVERNOR_ROOTS:  # "demanded that Japan stop ...": the
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] + demand_clauses(verb)
        targets = not_their_states(sources, [  # the addressee is its subject; "warned
            (a, "clause") for c in clauses  # that Japan would ...": not Japan
            for t in subject_tokens(c)[0] for a, _ in actors.actors(t)])
        how += "+clause-subject" if targets else ""
    else:
        how += "+obj"
    if not targets and lemma in PERMITTING_VERBS:  # "allowed Japanese abductees to return"
        targets = [(a, "permitted") for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                   for t in subject_tokens(c)[0]  # people, not "Haiti's elections"
                   if actors.mention_at(t) is not None
                   or not any(p.dep_ == "poss" for p in t.children)
                   for a, _ in actors.actors(t)]
        targets = targets or permitted_in_context(verb, actors, sources)
        how += "+permitted" if targets else ""
    if not targets and not dobjs and len(sources) < 2:  # "threatened to cut off power to X"
        targets, where = complement_targets(verb, actors, match.code)
        how += f"+complement-{where}" if targets else ""
    if match.code[:2] == "11" and ("prep:to" in how or "prep:with" in how):  # "complained
        about = grievance_targets(preps, actors, sources + targets)  # to the UN over
        # Israeli raids", "lodged a protest with the UN over ...": at Israel
        if about:
            targets, how = about, how + "+grievance"
    return targets, how, inside_object


def further_parties(reading: Clause, actors: ActorBuilder, sources: Parties,
                    targets: Parties, how: str,
                    phrase_targets: bool) -> tuple[str, Parties, Parties, str]:
    """The code as investigated or made a threat by an 'unless' clause, and parties found
    farther away: a condition's subject, the complement's place, the proposer of what is
    answered, the people a curfew binds, the addressee of a purpose clause, what is
    denied, the sentence's context, any phrase (PETRARCH), the attacker of an attack."""
    verb, match, passive, dobjs = reading.verb, reading.match, reading.passive, reading.dobjs
    preps = reading.preps
    subj_toks, inherited = reading.subj_toks, reading.inherited
    code = investigation_code(match.code, (t for c in [*dobjs, *preps] for t in c.subtree))
    if code != match.code:  # "investigated alleged war crimes by Israeli forces" (094)
        how += f"+investigated:{code}"
    conditions = condition_subjects(verb, actors)
    if conditions.get("unless") is not None and code[:2] not in {"10", "13"}:
        code, how = "130", how + "+unless"  # "will withdraw its force unless X ...": a threat
    if not targets and code[:2] == "13":  # "threatened to stop talks if the US goes ahead"
        targets = conditions.get("unless") or conditions.get("if") or []
        how += "+condition-subject" if targets else ""
    if not targets and not dobjs and len(sources) < 2:  # "to impose a curfew in Algiers"
        targets, where = complement_targets(verb, actors, match.code, places=True)
        targets = _not_helped_at_home(code, sources, targets, where)
        how += f"+complement-{where}" if targets else ""
    if not targets and not passive:  # "accepted demands from Shona rebels"
        targets = proposer_targets(object_heads(dobjs, preps), actors, sources,
                                   prep_children(verb))
        how += "+proposer" if targets else ""
    if match.code in POPULACE_CODES and all(a.sector is None and a.code == a.country
                                            for a, _ in targets):
        people = populace_targets([verb, *dobjs], actors)  # "imposed a curfew in Cizre": on its
        if people:  # people, not on the state that imposes it
            targets, how = people, how + "+populace"
        elif not targets:  # "Sudan lifted the state of emergency": its own civilians,
            targets = own_people(sources)  # as for the nouns
            how += "+own-people" if targets else ""
    if not targets and match.code[:2] in PURPOSE_ROOTS | {"13"} \
            and not match.reverse:  # "summoned the ambassador to complain": to him; not
        targets = purpose_addressee(verb, actors)  # "extradited Zamora to face charges":
        how += "+purpose-of" if targets else ""  # he faces them, from no one named
    if not targets and match.code == DENIAL_CODE and not passive:  # "denied that its
        targets = denied_targets(verb, actors, sources)  # bombers had entered Japanese
        how += "+denied" if targets else ""  # airspace": Japan
    if not targets and len({a.country for a, _ in sources}) < 2 \
            and not targetless(match.code):  # ("Kenyan troops and police": one country)
        heads = patient_subjects(verb) if passive else dobjs
        side = sources
        if reading.inherited and verb.dep_ == "advcl" and reading.lemma in CASUALTY_VERBS:
            side = struck_side(verb.head, actors) or sources  # "fired at cities across
        targets = context_actors(heads + target_objects(preps, match.code), actors,  # Ukraine,
                                 side)  # killing 20 civilians": Ukraine's; "accused rebels
        how += "+context" if targets else ""  # of ...": their country the source's
    if not targets and phrase_targets and not passive:  # PETRARCH: any phrase after
        targets = any_phrase_targets(dobjs + prep_objects_under(verb), actors)  # the verb
        how += "+phrase" if targets else ""
    if (not sources and targets and match.code[:2] in ASSAULT_ROOTS and not match.reverse
            and reading.lemma in CASUALTY_VERBS
            and not any(c.dep_ == "agent" for c in verb.children)):
        attack = attack_fallen_in(verb)  # "were killed in an ambush by al-Shabab"
        sources = attackers_of(attack, targets, actors) if attack is not None else []
        how += "+attack-by" if sources else ""
    if (not sources and targets and match.code[:2] in ASSAULT_ROOTS and not match.reverse
            and not passive):  # "US drone strikes killed Taliban commanders"
        sources = foreign_attackers(subj_toks, targets, actors)
        how += "+attack-of" if sources else ""
    if (not sources and targets and match.code[:2] in ASSAULT_ROOTS and not match.reverse
            and not inherited and not fought_with(verb)):  # "killed in a gun battle with
        sources = [s for s in attack_place(verb, subj_toks, passive, actors)  # police"
                   if all(t.code != s[0].country for t, _ in targets)]
        how += "+unidentified-attacker" if sources else ""
    return code, sources, targets, how


def fought_with(verb: Token) -> bool:
    """Whether a casualty verb's victims fell in fighting with someone its text names ("was
    killed in a gun battle with police"): no unidentified attackers are theirs; the fighting
    itself is coded both ways (`SentenceCoder._casualties_of_fighting`)."""
    return any(o.lemma_.lower() in FIGHT_NOUNS and prep_objects_under(o, "with")
               for o in prep_objects_under(verb, "in", "during"))


def relative_antecedent(verb: Token, subj_toks: list[Token],
                        actors: ActorBuilder) -> Parties:
    """The actor a relative pronoun subject stands for, where its antecedent names a state, a
    body or a group ("Beijing, which accused Washington of hypocrisy", "Kenyan police, who
    arrested dozens of protesters"). Not a person, nor a description set beside one ("Evans
    Revere, a former official who had negotiated with X"): what a relative clause tells of a
    person is mostly their past, not the news. Nor what happened before the news ("which had
    negotiated", "who has vowed")."""
    head = verb.head
    if (verb.dep_ != "relcl" or not subj_toks
            or not all(t.lower_ in RELATIVE_PRONOUNS for t in subj_toks)
            or head.ent_type_ == "PERSON" or head.dep_ == "appos"
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)):
        return []
    mention = actors.mention_at(head)
    if mention is None or mention.entry.kind == "person" or (  # "the French politician, who
            mention.entry.kind == "sector" and head.tag_ == "NN"  # is considering ...": one
            and head.lemma_.lower() not in INSTITUTION_HEADS):  # person, as a name is
        return []
    return [(a, "relative") for a, _ in actors.actors(head)]


def participle_object_antecedent(verb: Token, dobjs: list[Token], actors: ActorBuilder,
                                 code: str) -> Parties:
    """The actor an object pronoun of a participle clause set off after its verb stands for:
    that verb's object ("police detained the opposition leader on Friday, accusing him of
    inciting violence": the leader; "sanctioned two Chinese firms, accusing them of supplying
    Iran"; "were leaving the bloc, accusing it of ..."), or its infinitive's ("tried to oust
    the minister, calling her a traitor"). Only for what is said to them (VERBAL_ROOTS): what
    is done to them ("flying them to Louisiana", "shooting her in the head") is most often the
    same act told again, or no act on them. The pronoun must agree: 'him'/'her' a singular
    noun, 'them' a plural or a list, 'it' a singular one that is no person."""
    pronouns = [o for o in dobjs if o.dep_ == "dobj" and o.lower_ in PARTICIPLE_OBJECT_PRONOUNS]
    main = verb.head
    if (len(pronouns) != 1 or code[:2] not in VERBAL_ROOTS
            or verb.dep_ != "advcl" or verb.tag_ != "VBG"
            or main.pos_ != "VERB" or main.i > verb.i or verb.nbor(-1).text != ","):
        return []
    objects = [c for c in main.children if c.dep_ == "dobj"] or [
        c for x in main.children if x.dep_ == "xcomp" for c in x.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not _pronoun_agrees(pronouns[0], objects[0], actors):
        return []
    found = ([a for a, _ in actors.actors(objects[0])]  # read as the verb read its object:
             or actors.demonym_stand_in(objects[0])  # "the Ugandan opposition candidate",
             or [a for a, _ in context_actors(objects, actors)])  # "police detained the
    return [(a, "participle-object") for a in found]  # opposition leader" in a Kenyan story


def _pronoun_agrees(pronoun: Token, noun: Token, actors: ActorBuilder) -> bool:
    """Whether an object pronoun can stand for `noun` by number and kind: "them" for "two
    firms" or "Mali and Niger", "him" for "the opposition leader", "it" for "the bloc"."""
    listed = any(c.dep_ == "conj" for c in noun.children)
    plural = listed or noun.tag_ in {"NNS", "NNPS"}
    if pronoun.lower_ == "them":
        return plural
    if plural or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    mention = actors.mention_at(noun)
    person = noun.ent_type_ == "PERSON" or (mention is not None
                                            and mention.entry.kind == "person")
    return not person if pronoun.lower_ == "it" else True


def crowd_antecedent(verb: Token, subj_toks: list[Token],
                     actors: ActorBuilder) -> Parties:
    """The crowd a relative pronoun subject stands for, where the crowd's noun names no actor
    itself but the clause's place or the sentence gives it a country: "bowing to the young
    protesters who stormed parliament in Nairobi" (KENOPP). Only crowds (CROWD_SECTORS), and
    only where the antecedent names no actor itself."""
    if (verb.dep_ != "relcl" or not subj_toks
            or not all(t.lower_ in RELATIVE_PRONOUNS for t in subj_toks)
            or actors.actors(verb.head)):
        return []
    found = (placed_actors([verb.head], [verb], actors)
             or context_actors([verb.head], actors))
    return [(a, how) for a, how in found if a.sector in CROWD_SECTORS]


def agreed_counterparts(verb: Token, preps: list[Token], actors: ActorBuilder) -> Parties:
    """The counterpart named inside what a cooperative verb's own phrase says was agreed:
    "Sudan's rebels agreed to a truce with the government" (the government), "France agreed
    on a trade deal with Japan" (Japan)."""
    return [a for p in preps
            if p.head.i == verb.i and p.lower_ in AGREED_THING_PREPS
            for o in p.children if o.dep_ == "pobj"
            for q in o.children if q.dep_ == "prep" and q.lower_ in AGREED_COUNTERPART_PREPS
            for w in q.children if w.dep_ == "pobj" for a in actors.actors(w)]


def _import_origins(dobjs: list[Token], actors: ActorBuilder) -> Parties:
    """Where the imports a measure stops come from: "banned the import of chicks from Europe"
    restricts trade with Europe (CAMEO 2.0's "* IMPORT", 163), whose target the object's 'from'
    phrase names."""
    return [(a, "import-origin") for o in dobjs if o.lemma_.lower() in IMPORT_NOUNS
            for q in prep_objects_under(o, "from") for a, _ in actors.actors(q)]


def _not_helped_at_home(code: str, sources: Parties, targets: Parties,
                        where: str | None) -> Parties:
    """The complement's place as the target of help or cooperation (HELPING_ROOTS), less
    the sources' own country: "Chinese Americans helped fuel the growth of the community in
    Houston" is no aid to the United States; "helped rebuild schools in Haiti" is to Haiti."""
    if where != "place" or code[:2] not in HELPING_ROOTS:
        return targets
    return others_than(sources, targets)
