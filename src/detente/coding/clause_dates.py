"""Dates read off the parse: which phrases bound an event, and which event a date belongs to.

`coding/dates.py` finds date expressions in a sentence's text and picks the one that dates the
sentence. A sentence often reports events of different times ("a court on Friday convicted
the former ruler of killings by troops under his command in 1982"; "Koizumi's visits between
2001 and 2006 froze relations until Abe's trip to Beijing in October 2006"): `trigger_dates`
gives each event trigger the date phrase that modifies it in the parse.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Span, Token

from detente.coding.dates import DateMention, dating_mentions, find_dates, first_dating

__all__ = ["bounding_phrases", "trigger_dates"]

BOUNDING_WORDS = frozenset({"since", "until", "till"})
# BOUNDING_WORDS as whole words, to find a sentence that has one before reading its tokens
_BOUNDING = re.compile(rf"\b(?:{'|'.join(sorted(BOUNDING_WORDS))})\b", re.IGNORECASE)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Counts of days in "two days after ...".
DAY_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}


def bounding_phrases(sent: Span) -> list[tuple[int, int]]:
    """Character ranges (in the sentence's text) of the phrases and clauses that "since",
    "until" or "till" heads: a date anywhere in them bounds the event instead of dating it,
    as in "the first meeting of the two leaders since the end of the civil war in 1949"."""
    out: list[tuple[int, int]] = []
    if not _BOUNDING.search(sent.text):  # most sentences: no token to read ("still" has no
        return out  # "till" of its own)
    for tok in sent:
        if tok.lower_ in BOUNDING_WORDS and tok.dep_ in ("prep", "mark"):
            sub = list(tok.subtree) if tok.dep_ == "prep" else list(tok.head.subtree)
            out.append((sub[0].idx - sent.start_char,
                        sub[-1].idx + len(sub[-1].text) - sent.start_char))
    return out


def trigger_dates(sent: Span, published: datetime.date | None,
                  triggers: Collection[int]) -> dict[int, DateMention]:
    """For each trigger (token index) that a dating phrase of its own modifies, that phrase
    (the first with its own year, if several): a date attached to the trigger itself ("on
    Friday", "in April 1991", "his 2002 visit"), not one inside its object or a clause below
    it ("challenging the victory in the Aug. 8 election" is not dated Aug. 8)."""
    if not triggers:  # a sentence with no event: nothing to date
        return {}
    every = find_dates(sent.text, published)
    mentions = dating_mentions(sent.text, every, bounding_phrases(sent))
    found: dict[int, list[DateMention]] = {}
    for i in triggers:  # "it survived until October 2002, [when Washington accused X]": the
        when = _when_clause_date(sent, sent.doc[i], every)  # date the clause hangs on
        if when is not None:
            found[i] = [when]
    for mention in mentions:
        span = sent.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        trigger = _modified(span.root)
        if trigger is not None and trigger.i in triggers and trigger.i not in found:
            found.setdefault(trigger.i, []).append(mention)
    out = {}
    for i, dated in found.items():
        chosen = first_dating(dated)
        if chosen is not None:
            out[i] = chosen
    for i in triggers:  # "said on Friday, a day after the two Koreas exchanged fire"
        shifted = _days_apart(sent.doc[i], mentions)
        if shifted is not None:
            out[i] = shifted
    return out


def _days_apart(trigger: Token, mentions: Sequence[DateMention]) -> DateMention | None:
    """The date of an event told as so many days after or before the clause it hangs on ("a
    day after", "two days before"), counted from that clause's own date phrase (a day); so
    too a gerund's ("flew to Kyiv on Friday, two days after visiting Poland")."""
    clause = trigger.head if trigger.dep_ == "pcomp" else trigger  # the gerund's preposition
    if clause.dep_ not in {"advcl", "prep"} or clause.head.i == clause.i or (
            clause.dep_ == "prep" and trigger.dep_ != "pcomp"):
        return None
    mark = (clause.lower_ if clause.dep_ == "prep" else
            next((c.lower_ for c in clause.children if c.dep_ == "mark"), None))
    span = next((c for c in clause.children
                 if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    if mark not in {"after", "before"} or span is None:
        return None
    count = next((c for c in span.children if c.dep_ in {"det", "nummod"}), None)
    days = 1 if count is None or count.lower_ in {"a", "one"} else DAY_COUNTS.get(count.lower_)
    base = next((m for m in mentions if m.precision == "day"
                 and _modifies(clause.sent, m, clause.head)), None)
    if days is None or base is None:
        return None
    moved = base.date + datetime.timedelta(days=days if mark == "before" else -days)
    return DateMention(base.start, base.end, base.text, moved, "day", base.relative)


def _modifies(sent: Span, mention: DateMention, tok: Token) -> bool:
    """Whether the date phrase `mention` of `sent` modifies `tok`."""
    span = sent.char_span(mention.start, mention.end, alignment_mode="expand")
    modified = _modified(span.root) if span is not None else None
    return modified is not None and modified.i == tok.i


def _when_clause_date(sent: Span, trigger: Token,
                      mentions: Sequence[DateMention]) -> DateMention | None:
    """The date a relative 'when' clause with the trigger as its verb modifies, bounding or
    not: "until October 2002, when Washington accused Pyongyang" dates the accusation."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "when" for c in trigger.children):
        return None
    at = trigger.head.idx - sent.start_char
    return next((m for m in mentions if m.start <= at < m.end), None)


def _modified(date_root: Token) -> Token | None:
    """The word a date phrase modifies: its head, or the head of the preposition it is the
    object of ("on Friday" modifies the verb "on" hangs from). None at the sentence root."""
    head = date_root.head
    if head.i == date_root.i:
        return None
    if head.dep_ == "prep" and date_root.dep_ == "pobj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in SUBJECT_DEPS and head.i < date_root.i < head.head.i:  # "a court on
        return head.head  # Friday convicted ...": the parser hangs the date on the subject
    return head
