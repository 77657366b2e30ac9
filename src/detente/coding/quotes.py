"""Direct quotes in a parsed document and who speaks them, read from the parse alone.

News gives much of what people do in their own words: '"We condemn the attack," the minister
told reporters.', 'The minister said: "We will respond."', a quote running over two sentences
with its attribution in the last ('"We will not allow this. We demand that they leave," he
said.'). A first-person pronoun inside a quote speaks for the quoted speaker, whichever
sentence of the quote it stands in. This module finds the quote a token stands in
(`quote_around`; `inside_quote` by the marks alone) and the subject of the verb of saying
that attributes it (`quote_speaker`); `speakers.quoted_speaker` turns that subject into the
speaker's actor. Pure functions of `Token`s."""

from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.tokens import Doc, Span, Token

from detente.coding.vocabulary import SPEECH_VERBS

# Marks that open or close a quote: curly marks say which; a straight mark toggles.
OPENING_MARKS = frozenset({"\u201c", "``"})
CLOSING_MARKS = frozenset({"\u201d", "''"})
STRAIGHT_MARKS = frozenset({'"'})
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | STRAIGHT_MARKS
# A quote left open for more sentences than this is no quote we can read (a stray mark).
MAX_QUOTE_SENTENCES = 4
# First-person pronouns: who says them inside a quote is the speaker (or the body he speaks for).
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
# Verbs that attribute a quote to its speaker, beyond the verbs that report what was said
# ('"...," he told reporters', '"...," she added', '"...," the ministry wrote on X').
ATTRIBUTING_VERBS = SPEECH_VERBS | frozenset({"tell", "write", "add", "explain", "note", "insist",
                                              "warn", "continue", "post", "tweet"})


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """The (opening, closing) token indices of each direct quote in `doc`, in order. A curly
    opening mark opens a quote and a curly closing mark closes it; a straight mark does as
    the tagger reads it (`` or ''), else opens one when none is open and closes it otherwise.
    An opening mark while a quote is open starts it anew (the first was stray: '12" guns'),
    and a quote never closed within `MAX_QUOTE_SENTENCES` sentences is dropped."""
    cached = doc.user_data.get("detente_quotes")
    if cached is not None:
        return cached
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for tok, mark in _read_marks(doc, by_tag=True):
        if mark == "open":
            opened = tok.i
        elif opened is not None:
            if _sentences_between(doc, opened, tok.i) <= MAX_QUOTE_SENTENCES:
                spans.append((opened, tok.i))
            opened = None
    doc.user_data["detente_quotes"] = spans
    return spans


def _mark_tokens(doc: Doc) -> Iterator[Token]:
    """The tokens, in order, that are a quote mark (found by their ids, without building every
    token of a long story or its text)."""
    ids = numpy.array([doc.vocab.strings[m] for m in QUOTE_MARKS], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), ids)):
        yield doc[int(i)]


def _read_marks(doc: Doc, by_tag: bool) -> Iterator[tuple[Token, str]]:
    """Each quote mark of `doc`, in order, with what it does ("open" or "close"), reading the
    marks from the start: in 'He said "we will go" and left', the first '"' opens and the
    second closes. The one reader of the marks for `quote_spans` (`by_tag`: the tagger's
    reading of a straight mark decides first) and `inside_quote` (a straight mark toggles)."""
    inside = False
    for tok in _mark_tokens(doc):
        mark = _mark(tok, inside, by_tag)
        inside = mark == "open"
        yield tok, mark


def _mark(tok: Token, inside: bool, by_tag: bool) -> str:
    """Whether the quote mark `tok` opens or closes a quote ("open", "close"), a quote being
    `inside` open before it: a curly or doubled mark says which; a straight mark does as the
    tagger reads it (`` or '') where `by_tag`, else opens one when none is open and closes
    it otherwise."""
    text = tok.text
    if text in OPENING_MARKS:
        return "open"
    if text in CLOSING_MARKS:
        return "close"
    if by_tag and tok.tag_ == "``":
        return "open"
    if by_tag and tok.tag_ == "''":
        return "close"
    return "close" if inside else "open"


def _sentences_between(doc: Doc, start: int, end: int) -> int:
    """How many sentences the tokens start..end touch (a token's `.sent` is slow to build)."""
    return 1 + sum(bool(doc[i].is_sent_start) for i in range(start + 1, end + 1))


def inside_quote(token: Token) -> bool:
    """Whether a quotation opened before `token`, in its sentence or an earlier one, is still
    open at it, by the marks alone: a curly or doubled mark opens or closes one, a straight mark
    toggles ('"We will stay. We will fight" ...': 'fight' is inside). Twin of `quote_around`
    over the same reader (`_read_marks`), kept apart for its callers (roles' pronoun
    resolution), which refuse on any open mark: a quote never closed counts, however long, and
    the tagger's reading of a straight mark is ignored."""
    quoted = False
    for mark, what in _read_marks(token.doc, by_tag=False):
        if mark.i >= token.i:
            break
        quoted = what == "open"
    return quoted


def quote_around(tok: Token) -> tuple[int, int] | None:
    """The quote `tok` stands in, as its (opening, closing) mark indices, if any: for 'will'
    in 'He said: "We will respond."', the indices of the two marks. Unlike its twin
    `inside_quote`, only a quote closed within `MAX_QUOTE_SENTENCES` sentences (`quote_spans`)."""
    for start, end in quote_spans(tok.doc):
        if start < tok.i < end:
            return start, end
        if start > tok.i:
            break
    return None


def quote_speaker(tok: Token) -> Token | None:
    """The subject of the verb of saying that attributes the quote `tok` stands in: after the
    closing mark in its sentence ('"We will respond," [the minister] said.', '..., said [the
    minister]'), else before the opening mark in its sentence ('[The minister] said: "We will
    respond."'). None where the quote has no such attribution of its own."""
    around = quote_around(tok)
    if around is None:
        return None
    start, end = around
    doc = tok.doc
    closing = doc[end].sent
    subject = _attribution_subject(doc[end + 1:closing.end], start, end)
    if subject is None:
        opening = doc[start].sent
        subject = _attribution_subject(doc[opening.start:start], start, end)
    return subject


def _attribution_subject(words: Span, start: int, end: int) -> Token | None:
    """The subject, outside the quote, of the first verb of saying among `words` ('he said',
    'said Lavrov', 'the ministry wrote'), if it has one."""
    for verb in words:
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in ATTRIBUTING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not start < c.i < end]
        if subjects:
            return subjects[0]
    return None


def attributed_quote(subject: Token) -> Token | None:
    """A word inside a quote of `subject`'s sentence that `subject` is the attributed speaker
    of ('"Ethiopia must withdraw," [he] said'), if any."""
    sent, doc = subject.sent, subject.doc
    for start, end in quote_spans(doc):  # one speaker a quote: its first word decides
        if end <= sent.start or start >= sent.end:
            continue
        word = next((t for t in doc[max(start + 1, sent.start):min(end, sent.end)]
                     if not t.is_punct), None)
        speaker = quote_speaker(word) if word is not None else None
        if speaker is not None and speaker.i == subject.i:
            return word
    return None


def first_person(tok: Token) -> bool:
    """`tok` is 'I', 'we', 'me' or 'us' inside a direct quote."""
    return tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON" and quote_around(tok) is not None
