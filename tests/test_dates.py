"""Date expressions: explicit, relative, non-years, and the choice of the event's date."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.coding.dates import DateMention, event_date, find_dates, period_end

PUB = dt.date(2017, 4, 28)  # a Friday


def one(sentence: str, published: dt.date | None = PUB) -> DateMention:
    found = find_dates(sentence, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "date", "precision"),
    [
        ("The envoys first met in 2002 in Oslo.", "2002", dt.date(2002, 1, 1), "year"),
        ("Ties were cut in the year 2002.", "2002", dt.date(2002, 1, 1), "year"),
        ("Sanctions have applied since 2014.", "2014", dt.date(2014, 1, 1), "year"),
        ("The fleet is to be replaced by 2030.", "2030", dt.date(2030, 1, 1), "year"),
        ("The accord (2002) lapsed.", "2002", dt.date(2002, 1, 1), "year"),
        ("Fighting resumed in mid-2005.", "2005", dt.date(2005, 1, 1), "year"),
        ("It was signed in the summer of 2001.", "2001", dt.date(2001, 1, 1), "year"),
        ("Tanks crossed on February 24, 2022.", "February 24, 2022", dt.date(2022, 2, 24), "day"),
        ("Tanks crossed on 24 February 2022.", "24 February 2022", dt.date(2022, 2, 24), "day"),
        ("Tanks crossed on Feb. 24, 2022.", "Feb. 24, 2022", dt.date(2022, 2, 24), "day"),
        ("Tanks crossed on 2022-02-24.", "2022-02-24", dt.date(2022, 2, 24), "day"),
        ("The leaders met in May 2016 at a resort.", "May 2016", dt.date(2016, 5, 1), "month"),
        ("May 2016 saw a thaw.", "May 2016", dt.date(2016, 5, 1), "month"),
        ("They talked in January of 2016.", "January of 2016", dt.date(2016, 1, 1), "month"),
    ],
)
def test_dates_explicit(sentence: str, text: str, date: dt.date, precision: str) -> None:
    for published in (PUB, None):  # explicit dates do not need the publication date
        m = one(sentence, published)
        assert (m.text, m.date, m.precision, m.relative) == (text, date, precision, False)
        assert sentence[m.start:m.end] == text


@pytest.mark.parametrize(
    ("sentence", "text", "date", "precision"),
    [
        ("The talks ended in March.", "March", dt.date(2017, 3, 1), "month"),
        ("The talks ended in April.", "April", dt.date(2017, 4, 1), "month"),
        ("The talks ended in May.", "May", dt.date(2016, 5, 1), "month"),  # after April: 2016
        ("The minister will visit in May.", "May", dt.date(2017, 5, 1), "month"),
        ("A deal is expected to be signed in January.", "January", dt.date(2018, 1, 1), "month"),
        ("They spoke on Thursday.", "Thursday", dt.date(2017, 4, 27), "day"),
        ("They spoke on Friday.", "Friday", dt.date(2017, 4, 28), "day"),  # publication day
        ("They spoke Saturday.", "Saturday", dt.date(2017, 4, 22), "day"),
        ("They spoke last Friday.", "last Friday", dt.date(2017, 4, 21), "day"),
        ("They will speak on Monday.", "Monday", dt.date(2017, 5, 1), "day"),
        ("They spoke yesterday.", "yesterday", dt.date(2017, 4, 27), "day"),
        ("They speak today.", "today", dt.date(2017, 4, 28), "day"),
        ("They speak tonight.", "tonight", dt.date(2017, 4, 28), "day"),
        ("They spoke last night.", "last night", dt.date(2017, 4, 27), "day"),
        ("They spoke last week.", "last week", dt.date(2017, 4, 17), "day"),  # its Monday
        ("They spoke last month.", "last month", dt.date(2017, 3, 1), "month"),
        ("They spoke earlier this month.", "earlier this month", dt.date(2017, 4, 1), "month"),
        ("They spoke last year.", "last year", dt.date(2016, 1, 1), "year"),
        ("They speak this year.", "this year", dt.date(2017, 1, 1), "year"),
        ("They meet next year.", "next year", dt.date(2018, 1, 1), "year"),
        ("They spoke two days ago.", "two days ago", dt.date(2017, 4, 26), "day"),
        ("It opened on March 3.", "March 3", dt.date(2017, 3, 3), "day"),
        ("It opened on December 3.", "December 3", dt.date(2016, 12, 3), "day"),
        ("It closed last May.", "last May", dt.date(2016, 5, 1), "month"),
    ],
)
def test_dates_relative(sentence: str, text: str, date: dt.date, precision: str) -> None:
    m = one(sentence)
    assert (m.text, m.date, m.precision, m.relative) == (text, date, precision, True)
    assert sentence[m.start:m.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "They spoke yesterday.",
        "They spoke on Thursday.",
        "The talks ended in May.",
        "They spoke last month.",
        "It opened on March 3.",
        "They spoke two days ago.",
    ],
)
def test_dates_relative_without_publication_date_is_skipped(sentence: str) -> None:
    assert find_dates(sentence, None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow sent 2002 troops to the border.",
        "The agency counted the strikes in 1,500 cases.",
        "A fine of $2002 was paid.",
        "The rebels moved in 2002 troops overnight.",
        "Inflation reached 2002% that year.",
        "Relations were warmer in the 1990s.",
        "The vote was on the 17th.",
        "The council has 1850 members and 2100 staff.",
        "Theresa May said she was told by May that May would win.",
        "Minutes 1999-2003 of the board.",
    ],
)
def test_dates_numbers_that_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


def test_dates_invalid_calendar_dates_are_skipped() -> None:
    assert find_dates("It fell on February 30, 2016 or on 2017-02-30.", PUB) == []


def test_dates_several_mentions_in_text_order_without_overlap() -> None:
    found = find_dates("They met in May 2016, again in May, and spoke on Thursday.", PUB)
    assert [(m.text, m.date) for m in found] == [
        ("May 2016", dt.date(2016, 5, 1)),
        ("May", dt.date(2016, 5, 1)),
        ("Thursday", dt.date(2017, 4, 27)),
    ]


def test_dates_future_cue_is_read_before_the_date_only() -> None:
    found = find_dates("He said on Thursday that he would return on Thursday.", PUB)
    assert [m.date for m in found] == [dt.date(2017, 4, 27), dt.date(2017, 5, 4)]


def test_event_date_prefers_the_first_explicit_mention() -> None:
    sentence = "On Thursday the two sides revived a plan drafted in 2016."
    assert event_date(sentence, PUB) == (dt.date(2016, 1, 1), "year")


def test_event_date_falls_back_to_the_first_relative_mention() -> None:
    sentence = "Yesterday the envoy said talks would resume next month."
    assert event_date(sentence, PUB) == (dt.date(2017, 4, 27), "day")


def test_event_date_skips_dates_that_only_bound_the_event() -> None:
    sentence = "The ministers met on Thursday, their first talks since December 2016."
    assert event_date(sentence, PUB) == (dt.date(2017, 4, 27), "day")
    assert event_date("Sanctions have applied since 2014.", PUB) == (PUB, "day")
    assert event_date("Sanctions have applied since 2014.", None) == (dt.date(2014, 1, 1), "year")


def test_event_date_skips_dates_inside_a_given_bounding_phrase() -> None:
    sentence = "The ministers met on Thursday, their first talks since the end of the war in 1994."
    assert event_date(sentence, PUB) == (dt.date(1994, 1, 1), "year")
    since = sentence.index("since")
    assert event_date(sentence, PUB, [(since, len(sentence) - 1)]) == (dt.date(2017, 4, 27), "day")


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        # the year sits deep inside the since-phrase: the event is the meeting on Saturday
        ("Fumio Kishida and Yoon Suk Yeol met in Tokyo on Thursday, the first visit by a South "
         "Korean leader since the end of the talks on history in 2011.", "2011"),
        # "since" opening a clause: the year dates the return, not the meeting
        ("Fumio Kishida met Yoon Suk Yeol on Thursday, their first talks since Yoon took office "
         "in 2022.", "2022"),
    ],
)
def test_coder_dates_events_by_the_verb_not_a_since_phrase(coder, text: str, bounded: str) -> None:
    events = coder.code(text, date=dt.date(2023, 3, 17))
    assert events, text
    for ev in events:
        assert ev.date == "2023-03-16", (ev.date, bounded)
        assert {ev.source.code, ev.target.code} == {"JPNGOV", "KORGOV"}


def test_dates_future_infinitive_places_month_ahead() -> None:
    m = one("The two sides agreed to hold talks in May.")
    assert m.date == dt.date(2017, 5, 1)


def test_event_date_falls_back_to_publication_then_none() -> None:
    assert event_date("The envoy arrived.", PUB) == (PUB, "day")
    assert event_date("The envoy arrived.", None) == (None, None)
    assert event_date("The envoy arrived yesterday.", None) == (None, None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.$-()May Thursday in since last ago"))
               | st.characters(), max_size=80))
def test_dates_mentions_are_ordered_disjoint_spans(sentence: str) -> None:
    found = find_dates(sentence, PUB)
    assert all(sentence[m.start:m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(("sentence", "date"), [
    ("Settlers were moved off the islands between 1947 and 1949.", dt.date(1947, 1, 1)),
    ("The two sides negotiated from 1997 to 1999.", dt.date(1997, 1, 1)),
])
def test_dates_closed_period_dates_the_event(sentence: str, date: dt.date) -> None:
    assert event_date(sentence, dt.date(2020, 5, 1)) == (date, "year")


def test_dates_open_bound_does_not_date_the_event() -> None:
    assert event_date("Sanctions have applied since 2014.", dt.date(2020, 5, 1)) == (
        dt.date(2020, 5, 1), "day")


def test_period_end_gives_the_last_day_of_a_year_or_month() -> None:
    assert period_end(dt.date(2006, 1, 1), "year") == dt.date(2006, 12, 31)
    assert period_end(dt.date(2008, 2, 1), "month") == dt.date(2008, 2, 29)
    assert period_end(dt.date(2006, 12, 1), "month") == dt.date(2006, 12, 31)
    assert period_end(dt.date(2006, 12, 5), "day") is None
