"""What a parsed sentence says, read from the parse alone: no actors, no codes.

Owns the walking of spaCy's dependency tree that the event rules share: the prepositions under a
word and their objects (`prep_children`, `prep_objects`, `prep_objects_under`, `deep_preps`), the
subject of a verb through control, coordination and relative clauses (`subject_tokens`), the
lemmas of a phrase, the clauses that only report, claim, demand or condition (`claimed`,
`demand_clauses`, `governed`, `in_condition`), and the word-level readings of a token
(`noun_word`, `regular_stems`, `hyphen_compound`). Pure functions of `Token`s."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from detente.coding.lexicon import singular
from detente.coding.modality import (
    CONDITIONAL_MARKS,
    FUTURE_AUX,
    Modality,
    lemma_in,
    misplaced_noun_complement,
    modality,
)
from detente.coding.quotes import quote_around
from detente.coding.vocabulary import (
    ADDRESSEE_NOUNS,
    AMOUNT_ENTS,
    ANAPHORS,
    ASKING_FOR_VERBS,
    ASKING_OBJECT_VERBS,
    ATTEMPT_VERBS,
    AUTHORED_NOUNS,
    CALENDAR_NAMES,
    CHARGING_VERBS,
    CLAIM_NOUNS,
    CLAIMED_WORDS,
    CLAIMING_VERBS,
    COMMENTED_NOUNS,
    COOPERATIVE_ROOTS,
    COUNTERPART_PREPS,
    DEFINITE_DETS,
    DENYING_VERBS,
    EVENT_MAKING,
    FRAMING_PREPS,
    HAPPENING_VERBS,
    OBJECT_CONTROL,
    OWN_PEOPLE_WORDS,
    PERMITTING_VERBS,
    PLANNED_MODIFIERS,
    PRESS_OUTLETS,
    PRESS_WORDS,
    REASON_VERBS,
    REFERRING_NOUNS,
    REFUSING_VERBS,
    REJECTING_VERBS,
    REPORTING_DEPS,
    SAYING_NOUNS,
    SERIES_NOUNS,
    SPEECH_VERBS,
    STATED_DEMANDS,
    TARGET_PREPS,
    TIMED_GERUND_PREPS,
    UNDONE_MODIFIERS,
)

# Documents whose permission, given in a clause on them, makes no act happen ("an accord
# allowing U.S. troops to operate in the country": `permitted_by_document`).
PERMITTING_DOCUMENTS = frozenset({"agreement", "accord", "deal", "pact", "treaty", "law",
                                  "resolution", "decree", "bill", "arrangement", "memorandum",
                                  "provision", "protocol", "framework"})
# Words that join a coordinated phrase ("neither A nor B"): no pattern's nouns.
JOINERS = frozenset({"and", "or", "nor", "neither", "either", "both"})


# Words that open a relative clause in the place of its object or an adverbial.
RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who"})
RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby", "whose"})
# Named entities that are never what a relative clause's verb acts on as its object.
NOT_AGREEMENT_ENTS = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})


def token_lemmas(tokens: Iterable[Token]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if not t.is_punct)


def joiner(tok: Token) -> bool:
    return tok.dep_ in {"cc", "preconj", "det"} and tok.lower_ in JOINERS


def subtree_lemmas(tok: Token) -> frozenset[str]:
    return token_lemmas(tok.subtree)


def phrase_lemmas(tok: Token) -> frozenset[str]:
    """Lemmas of the phrase `tok` heads, less its relative and content clauses: "support a
    resolution that aims to tighten sanctions" supports a resolution, not sanctions."""
    aside = {t.i for c in tok.subtree if c.dep_ == "relcl" or (
        c.dep_ in {"acl", "ccomp"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
        for t in c.subtree}  # nor its content clauses ("a reminder that it must cooperate")
    return token_lemmas(t for t in tok.subtree if t.i not in aside)


def prep_phrase_lemmas(tok: Token) -> frozenset[str]:
    """Lemmas of the phrase `tok` heads as a preposition's object, less the clauses on its
    nouns: "called for the return of land seized by Israeli troops" calls for a return, not
    for troops (CAMEO 2.0's "* (FOR TROOP)", 0232)."""
    aside = {t.i for c in tok.subtree if c.i != tok.i and c.dep_ in {"relcl", "acl"}
             for t in c.subtree}
    return token_lemmas(t for t in tok.subtree if t.i not in aside)


def refusing_verb(verb: Token) -> Token | None:
    """The refusing verb whose infinitive `verb` is ("refused to [allow] ...", "declined to
    [meet] and [talk]"), or None."""
    tok = verb
    while tok.dep_ in {"xcomp", "conj"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REFUSING_VERBS:
            return tok
    return None


def vowed_not(verb: Token) -> bool:
    """The verb is negated in the future ("will not accept", "would not release", "won't
    meet"): what its subject says it will not do, a refusal."""
    return verb.pos_ == "VERB" and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "'d"} for c in verb.children)


def conditioned(verb: Token) -> bool:
    """The verb has an if/unless clause of its own ("If this happens, Kenya will not buy
    Ugandan tea"): what it says holds only on that condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                         for m in c.children) for c in verb.children)


def regular_stems(word: str) -> list[str]:
    """Candidate base forms of a regularly inflected verb: "tapped" -> "tapp", "tap";
    "cordoned" -> "cordon", "cordone"."""
    out: list[str] = []
    for suffix, tail in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + tail
            out.append(stem)
            if not tail and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # a doubled final consonant: "tapped" -> "tap"
    return out


def noun_word(tok: Token) -> str:
    """A token as the noun lexicon spells its words: a hyphen, or the singular lemma."""
    return "-" if tok.text == "-" else singular(tok.lemma_.lower())


# Verbs whose object is a measure already in force that they keep or break, not impose.
REFERRING_VERBS = frozenset({"violate", "breach", "flout", "defy", "evade", "circumvent",
                             "skirt", "comply", "abide", "obey", "bust"})


def kept_or_broken(noun: Token) -> bool:
    """The noun names an existing measure that a verb of keeping or breaking governs:
    "violate the embargo", "comply with the sanctions", "abide by the ceasefire"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if any(c.dep_ == "dobj" for c in head.children):  # "defied resolutions [with a
            return False  # missile launch]": the phrase says how, it is no measure kept
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in REFERRING_VERBS


# Verbs that undo a planned event named by their object or passive subject: "a summit between X
# and Y was called off", "cancelled the visit", "the talks were postponed": it did not happen.
CALLING_OFF_VERBS = frozenset({"cancel", "postpone", "scrap", "shelve"})
CALLING_OFF_PARTICLES = {"call": "off", "put": "off"}


def called_off(noun: Token) -> str | None:
    """The verb that calls off the event `noun` names, as its object or passive subject, if
    one does: "A summit in Luanda between X and Y was called off on Sunday" (the summit did
    not take place: negated); "cancelled" in "Rwanda cancelled the talks"."""
    head = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    particle = CALLING_OFF_PARTICLES.get(lemma)
    if particle is not None and any(c.dep_ == "prt" and c.lower_ == particle
                                    for c in head.children):
        return f"{lemma} {particle}"
    return lemma if lemma in CALLING_OFF_VERBS else None


def nominal_modality(noun: Token) -> Modality:
    """A bare nominal event is asserted unless the verb that creates it is negated, or a verb
    calls it off ("the summit was called off": negated)."""
    head = noun.head
    undone = called_off(noun)
    if undone is not None:
        return Modality("negated", False, undone)
    asker = asked_for_by(noun)
    if asker is not None:  # "urged a ceasefire between X and Y", "called for talks with X"
        return Modality("hypothetical", False, asker.text)
    prospect = prospect_of(noun)
    if prospect is not None:  # "hope for a ceasefire between X and Y", "the risk of war"
        return Modality("hypothetical", False, prospect.text)
    modifier = undone_modifier(noun)
    if modifier is not None:  # "the planned summit": intended; "a possible deal": supposed
        return Modality("asserted", True, modifier.text) \
            if modifier.lower_ in PLANNED_MODIFIERS else \
            Modality("hypothetical", False, modifier.text)
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in EVENT_MAKING:
        return modality(head)
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.pos_ in {"VERB", "AUX"}:
        mod = modality(head)  # "cooperation could resume", "a ceasefire may take hold"
        if mod.factuality == "hypothetical":
            return mod
    planned = scheduled_by(noun)
    if planned is not None:  # "talks between X and Y are set for Tuesday": planned (036)
        return Modality("asserted", True, planned.text)
    occasion = occasion_verb(noun)
    if occasion is not None:
        mod = modality(occasion)  # "hopes to settle the dispute during [talks] on Tuesday"
        if mod.factuality == "hypothetical" or (mod.factuality == "asserted" and mod.intent):
            return mod
    return Modality("asserted", False, None)


# Predicates that schedule the event noun that is their subject ("talks are [set] for Tuesday",
# "the summit is [scheduled] for May", "talks are [due] to begin"), and verbs of an event's
# taking place that, in the future, plan their subject ("a summit [will take] place", "talks
# [will resume]").
SCHEDULING_WORDS = frozenset({"schedule", "set", "slate", "plan", "due", "expect"})
OCCURRING_VERBS = frozenset({"take", "begin", "start", "open", "resume", "convene", "happen",
                             "occur", "proceed", "hold"})


def scheduled_by(noun: Token) -> Token | None:
    """The word that schedules the event noun its subject names, or the future auxiliary of
    its taking place: "set" in "talks between Kenya and Uganda are set for Tuesday", "due" in
    "talks are due to begin", "will" in "a summit will take place next week". The event is
    planned, not held. "The attack will be investigated" (the attack is past) is no
    scheduling: the verb must be one of the event's taking place."""
    head = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or head.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = head.lemma_.lower()
    if lemma in SCHEDULING_WORDS and lemma != "due" and any(
            c.dep_ == "auxpass" for c in head.children):
        return head  # "are set for Tuesday", "is scheduled to begin"
    due = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
    if due is not None:  # "talks are due to begin"
        return due
    if lemma in OCCURRING_VERBS and (lemma != "take" or any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)) and (
            lemma != "hold" or noun.dep_ == "nsubjpass"):
        return next((c for c in head.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX),
                    None)  # "a summit will take place", "talks will be held"
    return None


# Prepositions that make an event noun the occasion of a verb's act ("settle it [during]
# talks", "raise it [at] the summit"): the occasion is as real as the act. Prepositions of
# cause and sequence ("retaliate for the attack", "after the talks") name what came before.
OCCASION_PREPS = frozenset({"during", "at"})


def occasion_verb(noun: Token) -> Token | None:
    """The verb whose act the event noun is the occasion of: "the United States hopes to
    resolve the dispute [during] talks Tuesday" (the talks are planned as the resolving is),
    "Kenya could raise the matter [at] a summit with Uganda"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in OCCASION_PREPS:
        return None
    verb = head.head
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i != head.i else None


# Nouns of hope, fear and likelihood whose for/of phrase names an event only foreseen ("hope for
# a ceasefire between X and Y", "fears of an attack", "the risk of war", "the prospect of
# talks"); and verbs whose 'for' phrase does ("hopes for talks", "is preparing for a summit").
# "Concern over the attack" (a real one) is not here.
PROSPECT_NOUNS = frozenset({"hope", "fear", "prospect", "possibility", "risk", "danger",
                            "likelihood", "chance", "expectation", "speculation", "threat"})
PROSPECT_VERBS = frozenset({"hope", "wish", "pray", "wait", "prepare", "aim", "plan"})


def prospect_of(noun: Token) -> Token | None:
    """The noun or verb of hope, fear or likelihood whose for/of phrase holds the event noun:
    "hope" in "Kenya expressed hope for a ceasefire between Ethiopia and Eritrea", "risk" in
    "the risk of war between X and Y", "prepare" in "is preparing for a summit with Uganda"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
        return None
    gov = prep.head
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in PROSPECT_NOUNS:
        return gov
    if prep.lower_ == "for" and gov.pos_ == "VERB" and lemma_in(gov, PROSPECT_VERBS):
        return gov
    return None


def undone_modifier(noun: Token) -> Token | None:
    """The modifier that says the event noun has not happened, if one does: "planned" in "the
    planned summit between Kenya and Uganda", "possible" in "a possible deal"."""
    return next((c for c in noun.children if c.dep_ in {"amod", "compound"}
                 and c.lower_ in UNDONE_MODIFIERS), None)


def asked_for_by(noun: Token) -> Token | None:
    """The verb of asking that takes the event noun as its object or in its 'for' phrase
    ("urged [a ceasefire] between Chad and Sudan", "called for [talks] with Chad", "appealed for
    a truce and [talks]"): the event is asked for, not done."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" \
            and head.lemma_.lower() in ASKING_OBJECT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" \
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in ASKING_FOR_VERBS:
        return head.head
    return None


# Words that open an embedded question, whose clause asks, and asserts or supposes nothing:
# "it remains unclear whether Kabila will step down".
QUESTION_MARKS = frozenset({"whether"})


def in_open_question(tok: Token) -> bool:
    """Whether `tok` lies in a clause that a `QUESTION_MARKS` word opens: "It remains unclear
    whether Kabila will step down", "a question about whether Washington will loosen ties"."""
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def bare_passive(verb: Token) -> bool:
    """A past participle with a 'by' agent and no auxiliary that the parser gave a plain
    subject: "Mali, Burkina Faso and Niger, all ruled by military governments, said ..." (the
    countries are ruled, not rulers). Its subject is the patient, as in the passive."""
    return (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


def patient_subjects(verb: Token) -> list[Token]:
    """The subjects of a passive verb, which name its patients: "was detained by police",
    and the subject of a `bare_passive` participle."""
    deps = {"nsubjpass", "nsubj"} if bare_passive(verb) else {"nsubjpass"}
    return [c for c in verb.children if c.dep_ in deps]


def relative_objects(verb: Token, dobjs: list[Token]) -> list[Token]:
    """The verb's objects with a relative pronoun read as the noun it stands for: in "the
    treaty that Putin and Kim signed" and "the sanctions, which Washington imposed", the verb's
    object is the treaty, the sanctions; so too with no pronoun ("the deal they signed")."""
    head = verb.head
    if verb.dep_ != "relcl" or not (head.pos_ == "NOUN" or (  # "the Agreed Framework that
            head.pos_ == "PROPN" and head.ent_type_ not in NOT_AGREEMENT_ENTS)):  # X signed"
        return dobjs  # ("a visit to Taipei that Beijing condemned": the parser's Taipei)
    if dobjs:
        return [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in dobjs]
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in RELATIVE_PRONOUNS
                      for c in verb.children)
    relative_word = any(t.lower_ in RELATIVE_PRONOUNS | RELATIVE_ADVERBS
                        for c in verb.children for t in c.subtree)  # "the city in which"
    return [verb.head] if own_subject and not relative_word and not any(
        c.dep_ in {"nsubjpass", "auxpass", "ccomp", "xcomp"} for c in verb.children) else dobjs


def gerund_read_as_object(obj: Token) -> Token:
    """The noun the parser left as a compound of a participle it took for the verb's object:
    in "vetoed a Security Council resolution censuring as a violation of law its raid", the
    object is the resolution, which does the censuring. Only a participle in -ing with an
    object of its own, right after the noun."""
    if not obj.lower_.endswith("ing") or not any(c.dep_ == "dobj" for c in obj.children):
        return obj
    nouns = [c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1
             and c.pos_ in {"NOUN", "PROPN"}]
    return nouns[0] if nouns else obj


def reported_clause(sent: Span) -> Token:
    """The verb of the clause a sentence reports: its root, or where the root is a verb of
    saying that follows what it reports ("Russia vetoed the resolution, a move welcomed by
    Serbia, officials said"), the clause before it."""
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS:
        told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if told and told[0].pos_ in {"VERB", "AUX"}:
            return told[0]
    return root


def main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's root verb: "Kenya and Uganda signed a pact" gives Kenya
    (its conjuncts are the caller's to read)."""
    return next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def subject_tokens(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of `verb`, and whether they were inherited from a governing verb."""
    tok, inherited = verb, False
    for _ in range(6):
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
        if subj and subj[0].lower_ in ANAPHORS and tok.dep_ == "ccomp" \
                and not quoted_pronoun(subj[0]):
            # "Russia said it would respond": the pronoun is the speaker
            tok, inherited = tok.head, True
            continue
        if subj:
            return [_participle_subject(t) for t in subj
                    if not any(split_demonym(o) == t for o in subj)], inherited
        listed = listed_after_frame(tok)
        if listed:  # "According to state media, Russia and China vetoed ..."
            return listed, inherited
        if tok.dep_ == "relcl" or misread_main_verb(tok):
            return [tok.head], True
        decision = misplaced_noun_complement(tok)
        if decision is not None:  # "angered by a Turkish court ruling to continue to imprison
            return [c for c in decision.children  # him": the court continues
                    if c.dep_ in {"poss", "compound"}], True
        if tok.dep_ == "acl" and tok.head.lemma_.lower() not in ADDRESSEE_NOUNS:
            # "Putin's decision to invade Ukraine": the possessor acts
            owners = [c for c in tok.head.children if c.dep_ == "poss"]
            if owners:
                return owners, True
        if (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "PROPN"
                and tok.nbor(-1).text == ","):
            # "Scholz, visiting Senegal, met Sall": the one the participle describes acts
            return [tok.head], True
        if (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj"
                and tok.head.lemma_.lower() in AUTHORED_NOUNS
                and tok.head.head.lemma_.lower() not in REJECTING_VERBS):
            # "lawmakers adopted a resolution condemning X": who adopted it condemns; not who
            # vetoed or rejected it ("Russia vetoed a resolution condemning Syria")
            tok, inherited = tok.head.head, True
            continue
        passive_subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if (inherited and passive_subj and passive_subj[0].lower_ in ANAPHORS
                and tok.dep_ == "ccomp" and not quoted_pronoun(passive_subj[0])):
            # "Myanmar said it was dismayed and accused the bloc": the pronoun is the speaker
            tok = tok.head
            continue
        if inherited and passive_subj:  # "Yoon is scheduled to visit": the passive's subject
            return passive_subj, True
        if by_means(tok):  # "China responded by halting imports": China halts them
            tok, inherited = tok.head.head, True
            continue
        if timed_gerund(tok):  # "Modi flew to Kyiv after visiting Poland": Modi visits
            tok, inherited = tok.head.head, True
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in tok.head.children if c.dep_ == "dobj"]
            if objs:
                return objs, True
        if tok.dep_ in {"xcomp", "conj", "advcl", "acomp"} and tok.head.i != tok.i:
            tok, inherited = tok.head, True
            continue
        break
    return [], inherited


def listed_after_frame(verb: Token) -> list[Token]:
    """The subject the parser listed with the object of a phrase set off before the verb
    ("According to state media, Russia and China vetoed the resolution" reads Russia and
    China as items after "media") or set off after it ("According to state media, Olaf
    Scholz, visiting Senegal, said"): the first item after the comma, whose own items follow
    it; [] where the verb has a subject or no such phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.subtree:
            if obj.dep_ != "pobj":
                continue
            items = [c for c in obj.children
                     if c.dep_ in {"conj", "appos"} and obj.i < c.left_edge.i and c.i < verb.i
                     and obj.doc[c.left_edge.i - 1].text == ","]
            if items and not any(c.dep_ == "cc" and c.i < items[0].i for c in obj.children):
                return items[:1]
    return []


def by_means(verb: Token) -> bool:
    """A gerund that says how its governing verb's subject acted, that subject's own act:
    "Russia retaliated by expelling ten diplomats", "the army answered by shelling the town".
    Not under a passive verb, whose subject is not the one who acts ("peace was won by
    signing a truce")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "by" or prep.dep_ != "prep":
        return False
    governor = prep.head
    return governor.pos_ == "VERB" and not any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in governor.children)


def timed_gerund(verb: Token) -> bool:
    """A gerund after a preposition of time that tells what its governing verb's subject did
    before or after that verb: "Modi flew to Kyiv after visiting Poland", "the fund said on
    Saturday after reaching an agreement with Tunisian officials", "was greeted at the airport
    before holding talks with Tshisekedi" (the one greeted holds them). Not under a verb of
    what is yet to come or may be ("will travel to Kyiv after visiting Poland", "could meet
    ..."), whose gerund is no more done than it."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.dep_ == "prep"
            and prep.lower_ in TIMED_GERUND_PREPS and prep.head.pos_ == "VERB"
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in prep.head.children))


def misread_main_verb(verb: Token) -> bool:
    """A sentence's finite main verb that the parser hung on its subject as a participle:
    "The Bolivian army chief called on the president to resign" parsed with 'chief' as the
    root and 'called' (past tense, VBD, not a participle) as its modifier; the noun right
    before it is its subject. So too a form read as a participle that takes a direct object,
    which a passive participle does not: "Israeli airstrikes killed at least 20 people"."""
    noun = verb.head
    return (verb.dep_ == "acl" and noun.dep_ == "ROOT"
            and noun.pos_ in {"NOUN", "PROPN"} and verb.i == noun.i + 1
            and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _takes_object(verb))))


def _takes_object(verb: Token) -> bool:
    """The verb has a direct object and no mark of the passive ('by' agent, passive aux)."""
    return (any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in {"agent", "auxpass"} for c in verb.children))


def quoted_pronoun(subject: Token) -> bool:
    """A pronoun subject inside a direct quote, whose clause the verb of saying reports word for
    word: '"We will respond," the minister said' ('we' is the speaker, read by
    `speakers.quoted_speaker`); '"They will regret it," he said' ('they' is not him)."""
    return subject.pos_ == "PRON" and quote_around(subject) is not None


def split_demonym(head: Token) -> Token | None:
    """The country word the parser split off a common noun's phrase as a sibling: "Angolan
    police and soldiers forced ..." parsed with 'Angolan' as a second subject (or 'dep') of
    the verb. It must stand right before the phrase, a proper noun naming a place or people."""
    if head.pos_ != "NOUN" or head.left_edge.i == 0:
        return None
    before = head.doc[head.left_edge.i - 1]
    if (before.head.i == head.head.i and before.i != head.head.i and before.pos_ == "PROPN"
            and before.dep_ in {"nsubj", "dep"} and before.ent_type_ in {"GPE", "NORP"}
            and before.n_lefts == 0 and before.n_rights == 0):
        return before
    return None


def _participle_subject(subj: Token) -> Token:
    """The real subject where the parser made a participle the subject and the noun before it
    the participle's own: "The Red Cross [operating in Iraq] said ..." is the Red Cross."""
    if subj.pos_ == "VERB" and subj.tag_ in {"VBG", "VBN"}:
        inner = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i]
        if inner:
            return inner[0]
    return subj


def definite(token: Token, dets: frozenset[str] = DEFINITE_DETS) -> bool:
    """`token` is determined by one of `dets`, by default "the", "this" or "that": something
    named before ("the militants", "this bloc")."""
    return any(c.dep_ == "det" and c.lower_ in dets for c in token.children)


def referred_to(noun: Token) -> bool:
    """An event noun that a non-event noun only characterises ("a symbol of cooperation",
    "the importance of talks", "the prospect of sanctions") names no event that happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    return prep.head.lemma_.lower() in REFERRING_NOUNS


def giving_reason(verb: Token) -> bool:
    """A participle clause that gives the reason for its main clause's act ("the UN did not
    invite them, citing the Taliban's opposition") or its motive ("stayed quiet, hoping the
    talks would resume") addresses no one."""
    return (verb.lemma_.lower() in REASON_VERBS and verb.tag_ == "VBG"
            and verb.dep_ in {"advcl", "xcomp", "conj"})


def stray_base_form(verb: Token) -> bool:
    """A base-form verb heading an adverbial clause with no subject, auxiliary or marker,
    right after a noun, is a noun the tagger misread: "dispute" in "accepted a formula for
    ending its fisheries dispute with its partners" (parsed as "ending its fisheries" and a
    bare "dispute with its partners") is no act of disputing."""
    return (verb.tag_ == "VB" and verb.dep_ == "advcl" and verb.i > verb.sent.start
            and verb.doc[verb.i - 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}
            and not any(c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass", "expl"}
                        for c in verb.children))


# Verbs that lay an act at another's door without the reporter vouching for it.
ALLEGING_VERBS = frozenset({"allege"})


def alleged(verb: Token) -> bool:
    """Whether `verb` sits anywhere in the that-clause of an allegation ("a lawsuit alleged
    the government had prevented lawyers ...", "alleged that the military was behind rigging
    [to help] its parties"): laid at another's door, not asserted."""
    tok = verb
    while tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ALLEGING_VERBS:
            return True
        tok = tok.head
    return False


def claimed(verb: Token) -> bool:
    """A clause that only gives the content of a report, claim or allegation ("examined
    reports that Russian forces had tortured prisoners"), of a denial ("denied that its
    bombers had entered Japanese airspace") or of a demand ("reiterated its demand that Israel
    ease restrictions") asserts no event."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if alleged(verb):  # "alleged that the military was behind rigging to help its parties"
        return True
    if verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ == "NOUN" and (
            verb.head.lemma_.lower() in CLAIM_NOUNS):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENYING_VERBS \
            and not commented_after(verb):
        return True  # "Russia denied that Ukrainian forces had attacked Belgorod"
    return verb in demand_clauses(verb.head)  # "its demand that Israel ease restrictions"


def permitted_by_document(verb: Token) -> bool:
    """A clause that only says what an agreement, a law or a resolution permits, an act
    allowed, not done: "the accord allowing U.S. troops to operate in the country", "the
    agreement, letting Japanese forces deploy to Britain", "the deal allows Turkish troops to
    enter Syria". Not what a party allows ("Tokyo allowed the ship to dock"): an actor's act."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    permit = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or permit.i == verb.i \
            or permit.lemma_.lower() not in PERMITTING_VERBS:
        return False
    document: Token | None = None
    if permit.dep_ in {"acl", "relcl"}:  # "an accord allowing ...", "a pact that lets ..."
        document = permit.head
        if permit.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                                              for c in permit.children):
            return False  # "the pact that Japan allowed to lapse": the pact is no subject
    else:
        document = next((c for c in permit.children if c.dep_ == "nsubj"), None)
    return document is not None and document.lemma_.lower() in PERMITTING_DOCUMENTS


def commented_after(clause: Token) -> bool:
    """Whether `clause` is an accusation that a comment set off after it by a comma names and
    denies ("Moscow accused Kyiv of shelling the plant, [a charge] Ukraine denied"): the
    parser hangs the clause on the comment's verb, but the writer reports the accusation.
    ("Troops killed three men, a claim the army denied" reports only a claim.)"""
    head = clause.head
    if clause.i > head.i or clause.lemma_.lower() not in CHARGING_VERBS:
        return False
    for noun in head.children:
        if (noun.dep_ in {"nsubj", "dobj"} and noun.lemma_.lower() in COMMENTED_NOUNS
                and clause.i < noun.i and noun.left_edge.i > 0
                and noun.doc[noun.left_edge.i - 1].text == ","):
            return True
    return False


# Verbs that advise ("suggested that Kenya reopen the border") or, with a clause in the past or
# the perfect, only put forward a view of what is or was ("suggested Iran had lied").
SUGGESTING_VERBS = frozenset({"suggest"})


def suggests_a_fact(verb: Token) -> bool:
    """Whether a verb of suggesting puts forward a view, not advice: its that-clause is in the
    past or the perfect ("suggested that the minister needed treatment", "suggested officials
    must have given the orders"); advice takes the subjunctive or 'should' ("suggested that
    Kenya reopen the border")."""
    if verb.lemma_.lower() not in SUGGESTING_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if clause.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_.lower() == "have"
                                       for a in clause.children):
            return True
    return False


# Verbs that are cooperation (06) only with a partner named in a with/alongside phrase or
# 'together' ("worked with Kenya"); an object is none ("worked through the night [to rescue]
# elders", as the parser may read it).
PARTNERED_VERBS = frozenset({"work"})


def unpartnered(verb: Token) -> bool:
    """Whether a verb of working together names no partner: no with/alongside phrase and no
    'together' ("soldiers worked through the night to rescue civilians")."""
    if verb.lemma_.lower() not in PARTNERED_VERBS:
        return False
    return not any((c.dep_ == "prep" and c.lower_ in {"with", "alongside"})
                   or (c.dep_ == "advmod" and c.lower_ == "together") for c in verb.children)


# Words of fighting, and the modifiers that make the fighting a figure of speech: "escalated
# its trade war with Uganda", "a war of words", "economic warfare" are no force (13-20).
WAR_WORDS = frozenset({"war", "warfare", "battle", "fight", "conflict", "offensive"})
FIGURATIVE_WAR_WORDS = frozenset({"trade", "tariff", "economic", "price", "currency",
                                  "propaganda", "information", "media", "culture", "legal",
                                  "diplomatic", "political", "rhetorical", "verbal"})


def figurative_war(heads: Iterable[Token]) -> bool:
    """Whether one of `heads` is fighting only in a figure of speech: a word of war with a
    modifier of trade, money or words ("trade war", "economic warfare", "a war of words")."""
    for head in heads:
        if head.lemma_.lower() not in WAR_WORDS:
            continue
        if any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in FIGURATIVE_WAR_WORDS
               for c in head.children):
            return True
        if any(o.lower_ == "words" for o in prep_objects_under(head, "of")):
            return True
    return False


# Comparatives that open a correlative ("the more China bullies Taiwan, the more ..."): the
# clause states a general relation, no act.
CORRELATIVE_WORDS = frozenset({"more", "less", "fewer", "longer", "harder", "further",
                               "greater", "bigger", "worse", "better"})


def correlative_clause(verb: Token) -> bool:
    """Whether `verb` heads the clause of a correlative comparative, opened by 'the more' or
    the like ("The more China bullies Taiwan, the more support Taiwan gets")."""
    left = verb.left_edge
    if left.dep_ == "mark" and left.i + 1 < verb.i:  # "understood that the more ..."
        left = verb.doc[left.i + 1]
    return (left.lower_ == "the" and left.i + 1 < verb.i
            and verb.doc[left.i + 1].lower_ in CORRELATIVE_WORDS)


def claiming_verb(noun: Token) -> Token | None:
    """The verb by which its subject claims or admits the act an event noun names, through
    "responsibility" or "credit for" it: "al-Shabab claimed responsibility for the hotel
    attack", "the army acknowledged responsibility for the killing", or as the object of
    'claim' ("the group claimed the attack on the base"); None if none does."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lemma_.lower() == "claim" and prep.pos_ == "VERB":
        return prep
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CLAIMED_WORDS:
        return None
    held = prep.head
    verb = held.head
    return (verb if held.dep_ == "dobj" and verb.lemma_.lower() in CLAIMING_VERBS else None)


def framing_verb(noun: Token) -> Token | None:
    """The verb whose time or manner an event noun gives ("told X in a telephone call",
    "held talks ... during a state visit to China"): its subject is the noun's actor."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAMING_PREPS:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" else None


def said_together(verb: Token) -> bool:
    """The clause says its subjects act on each other ("fought each other", "together")."""
    words = {t.lower_ for t in verb.subtree}
    objects = [o for o in verb.children if o.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]
    if any(t.lower_ == "their" and t.dep_ == "poss" for o in objects
           if o.lemma_.lower() not in OWN_PEOPLE_WORDS
           for t in o.children):  # "postponed their meeting", "pledged to deepen their ties";
        return True  # not "recalled their ambassadors": each its own
    return bool(words & {"together", "jointly", "mutually"}) or (
        "each" in words and "other" in words) or ("one" in words and "another" in words)


def object_heads(dobjs: list[Token], preps: list[Token]) -> list[Token]:
    """The verb's objects and the objects of its target prepositions ("at targets")."""
    return [*dobjs, *(o for p in preps if p.lower_ in TARGET_PREPS
                      for o in p.children if o.dep_ == "pobj")]


def late_agents(verb: Token) -> list[Token]:
    """'by' phrases the parser attached to a passive verb's complement instead of the verb:
    "barred from entering Russia by the Foreign Ministry"."""
    found: list[Token] = []
    for p in prep_children(verb):
        for comp in p.children:
            if comp.dep_ == "pcomp":
                found.extend(q for q in prep_children(comp) if q.lower_ == "by")
    return found


def obliged(clause: Token) -> bool:
    """The clause says its subject must act: "that Sudan must return the helicopter"."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children)


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, through the second word of a two-word preposition that
    the parser hangs under the first ("outside of the Iraqi city of Basra", "near to Kabul")."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if objs:
        return objs
    return [o for q in prep.children if q.dep_ == "prep" and q.lower_ in {"of", "to"}
            for o in q.children if o.dep_ == "pobj"]


def stranded_objects(prep: Token) -> list[Token]:
    """The object of a preposition that the parser took for the subject of a clause right
    after it, hung beside the preposition or under it: "granted asylum to [five army officers]
    holed up in an embassy" (officers read as the subject of "holed")."""
    under = list(prep.children)
    if any(c.dep_ != "pcomp" for c in under):
        return []
    clauses = under or [t for t in prep.head.children
                        if t.dep_ in {"advcl", "ccomp", "conj"} and t.i > prep.i]
    return [s for t in clauses for s in t.children
            if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1 and s.i < t.i]


def organiser_heads(protests: list[Token]) -> list[Token]:
    """Who holds a protest: its 'by' phrase, also through a participle ("the demonstration
    staged by students"), then its modifiers ("an opposition rally")."""
    return by_agents(protests) + [c for n in protests for c in n.children  # "an opposition
                                  if c.dep_ in {"compound", "amod"}]  # rally"


def measured_noun(obj: Token) -> Token:
    """The event noun an amount of money or goods, or a run of acts, is of: "$20 million [in
    humanitarian aid]", "700 tonnes [of food aid]", "a series [of airstrikes]"; else the object
    itself ("dozens of deals" is no amount)."""
    if obj.lemma_.lower() in SERIES_NOUNS:
        return next(iter(prep_objects_under(obj, "of")), obj)
    if obj.ent_type_ not in AMOUNT_ENTS:
        return obj
    return next(iter(prep_objects_under(obj, "in", "of")), obj)


def measured_in_money(noun: Token) -> bool:
    """An amount of money measures the noun: "$900 million in aid", "a $5 million aid"."""
    amount = noun.head.head if noun.dep_ == "pobj" else noun
    return amount.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in noun.children)


def by_agents(nouns: list[Token]) -> list[Token]:
    """Who did what the nouns name: their 'by' phrase, also through a participle on them
    ("crimes committed by Croat forces", "the demonstration staged by students")."""
    bys = [b for n in nouns for b in (*prep_children(n),
                                      *(a for c in n.children if c.dep_ == "acl"
                                        for a in c.children if a.dep_ == "agent"))
           if b.lower_ == "by"]
    return [o for b in bys for o in prep_objects(b)]


def target_objects(preps: list[Token], code: str) -> list[Token]:
    """Objects of the prepositions that can name a target for `code`, in their order."""
    names = COUNTERPART_PREPS if code[:2] in COOPERATIVE_ROOTS else TARGET_PREPS
    return [o for name in names for p in preps if p.lower_ == name
            for o in p.children if o.dep_ == "pobj"]


def as_phrase_objects(verb: Token) -> list[Token]:
    """The object put after an 'as' phrase, which the parser hangs on that phrase as an
    apposition: "denounced as an ugly crime [Serbia's suppression of the unrest]"."""
    return [a for o in prep_objects_under(verb, "as", dative=False)
            for a in o.children if a.dep_ == "appos" and a.i > o.i]


def temporal(prep: Token) -> bool:
    """A phrase that says when ("on Tuesday", "in March"): it fills no slot of a verb pattern,
    so "telephoned Kozyrev on Tuesday" is no CALL * (ON) appeal."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} and not _name_before_time(o)
                              for o in objs)


def _name_before_time(obj: Token) -> bool:
    """A place's name that the tagger swept into the time phrase after it ("launched drones at
    Kyiv overnight", "shelled Kherson overnight" read as one TIME): a proper noun that is no
    day or month, followed in its entity by a common word."""
    nxt = obj.nbor(1) if obj.i + 1 < len(obj.doc) else None
    return (obj.pos_ == "PROPN" and obj.lower_ not in CALENDAR_NAMES and nxt is not None
            and nxt.ent_iob_ == "I" and nxt.ent_type_ == obj.ent_type_ and nxt.pos_ != "PROPN")


# Prepositions that put a date between a word and its own phrases ("expulsion in 2016 of").
DATING_PREPS = frozenset({"in", "on"})


def prep_children(tok: Token) -> list[Token]:
    """Prepositions under `tok`; 'to' parsed as a dative ("offered condolences to X") too; and
    those the parser hung on a date set between `tok` and them (`after_date_preps`)."""
    found = [c for c in tok.children
             if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]
    return found + after_date_preps(found) if found else found


def after_date_preps(preps: list[Token]) -> list[Token]:
    """Prepositions that belong to the word before a date phrase but hang on the date: "Russia's
    veto in March 2024 of the resolution", "the expulsion in December 2016 of 35 diplomats"
    (the 'of' phrase is the veto's, the expulsion's). Not a date's own phrase ("in January of
    this year"): only phrases whose object is no date themselves."""
    return [p for d in preps if d.lower_ in DATING_PREPS
            for o in d.children if o.dep_ == "pobj" and o.ent_type_ == "DATE"
            for p in o.children if p.dep_ == "prep" and p.lower_ not in DATING_PREPS
            and not any(x.dep_ == "pobj" and x.ent_type_ == "DATE" for x in p.children)]


def with_absolute(prep: Token) -> bool:
    """A 'with' phrase set off by a comma whose object does something of its own ("held talks
    in Istanbul, with Turkey's foreign minister chairing the session"): a clause commenting on
    the act, whose object is no party to it."""
    if prep.lower_ != "with" or prep.i == 0 or prep.nbor(-1).text != ",":
        return False
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children) or any(
        o.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in o.children)
        for o in prep.children)


def prep_objects_under(tok: Token, *words: str, dative: bool = True) -> list[Token]:
    """The objects of the prepositions `words` under `tok` (of every preposition, given none),
    in order: "rallied [in Hong Kong]" gives Hong Kong for "in". With `dative`, a 'to' parsed
    as a dative counts, as in `prep_children`; without it, only children parsed 'prep' (and
    those after a date, `after_date_preps`)."""
    if dative:
        preps = prep_children(tok)
    else:
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += after_date_preps(preps) if preps else []
    return [o for p in preps if not words or p.lower_ in words
            for o in p.children if o.dep_ == "pobj"]


def between_on_happening(noun: Token) -> list[Token]:
    """The objects of the 'between' or 'among' phrase that the parser hung on the verb of
    happening whose subject `noun` is: "clashes erupted between Peru and Chile", "fighting
    broke out on Saturday between the army and the rebels" (Peru, Chile; the army, the
    rebels). Nothing for a verb that does something to an object ("talks yielded a deal")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i == noun.i:
        return []
    lemma = verb.lemma_.lower()
    keys = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children
                     if c.dep_ in {"prt", "dobj"})}
    if not keys & HAPPENING_VERBS or any(
            c.dep_ == "dobj" and f"{lemma} {c.lower_}" not in HAPPENING_VERBS
            for c in verb.children):
        return []
    return prep_objects_under(verb, "between", "among", dative=False)


def deep_preps(heads: list[Token], depth: int = 3) -> list[Token]:
    """Prepositions inside the object phrases, nearest first, through of-chains."""
    found: list[Token] = []
    frontier = [*heads, *(c for h in heads for c in h.conjuncts)]  # "contact or talks with X"
    for _ in range(depth):
        nxt: list[Token] = []
        for head in frontier:
            for p in prep_children(head):
                found.append(p)
                nxt.extend(o for o in p.children if o.dep_ == "pobj")
        frontier = nxt
    return found


def clause_verb(tok: Token) -> Token:
    """The nearest verb above `tok`: the verb of the clause it sits in."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def demand_clause(noun: Token) -> Token | None:
    """The that-clause which says what a demand or call asks for: "its demand that Israel ease
    restrictions", on the noun or hung by the parser on the verb whose object the noun is; for
    a noun of saying, a clause that says someone must act ("a reminder that it must ...")."""
    lemma = noun.lemma_.lower()
    if lemma not in STATED_DEMANDS and lemma not in SAYING_NOUNS:
        return None
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"}]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in {"dobj", "pobj"}:
        clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i]
    return next((c for c in clauses if c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "that"  # the parser
                         for m in c.children)  # may read "that" as an adverb
                 and (lemma in STATED_DEMANDS or obliged(c))), None)


def stated_demand(verb: Token) -> Token | None:
    """The demand noun, with its that-clause, that `verb` states: its object ("reiterated its
    demand that ...") or the object of its 'on' ("insisted on its demands that ...")."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects_under(
        verb, "on", dative=False)
    return next((n for n in nouns if demand_clause(n) is not None), None)


def demand_clauses(tok: Token) -> list[Token]:
    """The that-clauses of the demands `tok` states (a verb) or is (a noun)."""
    noun = tok if tok.pos_ != "VERB" else stated_demand(tok)
    clause = demand_clause(noun) if noun is not None else None
    return [clause] if clause is not None else []


def purposes(verb: Token) -> list[Token]:
    """The purpose infinitives of `verb` ("demanded a U.N. military presence [to protect
    them]"): for a demand or an appeal, what the thing asked for would do, not done."""
    return [c for c in verb.children if c.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def in_condition(dep: Token, head: Token) -> bool:
    """`dep` sits in an if/unless clause below `head`: the condition of a threat or warning
    ("warned that Japan would impose sanctions [if Russia invaded Ukraine]"), not its content."""
    tok = dep
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                       for m in tok.children):
            return True
        tok = tok.head
    return False


def governed(dep: Token, head: Token) -> bool:
    """`dep` sits in a complement clause of `head` (xcomp, ccomp, ...), not in its arguments."""
    tok = dep
    while tok.head.i != tok.i and tok.i != head.i:
        if tok.head.i == head.i:
            return tok.dep_ in REPORTING_DEPS
        tok = tok.head
    return False


def hyphen_compound(verb: Token, lemma: str) -> str:
    """'test-fire' for "test-fired", which the parser splits into a modifier, '-' and the verb;
    '' where no hyphenated word ends in the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].head.i != verb.i:
        return ""
    return f"{doc[verb.i - 2].lower_}-{lemma}"


def names_as(verb: Token) -> bool:
    """Whether `verb` names its object as something: an object with a predicate complement
    ("called George Bush [the devil]", "called the talks [constructive]")."""
    return (any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN", "ADJ"}
                    for c in verb.children))


def heads_condition(verb: Token) -> bool:
    """Whether `verb` heads a condition ("[if] the EU described the offensive as an invasion"),
    rather than being conditioned by one."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)


def is_purpose(verb: Token) -> bool:
    """Whether `verb` is a purpose infinitive with no subject of its own ("sent troops to the
    border [to end the fighting]"): what its governor's act aims at."""
    return (verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in verb.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


def tells_the_press(verb: Token, lemma: str) -> bool:
    """Whether a verb of saying is addressed only to the press: "told reporters that ...",
    "told journalists on Monday ..."."""
    heard = [o for c in verb.children if c.dep_ in {"dobj", "dative"}
             for o in (c, *c.conjuncts)]
    return (lemma in SPEECH_VERBS and bool(heard)
            and all(o.lemma_.lower() in PRESS_WORDS | PRESS_OUTLETS for o in heard))


def claim_clause(noun: Token) -> Token | None:
    """The that-clause with a subject of its own that states what a noun of claiming claims:
    "accusations [that Chile had shelled a border post]"."""
    return next((c for c in noun.children if c.dep_ in {"acl", "ccomp"}
                 and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "that"  # the parser
                         for m in c.children)  # may read "that" as an adverb
                 and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)), None)


def standing_relative(verb: Token) -> bool:
    """Whether `verb` is the simple present of a relative clause that describes what it
    modifies ("the East China Sea, where Beijing contests Japan's claims", "the rebel group,
    which opposes the peace deal"): a standing state, not an event reported. A relative clause
    in another tense ("which attacked a convoy on Monday", "which has imposed") reports one."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        tok = tok.head
    return (tok.dep_ == "relcl" and verb.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


# Verbs whose simple present, said by the writer of a story, tells a standing attitude or
# practice, not an act of the day ("the group opposes Chinese investment", "the government
# works with universities", "the ministry provides immigrants with tutors").
STANDING_VERBS = frozenset({"oppose", "support", "back", "favor", "favour", "provide", "work",
                            "cooperate", "collaborate", "fund", "finance"})


def standing_attitude(verb: Token) -> bool:
    """Whether `verb` is the writer's simple present of a standing attitude or practice, in the
    sentence's main clause, outside any quote and with no date of its own ("The rebel group
    also opposes the dam on the river."): background, no event. Said by someone ("Peru said it
    supports the plan", '"We oppose the dam," he said') or dated ("on Monday"), it is one."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if not _writers_present(tok, verb) or verb.lemma_.lower() not in STANDING_VERBS:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def _writers_present(root: Token, verb: Token) -> bool:
    """Whether `verb`, in the clause `root` heads, is the writer's own simple present: `root`
    is the sentence's main verb, `verb` is in the simple present, and no quote holds it."""
    return root.dep_ == "ROOT" and verb.tag_ in {"VBZ", "VBP"} and not quote_around(verb)


# Adverbs of habit: with the simple present they tell what someone does as a rule ("the
# Taliban routinely deny sheltering fighters"), no act of the day.
HABIT_ADVERBS = frozenset({"routinely", "regularly", "usually", "often", "frequently",
                           "typically", "generally", "habitually", "customarily",
                           "traditionally"})


def habitual(verb: Token) -> bool:
    """Whether `verb` is, or is governed through its complements by, the writer's main verb in
    the simple present with an adverb of habit, outside any quote ("The rebels routinely deny
    holding prisoners."): a habit, no event. Told by someone ("soldiers routinely beat
    detainees, a court was told") it is their report and stays."""
    tok = verb
    while tok.dep_ in {"xcomp", "ccomp", "conj"} and tok.head.i != tok.i:
        tok = tok.head
    return _writers_present(tok, tok) and any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS
                                              for c in tok.children)


# Spans of time that make what lasts through them background: "for years", "for decades".
LONG_SPANS = frozenset({"year", "decade", "century", "generation"})


def long_standing(verb: Token) -> bool:
    """Whether `verb` is said to have gone on for years ("have been disputing the islands for
    years", "has fought the government for decades", "the sanctions Washington has imposed
    in recent years", "over the years"): a standing state told as background,
    not an event of the story's date. Only the perfect, and years not counted: a measure
    imposed "for two years" is an event, with its term."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in {"for", "in", "over"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in LONG_SPANS and o.tag_ == "NNS"
        and not any(n.dep_ == "nummod" for n in o.children)
        for o in p.children) for p in verb.children)


def refers_by_name(verb: Token) -> bool:
    """Whether `verb` only says what something is called: "refer to X as Y" ("the Taliban
    refer to their government as the Islamic Emirate"), a naming, no statement to X."""
    return verb.lemma_.lower() == "refer" and any(
        c.dep_ == "prep" and c.lower_ == "as" for t in (verb, *verb.children)
        for c in t.children)


def attempted(verb: Token) -> bool:
    """Whether `verb` is what its subject tried to do ("Biden tried [to establish] a dialogue
    with China"): one side's attempt, which the other side did not make with it."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPT_VERBS
