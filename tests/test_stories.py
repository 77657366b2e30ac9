"""Cross-document story events (detente.stories): reports of one happening grouped, counted
as GDELT counts mentions, sources and articles, with ids that survive reruns."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from detente.cli import main
from detente.model import Span
from detente.store import Store
from detente.stories import (
    Story,
    StoryRules,
    build_stories,
    group_stories,
    source_key,
    story_id,
    trigger_head,
)
from eventfactory import make_actor, make_document, make_event

MEETING = ("The Russian and Japanese foreign ministers met in Moscow on Monday to discuss "
           "the islands.")


def report(event_id: str, doc_id: str, *, date: str = "2024-03-04",
           sentence: str = MEETING, trigger: str = "met", source: str = "RUSGOV",
           target: str | None = "JPNGOV", cameo: str = "040", **overrides: Any) -> Any:
    return make_event(event_id, doc_id, date=date, sentence=sentence,
                      trigger=Span(trigger, 10, 10 + len(trigger)), source=source,
                      target=target, cameo=cameo, **overrides)


def test_stories_group_reports_of_one_meeting_across_documents() -> None:
    events = [
        report("a1", "d1"),
        report("b1", "d2", date="2024-03-05", target="JPNGOV", source="RUSGOV",
               sentence="Russia's and Japan's foreign ministers met in Moscow about the islands."),
        report("c1", "d3", date="2024-03-06", source="JPNGOV", target="RUSGOV",
               sentence="The envoys of Japan and Russia also met, without a deal."),
        report("d1", "d4", date="2024-03-04", cameo="043", trigger="gathered",
               sentence="Tokyo's envoy and Moscow's diplomats gathered for a rare session."),
    ]
    sources = {"d1": "agency.example", "d2": "agency.example", "d3": "paper.example",
               "d4": "radio.example"}
    stories = group_stories(events, sources)
    by_size = sorted(stories, key=lambda s: -s.mentions)
    big = by_size[0]
    # a1, b1 by their sentences, c1 (reversed dyad, 2 days later) by its trigger word
    assert set(big.event_ids) == {"a1", "b1", "c1"}
    assert (big.mentions, big.sources, big.documents) == (3, 2, 3)
    assert (big.date, big.last_date, big.root, big.event_id) == (
        "2024-03-04", "2024-03-06", "04", "a1")
    assert big.story_id == story_id("a1")
    # d4: same dyad, root and day, but neither its words nor its trigger match
    assert by_size[1].event_ids == ("d1",)
    assert len(stories) == 2


def test_stories_keep_apart_other_dyads_roots_factualities_and_distant_days() -> None:
    base = report("e0", "d0")
    others = [
        report("e1", "d1", target="CHNGOV"),  # another dyad
        report("e2", "d2", cameo="190"),  # another root (fighting)
        report("e3", "d3", factuality="negated"),  # "did not meet"
        report("e4", "d4", date="2024-03-07"),  # three days after the first report
        report("e5", "d5", date=None),  # undated: a story of its own
    ]
    stories = group_stories([base, *others])
    assert sorted(s.event_ids for s in stories) == [(e,) for e in
                                                    ("e0", "e1", "e2", "e3", "e4", "e5")]
    assert stories[-1].event_ids == ("e5",) and stories[-1].date is None


def test_stories_directed_rule_separates_the_two_directions() -> None:
    events = [report("x1", "d1"), report("x2", "d2", source="JPNGOV", target="RUSGOV")]
    assert len(group_stories(events)) == 1
    assert len(group_stories(events, rules=StoryRules(directed=True))) == 2


def test_stories_span_is_anchored_on_the_earliest_report() -> None:
    # a chain of daily reports one day apart: days 0-2 form one story, days 3-4 the next
    events = [report(f"c{day}", f"d{day}", date=f"2024-03-0{day + 1}") for day in range(5)]
    stories = group_stories(events)
    assert [s.event_ids for s in stories] == [("c0", "c1", "c2"), ("c3", "c4")]


def test_stories_ids_and_groups_do_not_depend_on_input_order() -> None:
    events = [report(f"m{i}", f"d{i % 4}", date=f"2024-03-0{1 + i % 3}") for i in range(9)]
    events += [report(f"n{i}", f"d{i}", target="USAGOV", sentence=f"Unrelated words {i}.",
                      trigger=f"verb{i}") for i in range(4)]
    first = group_stories(events)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    assert group_stories(shuffled) == first
    assert all(isinstance(s, Story) for s in first)
    assert sum(s.mentions for s in first) == len(events)


def test_stories_source_key_and_trigger_head() -> None:
    assert source_key("https://www.News.example.org/a/b", "feed.jsonl:3", "d") == \
        "news.example.org"
    assert source_key(None, "corpus/feed.jsonl:12", "d") == "corpus/feed.jsonl"
    assert source_key(None, "", "d9") == "d9"
    assert trigger_head("has met with") == "with"
    assert trigger_head("Criticized") == trigger_head("criticizes") == "criticiz"
    assert trigger_head("meeting") == "meet" and trigger_head("is") == "is"
    with pytest.raises(ValueError, match="jaccard"):
        StoryRules(jaccard=0.0)


def _stored(store: Store) -> None:
    docs = [make_document("d1", url="https://agency.example/1"),
            make_document("d2", url="https://agency.example/2"),
            make_document("d3", url="https://paper.example/x")]
    events = {"d1": [report("a1", "d1")], "d2": [report("b1", "d2", date="2024-03-05")],
              "d3": [report("c1", "d3", source=make_actor("JPNGOV").code, target="RUSGOV"),
                     report("c2", "d3", cameo="190", sentence="Troops clashed.",
                            trigger="clashed")]}
    for doc in docs:
        store.replace_document(doc, events[doc.doc_id], coder_version="test")


def test_stories_store_round_trip_and_rerun_gives_the_same_groups() -> None:
    with Store() as store:
        _stored(store)
        assert build_stories(store) == 2
        first = store.stories()
        assert build_stories(store) == 2  # replaces, same ids
        assert store.stories() == first
        meeting = next(s for s in first if s.root == "04")
        assert (meeting.mentions, meeting.sources, meeting.documents) == (3, 2, 3)
        assert meeting.event_ids == ("a1", "c1", "b1")  # by date, then id
        assert store.stories(limit=1) == first[:1]
        # mentions vs stories per dyad, as docs/SCALE.md queries them
        row = store.con.execute(
            "SELECT count(*), sum(mentions) FROM stories WHERE root = '04'").fetchone()
        assert row == (1, 3)
        linked = store.con.execute(
            "SELECT count(DISTINCT story_id) FROM events JOIN story_events USING (event_id)"
        ).fetchone()
        assert linked == (2,)


@pytest.mark.slow
def test_stories_cli_code_with_stories_groups_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = []
    for i, host in enumerate(("agency.example", "paper.example", "radio.example")):
        lines.append(json.dumps({
            "id": f"r{i}", "date": f"2024-03-0{4 + i % 2}", "url": f"https://{host}/{i}",
            "text": "Japan and Russia held talks in Tokyo on Monday about a fishing agreement."}))
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["code", str(feed), "--db", str(db), "--stories"], stdout=io.StringIO()) == 0
    assert "story event(s)" in capsys.readouterr().err
    with Store(db) as store:
        stories = store.stories()
        talks = max(stories, key=lambda s: s.mentions)
        assert talks.documents == 3 and talks.sources == 3
        assert sum(s.mentions for s in stories) == store.stats()["events"]
    assert main(["code", str(feed), "--stories"], stdout=io.StringIO()) == 2
    assert "--stories groups the events of a store" in capsys.readouterr().err


def test_stories_dyad_series_counts_stories_or_every_report() -> None:
    from detente.analysis import AnalysisError, dyad_series

    with Store() as store:
        _stored(store)
        with pytest.raises(AnalysisError, match="no stories"):
            dyad_series(store, "RUS", "JPN", freq="year", count="stories")
        build_stories(store)
        events = dyad_series(store, "RUS", "JPN", freq="year")
        stories = dyad_series(store, "RUS", "JPN", freq="year", count="stories")
        assert [r.events for r in events] == [4] and [r.events for r in stories] == [2]
        assert stories[0].by_root == {"04": 1, "19": 1}
        with pytest.raises(AnalysisError, match="count"):
            dyad_series(store, "RUS", "JPN", count="articles")
