"""Cross-document story events: one happening reported by several documents, grouped.

Coding counts every report: three articles on one meeting give three meeting events. A story
groups them, as GDELT's NumMentions / NumSources / NumArticles do. Events join one story when

- their dyad is the same at country level (an actor's ISO country, else the first three letters
  of its code, e.g. IGO); unordered by default (A->B and B->A alike), ordered with `directed`;
- their CAMEO root (code family) and their factuality are the same;
- their dates lie within `days` (2) of the story's earliest event (so a story spans at most
  `days + 1` calendar days, and a month of daily protests stays many stories);
- their evidence is similar to that of some event already in the story: the word sets of the
  two sentences have a Jaccard index of at least `jaccard` (0.3), or the triggers share their
  head word (the trigger's last word, lowercased, with -s/-es/-ed/-ing cut off).

Undated events stay stories of their own. Events are taken in (date, event_id) order and each
joins the first open story it matches (oldest first), so the grouping does not depend on the
order they are given in, and the id of a story, a hash of its earliest event's id, survives
reruns and new reports of the same story.

    stories = group_stories(events, sources={doc_id: "example.com", ...})
    n = build_stories(store)          # group the store's coded events, replace its stories

Sources: the host of a document's url ("www." dropped), else its origin file without the line
number (a JSONL feed counts as one source), else the document id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from detente.model import Actor, Event

if TYPE_CHECKING:  # annotations only: this module never touches the database itself
    from detente.store import Store

DAYS = 2
JACCARD = 0.3
_WORD = re.compile(r"[a-z0-9]+")
_LINE = re.compile(r":\d+$")


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _words_of(
    "a an and are as at be been by for from had has have he her his in is it its of on or "
    "said says she than that the their them they this to was were which who will with"
)


@dataclass(frozen=True, slots=True)
class StoryRules:
    """When two events report the same happening (see the module docstring)."""

    days: int = DAYS
    jaccard: float = JACCARD
    directed: bool = False

    def __post_init__(self) -> None:
        if self.days < 0:
            raise ValueError(f"days must be 0 or more, got {self.days}")
        if not 0.0 < self.jaccard <= 1.0:
            raise ValueError(f"jaccard must be in (0, 1], got {self.jaccard}")


@dataclass(frozen=True, slots=True)
class Story:
    """One happening and the events (mentions) that report it."""

    story_id: str
    event_id: str  # the earliest member: the story's headline event
    date: str | None  # YYYY-MM-DD of the earliest member
    last_date: str | None  # of the latest member
    source: str  # country-level actors of the headline event
    target: str | None
    root: str
    cameo: str  # the headline event's code, quad class and Goldstein value
    quad_class: int
    goldstein: float
    factuality: str
    mentions: int  # events in the story
    sources: int  # distinct sources of their documents
    documents: int  # distinct documents
    event_ids: tuple[str, ...]  # the members, by (date, event_id)


def story_id(first_event_id: str) -> str:
    """A story's id: a short hash of its earliest event's id."""
    return "s" + hashlib.sha256(first_event_id.encode("utf-8")).hexdigest()[:19]


def source_key(url: str | None, origin: str | None, doc_id: str) -> str:
    """The source of a document, for counting distinct sources (see the module docstring)."""
    if url:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        host = host.removeprefix("www.")
        if host:
            return host
    if origin:
        return _LINE.sub("", origin)
    return doc_id


def actor_key(actor: Actor | None) -> str | None:
    """An actor at country level: its ISO country, else its code's first three letters."""
    if actor is None:
        return None
    return actor.country or actor.code[:3]


def words(sentence: str) -> frozenset[str]:
    """The words of a sentence that count for similarity (lowercased, common words left out)."""
    return frozenset(w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)


def trigger_head(trigger: str) -> str:
    """The trigger's last word, lowercased, with a plural or tense ending cut off."""
    found = _WORD.findall(trigger.lower())
    word = found[-1] if found else ""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(slots=True)
class _Open:
    """A story being built: its members and what similarity needs of them."""

    anchor: Date | None
    members: list[Event] = field(default_factory=list)
    texts: list[frozenset[str]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)

    def add(self, event: Event, text: frozenset[str], head: str) -> None:
        self.members.append(event)
        self.texts.append(text)
        if head:
            self.heads.add(head)

    def matches(self, text: frozenset[str], head: str, threshold: float) -> bool:
        return (bool(head) and head in self.heads) or any(
            jaccard(text, other) >= threshold for other in self.texts)


def _block(event: Event, directed: bool) -> tuple[str, ...]:
    a, b = actor_key(event.source) or "", actor_key(event.target) or ""
    if not directed and b < a:
        a, b = b, a
    return (a, b, event.root, event.factuality)


def group_stories(
    events: Iterable[Event],
    sources: Mapping[str, str] | None = None,
    rules: StoryRules = StoryRules(),  # frozen, so safe as a default
) -> list[Story]:
    """Group events into stories; every event is in exactly one. `sources` maps a doc_id to
    its source (see `source_key`); a document not in it is a source of its own. Stories come
    sorted by date (undated last), then id."""
    ordered = sorted(events, key=lambda e: (e.date is None, e.date or "", e.event_id))
    finished: list[_Open] = []
    open_by_block: dict[tuple[str, ...], list[_Open]] = {}
    for event in ordered:
        text, head = words(event.sentence), trigger_head(event.trigger.text)
        if event.date is None:
            single = _Open(None)
            single.add(event, text, head)
            finished.append(single)
            continue
        day = Date.fromisoformat(event.date)
        candidates = open_by_block.setdefault(_block(event, rules.directed), [])
        still_open: list[_Open] = []
        for story in candidates:
            assert story.anchor is not None
            (still_open if (day - story.anchor).days <= rules.days else finished).append(story)
        candidates[:] = still_open
        for story in candidates:  # oldest first
            if story.matches(text, head, rules.jaccard):
                story.add(event, text, head)
                break
        else:
            story = _Open(day)
            story.add(event, text, head)
            candidates.append(story)
    for candidates in open_by_block.values():
        finished.extend(candidates)
    stories = [_story(story.members, sources or {}) for story in finished]
    return sorted(stories, key=lambda s: (s.date is None, s.date or "", s.story_id))


def _story(members: list[Event], sources: Mapping[str, str]) -> Story:
    head, last = members[0], members[-1]
    return Story(
        story_id=story_id(head.event_id),
        event_id=head.event_id,
        date=head.date,
        last_date=last.date,
        source=actor_key(head.source) or "",
        target=actor_key(head.target),
        root=head.root,
        cameo=head.cameo,
        quad_class=head.quad_class,
        goldstein=head.goldstein,
        factuality=head.factuality,
        mentions=len(members),
        sources=len({sources.get(e.doc_id, e.doc_id) for e in members}),
        documents=len({e.doc_id for e in members}),
        event_ids=tuple(e.event_id for e in members),
    )


def build_stories(store: Store, rules: StoryRules = StoryRules()) -> int:
    """Group the events détente coded into the store (origin 'detente') and replace the
    store's stories with them; returns how many stories there are."""
    events = list(store.iter_events(origin="detente"))
    stories = group_stories(events, store.story_sources(), rules)
    store.replace_stories(stories)
    return len(stories)
