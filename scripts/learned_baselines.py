"""Would a model learned from our gold events help the rule coder? Measured leave-one-set-out.

    .venv/bin/python scripts/learned_baselines.py        # prints three tables (markdown)

Two learned components are tried beside the rules. Each is trained on every development gold set
of sentences but one and scored on the one left out; the held-out files are never read.

- **proposer**: a softmax regression over ordered pairs of actors that the coder finds in one
  sentence. Its features are the dependency path between the two heads, the word that joins them,
  the CAMEO roots that the verb and noun lexicons give that word, and the actors' sectors. It
  predicts a root code or "none". Its event is added, for a pair the rules coded nothing between,
  when its probability reaches the threshold.
- **filter**: a logistic regression over the events the rules code. Its features are the rule's
  kind, a pattern or default reading, how the actors were found, the root, the factuality and the
  sectors. Events whose probability of being right falls below the threshold are dropped.

A first table counts, for each gold event the rules miss, whether the coder found both its
actors. Both components are scored as `detente eval` scores them: (source, target, root,
factuality) against the gold. The figures are in docs/EVALUATION.md ("Learned components beside
the rules"). The models are plain NumPy.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from detente.coding.lexicon import NounLexicon, VerbLexicon
from detente.coding.mentions import ActorBuilder
from detente.coding.modality import modality
from detente.coding.syntax import nominal_modality
from detente.evaluation import load_gold_jsonl
from detente.model import Actor, Document
from detente.nlp import parse_ready
from detente.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1]
SETS = ("sentences", "news", "dev3", "dev4", "dev5", "dev6")  # development sets of sentences
THRESHOLDS = (0.3, 0.5, 0.7)
NONE = "none"
# Heads of noun phrases whose actor is read; modifiers are read through their head.
MODIFIER_DEPS = frozenset({"compound", "amod", "flat", "nmod", "poss", "det", "nummod", "appos"})

Key = tuple[str, str | None, str, str]  # source, target, root, factuality


# --- a sparse softmax regression ----------------------------------------------------------------

@dataclass
class Model:
    """Multinomial logistic regression over sparse binary features, fitted by AdaGrad."""

    vocab: dict[str, int]
    classes: list[str]
    weights: np.ndarray  # features x classes

    @classmethod
    def fit(cls, instances: Sequence[list[str]], labels: Sequence[str], *, min_count: int = 2,
            l2: float = 1.0, iterations: int = 300, rate: float = 0.5) -> Model:
        counts = Counter(f for feats in instances for f in set(feats))
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
        classes = sorted(set(labels))
        rows = [np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64)
                for feats in instances]
        lengths = np.array([len(r) for r in rows])
        if (lengths == 0).any():
            raise ValueError("every instance needs a known feature: add a bias feature")
        index = np.concatenate(rows)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        y = np.zeros((len(rows), len(classes)))
        y[np.arange(len(rows)), [classes.index(label) for label in labels]] = 1.0
        weights = np.zeros((len(vocab), len(classes)))
        squared = np.full_like(weights, 1e-8)
        for _ in range(iterations):
            probs = _softmax(np.add.reduceat(weights[index], starts, axis=0))
            grad = np.zeros_like(weights)
            np.add.at(grad, index, np.repeat(probs - y, lengths, axis=0))
            grad = (grad + l2 * weights) / len(rows)
            squared += grad * grad
            weights -= rate * grad / np.sqrt(squared)
        return cls(vocab, classes, weights)

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        known = sorted({self.vocab[f] for f in feats if f in self.vocab})
        probs = _softmax(self.weights[known].sum(axis=0, keepdims=True))[0]
        return dict(zip(self.classes, probs.tolist(), strict=True))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


# --- what is read off one gold record ---------------------------------------------------------

@dataclass
class Pair:
    source: str
    target: str
    joint: int  # token index of the word that joins their heads
    feats: list[str]
    label: str  # the gold root between them, or NONE
    factuality: str


@dataclass
class RuleEvent:
    key: Key
    feats: list[str]


@dataclass
class Record:
    gold: set[Key]
    rules: list[RuleEvent]
    triggers: set[int]  # token indices of the rules' triggers
    pairs: list[Pair] = field(default_factory=list)


def lexicon_roots(tok: Token, verbs: VerbLexicon, nouns: NounLexicon) -> set[str]:
    """The CAMEO roots the lexicons give a word: its verb's default and patterns, its noun."""
    roots: set[str] = set()
    verb = verbs._verbs.get(tok.lemma_.lower())  # the compiled table, read, not changed
    if verb is not None:
        codes = [verb.code, *(p.code for p in verb.patterns)]
        roots.update(c[:2] for c in codes if c and c != "---")
    entry = nouns.get(tok.lemma_.lower())
    if entry is not None:
        roots.add(entry.code[:2])
    return roots


def _path_step(tok: Token) -> str:
    return f"{tok.dep_}<{tok.head.lower_}" if tok.dep_ in {"pobj", "pcomp"} else tok.dep_


def _up(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def pair_features(a: Token, b: Token, source: Actor, target: Actor, verbs: VerbLexicon,
                  nouns: NounLexicon) -> tuple[Token, list[str]] | None:
    """The word joining two heads (their lowest common ancestor) and the pair's features."""
    up_a, up_b = _up(a), _up(b)
    at = {t.i: k for k, t in enumerate(up_a)}
    kb = next((k for k, t in enumerate(up_b) if t.i in at), None)
    if kb is None:
        return None
    joint = up_b[kb]
    ka = at[joint.i]
    path_a = ">".join(_path_step(t) for t in up_a[:ka]) or "self"
    path_b = ">".join(_path_step(t) for t in up_b[:kb]) or "self"
    lemma = joint.lemma_.lower()
    feats = ["bias", f"L={lemma}", f"LP={joint.pos_}", f"Ldep={joint.dep_}", f"A={path_a}",
             f"B={path_b}", f"AB={path_a}|{path_b}", f"LA={lemma}|{path_a}",
             f"LB={lemma}|{path_b}", f"LAB={lemma}|{path_a}|{path_b}", f"As={source.sector}",
             f"Bs={target.sector}", f"AsBs={source.sector}|{target.sector}",
             f"len={min(ka + kb, 6)}"]
    roots = lexicon_roots(joint, verbs, nouns)
    feats += [f"LX={r}" for r in roots] + [f"LXB={r}|{path_b}" for r in roots]
    feats += [] if roots else ["LX=none"]
    for tok in up_a[1:ka] + up_b[1:kb]:
        feats.append(f"P={tok.lemma_.lower()}")
        feats += [f"PX={r}" for r in lexicon_roots(tok, verbs, nouns)]
    if source.country and source.country == target.country:
        feats.append("same-country")
    if any(c.dep_ == "neg" for c in joint.children):
        feats.append("neg")
    return joint, feats


def rule_features(rule: str, code: str, factuality: str, source: Actor,
                  target: Actor | None) -> list[str]:
    kind = rule.split(":", 1)[0]
    feats = ["bias", f"kind={kind}", f"root={code[:2]}", f"code={code}", f"fact={factuality}",
             f"kindroot={kind}|{code[:2]}", f"ssec={source.sector}",
             f"tsec={target.sector if target else 'none'}",
             "pattern" if "/pattern:" in rule else "default" if "/default:" in rule else "other"]
    for tags in re.findall(r"\[([^\]]*)\]", rule):
        feats += [f"tag={t.split(':')[0]}" for t in tags.split("+")]
    return feats


def _heads(sent: Span, builder: ActorBuilder) -> dict[int, list[Actor]]:
    found: dict[int, list[Actor]] = {}
    for tok in sent:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and tok.dep_ not in MODIFIER_DEPS:
            actors = [actor for actor, _how in builder.actors(tok)]
            if actors:
                found[tok.i] = actors
    return found


def read_record(coder: Coder, text: str, day: date | None, gold: set[Key],
                record_id: str) -> Record:
    verbs, nouns = coder.sentences.verbs, coder.sentences.nouns
    # The coder's own stages, run as Coder.code_document runs them, so that the pairs are read
    # off the very parse, mentions and actor builder its events came from.
    doc = coder.nlp(parse_ready(text))
    parsed = coder._prepare(doc, 0, day)
    coded = coder._finish(Document(doc_id=record_id, text=text, published=day), [parsed])
    rules: list[RuleEvent] = []
    triggers: set[int] = set()
    for e in coded.events:
        key = (e.source.code, e.target.code if e.target else None, e.cameo[:2], e.factuality)
        rules.append(RuleEvent(key, rule_features(e.rule, e.cameo, e.factuality, e.source,
                                                  e.target)))
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        triggers.update(t.i for t in span or ())
    record = Record(gold, rules, triggers)
    gold_roots: dict[tuple[str, str | None], str] = {}
    for g in sorted(gold, key=str):  # one root per pair of actors, the same at each run
        gold_roots.setdefault(g[:2], g[2])
    builder = ActorBuilder(doc, [m for ms in parsed.mentions for m in ms], coder._place_country)
    for sent in doc.sents:
        heads = _heads(sent, builder)
        for ai, sources in heads.items():
            for bi, targets in heads.items():
                for source in sources if ai != bi else ():
                    for target in targets:
                        if source.code == target.code:
                            continue
                        read = pair_features(doc[ai], doc[bi], source, target, verbs, nouns)
                        if read is None:
                            continue
                        joint, feats = read
                        mood = (modality(joint) if joint.pos_ in {"VERB", "AUX"}
                                else nominal_modality(joint))
                        label = gold_roots.get((source.code, target.code), NONE)
                        record.pairs.append(Pair(source.code, target.code, joint.i, feats, label,
                                                 mood.factuality))
    return record


def read_set(coder: Coder, name: str) -> list[Record]:
    records = []
    for rec in load_gold_jsonl(ROOT / "tests" / "golden" / f"{name}.jsonl"):
        gold = {(g.source, g.target, g.cameo[:2], g.factuality) for g in rec.events}
        records.append(read_record(coder, rec.text, rec.date, gold, rec.id))
    return records


# --- the two experiments ----------------------------------------------------------------------

@dataclass
class Outcome:
    tp: int
    fp: int
    fn: int
    added_tp: int = 0
    added_fp: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def with_proposals(records: Sequence[Record], model: Model, threshold: float) -> Outcome:
    out = Outcome(0, 0, 0)
    for rec in records:
        coded = {r.key for r in rec.rules}
        linked = {frozenset(k[:2]) for k in coded}
        best: dict[tuple[str, str], tuple[float, Key]] = {}
        for pair in rec.pairs:
            if frozenset((pair.source, pair.target)) in linked:
                continue
            probs = model.probabilities(pair.feats)
            root, p = max(((c, v) for c, v in probs.items() if c != NONE),
                          key=lambda cv: cv[1], default=(NONE, 0.0))
            if p >= threshold and p > best.get((pair.source, pair.target), (0.0,))[0]:
                best[(pair.source, pair.target)] = (p, (pair.source, pair.target, root,
                                                        pair.factuality))
        added = {key for _p, key in best.values()} - coded
        out.added_tp += len(added & rec.gold)
        out.added_fp += len(added - rec.gold)
        found = coded | added
        out.tp += len(found & rec.gold)
        out.fp += len(found - rec.gold)
        out.fn += len(rec.gold - found)
    return out


def with_filter(records: Sequence[Record], model: Model, threshold: float) -> Outcome:
    out = Outcome(0, 0, 0)
    for rec in records:
        kept = {r.key for r in rec.rules
                if threshold <= 0 or model.probabilities(r.feats)["right"] >= threshold}
        dropped = {r.key for r in rec.rules} - kept
        out.added_tp -= len(dropped & rec.gold)  # negative: right events lost
        out.added_fp -= len(dropped - rec.gold)
        out.tp += len(kept & rec.gold)
        out.fp += len(kept - rec.gold)
        out.fn += len(rec.gold - kept)
    return out


def proposer(train: Sequence[Record]) -> Model:
    pairs = [p for rec in train for p in rec.pairs]
    return Model.fit([p.feats for p in pairs], [p.label for p in pairs])


def event_filter(train: Sequence[Record]) -> Model:
    events = [r for rec in train for r in rec.rules]
    return Model.fit([r.feats for r in events],
                     ["right" if r.key in rec.gold else "wrong"
                      for rec in train for r in rec.rules], l2=3.0, iterations=400, rate=0.3)


def table(data: dict[str, list[Record]], build: Callable[[Sequence[Record]], Model],
          apply: Callable[[Sequence[Record], Model, float], Outcome], title: str) -> str:
    head = " | ".join(f"≥ {t}: F1 (+right / +wrong)" for t in THRESHOLDS)
    lines = [f"{title}\n", f"| left out | rules F1 | {head} |",
             "| --- | --: |" + " --: |" * len(THRESHOLDS)]
    total: Counter[tuple[float, str]] = Counter()
    for held in data:
        model = build([rec for name, recs in data.items() if name != held for rec in recs])
        base = apply(data[held], model, 2.0 if apply is with_proposals else 0.0)
        cells = []
        for t in THRESHOLDS:
            o = apply(data[held], model, t)
            cells.append(f"{o.f1:.3f} ({o.added_tp:+d} / {o.added_fp:+d})")
            total[(t, "tp")] += o.added_tp
            total[(t, "fp")] += o.added_fp
        lines.append(f"| {held} | {base.f1:.3f} | " + " | ".join(cells) + " |")
    lines.append("| all | | " + " | ".join(
        f"({total[(t, 'tp')]:+d} / {total[(t, 'fp')]:+d})" for t in THRESHOLDS) + " |")
    return "\n".join(lines)


def misses(data: dict[str, list[Record]]) -> str:
    """What the coder had in hand for each gold event the rules missed."""
    lines = ["Misses: what the coder had for each gold event the rules missed\n",
             "| set | missed | with no target (no pair to read) | an actor not found as a "
             "phrase head with the gold code | both found, joined by a word whose lexicon "
             "entry has the gold root | both found, other |",
             "| --- | --: | --: | --: | --: | --: |"]
    for name, recs in data.items():
        counts: Counter[str] = Counter()
        for rec in recs:
            for key in rec.gold - {r.key for r in rec.rules}:
                pairs = [p for p in rec.pairs if (p.source, p.target) == key[:2]]
                counts["missed"] += 1
                if key[1] is None:
                    counts["targetless"] += 1
                elif not pairs:
                    counts["unfound"] += 1
                elif any(f"LX={key[2]}" in p.feats for p in pairs):
                    counts["lexical"] += 1
                else:
                    counts["other"] += 1
        lines.append(f"| {name} | {counts['missed']} | {counts['targetless']} | "
                     f"{counts['unfound']} | {counts['lexical']} | {counts['other']} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="spaCy pipeline to use")
    args = parser.parse_args(argv)
    coder = Coder(model=args.model) if args.model else Coder()
    data = {name: read_set(coder, name) for name in SETS}
    print(misses(data))
    print()
    print(table(data, proposer, with_proposals,
                "Proposer: events added for actor pairs the rules left uncoded"))
    print()
    print(table(data, event_filter, with_filter,
                "Filter: rule events dropped below a probability of being right"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
