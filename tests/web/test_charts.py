"""The question chart builder: a distinct legend-matched mark per source, lines only for one
source's revisions, every point inside the drawing, labels escaped and kept inside."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from warta.web.charts import (
    NARROW,
    SHAPES,
    WIDE,
    ChartPoint,
    Figure,
    legend_mark,
    mark,
    question_svg,
    revision_pairs,
    value_range,
)

NS = "{http://www.w3.org/2000/svg}"
D1, D2, D3 = date(2024, 10, 18), date(2024, 10, 23), date(2024, 11, 13)


def _svg(figure: Figure, layout=WIDE) -> ET.Element:
    return ET.fromstring(str(question_svg(figure, layout=layout)))


def _marks(root: ET.Element) -> list[ET.Element]:
    return [el for el in root.iter() if "mk" in (el.get("class") or "").split()]


def _centre(el: ET.Element) -> tuple[float, float]:
    """A mark's centre: circle cx/cy, rect middle, or the mean of a path's corners."""
    if el.tag == NS + "circle":
        return float(el.get("cx")), float(el.get("cy"))
    if el.tag == NS + "rect":
        return float(el.get("x")) + float(el.get("width")) / 2, float(el.get("y")) + float(el.get("height")) / 2
    pts = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[\d.]+,-?[\d.]+", el.get("d"))]
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def _pair(el: ET.Element) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    return next(c for c in cls if c.startswith("c-")), next(c for c in cls if c.startswith("sh-"))


def test_marks_are_distinct_colour_and_shape_pairs_and_neighbours_differ_in_both():
    pairs = [mark(i) for i in range(56)]
    assert len(set(pairs)) == 56
    for (c1, s1), (c2, s2) in zip(pairs, pairs[1:], strict=False):
        assert c1 != c2 and s1 != s2
    figure = Figure("How many dead?", points=[ChartPoint(f"source {i}", D1, 10 + i) for i in range(12)])
    root = _svg(figure)
    by_series = {el.get("data-series"): _pair(el) for el in _marks(root)}
    assert len(by_series) == 12 and len(set(by_series.values())) == 12
    # the legend draws the very same mark as the chart
    assert by_series["source 0"] == ("c-0", "sh-circle") and by_series["source 8"] == ("c-0", "sh-square")
    key = ET.fromstring(str(legend_mark(*mark(8))))
    assert _pair(_marks(key)[0]) == ("c-0", "sh-square")


def test_lines_join_only_one_sources_revisions_on_successive_days():
    figure = Figure("troops", points=[
        ChartPoint("NIS", D1, 1500), ChartPoint("NIS", D2, 3000), ChartPoint("NIS", D3, 11000),
        ChartPoint("Pentagon", D2, None, "unconfirmed"), ChartPoint("Pentagon", D3, 10000),
        # two figures on one day are two statements, not a revision: no line touches that day
        ChartPoint("Budanov", D1, 11000), ChartPoint("Budanov", D1, 2600), ChartPoint("Budanov", D3, 12000),
    ])
    pairs = revision_pairs(figure.points)
    assert [(a.series, a.value, b.value) for a, b in pairs] == [("NIS", 1500, 3000), ("NIS", 3000, 11000)]
    root = _svg(figure)
    lines = [el for el in root.iter(NS + "line") if "line" in (el.get("class") or "").split()]
    assert len(lines) == 2 and {el.get("data-series") for el in lines} == {"NIS"}
    assert all("c-0" in el.get("class") for el in lines)  # NIS's colour


@pytest.mark.parametrize("layout", [WIDE, NARROW], ids=["wide", "narrow"])
def test_every_point_shows_inside_the_drawing_even_when_answers_coincide(layout):
    # twelve sources giving the same figure on the same day, and one far later: none may hide
    points = [ChartPoint(f"agency {i}", D2, 3000) for i in range(12)]
    points += [ChartPoint("late", D3, 11000, approx="lower"), ChartPoint("denier", D1, None, "denies")]
    root = _svg(Figure("troops", points=points), layout)
    width, height = map(float, root.get("viewBox").split()[2:])
    centres = [_centre(el) for el in _marks(root)]
    assert len(centres) == 14
    for x, y in centres:
        assert layout.left <= x <= width and 0 <= y <= height
    for i, (x1, y1) in enumerate(centres):
        for x2, y2 in centres[i + 1:]:
            assert (x1 - x2) ** 2 + (y1 - y2) ** 2 >= (2 * layout.radius) ** 2
    for text in root.iter(NS + "text"):
        if "lbl" in (text.get("class") or ""):
            assert 0 <= float(text.get("x")) <= width
    labels = [t.text for t in root.iter(NS + "text")]
    assert "> 11,000" in labels or "late > 11,000" in labels
    # a denial is drawn hollow, on the "no figure" band
    assert any("hollow" in el.get("class") for el in _marks(root))


def test_direct_labels_name_sources_when_there_are_many():
    few = Figure("x", points=[ChartPoint("Red Cross", D1, 12), ChartPoint("Coast Guard", D1, 30)])
    many = Figure("x", points=[ChartPoint(name, D1, v) for name, v in
                               (("Red Cross", 12), ("Coast Guard", 30), ("Health Ministry", 20), ("Police", 45))])
    few_text = [t.text for t in _svg(few).iter(NS + "text")]
    many_text = [t.text for t in _svg(many).iter(NS + "text")]
    assert "12" in few_text and not any("Red Cross" in (t or "") for t in few_text)
    assert {"Red Cross 12", "Coast Guard 30", "Health Ministry 20", "Police 45"} <= set(many_text)
    # the phone layout has no room for names: the legend carries them
    assert not any("Red Cross" in (t.text or "") for t in _svg(many, NARROW).iter(NS + "text"))


def test_labels_and_titles_are_escaped_and_undated_answers_are_left_out():
    figure = Figure("troops <sent>", unit="<b>", points=[
        ChartPoint('<script>"', D1, 5, href="/articles/1?hl=0-5#hl", tip="</title><script>"),
        ChartPoint("undated", None, 7)])
    svg = str(question_svg(figure))
    assert "<script>" not in svg and "troops &lt;sent&gt;" in svg and "&lt;b&gt;" in svg
    assert svg.count('class="pt"') == 1 and 'href="/articles/1?hl=0-5#hl"' in svg
    assert question_svg(Figure("x", points=[ChartPoint("a", None, 1)])) == ""
    assert set(SHAPES) >= {"circle", "square", "triangle", "diamond"}


def test_close_figures_far_from_zero_get_an_axis_around_them():
    assert value_range([3000, 11000]) == (0.0, 15000.0, 5000.0)  # far apart: from 0
    bottom, top, step = value_range([5.6, 6.1])
    assert 5.0 <= bottom <= 5.6 and 6.1 <= top <= 6.5 and step == 0.2
    root = _svg(Figure("magnitude", points=[ChartPoint("BMKG", D1, 5.6), ChartPoint("USGS", D1, 6.1)]))
    ticks = [t.text for t in root.iter(NS + "text") if t.get("class") == "tick"]
    assert "0" not in ticks and "5.6" in ticks
    (_, y1), (_, y2) = (_centre(el) for el in _marks(root))
    assert abs(y1 - y2) > 60  # the two magnitudes are far apart on the chart, not one blot
