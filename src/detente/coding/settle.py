"""Settling a sentence's candidates once all its triggers are read.

Each pass takes the candidates found per trigger (`by_trigger`, keyed by the trigger's token
index) and rewrites them in place: a protest takes the target of its purpose clause
(`merge_purposes`); an event threatened is a threat (`threatened_complements`); a refusal is
the rejection of what is refused (`settle_refusals`); what is said in a call or visit is part of
it (`said_in_framing_event`). `resolve_triggers` then settles triggers nested in each other's
complement clauses (a report yields to what it reports, an appeal or threat keeps its own event
and makes it specific) and drops duplicates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coding.candidates import Candidate
from detente.coding.mentions import ActorBuilder
from detente.coding.modality import Modality, modality
from detente.coding.subcodes import asking_code, refusal_code, threat_code, wmd_threat
from detente.coding.syntax import (
    conditioned,
    demand_clauses,
    framing_verb,
    governed,
    in_condition,
    purposes,
    refusing_verb,
    subject_tokens,
    vowed_not,
)
from detente.coding.vocabulary import (
    ASKING_ROOTS,
    DENIAL_CODE,
    GOVERNOR_ROOTS,
    HELPING_ROOTS,
    PHASE_VERBS,
    PURPOSE_ROOTS,
    REFUSED_ROOTS,
    THREAT_NOUNS,
    WARNING_VERBS,
)


def said_in_framing_event(sent: Span, by_trigger: dict[int, list[Candidate]]) -> None:
    """'Xi told Zelensky in a telephone call that ...': what is said in a call, talks or a
    visit between the same two parties is part of that event, no statement (010) besides."""
    for i, found in list(by_trigger.items()):
        host = framing_verb(sent.doc[i]) if sent.doc[i].pos_ != "VERB" else None
        if host is None or host.i not in by_trigger or "framing-verb" not in found[0].rule:
            continue
        pairs = {frozenset((c.source.code, c.target.code)) for c in found if c.target}
        by_trigger[host.i] = [c for c in by_trigger[host.i] if c.code != "010" or c.target is None
                              or frozenset((c.source.code, c.target.code)) not in pairs]


def resolve_triggers(sent: Span, by_trigger: dict[int, list[Candidate]]) -> list[Candidate]:
    """Settle triggers nested in each other's complement clauses, then drop duplicates.

    A reporting or intent verb ("said", "agreed") yields to the event in its complement; an
    appeal, demand, rejection or threat keeps its own event and drops the complement's, which
    did not happen.
    """
    dropped: set[int] = set()
    for i in sorted(by_trigger):
        head = sent.doc[i]
        nested = [d.i for d in head.subtree
                  if d.i in by_trigger and d.i != i and governed(d, head)
                  and not all(REACTION_RULE in c.rule for c in by_trigger[d.i])]  # "had
        # detained X, and the White House condemned the arrest": the reaction refers back to
        # the arrest, which it does not report, whatever the parser hung it on
        if any(c.code[:2] in ASKING_ROOTS for c in by_trigger[i]):  # "demanded the withdrawal
            nested += [j for j in by_trigger  # of troops": the withdrawal did not happen
                       if j != i and _asked_for(by_trigger[j][0], head)]
            asked = {t.i for c in demand_clauses(head) + purposes(head)  # "its demand that
                     for t in c.subtree}  # Israel ease ...", "demanded a UN presence to
            nested += [j for j in by_trigger if j in asked]  # protect them": nor these
        if not nested:
            continue
        if own_wish(head):  # "he does not want to meet with Kim": his own (non-)intent to
            dropped.add(i)  # meet, 036, no appeal to anyone
            continue
        if phase_of(head, nested):  # "will begin supplying weapons": the supply (0332), not
            dropped.add(i)  # CAMEO 2.0's "START * &WEAPON" (194) made a threat (138)
            continue
        if any(c.code == DENIAL_CODE for c in by_trigger[i]):  # "deny providing sanctuary":
            by_trigger[i] = _denials_of_aid(by_trigger[i],  # the denial, and the act it negates
                                            [c for j in nested for c in by_trigger[j]])
            continue
        if any(c.code[:2] in GOVERNOR_ROOTS for c in by_trigger[i]):  # what a threat is
            dropped.update(j for j in nested  # made on ("if Russia invaded Ukraine") stays,
                           if not in_condition(sent.doc[j], head))  # hypothetical
            first = by_trigger[min(nested)]
            by_trigger[i] = [_asking_for(c, first[0]) if first else c for c in by_trigger[i]]
        else:
            dropped.add(i)
    keep: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for i in sorted(by_trigger):
        if i in dropped:
            continue
        for cand in by_trigger[i]:
            key = (cand.source.code, cand.target.code if cand.target else "", cand.code)
            if key not in seen:
                seen.add(key)
                keep.append(cand)
    return keep


# Verbs of wanting whose infinitive, with no other doer named, is their subject's own wish
# ("wants to meet Kim"): its intent, where "wants Seoul to pay" asks Seoul.
# What the rule of a reaction to an act told before it says ("The White House condemned the
# arrest"): such a reaction is never what the act's clause reports (`resolve_triggers`).
REACTION_RULE = "+reaction-to-earlier-act"
WANTING_VERBS = frozenset({"want", "wish", "like", "prefer"})


def phase_of(verb: Token, nested: list[int]) -> bool:
    """Whether `verb` only starts, continues or resumes the act its complement codes ("began
    supplying weapons", "will start deploying missiles"), whose trigger is among `nested`:
    the act is the event, whatever the phase verb's own pattern read off its words."""
    return verb.lemma_.lower() in PHASE_VERBS and any(
        c.dep_ == "xcomp" and c.i in nested for c in verb.children)


def own_wish(verb: Token) -> bool:
    """Whether `verb` wants its subject's own act: an infinitive complement with no subject of
    its own and no object or addressee on the verb ("Trump does not want [to meet] with Kim"),
    which is read as the subject's intent, not as an appeal."""
    if verb.lemma_.lower() not in WANTING_VERBS or any(
            c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and not any(g.dep_ in {"nsubj", "nsubjpass"}
                                             for g in c.children) for c in verb.children)


def _denials_of_aid(denials: list[Candidate], denied: list[Candidate]) -> list[Candidate]:
    """A denial is not aimed at those the denied act would have helped: in "the Taliban deny
    providing sanctuary to anti-Pakistan fighters" the fighters are the beneficiaries of what
    is denied, not the accusers the denial answers (a denied attack's victims stay)."""
    helped = {c.target.code for c in denied
              if c.target is not None and c.code[:2] in HELPING_ROOTS}
    return [c for c in denials if c.code != DENIAL_CODE or c.target is None
            or c.target.code not in helped]


def _asking_for(cand: Candidate, asked: Candidate) -> Candidate:
    """An appeal or demand made specific by the event of its complement or object that it
    asks for ("urged Peru to release the fishermen": 0253)."""
    if cand.code[:2] == "13" and asked.trigger.pos_ == "VERB":
        return cand  # "threatened to cut off gas supplies": a verb's code is too loose a guide
    code = asking_code(cand.code, asked.code, cand.trigger.lemma_.lower())
    if code == cand.code:
        return cand
    return replace(cand, code=code, rule=f"{cand.rule} +asking-for:{asked.code}->{code}")


def threatened_complements(sent: Span, by_trigger: dict[int, list[Candidate]]) -> None:
    """'Kenya threatened to impose a curfew on Nairobi': a threat that found no target of its
    own is the threat of the event in its complement, with that event's parties, not the event
    itself, which did not happen (1723 becomes 1323)."""
    for i, found in by_trigger.items():
        tok = _first_conjunct(sent.doc[i])  # "threatened to close [or suspend] operations"
        threat = tok.head  # "threatened [to impose a curfew]", not "warned ... if X invaded"
        noun = _threat_noun(tok)
        if noun is not None:  # "Trump's threat ... to destroy North Korea if ...": made, so
            threat = noun  # asserted, whatever its condition
            found = [replace(c, modality=Modality("asserted", False, None)) for c in found]
        elif not _threat_infinitive(tok) or threat.lemma_.lower() not in WARNING_VERBS:
            continue
        if by_trigger.get(threat.i):
            continue
        act = _act_object(sent.doc[i])
        by_trigger[i] = [replace(c, code=wmd_threat(threat_code(c.code), act),
                                 rule=f"{c.rule} +threatened:{threat.lemma_.lower()}")
                         for c in found]


def _act_object(verb: Token) -> Token:
    """The act a threatened verb names: its object where it is a light verb's ("to launch [a
    nuclear strike]"), else the verb itself, whose modifiers `wmd_threat` reads."""
    return next((c for c in verb.children if c.dep_ == "dobj"), verb)


def _first_conjunct(verb: Token) -> Token:
    """The first of coordinated verbs that share one subject: "close" for "suspend" in
    "threatened to close or suspend operations"; a conjunct with a subject of its own is a
    clause of its own and stays itself."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        tok = tok.head
    return tok


def _threat_noun(tok: Token) -> Token | None:
    """The threat noun whose 'to' clause `tok` heads ("Putin's threat [to destroy] Ukraine"),
    also where the parser made the noun the clause's subject ("Putin's threat, in a speech in
    May, [to destroy] Ukraine"); None if there is none."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in THREAT_NOUNS:
        return tok.head
    return next((c for c in tok.children
                 if c.dep_ == "nsubj" and c.lemma_.lower() in THREAT_NOUNS), None)


def _threat_infinitive(tok: Token) -> bool:
    """Whether `tok` is the infinitive complement of its head: an xcomp, or a bare 'to'
    clause the parser hung as an adverbial clause ("Iran's Foreign Ministry threatened on
    Monday [to launch a strike]"); "in order to" clauses and others with a marker are not."""
    if tok.dep_ == "xcomp":
        return True
    return (tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ == "mark" for c in tok.children))


def merge_purposes(sent: Span, by_trigger: dict[int, list[Candidate]]) -> None:
    """'Protesters rallied in Cairo to demand that Mubarak step down': a protest with no
    target of its own is aimed at whom its purpose clause addresses; the demand, criticism
    or rejection in that clause is what the protest says, not a second event."""
    for i, found in list(by_trigger.items()):
        if not found or any(c.code[:2] != "14" or c.target is not None for c in found):
            continue
        for clause in sent.doc[i].children:
            purpose = by_trigger.get(clause.i, [])
            nominal = all(c.trigger.i != i for c in found)  # "began a hunger strike [to
            if not purpose or not (clause.dep_ == "advcl"  # demand ...]": the parser may make
                                   or (clause.dep_ == "xcomp" and nominal)):  # it a complement
                continue
            aimed = [c for c in purpose if c.target is not None and c.code[:2] in PURPOSE_ROOTS]
            if not aimed:
                continue
            by_trigger[i] = [replace(p, target=a.target, rule=f"{p.rule} +purpose:{a.rule}")
                             for p in found for a in aimed if a.source.code == p.source.code]
            by_trigger[clause.i] = [c for c in purpose if c not in aimed]
            for j, asked in by_trigger.items():  # "to demand [the release of activists]",
                if j != clause.i and asked and (_asked_for(asked[0], clause)  # "to demand
                                                or governed(sent.doc[j], clause)):  # that
                    by_trigger[j] = []  # Mubarak [step down]": asked for, not done
            break


def _asked_for(cand: Candidate, head: Token) -> bool:
    """Whether a nominal event is the object of `head` ("demanded [the withdrawal]", "urged a
    ceasefire", "called for [talks]")."""
    for tok in {cand.trigger, cand.trigger_end}:
        if tok.pos_ == "VERB":
            return False
        noun = tok.head if tok.dep_ in {"compound", "amod"} else tok
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i == head.i:
            return True
        if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == head.i
                and noun.head.lower_ in {"for", "on"}):
            return True
    return False


def settle_refusals(sent: Span, by_trigger: dict[int, list[Candidate]], actors: ActorBuilder,
                    modality_of: Callable[[Modality], Modality], future_intent: bool) -> None:
    """'Peru refused to release the Chilean fishermen': the refusal is the event, a
    rejection (12x) read off the cooperation refused (1243), by its subject against the
    complement's target. A refusing verb coded on its own (120) takes the complement's
    subcode; one with no target of its own takes the complement's actors, and the
    complement, which did not happen, goes. `modality_of` is the coder's reading of a
    modality (`SentenceCoder._modality`); `future_intent` its option of that name."""
    for i in sorted(by_trigger):
        refuser = refusing_verb(sent.doc[i])
        inner = [c for c in by_trigger[i] if c.code[:2] in REFUSED_ROOTS
                 or c.code == "010"]  # "declined to comment on X": 011
        if refuser is None or not inner:
            continue
        code = refusal_code(inner[0].code)
        own = by_trigger.get(refuser.i)
        if own:
            by_trigger[refuser.i] = [replace(c, code=code, rule=f"{c.rule} +refused:{code}")
                                     if c.code == "120" else c for c in own]
            del by_trigger[i]  # "declined to comment" (011): what was refused goes
            continue
        mod = modality_of(modality(refuser))
        if mod.factuality == "negated":
            continue  # "did not refuse to meet": no rejection
        del by_trigger[i]
        by_trigger[refuser.i] = [
            replace(c, code=refusal_code(c.code), trigger=refuser, trigger_end=refuser,
                    modality=mod, rule=f"{c.rule} +refused:{refuser.lemma_.lower()}")
            for c in inner]
    if not future_intent:
        return
    for i, found in by_trigger.items():  # "Syria says it will not accept any more
        if not vowed_not(sent.doc[i]):  # refugees": a refusal, stated
            continue
        refusing = {a.code for t in subject_tokens(sent.doc[i])[0]
                    for a, _ in actors.actors(t)}
        stated = Modality("hypothetical", False, "if") if conditioned(sent.doc[i]) \
            else Modality("asserted", False, None)  # "if this happens, we will not buy ...":
        by_trigger[i] = [replace(c, code=refusal_code(c.code),  # refused only on a condition
                                 modality=stated,
                                 rule=f"{c.rule} +will-not")
                         if c.code[:2] in REFUSED_ROOTS and c.modality.factuality == "negated"
                         else c for c in found
                         if c.code[:2] not in REFUSED_ROOTS or not refusing
                         or c.source.code in refusing]  # "won't meet X": X refuses nothing
