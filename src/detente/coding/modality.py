"""Factuality and intent of a trigger, read off the dependency parse.

- negated: the trigger or a verb that governs it through `xcomp` has a `neg` child ("did not
  meet"), the trigger is the complement of a verb of failure ("failed to achieve"), or its object
  is negated ("reached no agreement").
- hypothetical: the trigger sits in an if/unless clause or another proviso ("as long as",
  "in case", "on condition that"), heads a clause that an if-clause conditions ("if A, B will
  ..."), or carries a modal of possibility (might, could, would, may, should; "should not" too),
  or a word of estimate (likely, perhaps, probably) on it or a governor; a yes/no question; a
  commentator's forecast ("analysts said X would ..."); the infinitive of a noun of proposal;
  a present-tense clause of time under a future ("after Y returns").
- intent: future ("will visit"), or the complement of a verb of intent ("plans to visit",
  "agreed to hold talks"), of an adjective of readiness ("is ready to help", "poised to"), or of
  a noun of plan or offer ("Tanzania's offer to mediate"); a negated verb of intent negates the
  intent ("does not want to meet": 036 negated). CAMEO codes intent as 03x: `intent_code` maps
  an event code to it. Event nouns are read by `syntax.nominal_modality`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Token

from detente.coding.vocabulary import TIME_MARKS
from detente.model import Factuality

FAILURE_VERBS = frozenset({"fail", "avoid", "neglect", "cease", "stop", "deny", "refrain",
                           "refuse", "decline"})
# Nouns of failure and refusal whose infinitive names an act not done ("Obama's failure to sell
# Patriot missiles to Turkey", "the council's inability to agree on a resolution", "Moscow's
# refusal to withdraw its troops").
FAILURE_NOUNS = frozenset({"failure", "inability", "refusal", "reluctance", "unwillingness"})
INTENT_VERBS = frozenset({
    "plan", "intend", "want", "hope", "seek", "aim", "promise", "pledge", "vow", "offer",
    "decide", "prepare", "expect", "wish", "agree", "undertake", "resolve", "arrange", "schedule",
    "set", "due", "commit", "consider", "propose", "suppose",
    "poise",  # "is poised to expel": the parser's verb "poise"
})
# Adjectives of readiness whose infinitive states an intent ("is ready to contribute troops",
# "said he was prepared to lift the ban"): CAMEO codes the willingness, not the act (03).
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen",
                               "poised"})
# Adjectives of unwillingness or inability whose infinitive names an act not done ("India is
# reluctant to join an alliance", "Kenya was unable to send troops").
UNWILLING_ADJECTIVES = frozenset({"reluctant", "unwilling", "loath", "loth", "hesitant",
                                  "unable"})
# Nouns of evidence and likelihood that, with "no" or "little", leave their clause unasserted
# ("there is no evidence that Iran attacked the tanker", "little reason to think they will
# meet", "no sign that Russia will withdraw").
EVIDENCE_NOUNS = frozenset({"evidence", "sign", "indication", "proof", "reason", "chance",
                            "suggestion", "hint", "likelihood", "prospect"})
SCANT_WORDS = frozenset({"no", "little", "scant", "scarce", "slim"})
# Verbs of perception whose negation negates what is perceived ("you have never heard Putin
# say anything against China").
PERCEPTION_VERBS = frozenset({"hear", "see", "watch", "notice", "witness"})
# Words of estimate that make what they govern speculation ("will likely increase", "is
# unlikely to meet", "perhaps as soon as May").
HEDGES = frozenset({"likely", "unlikely", "possibly", "perhaps", "probably", "maybe",
                    "allegedly", "purportedly", "supposedly"})  # "allegedly paid": alleged
FORECAST_VERBS = frozenset({"expect", "predict", "anticipate", "forecast"})
# Verbs of hope, fear and doubt: what they govern, done by another actor, has not happened
# ("analysts doubt Iran will attack", "Japan hopes Russia will return the islands").
UNCERTAIN_VERBS = frozenset({"hope", "doubt", "wish", "fear", "pray", "wonder", "question"})
# Verbs of belief: what they govern, with an actor of its own, is an opinion, not a report
# ("Rubio believes the two leaders will meet", "villagers think the rebels have retreated").
BELIEF_VERBS = frozenset({"believe", "think", "suspect", "assume", "reckon", "guess"})
HYPOTHETICAL_MODALS = frozenset({"might", "could", "would", "may", "should", "'d"})
REPORTED_FUTURE = frozenset({"would", "'d"})
# Modals of advice and possibility whose negation says what ought not or may not happen, not
# what did not ("Thailand should not send them back", "Russia may not stop there"):
# hypothetical. "Could not" and "would not" state an inability or a refusal: negated.
ADVISORY_MODALS = frozenset({"should", "must", "might", "may", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Cues of an event arranged, not only wished for: "is due to meet", "is scheduled to meet", "is
# going to meet". A meeting so arranged is planned by both sides, as "will meet" is; "wants to
# meet", "offered to meet" and "plans to meet" are one side's.
ARRANGED_CUES = frozenset({"due", "scheduled", "set", "slated", "expected", "going"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs that report a speaker's own words, and the pronouns by which the speaker is the subject
# of what is reported ("said they would meet X if ..."): a conditional offer is an intent.
OFFER_SPEECH_VERBS = frozenset({"say", "announce", "declare", "state", "add", "tell",
                                "reiterate", "insist", "stress"})
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
# Verbs of commitment whose infinitive, under a condition, is still an offer made ("offered to
# send troops if the UN asked", "vowed to retaliate if attacked"); with INTENT_ADJECTIVES
# ("is ready to help if asked").
COMMITMENT_VERBS = frozenset({"offer", "promise", "pledge", "vow", "agree", "prepare",
                              "commit", "undertake"})
# Climbing from a trigger to the verbs that govern it stays inside these relations.
CHAIN_DEPS = frozenset({"xcomp", "conj", "acomp", "auxpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Relations of a clause to what it belongs to, climbed to find a noun that governs a clause.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "acl", "relcl", "advcl"})
# Verbs that ask, order or wish someone else to act ("urged Kenya to withdraw", "ordered the
# schools to allow ...", "wants Seoul to pay"): what they ask for has not been done. Verbs that
# bring the act about (force, help, allow, persuade, lead) are left out: it was done.
DIRECTIVE_VERBS = frozenset({
    "urge", "ask", "call", "press", "pressure", "push", "encourage", "tell", "order", "request",
    "invite", "advise", "instruct", "direct", "require", "implore", "beg", "exhort", "appeal",
    "challenge", "want", "need", "expect", "like", "prefer", "demand", "warn",
})
# Nouns of a plan or offer whose infinitive is an act intended by its possessor ("Kenya's plan
# to send troops", "Tanzania's offer to mediate"): an intent (03x), not the act; and nouns of
# a proposal whose infinitive is an act put forward, not done ("Trump's proposal to deepen
# investment in Ukraine", "the idea of ...").
PLAN_NOUNS = frozenset({"plan", "offer", "pledge", "promise", "commitment", "intention",
                        "readiness", "willingness"})
PROPOSAL_NOUNS = frozenset({"proposal", "idea", "suggestion", "proposition"})
# Nouns of asking whose clause is what is asked for ("a demand that he resign").
DEMAND_NOUNS = frozenset({"demand", "call", "request", "appeal", "ultimatum", "plea"})

# CAMEO's intent codes for the material and verbal cooperation it can announce.
_INTENT_BY_CODE = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351",
    "082": "0352", "083": "034", "084": "0353", "0841": "0353", "0842": "0353",
    "085": "0354", "086": "0355", "0861": "0355", "0862": "0355", "0863": "0355",
    "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
    "057": "030",
    # announcing that one will accede (resign, change a policy) is CAMEO's matching 034x
    "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    # announcing a coercive measure threatens it, each with CAMEO's own threat code
    "160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311",
    "1623": "1311", "164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136",
    "1663": "136", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323",
    "1724": "1324", "175": "137", "191": "1381", "192": "1382",
}
_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
                   "14": "130", "16": "131", "17": "130", "18": "138",
                   "19": "138", "20": "138"}


def intent_code(code: str) -> str:
    """The CAMEO code for announcing (rather than doing) the event `code`."""
    if code in _INTENT_BY_CODE:
        return _INTENT_BY_CODE[code]
    if code == "163":
        return "1312"
    return _INTENT_BY_ROOT.get(code[:2], code)


@dataclass(frozen=True, slots=True)
class Modality:
    factuality: Factuality
    intent: bool
    cue: str | None  # the word that decided it, for the evidence


# Nouns of a decision whose infinitive says what was decided ("a court ruling to continue to
# imprison him", "the council's decision to expel them").
DECISION_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "order",
                            "vote", "move"})


def misplaced_noun_complement(verb: Token) -> Token | None:
    """The noun of decision whose infinitive `verb` is, where the parser hung the infinitive on
    the clause's verb (advcl, xcomp) rather than on the noun just before it: "lawmakers are
    likely to be angered by a Turkish court ruling on Wednesday to continue to imprison him" --
    the court continues, and its ruling is no one's likelihood. The noun is the object of a
    preposition of that verb, and only its own phrase ("on Wednesday") comes between them.
    Lives here, not in `syntax`, because factuality reads it too."""
    if verb.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                      for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and lemma_in(verb.head, DIRECTIVE_VERBS):
        return None  # "was ordered by a court ruling to pay": the one ordered pays
    for prep in verb.head.children:
        if prep.dep_ not in {"prep", "agent"} or prep.i > verb.i:
            continue
        for noun in prep.children:
            if (noun.dep_ == "pobj" and noun.lemma_.lower() in DECISION_NOUNS
                    and noun.right_edge.i + 1 >= verb.left_edge.i):
                return noun
    return None


def as_coded(mod: Modality, future_intent: bool) -> Modality:
    """`mod` as a coder with the option `future_intent` codes it: without it, "X will do Y" is
    the act itself, no intent (03x), as PETRARCH reads its dictionaries (`SentenceCoder`)."""
    if not future_intent and mod.intent and mod.cue in FUTURE_AUX:
        return replace(mod, intent=False)
    return mod


def _governors(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it through xcomp/conj chains (same clause family). A
    conjunct with a subject of its own is a clause of its own: in "the leaders failed to agree,
    and Trump later told reporters ...", the telling is not failed."""
    chain = [trigger]
    tok = trigger
    while tok.dep_ in CHAIN_DEPS and tok.head.i != tok.i and not (
            tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)):
        tok = tok.head
        chain.append(tok)
    return chain


def _clause_heads(trigger: Token) -> list[Token]:
    """Every head from the trigger to the sentence root."""
    heads = [trigger]
    tok = trigger
    while tok.head.i != tok.i:
        tok = tok.head
        heads.append(tok)
    return heads


def lemma_in(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether the token is one of `verbs`, also where the parser's lemma drops a final "e"
    (en_core_web_sm lemmatises "hopes" as "hop", "hoping" as "hop")."""
    lemma = tok.lemma_.lower()
    return lemma in verbs or (lemma + "e" in verbs and tok.lower_.startswith(lemma + "e"))


def _forecast(chain: list[Token]) -> Token | None:
    """A verb of forecast, hope, doubt or belief whose complement has its own actor ("he is
    expecting North Korea to launch", "analysts expect that Kenya will meet", "analysts doubt
    Iran will attack", "he believes the two leaders will meet"), not a passive ("is expected
    to visit", a plan announced)."""
    top = chain[-1]
    gov = top.head
    if top.dep_ not in {"ccomp", "xcomp"} or not lemma_in(
            gov, FORECAST_VERBS | UNCERTAIN_VERBS | BELIEF_VERBS):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in top.children) or any(
            c.dep_ == "dobj" for c in gov.children):
        return gov
    return None


def _proviso(tok: Token) -> Token | None:
    """The word that makes the clause headed by `tok` a condition other than 'if': "as long
    as Uganda [withdraws]" ("long"), "in case Uganda [attacks]" ("case"), "on condition that
    Uganda [releases] them" ("condition"), "providing / provided (that) Uganda [withdraws]"
    ("providing"). What is stipulated has not happened."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "advcl":
        if head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as"
                                         for c in tok.children):
            return head  # "as long as": the parser hangs the clause on "long"
        case = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                     for o in c.children if o.dep_ == "pobj" and o.lower_ == "case"), None)
        if case is not None:
            return case
    if tok.dep_ in {"acl", "ccomp"} and head.lemma_.lower() == "condition" \
            and head.pos_ == "NOUN":
        return head
    if tok.dep_ == "ccomp" and head.lower_ in {"provided", "providing"} and not any(
            c.dep_ in {"dobj", "nsubj"} for c in head.children):
        return head  # "provided that Uganda withdraws", not "Kenya provided evidence that"
    return None


def _yes_no_question(root: Token) -> Token | None:
    """The auxiliary put before the subject of a yes/no question whose main clause holds the
    trigger: "[Will] Kenya impose sanctions on Uganda?", "[Did] Kenya attack Somalia?". What is
    asked about is not asserted. A wh-question ("Why did Kenya attack Somalia?") takes its act
    as given and is left alone."""
    sent = root.sent
    if sent[-1].text != "?" and not (len(sent) > 1 and sent[-2].text == "?"):
        return None
    subjects = [c.i for c in root.children if c.dep_ in SUBJECT_DEPS]
    aux = next((c for c in root.children if c.dep_ in {"aux", "auxpass"}
                and subjects and c.i < min(subjects)), None)
    if aux is None or any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in sent
                          if t.i < aux.i):
        return None
    return aux


# People who comment on what others will do, whose 'will' and 'would' forecast another's act
# ("analysts said Ethiopia would attack Eritrea", "Smith, a professor at ..., says Japan will
# ..."): a prediction, not the intent of the act's actor.
COMMENTATOR_NOUNS = frozenset({"analyst", "expert", "observer", "commentator", "economist",
                               "scholar", "researcher", "academic", "pundit", "forecaster",
                               "strategist", "specialist", "professor", "historian"})


def _commentators_forecast(chain: list[Token]) -> Token | None:
    """The verb by which commentators report the future act in its complement: "said" in
    "analysts said Ethiopia would attack Eritrea", "says" in "Smith, a professor at Keio
    University, says Japan will send troops". A forecast, not an intent announced."""
    top = chain[-1]
    gov = top.head
    if top.dep_ != "ccomp" or gov.i == top.i or gov.pos_ not in {"VERB", "AUX"}:
        return None
    speakers = [c for c in gov.children if c.dep_ == "nsubj"]
    speakers += [a for s in speakers for a in s.children if a.dep_ == "appos"]
    if not any(s.lemma_.lower() in COMMENTATOR_NOUNS for s in speakers):
        return None
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | REPORTED_FUTURE
           for tok in chain for c in tok.children):
        return gov
    return None


def _conditional_offer(chain: list[Token]) -> Token | None:
    """The future auxiliary of a speaker's own conditional intent: a clause reported by a verb
    of saying, whose subject is a pronoun for the speaker and whose verb is in the future
    ("rebel leaders said they would meet the mediator if he gave them a veto"): the offer was
    made, as an intent, whatever the condition; "officials said Israel would release them if
    ..." reports someone else's act and stays hypothetical."""
    top = chain[-1]
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in OFFER_SPEECH_VERBS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in top.children):
        return None
    return next((c for tok in chain for c in tok.children
                 if c.dep_ == "aux" and c.lower_ in REPORTED_FUTURE | FUTURE_AUX), None)


def _conditional_commitment(chain: list[Token]) -> Token | None:
    """A word of readiness or commitment governing a conditioned act: "Peru is ready to send
    troops if the UN asks", "Kenya offered to mediate if both sides agreed". The readiness is
    stated now, an intent (CAMEO 03x for cooperation, 13x for force), whatever the condition."""
    for gov in chain[1:]:
        if (gov.lower_ in INTENT_ADJECTIVES and gov.dep_ in {"acomp", "amod", "oprd"}) or (
                gov.pos_ == "VERB" and lemma_in(gov, COMMITMENT_VERBS)):
            return gov
    return None


def _directed(chain: list[Token]) -> Token | None:
    """A verb asking, ordering or wishing that someone other than its subject do the act in
    its infinitive complement: "urged Kenya [to withdraw]", "Kenya was urged [to withdraw]",
    "called on Kenya [to withdraw]", "wants Kenya [to withdraw]", "called for Kenya [to
    withdraw]" (`_for_clause`). The act is asked for, not
    done (the asking, where it names its parties, is an event of its own). A complement with
    no other doer ("asked to meet the minister") is the subject's own request or wish."""
    for tok in chain:
        gov = tok.head
        if (tok.dep_ not in {"xcomp", "ccomp"} and not _for_clause(tok)) or gov.i == tok.i \
                or not lemma_in(gov, DIRECTIVE_VERBS):
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            continue  # "demanded that ...", "told reporters Kenya had ...": other readings
        own_doer = any(c.dep_ == "nsubj" for c in tok.children)  # "wants [Seoul] to pay"
        addressed = {"dobj", "dative"} if lemma_in(gov, FORECAST_VERBS) else {  # "is expected
            "dobj", "dative", "nsubjpass"}  # to visit": a plan announced, its subject's own
        addressee = any(c.dep_ in addressed for c in gov.children) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in gov.children)
        if own_doer or addressee:
            return gov
    return None


def _for_clause(tok: Token) -> bool:
    """An infinitive clause with its own subject after 'for', which the parser hangs on the
    verb as an adverbial clause: "called for Kenya [to withdraw]", "pushed for Seoul [to pay]"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for"
                                       for c in tok.children)


def _demanded(chain: list[Token]) -> Token | None:
    """A noun of asking whose 'that' clause holds the act: "a demand by Spain that he call an
    election", "the call for troops to withdraw": the act is asked for, not done."""
    for tok in chain:
        gov = tok.head
        if (tok.dep_ in {"acl", "ccomp"} and gov.i != tok.i and gov.pos_ == "NOUN"
                and gov.lemma_.lower() in DEMAND_NOUNS):
            return gov
    return None


def _purpose_of_undone(chain: list[Token]) -> Modality | None:
    """The reading of a purpose infinitive with no subject of its own whose governor is not
    done: the aim of an act only hoped for or hypothetical is hypothetical ("could send
    troops [to fight the rebels]"); of an act intended, an intent too ("will travel to Beijing
    [to meet Xi]", "offered to pay her relatives [to invite her]"). The aim of an act done
    ("stopped in Lahore [to meet Sharif]") is left to the act's own reading."""
    top = chain[-1]
    if top.dep_ != "advcl" or top.head.i == top.i or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in top.children) or any(
            c.dep_ in SUBJECT_DEPS for c in top.children):
        return None
    if misplaced_noun_complement(top) is not None:  # "likely to be angered by a ruling [to
        return None  # imprison him]": what was ruled, no purpose of the verb
    governing = modality(top.head)
    if governing.factuality != "asserted":
        return Modality("hypothetical", False, top.head.text)
    if governing.intent:
        return Modality("asserted", True, governing.cue)
    return None


def _planned(chain: list[Token]) -> Token | None:
    """A noun of plan, offer or proposal whose infinitive holds the trigger: "Kenya announced
    a plan [to send troops to Somalia]", "Tanzania's offer [to mediate]", "Uganda's proposal
    [to withdraw its troops]". The act is intended or proposed, not done."""
    top = chain[-1]
    gov = top.head
    if top.dep_ != "acl" or gov.i == top.i or gov.pos_ != "NOUN" or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in top.children):
        return None
    return gov if gov.lemma_.lower() in PLAN_NOUNS | PROPOSAL_NOUNS else None


# Marks of a clause of time, whose present tense under a future or possible main clause is
# itself future ("will meet Xi [when] he visits Beijing", "would convene [after] Witkoff
# returns", "until he returns").
TEMPORAL_MARKS = TIME_MARKS | frozenset({"until", "till"})


def _time_of_undone(chain: list[Token]) -> Modality | None:
    """The reading of a present-tense clause of time whose main clause is not done: its act is
    as future as the main clause's ("U.S. officials would convene after Witkoff [returns] to
    examine Russia's position": the return is to come; "Putin will meet Xi when he [visits]
    Beijing": planned). "Kenya protests when Uganda closes the border" (a habit, asserted)
    keeps its own reading."""
    top = chain[-1]
    if top.dep_ != "advcl" or top.head.i == top.i or top.tag_ not in {"VBZ", "VBP"} or not any(
            c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in top.children):
        return None
    governing = modality(top.head)
    if governing.factuality == "hypothetical":
        return Modality("hypothetical", False, top.head.text)
    if governing.factuality == "asserted" and governing.intent:
        return Modality("asserted", True, governing.cue)
    return None


def _evaluated(chain: list[Token]) -> Token | None:
    """The copula of a judgement on an act in its infinitive ("it is in Egypt's interest [to
    work with Turkey]", "it is important for Kenya [to cooperate]"): an act judged good or
    needed is not one done. "Putin is [to visit] China" (a schedule) has no judgement."""
    for tok in chain:
        gov = tok.head
        if gov.i == tok.i or gov.lemma_.lower() != "be" or tok.dep_ not in {
                "xcomp", "advcl", "ccomp", "csubj"} or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            continue
        if any(c.dep_ in {"acomp", "attr"} or (c.dep_ == "nsubj" and c.lower_ == "it")
               or (c.dep_ == "prep" and any(o.lemma_.lower() == "interest"  # "in its
                                            for o in c.children))  # interest", not "were
               for c in gov.children):  # in Washington [to meet X]": a trip's aim
            return gov
    return None


def _scant_evidence(trigger: Token) -> Token | None:
    """A noun of evidence or likelihood with "no" or "little" whose clause holds the trigger
    ("there is no evidence [that Iran attacked the tanker]", "little reason to think [that
    the two leaders will meet]"): the act is doubted, not asserted."""
    tok = trigger
    while tok.head.i != tok.i and tok.dep_ in CLAUSE_DEPS:
        head = tok.head
        if head.lemma_.lower() in EVIDENCE_NOUNS and any(
                c.dep_ in {"det", "amod"} and c.lower_ in SCANT_WORDS for c in head.children):
            return head
        tok = head
    return None


def _hedge(chain: list[Token]) -> Token | None:
    """A word of estimate on the trigger's chain: an adverb ("will likely visit") or the
    adjective that governs it ("is likely to visit")."""
    for tok in chain:
        if tok is not chain[0] and tok.lower_ in HEDGES:
            return tok
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in HEDGES:
                return child
    return None


def modality(trigger: Token) -> Modality:
    chain = _governors(trigger)
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "neg":
                advice = next((a for a in tok.children if a.dep_ == "aux"
                               and a.lower_ in ADVISORY_MODALS), None)
                if advice is not None:  # "Thailand shouldn't give them back": advised
                    return Modality("hypothetical", False, advice.text)
                if tok is not trigger and tok.pos_ == "VERB" and lemma_in(tok, INTENT_VERBS):
                    return Modality("negated", True, child.text)  # "does not want to meet":
                return Modality("negated", False, child.text)  # no intent to meet (036)
    top = chain[-1]
    if top.dep_ == "ccomp" and lemma_in(top.head, PERCEPTION_VERBS):
        neg = next((c for c in top.head.children if c.dep_ == "neg"), None)
        if neg is not None:  # "never heard Putin say anything against China"
            return Modality("negated", False, neg.text)
    for below, gov in pairwise(chain):
        if gov.lemma_.lower() == "suppose" and any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in gov.children):
            return Modality("hypothetical", False, gov.text)  # "were supposed to sign": not
        if gov.lower_ in UNWILLING_ADJECTIVES and gov.dep_ in {"acomp", "amod", "oprd"}:
            return Modality("negated", False, gov.text)  # "is reluctant to join"
        if gov.lemma_.lower() in FAILURE_VERBS and below.dep_ != "conj":
            return Modality("negated", False, gov.text)  # "failed to agree", not "denied
            # the charge and denounced Japan": a verb coordinated with it is not what it denies
        if gov.lemma_.lower() in {"have", "be"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children):
            return Modality("negated", False, "yet")  # "have yet to comment", "is yet to meet"
    if chain[-1].dep_ == "acl" and chain[-1].head.lemma_.lower() in FAILURE_NOUNS:
        return Modality("negated", False, chain[-1].head.text)  # "failure to sell"
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr"} and any(
            g.dep_ == "det" and g.lower_ == "no" for g in child.children
        ):
            return Modality("negated", False, "no")
    heads = _clause_heads(trigger)
    for tok in heads:
        proviso = _proviso(tok)
        if proviso is not None:  # "will lift sanctions as long as Uganda [withdraws]"
            return Modality("hypothetical", False, proviso.text)
        for child in tok.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return Modality("hypothetical", False, child.text)
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in child.children
            ) and tok in chain:
                offer = _conditional_offer(chain) or _conditional_commitment(chain)
                if offer is not None:  # "said they would meet X if ...": an intent stated
                    return Modality("asserted", True, offer.text)
                return Modality("hypothetical", False, "if")
    forecast = _commentators_forecast(chain)
    if forecast is not None:  # "analysts said Ethiopia would attack": foreseen, not intended
        return Modality("hypothetical", False, forecast.text)
    asked = _yes_no_question(heads[-1])
    if asked is not None:  # "Will Kenya impose sanctions on Uganda?": asked, not said
        return Modality("hypothetical", False, asked.text)
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS:
                if child.lower_ in REPORTED_FUTURE and chain[-1].dep_ == "ccomp":
                    # "announced that Japan would freeze": future in the past, an intent
                    return Modality("asserted", True, child.text)
                return Modality("hypothetical", False, child.text)
    cue = _directed(chain) or _demanded(chain) or _evaluated(chain)  # asked for, judged
    if cue is not None:
        return Modality("hypothetical", False, cue.text)
    plan = _planned(chain)
    if plan is not None:  # "a plan to send troops": intended; "a proposal to ...": put forward
        return Modality("asserted", True, plan.text) if plan.lemma_.lower() in PLAN_NOUNS \
            else Modality("hypothetical", False, plan.text)
    purpose = _purpose_of_undone(chain) or _time_of_undone(chain)
    if purpose is not None:
        return purpose
    cue = _scant_evidence(trigger) or _forecast(chain) or _hedge(chain)  # doubted, foreseen
    if cue is not None:
        return Modality("hypothetical", False, cue.text)
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
                return Modality("asserted", True, child.text)
    for gov in chain[1:]:
        if lemma_in(gov, INTENT_VERBS) or _going_to(gov) or (
                gov.lower_ in INTENT_ADJECTIVES and gov.dep_ in {"acomp", "amod", "oprd"}):
            return Modality("asserted", True, gov.text)
    return Modality("asserted", False, None)


def _going_to(gov: Token) -> bool:
    """The future of "be going to", an intent like "will": "Russia is going to attack",
    "he said he was going to visit Kyiv". Not "went to Kyiv to sign": that trip was made."""
    return (gov.lemma_.lower() == "go" and gov.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in gov.children)
            and any(c.dep_ == "xcomp" for c in gov.children))
