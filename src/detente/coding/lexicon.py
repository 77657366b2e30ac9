"""Verb and noun lexicons: which CAMEO event a verb or an event noun expresses.

VERB LEXICON. data/verbs.json is built by scripts/build_verbs.py from PETRARCH-2's CAMEO.2.0
verb dictionary (MIT, Open Event Data Alliance) through detente.coding.petrarch_verbs, the one
parser of that format. For each verb lemma it holds the block's default code and the block's
patterns. A pattern lists noun elements before the verb ("subject"), after it ("object") and
prepositional phrases ("preps"); an element is satisfied when all words of one of its
alternatives are among the lemmas the coder saw in that slot. A word the dictionary writes in
the plural ("sanctions") also matches its singular ("sanction"), since the coder gives lemmas.

`VerbLexicon.match(lemma, slots)` takes the satisfied pattern with the most constraints (each
matched noun word and each preposition counts one; ties go to the earlier dictionary line). With
none satisfied it falls back to the verb's default code. A winning "---" means no event.

OUR READING OF THE COLON CODES. CAMEO.2.0 has 348 codes like ``[042:043]`` and 98 like
``[:173]``; SOURCE.md calls them "active:passive". They are not chosen by grammatical voice. The
second code is the same event read in the other direction, from the patient to the agent:

* ``[042:043]`` on "rush (to)": A visits B (042), so B hosts A (043); HOST has ``[043:042]``.
* ``[175:140]`` on repression verbs: police repress protesters (175), protesters protest (140).
* ``[073:0863]``: A delivers aid to B (073), B allows the delivery (0863).
* ``[046:046]``, ``[040:040]``, ``[062:062]``: reciprocal events, the same code both ways.
* ``[:173]`` on "appear (before court)", ``[:033]`` on "receive grant", ``[:040]`` on "receive
  message": nothing is done by the grammatical subject; the other party acts on it.

PETRARCH-2 (utilities.convert_code, VerbPhrase.get_code) agrees: it codes the first part, and
uses the second only when the first is empty, then reading the verb as if it were passive, that
is with the roles swapped. Grammatical voice itself is handled by the roles, not the code: "B
was visited by A" is still 042 from A to B.

So match() returns VerbMatch(code, rule, reverse, reverse_code) in terms of the AGENT (the
subject of an active verb, the "by" phrase of a passive one) and the PATIENT (the object or
target): `code` runs agent -> patient unless `reverse` is True, in which case it runs patient
-> agent (the ``[:173]`` case); `reverse_code`, when set, is the event patient -> agent that
the same sentence also reports (043 for a 042 visit), which a coder may emit or ignore;
`preps` are the prepositions the winning pattern names ("* MEMOS (FROM)"), where PETRARCH
finds the other party whatever the preposition, so a coder may look for the patient there:
those the dictionary marks as the target ("(WITH +)") first, none it marks as the source
("(FROM $)") or as words to skip ("(AT ^)").

Slots.passive = True says the verb is passive: the pattern's object words may then be found
in the grammatical subject (PETRARCH-2 looks at the subject of a passive verb for them:
"sanctions were imposed") and its subject words in the "by" phrase.

NOUN LEXICON. data/nouns.tsv is our own hand-written list of event nouns ("visit", "talks",
"sanctions", "phone call") with the CAMEO code, the prepositions that introduce the target
("visit to", "talks with", "sanctions on|against") and whether the event is mutual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from detente import cameo
from detente.coding.vocabulary import PARTICLES
from detente.errors import DictionaryError

_EMPTY: Mapping[str, frozenset[str]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Slots:
    """What the coder saw around one verb, all lowercase lemmas."""

    subject: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()  # direct object phrase(s), xcomp/attr
    preps: Mapping[str, frozenset[str]] = field(default_factory=lambda: _EMPTY)  # prep -> words
    passive: bool = False
    # the head nouns of the object phrases: a pattern that discards the event ("* DRUG":
    # seizing drugs is no event) holds only when its word is what is acted on, not a modifier
    # ("arrested a drug lord"); empty: not known, no such check
    heads: frozenset[str] = frozenset()
    # the words before an institution noun heading an object, which say what it is for
    # ("research" in "set up an energy research center"): no pattern holds on them alone
    purposes: frozenset[str] = frozenset()
    # the verb's own particles and adverbs ("pressed [on]", "stepped [down]"): a pattern whose
    # only object word is a particle ("DEMAND * ON") holds only on one of them, never on a
    # preposition inside the object ("demanded action [on] the dispute"); None: not known,
    # no such check
    particles: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class VerbMatch:
    """The event a verb expresses, and the rule that said so (with its dictionary line)."""

    code: str
    rule: str  # e.g. "verb:meet/pattern:5312 * (WITH)" or "verb:meet/default:5301"
    reverse: bool = False  # True: the event runs patient -> agent (PETRARCH "[:173]")
    reverse_code: str | None = None  # the event patient -> agent also reported ("[042:043]")
    # The prepositions the winning pattern names, in its order ("* MEMOS (FROM)" -> ("from",)):
    # PETRARCH looks for the other party in them, whatever the preposition.
    preps: tuple[str, ...] = ()


# Compiled forms: a word is the tuple of forms that satisfy it; an alternative needs all its
# words; an element needs one of its alternatives.
_Word = tuple[str, ...]
_Alt = tuple[_Word, ...]


@dataclass(frozen=True, slots=True)
class _Element:
    alts: tuple[_Alt, ...]
    firsts: frozenset[str]  # every form of every alternative's first word: a quick reject


@dataclass(frozen=True, slots=True)
class _Pattern:
    subject: tuple[_Element, ...]
    objects: tuple[_Element, ...]
    preps: tuple[tuple[str, tuple[_Element, ...]], ...]
    roles: tuple[str, ...]  # per prep: "+" target, "$" source, "^" skip, "" unmarked
    code: str
    passive: str | None
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class _Verb:
    code: str | None
    passive: str | None
    line: int
    patterns: tuple[_Pattern, ...]
    origin: str = ""  # "" for the main dictionary, "verbs_extra.tsv:" for our own entries


def singular(word: str) -> str:
    """A crude singular of an English plural noun ("rallies" -> "rally"), else the word."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def _word(w: str) -> _Word:
    """The forms that satisfy a dictionary word, since the coder gives lemmas: the word, its
    possible singulars ("ties" is "tie", "rallies" is "rally", "taxes" is "tax") and, for a
    participle, its possible verb lemmas ("improved" is "improve", "planned" is "plan")."""
    forms = [w, singular(w)]
    if len(w) > 3 and w.endswith("es"):
        forms.append(w[:-1])  # "ties" -> "tie", "measures" -> "measure"
    if len(w) > 5 and w.endswith("ed"):
        forms += [w[:-1], w[:-2]]  # "improved" -> "improve", "signed" -> "sign"
        if w[-3] == w[-4]:
            forms.append(w[:-3])  # "planned" -> "plan"
        if w.endswith("ied"):
            forms.append(w[:-3] + "y")  # "allied" -> "ally"
    return tuple(dict.fromkeys(forms))


def _element(raw: Any, where: str) -> _Element:
    if not isinstance(raw, list) or not raw:
        raise DictionaryError(f"{where}: an element must be a non-empty list, got {raw!r}")
    alts = []
    for alt in raw:
        if not isinstance(alt, list) or not alt or not all(isinstance(w, str) for w in alt):
            raise DictionaryError(f"{where}: bad alternative {alt!r}")
        alts.append(tuple(_word(w.lower()) for w in alt))
    return _Element(tuple(alts), frozenset(f for alt in alts for f in alt[0]))


def _pattern(raw: Any, where: str) -> _Pattern:
    try:
        line = int(raw["line"])
        where = f"{where} (dictionary line {line})"
        preps = tuple((str(p).lower(), tuple(_element(e, where) for e in els))
                      for p, els in raw["preps"])
        text = str(raw.get("text", ""))
        return _Pattern(
            subject=tuple(_element(e, where) for e in raw["subject"]),
            objects=tuple(_element(e, where) for e in raw["object"]),
            preps=preps, roles=_prep_roles(text, len(preps)), code=str(raw["code"]),
            passive=None if raw.get("passive") is None else str(raw["passive"]),
            line=line, text=text,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DictionaryError(f"{where}: malformed pattern {raw!r}: {exc}") from exc


_PREP_GROUP = re.compile(r"\(([^()]*)\)")


def _prep_roles(text: str, count: int) -> tuple[str, ...]:
    """The role of each prepositional phrase of a pattern, read off the TABARI markers in its
    text ("* EID (AT ^) (WITH +)" -> ("^", "+")): "+" the target, "$" the source, "^" words
    to skip, "" none. The phrases come in the order of the pattern's "preps"; a text whose
    phrases do not line up with them gives no roles."""
    groups = _PREP_GROUP.findall(text)
    if len(groups) != count:
        return ("",) * count
    return tuple(next((m for m in "+$^" if m in g), "") for g in groups)


def _best_alt(element: _Element, pool: frozenset[str]) -> int | None:
    """Words in the longest satisfied alternative, None if none is satisfied."""
    if pool.isdisjoint(element.firsts):
        return None
    best: int | None = None
    for alt in element.alts:
        if (best is None or len(alt) > best) and all(
            any(f in pool for f in forms) for forms in alt
        ):
            best = len(alt)
    return best


@dataclass(frozen=True, slots=True)
class _PatternIndex:
    """A verb's patterns by one thing each needs, so that only patterns that can hold are
    scored: the first object word (any form of any alternative), else the first subject
    word, else the first preposition; `always` are the patterns that need none of these."""

    always: tuple[int, ...]
    needs: Mapping[tuple[str, str], tuple[int, ...]]  # ("o"|"s", word) or ("p", prep)

    @classmethod
    def of(cls, patterns: Sequence[_Pattern]) -> _PatternIndex:
        always: list[int] = []
        needs: dict[tuple[str, str], list[int]] = {}
        for k, p in enumerate(patterns):
            if p.objects:
                keys = [("o", f) for f in p.objects[0].firsts]
            elif p.subject:
                keys = [("s", f) for f in p.subject[0].firsts]
            elif p.preps:
                keys = [("p", p.preps[0][0])]
            else:
                always.append(k)
                continue
            for key in keys:
                needs.setdefault(key, []).append(k)
        return cls(tuple(always), {key: tuple(ks) for key, ks in needs.items()})

    def candidates(self, subject: frozenset[str], objects: frozenset[str],
                   preps: Iterable[str]) -> list[int]:
        """The patterns (indices, in dictionary order) whose needed word or preposition is in
        the slots: every other pattern would score None."""
        found = set(self.always)
        needs = self.needs
        for slot, words in (("o", objects), ("s", subject), ("p", preps)):
            for word in words:
                found.update(needs.get((slot, word), ()))
        return sorted(found)


def _discards_a_modifier(p: _Pattern, heads: frozenset[str]) -> bool:
    """A pattern that makes no event ("---", no passive code) whose object words name none of
    the object heads: "* DRUG" read off "arrested a drug lord" would discard an arrest."""
    return (p.code == "---" and p.passive is None and bool(p.objects)
            and not any(f in heads for e in p.objects for alt in e.alts
                        for forms in alt for f in forms))


# Words that a pattern's lone object word names as the verb's particle, in PETRARCH's reading
# of the word after the verb ("* ON", "* DOWN", "* OUT"), not a preposition of the object: the
# particles the event rules read ("pull [out] of"), and those PETRARCH's patterns also write.
PARTICLE_WORDS = PARTICLES | frozenset({"on", "ahead", "into"})


def _needs_a_particle(p: _Pattern, particles: frozenset[str]) -> bool:
    """A pattern whose only object word is a particle (PARTICLE_WORDS) that the verb does not
    have as its own: "DEMAND * ON" (190, "pressed on") read off "pressed China to do more on
    North Korea" would code an assault."""
    if len(p.objects) != 1 or p.subject or p.preps or len(p.objects[0].alts) != 1:
        return False
    words = [f for forms in p.objects[0].alts[0] for f in forms]
    return bool(words) and all(w in PARTICLE_WORDS for w in words) and not particles & set(words)


def _names_an_institutions_purpose(p: _Pattern, objects: frozenset[str],
                                   purposes: frozenset[str]) -> bool:
    """A pattern whose object words found in the clause are all words saying what an
    institution is for: "* &INVESTIGATION" read off "set up an energy research center" would
    code an investigation (090)."""
    if not purposes or not p.objects:
        return False
    found = {f for e in p.objects for alt in e.alts for forms in alt for f in forms
             if f in objects}
    return bool(found) and found <= purposes


def _score(p: _Pattern, subject: frozenset[str], objects: frozenset[str],
           preps: Mapping[str, frozenset[str]]) -> int | None:
    """How many constraints of `p` the slots satisfy; None unless all are satisfied."""
    score = 0
    for elements, pool in ((p.subject, subject), (p.objects, objects)):
        for element in elements:
            got = _best_alt(element, pool)
            if got is None:
                return None
            score += got
    for prep, elements in p.preps:
        words = preps.get(prep)
        if words is None:
            return None
        score += 1
        for element in elements:
            got = _best_alt(element, words)
            if got is None:
                return None
            score += got
    return score


def _result(code: str | None, passive: str | None, rule: str,
            preps: tuple[str, ...] = ()) -> VerbMatch | None:
    if code is not None and code != "---":
        return VerbMatch(code, _marked(rule, code), False, passive, preps)
    if passive is not None:
        return VerbMatch(passive, _marked(rule, passive), True, None, preps)
    return None


def _other_party_preps(p: _Pattern) -> tuple[str, ...]:
    """The pattern's prepositions where the other party may be: those marked target ("+")
    first, then the unmarked ones; none marked source or skipped."""
    named = list(zip((prep for prep, _ in p.preps), p.roles, strict=True))
    out = [prep for prep, role in named if role == "+"]
    out += [prep for prep, role in named if role == "" and prep not in out]
    return tuple(out)


def _marked(rule: str, code: str) -> str:
    """The rule, marked when its code is a user dictionary's own (detente.cameo user codes)."""
    return rule if cameo.is_cameo(code) else f"{rule} (user code {code})"


class VerbLexicon:
    """Verb lemma -> default code and patterns; see the module docstring."""

    __slots__ = ("_index", "_origin", "_verbs", "user_codes")

    def __init__(self, verbs: Mapping[str, _Verb], origin: str,
                 user_codes: Mapping[str, cameo.CameoCode] | None = None) -> None:
        self._verbs = dict(verbs)
        self._origin = origin
        # lemma -> its patterns indexed by what they need, built at the verb's first match
        self._index: dict[str, _PatternIndex] = {}
        # codes of the user's dictionary that CAMEO lacks (detente.cameo.user_codes)
        self.user_codes: Mapping[str, cameo.CameoCode] = dict(user_codes or {})

    @classmethod
    def load(cls, path: Path | None = None) -> VerbLexicon:
        """The shipped lexicon (data/verbs.json) or one in the same format; cached."""
        return _load_verbs(None if path is None else str(Path(path).resolve()))

    @classmethod
    def from_data(cls, data: Mapping[str, Any], origin: str = "<data>",
                  user_codes: Mapping[str, cameo.CameoCode] | None = None) -> VerbLexicon:
        """Build from the structure data/verbs.json holds (see detente.coding.petrarch_verbs).

        A verb entry takes its patterns from "blocks"[entry["block"]], or from its own
        "patterns" list when it has one. `user_codes` are the entries of the codes the data
        define that CAMEO lacks; a Coder with this lexicon keeps events with them.
        """
        verbs = data.get("verbs") if isinstance(data, Mapping) else None
        blocks = data.get("blocks", {}) if isinstance(data, Mapping) else None
        if not isinstance(verbs, Mapping) or not isinstance(blocks, Mapping):
            raise DictionaryError(f"{origin}: needs a 'verbs' mapping (and 'blocks', if any)")
        compiled_blocks: dict[str, tuple[_Pattern, ...]] = {}
        for name, raw in blocks.items():
            if not isinstance(raw, list):
                raise DictionaryError(f"{origin}: block {name!r} must be a list of patterns")
            compiled_blocks[str(name)] = tuple(_pattern(p, f"{origin}: block {name!r}")
                                               for p in raw)
        compiled: dict[str, _Verb] = {}
        for lemma, entry in verbs.items():
            where = f"{origin}: verb {lemma!r}"
            try:
                if "patterns" in entry:
                    patterns = tuple(_pattern(p, where) for p in entry["patterns"])
                else:
                    patterns = compiled_blocks[entry["block"]]
                compiled[str(lemma).lower()] = _Verb(
                    code=entry.get("code"), passive=entry.get("passive"),
                    line=int(entry.get("line", 0)), patterns=patterns,
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise DictionaryError(f"{where}: malformed entry: {exc!r}") from exc
        return cls(compiled, origin, user_codes)

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and lemma.lower() in self._verbs

    def __len__(self) -> int:
        return len(self._verbs)

    def lemmas(self) -> Iterable[str]:
        return self._verbs.keys()

    @property
    def pattern_count(self) -> int:
        """Distinct patterns (synonyms of a block share theirs)."""
        return sum(len(p) for p in {id(v.patterns): v.patterns for v in self._verbs.values()}
                   .values())

    def match(self, lemma: str, slots: Slots) -> VerbMatch | None:
        """The event `lemma` expresses given what surrounds it; None if none (or "---")."""
        verb = self._verbs.get(lemma.lower())
        if verb is None:
            return None
        subject, objects = slots.subject, slots.objects
        if slots.passive:  # the logical object is the grammatical subject
            objects = objects | slots.subject
            subject = subject | slots.preps.get("by", frozenset())
        best: _Pattern | None = None
        best_score = -1
        for k in self._pattern_index(lemma.lower(), verb).candidates(subject, objects,
                                                                      slots.preps):
            p = verb.patterns[k]
            if slots.heads and _discards_a_modifier(p, slots.heads):
                continue
            if _names_an_institutions_purpose(p, objects, slots.purposes):
                continue
            if slots.particles is not None and _needs_a_particle(p, slots.particles):
                continue
            score = _score(p, subject, objects, slots.preps)
            if score is not None and score > best_score:
                best, best_score = p, score
        if best is not None:
            rule = f"verb:{lemma.lower()}/pattern:{best.line} {best.text}".rstrip()
            return _result(best.code, best.passive, rule, _other_party_preps(best))
        return _result(verb.code, verb.passive,
                       f"verb:{lemma.lower()}/default:{verb.origin}{verb.line}")

    def _pattern_index(self, lemma: str, verb: _Verb) -> _PatternIndex:
        """`verb`'s patterns indexed by what they need (built once per lemma)."""
        index = self._index.get(lemma)
        if index is None:
            index = self._index[lemma] = _PatternIndex.of(verb.patterns)
        return index

    def with_overrides(self, text: str, origin: str) -> VerbLexicon:
        """A copy with our own entries from a TSV: lemma, code, object words, notes.

        With no object words the entry replaces the verb (its default code, patterns dropped;
        "---" makes the verb a non-event). With "*" it sets the verb's default code and keeps
        its patterns. With object words ("persona non grata") it adds a pattern to the verb:
        all the words must be in its object or complement; a word written "as:independent"
        must be in the verb's "as" phrase instead ("recognised Kosovo as an independent
        state"), and "with:+" needs only a "with" phrase, whatever it names ("engaged with
        the Taliban").
        """
        verbs = dict(self._verbs)
        name = Path(origin).name
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#") or lineno == 1:
                continue
            fields = [f.strip() for f in line.split("\t")]
            if len(fields) < 4 or not fields[0]:
                raise DictionaryError(f"{origin}:{lineno}: expected lemma, code, object words, "
                                      f"notes (tab-separated), got {line!r}")
            lemma, code, words = fields[0].lower(), fields[1], fields[2].lower().split()
            if code != "---" and not (code.isdigit() and 2 <= len(code) <= 4):
                raise DictionaryError(f"{origin}:{lineno}: {code!r} is not a CAMEO code or ---")
            if not words:
                verbs[lemma] = _Verb(None if code == "---" else code, None, lineno, (), f"{name}:")
                continue
            if words == ["*"]:  # a default code for a verb whose patterns stay as they are
                base = verbs.get(lemma) or _Verb(None, None, lineno, (), f"{name}:")
                verbs[lemma] = _Verb(None if code == "---" else code, base.passive, lineno,
                                     base.patterns, f"{name}:")
                continue
            in_object = [w for w in words if ":" not in w]
            preps: dict[str, list[str]] = {}
            for w in words:
                if ":" in w:
                    prep, _, word = w.partition(":")
                    needed = preps.setdefault(prep, [])
                    if word != "+":  # "with:+": any phrase of the preposition, its object
                        needed.append(word)  # the target
            pattern = _pattern({"subject": [], "object": [[in_object]] if in_object else [],
                                "preps": [(p, [[ws]] if ws else []) for p, ws in preps.items()],
                                "code": code, "line": lineno,
                                "text": f"{name}:{lineno} * {' '.join(words).upper()}"},
                               f"{origin}:{lineno}")
            base = verbs.get(lemma) or _Verb(None, None, lineno, (), f"{name}:")
            verbs[lemma] = _Verb(base.code, base.passive, base.line, (pattern, *base.patterns),
                                 base.origin)
        return VerbLexicon(verbs, self._origin)


@cache
def _load_verbs(path: str | None) -> VerbLexicon:
    if path is None:
        resource = resources.files("detente") / "data" / "verbs.json"
        origin, text = "data/verbs.json", resource.read_text(encoding="utf-8")
    else:
        try:
            origin, text = path, Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DictionaryError(f"{path}: cannot read verb lexicon: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"{origin}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    lexicon = VerbLexicon.from_data(data, origin)
    if path is None:
        extra = resources.files("detente") / "data" / "verbs_extra.tsv"
        lexicon = lexicon.with_overrides(extra.read_text(encoding="utf-8"), "data/verbs_extra.tsv")
    return lexicon


# ---------------------------------------------------------------------------- nouns

_NOUN_COLUMNS = ("lemma", "code", "target_preps", "reciprocal", "notes")
_HYPHEN = re.compile(r"\s*-\s*")
_TOKENS = re.compile(r"[^\s-]+|-")


@dataclass(frozen=True, slots=True)
class NounEntry:
    lemma: str  # lowercase, words joined by one blank: "phone call", "exchange of views"
    code: str
    target_preps: tuple[str, ...]  # prepositions introducing the target: ("on", "against")
    reciprocal: bool  # a mutual event (talks, summit): both sides are source and target


def noun_key(text: str) -> str:
    """The lookup key of an event noun: lowercase, blanks around hyphens removed, each word
    made singular ("Exchange of views" -> "exchange of view", "visa - free" -> "visa-free")."""
    text = _HYPHEN.sub("-", " ".join(text.lower().split()))
    return " ".join("-".join(singular(p) for p in w.split("-")) for w in text.split())


def _token_count(key: str) -> int:
    """How many spaCy tokens `key` spans: a hyphen is a token of its own ("visa - free")."""
    return len(_TOKENS.findall(key))


class NounLexicon:
    """Event noun lemma -> NounEntry. Try multi-word nouns longest first: `max_words` is the
    most tokens an entry spans, counting each hyphen as a token, as spaCy splits them."""

    __slots__ = ("_entries", "max_words")

    def __init__(self, entries: Iterable[NounEntry]) -> None:
        self._entries = {noun_key(e.lemma): e for e in entries}
        self.max_words = max((_token_count(k) for k in self._entries), default=0)

    @classmethod
    def load(cls, path: Path | None = None) -> NounLexicon:
        """The shipped data/nouns.tsv or a TSV with the same columns; cached."""
        return _load_nouns(None if path is None else str(Path(path).resolve()))

    def get(self, lemma: str) -> NounEntry | None:
        """The entry of a noun given as lemmas or words ("talks", "phone call", "visa - free
        regime"); None if it is not an event noun."""
        return self._entries.get(noun_key(lemma))

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and self.get(lemma) is not None

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> tuple[NounEntry, ...]:
        return tuple(self._entries.values())


def parse_nouns(text: str, origin: str) -> NounLexicon:
    """Read the nouns TSV (header: lemma, code, target_preps, reciprocal, notes)."""
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != _NOUN_COLUMNS:
        raise DictionaryError(f"{origin}:1: header must be the columns {_NOUN_COLUMNS}")
    entries: dict[str, NounEntry] = {}
    keys: set[str] = set()
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(_NOUN_COLUMNS):
            raise DictionaryError(f"{origin}:{lineno}: expected 5 tab-separated fields: {line!r}")
        lemma, code, preps, reciprocal, _notes = fields
        lemma = " ".join(lemma.lower().split())
        if not lemma or not code.isdigit() or not 2 <= len(code) <= 4:
            raise DictionaryError(f"{origin}:{lineno}: bad lemma or code: {line!r}")
        if reciprocal not in ("0", "1"):
            raise DictionaryError(f"{origin}:{lineno}: reciprocal must be 0 or 1: {reciprocal!r}")
        if noun_key(lemma) in keys:
            raise DictionaryError(f"{origin}:{lineno}: duplicate noun {lemma!r}")
        keys.add(noun_key(lemma))
        target = tuple(p.strip().lower() for p in preps.split("|") if p.strip())
        entries[lemma] = NounEntry(lemma, code, target, reciprocal == "1")
    return NounLexicon(entries.values())


@cache
def _load_nouns(path: str | None) -> NounLexicon:
    if path is None:
        resource = resources.files("detente") / "data" / "nouns.tsv"
        return parse_nouns(resource.read_text(encoding="utf-8"), "data/nouns.tsv")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read noun lexicon: {exc}") from exc
    return parse_nouns(text, path)
