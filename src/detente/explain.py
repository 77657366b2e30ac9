"""Renders `Coder.explain` output for people: each sentence, its actors, its events and why."""

from __future__ import annotations

from collections.abc import Sequence

from detente.model import Document
from detente.pipeline import SentenceView


def render(document: Document, views: Sequence[SentenceView]) -> str:
    head = f"document {document.doc_id}"
    if document.published:
        head += f", published {document.published.isoformat()}"
    lines = [head, ""]
    for view in views:
        lines.append(f"[{view.index}] {view.text.strip()}")
        if view.date:
            lines.append(f"    date: {view.date}")
        if view.mentions:
            actors = ", ".join(f"{text} = {code}" for text, code in view.mentions)
            lines.append(f"    actors: {actors}")
        for ev in view.events:
            target = ev.target.code if ev.target else "-"
            lines.append(
                f"    event: {ev.source.code} -> {target}  {ev.cameo} ({ev.plover or '?'}), "
                f"quad {ev.quad_class}, goldstein {ev.goldstein:+.1f}, {ev.factuality}, "
                f"trigger {ev.trigger.text!r}"
            )
            lines.append(f"        because: {ev.rule}")
        if not view.events:
            lines.append("    no event")
        lines.append("")
    return "\n".join(lines)
