"""Read PETRARCH-2 verb dictionaries (such as CAMEO.2.0.txt) into détente's verb lexicon.

This is the one parser of that format: scripts/build_verbs.py calls it to make the shipped
data/verbs.json, and users call `load_petrarch_verbs(path)` to bring their own dictionary.

The format, as PETRARCH-2 reads it:

* Comments: a line starting with ``#``, anything after ``#`` or a legacy ``;``, and ``<!-- -->``.
* Synsets: ``&NAME`` then ``+member`` lines. Members may be phrases (``_`` or blanks join the
  words; a final ``_`` only stops PETRARCH from making a plural). They may be defined anywhere.
* Verb blocks: ``--- NAME [code] ---`` then verb lines ``FORM {irregular forms} [own code]``. A
  multi-word verb marks its inflected word with ``+``: ``+CORDON_OFF``, ``WIRE_+TAP``. The lemma
  is the bare form, lowercased, words joined by blanks ("cordon off", "wire tap"); irregular
  forms only tell PETRARCH how to find the lemma, so they are not kept. A verb's own code
  overrides the block's. A lemma listed in two blocks keeps the first (as PETRARCH does: its
  first entry wins); blocks with the same NAME share their patterns (PETRARCH keys patterns by
  the block NAME).
* Patterns: ``- [pre-verb nouns] * [post-verb nouns] [(PREP NOUN...)] [code]``: a bare word is
  the head noun of a phrase, ``{A B}`` a multi-word noun phrase, ``(PREP ...)`` a prepositional
  phrase with optional nouns, ``&SYN`` any member of a synset. Pre-verb nouns go to "subject",
  post-verb nouns to "object", every prepositional phrase to "preps" (there is one pre-verb
  prepositional phrase in CAMEO.2.0). TABARI's role markers ``+`` (target), ``$`` (source),
  ``^`` (skip) and ``%`` (compound) constrain no word and are dropped; a pattern left with no
  constraint at all is dropped too (PETRARCH treats the bare marker as a noun it never finds,
  so such a pattern never fires there either). A legacy ``A/B`` disjunction is read as
  alternatives (PETRARCH-2 reads it as one word that never matches). A pattern line missing its
  leading ``-`` but starting with ``*`` is read as a pattern. Like PETRARCH-2, the reader also
  puts up with a stray ``)`` or ``}`` (ignored), ``WORD_&SYN`` (read as a phrase) and a pattern
  naming an undefined synset (dropped).
* Codes: ``[042]``, ``[---]`` (no event), ``[042:043]`` and ``[:173]``. The second code is the
  event read in the other direction, patient to agent; see detente.coding.lexicon for how the
  lexicon uses it. A TABARI ``!`` after the digits (``[080!]``) is dropped. A letter after them
  (``[174L]``) is kept: the code is the dictionary's own, like any code CAMEO lacks (``[345]``);
  `load_petrarch_verbs` registers such codes with detente.cameo as user codes, so their events
  are kept (scripts/build_verbs.py maps them to CAMEO ancestors instead). A code with no digit
  at all (``[+++]``, ``[###]`` in the validation suite) means no event on a verb or block
  line; a pattern with one is dropped, as PETRARCH-2 does (its "DIPLOMATIC" pattern still
  codes "fxll diplomatic ties" where ``{FXLL DIPLOMATIC} [+++]`` is the longer one).
* ``~`` lines (the TRANSFORMATIONS section) are nested-event rewrites; they are skipped.

Every leniency is counted in VerbReadReport.notes. Anything else (a pattern without ``*`` or
``[code]``, an unclosed ``(`` or ``{``, a code such as ``[04x2]``, a line outside any block)
raises DictionaryError naming path:line and the text.

Output (what data/verbs.json holds): {"format": "detente-verbs/1", "source": file name,
"blocks": {NAME: [pattern, ...]}, "verbs": {lemma: {"code": default code or None, "passive":
the default's second code or None, "block": NAME, "line": verb line}}}. Synonyms share their
block's patterns, so the patterns are stored once per block (inline per verb they would take
11 MB instead of 1.2). A pattern is {"subject": [element, ...], "object": [element, ...],
"preps": [[prep, [element, ...]], ...], "code": "042" or "---", "passive": "043" or None,
"line": n, "text": "* (TO)"}: an element is a list of alternatives, an alternative a list of
lowercase words that must all be present; every element of a pattern must be satisfied.
Synsets are expanded into alternatives; words are kept as written (the lexicon also accepts the
singular of a plural).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente import cameo
from detente.coding.lexicon import VerbLexicon
from detente.errors import DictionaryError

FORMAT = "detente-verbs/1"
MARKERS = "+$^%"  # TABARI role markers: target, source, skip, compound
_HEADER = re.compile(r"^---\s*(?P<name>[^\s\[\]]+)\s*(?:\[(?P<code>[^\]]*)\])?[^\[\]]*---$")
_VERB = re.compile(
    r"^(?P<form>[A-Za-z0-9_+'.-]+)\s*(?:\{(?P<irr>[^{}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?$"
)
_CODE_PART = re.compile(r"^(?P<digits>\d{2,4})(?P<letter>[A-Za-z]?)(?P<bang>!?)$")
_TRAILING_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_WORD = re.compile(r"^[A-Za-z0-9'.,/_-]+$")

Element = list[list[str]]


@dataclass(frozen=True, slots=True)
class VerbReadReport:
    """What was read from one dictionary file."""

    path: str
    blocks: int
    lemmas: int
    patterns: int  # distinct (block, pattern) entries after expanding A/B prepositions
    pattern_lines: int
    synsets: int
    duplicate_lemmas: tuple[str, ...]  # listed in more than one block; the first block kept
    notes: tuple[str, ...]  # leniencies applied, counted, with the first place seen


@dataclass(slots=True)
class _Block:
    name: str
    code: str
    passive: str | None
    line: int
    verbs: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)
    raw_patterns: list[tuple[int, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Notes:
    counts: dict[str, int] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)

    def add(self, what: str, where: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        self.first.setdefault(what, where)

    def lines(self) -> tuple[str, ...]:
        return tuple(f"{what}: {n}x (first at {self.first[what]})"
                     for what, n in self.counts.items())


def _strip_comment(line: str) -> str:
    """Cut at the first '#' or ';' outside [...] (so a TABARI code such as [###] survives)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return line[:i].strip()
    return line.strip()


def _logical_lines(path: Path) -> Iterator[tuple[int, str, bool]]:
    """(line number, text without comments, in_transformations) for every non-empty line."""
    in_comment = False
    in_transformations = False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            if in_comment:
                if "-->" in line:
                    in_comment = False
                    line = line[line.index("-->") + 3 :]
                else:
                    continue
            while "<!--" in line:
                head, _, tail = line.partition("<!--")
                if "-->" in tail:
                    line = head + tail[tail.index("-->") + 3 :]
                else:
                    line, in_comment = head, True
            if line.lstrip().startswith("#"):
                if "TRANSFORMATIONS" in line.upper():
                    in_transformations = True
                continue
            text = _strip_comment(line)
            if text:
                yield lineno, text, in_transformations


def _code(text: str, where: str, notes: _Notes) -> tuple[str, str | None]:
    """'042' -> ('042', None); '042:043' -> ('042', '043'); ':173' -> ('---', '173')."""
    parts = text.strip().split(":")
    if len(parts) > 2:
        raise DictionaryError(f"{where}: bad event code [{text}]")
    out: list[str | None] = []
    for part in parts:
        part = part.strip()
        if part in ("", "---"):
            out.append(None)
            continue
        if not any(ch.isdigit() for ch in part):
            notes.add(f"non-numeric code [{part}] read as no event", where)
            out.append(None)
            continue
        m = _CODE_PART.match(part)
        if m is None:
            raise DictionaryError(f"{where}: bad event code [{text}]")
        if m.group("bang"):
            notes.add(f"dropped '!' after code digits ({part})", where)
        out.append(m.group("digits") + m.group("letter"))
    active = out[0] or "---"
    passive = out[1] if len(out) == 2 else None
    return active, passive


def _lemma(form: str, where: str) -> str:
    words = [w for w in form.replace("+", "").split("_") if w]
    if not words:
        raise DictionaryError(f"{where}: verb line has no word: {form!r}")
    return " ".join(words).lower()


def _split_word(token: str) -> list[str]:
    """A pattern or synset word: '_' joins words, a final '_' is dropped."""
    return [w.lower() for w in token.split("_") if w]


class _UndefinedSynset(Exception):
    """A pattern names a synset the file never defines (PETRARCH-2 ignores such patterns)."""


@dataclass(slots=True)
class _Part:
    """One token of a noun phrase: a synset reference or word alternatives."""

    synset: str | None = None
    choices: list[list[str]] = field(default_factory=list)


def _expand(parts: list[_Part], synsets: dict[str, list[list[str]]], where: str) -> Element:
    options: list[list[list[str]]] = []
    for part in parts:
        if part.synset is not None:
            if part.synset not in synsets:
                raise _UndefinedSynset(part.synset)
            options.append(synsets[part.synset])
        else:
            options.append(part.choices)
    element: Element = []
    seen: set[tuple[str, ...]] = set()
    for combo in itertools.product(*options):
        words = [w for choice in combo for w in choice]
        key = tuple(words)
        if words and key not in seen:
            seen.add(key)
            element.append(words)
    return element


def _parts(token: str, where: str, notes: _Notes) -> list[_Part]:
    """A pattern token: a word, A/B alternatives, &SYN, or words and synsets joined by '_'."""
    if token.startswith("&"):
        return [_Part(synset=token.upper())]
    if "_&" in token:  # FIGHTER_&AIRCRAFT: a word followed by any member of a synset
        notes.add("read WORD_&SYN as a phrase", where)
        return [p for piece in token.split("_") if piece
                for p in _parts(piece, where, notes)]
    stripped = token.strip(MARKERS)
    if stripped != token:
        notes.add("dropped TABARI marker", where)
    if not stripped:
        return []
    if not _WORD.match(stripped):
        raise DictionaryError(f"{where}: bad word {token!r} in pattern")
    alternatives = [a for a in stripped.split("/") if a]
    if len(alternatives) > 1:
        notes.add("read A/B as alternatives", where)
    return [_Part(choices=[_split_word(a) for a in alternatives])]


@dataclass(slots=True)
class _Side:
    nouns: list[list[_Part]] = field(default_factory=list)
    preps: list[tuple[list[str], list[list[_Part]]]] = field(default_factory=list)


def _parse_side(text: str, where: str, notes: _Notes) -> _Side:
    """One side of the '*': nouns, {noun phrases} and (PREP nouns) groups."""
    side = _Side()
    tokens = _TOKEN.findall(text)
    i = 0
    prep: tuple[list[str], list[list[_Part]]] | None = None
    while i < len(tokens):
        tok = tokens[i]
        if tok == "(":
            if prep is not None:
                raise DictionaryError(f"{where}: nested '(' in pattern {text.strip()!r}")
            if i + 1 >= len(tokens) or tokens[i + 1] in "(){}":
                raise DictionaryError(f"{where}: '(' without a preposition in {text.strip()!r}")
            word = tokens[i + 1].strip(MARKERS).lower()
            if not word or not _WORD.match(word):
                raise DictionaryError(f"{where}: bad preposition {tokens[i + 1]!r}")
            prep = ([p for p in word.split("/") if p], [])
            if len(prep[0]) > 1:
                notes.add("read A/B as alternatives", where)
            i += 2
            continue
        if tok == ")":
            if prep is None:  # PETRARCH-2 loads such lines too
                notes.add("ignored stray ')'", where)
                i += 1
                continue
            side.preps.append(prep)
            prep = None
            i += 1
            continue
        if tok == "{":
            end = tokens.index("}", i) if "}" in tokens[i:] else -1
            inner = tokens[i + 1 : end]
            if end < 0 or any(t in "(){}" for t in inner):
                raise DictionaryError(f"{where}: unbalanced '{{' in pattern {text.strip()!r}")
            parts = [p for t in inner for p in _parts(t, where, notes)]
            i = end + 1
        elif tok == "}":
            notes.add("ignored stray '}'", where)
            i += 1
            continue
        else:
            parts = _parts(tok, where, notes)
            i += 1
        if parts:
            (prep[1] if prep is not None else side.nouns).append(parts)
    if prep is not None:
        raise DictionaryError(f"{where}: unbalanced '(' in pattern {text.strip()!r}")
    return side


def _parse_pattern(
    body: str, where: str, synsets: dict[str, list[list[str]]], notes: _Notes
) -> list[dict[str, Any]]:
    m = _TRAILING_CODE.search(body)
    if m is None:
        raise DictionaryError(f"{where}: pattern has no [code]: {body.strip()!r}")
    raw_code = m.group("code").strip()
    if raw_code and not any(ch.isdigit() or ch in ":-" for ch in raw_code):
        notes.add(f"dropped pattern with non-numeric code [{raw_code}]", where)
        return []
    code, passive = _code(raw_code, where, notes)
    text = body[: m.start()].strip()
    if text.count("*") != 1:
        raise DictionaryError(f"{where}: pattern needs exactly one '*' for the verb: {text!r}")
    pre_text, post_text = text.split("*")
    pre = _parse_side(pre_text, where, notes)
    post = _parse_side(post_text, where, notes)
    if pre.preps:
        notes.add("pre-verb prepositional phrase read as a verb prep", where)
    try:
        subject = [_expand(parts, synsets, where) for parts in pre.nouns]
        obj = [_expand(parts, synsets, where) for parts in post.nouns]
        prep_groups = [(words, [_expand(p, synsets, where) for p in nouns])
                       for words, nouns in pre.preps + post.preps]
    except _UndefinedSynset as exc:
        notes.add(f"dropped pattern naming undefined synset {exc.args[0]}", where)
        return []
    if not subject and not obj and not prep_groups:
        notes.add("dropped pattern that constrains no word", where)
        return []
    out = []
    for choice in itertools.product(*[words for words, _ in prep_groups]):
        preps = [[p, nouns] for p, (_, nouns) in zip(choice, prep_groups, strict=True)]
        out.append({"subject": subject, "object": obj, "preps": preps, "code": code,
                    "passive": passive, "line": int(where.rsplit(":", 1)[1]),
                    "text": " ".join(text.split())})
    return out


def _synset_member(token: str) -> list[str]:
    return [w for part in token.split() for w in _split_word(part)]


def read_petrarch_verbs(path: Path | str) -> tuple[dict[str, Any], VerbReadReport]:
    """Parse a PETRARCH-2 verb dictionary into {"format", "source", "verbs"} and a report."""
    path = Path(path)
    if not path.is_file():
        raise DictionaryError(f"{path}: no such verb dictionary")
    notes = _Notes()
    synsets: dict[str, list[list[str]]] = {}
    blocks: list[_Block] = []
    current_synset: str | None = None
    for lineno, text, in_transformations in _logical_lines(path):
        where = f"{path}:{lineno}"
        if text.startswith("~") or in_transformations:
            notes.add("skipped transformation line", where)
            continue
        if text.startswith("&"):
            current_synset = text.split()[0].upper()
            synsets.setdefault(current_synset, [])
            continue
        if text.startswith("+") and current_synset is not None:
            member = _synset_member(text[1:])
            if not member:
                raise DictionaryError(f"{where}: empty synset member in {current_synset}")
            synsets[current_synset].append(member)
            continue
        header = _HEADER.match(text)
        if header is not None:
            current_synset = None
            code, passive = _code(header.group("code") or "---", where, notes)
            blocks.append(_Block(header.group("name").upper(), code, passive, lineno))
            continue
        if text.startswith("---"):
            raise DictionaryError(f"{where}: bad verb block header {text!r}")
        if not blocks or current_synset is not None:
            raise DictionaryError(f"{where}: line outside a synset or verb block: {text!r}")
        block = blocks[-1]
        if text.startswith("-") or text.startswith("*"):
            if text.startswith("*"):
                notes.add("pattern line without its leading '-'", where)
                text = "-" + text
            block.raw_patterns.append((lineno, text[1:]))
            continue
        verb = _VERB.match(text)
        if verb is None:
            raise DictionaryError(f"{where}: cannot read verb line {text!r}")
        own_code, own_passive = (None, None)
        if verb.group("code") is not None:
            own_code, own_passive = _code(verb.group("code"), where, notes)
        block.verbs.append((_lemma(verb.group("form"), where), own_code, own_passive, lineno))
    return _assemble(path, blocks, synsets, notes)


def _assemble(path: Path, blocks: list[_Block], synsets: dict[str, list[list[str]]],
              notes: _Notes) -> tuple[dict[str, Any], VerbReadReport]:
    patterns_by_name: dict[str, list[dict[str, Any]]] = {}
    pattern_lines = 0
    for block in blocks:
        bucket = patterns_by_name.setdefault(block.name, [])
        for lineno, body in block.raw_patterns:
            pattern_lines += 1
            bucket.extend(_parse_pattern(body, f"{path}:{lineno}", synsets, notes))
    verbs: dict[str, Any] = {}
    duplicates: list[str] = []
    for block in blocks:
        for lemma, own_code, own_passive, lineno in block.verbs:
            if lemma in verbs:
                duplicates.append(lemma)
                continue
            code, passive = (own_code, own_passive) if own_code else (block.code, block.passive)
            verbs[lemma] = {"code": None if code == "---" else code, "passive": passive,
                            "block": block.name, "line": lineno}
    data = {"format": FORMAT, "source": path.name, "blocks": patterns_by_name, "verbs": verbs}
    report = VerbReadReport(
        path=str(path), blocks=len(blocks), lemmas=len(verbs),
        patterns=sum(len(p) for p in patterns_by_name.values()), pattern_lines=pattern_lines,
        synsets=len(synsets), duplicate_lemmas=tuple(dict.fromkeys(duplicates)),
        notes=notes.lines(),
    )
    return data, report


def dictionary_codes(data: dict[str, Any]) -> set[str]:
    """Every event code that `data` (as read_petrarch_verbs returns it) can produce."""
    codes: set[str] = set()
    for entry in data["verbs"].values():
        codes.update(c for c in (entry["code"], entry["passive"]) if c)
    for patterns in data["blocks"].values():
        for p in patterns:
            codes.update(c for c in (p["code"], p["passive"]) if c and c != "---")
    return codes


def load_petrarch_verbs(path: Path | str) -> VerbLexicon:
    """A VerbLexicon straight from a user's PETRARCH-2 verb dictionary file. Codes that CAMEO
    lacks travel with the lexicon as the dictionary's own (detente.cameo.user_codes)."""
    data, _ = read_petrarch_verbs(path)
    user = cameo.user_codes(sorted(dictionary_codes(data)), Path(path).name)
    return VerbLexicon.from_data(data, origin=str(path), user_codes=user)
