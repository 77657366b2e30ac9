"""Candidates: events before ids, dates and places are attached, and their making from a
trigger's sources and targets.

`events.SentenceCoder` and `nominal.NounCoder` find a trigger's sources and targets and call
`paired`, which makes a `Candidate` for each pair: the target acting back for mutual codes or a
dictionary's second code, coordinated sources acting on each other for reciprocal events, an
intent's code (03x), and no pair of one side. `settle` settles a sentence's candidates by
trigger; `pipeline` attaches ids, dates and places to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import permutations, product

from spacy.tokens import Token

from detente.coding.modality import ARRANGED_CUES, FUTURE_AUX, Modality, intent_code
from detente.coding.roles import one_side, protesting_their_state
from detente.coding.subcodes import on_the_unarmed, targetless
from detente.coding.vocabulary import BILATERAL_CODES, MUTUAL_CODES, UNANNOUNCEABLE_ROOTS
from detente.model import Actor


@dataclass(frozen=True, slots=True)
class Candidate:
    """An event before ids, dates and places are attached."""

    source: Actor
    target: Actor | None
    code: str
    trigger: Token
    trigger_end: Token
    modality: Modality
    rule: str
    confidence: float
    verb_key: str | None = None  # a verb trigger's lexicon key ("resign", "step down")


# The acts coded before a trigger, nearest first: those of its own sentence before it, then
# those of the sentence before, then the one before that.
EarlierActs = Sequence[Sequence[Candidate]]

def paired(sources: list[tuple[Actor, str]], targets: list[tuple[Actor, str]], code: str,
           trigger: Token, end: Token, mod: Modality, rule: str, conf: float, *,
           mutual: bool = True, back: str | None = None,
           reciprocal: bool = True, verb_key: str | None = None) -> list[Candidate]:
    """Candidates for each source and target. The target also acts on the source when the
    code is one of MUTUAL_CODES (with `mutual`), or with the code `back` (a dictionary's
    second code, "[043:042]"). Two or more sources and no target act on each other only
    when the event is `reciprocal` ("Putin and Abe met"; not "five states claim the sea").
    `verb_key`: the lexicon key of the verb trigger that coded them, if one did."""
    # "will meet" and "is due to meet" are planned by both, as "met" was done by both;
    # "offered to meet" by one
    done_together = code in MUTUAL_CODES and (
        not mod.intent or (mod.cue or "").lower() in FUTURE_AUX | ARRANGED_CUES)
    if mod.intent and code[:2] in UNANNOUNCEABLE_ROOTS:  # "Kenya plans to open an
        if mod.factuality == "asserted":  # investigation": none is open yet
            mod = replace(mod, factuality="hypothetical")
    elif mod.intent and code[:2] not in {"01", "02", "03"}:
        code = intent_code(code)
        back = intent_code(back) if back is not None and back[:2] not in {"01", "02", "03"} \
            else back
        rule += f" intent:{mod.cue}"
    if mod.factuality != "asserted":
        rule += f" {mod.factuality}:{mod.cue}"
    pairs: list[tuple[tuple[Actor, str], tuple[Actor, str] | None, str]]
    if targets:
        forward = list(product(sources, targets))
        pairs = [(s, t, code) for s, t in forward]
        if mutual and done_together:  # "A met B" is also B meeting A
            back, rule = code, rule + " mutual"
        elif back is not None:
            rule += f" back:{back}"
        if back is not None:
            pairs += [(t, s, back) for s, t in forward]
    elif targetless(code) and not (code in BILATERAL_CODES and len(sources) >= 2
                                   and reciprocal):  # "Canadians, French and Germans are
        pairs = [(s, None, code) for s in sources]  # patrolling"; "Sudan and Chad signed a
        # ceasefire" is one side's truce with the other, both ways (below)
    elif len(sources) >= 2 and reciprocal:
        pairs = [(s, t, code) for s, t in permutations(sources, 2)]
        rule += " reciprocal"
    else:
        pairs = []
    out = []
    for (src, src_how), tgt_pair, code in pairs:
        tgt, tgt_how = tgt_pair if tgt_pair is not None else (None, "")
        if tgt is not None and one_side(src, src_how, tgt, tgt_how):
            continue
        c = conf - (0.1 if "collective" in (src_how, tgt_how) else 0.0)
        if tgt is not None:  # "rebels attacked villagers": 180
            code = on_the_unarmed(code, src.sector, tgt.sector)
        src = protesting_their_state(src, tgt, code)
        out.append(Candidate(src, tgt, code, trigger, end, mod, rule, round(max(c, 0.1), 2),
                             verb_key))
    return out
