"""The main job's summary: what coding the demo corpus found, for people."""

from __future__ import annotations

from collections import Counter, defaultdict

from detente.model import Event
from detente.store import Store


def _dyad(ev: Event) -> str:
    src = ev.source.country or ev.source.code
    tgt = (ev.target.country or ev.target.code) if ev.target else "-"
    return f"{src}-{tgt}"


def summarise(db: str, top: int = 8) -> str:
    """A short text report of the events stored in `db`: dyads, codes, and a yearly trajectory."""
    with Store(db) as store:
        stats = store.stats()
        events = store.events(factuality=None)
    asserted = [e for e in events if e.factuality == "asserted"]
    lines = [
        f"{stats['documents']} documents, {stats['events']} events "
        f"({len(asserted)} asserted, {len(events) - len(asserted)} negated or hypothetical)",
        "",
        "Most active dyads (asserted events):",
    ]
    for dyad, n in Counter(_dyad(e) for e in asserted).most_common(top):
        lines.append(f"  {dyad:<12} {n:>4}")
    lines += ["", "Most frequent CAMEO roots:"]
    for root, n in Counter(e.root for e in asserted).most_common(top):
        lines.append(f"  {root}  {n:>4}")
    pair = {"RUS", "JPN"}
    by_year: dict[str, list[Event]] = defaultdict(list)
    for e in asserted:
        countries = {e.source.country, e.target.country if e.target else None}
        if countries == pair and e.date:
            by_year[e.date[:4]].append(e)
    lines += ["", "Russia-Japan (both directions), by year of the event:",
              "  year  events  coop  conflict  goldstein_mean"]
    for year in sorted(by_year):
        evs = by_year[year]
        coop = sum(1 for e in evs if e.quad_class <= 2)
        mean = sum(e.goldstein for e in evs) / len(evs)
        lines.append(f"  {year}  {len(evs):>6}  {coop:>4}  {len(evs) - coop:>8}  {mean:>+14.2f}")
    lines += ["", f"Explore: detente code FILE --db {db}; events are in the 'events' table."]
    return "\n".join(lines) + "\n"
