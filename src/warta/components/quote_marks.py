"""Quotation-mark pairing for the quote finder: which marks open and close a quoted span.

Straight and curly double marks, single marks that are not apostrophes, guillemets; a quote left
open at a paragraph's end runs on into the next paragraph (`Mark.closed` is False).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
QUOTE_CHARS = "“”\"‘’'«»„`"
MARK_CHAR = re.compile("[“\"‘'«„`]")


@dataclass(slots=True)
class Mark:
    """A quoted span in a paragraph: `open` is the opening mark, `close` the closing one (or the
    paragraph end when the quote runs on into the next paragraph)."""

    open: int
    close: int
    closed: bool


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Pair quotation marks in text[start:end] (one paragraph)."""
    out: list[Mark] = []
    i = start
    while i < end:
        x = MARK_CHAR.search(text, i, end)
        if x is None:
            break
        i = x.start()
        c = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if c == "`" and nxt == "`":
            # typewriter quotes (``…''), as in text converted from LaTeX or old wire copy
            j = text.find("''", i + 2, end)
            out.append(Mark(i + 1, j if j != -1 else end, j != -1))
            i = (j + 2) if j != -1 else end
            continue
        if c in OPEN_DOUBLE or (c == '"' and not _is_word(prev) and not nxt.isspace()):
            j = i + 1
            while j < end and text[j] not in CLOSE_DOUBLE and text[j] != '"':
                j += 1
            out.append(Mark(i, j, j < end))
            i = j + 1
            continue
        if (c == "‘" or c == "'") and not _is_word(prev) and _is_word(nxt):
            j = i + 1
            while j < end:
                if text[j] in "’'" and not _is_word(text[j + 1] if j + 1 < end else " "):
                    break
                j += 1
            if j < end or c == "‘":
                out.append(Mark(i, j, j < end))
                i = j + 1
                continue
        i += 1
    return out


SINGLE_MARKS = "'‘’‚`"  # single quotation marks: as often a title or term as a quotation
ATTRIBUTION_PUNCT = tuple(",.!?…;:")


def is_bare_title(text: str, mk: Mark) -> bool:
    """A closed single-quoted span with no punctuation at its end, inside the mark or right after
    it: a title or term in a noun phrase ("bintang film ‘Men in Black’ mengunggah …"); a quotation
    set before its attribution ends with a comma or stop ("‘…,’ ujarnya")."""
    if not mk.closed or text[mk.open] not in SINGLE_MARKS:
        return False
    return text[mk.close - 1:mk.close] not in ATTRIBUTION_PUNCT \
        and text[mk.close + 1:mk.close + 2] not in ATTRIBUTION_PUNCT


def bare_titles(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The (start, end) of the words of every bare single-quoted title in the text's lines."""
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if "'" in line or "‘" in line or "`" in line:
            out.extend((mk.open + 1, mk.close) for mk in find_marks(text, s, e) if is_bare_title(text, mk))
    return out

