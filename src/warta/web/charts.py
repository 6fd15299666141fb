"""Server-rendered inline SVG timelines: one tracked figure, one line per source, stance markers.

No JavaScript: each point is an SVG link to the article sentence it comes from, with a <title>
tooltip; values without a number ("no confirmation") sit on a band under the date axis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from markupsafe import Markup, escape

from warta.web.format import number, stance

WIDTH, HEIGHT = 760, 330
LEFT, RIGHT, TOP = 78, 40, 34
AXIS_Y = 232  # the date axis; the plot is above it
BAND_Y = 290  # where claims without a number are drawn
SERIES_CLASSES = 6
MIN_TICK_GAP = 70
CHAR_WIDTH = 8.6  # px per character of a 14.5px bold label, for collision checks
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class ChartPoint:
    """One claim on the chart."""

    series: str
    when: date | None
    value: float | None
    stance: str = "asserts"
    href: str | None = None
    tip: str = ""
    label: str | None = None


@dataclass
class Figure:
    """A tracked figure (e.g. troops sent) and every claim about it."""

    title: str
    unit: str | None = None
    points: list[ChartPoint] = field(default_factory=list)

    @property
    def series(self) -> list[str]:
        seen: list[str] = []
        for p in self.points:
            if p.series not in seen:
                seen.append(p.series)
        return seen


def as_date(value: Any) -> date | None:
    """A date from a date, datetime or ISO string; None when it cannot be read."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _nice_max(value: float) -> tuple[float, float]:
    """A round upper bound and tick step for a value axis starting at 0."""
    if value <= 0:
        return 1.0, 0.25
    exponent = math.floor(math.log10(value))
    for step_base in (1, 2, 2.5, 5, 10):
        step = step_base * 10**exponent / 2
        top = math.ceil(value * 1.05 / step) * step
        if top / step <= 6:
            return top, step
    step = 10 ** (exponent + 1) / 2
    return math.ceil(value / step) * step, step


def _marker(kind: str, x: float, y: float, cls: str) -> str:
    if kind == "denies":
        d = 6
        return (f'<path class="mk mk-x {cls}" d="M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}'
                f'M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}"/>')
    if kind == "warns":
        return (f'<path class="mk mk-tri {cls}" d="M{x:.1f},{y - 7:.1f}L{x + 7:.1f},{y + 5:.1f}'
                f'L{x - 7:.1f},{y + 5:.1f}Z"/>')
    if kind in ("unconfirmed", "refuses_to_confirm"):
        return f'<circle class="mk mk-open {cls}" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'
    return f'<circle class="mk mk-dot {cls}" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'


def _place_label(label: str, x: float, y: float, on_band: bool,
                 placed: list[tuple[float, float, float, float]]) -> tuple[float, float, str] | None:
    """(x, y, text-anchor) of a label near its point that overlaps no label placed before, or
    None when every place is taken (the point's tooltip still carries the text)."""
    width, height = CHAR_WIDTH * len(label), 14.0
    if on_band:
        candidates = [(x, y + 20 + 14 * i, "middle") for i in range(4)]
    else:
        candidates = [(x + 9, y - 9, "start"), (x + 9, y + 18, "start"), (x - 9, y - 9, "end"),
                      (x - 9, y + 18, "end"), *((x + 9, y - 9 - 14 * i, "start") for i in range(1, 4))]
    for lx, ly, anchor in candidates:
        left = lx - width if anchor == "end" else lx - width / 2 if anchor == "middle" else lx
        box = (left, ly - height + 3, left + width, ly + 3)
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            placed.append(box)
            return lx, ly, anchor
    return None


def timeline_svg(figure: Figure, *, chart_id: str = "chart") -> Markup:
    """The figure as an inline SVG; every label is escaped."""
    dated = [p for p in figure.points if p.when is not None]
    if not dated:
        return Markup("")
    series_class = {name: f"s-{i % SERIES_CLASSES}" for i, name in enumerate(figure.series)}
    days = [p.when.toordinal() for p in dated]  # type: ignore[union-attr]
    lo, hi = min(days), max(days)
    pad = max(1.0, (hi - lo) * 0.06)
    x0, x1 = lo - pad, hi + pad
    values = [p.value for p in dated if p.value is not None]
    top, step = _nice_max(max(values) if values else 1.0)
    plot_w = WIDTH - LEFT - RIGHT

    def sx(day_number: float) -> float:
        return LEFT + (day_number - x0) / (x1 - x0) * plot_w

    def sy(value: float) -> float:
        return AXIS_Y - value / top * (AXIS_Y - TOP)

    out: list[str] = [
        f'<svg class="timeline" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="group" aria-label="{escape(figure.title)}: timeline by source" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    # Value grid and labels.
    tick = 0.0
    while tick <= top + 1e-9:
        y = sy(tick)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">{number(tick)}</text>')
        tick += step
    if figure.unit:
        out.append(f'<text class="unit" x="{LEFT - 8}" y="{TOP - 10}" text-anchor="end">{escape(figure.unit)}</text>')
    # Date axis: the distinct dates (or seven evenly spaced), never closer than MIN_TICK_GAP.
    distinct = sorted(set(days))
    if len(distinct) > 7:
        distinct = [round(lo + (hi - lo) * i / 6) for i in range(7)]
    out.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{AXIS_Y}" y2="{AXIS_Y}"/>')
    last_x = -1e9
    last_year = None
    for d in distinct:
        x = sx(d)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{AXIS_Y}" y2="{AXIS_Y + 5}"/>')
        if x - last_x < MIN_TICK_GAP:
            continue
        last_x = x
        day = date.fromordinal(d)
        out.append(f'<text class="tick" x="{x:.1f}" y="{AXIS_Y + 19}" text-anchor="middle">'
                   f'{day.day} {MONTHS[day.month - 1]}</text>')
        if day.year != last_year:
            last_year = day.year
            out.append(f'<text class="tick year" x="{x:.1f}" y="{AXIS_Y + 33}" text-anchor="middle">{day.year}</text>')
    if any(p.value is None for p in dated):
        out.append(f'<line class="band" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{BAND_Y}" y2="{BAND_Y}"/>')
        out.append(f'<text class="tick" x="{LEFT - 8}" y="{BAND_Y + 4}" text-anchor="end">no figure</text>')

    def position(p: ChartPoint) -> tuple[float, float]:
        return sx(p.when.toordinal()), BAND_Y if p.value is None else sy(p.value)  # type: ignore[union-attr,arg-type]

    # One line per source in date order: solid between figures, dotted to and from "no figure".
    for name in figure.series:
        pts = sorted((p for p in dated if p.series == name), key=lambda p: (p.when, p.value or 0))  # type: ignore[arg-type,return-value]
        for a, b in zip(pts, pts[1:], strict=False):
            (ax, ay), (bx, by) = position(a), position(b)
            dotted = " gap" if a.value is None or b.value is None else ""
            out.append(f'<line class="line {series_class[name]}{dotted}" x1="{ax:.1f}" y1="{ay:.1f}" '
                       f'x2="{bx:.1f}" y2="{by:.1f}"/>')
    # Points last, so they sit on top; each label takes the first free place around its point.
    placed: list[tuple[float, float, float, float]] = []
    for p in sorted(dated, key=lambda p: (p.when, p.value or 0)):  # type: ignore[arg-type,return-value]
        x, y = position(p)
        label = p.label if p.label is not None else (number(p.value) if p.value is not None else stance(p.stance))
        cls = series_class[p.series]
        tip = p.tip or f"{p.series}: {label} ({stance(p.stance)}, {p.when})"
        body = f"<title>{escape(tip)}</title>{_marker(p.stance, x, y, cls)}"
        # On the "no figure" band a filled dot already says "asserts" (see the legend): only the
        # stances that disagree get a word.
        quiet = p.value is None and p.label is None and p.stance == "asserts"
        spot = None if quiet else _place_label(label, x, y, p.value is None, placed)
        if spot is not None:
            lx, ly, anchor = spot
            body += f'<text class="lbl {cls}" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(label)}</text>'
        if p.href:
            out.append(f'<a class="pt" href="{escape(p.href)}">{body}</a>')
        else:
            out.append(f'<g class="pt">{body}</g>')
    out.append("</svg>")
    return Markup("".join(out))
