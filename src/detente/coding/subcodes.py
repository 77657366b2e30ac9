"""Which CAMEO code, exactly: a trigger's code made more specific by the words around it.

An appeal, demand, rejection or threat read off what it asks for, rejects or threatens
(`asked_for_code`, `noun_asked_code`, `asking_code`, `refusal_code`, `demand_code`,
`threat_code`); an investigation off what is investigated, an intent to cooperate off its topic,
aid off its kind; and the predicates that turn one code into another (a population expelled,
force from the air, an attempt on a named person, a missile launched at no one, a joint
exercise, a code that takes no target). Pure functions of `Token`s and code strings."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from detente.coding.lexicon import singular
from detente.coding.modality import intent_code
from detente.coding.syntax import claim_clause, clause_verb, prep_children, subtree_lemmas
from detente.coding.vocabulary import (
    ACCUSATION_MISREADS,
    ACCUSING_VERBS,
    AERIAL_WORDS,
    AGREEMENT_KINDS,
    AID_ASKS,
    AID_KINDS,
    AID_NOUNS,
    AID_PRESENCE_NOUNS,
    ALLOWING_VERBS,
    ARMED_SECTORS,
    ARMED_WORDS,
    ASIDE_DEPS,
    ASKED_ARMS,
    ASKED_FOR,
    ASKED_ROOTS,
    ATTEMPT_VERBS,
    BLAMING_VERBS,
    COOPERATION_TOPICS,
    DEMANDED_BY_CODE,
    DEMANDED_BY_INTENT,
    DEMANDING_VERBS,
    DRIVING_VERBS,
    EASING_WORDS,
    EXERCISE_WORDS,
    GIVING_BACK,
    HUMANITARIAN_WORDS,
    INVESTIGATED,
    KILLING_VERBS,
    LAUNCH_VERBS,
    LEADERSHIP_CHANGE_CODES,
    LETTING_IN_VERBS,
    LIGHT_VERBS,
    LIST_CODES,
    MASS_COUNT,
    MASS_WORDS,
    PARTICLES,
    POPULATION_WORDS,
    PRESENCE_CODES,
    PRESENCE_NOUNS,
    PRESSING_VERBS,
    PROJECTILES,
    PROTECTION_NOUNS,
    REASON_PREPS,
    REJECTED_BY_CODE,
    REJECTED_BY_INTENT,
    REJECTING_VERBS,
    SANCTION_WORDS,
    SENDING_VERBS,
    SIGNED_TEXT_NOUNS,
    STATED_DEMANDS,
    TARGETLESS_CODES,
    TARGETLESS_ROOTS,
)
from detente.model import Actor


def refusal_code(code: str) -> str:
    """The CAMEO rejection of a refused cooperative event: "refused to ease sanctions" (085)
    is 1244, "refused to meet" (04x) 125, "refused to sign the accord" (057) 127; a refused
    statement (010) is a declined comment (011)."""
    if code == "010":
        return "011"
    wanted = code if code[:2] == "03" else intent_code(code)
    return REJECTED_BY_CODE.get(code) or REJECTED_BY_INTENT.get(wanted, "120")


def demand_code(code: str) -> str:
    """The demand (10x) parallel to an appeal (02x) or intent (03x) code: "demanded security
    guarantees", matched by CAMEO 2.0 as an appeal for military cooperation (0212), is 1012."""
    wanted = "03" + code[2:] if code[:2] == "02" else code
    return DEMANDED_BY_INTENT.get(wanted, "100")


def launch_only(lemma: str, dobjs: list[Token], sources: list[tuple[Actor, str]],
                targets: list[tuple[Actor, str]]) -> bool:
    """A missile or rocket fired or launched at no one but the shooter's own forces (the
    projectile itself) is a show of force (150) with no target, as a weapons test is."""
    if lemma not in LAUNCH_VERBS or not dobjs:
        return False
    if not all(d.lemma_.lower() in PROJECTILES for d in dobjs):
        return False
    own = {a.country for a, _ in sources}
    return all(a.country in own for a, _ in targets)


def aerial_force(verb: Token, subj_toks: list[Token], passive: bool) -> bool:
    """The force is dealt by weapons from the air: the subject ("Russian missiles struck Kyiv")
    or the passive's agent ("were hit by Russian missiles") is one of AERIAL_WORDS."""
    heads = ([o for p in verb.children if p.dep_ == "agent" for o in p.children
              if o.dep_ == "pobj"] if passive else subj_toks)
    return any(h.lemma_.lower() in AERIAL_WORDS for h in heads)


def list_code(verb: Token) -> str | None:
    """The code of putting the object on a list of measures ("on its entry ban list", "to a
    sanctions list", "on a blacklist"): LIST_CODES by the list's words, else None."""
    for p in prep_children(verb):
        if p.lower_ not in {"on", "to", "onto"}:
            continue
        for lst in p.children:
            if lst.dep_ != "pobj" or lst.lemma_.lower() not in {"list", "blacklist"}:
                continue
            words = {t.lemma_.lower() for t in lst.subtree}
            code = next((c for w, c in LIST_CODES if w in words), None)
            if code is not None:
                return code
    return None


def expels_population(verb: Token, prt: str | None, dobjs: list[Token]) -> bool:
    """The verb drives a population out: its object counts thousands of people, or names
    inhabitants ("deported the Japanese inhabitants", "forced out 1,000 refugees from their
    homes", "drove thousands of villagers from the valley"), none of them armed. A driving verb
    ("drive", "force") must also say out of where: "out" (the particle, or the preposition of
    "forced 200,000 migrants out of the province") or a "from" phrase."""
    if verb.lemma_.lower() in DRIVING_VERBS and prt != "out" and not any(
        p.lower_ in {"from", "out"} for h in (verb, *dobjs) for p in prep_children(h)
    ):
        return False
    for obj in dobjs:
        left = [t for t in obj.subtree if t.i <= obj.i]
        words = {t.lemma_.lower() for t in left}
        if words & ARMED_WORDS:
            continue
        if words & POPULATION_WORDS or any(_count(t) >= MASS_COUNT for t in left if t.like_num):
            return True
    return False


def mass_killing(dobjs: list[Token]) -> bool:
    """The object counts thousands of people killed, none of them armed: a mass killing (202)
    ("killed thousands of Yazidi men and boys", "massacred 8,000 Bosnian Muslims"); "killed
    thousands of soldiers" is battle, "killed 40 villagers" no mass killing."""
    for obj in [n for o in dobjs for n in (o, *o.conjuncts)]:
        whole = list(obj.subtree)  # "thousands of Eritrean soldiers": armed, battle deaths
        if {t.lemma_.lower() for t in whole} & ARMED_WORDS:
            continue
        left = [t for t in whole if t.i <= obj.i]
        if ({t.lower_ for t in left} & MASS_WORDS
                or any(_count(t) >= MASS_COUNT for t in left if t.like_num)):
            return True
    return False


def _count(tok: Token) -> int:
    """The value of a numeral written in digits ("700,000" -> 700000); 0 for others."""
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def targetless(code: str) -> bool:
    """Whether CAMEO codes `code` with no target: protests, force postures, standing down,
    changes in leadership."""
    return code[:2] in TARGETLESS_ROOTS or code in TARGETLESS_CODES | LEADERSHIP_CHANGE_CODES


def attempted_killing(verb: Token, lemma: str, dobjs: list[Token]) -> bool:
    """A killing verb under 'try' or 'attempt' whose object is a named person ("tried to kill
    the opposition leader Ali Hassan"); an attempt on a group ("tried to kill civilians") is
    no assassination attempt."""
    return (lemma in KILLING_VERBS and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in ATTEMPT_VERBS
            and any(t.ent_type_ == "PERSON" for o in dobjs  # "the lawyer [John Mwangi]"
                    for t in [o, *(c for c in o.children if c.dep_ == "appos")]))


def joint_exercise(code: str, words: frozenset[str], sources: list[tuple[Actor, str]],
                   targets: list[tuple[Actor, str]]) -> bool:
    """A show of force (150) that is an exercise held by the forces of two or more states with
    no one it is aimed at: "French and Egyptian warships launched war games" is a joint
    exercise."""
    return (code == "150" and not targets and bool(words & EXERCISE_WORDS)
            and len({a.country for a, _ in sources if a.country is not None}) >= 2)


def investigation_code(code: str, tokens: Iterable[Token]) -> str:
    """A bare investigation (090) made specific by the words of what is investigated: "an
    investigation into alleged war crimes" (094), "investigating executives over bribes" (091)."""
    if code != "090":
        return code
    text = f" {' '.join(singular(t.lemma_.lower()) for t in sorted(set(tokens)))} "
    return next((kind for kind, cues in INVESTIGATED
                 if any(f" {cue} " in text for cue in cues)), code)


def asking_code(code: str, asked: str, lemma: str) -> str:
    """An appeal (02), demand (10) or rejection (12) made specific by the CAMEO code of the
    event it asks for or turns down, read through that event's intent code (CAMEO's 02x, 03x,
    10x and 12x run in parallel): "urged Russia to pull its forces out" appeals for
    de-escalation (0256), "demanded the withdrawal of troops" demands a withdrawal (106),
    "called for talks" appeals for a meeting (026), "refused to ease its sanctions" 1244."""
    root = code[:2]
    if root not in ASKED_ROOTS or (root == "12" and lemma not in REJECTING_VERBS):
        return code  # "postponed their meeting" is no rejection of one
    if root == "13":  # "threatened to impose a curfew" (1323), "threatened sanctions" (1312)
        return threat_code(asked) if code == "130" else code
    wanted = asked if asked[:2] == "03" else intent_code(asked)
    if wanted == "032":  # "demanded an apology", "that Japan recognise ...": no policy support
        return code
    if root == "10":
        found = DEMANDED_BY_CODE.get(asked) or DEMANDED_BY_INTENT.get(wanted)
    elif root == "12":
        found = REJECTED_BY_CODE.get(asked) or REJECTED_BY_INTENT.get(wanted)
    else:
        found = "02" + wanted[2:] if wanted[:2] == "03" and wanted != "030" else None
    if found and len(code) == 4 and code.startswith(found):
        return code  # "urged Iran to allow inspectors in": 0255, already finer than 025
    return found or code


def threat_code(code: str) -> str:
    """The threat of doing what `code` codes: its intent code where that is a threat (13x),
    else a threat not specified (130)."""
    if code[:2] == "13":
        return code
    wanted = intent_code(code)
    return wanted if wanted[:2] == "13" else "130"


# Modifiers of a threatened attack that make it one with weapons of mass destruction (1385).
WMD_WORDS = frozenset({"nuclear", "atomic", "chemical", "biological"})


def wmd_threat(code: str, act: Token) -> str:
    """A threat of force (138) made a threat of attack with weapons of mass destruction (1385)
    by a modifier of the act threatened: "the threat of a nuclear strike against X"."""
    if code != "138" or not any(c.dep_ in {"amod", "compound"} and c.lower_ in WMD_WORDS
                                for c in act.children):
        return code
    return "1385"


def threatened_wmd(code: str, verb: Token) -> str:
    """`wmd_threat` for a threatening verb: the act is its object ("threatened a nuclear
    strike") or a light verb's object in its infinitive ("threatened to launch a nuclear strike
    against Israel"), not what is attacked ("to attack nuclear facilities": 138)."""
    for comp in verb.children:
        if comp.dep_ == "dobj":
            acts = [comp]
        elif comp.dep_ in {"xcomp", "advcl"}:
            acts = [comp, *(c for c in comp.children if c.dep_ == "dobj"
                            and comp.lemma_.lower() in LIGHT_VERBS)]
        else:
            continue
        for act in acts:
            if wmd_threat(code, act) != code:
                return wmd_threat(code, act)
    return code


def _asked_words(verb: Token, aside: frozenset[str] = frozenset()) -> list[str]:
    """Lemmas (and "lemma particle" for phrasal verbs) of what `verb` asks for or rejects: its
    object, complement and for/on phrases, not side clauses ("which ...", "after ...") nor
    the phrases of the prepositions in `aside` below it."""
    words: list[str] = []
    frontier = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "ccomp", "dative"}
                or (c.dep_ == "prep" and c.lower_ in {"for", "on"})]
    while frontier:
        tok = frontier.pop(0)
        lemma = tok.lemma_.lower()
        words.append(lemma)
        phrasal = {lemma} | {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"}
        if phrasal & GIVING_BACK and any(c.dep_ == "dobj" for c in tok.children):
            words.append("release")  # "to return the citizens its agents abducted"
        if lemma in ALLOWING_VERBS and _lets_in_presence(tok):
            words.append("allow involvement")  # "to let foreign aid workers into the areas"
        if lemma in EASING_WORDS and _eases_sanctions(tok):
            words.append("ease sanctions")  # "to lift its sanctions", "sanctions relief"
        words += [f"{lemma} {c.lower_}" for c in tok.children  # "pull [out] of Ukraine"
                  if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in PARTICLES]
        frontier += [c for c in tok.children if c.dep_ not in ASIDE_DEPS
                     and not (c.dep_ == "prep" and c.lower_ in aside)]
    return words


def _eases_sanctions(word: Token) -> bool:
    """Whether a word of easing acts on sanctions: as its object or passive subject ("lift its
    sanctions", "that sanctions be lifted"), its compound ("sanctions relief") or the object of
    its of/from/to phrase ("the lifting of the embargo", "an end to the boycott")."""
    acted_on = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    acted_on += [o for p in word.children if p.dep_ == "prep" and p.lower_ in {"of", "from", "to"}
                 for o in p.children if o.dep_ == "pobj"]
    return any(singular(h.lemma_.lower()) in SANCTION_WORDS
               for o in acted_on for h in (o, *o.conjuncts))


def noun_asked_code(code: str, noun: Token) -> str | None:
    """The subcode of an appeal or demand named by a noun, read off what it asks for (ASKED_FOR):
    its that-clause or infinitive and its 'for' phrase ("a demand by Spain that he call a new
    presidential election" 1041, "an appeal for the release of the fishermen" 0253); None if
    nothing matches."""
    words: list[str] = []
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
            lemma = c.lemma_.lower()
            words += [lemma, *(f"{lemma} {p.lower_}" for p in c.children if p.dep_ == "prt")]
            words += ["ease sanctions"] if lemma in EASING_WORDS and _eases_sanctions(c) else []
            words += _asked_words(c)
        elif c.dep_ == "prep" and c.lower_ == "for":
            words += [o.lemma_.lower() for o in c.children if o.dep_ == "pobj"]
            words += _asked_words(c)
    found = set(words)
    return next((codes[code] for cues, codes in ASKED_FOR if code in codes and found & cues),
                None)


def _lets_in_presence(verb: Token) -> bool:
    """Whether an allowing verb lets an international presence in (CAMEO 086x): its object,
    or for allow/let/permit its clause's subject, is inspectors, monitors, peacekeepers or
    humanitarian workers, convoys or access ("allow IAEA inspectors to visit the site", "let
    foreign aid workers into the areas"); "admitted that observers were right" lets none in."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in {"allow", "let", "permit"}:
        heads += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
                  for s in c.children if s.dep_ == "nsubj"]
    for head in (h for x in heads for h in (x, *x.conjuncts)):
        lemma = head.lemma_.lower()
        mods = {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}
        if lemma in PRESENCE_NOUNS or mods & PRESENCE_NOUNS or (
            lemma in AID_PRESENCE_NOUNS and mods & HUMANITARIAN_WORDS
        ):
            return True
    return False


def presence_code(lemma: str, verb: Token) -> str | None:
    """International involvement let in (086x) by a verb of letting in or inviting whose
    object is an international presence (`_lets_in_presence`): inspectors (0862),
    peacekeepers (0861), humanitarian access (0863), other monitors (086): "invited a UN
    peacekeeping force into the region", "could allow UN inspectors to visit the site"."""
    if lemma not in LETTING_IN_VERBS or not _lets_in_presence(verb):
        return None
    words = {t.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"}
             for t in c.subtree}
    return next((code for cues, code in PRESENCE_CODES if words & cues), "086")


def cooperation_topic(code: str, verb: Token) -> str | None:
    """The intent to cooperate militarily (0312) or economically (0311) that a generic intent
    (030-032) is, by the words of what is to be done (a verb's object and complement, an event
    noun's phrase): "agreed to step up cooperation in cyber defence"; None if they name
    neither."""
    if code not in {"030", "031", "032"}:
        return None
    words = set(_asked_words(verb)) if verb.pos_ == "VERB" else subtree_lemmas(verb)
    return next((topic for cues, topic in COOPERATION_TOPICS if words & cues), None)


def agreement_kind(code: str, trigger: Token) -> str | None:
    """The cooperation (061 economic, 062 military, 063 judicial) that a signed agreement (057)
    is about, by its own words ("signed a free trade agreement", "a strategic defence
    partnership", "a memorandum to build a gas pipeline"), not its parties' ("signed between
    the military and protest leaders"); None where its words name no kind ("a peace deal") or
    more than one ("agreements on defence, trade and agriculture")."""
    if code != "057":
        return None
    texts = [trigger] if trigger.lemma_.lower() in SIGNED_TEXT_NOUNS else [
        o for o in trigger.children
        if o.dep_ == "dobj" and o.lemma_.lower() in SIGNED_TEXT_NOUNS]
    words = {t.lemma_.lower() for text in texts for t in _own_words(text)}
    kinds = [kind for cues, kind in AGREEMENT_KINDS if words & cues]
    return kinds[0] if len(kinds) == 1 else None  # "agreements on defence and trade": 057


def _own_words(text: Token) -> list[Token]:
    """The words that say what a signed text is about: its own modifiers ("a free trade
    agreement"), the objects of its 'on', 'for' and 'of' phrases ("agreements on energy and
    infrastructure"), and the object of the act it is for ("a memorandum to build a gas
    pipeline", "a pact allowing troops to deploy"), each with its modifiers and conjuncts; not
    what lies deeper ("an agreement to resolve their dispute over [...] military brothels")
    nor who signed it."""
    heads = [text]
    heads += [o for p in text.children if p.dep_ == "prep" and p.lower_ in {"on", "for", "of"}
              for o in p.children if o.dep_ == "pobj"]
    acts = [a for a in text.children if a.dep_ in {"acl", "relcl"}]
    acts += [c for a in acts for c in a.children if c.dep_ in {"xcomp", "ccomp"}]
    heads += [o for a in acts for o in a.children if o.dep_ in {"dobj", "nsubj"}]
    heads += [c for h in heads[1:] for c in h.conjuncts]
    return [w for h in heads for w in _with_modifiers(h)]


def _with_modifiers(head: Token) -> list[Token]:
    """A noun and its modifiers, theirs too ("a gas supply agreement")."""
    found, stack = [], [head]
    while stack:
        tok = stack.pop()
        found.append(tok)
        stack += [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    return found


def aid_kind(code: str, objects: list[Token]) -> str | None:
    """The kind of aid (AID_KINDS) given as `objects`, named as aid ("$5.5 billion in
    financial aid"), or pledged ("pledged $900 million"); None if they tell none."""
    words = {t.lemma_.lower() for o in objects for t in o.subtree} | {
        t.text for o in objects for t in o.subtree if t.text == "$"}
    if code == "070" and not words & AID_NOUNS:
        return None  # "contribute a million rupees": the dictionary's 070 (CAMEO 2.0 &CURRENCY)
    return next((kinds[code] for cues, kinds in AID_KINDS if code in kinds and words & cues),
                None)


def _accused_of(verb: Token) -> list[str]:
    """Lemmas (and "modifier lemma" pairs) of what `verb` accuses of: its 'of' phrases, wherever
    the parser hung them in its clause ("accused a Japanese consul in Vladivostok [of obtaining
    classified information]"), not the accused ("a Chinese spy plane")."""
    words: list[str] = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "of" or clause_verb(prep).i != verb.i:
            continue
        for tok in prep.subtree:
            words.append(tok.lemma_.lower())
            words += [f"{c.lemma_.lower()} {tok.lemma_.lower()}" for c in tok.children
                      if c.dep_ in {"compound", "amod"}]
    return words + _blamed_act(verb)


def _blamed_act(verb: Token) -> list[str]:
    """Lemmas (and "modifier lemma" pairs) of the act a verb of blaming puts on someone: its
    object, or the noun its relative clause is on ("the air strike ..., which Tehran blamed
    on Israel")."""
    if verb.lemma_.lower() not in BLAMING_VERBS:
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    head = verb.head if verb.dep_ == "relcl" else None
    while head is not None:  # "the air strike on the embassy in Quito, which ...": the parser
        acts.append(head)  # may hang the clause on the last noun of the phrase
        head = head.head.head if head.dep_ == "pobj" and head.head.head.pos_ == "NOUN" else None
    return [w for a in acts for w in (a.lemma_.lower(), *(
        f"{c.lemma_.lower()} {a.lemma_.lower()}" for c in a.children
        if c.dep_ in {"compound", "amod"}))]


def accusation_code(lemma: str, code: str, verb: Token, how: str) -> tuple[str, str]:
    """An accusation stays an accusation (112, made specific by ASKED_FOR) when the verb
    dictionary reads it off the accused or the charge: "accused Chilean troops of shelling
    border villages" is no condemnation (111), and "accused the generals of crimes against
    humanity" no arrest (173); a court's charge stays with its own verbs ("charged")."""
    if lemma not in ACCUSING_VERBS or code not in ACCUSATION_MISREADS or not _accused_of(verb):
        return code, how
    return "112", how + "+accusation"


def accused_clause_code(noun: Token) -> str | None:
    """The subcode of an accusation named by a noun, read off its that-clause (ASKED_FOR):
    "accusations that Chile had shelled a border post" is 1123; None if it tells none."""
    clause = claim_clause(noun)
    if clause is None:
        return None
    words = {t.lemma_.lower() for t in clause.subtree}
    return next((codes["112"] for cues, codes in ASKED_FOR if "112" in codes and words & cues),
                None)


def asked_aid_code(code: str, verb: Token) -> str | None:
    """The subcode of an appeal or demand (020/100) for material aid: troops sent or asked for
    are protection (0234: "asked Chad to send troops", "asked France for troops"), help, aid or
    support of a kind (AID_KINDS) is that aid ("asked Paris for military help" 0232), and so are
    arms ("asked Germany for more tanks" 0232); pressing for aid asks for it (02x); None if it
    asks for neither."""
    words = set(_asked_words(verb))
    asked_for = {o.lemma_.lower() for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"}
    asks = AID_ASKS["020" if verb.lemma_.lower() in PRESSING_VERBS else code]
    if words & PROTECTION_NOUNS and (words & SENDING_VERBS or asked_for & PROTECTION_NOUNS):
        return asks["protection"]
    if not words & AID_NOUNS:  # "asked Germany for tanks", "to send more missiles": arms
        sent = words if words & SENDING_VERBS else set()
        wanted = {o.lemma_.lower() for o in verb.children if o.dep_ == "dobj"}
        return asks["072"] if (asked_for | sent | wanted) & ASKED_ARMS else None
    kind = next((kinds["070"] for cues, kinds in AID_KINDS if "070" in kinds and words & cues),
                None)
    return asks.get(kind) if kind is not None else None


def eased_sanctions_demanded(code: str, verb: Token) -> str:
    """A demand that CAMEO 2.0 reads as a threat of sanctions by its object ("DEMAND *
    SANCTIONS", 1312) is a demand for sanctions eased (1054) where it asks for them eased:
    "demanded sanctions relief", "pressed for the lifting of the embargo"."""
    if code != "1312" or verb.lemma_.lower() not in DEMANDING_VERBS | PRESSING_VERBS:
        return code
    return "1054" if "ease sanctions" in _asked_words(verb) else code


def asked_for_code(code: str, verb: Token) -> str | None:
    """The subcode of a generic appeal, demand, rejection or threat for what it asks for,
    rejects or threatens (ASKED_FOR): "urged Peru to release the fishermen" is 0253; None if
    nothing matches."""
    # a threat's for/over phrase is its cause: "would retaliate for the sanctions"
    words = set(_accused_of(verb) if code == "112" else
                _asked_words(verb, REASON_PREPS if code == "130" else frozenset()))
    return next((codes[code] for cues, codes in ASKED_FOR if code in codes and words & cues),
                None)


def stated_code(noun: Token) -> str:
    """The code of a stated request: its noun's (STATED_DEMANDS), or a demand (100) for a noun
    of saying whose clause says someone must act."""
    return STATED_DEMANDS.get(noun.lemma_.lower(), "100")


# Sectors of armed groups that are no state's forces, and of unarmed people: such a group's
# plain use of force (190) against them is unconventional violence (180).
IRREGULAR_ARMED_SECTORS = frozenset({"REB", "UAF", "INS", "SEP"})
UNARMED_SECTORS = frozenset({"CVL", "LAB", "BUS", "EDU", "REL", "MED", "REF", "AGR", "HLH"})


def on_the_unarmed(code: str, source_sector: str | None, target_sector: str | None) -> str:
    """The code of plain force (190) used by rebels or militants on civilians, workers or
    others unarmed: unconventional violence (180). "Separatist fighters stepped up attacks on
    farmers and traders" is 180; "... on police posts" stays 190."""
    if (code == "190" and source_sector in IRREGULAR_ARMED_SECTORS
            and target_sector in UNARMED_SECTORS):
        return "180"
    return code


# Verbs of wounding, which CAMEO 2.0 reads as assault (180, 182): between armed sides, the
# forces of a state, police or armed groups, wounding is combat (190), as killing is ("the army
# said its troops killed and wounded 300 insurgents"); "gunmen wounded five villagers" stays 18.
WOUNDING_VERBS = frozenset({"wound", "injure", "hurt", "maim"})
COMBATANT_SECTORS = ARMED_SECTORS | frozenset({"COP"})


def wounded_in_combat(code: str, lemma: str, sources: list[tuple[Actor, str]],
                      targets: list[tuple[Actor, str]]) -> bool:
    """Whether an assault (18) read off a verb of wounding is fighting (190): its sources and
    its targets all bear arms."""
    return (code[:2] == "18" and lemma in WOUNDING_VERBS and bool(sources) and bool(targets)
            and all(a.sector in COMBATANT_SECTORS for a, _ in sources + targets))


# Verbs of approval that, with an object and an infinitive, urge rather than praise
# ("encouraged Kenyan police to speed up the inquiry": an appeal, CAMEO 02).
URGING_APPROVAL_VERBS = frozenset({"encourage"})


def urged_to_act(code: str, lemma: str, verb: Token) -> bool:
    """Whether an approving verb (05) asks its object to act: "I encourage the police to speed
    up the investigation" (020), not "encouraged the talks" (051)."""
    if code[:2] != "05" or lemma not in URGING_APPROVAL_VERBS:
        return False
    return (any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                               for a in c.children) for c in verb.children))


# Verbs that CAMEO 2.0 also reads as verbal attacks ("attacked the government for its
# failures": 111); by armed men they are force ("rebels attacked villages for supplies").
ASSAULT_OR_CRITICISM_VERBS = frozenset({"attack"})


def armed_attack(code: str, lemma: str, sources: list[tuple[Actor, str]]) -> bool:
    """Whether a criticism (111) read off an attacking verb is force: its sources all bear
    arms (military, rebels, armed groups)."""
    return (code == "111" and lemma in ASSAULT_OR_CRITICISM_VERBS and bool(sources)
            and all(a.sector in ARMED_SECTORS for a, _ in sources))
