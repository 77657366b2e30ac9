"""Subheadings run into the sentence after them, found before parsing.

News text taken from a feed or an archive often loses the line breaks around its subheadings:
"... killed 50 militants. Media outlets closed On another front, the agency said ...". The parser
then reads the heading as the subject of the sentence after it ("Media outlets closed On ...").
`mark_heading_breaks` runs between the tagger and the parser and starts a sentence at the first
word after such a heading, so that the heading is parsed alone and the sentence keeps its own
subject.

A heading is recognised only by its shape, and only where it leaves no doubt:
- it begins a sentence (after a full stop, question or exclamation mark, a closing quote mark
  right after one, or at the start);
- it has two to seven words, letters, numbers and possessives only, no punctuation;
- it begins with a noun, an adjective, a number or an article, and ends with a noun, an
  adjective or a number ("Recent attacks", "Tourism boom");
- the word after it is a capitalised function word ("On", "Since", "The", "While") right after
  a lowercase word or a number, which in running text happens only at a sentence's start.
  'I', a month ("in May 2020") and a word in capitals ("IS fighters") are no such start;
- before an article the heading may not end in a verb, since titles of works begin with one
  ("Trump also attacked The Wall Street Journal"); before any other function word it may
  ("Media outlets closed On another front, ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

HEADING_BREAKS = "detente_heading_breaks"  # the pipeline component's registered name
SENTENCE_ENDS = frozenset({".", "?", "!"})
CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})
HEADING_FIRST_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "DT"})
HEADING_LAST_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD"})
VERB_TAGS = frozenset({"VBD", "VBN"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
MIN_WORDS, MAX_WORDS = 2, 7


def heading_break(doc: Doc, i: int) -> int | None:
    """The index of the first word of a heading that token `i` is the first word after, or None."""
    word = doc[i]
    if not _sentence_opener(word) or i < MIN_WORDS:
        return None
    before = doc[i - 1]
    if not ((before.is_alpha and before.text.islower()) or before.like_num):
        return None
    start = i - 1
    while start > 0 and not _sentence_end(doc, start - 1):
        start -= 1
        if i - start > MAX_WORDS:
            return None
    heading = doc[start:i]
    if not MIN_WORDS <= len(heading) <= MAX_WORDS:
        return None
    if any(not (t.is_alpha or t.like_num or t.lower_ in {"'s", "’s"}) for t in heading):
        return None
    first, last = heading[0], heading[-1]
    ends = HEADING_LAST_TAGS if word.tag_ == "DT" else HEADING_LAST_TAGS | VERB_TAGS
    if not first.text[:1].isupper() or first.tag_ not in HEADING_FIRST_TAGS \
            or last.tag_ not in ends:
        return None
    return start


def _sentence_end(doc: Doc, i: int) -> bool:
    """A full stop, question or exclamation mark, or a closing quote mark right after one."""
    text = doc[i].text
    if text in SENTENCE_ENDS:
        return True
    return text in CLOSING_QUOTES and i > 0 and doc[i - 1].text in SENTENCE_ENDS


def _sentence_opener(word: Token) -> bool:
    """A capitalised function word that is no name, pronoun 'I' or month."""
    text = word.text
    return (word.is_alpha and word.is_stop and text[:1].isupper() and not text.isupper()
            and word.lower_ not in MONTHS and word.lower_ != "i")


@Language.component(HEADING_BREAKS)
def mark_heading_breaks(doc: Doc) -> Doc:
    """Start a sentence at the heading and at the word after it (see the module's docstring).
    Needs the tagger's tags; a document without them is left as it is."""
    if not doc.has_annotation("TAG"):
        return doc
    for i in range(1, len(doc)):
        start = heading_break(doc, i)
        if start is not None:
            doc[start].is_sent_start = True
            doc[i].is_sent_start = True
    return doc
