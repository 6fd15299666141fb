"""RawPage → Article: the single-article pipeline, and the only place that builds pydantic models.

Stages, in the order the data flows:
    decode (io.decode) → HTML to text (page.html) → page structure (page.structure)
    → language (lang.detect) → masked text → spaCy pipeline (nlp.pipeline) → Article
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from warta.budget import checkpoint, excluded, page_budget
from warta.corpus.claims import annotate as annotate_claims
from warta.errors import EmptyInputError, NoArticleError, WartaError, bounded
from warta.io.decode import decode_bytes
from warta.io.readers import RawPage, ReadFailure, read_pages, sniff_format
from warta.lang import get_resources
from warta.lang.detect import detect_language
from warta.models import (
    Article,
    Claim,
    Dateline,
    Entity,
    ExtractError,
    Quantity,
    Quote,
    RemovedLine,
)
from warta.nlp.pipeline import get_nlp
from warta.options import ExtractOptions, check_lang, load_options
from warta.page.html import html_to_page
from warta.page.structure import PageStructure, parse_structure

Result = Article | ExtractError
LANGUAGE_SAMPLE_CHARS = 600
MAX_PARAGRAPH_CHARS = 10_000
_NOT_NEWLINE_RE = re.compile(r"[^\n]")
# a sentence end: its punctuation and closing marks, then the blanks before the next sentence
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’»)\]]*(\s+)(?=\S)")


def extract(
    text_or_html: str | bytes,
    *,
    lang: str = "auto",
    source: str | None = None,
    options: ExtractOptions | None = None,
) -> Article:
    """Extract one article from a raw news page.

    Args:
        text_or_html: the page as scraped text or HTML; bytes are decoded (BOMs, legacy encodings).
        lang: "auto" to identify the language, or a code such as "id" or "en".
        source: where the page came from (a path or URL), carried into the record.
        options: extraction options; defaults from `defaults.toml` and WARTA_* variables.

    Raises:
        InputError: empty, binary or oversized input, or markup with no article in it.
        UnsupportedLanguageError: `lang` is neither "auto" nor a supported language code.
    """
    options = options or load_options()
    if lang != "auto":
        options = replace(options, lang=check_lang(lang))  # the argument wins over configured defaults
    encoding = None
    if isinstance(text_or_html, bytes):
        decoded = decode_bytes(text_or_html, max_bytes=options.max_bytes)
        text, encoding = decoded.text, decoded.encoding
    else:
        text = text_or_html.replace("\r\n", "\n").replace("\r", "\n")
    page = RawPage(source=source, data=text, format=sniff_format(text), encoding=encoding)
    return extract_page(page, options)


def extract_page(page: RawPage, options: ExtractOptions) -> Article:
    """Run every stage over one decoded page, within the options' per-page time and memory budget.

    Raises:
        InputError: the page has no article in it, or it went over budget (BudgetExceededError).
    """
    with page_budget(options.time_budget_s, options.memory_budget_mb):
        return _extract_page(page, options)


def _extract_page(page: RawPage, options: ExtractOptions) -> Article:
    if not page.data.strip():
        raise EmptyInputError("the page has no text")
    hints = None
    text = page.data
    if page.format == "html":
        hints = html_to_page(page.data, url=page.url)
        text = hints.text
        checkpoint()
    structure = parse_structure(text, hints=hints, min_body_ratio=options.min_body_ratio)
    paragraphs, breaks = bound_paragraphs(text, structure.paragraphs)
    if breaks:
        structure = replace(structure, paragraphs=paragraphs)
    if not structure.paragraphs:
        what = "markup" if page.format == "html" else "page"
        raise NoArticleError(f"no article body found in the {what} (only headline or site chrome)")
    warnings = list(structure.warnings)
    checkpoint()

    body_text = "\n".join(text[s:e] for s, e in structure.paragraphs)
    lang, confidence = _language(structure, body_text, options)
    if get_resources(lang) is None:
        warnings.append(f"language '{lang}' is not supported: structure only, no language analysis")

    doc = None
    if options.analyze and structure.paragraphs:
        doc = annotate(text, structure, lang, outlet=page.outlet, breaks=breaks, options=options)

    return build_article(
        page, text, structure, doc, lang=lang, confidence=confidence, warnings=warnings, options=options
    )


def annotate(text: str, structure: PageStructure, lang: str, *, outlet: str | None = None,
             breaks: Iterable[int] = (), options: ExtractOptions | None = None):
    """Run the language's spaCy pipeline over the headline and body (other text blanked); the
    `breaks` (blanks between the pieces of a split paragraph) become newlines in the doc text."""
    keep = ([structure.title_span] if structure.title_span else []) + list(structure.paragraphs)
    ner = options.ner if options is not None else load_options().ner
    with excluded():  # built once per process: not this page's cost
        nlp = get_nlp(lang if get_resources(lang) else "xx", ner)
    masked = mask_text(text, keep)
    if breaks:
        pieces, pos = [], 0
        for k in breaks:
            pieces += (masked[pos:k], "\n")
            pos = k + 1
        masked = "".join(pieces) + masked[pos:]
    doc = nlp.make_doc(masked)
    doc.user_data["warta_text"] = (len(doc), masked)  # what doc_text() would rebuild from tokens
    doc._.warta_title_span = structure.title_span
    doc._.warta_body_start = structure.paragraphs[0][0] if structure.paragraphs else len(text)
    doc._.warta_outlet = structure.dateline_outlet or structure.outlet or outlet
    for _name, proc in nlp.pipeline:
        checkpoint()
        doc = proc(doc)
    checkpoint()
    return doc


def mask_text(text: str, keep: Iterable[tuple[int, int]]) -> str:
    """Blank every character outside `keep` with a space, keeping newlines, so the result has
    the same length and offsets as `text`. Each kept span is put on its own line."""
    merged: list[list[int]] = []
    for start, end in sorted((s, min(e, len(text))) for s, e in keep if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, pos = [], 0  # pieces, not a list of characters: a 15 MB page made a 15-million-item list
    for start, end in merged:
        parts += (_NOT_NEWLINE_RE.sub(" ", text[pos:start]), text[start:end])
        pos = end
    parts.append(_NOT_NEWLINE_RE.sub(" ", text[pos:]))
    return "".join(parts)


def bound_paragraphs(text: str, paragraphs: list[tuple[int, int]],
                     limit: int = MAX_PARAGRAPH_CHARS) -> tuple[list[tuple[int, int]], list[int]]:
    """Paragraphs longer than `limit` characters split at sentence ends (else at a space) into
    pieces of at most `limit`, and the offsets of the blanks between the pieces. The components
    work paragraph by paragraph, some in time quadratic in a paragraph's length; news paragraphs
    stay far below the limit (the longest line of 2,000 real articles: 3,218 characters), so only
    run-together pages (a whole crawl on one line) are split."""
    if all(e - s <= limit for s, e in paragraphs):
        return paragraphs, []
    out: list[tuple[int, int]] = []
    breaks: list[int] = []
    for s, e in paragraphs:
        while e - s > limit:
            lo, hi = s + limit // 2, s + limit
            cut = _sentence_end(text, s, lo, hi)
            if cut is not None:
                end, nxt = cut.start(1), cut.end()
            else:
                k = text.rfind(" ", lo, hi)
                end, nxt = (k, k + 1) if k > s else (hi, hi)  # no blank at all: a hard cut
            out.append((s, end))
            if nxt > end:
                breaks.append(end)
            s = nxt
        out.append((s, e))
    return out, breaks


def _sentence_end(text: str, s: int, lo: int, hi: int) -> re.Match | None:
    """The last sentence end in [lo, hi) outside quotation marks counted from `s` (else the last
    one), so that a split does not cut a quotation from its attribution."""
    last = last_closed = None
    opened, straight, pos = 0, 0, s
    for m in _SENTENCE_END_RE.finditer(text, lo, hi):
        part = text[pos:m.start(1)]
        opened += part.count("“") - part.count("”")
        straight += part.count('"')
        pos = m.start(1)
        last = m
        if opened <= 0 and straight % 2 == 0:
            last_closed = m
    return last_closed or last


def _language(structure: PageStructure, body_text: str, options: ExtractOptions) -> tuple[str, float | None]:
    if options.lang and options.lang != "auto":
        return options.lang, None
    # The headline and the first paragraphs decide it; reading the whole page costs time, not accuracy.
    sample = ((structure.title or "") + "\n" + body_text[:LANGUAGE_SAMPLE_CHARS]).strip()
    return detect_language(sample)


def content_id(text: str) -> str:
    """Stable article id: a hash of the decoded text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def build_article(
    page: RawPage,
    text: str,
    structure: PageStructure,
    doc,
    *,
    lang: str,
    confidence: float | None,
    warnings: list[str],
    options: ExtractOptions,
) -> Article:
    """Assemble the public record from the structure and the annotated doc."""
    entities, quotes, quantities, claims = [], [], [], []
    if doc is not None:
        entities = [
            Entity(
                id=c.id,
                name=c.name,
                type=c.type,
                aliases=c.aliases(),
                mentions=[(m.start, m.end) for m in c.mentions],
            )
            for c in (doc._.warta_entities or [])
        ]
        quotes = [
            Quote(
                kind=q.kind,
                text=q.text,
                span=(q.start, q.end),
                speaker=q.speaker,
                speaker_id=q.speaker_id,
                speaker_span=_pair(q.speaker_start, q.speaker_end),
                cue=q.cue,
                cue_span=_pair(q.cue_start, q.cue_end),
                via=list(q.via),
            )
            for q in (doc._.warta_quotes or [])
        ]
        quantities = [
            Quantity(
                text=q.text,
                value=q.value,
                unit=q.unit,
                category=q.category,
                approx=q.approx,
                upper=q.upper,
                span=(q.start, q.end),
            )
            for q in (doc._.warta_quantities or [])
        ]
        claims = [
            Claim(
                source=c.source,
                via=list(c.via),
                subject=c.subject,
                predicate=c.predicate,
                object=c.object,
                value=c.value,
                unit=c.unit,
                quantities=list(c.quantities),
                stance=c.stance,
                hedged=c.hedged,
                evidence=c.evidence,
                evidence_span=(c.evidence_start, c.evidence_end),
                quote=c.quote,
            )
            for c in (doc._.warta_claims or [])
        ]
    removed = [RemovedLine(text=r.text, reason=r.reason, span=(r.start, r.end)) for r in structure.removed]
    dateline_span = structure.dateline_span
    article = Article(
        id=content_id(text),
        source=page.source,
        language=lang,
        language_confidence=None if confidence is None else round(float(confidence), 4),
        input_format=page.format,
        encoding=page.encoding,
        title=structure.title or page.title,
        title_span=structure.title_span,
        dateline=Dateline(
            place=structure.dateline_place, outlet=structure.dateline_outlet, span=dateline_span
        ),
        published=structure.published or page.published,
        author=structure.author,
        editor=structure.editor,
        outlet=structure.outlet or structure.dateline_outlet or page.outlet,
        url=page.url,
        tags=list(structure.tags),
        paragraphs=[text[s:e] for s, e in structure.paragraphs],
        paragraph_spans=list(structure.paragraphs),
        boilerplate=[r.text for r in structure.removed],
        removed=removed,
        entities=entities,
        quotes=quotes,
        quantities=quantities,
        claims=claims,
        warnings=warnings,
        text=text if options.include_text else "",
    )
    return annotate_claims(article, text)  # the measure questions each claim's figures answer


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def extract_pages(pages: Iterable[RawPage | ReadFailure], options: ExtractOptions) -> Iterator[Result]:
    """Extract every page; a page that fails becomes an ExtractError record, never a crash."""
    for page in pages:
        if isinstance(page, ReadFailure):
            yield error_record(page.source, page.error)
            continue
        try:
            yield extract_page(page, options)
        except WartaError as exc:
            yield error_record(page.source, exc)
        except Exception as exc:  # a bug on one page must not lose the batch
            yield error_record(page.source, exc)


def extract_paths(specs: Iterable[str], options: ExtractOptions | None = None) -> Iterator[Result]:
    """Extract every page named by paths, directories, globs or '-' (stdin)."""
    options = options or load_options()
    yield from extract_pages(read_pages(specs, max_bytes=options.max_bytes), options)


def failure_reason(source: str | None, exc: BaseException) -> str:
    """One bounded line saying why a page failed, without repeating its source (the record or
    the skip line names it already); an unexpected exception is called an internal error."""
    message = str(exc) or type(exc).__name__
    if source and message.startswith(f"{source}: "):
        message = message[len(source) + 2 :]
    if not isinstance(exc, WartaError):
        message = f"internal error ({type(exc).__name__}): {message}"
    return bounded(message)


def error_record(source: str | None, exc: BaseException) -> ExtractError:
    return ExtractError(source=source, error=failure_reason(source, exc), error_type=type(exc).__name__)
