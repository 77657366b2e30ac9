"""Subheadings run into the sentence after them, found before parsing.

News text taken from a feed or an archive often loses the line breaks around its subheadings:
"... killed 50 militants. Media outlets closed On another front, the agency said ...". The parser
then reads the heading as the subject of the sentence after it ("Media outlets closed On ...").
`mark_heading_breaks` runs between the tagger and the parser and starts a sentence at the first
word after such a heading, so that the heading is parsed alone and the sentence keeps its own
subject; it records what it set apart, so that the coder reads it (`is_heading`) rather than
testing every sentence again.

A heading is recognised only by its shape, and only where it leaves no doubt:
- it begins a sentence (after a full stop, question or exclamation mark, a closing quote mark
  right after one, or at the start);
- it has two to seven words, letters, numbers and possessives only, no punctuation but a
  hyphen inside a word ("Cross-border raids");
- it begins with a noun, an adjective, a number or an article, and ends with a noun, an
  adjective or a number ("Recent attacks", "Tourism boom");
- the word after it is a capitalised function word ("On", "Since", "The", "While") right after
  a lowercase word or a number, which in running text happens only at a sentence's start.
  'I', a month ("in May 2020") and a word in capitals ("IS fighters") are no such start;
- before an article the heading may not end in a verb, since titles of works begin with one
  ("Trump also attacked The Wall Street Journal"); before any other function word it may
  ("Media outlets closed On another front, ..."). A present-tense form right after an
  adjective is a noun the tagger misread ("Financial strain", "Some recent advances");
- it may begin with a gerund ("Differing opinions The ...", "Missing full potential Even as").

A headline with a present-tense verb ("Airstrikes kill 50 militants", "Police arrest five
suspects") may also run into a sentence that begins with a capitalised common noun ("...
militants Hours after the siege", "... suspects Officials said"): the headline begins with a
noun, its verb is no auxiliary and has an object that ends it, and the word after is tagged
as a common noun, not a name. An adjective after it is no such start, since a clause without
'that' may begin with one ("Boeing supplies parts Western airlines need"); nor is a verb
that takes two objects a headline's verb ("The plan gives regions Spanish courts").

Two to four common nouns ("Sovereignty negotiations") may run into a sentence that begins with
a capitalised plural and goes on in lowercase ("Negotiations between the two ..."), unless the
last noun is one a name follows ("The rights group Friends of the Earth ...", "team", "band")
or the plural goes on with 'of', 'for', 'and', 'without' or 'against'.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

HEADING_BREAKS = "detente_heading_breaks"  # the pipeline component's registered name
# Doc.user_data key of the headings the component set apart: the first word after each heading
# -> the heading's first word ("Recent attacks Since May": "Since" -> "Recent"), read by
# `is_heading`
HEADINGS = "detente_headings"
SENTENCE_ENDS = frozenset({".", "?", "!"})
CLOSING_QUOTES = frozenset({"”", "’", '"', "'"})
HEADING_FIRST_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "DT",
                                "VBG"})
HEADING_LAST_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD"})
VERB_TAGS = frozenset({"VBD", "VBN"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# a headline's subject: a noun or a name ("Airstrikes kill ...", "India backs ...")
HEADLINE_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# a headline's last word: the end of its verb's object ("... kill 50 militants", "... handover")
HEADLINE_LAST_TAGS = frozenset({"NN", "NNS", "CD"})
# the first word after a headline: a capitalised common noun ("Hours after", "Officials said")
AFTER_HEADLINE_TAGS = frozenset({"NN", "NNS"})
# auxiliaries and verbs that take two objects, whose second object may begin with a capital
# ("The plan gives regions Spanish-style powers"): no headline verb
NO_HEADLINE_VERBS = frozenset({"be", "have", "do", "give", "offer", "send", "show", "tell",
                               "grant", "hand", "owe", "promise", "sell", "deny", "award",
                               "bring", "lend", "pay", "call", "name", "make", "cost", "get",
                               "find", "consider", "keep", "leave", "ask", "teach"})
NOUN_HEADING_MAX_WORDS = 4  # a heading of common nouns only: "Sovereignty negotiations"
# nouns that a name follows in running text ("the rebel group Friends of ...", "the band
# Scorpions played"): a heading ending in one is no heading before a capitalised plural
NAMING_NOUNS = frozenset({"group", "team", "band", "party", "movement", "militia", "wing",
                          "organization", "organisation", "club", "coalition", "alliance",
                          "outfit", "network", "faction", "charity", "watchdog", "company",
                          "firm", "brand", "magazine", "newspaper", "show", "series", "film",
                          "book", "song", "album", "title", "name", "unit", "brigade", "force",
                          "forces", "front", "bloc", "caucus", "union", "association"})
# lowercase words inside a name that begins with a plural ("Friends of the Earth",
# "Veterans for Peace", "Sisters and Brothers ...")
NAME_LINKS = frozenset({"of", "for", "and", "without", "against"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
MIN_WORDS, MAX_WORDS = 2, 7


def heading_break(doc: Doc, i: int) -> int | None:
    """The index of the first word of a heading that token `i` is the first word after, or None."""
    word = doc[i]
    if i < MIN_WORDS or not (_sentence_opener(word) or _headline_follower(word)
                             or _plural_opener(word)):
        return None
    heading = _heading_before(doc, i)
    if heading is None:
        return None
    if _sentence_opener(word):
        first, last = heading[0], heading[-1]
        ends = HEADING_LAST_TAGS if word.tag_ == "DT" else HEADING_LAST_TAGS | VERB_TAGS
        if first.text[:1].isupper() and first.tag_ in HEADING_FIRST_TAGS \
                and (last.tag_ in ends or _noun_read_as_verb(last)):
            return heading.start
    if _headline_follower(word) and _headline(heading):
        return heading.start
    if _plural_opener(word) and _noun_heading(heading):
        return heading.start
    return None


def _heading_before(doc: Doc, i: int) -> Span | None:
    """The two to seven plain words between the last sentence end and token `i`, after a
    lowercase word or a number: "Recent attacks" in "... . Recent attacks Since May, ..."."""
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
    if any(not (t.is_alpha or t.like_num or t.lower_ in {"'s", "’s"} or _inner_hyphen(t, heading))
           for t in heading):
        return None
    return heading


def _inner_hyphen(word: Token, heading: Span) -> bool:
    """A hyphen inside a word of the heading: "-" in "Third-party promoters"."""
    return (word.text == "-" and heading.start < word.i < heading.end - 1
            and not word.whitespace_ and not word.nbor(-1).whitespace_
            and word.nbor(-1).is_alpha and word.nbor(1).is_alpha)


def _noun_read_as_verb(word: Token) -> bool:
    """A present-tense form right after an adjective, which the tagger took for a verb:
    "strain" in "Financial strain", "advances" in "Some recent advances". Not after a word of
    quantity, which may be the verb's subject ("Few believe The Daily Ledger ...")."""
    if word.tag_ not in PRESENT_TAGS or word.i == 0:
        return False
    before = word.nbor(-1)
    return before.tag_ in ADJECTIVE_TAGS and not before.is_stop


def _headline(heading: Span) -> bool:
    """A noun, a present-tense verb that is no auxiliary and takes one object, and that
    object: "Airstrikes kill 50 militants", "India backs Chagos handover"."""
    first, last = heading[0], heading[-1]
    if not first.text[:1].isupper() or first.tag_ not in HEADLINE_SUBJECT_TAGS \
            or last.tag_ not in HEADLINE_LAST_TAGS:
        return False
    verbs = [t for t in heading[1:-1] if t.tag_ in VERB_TAGS | PRESENT_TAGS or t.tag_ == "MD"]
    return (len(verbs) == 1 and verbs[0].tag_ in PRESENT_TAGS
            and not _in_base_form(verbs[0], NO_HEADLINE_VERBS))


def _noun_heading(heading: Span) -> bool:
    """Two to four common nouns, the last naming no group or title: "Sovereignty
    negotiations", "Water rights" (not "The local team" before a team's name, nor "Rural
    voters" before a clause without 'that', "Rural voters Democrats need ...")."""
    return (len(heading) <= NOUN_HEADING_MAX_WORDS and heading[0].text[:1].isupper()
            and all(t.tag_ in {"NN", "NNS"} for t in heading)
            and not _in_base_form(heading[-1], NAMING_NOUNS))


def _plural_opener(word: Token) -> bool:
    """A capitalised plural common noun that is followed by a lowercase word other than 'of',
    'for' or 'and' (as in a name like "Friends of the Earth"): "Negotiations" in
    "... negotiations Negotiations between the two countries began ..."."""
    text = word.text
    if not (word.is_alpha and text[:1].isupper() and text[1:].islower() and text.endswith("s")
            and word.tag_ in {"NNS", "NNPS"} and word.i + 1 < len(word.doc)):
        return False
    after = word.nbor(1)
    return after.is_alpha and after.text.islower() and after.lower_ not in NAME_LINKS


def _in_base_form(word: Token, words: frozenset[str]) -> bool:
    """Whether the word, less an -s, -es or -ies ending, is one of `words`: the component runs
    before the lemmatizer ("offers" -> offer, "denies" -> deny, "groups" -> group)."""
    text = word.lower_
    forms = {text, text[:-1] if text.endswith("s") else text,
             text[:-2] if text.endswith("es") else text,
             text[:-3] + "y" if text.endswith("ies") else text}
    return bool(forms & words)


def _headline_follower(word: Token) -> bool:
    """A capitalised common noun that is no name, month or weekday: "Hours" in "... 50
    militants Hours after the siege", "Officials" in "... five suspects Officials said"."""
    text = word.text
    return (word.is_alpha and text[:1].isupper() and text[1:].islower()
            and word.tag_ in AFTER_HEADLINE_TAGS and word.lower_ not in MONTHS
            and word.lower_ not in WEEKDAYS and not _sentence_opener(word))


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


def is_heading(sent: Span) -> bool:
    """Whether a sentence is a subheading that `mark_heading_breaks` set apart: its events
    would restate or misread the story ("China trade with Mauritius on rise" is no trade, and
    "Airstrikes kill 50 militants" is told again, with who struck, in the sentence after it),
    so it is coded as no sentence of the story is. Read from what the component recorded
    (`HEADINGS`); a Doc parsed without it is tested here."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    marked = doc.user_data.get(HEADINGS)
    if marked is None:
        return heading_break(doc, sent.end) == sent.start
    return marked.get(sent.end) == sent.start


@Language.component(HEADING_BREAKS)
def mark_heading_breaks(doc: Doc) -> Doc:
    """Start a sentence at the heading and at the word after it (see the module's docstring),
    and record the headings in `doc.user_data[HEADINGS]` for `is_heading`. Needs the tagger's
    tags; a document without them is left as it is."""
    if not doc.has_annotation("TAG"):
        return doc
    marked: dict[int, int] = {}
    for i in range(1, len(doc)):
        start = heading_break(doc, i)
        if start is not None:
            doc[start].is_sent_start = True
            doc[i].is_sent_start = True
            marked[i] = start
    doc.user_data[HEADINGS] = marked
    return doc
