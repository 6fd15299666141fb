"""Bidi controls in scraped text (U+202E RIGHT-TO-LEFT OVERRIDE and kin) never reach a page raw."""

from __future__ import annotations

from fastapi.testclient import TestClient

from warta.api.app import create_app
from warta.models import Article
from warta.store.db import Store
from warta.web import neutralise_bidi

RLO, PDF, RLI = "\u202e", "\u202c", "\u2067"


def test_controls_are_dropped_from_text_and_markup():
    from markupsafe import Markup

    assert neutralise_bidi(f"invoice{RLO}fdp.exe{PDF}") == "invoicefdp.exe"
    out = neutralise_bidi(Markup(f"<b>{RLI}x</b>"))
    assert isinstance(out, Markup) and str(out) == "<b>x</b>"
    assert neutralise_bidi("سلام \u200f ok") == "سلام \u200f ok"  # marks and RTL letters stay
    assert neutralise_bidi(3) == 3


def test_override_in_a_stored_article_is_neutralised_on_its_pages():
    title = f"Laporan {RLO}gnitooS{PDF} di Palu"
    body = f"Warga Palu menulis {RLO}kaboom{PDF} di dinding balai desa pada Senin pagi."
    text = f"{title}\n{body}"
    art = Article(id="bidi0000000001", source=f"bidi{RLO}.txt", language="id", title=title, paragraphs=[body],
                  paragraph_spans=[(len(title) + 1, len(text))], text=text)
    with Store("sqlite://") as store:
        (aid,) = store.ingest([art]).article_ids
        with TestClient(create_app(store=store)) as c:
            for path in (f"/articles/{aid}", "/articles", "/"):
                html = c.get(path).text
                assert "gnitooS" in html or path == "/", path
                assert RLO not in html and PDF not in html, path
            css = c.get("/static/warta.css").text
            assert "unicode-bidi: isolate" in css
            # the JSON record stays verbatim: it is data, not a page
            assert RLO in c.get(f"/api/articles/{aid}").json()["title"]
