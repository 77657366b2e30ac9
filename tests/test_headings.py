"""Subheadings run into the next sentence (headings.py), read by the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.headings import HEADINGS, is_heading
from detente.nlp import HEADING_BREAKS, load_pipeline
from detente.pipeline import Coder


def sentences(text: str) -> list[str]:
    return [s.text for s in load_pipeline()(text).sents]


def assert_split(text: str, heading: str, after: str) -> None:
    """`text` is parsed with `heading` a sentence of its own, before the sentence `after`."""
    got = sentences(text)
    assert heading in got
    assert after in got


def test_the_pipeline_runs_the_heading_breaks_between_tagger_and_parser() -> None:
    names = load_pipeline().pipe_names
    assert names.index("tagger") < names.index(HEADING_BREAKS) < names.index("parser")


@pytest.mark.parametrize(("text", "heading", "after"), [
    # a heading of nouns before 'Since'
    ("The border stayed shut all week. Fresh clashes Since Monday, herders have fled the valley.",
     "Fresh clashes", "Since Monday, herders have fled the valley."),
    # a heading ending in a verb, before a preposition
    ("The ministry banned the rally. Websites blocked On Tuesday the regulator shut four sites.",
     "Websites blocked", "On Tuesday the regulator shut four sites."),
    # after a quote that closes a sentence
    ("“We will not leave,” the mayor said. Water shortage The town has had no water for a week.",
     "Water shortage", "The town has had no water for a week."),
])
def test_a_heading_run_into_the_next_sentence_is_a_sentence_of_its_own(
        text: str, heading: str, after: str) -> None:
    assert_split(text, heading, after)


@pytest.mark.parametrize("text", [
    # a title of a work begins with an article after a verb
    "The senator also criticized The Daily Ledger in a long post.",
    # 'I', months and words in capitals are no sentence's start
    "Officials said I should wait. The paper named him in May 2020 as a hero.",
    "Analysts say IS fighters regrouped in the desert.",
    # a sentence that begins with a preposition is no heading
    "In a letter to The Hague court, the ministry asked for a delay.",
])
def test_running_text_keeps_its_sentences(text: str) -> None:
    doc = load_pipeline()(text)
    assert all(len(s) > 7 or s.text.endswith(".") for s in doc.sents)


def test_the_heading_is_no_part_of_the_event_after_it(coder: Coder) -> None:
    text = ("Troops left the town on Friday. Border tensions After the talks, "
            "Armenia accused Azerbaijan of shelling border villages.")
    events = [e for e in coder.code(text, date=dt.date(2023, 5, 2)) if e.cameo.startswith("11")]
    assert events
    assert all(e.sentence.startswith("After the talks") for e in events)


@pytest.mark.parametrize(("text", "heading", "after"), [
    # a headline with a present-tense verb, before a capitalised common noun
    ("The raid lasted two hours. Police arrest five suspects Officials said the raid was "
     "planned for weeks.", "Police arrest five suspects",
     "Officials said the raid was planned for weeks."),
    # a heading that begins with a gerund
    ("Prices rose again in June. Rising anger The mayor said the town would cut fares.",
     "Rising anger", "The mayor said the town would cut fares."),
    ("Farmers protested in the capital. Shifting alliances Even as the talks went on, two "
     "parties left the coalition.", "Shifting alliances",
     "Even as the talks went on, two parties left the coalition."),
    # a noun after an adjective that the tagger reads as a verb
    ("Wages have not kept up. Heavy strain Both parties blame the central bank for the slump.",
     "Heavy strain", "Both parties blame the central bank for the slump."),
])
def test_a_headline_or_gerund_heading_run_into_the_next_sentence_is_split(
        text: str, heading: str, after: str) -> None:
    assert_split(text, heading, after)


@pytest.mark.parametrize("text", [
    # a verb that takes two objects, the second beginning with an adjective
    "The deal offers farmers European subsidies for ten years.",
    # a clause without 'that' may begin with an adjective of nationality
    "Boeing supplies spare parts Western airlines depend on.",
    # a present-tense verb before a title that begins with an article
    "The senator attacks The Daily Ledger in a long post.",
    # a weekday after the object is no sentence's start
    "Police arrest five suspects Tuesday in the north.",
    # a word of quantity and a present-tense verb before a title
    "Few believe The Daily Ledger any more.",
    "Several want The Hague court to act.",
])
def test_a_sentence_with_a_verb_before_a_capital_keeps_its_words(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "heading", "after"), [
    # a heading of common nouns before a capitalised plural that starts a clause
    ("The strike entered its third week. Water rights Negotiations between the two states "
     "stalled in May.", "Water rights", "Negotiations between the two states stalled in May."),
    ("The dam was finished last year. Food prices Economists expect inflation to ease.",
     "Food prices", "Economists expect inflation to ease."),
])
def test_a_noun_heading_before_a_capitalised_plural_is_split(
        text: str, heading: str, after: str) -> None:
    assert_split(text, heading, after)


@pytest.mark.parametrize("text", [
    # a noun that a name follows
    "The local team Rangers won the cup on Sunday.",
    # a name that begins with a plural and goes on with 'of', 'for' or a capital
    "The rights group Friends of the Earth sued the ministry.",
    "The protest group Mothers Against Violence marched on Friday.",
    # an adjective and a noun before a clause without 'that'
    "Rural voters Democrats need are leaving the party.",
])
def test_a_noun_before_a_name_that_begins_with_a_plural_keeps_its_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "heading", "after"), [
    # a hyphen inside a word of the heading
    ("The talks resumed in March. Cross-border raids The army said it had closed two crossings.",
     "Cross-border raids", "The army said it had closed two crossings."),
])
def test_a_heading_with_a_hyphenated_word_is_split(text: str, heading: str, after: str) -> None:
    assert_split(text, heading, after)


def test_a_hyphenated_subject_and_a_verb_before_a_title_keep_their_sentence() -> None:
    text = "Pro-government bloggers attacked The Daily Ledger in a long post."
    assert sentences(text) == [text]


HEADED = ("The border stayed shut all week. Fresh clashes Since Monday, herders have fled the "
          "valley.")


def test_the_parse_records_the_headings_it_set_apart() -> None:
    doc = load_pipeline()(HEADED)
    marked = doc.user_data[HEADINGS]
    assert [(doc[start:after].text, doc[after].text) for after, start in marked.items()] == [
        ("Fresh clashes", "Since")]
    assert [s.text for s in doc.sents if is_heading(s)] == ["Fresh clashes"]


def test_a_heading_is_found_in_a_parse_that_recorded_none() -> None:
    doc = load_pipeline()(HEADED)
    del doc.user_data[HEADINGS]  # as if parsed without the component
    assert [s.text for s in doc.sents if is_heading(s)] == ["Fresh clashes"]
