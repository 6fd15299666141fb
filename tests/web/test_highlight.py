"""Highlight markup from offsets: escaped segments, well-formed nesting, one id per mark."""

from __future__ import annotations

from html.parser import HTMLParser

from markupsafe import Markup

from warta.web.charts import ChartPoint, Figure, as_date, timeline_svg
from warta.web.highlight import Mark, parse_highlight, render_marked


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data):
        self.text.append(data)


def _parse(markup: str) -> _Balance:
    parser = _Balance()
    parser.feed(markup)
    parser.close()
    return parser


def test_text_is_escaped_segment_by_segment():
    text = 'a <script>x()</script> & "b" <img onerror=y>'
    out = render_marked(text, 0, len(text), [Mark(2, 10, attrs=(("class", "q"),))])
    assert isinstance(out, Markup)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out
    assert "".join(_parse(out).text) == text


def test_crossing_marks_are_closed_and_reopened():
    text = "0123456789"
    marks = [Mark(1, 6, attrs=(("id", "a"),), cont=(("class", "a"),)),
             Mark(4, 9, attrs=(("id", "b"),), cont=(("class", "b"),))]
    out = render_marked(text, 0, 10, marks)
    parsed = _parse(out)
    assert parsed.ok and not parsed.stack
    assert sorted(parsed.ids) == ["a", "b"]
    assert "".join(parsed.text) == text


def test_marks_are_clipped_to_the_rendered_range_and_ids_not_repeated():
    text = "first paragraph\nsecond paragraph"
    hl = Mark(6, 23, "mark", (("id", "hl"),), (("class", "hl"),))
    opened: set[int] = set()
    first = render_marked(text, 0, 15, [hl], opened)
    second = render_marked(text, 16, len(text), [hl], opened)
    assert 'id="hl"' in first and 'id="hl"' not in second and "<mark" in second


def test_attribute_values_are_escaped():
    out = render_marked("abc", 0, 3, [Mark(0, 3, attrs=(("title", '"><script>x</script>'),))])
    assert "<script>" not in out and "&#34;&gt;&lt;script&gt;" in out


def test_highlight_parameter_is_checked():
    assert parse_highlight("3-9", 10) == (3, 9)
    for bad in ("9-3", "3-11", "x-1", "-1-3", "3", "", None, "1" * 50, "3-3"):
        assert parse_highlight(bad, 10) is None


def test_timeline_svg_has_a_point_per_claim_and_escapes_labels():
    figure = Figure(title="troops <sent>", unit="pasukan", points=[
        ChartPoint("NIS", as_date("2024-10-18"), 1500, href="/articles/1?hl=0-5#hl"),
        ChartPoint("NIS", as_date("2024-10-23"), 3000),
        ChartPoint("NIS", as_date("2024-11-13"), 11000),
        ChartPoint("Pentagon", as_date("2024-10-21"), None, "unconfirmed", tip='<script>"'),
        ChartPoint("Pentagon", as_date("2024-10-28"), 10000),
    ])
    svg = str(timeline_svg(figure))
    for label in ("1,500", "3,000", "11,000", "10,000", "unconfirmed", "no figure"):
        assert f">{label}<" in svg
    assert "<script>" not in svg and "troops &lt;sent&gt;" in svg
    assert svg.count('class="pt"') == 5 and 'href="/articles/1?hl=0-5#hl"' in svg
    assert _parse(svg).ok


def test_timeline_without_dates_is_empty():
    assert timeline_svg(Figure(title="x", points=[ChartPoint("a", None, 1)])) == ""
