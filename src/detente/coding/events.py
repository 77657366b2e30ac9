"""Events in one parsed sentence: verb and noun triggers, their actors, code and factuality.

Pure: takes a spaCy sentence and an ActorBuilder, returns `Candidate`s; writes nothing.

Verb triggers: a verb whose lemma (or "lemma particle") is in the verb lexicon. Its source is the
subject (inherited through xcomp/conj chains and relative clauses; the `by` agent in the
passive), its target the direct object (the subject in the passive) or, failing that, the object
of a target preposition. The lexicon picks the code from the words around the verb.

Noun triggers: an event noun ("visit", "talks", "sanctions"). Its source is a possessor or
modifier ("Abe's visit", "the Abe-Putin summit", "Japanese sanctions"), the `between` phrase, or
the subject of a light verb ("paid a visit", "held talks"); its target the object of the noun's
target preposition ("to", "with", "on"). `nominal.NounCoder` reads them.

Two or more sources with no target make a reciprocal event in both directions ("Putin and Abe
met"). A verb whose complement clause yields an event does not code itself: "A said B attacked
C" is B->C, and "A agreed to hold talks with B" is A->B intent to meet.

This module owns `SentenceCoder` (finding a sentence's triggers, the steps that read a verb
trigger, sentiments stated with an adjective); a verb trigger's parties are found by
`verb_parties`, the event nouns and the light verbs that take them are read by the
`nominal.NounCoder` it builds, the targets of reactions to acts told before by `reactions`,
and `candidates` owns `Candidate` and pairs a trigger's sources and targets into them
(`paired`). It reads the parse through `syntax`, a verb's clause into a `clauses.Clause` whose
parties and code the functions of `clauses` adjust, finds parties beyond subject and object
through `roles`, makes codes specific through `subcodes` and settles a sentence's candidates
through `settle`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.candidates import Candidate, EarlierActs, paired
from detente.coding.clauses import (
    Clause,
    Parties,
    arrest_match,
    bombing_code,
    claims_no_act,
    conditional_threat,
    drawn_from,
    fired_on,
    fixed_code,
    fled_inside_object,
    handover_match,
    host_targets,
    leader_of_antecedent,
    legal_challenge,
    peacekeepers_arriving,
    persons_code,
    recalled_from,
    repression_code,
    shared_object,
    shows_not_protests,
    speakers_conditional_act,
    ties_boosted,
    verb_preps,
    verb_slots,
    victims_in_apposition,
    weapon_agents,
    weapons_used_on_state,
    welcomed_visitor,
)
from detente.coding.lexicon import NounLexicon, VerbLexicon, VerbMatch
from detente.coding.mentions import ActorBuilder
from detente.coding.modality import (
    Modality,
    as_coded,
    intent_code,
    lemma_in,
    modality,
)
from detente.coding.nominal import NounCoder, gone_ahead_with
from detente.coding.reactions import (
    acts_before,
    condemned_act_doers,
    only_victims_condemned,
    reaction_to_earlier_act,
    refers_back,
)
from detente.coding.roles import (
    accusers_of,
    agreement_parties,
    attack_fallen_in,
    attackers_of,
    context_actors,
    counted_antecedent,
    grievance_targets,
    not_their_states,
    not_themselves,
    others_than,
    prenominal_visitor,
    situation_place_targets,
)
from detente.coding.settle import (
    REACTION_RULE,
    merge_purposes,
    resolve_triggers,
    said_in_framing_event,
    settle_refusals,
    threatened_complements,
)
from detente.coding.subcodes import (
    agreement_kind,
    asking_code,
    cooperation_topic,
)
from detente.coding.syntax import (
    as_phrase_objects,
    attempted,
    bare_passive,
    by_means,
    claim_clause,
    claimed,
    correlative_clause,
    figurative_war,
    gerund_read_as_object,
    giving_reason,
    habitual,
    hyphen_compound,
    in_open_question,
    is_purpose,
    kept_or_broken,
    long_standing,
    names_as,
    permitted_by_document,
    prep_objects_under,
    referred_to,
    refers_by_name,
    regular_stems,
    relative_objects,
    said_together,
    standing_attitude,
    standing_relative,
    stray_base_form,
    subject_tokens,
    suggests_a_fact,
    tells_the_press,
    unpartnered,
)
from detente.coding.verb_codes import act_code, party_code
from detente.coding.verb_parties import clause_parties, further_parties, targets_in_phrases
from detente.coding.vocabulary import (
    AIMED_CODES,
    ARMS_GOODS,
    ASSAULT_ROOTS,
    CASUALTY_VERBS,
    CHARGE_DENYING_VERBS,
    CLOSING_VERBS,
    COMMITTING_VERBS,
    CONTACT_CODES,
    COOPERATIVE_ROOTS,
    DOCUMENT_CODES,
    EFFORT_NOUNS,
    ENGAGED_PASSIVES,
    FIGHT_NOUNS,
    JOINT_ROOTS,
    LIGHT_VERBS,
    MEDIATING_VERBS,
    MEETING_NOUNS,
    MODIFIER_VERB_DEPS,
    MUTUAL_CODES,
    NOUN_START,
    ONE_PERSON_PRONOUNS,
    ONE_WAY_VERBS,
    PARTICLES,
    RAISING_VERBS,
    RECIPROCAL_VERBS,
    REQUEST_NOUNS,
    RETALIATING_VERBS,
    RETALIATION_ROOTS,
    SELLING_VERBS,
    SENTIMENT_CODES,
    SPEECH_VERBS,
    STATEMENT_CODE,
    STATIVE_PASSIVES,
    VISIT_CODES,
)
from detente.model import Actor

# Adjectives of concern stated after a copula ("is deeply concerned about"), the prepositions
# that name what the concern is about, and the copulas.
CONCERN_WORDS = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed"})
CONCERN_PREPS = frozenset({"about", "over", "with", "by", "at"})
COPULAS = frozenset({"be", "remain", "grow", "become"})


# Verbs of aiming that CAMEO 2.0 codes as intent to cooperate (030) by default: with an
# infinitive that codes nothing, the object of that infinitive is no partner.
AIMING_VERBS = frozenset({"seek"})
# Roots of threats and force, which a figurative war ("trade war") does not make.
WAR_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})


class SentenceCoder:
    def __init__(self, verbs: VerbLexicon, nouns: NounLexicon, *,
                 future_intent: bool = True, surface_forms: bool = False,
                 phrase_targets: bool = False, colon_codes: bool = False,
                 statements: bool = False) -> None:
        """`future_intent`: code "X will do Y" as X's intent to do Y (CAMEO 03x), as we do;
        False codes it as the event itself, as PETRARCH does (its dictionaries' mode).
        `surface_forms`: a verb entry for the inflected word itself ("LEFT", "RISEN") wins
        over the lemma's, as PETRARCH looks words up; off by default, where "found" would
        read as the verb "found" rather than "find".
        `phrase_targets`: failing every other target, the first actor in any phrase after the
        verb, through any preposition ("departed from X"), as PETRARCH reads its verb patterns;
        off by default, where "met in Paris" names a place, not a counterpart. With it a
        passive verb with no "by" agent takes its source from a "from" or "in" phrase.
        `colon_codes`: a verb's target acts back on its source only by the dictionary's second
        code ("MEET [040:040]", "HOST [043:042]"), as PETRARCH reads them; by default meetings,
        consultations and agreements (MUTUAL_CODES) are coded both ways whatever the entry.
        `statements`: code plain statements (010, "told Chile that ..."), as CAMEO and
        PETRARCH do; off by default, where the act of saying is not coded, as in our gold and
        in PLOVER, which dropped the code."""
        self.verbs = verbs
        self.nouns = nouns
        self.future_intent = future_intent
        self.surface_forms = surface_forms
        self.phrase_targets = phrase_targets
        self.colon_codes = colon_codes
        self.statements = statements
        self.nominal = NounCoder(verbs, nouns, future_intent=future_intent)

    def code(self, sent: Span, actors: ActorBuilder,
             earlier: EarlierActs = ()) -> list[Candidate]:
        """The candidates of one sentence; `earlier` holds the candidates of the sentences
        before it in the document, nearest first (up to four are read), which a
        reaction to an act they tell refers back to (`reactions.reaction_to_earlier_act`)."""
        by_trigger: dict[int, list[Candidate]] = {}
        consumed: set[int] = set()
        tokens = list(sent)  # read three times below: a Span builds each Token anew
        unanswered: list[Token] = []  # verbs with a definite object that coded nothing
        for tok in tokens:
            if tok.pos_ == "VERB" and tok.dep_ not in MODIFIER_VERB_DEPS:
                if claimed(tok):
                    continue  # "reports that Russian forces had tortured ...": not asserted
                if permitted_by_document(tok):
                    continue  # "an accord allowing U.S. troops to operate": allowed, not done
                if giving_reason(tok):
                    continue  # "..., citing the Taliban's opposition": a reason, no event
                if stray_base_form(tok):
                    continue  # "ending its fisheries dispute with": a misread noun
                if self._protest_consequence(tok):
                    continue  # "began a strike, shutting schools": what the strike did
                if retaliation_by(tok, by_trigger):
                    continue  # "told the diplomats to leave, retaliating for ...": that act
                found = self._verb(tok, actors, consumed,
                                   [acts_before(tok, by_trigger), *earlier[:4]])
                if found:
                    by_trigger[tok.i] = found
                elif any(c.dep_ == "dobj" and refers_back(c) for c in tok.children):
                    unanswered.append(tok)  # "condemned the attack": perhaps an act that a
                    # noun before it tells, read below
        for tok in tokens:  # '"I am deeply concerned about the fighting," the envoy said'
            found = self._concerned(tok, actors) or self._grateful(tok, actors)
            if found and tok.i not in by_trigger:
                by_trigger[tok.i] = found
        for tok in tokens:
            if tok.i in consumed or tok.i in by_trigger or tok.pos_ not in NOUN_START:
                continue
            if tok.ent_type_ in {"DATE", "TIME"}:
                continue  # "in March 2014" is no protest march
            entry, end = self.nominal.entry(tok)
            if entry is not None and end.i == tok.i and tok.pos_ == "ADJ":
                continue  # an adjective starts only multi-word event nouns
            if entry is not None and (referred_to(end) or kept_or_broken(end)):
                continue  # "a symbol of Turkish-American cooperation": no event happens
            if entry is not None:
                found = self.nominal.candidates(tok, end, entry, actors, None)
                if found:
                    by_trigger[tok.i] = found
            elif tok.pos_ == "NOUN":
                found = self.nominal.possessed_act(tok, actors)
                if found:
                    by_trigger[tok.i] = found
        for tok in unanswered:  # "Hours after a Russian missile strike on Kyiv, Zelensky
            if any(i < tok.i for i in by_trigger):  # condemned the attack": the strike's
                found = self._verb(tok, actors, consumed,  # noun is read after the verbs
                                   [acts_before(tok, by_trigger), *earlier[:4]])
                if found and REACTION_RULE in found[0].rule:
                    by_trigger[tok.i] = found
        by_trigger = {i: [_of_kind(c) for c in found] for i, found in by_trigger.items()
                      if not _retaliated_by_means(sent.doc[i], by_trigger)}
        merge_purposes(sent, by_trigger)
        threatened_complements(sent, by_trigger)
        settle_refusals(sent, by_trigger, actors, self._modality, self.future_intent)
        said_in_framing_event(sent, by_trigger)
        by_trigger = {i: found for i, found in by_trigger.items()  # "unclear whether X will
                      if not in_open_question(sent.doc[i])}  # step down": a question only
        if not self.statements:  # "told reporters that ...", "speaking to lawmakers"
            by_trigger = {i: kept for i, found in by_trigger.items()
                          if (kept := [c for c in found if c.code != STATEMENT_CODE])}
        return resolve_triggers(sent, by_trigger)

    # --- verbs -----------------------------------------------------------------------------

    def _protest_consequence(self, verb: Token) -> bool:
        """A participle that tells what a strike or protest closed ("unions began a general
        strike, shutting banks and schools") is its consequence, no act against those closed
        (1721)."""
        if (verb.dep_ != "advcl" or verb.tag_ != "VBG"
                or verb.lemma_.lower() not in CLOSING_VERBS):
            return False
        entries = [self.nominal.entry(o)[0] for o in verb.head.children if o.dep_ == "dobj"]
        return any(e is not None and e.code[:2] == "14" for e in entries)

    def _lemma(self, verb: Token) -> str:
        """The verb's lemma; where the parser's is no verb we know ("staged" -> "stag",
        "cordoned" -> "cordone"), the regular stem of the word that is one ("stage",
        "cordon off")."""
        lemma = verb.lemma_.lower()
        if lemma in self.verbs or lemma in LIGHT_VERBS:
            return lemma
        words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod"}}
        for stem in regular_stems(verb.lower_):
            if (stem in self.verbs or stem in LIGHT_VERBS
                    or any(f"{stem} {w}" in self.verbs for w in words)):
                return stem
        return lemma

    def _raises_a_sanction(self, dobjs: list[Token]) -> bool:
        """Whether a verb of raising has a sanction or tariff (16x) as its object: "hiked
        tariffs on Mexican steel" lays more of it on."""
        return any(entry is not None and entry.code[:2] == "16"
                   for entry in (self.nominal.entry(o)[0] for o in dobjs))

    def _phrasal(self, verb: Token, lemma: str) -> bool:
        """Whether the verb and "off" make a phrasal verb of their own that undoes the light
        verb's event ("call off", "hold off"); "carry out" a drill still holds one."""
        return any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == "off"
                   and f"{lemma} {c.lower_}" in self.verbs for c in verb.children)

    def _verb(self, verb: Token, actors: ActorBuilder, consumed: set[int],
              earlier: EarlierActs = ()) -> list[Candidate]:
        """The candidates of a verb trigger: its light-verb event nouns, else its clause read
        (`_clause`), its parties found (`verb_parties`: `clause_parties`, `targets_in_phrases`,
        `further_parties`), its code made specific (`verb_codes`: `party_code`, `act_code`) and its
        candidates paired."""
        lemma = self._lemma(verb)
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) \
            or bare_passive(verb)  # "Mali and Niger, all ruled by juntas, said ..."
        dobjs = relative_objects(verb, [gerund_read_as_object(c) for c in verb.children
                                        if c.dep_ in {"dobj", "dative"}])
        if not dobjs and not passive:  # "denounced as an ugly crime [Serbia's suppression]"
            dobjs = as_phrase_objects(verb)
        if standing_relative(verb) or long_standing(verb):  # "the sea, where China contests
            return []  # Japan's claims", "have been disputing the islands for years"
        if correlative_clause(verb):  # "the more China bullies Taiwan, the more ...": a
            return []  # general relation, no act
        if standing_attitude(verb) or habitual(verb):  # "The group also opposes Chinese
            return []  # investment", "the rebels routinely deny ...": an attitude, a habit
        ahead = gone_ahead_with(verb, lemma)
        if ahead:  # "if Europe follows through on its tariff on U.S. whiskey", "pressed ahead
            made = self.nominal.light_verb(verb, ahead, actors, consumed)  # with sanctions on X"
            if made is not None:  # not "moved ahead with the deal": no signing said
                return [c for c in made if c.code not in DOCUMENT_CODES]
        if (lemma in LIGHT_VERBS and not self._phrasal(verb, lemma)) or (
                lemma in RAISING_VERBS and self._raises_a_sanction(dobjs)):  # "imposed an arms
            # embargo on X and a travel ban on Y", "doubled the tariff on Canadian steel";
            # "called off a strike" is no call for one
            made = self.nominal.light_verb(verb, dobjs, actors, consumed)
            if made is not None:
                return made
        if lemma in RETALIATING_VERBS and not passive:  # "Canada retaliated with tariffs on
            made = [c for c in self.nominal.light_verb(  # U.S. goods"
                        verb, prep_objects_under(verb, "with"), actors, consumed) or []
                    if c.code[:2] in RETALIATION_ROOTS]
            if made:
                return made
        fought = (self._casualties_of_fighting(verb, lemma, actors)
                  or self._deaths_in_attack(verb, lemma, actors))
        if fought:
            return fought
        brokered = self._brokered(verb, lemma, actors)
        if brokered:
            return brokered
        denial = self._denial(verb, lemma, actors)
        if denial:
            return denial
        suffered = self._came_under(verb, lemma, actors)
        if suffered:
            return suffered
        skipped = self.nominal.skipped_meeting(verb, lemma, dobjs, actors, consumed)
        if skipped:
            return skipped
        reading = self._clause(verb, lemma, passive, dobjs, actors)
        if reading is None:
            return []
        found = clause_parties(self.nominal, reading, actors, self.phrase_targets)
        if found is None:
            return []
        sources, targets, how = found
        sources, how = weapon_agents(reading, actors, sources, how)
        targets, how = _arms_recipients(reading, actors, targets, how)
        if not targets:  # "fired on protesters, killing one and arresting 12": the protesters
            targets = counted_antecedent(verb, dobjs, actors, sources)
            how += "+counted" if targets else ""
        targets, how, inside_object = targets_in_phrases(reading, actors, sources, targets,
                                                         how)
        code, sources, targets, how = further_parties(reading, actors, sources, targets, how,
                                                      self.phrase_targets)
        targets, how = self._sentiment_about(reading, actors, sources, targets, how)
        code, sources, targets, how = party_code(reading, actors, code, sources, targets, how)
        code, targets, how = act_code(self.nominal, reading, actors, consumed, code, sources,
                                      targets, how)
        code, how = persons_code(reading, actors, code, sources, targets, how)
        code, how = legal_challenge(reading, code, how)
        code, how = bombing_code(reading, code, how)
        code, how = self._measure_as_agent(reading, code, how)
        code, how = ties_boosted(reading, code, how)
        code, how = peacekeepers_arriving(reading, code, how)
        if reading.handed_over:  # "was handed over to France": the receiving state,
            targets = [a for o in prep_objects_under(reading.verb, "to")  # not the person
                       for a in actors.actors(o)]  # handed over
        targets, how = victims_in_apposition(reading, actors, code, targets, how)
        targets, how = leader_of_antecedent(reading, actors, targets, how)
        targets, how = condemned_act_doers(self.nominal, reading, actors, code, sources,
                                           targets, how)
        targets, how = reaction_to_earlier_act(self.nominal, reading, actors, code, sources,
                                               targets, how, earlier)
        if only_victims_condemned(self.nominal, reading, actors, code, targets, how):
            return []
        code, targets, how = repression_code(reading, actors, code, sources, targets, how)
        code, how = weapons_used_on_state(reading, code, targets, how)
        targets, how = shared_object(reading, actors, targets, how)
        code, how = fired_on(reading, code, how)
        targets, how = host_targets(reading, actors, code, targets, how)
        targets, how = recalled_from(reading, actors, code, targets, how)
        code, how = welcomed_visitor(reading, code, targets, how)
        if code in VISIT_CODES and prenominal_visitor(verb):  # "met visiting Premier Li":
            sources, targets, how = targets, sources, how + "+visitor"  # Li is the visitor
        sources, targets, how = drawn_from(reading, actors, sources, targets, how)
        if fled_inside_object(reading, inside_object):
            return []
        if refers_by_name(verb):  # "the Taliban refer to their government as the Islamic
            return []  # Emirate": a naming, no statement
        if code in CONTACT_CODES and names_as(verb):  # "called Bush 'the devil'": a naming,
            return []  # no phone call
        if _callee_unknown(reading, code, targets):  # "the islets Seoul and Tokyo call
            return []  # Takeshima": what is called is no actor, so no one is phoned
        if code[:2] == "01" and tells_the_press(verb, lemma):  # "told reporters that ...":
            return []  # the press hears what is said; it is no party to it
        forum = _party_before_forum(reading, actors, sources, targets) \
            if code[:2] in FORUM_ROOTS else []
        if forum:  # "requested WTO consultations with the U.S.": the U.S., not the WTO
            targets, how = forum, how + "+forum"
        venue = _venue_of_meeting(reading, actors, targets)
        if venue is not None:  # "flew to Brussels for talks with NATO allies": NATO, not
            if not venue:  # Belgium; "flew to Geneva to meet Ethiopian officials": the
                return []  # meeting is coded on its own, Switzerland is only its venue
            targets, how = venue, how + "+venue"
            if code[:2] == "04":  # talks held where neither party is at home: CAMEO's
                code = "044"  # meeting at a third location
        if code[:2] == "15" and _effort_with_aim(reading):  # "stepped up efforts to build
            return []  # ties": the effort is its aim, no show of force
        if code in VISIT_CODES and _private_travellers(reading):  # "Chinese tourists
            return []  # visited Vietnam": private travel, no state visit
        if claims_no_act(reading, code, targets):  # "acknowledged it will miss its
            return []  # targets": a fact admitted to no one
        if code[:2] in WAR_ROOTS and figurative_war(
                [*reading.dobjs, *prep_objects_under(verb)]):  # "escalated its trade war
            return []  # with Uganda": a war of tariffs, no force
        if code[:2] == "03" and lemma in AIMING_VERBS and "+complement" in how:  # "seeks to
            return []  # weaponize the UNSC": an aim that codes nothing, no intent to cooperate
        if code[:2] == "06" and unpartnered(verb) and (
                len(sources) < 2 or lemma_in(verb.head, COMMITTING_VERBS)):  # "soldiers worked
            # through the night to rescue elders": no partner, no cooperation; "the two sides
            # would keep working toward a treaty" are each other's, and where they "agreed to
            # work toward joint exercises" the agreement codes it (0312)
            return []
        if code[:2] == "02" and suggests_a_fact(verb):  # "suggested the minister needed
            return []  # treatment": a view put forward, no appeal
        if code in AIMED_CODES and is_purpose(verb):  # "sent troops to the border [to end
            return []  # the fighting]": an aim, not an act done
        threat = speakers_conditional_act(verb, code, sources, actors)
        if threat is not None:  # "said Turkey would cut ties with Sweden if Stockholm ...": 1313
            sources, targets = threat[2], targets or threat[1]
            how += "+conditional-threat"
        made = self._verb_candidates(reading, code, sources, targets, how,
                                     threat[0] if threat is not None else None)
        return made + _requested_by(reading, actors, code, sources) if made else made

    def _sentiment_about(self, reading: Clause, actors: ActorBuilder, sources: Parties,
                         targets: Parties, how: str) -> tuple[Parties, str]:
        """Failing a target, whom an expressed concern, hope or regret (012, 013, 018) is
        about: the actor of its over/about phrase ("expressed concern over China's military
        buildup"), else the subject of the that-clause on the sentiment noun ("expressed hope
        that Russia would join the talks"), neither the speaker's own side."""
        if not targets and reading.match.code[:2] == "05":  # "welcomed the news that Ukraine
            return self._welcomed_clause(reading, actors, sources, how)  # had agreed ..."
        if targets or reading.match.code not in SENTIMENT_CODES:
            return targets, how
        about = grievance_targets(reading.preps, actors, sources)
        if about:
            return about, how + "+sentiment-about"
        said = _object_clauses(reading)
        found = others_than(sources, [(a, "sentiment-clause")
                                      for a in _clause_subjects(said, actors)])
        if not found:
            found = others_than(sources, [(a, "sentiment-clause")
                                          for a in _subject_partners(said, actors)])
        if found:
            return found, how + "+sentiment-clause"
        placed = situation_place_targets(reading.preps, actors, sources)  # "over the violence
        return (placed, how + "+situation-place") if placed else (targets, how)  # in Sudan"

    def _welcomed_clause(self, reading: Clause, actors: ActorBuilder, sources: Parties,
                         how: str) -> tuple[Parties, str]:
        """Whom a welcome or praise (05) of news is for: the subject of the that-clause on its
        object ("welcomed the announcement that Ukraine had agreed to a ceasefire" welcomes
        Ukraine's act), not the speaker's own side."""
        found = others_than(sources, [(a, "welcomed-clause") for a in
                                      _clause_subjects(_object_clauses(reading), actors)])
        return (found, how + "+welcomed-clause") if found else ([], how)

    def _measure_as_agent(self, reading: Clause, code: str, how: str) -> tuple[str, str]:
        """The code of an economic measure that is the subject of a verb of force: "Trump's
        tariffs targeting Canada" restrict trade with Canada (the tariff's 163), no force
        (CAMEO 2.0's TARGET, 190)."""
        verb = reading.verb
        agents = [verb.head] if verb.dep_ == "acl" else reading.subj_toks  # "tariffs targeting"
        if code[:2] not in ASSAULT_ROOTS or reading.passive or not agents:
            return code, how
        codes = [e.code if e is not None else "" for t in agents
                 for e in (self.nominal.entry(t)[0],)]
        if all(c[:2] == "16" for c in codes):
            return codes[0], how + "+measure"
        return code, how

    def _casualties_of_fighting(self, verb: Token, lemma: str,
                                actors: ActorBuilder) -> list[Candidate]:
        """Fighting both ways (190) between those killed or wounded in a clash and whom it was
        with, no agent named: "ten Indian soldiers were killed in a clash with Chinese troops"."""
        if lemma not in CASUALTY_VERBS or any(c.dep_ == "agent" for c in verb.children):
            return []
        fights = [o for o in prep_objects_under(verb, "in", "during")
                  if o.lemma_.lower() in FIGHT_NOUNS]
        subj_toks = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        sides = [a for c in subj_toks for a in actors.actors(c)] \
            or context_actors(subj_toks, actors)  # "the leader of a gang was killed"
        home = next((a.country for a, _ in sides if a.country), None)
        others = [a for f in fights[:1] for o in prep_objects_under(f, "with")
                  for a in actors.actors(o)
                  or [(s, "np") for s in actors.sector_in_context(o, home)]]  # "a gun battle
        if not others:  # with police": the police of those killed
            return []
        return paired(sides, others, "190", fights[0], fights[0], self._modality(modality(verb)),
                      f"verb:{lemma}+fighting-with [casualties]", 0.7, back="190")

    def _deaths_in_attack(self, verb: Token, lemma: str,
                          actors: ActorBuilder) -> list[Candidate]:
        """The attack itself, by whoever carried it out (`attackers_of`), on those who
        died in it, coded as the attack noun is: "twelve Nigerian soldiers died in a Boko
        Haram attack", "21 passengers died in the initial attack by the BLA"."""
        if lemma != "die":
            return []
        subj_toks = [c for c in verb.children if c.dep_ == "nsubj"]
        victims = [a for t in subj_toks for a in actors.actors(t)]
        attack = attack_fallen_in(verb)
        if attack is None:
            return []
        attackers = attackers_of(attack, victims, actors)
        if attackers and not victims:  # "21 passengers died in the attack by the BLA": the
            victims = context_actors(subj_toks, actors)  # sentence's or story's passengers
        if not attackers or not victims:
            return []
        entry, _ = self.nominal.entry(attack)
        code = entry.code if entry is not None and entry.code[:2] in ASSAULT_ROOTS else "190"
        return paired(attackers, victims, code, attack, attack, self._modality(modality(verb)),
                      f"verb:{lemma}+in-attack->{code} [victims+{attackers[0][1]}]", 0.7,
                      mutual=False, reciprocal=False)

    def _brokered(self, verb: Token, lemma: str, actors: ActorBuilder) -> list[Candidate]:
        """Mediation (045) by the agent of a participle of brokering on talks, an accord or
        an exchange, or by the subject of such a verb whose object names the parties, towards
        each party to it (`agreement_parties`): "Peru and Chile signed a ceasefire brokered by
        Brazil" and "Brazil mediated the exchange of prisoners between Peru and Chile" are
        Brazil mediating with Peru and with Chile."""
        if lemma not in MEDIATING_VERBS:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            brokers = [a for p in verb.children if p.dep_ == "agent"
                       for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
            mediated, how = verb.head, "agent"
        else:
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
            if not objects:
                return []
            subjects, _ = subject_tokens(verb)
            brokers = [a for t in subjects for a in actors.actors(t)]
            mediated, how = objects[0], "subj"
        parties = not_themselves(brokers, agreement_parties(mediated, actors))
        if not brokers or not parties:
            return []
        return paired(brokers, parties, "045", verb, verb, self._modality(modality(verb)),
                      f"verb:{lemma}+brokered->045 [{how}+{parties[0][1]}]", 0.7,
                      mutual=False, reciprocal=False)

    def _denial(self, verb: Token, lemma: str, actors: ActorBuilder) -> list[Candidate]:
        """A denial of what a clause says (016), aimed at whoever the sentence says accused the
        denier (`accusers_of`): "Chile accused Peruvian troops of shelling a village, while
        Peru's army denied that any shells had been fired" is Peru denying Chile's charge."""
        if lemma not in CHARGE_DENYING_VERBS or not any(c.dep_ == "ccomp" for c in verb.children):
            return []
        subjects, _ = subject_tokens(verb)
        sources = [a for t in subjects for a in actors.actors(t)]
        targets = accusers_of(verb, sources, actors)
        if not sources or not targets:
            return []
        return paired(sources, targets, "016", verb, verb, self._modality(modality(verb)),
                      f"verb:{lemma}+clause->016 [subj+accuser]", 0.7, mutual=False,
                      reciprocal=False)

    def _came_under(self, verb: Token, lemma: str, actors: ActorBuilder) -> list[Candidate]:
        """What the subject of "come under" suffered, by the actor of a from/by phrase or of
        the noun's modifier ("Turkish troops came under fire from PKK militants", "came under
        attack by rebels", "came under Russian shelling", "came under criticism from X"): the
        noun's event by them on the subject; gunfire ("fire") is 190."""
        if lemma != "come":
            return []
        for noun in prep_objects_under(verb, "under", dative=False):
            entry, _ = self.nominal.entry(noun)
            code = "190" if noun.lemma_.lower() == "fire" else (
                entry.code if entry is not None and entry.code[:2] not in COOPERATIVE_ROOTS
                else None)
            if code is None:
                continue
            doers = prep_objects_under(noun, "from", "by", dative=False) \
                + prep_objects_under(verb, "from", "by", dative=False)
            sources = [a for o in doers for a in actors.actors(o)] or [
                (a, "modifier") for a in actors.demonym_stand_in(noun)]  # "Russian shelling"
            targets = not_themselves(sources, [  # "Kharkiv came under shelling": Ukraine
                a for t in subject_tokens(verb)[0]
                for a in actors.actors(t) or [(p, "place") for p in actors.country_of_places([t])]])
            if sources and targets:
                return paired(sources, targets, code, verb, noun, self._modality(modality(verb)),
                              f"verb:come+under:{noun.lemma_.lower()}->{code} [from+subj]", 0.7,
                              mutual=False, reciprocal=False)
        return []

    def _clause(self, verb: Token, lemma: str, passive: bool, dobjs: list[Token],
                actors: ActorBuilder) -> Clause | None:
        """What the verb's clause says: its lexicon key, a code fixed by its complement or
        object, its subject, prepositions and slots, and the pattern that matches them; None
        where the verb codes nothing."""
        prt, key = self._verb_key(verb, lemma)
        subj_toks, inherited = subject_tokens(verb)
        fixed, why = fixed_code(verb, lemma, dobjs, prt, subj_toks, actors)
        if key not in self.verbs and fixed is None:
            return None
        preps, nested = verb_preps(verb, dobjs, prt)
        slots = verb_slots(verb, lemma, passive, prt, subj_toks, preps)
        match = (VerbMatch(fixed, f"verb:{lemma}+{why}->{fixed}") if fixed is not None
                 else self.verbs.match(key, slots))
        handed = (handover_match(verb, key, passive, dobjs, actors)  # "handed X over to
                  if match is None or match.code in {"---", "063"} else None)  # the US":
        match = handed or match  # 063 to the US, as "extradited X to the US" is
        if match is None or shows_not_protests(key, match, dobjs):
            return None
        match = arrest_match(key, match)
        if passive and lemma in ENGAGED_PASSIVES and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return None
        if passive and lemma in STATIVE_PASSIVES and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            passive = False  # "Israel is opposed to French mediation": Israel opposes it
            subj_toks = [c for c in verb.children if c.dep_ == "nsubjpass"] or subj_toks
        return Clause(verb, lemma, key, prt, passive, dobjs, subj_toks, inherited, preps,
                       nested, slots, match, why, handed_over=handed is not None)

    def _verb_key(self, verb: Token, lemma: str) -> tuple[str | None, str]:
        """The verb's particle, and the key it is looked up by: "lemma particle" ("pull out"),
        a hyphenated compound ("test-fire"), or (with `surface_forms`) the inflected word."""
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if prt is None:  # "pulling out of talks", "pulled back": the parser may call the particle a
            # preposition or an adverb
            prt = next((c.lower_ for c in verb.children if c.dep_ in {"prep", "advmod"}
                        and c.lower_ in PARTICLES and f"{lemma} {c.lower_}" in self.verbs), None)
        key = f"{lemma} {prt}" if prt and f"{lemma} {prt}" in self.verbs else lemma
        if key == lemma and hyphen_compound(verb, lemma) in self.verbs:
            key = hyphen_compound(verb, lemma)  # "test-fired": the compound has its own entry
        surface = verb.lower_
        if self.surface_forms and key == lemma != surface and surface in self.verbs:
            key = surface  # "left" has its own entry (LEFT [040]) beside LEAVE [012]
        return prt, key

    def _verb_candidates(self, reading: Clause, code: str, sources: Parties,
                         targets: Parties, how: str,
                         threat: Modality | None = None) -> list[Candidate]:
        """The verb's candidates: confidence, the code the target acts back by, whether the
        sources act together, and the modality, with an intent's cooperation topic."""
        verb, match, lemma = reading.verb, reading.match, reading.lemma
        inherited = reading.inherited
        conf = 0.85 if "pattern" in match.rule else 0.7
        if inherited:
            conf -= 0.1
        back = None  # PETRARCH: the other party acts back only by the dictionary's second code
        if self.colon_codes and code == match.code and not match.reverse:
            back = match.reverse_code
        together = (code[:2] in JOINT_ROOTS or code in MUTUAL_CODES
                    or lemma in RECIPROCAL_VERBS or said_together(verb)
                    or any(how_ == "collective" for _, how_ in sources))  # "the two leaders"
        if code in VISIT_CODES and not said_together(verb):  # "Putin and Sharif attended":
            together = False  # no visit to each other
        if _one_person(reading.subj_toks):  # "But he doesn't support the measure": one person
            together = False  # acts with no one, however many actors the antecedent gave
        mod = self._modality(modality(verb))
        if code[:2] == "13" and conditional_threat(verb, mod):  # "warned Washington of
            mod = Modality("asserted", False, None)  # consequences if ...": a warning made
        mod = threat or mod  # a speaker's own coercive act under another side's condition
        topic = cooperation_topic(code if code[:2] == "03" else intent_code(code), verb) \
            if mod.intent or code[:2] == "03" else None
        if topic is not None:  # "agreed to step up cooperation in cyber defence": 0312
            code, how = topic, how + "+topic"
        return paired(sources, targets, code, verb, verb, mod,
                      f"{match.rule} [{how}]", conf, back=back,
                      mutual=(not self.colon_codes and lemma not in ONE_WAY_VERBS
                              and not attempted(verb)),  # "tried to meet X": X did not
                      reciprocal=together, verb_key=reading.key)

    def _concerned(self, adj: Token, actors: ActorBuilder) -> list[Candidate]:
        """A concern stated with an adjective after 'be' ("Kenya is deeply concerned about
        Ethiopia's troop movements", '"We are alarmed by Russia's moves," the minister said'):
        the subject's expression of concern (012) about whom its about/over/with/by phrase
        names, as "expressed concern over" is. Nothing where the phrase names no one."""
        head = _copula_of(adj, CONCERN_WORDS)
        if head is None:
            return []
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        sources = [a for t in subjects for a in actors.actors(t)]
        if not sources and head.dep_ == "ccomp":  # "the envoy said he was concerned": the
            sources = [a for t in subject_tokens(head)[0] for a in actors.actors(t)]  # speaker
        if _ascribed_by_another(head, sources, actors):
            return []
        preps = [c for c in adj.children if c.dep_ == "prep" and c.lower_ in CONCERN_PREPS]
        targets = [a for p in preps for o in p.children if o.dep_ == "pobj"
                   and actors.mention_at(o) is not None for a in actors.actors(o)]
        if not targets:  # "about Ethiopia's troop movements", "about Chinese aggression";
            targets = [(a, "owner") for p in preps for o in p.children if o.dep_ == "pobj"
                       for c in o.children if c.dep_ in {"poss", "amod"}  # not the author
                       for a, _ in actors.actors(c)]  # of "the IAEA report about Iran"
        if not targets:  # "about the riots which broke out in Port-au-Prince"
            targets = situation_place_targets(preps, actors, sources)
        return self._stated_by_adjective(adj, head, sources, targets, "012")

    def _grateful(self, adj: Token, actors: ActorBuilder) -> list[Candidate]:
        """Thanks stated with an adjective after 'be' ("Kenya is grateful to Japan for its
        help", "we are thankful that Ghana sent doctors"): the subject praises (051) whom its
        to-phrase names, else the subject of the that-clause on the adjective or the verb 'be'.
        Nothing where neither names anyone."""
        head = _copula_of(adj, GRATEFUL_WORDS)
        if head is None:
            return []
        sources = [a for t in head.children if t.dep_ == "nsubj" for a in actors.actors(t)]
        targets = [a for o in prep_objects_under(adj, "to", dative=False)
                   for a in actors.actors(o)]
        if not targets:  # "grateful that Ghana sent doctors"
            targets = [a for c in (*adj.children, *head.children) if c.dep_ == "ccomp"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       for s in c.children if s.dep_ == "nsubj" for a in actors.actors(s)]
        targets = not_their_states(sources, not_themselves(sources, targets))
        return self._stated_by_adjective(adj, head, sources, targets, "051")

    def _stated_by_adjective(self, adj: Token, copula: Token, sources: Parties,
                             targets: Parties, code: str) -> list[Candidate]:
        """The events of a sentiment stated with an adjective (`_concerned`, `_grateful`):
        each source to each target, one way, with the copula's modality."""
        if not sources or not targets:
            return []
        return paired(sources, targets, code, adj, adj, self._modality(modality(copula)),
                      f"adjective:{adj.lemma_.lower()}->{code} [subj+prep]", 0.6,
                      mutual=False, reciprocal=False)

    def _modality(self, mod: Modality) -> Modality:
        return as_coded(mod, self.future_intent)


def _callee_unknown(reading: Clause, code: str, targets: Parties) -> bool:
    """Whether a phone call (041) has an object that is no actor: "Peru and Chile call the
    reef Banco Sur", "Lima and Santiago called their lawyers": no one named is phoned, and
    the callers do not call each other ("called each other" is no such object)."""
    return (code == "041" and not targets
            and any(o.lower_ not in {"other", "another", "one"} for o in reading.dobjs))


def _arms_recipients(reading: Clause, actors: ActorBuilder, targets: Parties,
                     how: str) -> tuple[Parties, str]:
    """Who arms sold or supplied go to, not whose arms they are: "failed to sell U.S. Patriot
    missiles to Turkey" is a sale to Turkey, though "U.S. Patriot missiles" reads as the US
    military; the weapons are goods, the 'to' phrase names the party."""
    goods = [o for o in reading.dobjs if o.dep_ != "dative"]  # not "to" read as a dative
    if (reading.lemma not in SELLING_VERBS or not goods or not targets
            or not all(o.lemma_.lower() in ARMS_GOODS for o in goods)):
        return targets, how
    recipients = [(a, "recipient") for h in (reading.verb, *goods)
                  for q in prep_objects_under(h, "to") for a, _ in actors.actors(q)]
    return (recipients, how + "+recipient") if recipients else (targets, how)


# Roots of what is brought before an organisation as a forum: appeals and requests (02),
# consultations (04), demands (10) and complaints (11).
FORUM_ROOTS = frozenset({"02", "04", "10", "11"})


def _party_before_forum(reading: Clause, actors: ActorBuilder, sources: Parties,
                        targets: Parties) -> Parties:
    """The party a request or complaint brought before an organisation is with or against:
    "Canada requested WTO dispute consultations with the United States", "Peru filed a
    complaint at the U.N. against Chile". The organisation is only the forum; the target is
    the party. Nothing where the target is no organisation or no other party is named."""
    if not targets or not all(a.code.startswith("IGO") for a, _ in targets):
        return []
    heads = [reading.verb, *reading.dobjs]
    return others_than(sources, [(a, "forum-party") for h in heads
                                 for o in prep_objects_under(h, "with", "against")
                                 for a, _ in actors.actors(o) if not a.code.startswith("IGO")])


def _object_clauses(reading: Clause) -> list[Token]:
    """The that-clauses on the verb's objects ("welcomed the news [that Ukraine had agreed]",
    "expressed hope [that Russia would join]")."""
    return [c for o in reading.dobjs if (c := claim_clause(o)) is not None]


def _clause_subjects(clauses: list[Token], actors: ActorBuilder) -> list[Actor]:
    """The actors of the subjects of `clauses`."""
    return [a for c in clauses for t in subject_tokens(c)[0] for a, _ in actors.actors(t)]


def _ascribed_by_another(copula: Token, sources: Parties, actors: ActorBuilder) -> bool:
    """Whether the feeling stated at `copula` is ascribed to its subject by a speaker named
    before it who is not of that subject's side: another country's actor, or a named person
    the story gives no side ("Tom Brandt told reporters that Kenya and Uganda are both
    concerned about Ethiopia's build-up", "Peru said Chile was worried"): the speaker's reading
    of a standing attitude, no statement by those said to feel it. An unnamed official ("...,
    the foreign minister said") speaks for the side."""
    tok = copula
    while tok.dep_ in {"advcl", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    said = tok.head
    subjects = [c for c in said.children if c.dep_ == "nsubj" and c.i < tok.i]
    speakers = [a for c in subjects for a, _ in actors.actors(c)]
    own = {a.country for a, _ in sources}
    if not sources or not subjects or any(a.country in own for a in speakers):
        return False
    return bool(speakers) or all(c.ent_type_ == "PERSON" for c in subjects)


# Verbs of travelling whose 'to' phrase is where the trip goes ("flew to Brussels").
TRAVEL_VERBS = frozenset({"fly", "travel", "go", "head", "arrive", "come", "jet", "journey"})


def _venue_of_meeting(reading: Clause, actors: ActorBuilder,
                      targets: Parties) -> Parties | None:
    """A trip to a place made to meet another party there: the place is only the venue. For
    talks with someone ("flew to Brussels for talks with NATO allies", "travelled to Addis
    Ababa for talks with Somali leaders"), the trip's target is that party; to meet someone
    ("flew to Geneva to meet Ethiopian officials"), the meeting is its own event and the trip
    none (an empty list). None where the target is no place of the 'to' phrase (a person,
    an organisation), or the place is the party's own country ("flew to Beijing for talks
    with Xi")."""
    if reading.lemma not in TRAVEL_VERBS or not targets:
        return None
    places = {a.code: a.country for o in prep_objects_under(reading.verb, "to")
              for a, _ in actors.actors(o) if a.name is None and a.country}
    if not all(a.code in places for a, _ in targets):
        return None
    countries = set(places.values())
    talks = [n for n in prep_objects_under(reading.verb, "for")
             if n.lemma_.lower() in MEETING_NOUNS or n.lower_ in MEETING_NOUNS]
    met = [a for n in talks for o in prep_objects_under(n, "with") for a in actors.actors(o)]
    if met:
        return None if {a.country for a, _ in met} & countries else met
    purposes = [c for c in reading.verb.children if c.dep_ in {"advcl", "xcomp"}
                and c.lemma_.lower() in {"meet", "hold", "attend"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    met = [a for c in purposes for o in c.children if o.dep_ == "dobj"
           for a in actors.actors(o)]
    if met and not {a.country for a, _ in met} & countries:
        return []
    return None


def _effort_with_aim(reading: Clause) -> bool:
    """Whether the verb's object is an effort that its infinitive names ("stepped up efforts
    to build ties with island states", "intensified its efforts to win investors"): what the
    effort is for is the act, if any; the stepping up is no mobilisation (15) of its own."""
    return any(d.lemma_.lower() in EFFORT_NOUNS and any(
        c.dep_ in {"acl", "relcl"} and any(a.dep_ == "aux" and a.lower_ == "to"
                                           for a in c.children) for c in d.children)
        for d in reading.dobjs)


# People who travel on their own account: their visits and arrivals are tourism or migration,
# told in statistics ("2 million Chinese tourists visited Vietnam"), no visit by a state.
TRAVELLER_WORDS = frozenset({"tourist", "immigrant", "migrant", "visitor", "traveler",
                             "traveller", "holidaymaker", "vacationer", "pilgrim"})


def _private_travellers(reading: Clause) -> bool:
    """Whether the visit's subject is travellers on their own account ("more than 2 million
    Chinese tourists visited Vietnam", "the first group of Chinese immigrants arrived in
    Texas")."""
    return bool(reading.subj_toks) and all(
        t.lemma_.lower() in TRAVELLER_WORDS or any(
            o.lemma_.lower() in TRAVELLER_WORDS for p in t.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
        for t in reading.subj_toks)


def _one_person(subj_toks: list[Token]) -> bool:
    """Whether the subject is a lone 'he' or 'she': one person, who cannot act reciprocally
    even where the phrase it stands for gave two actors ("Duale, a lawmaker as well as an ethnic
    Somali, thinks ... But he doesn't support the measure")."""
    return (len(subj_toks) == 1 and subj_toks[0].lower_ in ONE_PERSON_PRONOUNS
            and not subj_toks[0].conjuncts)


def _requested_by(reading: Clause, actors: ActorBuilder, code: str,
                  sources: Parties) -> list[Candidate]:
    """The appeal (02x) behind an act done at someone's request: "Rwanda will send troops to
    Mozambique at the request of the Mozambican government" is also Mozambique's government
    appealing to Rwanda for it, made before the act, so asserted."""
    asked = [n for n in prep_objects_under(reading.verb, "at", dative=False)
             if n.lemma_.lower() in REQUEST_NOUNS]
    if not asked or not sources:
        return []
    requesters = [a for n in asked for a in [
        *(a for o in prep_objects_under(n, "of") for a in actors.actors(o)),
        *(a for c in n.children if c.dep_ == "poss" for a in actors.actors(c))]]
    appeal = asking_code("020", code, "request")
    return paired(requesters, sources, appeal, asked[0], asked[0],
                  Modality("asserted", False, None), f"noun:request->{appeal} [at-request]",
                  0.6, mutual=False, reciprocal=False)


def _copula_of(adj: Token, words: frozenset[str]) -> Token | None:
    """The copula that `adj`, one of `words`, is stated after ("Kenya [is] deeply concerned",
    "we [are] grateful"), if it is."""
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.lemma_.lower() not in words:
        return None
    head = adj.head
    return head if head.lemma_.lower() in COPULAS else None


# Adjectives of thanks after 'be' ("is grateful to Japan"): praise (051), read by _grateful.
GRATEFUL_WORDS = frozenset({"grateful", "thankful"})
# The prepositions of a relation noun that name its parties: "talks with Russia",
# "cooperation between the United States and Ukraine".
PARTNER_PREPS = ("with", "between")


def _subject_partners(clauses: list[Token], actors: ActorBuilder) -> list[Actor]:
    """The parties named in the with/between phrase of a clause subject that is no actor
    itself: "expressed hope that trade between Kenya and Uganda would grow" -> Kenya,
    Uganda; "hope that talks with Iran resume" -> Iran."""
    found: list[Actor] = []
    for clause in clauses:
        for subj in subject_tokens(clause)[0]:
            if actors.actors(subj):
                continue
            for obj in prep_objects_under(subj, *PARTNER_PREPS, dative=False):
                for tok in (obj, *obj.conjuncts):
                    found += [a for a, _ in actors.actors(tok) if a not in found]
    return found


def retaliation_by(verb: Token, by_trigger: dict[int, list[Candidate]]) -> bool:
    """A participle of retaliating on a verb that coded an act says why that act was done, no
    act of its own: "Russia told eight Japanese diplomats to leave, retaliating for Tokyo's
    expulsion of Russian diplomats" is one expulsion, no criticism besides."""
    return (verb.lemma_.lower() in RETALIATING_VERBS and verb.dep_ == "advcl"
            and verb.tag_ == "VBG" and verb.head.i in by_trigger)


def _retaliated_by_means(verb: Token, by_trigger: dict[int, list[Candidate]]) -> bool:
    """A verb of retaliating whose means gerund coded the act ("Peru retaliated for Chile's
    tariffs by banning Chilean wine"): the ban is the retaliation, no criticism besides."""
    return verb.lemma_.lower() in RETALIATING_VERBS and any(
        by_means(g) and g.i in by_trigger for p in verb.children if p.lower_ == "by"
        for g in p.children)


def _of_kind(cand: Candidate) -> Candidate:
    """A signed agreement (057) made the cooperation its words name (`agreement_kind`)."""
    kind = agreement_kind(cand.code, cand.trigger)
    return replace(cand, code=kind, rule=f"{cand.rule} kind:{kind}") if kind else cand
