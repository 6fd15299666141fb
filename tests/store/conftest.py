"""fresh_store over in-memory SQLite, a SQLite file, and PostgreSQL when WARTA_TEST_PG_URL is set;
plus `make_article`, which builds an Article by hand with exact spans."""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest

from warta.models import Article, Claim, Entity, Quantity, Quote

PG_URL = os.environ.get("WARTA_TEST_PG_URL")
BACKENDS = ["sqlite-memory", "sqlite-file"] + (["postgresql"] if PG_URL else [])


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def build_article(source: str, title: str, paragraphs: list[str], *, lang: str = "id",
                  published: str | None = None, outlet: str | None = None,
                  entities: list[tuple[str, str, list[str]]] = (),
                  quantities: list[tuple[str, float, str, str]] = (),
                  quotes: list[dict] = (), claims: list[dict] = ()) -> Article:
    """An Article with spans found in its text: entities (name, type, aliases), quantities
    (text, value, unit, category), quotes and claims as dicts (claims give `evidence`)."""
    text = title + "\n" + "\n".join(paragraphs)
    spans, pos = [], len(title) + 1
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    ents = []
    for i, (name, etype, aliases) in enumerate(entities):
        ments = [_span(text, f) for f in [name, *aliases] if f in text]
        ents.append(Entity(id=f"e{i}", name=name, type=etype, aliases=list(aliases), mentions=ments))
    quants = [Quantity(text=t, value=v, unit=u, category=c, span=_span(text, t)) for t, v, u, c in quantities]
    qs = [Quote(kind=q.get("kind", "indirect"), text=q["text"], span=_span(text, q["text"]),
                speaker=q.get("speaker"), cue=q.get("cue"), via=q.get("via", [])) for q in quotes]
    cl = [Claim(source=c.get("source"), via=c.get("via", []), subject=c.get("subject"), predicate=c["predicate"],
                object=c.get("object"), value=c.get("value"), unit=c.get("unit"), stance=c.get("stance", "asserts"),
                evidence=c["evidence"], evidence_span=_span(text, c["evidence"])) for c in claims]
    return Article(id=hashlib.sha1(text.encode()).hexdigest()[:16], source=source, language=lang, title=title,
                   published=published, outlet=outlet, paragraphs=paragraphs, paragraph_spans=spans,
                   entities=ents, quantities=quants, quotes=qs, claims=cl, text=text)


@pytest.fixture
def make_article():
    return build_article


def open_backend(kind: str, tmp_path):
    """(store, cleanup) for one backend; PostgreSQL gets a schema of its own per test."""
    from warta.store.db import Store

    if kind == "sqlite-memory":
        return Store("sqlite://"), lambda: None
    if kind == "sqlite-file":
        return Store(f"sqlite:///{tmp_path / 'warta.db'}"), lambda: None
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    store = Store(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")

    def cleanup():
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return store, cleanup


@pytest.fixture(params=BACKENDS)
def fresh_store(request, tmp_path):
    store, cleanup = open_backend(request.param, tmp_path)
    try:
        yield store
    finally:
        store.close()
        cleanup()
