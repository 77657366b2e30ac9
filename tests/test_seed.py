"""Acceptance test on the seed document (third-party text, read from ../shared, never copied).

What a careful coder finds in it is listed in ../shared/seeds/README.md; the publication date is
2017-04-28.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.ingest import IngestOptions, read_inputs
from detente.model import Document, Event
from detente.pipeline import Coder

PUBLISHED = date(2017, 4, 28)


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> Document:
    path = shared_dir / "seeds" / "000_49e94f6d0c3cdc58.txt"
    items = list(read_inputs([str(path)], IngestOptions(date=PUBLISHED)))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


@pytest.fixture(scope="module")
def events(seed: Document, coder: Coder) -> list[Event]:
    return list(coder.code_document(seed).events)


def _dyad(e: Event) -> tuple[str | None, str | None]:
    return e.source.country, e.target.country if e.target else None


def test_seed_page_chrome_is_not_article_text(seed: Document) -> None:
    for chrome in ("Featured Image", "Photo: ©", "List of Comments", "No comments yet."):
        assert chrome not in seed.text


def test_seed_abe_visit_to_moscow_is_a_japan_russia_consultation(events: list[Event]) -> None:
    visits = [e for e in events if e.trigger.text == "visit" and _dyad(e) == ("JPN", "RUS")]
    assert visits and all(e.root == "04" and e.source.code == "JPNGOV" for e in visits)
    assert all(e.date == "2017-04-28" for e in visits)


def test_seed_exchange_of_views_and_syria_are_reciprocal_consultations(
    events: list[Event],
) -> None:
    for trigger in ("exchanged", "touched"):
        found = {_dyad(e) for e in events if e.trigger.text == trigger and e.root == "04"}
        assert found == {("JPN", "RUS"), ("RUS", "JPN")}, trigger


def test_seed_abe_putin_summit_is_coded_both_ways(events: list[Event]) -> None:
    summit = {(e.source.name, e.target.name if e.target else None)
              for e in events if e.trigger.text == "summit"}
    assert summit == {("Shinzo Abe", "Vladimir Putin"), ("Vladimir Putin", "Shinzo Abe")}


def test_seed_koizumi_pyongyang_visit_is_dated_2002(events: list[Event]) -> None:
    [visit] = [e for e in events if _dyad(e) == ("JPN", "PRK") and e.root == "04"]
    assert visit.source.code == "JPNGOV"  # Koizumi was prime minister in 2002
    assert visit.source.name == "Junichiro Koizumi"
    assert (visit.date, visit.date_precision) == ("2002-01-01", "year")
    assert visit.location is not None and visit.location.country == "PRK"


def test_seed_failed_breakthrough_is_negated_not_an_agreement(events: list[Event]) -> None:
    failed = [e for e in events if e.trigger.text == "breakthrough"]
    assert failed and all(e.factuality == "negated" for e in failed)
    assert {_dyad(e) for e in failed} == {("JPN", "PRK"), ("PRK", "JPN")}


def test_seed_conditional_cooperation_is_hypothetical(events: list[Event]) -> None:
    coop = [e for e in events if e.trigger.text == "cooperate"]
    assert coop and all(e.factuality == "hypothetical" for e in coop)


def test_seed_evidence_offsets_point_into_the_text(seed: Document,
                                                   events: list[Event]) -> None:
    for e in events:
        assert seed.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert seed.text[e.source.start:e.source.end] == e.source.text
        assert e.sentence in seed.text
