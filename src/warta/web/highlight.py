"""Article body markup built from offsets: every text segment is escaped, marks nest properly.

Spans may cross (a quote that ends inside an entity mention); a crossing mark is closed and
reopened around the boundary, so the output is always well-formed HTML. Only the first fragment
of a mark carries its `id` and `tabindex`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from warta.models import Article
from warta.web.format import chain, number

SPEAKER_COLOURS = 8
HL_ID = "hl"


@dataclass(frozen=True)
class Mark:
    """One highlighted range: `attrs` go on the first fragment, `cont` on continuations."""

    start: int
    end: int
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = ()
    cont: tuple[tuple[str, str], ...] = ()
    depth: int = 5  # lower opens outside higher at the same start


def _open(tag: str, attrs: tuple[tuple[str, str], ...]) -> str:
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs)
    return f"<{tag}{rendered}>"


def render_marked(
    text: str, start: int, end: int, marks: list[Mark], opened: set[int] | None = None
) -> Markup:
    """Escaped `text[start:end]` with `marks` (absolute offsets) wrapped around their ranges.

    `opened` is shared between calls for one page, so a mark that continues into the next
    paragraph does not repeat its `id` there.
    """
    start = max(0, start)
    end = min(len(text), end)
    clipped = []
    for m in marks:
        s, e = max(m.start, start), min(m.end, end)
        if s < e:
            clipped.append((s, e, m))
    clipped.sort(key=lambda item: (item[0], -item[1], item[2].depth))
    points = sorted({start, end, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    out: list[str] = []
    stack: list[tuple[int, Mark]] = []  # (end, mark)
    opened = opened if opened is not None else set()
    queue = 0
    for i, pos in enumerate(points):
        # Close every mark that ends here; marks above it on the stack are closed and reopened.
        while any(e <= pos for e, _ in stack):
            lowest = min(idx for idx, (e, _) in enumerate(stack) if e <= pos)
            above = stack[lowest:]
            del stack[lowest:]
            for _, m in reversed(above):
                out.append(f"</{m.tag}>")
            for e, m in above:
                if e > pos:
                    out.append(_open(m.tag, m.cont))
                    stack.append((e, m))
        while queue < len(clipped) and clipped[queue][0] == pos:
            s, e, m = clipped[queue]
            first = id(m) not in opened
            opened.add(id(m))
            out.append(_open(m.tag, m.attrs if first else m.cont))
            stack.append((e, m))
            queue += 1
        if i + 1 < len(points):
            out.append(str(escape(text[pos : points[i + 1]])))
    for _, m in reversed(stack):
        out.append(f"</{m.tag}>")
    return Markup("".join(out))


@dataclass
class BodyView:
    """What the article template needs: marked title and paragraphs, and the quote table."""

    title: Markup | None
    paragraphs: list[Markup]
    speakers: dict[str, int] = field(default_factory=dict)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    highlight: tuple[int, int] | None = None
    highlight_text: str | None = None
    highlight_outside: bool = False


def parse_highlight(value: str | None, text_length: int) -> tuple[int, int] | None:
    """'120-180' -> (120, 180) when it is a valid range inside the text, else None."""
    if not value or len(value) > 40:
        return None
    head, sep, tail = value.partition("-")
    if not sep or not head.isdigit() or not tail.isdigit():
        return None
    start, end = int(head), int(tail)
    if 0 <= start < end <= text_length:
        return start, end
    return None


def _tip(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def article_marks(
    article: Article,
    *,
    entity_links: dict[str, str] | None = None,
    highlight: tuple[int, int] | None = None,
) -> tuple[list[Mark], dict[str, int], list[dict[str, Any]]]:
    """Marks for quotes (coloured by speaker), speakers, cues, entities, quantities and `highlight`."""
    entity_links = entity_links or {}
    marks: list[Mark] = []
    speakers: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for index, quote in enumerate(article.quotes):
        who = quote.speaker or "unattributed"
        colour = speakers.setdefault(who, len(speakers) % SPEAKER_COLOURS)
        tip = _tip(f"{quote.kind} quote", f"speaker: {who}", quote.cue and f"cue: {quote.cue}",
                   chain(quote.via))
        cls = f"q q-{quote.kind} sp-{colour}"
        marks.append(Mark(quote.span[0], quote.span[1], "span",
                          (("class", cls), ("id", f"q{index}"), ("tabindex", "0"), ("title", tip),
                           ("data-tip", tip)),
                          (("class", cls), ("title", tip)), depth=2))
        if quote.speaker_span:
            marks.append(Mark(quote.speaker_span[0], quote.speaker_span[1], "span",
                              (("class", f"speaker sp-{colour}"), ("title", f"speaker of quote {index + 1}")),
                              (("class", f"speaker sp-{colour}"),), depth=3))
        if quote.cue_span:
            marks.append(Mark(quote.cue_span[0], quote.cue_span[1], "span",
                              (("class", "cue"), ("title", "reporting cue")), (("class", "cue"),), depth=3))
        rows.append({"index": index, "speaker": who, "colour": colour, "kind": quote.kind,
                     "cue": quote.cue, "via": quote.via, "text": quote.text, "span": quote.span})
    taken: list[tuple[int, int]] = []
    for entity in article.entities:
        tip = _tip(entity.type, entity.name, entity.aliases and "also: " + ", ".join(entity.aliases))
        href = entity_links.get(entity.id)
        for s, e in sorted(entity.mentions):
            # Two links must never nest: skip a mention that overlaps one already marked.
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            cls = f"ent ent-{entity.type}"
            if href:
                marks.append(Mark(s, e, "a", (("class", cls), ("href", href), ("title", tip)),
                                  (("class", cls), ("href", href), ("title", tip)), depth=4))
            else:
                marks.append(Mark(s, e, "span", (("class", cls), ("title", tip)),
                                  (("class", cls), ("title", tip)), depth=4))
    for quantity in article.quantities:
        value = number(quantity.value)
        if quantity.upper is not None:
            value += f"–{number(quantity.upper)}"
        tip = _tip(f"{'≈ ' if quantity.approx else ''}{value} {quantity.unit or ''}".strip(),
                   quantity.category)
        cls = f"qty qty-{quantity.category}"
        marks.append(Mark(quantity.span[0], quantity.span[1], "span",
                          (("class", cls), ("tabindex", "0"), ("title", tip), ("data-tip", tip)),
                          (("class", cls), ("title", tip)), depth=4))
    if highlight:
        marks.append(Mark(highlight[0], highlight[1], "mark",
                          (("class", "hl"), ("id", HL_ID), ("tabindex", "-1")), (("class", "hl"),), depth=0))
    return marks, speakers, rows


def article_body(
    article: Article,
    *,
    highlight: tuple[int, int] | None = None,
    entity_links: dict[str, str] | None = None,
) -> BodyView:
    """Builds the marked title and paragraphs of `article`."""
    text = article.text or ""
    marks, speakers, rows = article_marks(article, entity_links=entity_links, highlight=highlight)
    spans = list(article.paragraph_spans)
    opened: set[int] = set()
    title = None
    if article.title_span and article.title_span[1] <= len(text):
        title = render_marked(text, article.title_span[0], article.title_span[1], marks, opened)
    elif article.title:
        title = Markup(escape(article.title))
    if len(spans) != len(article.paragraphs) or any(e > len(text) for _, e in spans):
        paragraphs = [Markup(escape(p)) for p in article.paragraphs]
    else:
        paragraphs = [render_marked(text, s, e, marks, opened) for s, e in spans]
    view = BodyView(title=title, paragraphs=paragraphs, speakers=speakers, quotes=rows, highlight=highlight)
    if highlight:
        view.highlight_text = text[highlight[0] : highlight[1]]
        inside = [*spans, *([article.title_span] if article.title_span else [])]
        view.highlight_outside = not any(s < highlight[1] and highlight[0] < e for s, e in inside)
    return view
