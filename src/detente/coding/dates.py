"""Date expressions in a sentence, resolved to calendar dates.

Pure functions over strings (no spaCy). `find_dates` finds explicit dates ("on February 24,
2022", "24 Feb 2022", "2022-02-24", "in May 2016", "in 2002", "(2002)") and relative ones
("yesterday", "on Thursday", "in May", "last month", "two days ago") and resolves them
against the publication date. `event_date` picks the one that dates the sentence's event.

Conventions (news style):

* A mention's `start`/`end` cover the date words only, not the preposition before them:
  in "talks in May 2016" the mention is "May 2016".
* Month and year precision carry the first day of the period (May 2016 -> 2016-05-01).
* Week expressions ("last week", "this week", "next week") resolve to the Monday of that week
  with precision "day": the data model has no week precision, and the week's first day is
  closer to the event than the publication date the coder would fall back to. The date is
  then the start of the week, not the day of the event.
* A bare weekday ("on Thursday") is the latest such day on or before publication (the
  publication day itself if it is a Thursday); "last Thursday" is strictly before it.
* A month or day without a year ("in May", "on March 3") is placed in the publication year,
  or in the previous year if that would put it after publication. When the words before it
  (back to the previous date or a sentence stop) speak of the future ("will", "would",
  "scheduled", "plans to", ...) the rule flips: it is placed in the publication year, or the
  next year if that would put it before publication, and a bare weekday is the next such
  day on or after publication. A future cue after the date is not seen ("In May, Abe will
  visit" resolves to the past May).
* Relative expressions need the publication date; without one they are skipped.
* Years count only from 1900 to 2100 and only in a year context: after in/since/by/during/
  until/before/after/from/between/around/early/late/mid(-), in "the year 2002", after "the
  summer/end/start/... of", or alone in parentheses "(2002)". Money ("$2002"), percentages,
  grouped numbers ("1,500"), decades ("the 1990s") and counts ("in 2002 troops") are not
  years. "on the 17th" (a day with no month) is skipped.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year"]

__all__ = ["DateMention", "Precision", "dating_mentions", "event_date", "find_dates",
           "first_dating", "period_end"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a sentence, resolved to a date.

    `relative` is True when resolving it needed the publication date (yesterday, Thursday,
    last month, and months or days written without a year).
    """

    start: int  # offsets into the given sentence text (end exclusive)
    end: int
    text: str
    date: datetime.date  # the first day of the period for month/year precision
    precision: Precision
    relative: bool = False


# --- vocabulary ---------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}
_WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Words that make a 4-digit number a count, not a year: "in 2002 troops".
_COUNTED = (
    "troops|soldiers|servicemen|personnel|people|persons|men|women|children|civilians|"
    "refugees|migrants|prisoners|detainees|deaths|dead|casualties|victims|cases|units|"
    "tanks|missiles|rockets|aircraft|planes|jets|ships|vessels|warships|drones|weapons|"
    "km|kilometers|kilometres|miles|meters|metres|tons|tonnes|barrels|dollars|euros|"
    "rubles|roubles|yen|yuan|won|pounds|votes|seats|members|workers|jobs|homes|houses|"
    "buildings|villages|sites|times|hours|days|weeks|months|years|pages|words"
)

# Longest first, so "Sept" is tried before "Sep"; only abbreviations take a dot.
_MONTH = "(?:" + "|".join(
    re.escape(name) + ("" if len(name) > 4 or name in ("May", "June", "July") else r"\.?")
    for name in sorted(_MONTHS, key=len, reverse=True)
) + ")"
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_YEAR_END = r"(?![\d%])(?![.,]\d)(?!['’]?s\b)(?!-\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_NUM = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
_FUTURE = re.compile(
    r"(?i:\b(?:will|shall|won['’]t|would|going\s+to|scheduled|planned|plans?\s+to|"
    r"expected\s+to|set\s+to|upcoming|forthcoming|to\s+be\s+held|"
    r"(?:agreed|agrees?|decided|decides?|intends?|aims?|hopes?|promised|vowed|pledged|is|are)"
    r"\s+to)\b|['’]ll\b)"
)

# Each pattern has a named group `d` for the date words; its other groups feed the resolver.
_P_ISO = re.compile(
    r"(?<![\d-])(?P<d>(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<dd>[0-3]\d))(?![\d-])"
)
_P_MDY = re.compile(
    r"\b(?P<d>(?P<mon>" + _MONTH + r")\s+(?P<dd>" + _DAY + r")(?:,?\s+(?P<y>" + _YEAR + r"))?)"
    + r"(?(y)" + _YEAR_END + r"|(?!,?\s*\d))"
)
_P_DMY = re.compile(
    r"\b(?P<d>(?P<dd>" + _DAY + r")\s+(?:(?i:of)\s+)?(?P<mon>" + _MONTH
    + r")(?:,?\s+(?P<y>" + _YEAR + r")" + _YEAR_END + r")?)(?!\w)"
)
_P_MY = re.compile(
    r"\b(?P<d>(?:(?i:early|mid|late)[-\s]+)?(?P<mon>" + _MONTH + r"),?\s+(?:(?i:of)\s+)?(?P<y>"
    + _YEAR + r"))" + _YEAR_END
)
_P_MONTH = re.compile(
    r"\b(?P<prep>(?i:in|during|since|until|till|by|before|after|through|from|early|late|mid|"
    r"the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of))[-\s]+"
    r"(?P<d>(?P<mod>(?i:last|this|next)\s+)?(?P<mon>" + _MONTH + r"))(?![\w-])(?!\s+\d)"
    r"|\b(?P<d2>(?P<mod2>(?i:last|next))\s+(?P<mon2>" + _MONTH + r"))(?![\w-])(?!\s+\d)"
)
_P_YEAR = re.compile(
    r"(?:\b(?i:in|since|by|during|until|till|before|after|through|from|between|around|circa|"
    r"early|late|mid)[-\s]+(?:(?i:the\s+year)\s+)?"
    r"|\b(?i:summer|spring|autumn|fall|winter|end|start|beginning|middle|half|quarter|"
    r"months|course|as)\s+(?i:of)\s+(?:(?i:the\s+year)\s+)?"
    r"|\b(?i:the\s+year)\s+"
    r"|\((?=" + _YEAR + r"\)))"
    r"(?P<d>" + _YEAR + r")" + _YEAR_END + r"(?!\s+(?i:" + _COUNTED + r")\b)"
)
_P_WEEKDAY = re.compile(
    r"\b(?P<d>(?:(?P<mod>(?i:last|this|next|past))\s+)?(?P<wd>" + _WEEKDAY + r"))\b"
)
_P_WORD = re.compile(
    r"\b(?P<d>(?i:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|"
    r"evening)))\b"
)
_P_PERIOD = re.compile(
    r"\b(?P<d>(?:(?i:earlier|later)\s+)?(?P<mod>(?i:last|this|next|past))\s+"
    r"(?P<unit>(?i:week|month|year)))\b"
)
_P_AGO = re.compile(
    r"\b(?P<d>(?P<n>(?i:" + _NUM + r"))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago))\b"
)


# --- resolvers ----------------------------------------------------------------------------

# A bare "May" is the month only after these; "by May" or "after May" may be a person.
_MAY_PREPS = frozenset({"in", "during", "early", "late", "mid", "the end of", "the start of",
                        "the beginning of", "the middle of"})

Resolved = tuple[datetime.date, Precision, bool]  # date, precision, relative


def _month_no(name: str) -> int:
    return _MONTHS[name.rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _add_months(d: datetime.date, months: int) -> datetime.date:
    index = d.year * 12 + d.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _place_in_year(month: int, day: int | None, pub: datetime.date,
                   future: bool) -> datetime.date | None:
    """The year-less month (and day) nearest publication, in the direction the text faces."""
    year = pub.year
    if day is None:
        if not future and month > pub.month:
            year -= 1
        elif future and month < pub.month:
            year += 1
        return datetime.date(year, month, 1)
    this = _safe_date(year, month, day)
    if this is None:  # e.g. February 29 in a common year: try the neighbouring year
        year = year - 1 if not future else year + 1
        return _safe_date(year, month, day)
    if not future and this > pub:
        return _safe_date(year - 1, month, day)
    if future and this < pub:
        return _safe_date(year + 1, month, day)
    return this


def _day_of(m: re.Match[str]) -> int:
    return int(re.sub(r"\D", "", m.group("dd")))


def _r_iso(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("dd")))
    return (d, "day", False) if d else None


def _r_day_month(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    month, day = _month_no(m.group("mon")), _day_of(m)
    if m.group("y"):
        d = _safe_date(int(m.group("y")), month, day)
        return (d, "day", False) if d else None
    if pub is None:
        return None
    d = _place_in_year(month, day, pub, future)
    return (d, "day", True) if d else None


def _r_month_year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    return datetime.date(int(m.group("y")), _month_no(m.group("mon")), 1), "month", False


def _r_month(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    if pub is None:
        return None
    mon = m.group("mon") or m.group("mon2")
    mod = (m.group("mod") or m.group("mod2") or "").strip().lower()
    month = _month_no(mon)
    prep = " ".join((m.group("prep") or "").lower().split())
    if mon == "May" and not mod and prep not in _MAY_PREPS:
        return None  # "by May", "after May": more often Theresa May than the month
    if mod == "last":  # the latest such month strictly before publication's
        year = pub.year if month < pub.month else pub.year - 1
        return datetime.date(year, month, 1), "month", True
    if mod == "next":
        year = pub.year if month > pub.month else pub.year + 1
        return datetime.date(year, month, 1), "month", True
    if mod == "this":
        return datetime.date(pub.year, month, 1), "month", True
    d = _place_in_year(month, None, pub, future)
    return (d, "month", True) if d else None


def _r_year(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    return datetime.date(int(m.group("d")), 1, 1), "year", False


def _r_weekday(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    if pub is None:
        return None
    wd = _WEEKDAYS[m.group("wd")]
    mod = (m.group("mod") or "").lower()
    back = (pub.weekday() - wd) % 7  # days back to the latest such day on or before pub
    ahead = (wd - pub.weekday()) % 7
    if mod in ("last", "past"):
        d = pub - datetime.timedelta(days=back or 7)
    elif mod == "next":
        d = pub + datetime.timedelta(days=ahead or 7)
    elif future or (mod == "this" and ahead < back):
        d = pub + datetime.timedelta(days=ahead)
    else:
        d = pub - datetime.timedelta(days=back)
    return d, "day", True


def _r_word(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    if pub is None:
        return None
    word = " ".join(m.group("d").lower().split())
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return pub + datetime.timedelta(days=offset), "day", True


def _r_period(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    if pub is None:
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group("mod").lower()]
    unit = m.group("unit").lower()
    if unit == "week":
        monday = pub - datetime.timedelta(days=pub.weekday())
        return monday + datetime.timedelta(weeks=step), "day", True
    if unit == "month":
        return _add_months(datetime.date(pub.year, pub.month, 1), step), "month", True
    return datetime.date(pub.year + step, 1, 1), "year", True


def _r_ago(m: re.Match[str], pub: datetime.date | None, future: bool) -> Resolved | None:
    if pub is None:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m.group("unit").lower()
    if unit in ("day", "week"):
        return pub - datetime.timedelta(days=n * (7 if unit == "week" else 1)), "day", True
    if unit == "month":
        return _add_months(datetime.date(pub.year, pub.month, 1), -n), "month", True
    return datetime.date(pub.year - n, 1, 1), "year", True


# Quick tests of words a pattern cannot match without: most sentences name no month, no year
# and no weekday, and one search for such a word is much cheaper than the pattern's own search
# (which tries its alternatives at every word boundary).
_HAS_YEAR = re.compile(_YEAR)
_HAS_DAY_DIGIT = re.compile(r"[0-9]")
_HAS_MONTH = re.compile(_MONTH)
_HAS_WEEKDAY = re.compile(_WEEKDAY)
_HAS_UNIT = re.compile(r"week|month|year", re.IGNORECASE)
_HAS_AGO = re.compile(r"ago", re.IGNORECASE)

# (pattern, resolver, the quick tests that must all find something for the pattern to match)
_PATTERNS = (
    (_P_ISO, _r_iso, (_HAS_YEAR,)),
    (_P_MDY, _r_day_month, (_HAS_DAY_DIGIT, _HAS_MONTH)),
    (_P_DMY, _r_day_month, (_HAS_DAY_DIGIT, _HAS_MONTH)),
    (_P_MY, _r_month_year, (_HAS_YEAR, _HAS_MONTH)),
    (_P_MONTH, _r_month, (_HAS_MONTH,)),
    (_P_YEAR, _r_year, (_HAS_YEAR,)),
    (_P_WEEKDAY, _r_weekday, (_HAS_WEEKDAY,)),
    (_P_WORD, _r_word, ()),
    (_P_PERIOD, _r_period, (_HAS_UNIT,)),
    (_P_AGO, _r_ago, (_HAS_AGO,)),
)


def _may_match(sentence: str, needs: Sequence[re.Pattern[str]],
               seen: dict[re.Pattern[str], bool]) -> bool:
    """Whether every quick test in `needs` finds its word in `sentence` (each test is run at
    most once a sentence: `seen` keeps the answers)."""
    for need in needs:
        found = seen.get(need)
        if found is None:
            found = seen[need] = need.search(sentence) is not None
        if not found:
            return False
    return True


def _span(m: re.Match[str]) -> tuple[int, int]:
    group = "d" if m.group("d") is not None else "d2"
    return m.start(group), m.end(group)


def _future_before(sentence: str, start: int, floor: int) -> bool:
    """Whether the clause before `start` (back to `floor` or a sentence stop) speaks of the
    future."""
    before = sentence[floor:start]
    stop = max(before.rfind(c) for c in ".;!?")
    return _FUTURE.search(before[stop + 1:]) is not None


def find_dates(sentence: str, published: datetime.date | None) -> list[DateMention]:
    """Every date expression in `sentence` that can be resolved, in text order.

    Where expressions overlap the longest wins ("May 2016" over "May"). Relative expressions
    are resolved against `published` and skipped when it is None. Whether a year-less date
    faces the future is read from the words before it, back to the previous date mention.
    """
    seen: dict[re.Pattern[str], bool] = {}
    candidates = [
        (*_span(m), m, resolve)
        for pattern, resolve, needs in _PATTERNS
        if _may_match(sentence, needs, seen)
        for m in pattern.finditer(sentence)
    ]
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    mentions: list[DateMention] = []
    for start, end, m, resolve in candidates:
        floor = mentions[-1].end if mentions else 0
        if start < floor:
            continue
        resolved = resolve(m, published, _future_before(sentence, m.start(), floor))
        if resolved is not None:
            date, precision, relative = resolved
            mentions.append(DateMention(start, end, sentence[start:end], date, precision, relative))
    return mentions


# A date after these bounds a state or sets a deadline ("since 2014", "by 2030") rather than
# dating the event itself.
_BOUNDARY = re.compile(r"\b(?i:since|until|till|by|before|after|from|between)\s+$")


_PERIOD_OPEN = re.compile(r"\b(?i:from|between)\s+$")
_PERIOD_CLOSE = re.compile(r"\s*(?:and|to|-|\u2013)\s*(?:[A-Z][a-z]+\.? )?\d{1,4}\b")


def _period_start(sentence: str, mentions: Sequence[DateMention], i: int) -> bool:
    """Mention `i` opens a closed period ("between 1947 and 1949", "from May 3 to 5"): the
    event lies inside it, so it dates the event (unlike "since 2014" or "until May")."""
    m = mentions[i]
    return bool(_PERIOD_OPEN.search(sentence, 0, m.start)
                and _PERIOD_CLOSE.match(sentence, m.end))


def event_date(
    sentence: str, published: datetime.date | None,
    bounding: Sequence[tuple[int, int]] = (),
) -> tuple[datetime.date | None, Precision | None]:
    """The date of the sentence's event and its precision.

    The first explicit mention (one that carries its own year), else the first relative one,
    else the publication date with "day" precision; mentions that only bound the event
    ("since 2014", "by 2030", "until May") count only when nothing else dates it, after the
    publication date. With none of these, (None, None). When a sentence reports several
    events, pass the clause of the event instead of the whole sentence.

    `bounding` are character ranges of the sentence that a parse shows to be bounding
    phrases farther from their date than the words just before it ("the first meeting since
    the end of the civil war in 1949"): mentions inside them bound the event too.
    """
    mentions = find_dates(sentence, published)
    chosen = first_dating(dating_mentions(sentence, mentions, bounding))
    if chosen is not None:
        return chosen.date, chosen.precision
    if published is not None:
        return published, "day"
    if mentions:
        return mentions[0].date, mentions[0].precision
    return None, None


def dating_mentions(sentence: str, mentions: Sequence[DateMention],
                    bounding: Sequence[tuple[int, int]] = ()) -> list[DateMention]:
    """The mentions of `sentence` (from `find_dates`) that date an event: not those that only
    bound it ("since 2014", "by 2030", or inside a `bounding` range), unless they start a
    period ("from 2001 to 2006")."""
    return [m for i, m in enumerate(mentions)
            if not (_BOUNDARY.search(sentence, 0, m.start)
                    or any(a <= m.start and m.end <= b for a, b in bounding))
            or _period_start(sentence, mentions, i)]


def first_dating(mentions: Sequence[DateMention]) -> DateMention | None:
    """The mention that dates the event: the first with its own year, else the first."""
    return next((m for m in mentions if not m.relative), None) or next(iter(mentions), None)


def period_end(day: datetime.date, precision: Precision | None) -> datetime.date | None:
    """The last day of the period a date of `precision` stands for: the year's or the month's
    last day (None for a day: the date is the period)."""
    if precision == "year":
        return datetime.date(day.year, 12, 31)
    if precision == "month":
        following = datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return None
