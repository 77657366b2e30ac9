"""Charts of a dyad's series: an interactive HTML page (plotly) or a PNG image (matplotlib).

Both draw the same two panels: events per period stacked by quad class, and the relations index
with the per-period mean Goldstein score, turning points marked. The HTML file embeds plotly.js,
so it opens without a network connection. Plotting libraries are imported only when drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from detente.analysis import AnalysisError, SeriesRow, TurningPoint

QUADS: tuple[tuple[str, str, str], ...] = (
    ("q1", "verbal cooperation", "#7fbf7f"),
    ("q2", "material cooperation", "#1b7f1b"),
    ("q3", "verbal conflict", "#f0a050"),
    ("q4", "material conflict", "#c0302a"),
)


def draw(a: str, b: str, rows: Sequence[SeriesRow], points: Sequence[TurningPoint],
         path: Path, *, directed: bool, freq: str) -> None:
    """Write the chart to `path`; its suffix (.html or .png) chooses the kind."""
    title = f"{a} {'->' if directed else '<->'} {b}, by {freq}"
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        _html(title, rows, points, path)
    elif suffix == ".png":
        _png(title, rows, points, path)
    else:
        raise AnalysisError(f"{path}: a chart must end in .html or .png, not {suffix!r}")


def _html(title: str, rows: Sequence[SeriesRow], points: Sequence[TurningPoint],
          path: Path) -> None:
    from plotly import graph_objects as go
    from plotly.subplots import make_subplots

    periods = [r.period.isoformat() for r in rows]
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        row_heights=[0.4, 0.6],
                        subplot_titles=("events by quad class", "relations index"))
    for key, name, colour in QUADS:
        fig.add_trace(go.Bar(x=periods, y=[getattr(r, key) for r in rows], name=name,
                             marker_color=colour), row=1, col=1)
    active = [r for r in rows if r.events]
    fig.add_trace(go.Scatter(x=[r.period.isoformat() for r in active],
                             y=[r.goldstein_mean for r in active], mode="markers",
                             name="mean Goldstein", marker={"color": "#888888"}), row=2, col=1)
    fig.add_trace(go.Scatter(x=periods, y=[r.index for r in rows], mode="lines",
                             name="index", line={"color": "#1f3f8f", "width": 3}), row=2, col=1)
    for point in points:
        fig.add_vline(x=point.period.isoformat(), line_dash="dash", line_color="#c0302a")
    fig.update_layout(title=title, barmode="stack", template="plotly_white")
    try:
        fig.write_html(str(path), include_plotlyjs=True, full_html=True)
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot write the chart: {exc}") from exc


def _png(title: str, rows: Sequence[SeriesRow], points: Sequence[TurningPoint],
         path: Path) -> None:
    from matplotlib.figure import Figure  # the object API: no pyplot, no global state

    fig = Figure(figsize=(10, 6), layout="constrained")
    bars, line = fig.subplots(2, 1, sharex=True, height_ratios=[2, 3])
    periods = [r.period for r in rows]
    width = _bar_width(rows)
    bottom = [0] * len(rows)
    for key, name, colour in QUADS:
        heights = [getattr(r, key) for r in rows]
        bars.bar(periods, heights, width=width, bottom=bottom, label=name, color=colour,
                 align="edge")
        bottom = [x + y for x, y in zip(bottom, heights, strict=True)]
    bars.set_ylabel("events")
    bars.legend(fontsize="small", ncols=4, loc="upper left")
    active = [r for r in rows if r.events]
    line.scatter([r.period for r in active], [r.goldstein_mean for r in active], color="#888888",
                 s=12, label="mean Goldstein")
    line.plot(periods, [r.index for r in rows], color="#1f3f8f", linewidth=2, label="index")
    line.axhline(0, color="#444444", linewidth=0.5)
    for point in points:
        for axis in (bars, line):
            axis.axvline(point.period, color="#c0302a", linestyle="--", linewidth=1)
    line.set_ylabel("Goldstein")
    line.legend(fontsize="small", loc="lower left")
    fig.suptitle(title)
    try:
        fig.savefig(path, dpi=100)
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot write the chart: {exc}") from exc


def _bar_width(rows: Sequence[SeriesRow]) -> float:
    """Bar width in days: most of one period."""
    if not rows:
        return 1.0
    return max(1.0, 0.8 * ((rows[0].period_end - rows[0].period).days + 1))
