"""Server-rendered inline SVG charts: one numeric question, every answer a point by date.

Each source has its own mark, a colour *and* a shape (so the legend still reads in grey print or
for colour-blind readers), and the legend above the chart draws the very same mark. Lines join
only one source's own figures on successive days (its revisions); different sources are never
joined. Points that would sit on top of each other are moved sideways, so every answer shows.
The SVG scales with its viewBox; a narrow layout is rendered for phones.

No JavaScript: each point is an SVG link to the article sentence it comes from, with a <title>
tooltip; answers without a number ("no confirmation") sit on a band under the date axis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from markupsafe import Markup, escape

from warta.web.format import number, stance

COLOURS = 8  # CSS classes c-0..c-7
SHAPES = ("circle", "square", "triangle", "diamond", "down", "plus", "star")  # 7: coprime with COLOURS
NAME_LABELS_AT = 4  # from this many sources on, points carry their source's name (direct labels)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
APPROX = {"lower": "> ", "upper": "< ", "about": "~"}


@dataclass(frozen=True)
class Layout:
    """Sizes in viewBox units. The chart is drawn at its width and scales with the page."""

    width: int
    height: int
    left: int
    right: int
    top: int
    axis_y: int  # the date axis; the plot is above it
    band_y: int  # where answers without a number are drawn
    radius: float
    char_width: float  # per character of a label, for collision checks
    min_tick_gap: int
    names: bool  # whether source names may be written beside points


WIDE = Layout(760, 310, 70, 24, 30, 222, 272, 6.5, 8.2, 70, True)
NARROW = Layout(360, 290, 52, 12, 28, 206, 254, 6.5, 7.4, 64, False)


@dataclass
class ChartPoint:
    """One answer on the chart."""

    series: str
    when: date | None
    value: float | None
    stance: str = "asserts"
    href: str | None = None
    tip: str = ""
    label: str | None = None
    approx: str | None = None  # lower ("more than"), upper ("nearly"), about


@dataclass
class Figure:
    """A numeric question and every answer to it."""

    title: str
    unit: str | None = None
    points: list[ChartPoint] = field(default_factory=list)

    @property
    def series(self) -> list[str]:
        """Sources in order of their first answer by date (undated last): the order of the legend."""
        seen: list[str] = []
        for p in sorted(self.points, key=lambda p: p.when or date.max):
            if p.series not in seen:
                seen.append(p.series)
        return seen

    def marks(self) -> dict[str, tuple[int, int]]:
        """(colour, shape) of each source; unique per chart up to COLOURS x len(SHAPES) sources."""
        return {name: mark(i) for i, name in enumerate(self.series)}


def mark(index: int) -> tuple[int, int]:
    """The index-th (colour, shape) pair: neighbours differ in both, no pair repeats before 56."""
    return index % COLOURS, index % len(SHAPES)


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


def value_range(values: list[float]) -> tuple[float, float, float]:
    """(bottom, top, step) of the value axis. From 0 as a rule; figures that sit close together far
    from 0 (magnitudes 5.6 and 6.1, turnouts 70.8 and 71.2 %) get an axis around them, since
    points, not bars, carry the values and the labels say each one."""
    hi = max(values) if values else 1.0
    lo = min(values) if values else 0.0
    if hi <= 0 or lo <= 0.5 * hi:
        top, step = _nice_max(hi)
        return 0.0, top, step
    raw = max(hi - lo, hi * 0.02) / 4
    exponent = math.floor(math.log10(raw))
    step = next(b * 10**exponent for b in (1, 2, 2.5, 5, 10) if b * 10**exponent >= raw)
    bottom = max(0.0, math.floor((lo - step / 2) / step) * step)
    return bottom, math.ceil((hi + step / 2) / step) * step, step


def shape_path(shape: str, x: float, y: float, r: float) -> str:
    """SVG element (without class) drawing `shape` of radius r centred on (x, y)."""
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"'
    if shape == "square":
        s = r * 0.9
        return f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}"'
    if shape == "triangle":
        pts = [(x, y - r * 1.15), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
    elif shape == "down":
        pts = [(x, y + r * 1.15), (x + r * 1.1, y - r * 0.8), (x - r * 1.1, y - r * 0.8)]
    elif shape == "diamond":
        pts = [(x, y - r * 1.25), (x + r * 1.1, y), (x, y + r * 1.25), (x - r * 1.1, y)]
    elif shape == "plus":
        a, b = r * 1.1, r * 0.42
        pts = [(x - b, y - a), (x + b, y - a), (x + b, y - b), (x + a, y - b), (x + a, y + b), (x + b, y + b),
               (x + b, y + a), (x - b, y + a), (x - b, y + b), (x - a, y + b), (x - a, y - b), (x - b, y - b)]
    else:  # star
        pts = [(x + (r * 1.3 if i % 2 == 0 else r * 0.55) * math.sin(i * math.pi / 5),
                y - (r * 1.3 if i % 2 == 0 else r * 0.55) * math.cos(i * math.pi / 5)) for i in range(10)]
    return '<path d="M' + "L".join(f"{px:.1f},{py:.1f}" for px, py in pts) + 'Z"'


def mark_classes(colour: int, shape: int, stance_name: str = "asserts") -> str:
    # an answer that does not assert (denies, unconfirmed, won't confirm) is drawn hollow
    fill = "" if stance_name in ("asserts", "warns") else " hollow"
    return f"mk c-{colour} sh-{SHAPES[shape]}{fill}"


def legend_mark(colour: int, shape: int) -> Markup:
    """The mark of one source as a small inline SVG, for the legend beside the chart."""
    return Markup(f'<svg class="key" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">'
                  f'{shape_path(SHAPES[shape], 10, 10, 6.5)} class="{mark_classes(colour, shape)}"/></svg>')


def point_label(p: ChartPoint) -> str:
    if p.label is not None:
        return p.label
    if p.value is None:
        return stance(p.stance)
    return APPROX.get(p.approx or "", "") + number(p.value)


def _fits(box: tuple[float, float, float, float], placed: list, layout: Layout) -> bool:
    # inside the drawing, right of the value axis's labels
    if box[0] < layout.left - 4 or box[2] > layout.width - 1 or box[1] < 1 or box[3] > layout.height - 1:
        return False
    return not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed)


def _place_label(label: str, x: float, y: float, on_band: bool, placed: list, layout: Layout
                 ) -> tuple[float, float, str] | None:
    """(x, y, text-anchor) of a label near its point, inside the chart and over no label or point
    placed before, or None when every place is taken (the point's tooltip still carries it)."""
    width, height, r = layout.char_width * len(label), 14.0, layout.radius + 2
    if on_band:
        candidates = [(x, y + 22 + 14 * i, "middle") for i in range(2)] + [(x + r, y - r, "start"),
                                                                          (x - r, y - r, "end")]
    else:
        candidates = [(x + r, y + 5, "start"), (x - r, y + 5, "end"), (x, y - r - 3, "middle"),
                      (x, y + r + 14, "middle"), (x + r, y - r, "start"), (x - r, y - r, "end"),
                      (x + r, y + r + 10, "start"), (x - r, y + r + 10, "end")]
    for lx, ly, anchor in candidates:
        left = lx - width if anchor == "end" else lx - width / 2 if anchor == "middle" else lx
        box = (left, ly - height + 3, left + width, ly + 3)
        if _fits(box, placed, layout):
            placed.append(box)
            return lx, ly, anchor
    return None


def _positions(points: list[ChartPoint], sx, sy, layout: Layout) -> list[tuple[float, float]]:
    """Each point's place: on its date and value, moved sideways (0, +d, -d, +2d, ...) off any point
    placed before, so answers with the same figure on the same day all show."""
    lo, hi = layout.left + layout.radius + 2, layout.width - layout.right - layout.radius - 2
    gap = 2 * layout.radius + 2
    placed: list[tuple[float, float]] = []
    for p in points:
        x0 = sx(p)
        y = layout.band_y if p.value is None else sy(p.value)
        x = min(max(x0, lo), hi)
        for k in range(0, 41):
            cand = x0 + (k + 1) // 2 * gap * (1 if k % 2 else -1) if k else x0
            if not lo <= cand <= hi:
                continue
            if all((cand - px) ** 2 + (y - py) ** 2 >= gap * gap for px, py in placed):
                x = cand
                break
        placed.append((x, y))
    return placed


def question_svg(figure: Figure, *, chart_id: str = "chart", layout: Layout = WIDE) -> Markup:
    """The figure as an inline SVG in `layout`; every label is escaped. Undated answers are left out
    (the answers table lists them)."""
    dated = sorted((p for p in figure.points if p.when is not None),
                   key=lambda p: (p.when, p.value if p.value is not None else -1.0))  # type: ignore[arg-type,return-value]
    if not dated:
        return Markup("")
    L = layout
    marks = figure.marks()
    days = [p.when.toordinal() for p in dated]  # type: ignore[union-attr]
    lo, hi = min(days), max(days)
    pad = max(1.0, (hi - lo) * 0.07)
    x0, x1 = lo - pad, hi + pad
    values = [p.value for p in dated if p.value is not None]
    bottom, top, step = value_range(values)
    plot_w = L.width - L.left - L.right
    band = any(p.value is None for p in dated)
    height = L.height if band else L.axis_y + 42  # no "no figure" band: no room kept for it

    def sxd(day_number: float) -> float:
        return L.left + (day_number - x0) / (x1 - x0) * plot_w

    def sy(value: float) -> float:
        return L.axis_y - max(0.0, value - bottom) / (top - bottom) * (L.axis_y - L.top)

    out: list[str] = [
        f'<svg class="timeline {"narrow" if layout is NARROW else "wide"}" id="{escape(chart_id)}" '
        f'viewBox="0 0 {L.width} {height}" preserveAspectRatio="xMidYMid meet" role="group" '
        f'aria-label="{escape(figure.title)}: answers by date and source" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i in range(round((top - bottom) / step) + 1):
        tick = round(bottom + i * step, 10)
        y = sy(tick)
        out.append(f'<line class="grid" x1="{L.left}" x2="{L.width - L.right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{L.left - 6}" y="{y + 4:.1f}" text-anchor="end">{number(tick)}</text>')
    if figure.unit:
        out.append(f'<text class="unit" x="{L.left - 6}" y="{L.top - 12}" text-anchor="end">'
                   f'{escape(figure.unit)}</text>')
    # Date axis: the distinct dates (or six evenly spaced), labels never closer than min_tick_gap.
    distinct = sorted(set(days))
    if len(distinct) > 6:
        distinct = [round(lo + (hi - lo) * i / 5) for i in range(6)]
    out.append(f'<line class="axis" x1="{L.left}" x2="{L.width - L.right}" y1="{L.axis_y}" y2="{L.axis_y}"/>')
    last_x, last_year = -1e9, None
    for d in distinct:
        x = sxd(d)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{L.axis_y}" y2="{L.axis_y + 5}"/>')
        if x - last_x < L.min_tick_gap:
            continue
        last_x = x
        day = date.fromordinal(d)
        out.append(f'<text class="tick" x="{x:.1f}" y="{L.axis_y + 19}" text-anchor="middle">'
                   f'{day.day} {MONTHS[day.month - 1]}</text>')
        if day.year != last_year:
            last_year = day.year
            out.append(f'<text class="tick year" x="{x:.1f}" y="{L.axis_y + 33}" text-anchor="middle">'
                       f'{day.year}</text>')
    if band:
        out.append(f'<line class="band" x1="{L.left}" x2="{L.width - L.right}" y1="{L.band_y}" y2="{L.band_y}"/>')
        out.append(f'<text class="tick" x="{L.left - 6}" y="{L.band_y + 4}" text-anchor="end">'
                   f'{"no figure" if layout is WIDE else "none"}</text>')

    L = replace(L, height=height)
    xy = _positions(dated, lambda p: sxd(p.when.toordinal()), sy, L)
    at = {id(p): pos for p, pos in zip(dated, xy, strict=True)}
    for a, b in revision_pairs(dated):
        (ax, ay), (bx, by) = at[id(a)], at[id(b)]
        colour = marks[a.series][0]
        out.append(f'<line class="line c-{colour}" data-series="{escape(a.series)}" x1="{ax:.1f}" y1="{ay:.1f}" '
                   f'x2="{bx:.1f}" y2="{by:.1f}"/>')
    # Labels take the first free place around their point; every point's own area is taken first,
    # so no label covers a point. With many sources a source's last point carries its name.
    placed: list[tuple[float, float, float, float]] = [
        (x - L.radius - 1, y - L.radius - 1, x + L.radius + 1, y + L.radius + 1) for x, y in xy]
    last_of = {p.series: p for p in dated}
    named = L.names and len(marks) >= NAME_LABELS_AT
    labels: dict[int, tuple[str, float, float, str]] = {}
    order = sorted(dated, key=lambda p: 0 if named and last_of[p.series] is p else 1)
    for p in order:
        text = point_label(p)
        if named and last_of[p.series] is p:
            name = p.series if len(p.series) <= 24 else p.series[:23] + "…"
            text = f"{name} {text}" if p.value is not None or p.stance != "asserts" else name
        elif p.value is None and p.label is None and p.stance == "asserts":
            continue  # on the "no figure" band a filled mark already says "asserts"
        x, y = at[id(p)]
        spot = _place_label(text, x, y, p.value is None, placed, L)
        if spot is not None:
            labels[id(p)] = (text, *spot)
    for p in dated:
        x, y = at[id(p)]
        colour, shape = marks[p.series]
        tip = p.tip or f"{p.series}: {point_label(p)} ({stance(p.stance)}, {p.when})"
        body = (f"<title>{escape(tip)}</title>{shape_path(SHAPES[shape], x, y, L.radius)} "
                f'class="{mark_classes(colour, shape, p.stance)}" data-series="{escape(p.series)}"/>')
        if id(p) in labels:
            text, lx, ly, anchor = labels[id(p)]
            body += (f'<text class="lbl c-{colour}" x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">'
                     f'{escape(text)}</text>')
        tag = f'<a class="pt" href="{escape(p.href)}">' if p.href else '<g class="pt">'
        out.append(f"{tag}{body}{'</a>' if p.href else '</g>'}")
    out.append("</svg>")
    return Markup("".join(out))


def revision_pairs(points: list[ChartPoint]) -> list[tuple[ChartPoint, ChartPoint]]:
    """Pairs of one source's figures on successive days it gave a figure: its revisions. A day on
    which the source gave two different figures joins nothing (which one it revised is unclear);
    different sources are never joined."""
    by_source: dict[str, dict[date, list[ChartPoint]]] = {}
    for p in points:
        if p.when is not None and p.value is not None:
            by_source.setdefault(p.series, {}).setdefault(p.when, []).append(p)
    pairs = []
    for days in by_source.values():
        ordered = sorted(days)
        for a, b in zip(ordered, ordered[1:], strict=False):
            pa, pb = days[a], days[b]
            if len({p.value for p in pa}) == 1 and len({p.value for p in pb}) == 1:
                pairs.append((pa[0], pb[0]))
    return pairs


def timeline_svg(figure: Figure, *, chart_id: str = "chart") -> Markup:
    """The figure in the wide layout (kept for callers of the first chart API)."""
    return question_svg(figure, chart_id=chart_id, layout=WIDE)
