"""Full-text search: a small query language compiled for SQLite FTS5 and PostgreSQL tsquery.

Query syntax (the same on both backends; SYNTAX in warta.search_syntax is what users read):
    words           every word must match (case and accents ignored)
    "a phrase"      the words in this order
    a OR b          either side; OR binds tighter than the space: `tentara "pasukan khusus" OR troops`
                    finds tentara AND ("pasukan khusus" OR troops). Lower-case `or` is a word.
    -word, -"a b"   leave out articles with it
    numbers         12.000, 12,000 and 12000 are the same number: a separator followed by exactly
                    three digits groups thousands in either convention; 1,5 and 1.5 both match 1.5
Other punctuation separates words, so parentheses and `AND` change nothing.

Numbers are matched in every written form each backend's tokenizer produces: FTS5 splits
"12.000" into 12 + 000, PostgreSQL keeps it as one lexeme "12.000"; a number term expands to
all of them, so no index has to be rebuilt. A malformed query raises QuerySyntaxError with a hint.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from warta.errors import QuerySyntaxError
from warta.search_syntax import HINT

SNIPPET_OPEN, SNIPPET_CLOSE = "«", "»"
MAX_TERMS = 32
MAX_PHRASE_VARIANTS = 16

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # what FTS5 unicode61 and PostgreSQL call a token
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")  # 12.000 / 1,234,567: one separator kind
_DECIMAL = re.compile(r"\d+[.,]\d+")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$", re.UNICODE)


@dataclass(frozen=True)
class Number:
    """A number as written in a query: integer digit groups, and a fraction when decimal."""

    groups: tuple[str, ...]  # ("12", "000") for 12.000; ("12000",) for 12000
    fraction: str | None = None

    def forms(self, dialect: str) -> list[tuple[str, ...]]:
        """Token sequences this number is indexed as, in every way it may be written."""
        whole = "".join(self.groups)
        if self.fraction is not None:
            if dialect == "postgresql":
                return [(f"{whole}.{self.fraction}",), (whole, self.fraction)]
            return [(whole, self.fraction)]
        grouped = self.groups if len(self.groups) > 1 else _group3(whole)
        out = [(whole,)]
        if len(grouped) > 1:
            out.append(grouped)
            if dialect == "postgresql":  # its parser keeps 12.000 and 3.000.000 as one lexeme
                out.append((".".join(grouped),))
        return out


Piece = tuple[str, ...] | Number  # a run of word tokens, or a number
Phrase = tuple[Piece, ...]


@dataclass(frozen=True)
class Group:
    """Phrases joined by OR; `exclude` for a -term."""

    phrases: tuple[Phrase, ...]
    exclude: bool = False


def _group3(digits: str) -> tuple[str, ...]:
    if len(digits) < 4 or digits.startswith("0"):
        return (digits,)
    head = len(digits) % 3 or 3
    return (digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3)))


def _chunk_pieces(chunk: str) -> list[Piece]:
    """One whitespace-separated chunk: a number, or its word tokens."""
    bare = _EDGE_PUNCT.sub("", chunk)
    if _GROUPED.fullmatch(bare):
        return [Number(tuple(re.split(r"[.,]", bare)))]
    if bare.isdigit():
        return [Number((bare,))]
    if _DECIMAL.fullmatch(bare):
        whole, frac = re.split(r"[.,]", bare)
        return [Number((whole,), frac)]
    tokens = tuple(t.lower() for t in _TOKEN.findall(chunk))
    return [tokens] if tokens else []


def _phrase(words: str) -> Phrase:
    return tuple(p for chunk in words.split() for p in _chunk_pieces(chunk))


def parse_query(q: str) -> list[Group]:
    """The query as AND-ed groups of OR-ed phrases; QuerySyntaxError when it cannot be read."""
    if q.count('"') % 2:
        raise QuerySyntaxError('a quote is not closed: close the phrase with " or drop the quote', hint=HINT)
    items: list[tuple[str, Phrase, bool]] = []  # ("term", phrase, exclude) or ("or", (), False)
    for m in re.finditer(r'(-?)"([^"]*)"|(\S+)', q):
        if m.group(3) is None:
            phrase = _phrase(m.group(2))
            if not phrase:
                raise QuerySyntaxError(f'the phrase "{m.group(2)}" has no words in it', hint=HINT)
            items.append(("term", phrase, bool(m.group(1))))
            continue
        chunk = m.group(3)
        if chunk == "OR":
            items.append(("or", (), False))
        elif chunk in ("AND", "NOT"):
            if chunk == "NOT":
                raise QuerySyntaxError("NOT is written as a minus sign: -word or -\"a phrase\"", hint=HINT)
        else:
            exclude = len(chunk) > 1 and chunk[0] == "-" and chunk[1] != "-"
            phrase = _phrase(chunk[1:] if exclude else chunk)
            if phrase:  # a chunk of punctuation only separates
                items.append(("term", phrase, exclude))
    groups: list[Group] = []
    pending_or = False
    for kind, phrase, exclude in items:
        if kind == "or":
            if not groups or pending_or:
                raise QuerySyntaxError("OR needs a word or phrase on each side", hint=HINT)
            pending_or = True
            continue
        if pending_or:
            last = groups[-1]
            if exclude or last.exclude:
                raise QuerySyntaxError("a -term cannot be one side of OR", hint=HINT)
            groups[-1] = Group(last.phrases + (phrase,))
            pending_or = False
        else:
            groups.append(Group((phrase,), exclude))
    if pending_or:
        raise QuerySyntaxError("OR needs a word or phrase on each side", hint=HINT)
    if not groups:
        raise QuerySyntaxError("the query has no words or numbers to search for", hint=HINT)
    if all(g.exclude for g in groups):
        raise QuerySyntaxError("the query only leaves things out: add a word to find", hint=HINT)
    if sum(len(g.phrases) for g in groups) > MAX_TERMS:
        raise QuerySyntaxError(f"the query has more than {MAX_TERMS} terms", hint=HINT)
    return groups


def _variants(phrase: Phrase, dialect: str) -> list[tuple[str, ...]]:
    """Every token sequence a phrase may be indexed as (numbers in each written form)."""
    options = [p.forms(dialect) if isinstance(p, Number) else [p] for p in phrase]
    out = []
    for combo in itertools.islice(itertools.product(*options), MAX_PHRASE_VARIANTS):
        out.append(tuple(tok for part in combo for tok in part))
    return out


def to_fts5(groups: list[Group]) -> str:
    """An FTS5 MATCH expression; every token is quoted, so user text is never FTS5 syntax."""
    def phrase(p: Phrase) -> str:
        return " OR ".join('"' + " ".join(v) + '"' for v in _variants(p, "sqlite"))

    def group(g: Group) -> str:
        return "(" + " OR ".join(phrase(p) for p in g.phrases) + ")"

    keep = " AND ".join(group(g) for g in groups if not g.exclude)
    return keep + "".join(f" NOT {group(g)}" for g in groups if g.exclude)


def to_tsquery(groups: list[Group]) -> str:
    """A PostgreSQL tsquery literal over the 'simple' configuration's lexemes (lower case, as parsed)."""
    def lexeme(tok: str) -> str:
        return "'" + tok.replace("'", "''").replace("\\", "\\\\") + "'"

    def piece(p: Piece) -> str:
        alts = p.forms("postgresql") if isinstance(p, Number) else [p]
        parts = [" <-> ".join(lexeme(t) for t in alt) for alt in alts]
        return parts[0] if len(parts) == 1 else "(" + " | ".join(f"({x})" for x in parts) + ")"

    def phrase(p: Phrase) -> str:
        return "(" + " <-> ".join(piece(x) for x in p) + ")"

    def group(g: Group) -> str:
        return ("!" if g.exclude else "") + "(" + " | ".join(phrase(p) for p in g.phrases) + ")"

    return " & ".join(group(g) for g in groups)


_SQLITE_HITS = (
    "SELECT f.rowid AS id, snippet(articles_fts, 1, :o, :c, '…', 16) AS snip, "
    "bm25(articles_fts, 5.0, 1.0) AS score, a.title, a.source, a.outlet, a.published, a.language "
    "FROM articles_fts f JOIN articles a ON a.id = f.rowid "
    "WHERE articles_fts MATCH :q ORDER BY score, a.id LIMIT :n OFFSET :off"
)
_SQLITE_COUNT = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"
_PG_HITS = (
    "WITH q AS (SELECT CAST(:q AS tsquery) AS query), "
    "hits AS (SELECT a.id, a.title, a.body, a.source, a.outlet, a.published, a.language, "
    "ts_rank(a.search_vector, q.query) AS score FROM articles a, q "
    "WHERE a.search_vector @@ q.query ORDER BY score DESC, a.id LIMIT :n OFFSET :off) "
    "SELECT hits.id, hits.title, hits.source, hits.outlet, hits.published, hits.language, hits.score, "
    "ts_headline('simple', hits.body, q.query, :opts) AS snip FROM hits, q ORDER BY hits.score DESC, hits.id"
)
_PG_COUNT = "SELECT count(*) FROM articles a WHERE a.search_vector @@ CAST(:q AS tsquery)"


def run_search(conn, dialect: str, q: str, *, limit: int, offset: int = 0,
               count: bool = False) -> tuple[list[dict], int | None]:
    """(rows best first, total matches when `count`) for query `q` on an open connection."""
    from sqlalchemy import text

    groups = parse_query(q or "")
    if dialect == "sqlite":
        params = {"q": to_fts5(groups), "n": limit, "off": offset, "o": SNIPPET_OPEN, "c": SNIPPET_CLOSE}
        rows = conn.execute(text(_SQLITE_HITS), params).mappings().all()
        total = conn.execute(text(_SQLITE_COUNT), {"q": params["q"]}).scalar_one() if count else None
        # bm25 is lower for better matches; report higher-is-better like ts_rank
        return [{**r, "score": -r["score"]} for r in rows], total
    params = {"q": to_tsquery(groups), "n": limit, "off": offset,
              "opts": f"StartSel={SNIPPET_OPEN}, StopSel={SNIPPET_CLOSE}, MaxWords=24, MinWords=10"}
    rows = conn.execute(text(_PG_HITS), params).mappings().all()
    total = conn.execute(text(_PG_COUNT), {"q": params["q"]}).scalar_one() if count else None
    return [dict(r) for r in rows], total
