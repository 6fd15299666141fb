"""Store: idempotent writes, near-duplicate links, reads, search, lifecycle — on every backend."""

from __future__ import annotations

import pytest

from warta.errors import StoreClosedError
from warta.store.db import Store, resolve_url

PAGES = [
    ("a.txt", "Banjir bandang melanda Sigi", ["Banjir bandang melanda Kabupaten Sigi pada Senin malam.",
                                               "Tujuh orang meninggal dunia dan empat warga hilang."], "id", "2024-11-12"),
    ("b.txt", "Central bank cuts rates again", ["The Bank of Korea cut its policy rate to 3.00% on Thursday.",
                                                 "Growth is expected to slow next year, the bank said."], "en", "2024-11-28"),
]


@pytest.fixture
def two(make_article):
    return [make_article(src, title, paras, lang=lang, published=day, outlet=f"Outlet {src[0]}",
                         entities=[("Sigi", "GPE", [])] if lang == "id" else [("Bank of Korea", "ORG", ["BOK"])])
            for src, title, paras, lang, day in PAGES]


def test_add_articles_is_idempotent(fresh_store, two):
    first = fresh_store.add_articles(two)
    again = fresh_store.add_articles(two)
    assert (first.ingested, first.duplicates) == (2, 0)
    assert (again.ingested, again.duplicates) == (0, 2)
    assert fresh_store.count_articles() == 2


def test_duplicate_within_one_batch_counts_once(fresh_store, two):
    report = fresh_store.add_articles([two[0], two[0], two[1]])
    assert (report.ingested, report.duplicates) == (2, 1)


def test_get_article_returns_the_full_record(fresh_store, two):
    (aid, _) = fresh_store.add_articles(two).article_ids
    detail = fresh_store.get_article(aid)
    assert detail.record == two[0]
    assert (detail.title, detail.language, detail.published) == (two[0].title, "id", "2024-11-12")
    assert fresh_store.get_article(999_999) is None


LONG = ["Banjir bandang melanda Kabupaten Sigi, Sulawesi Tengah, pada Senin malam setelah hujan deras mengguyur "
        "wilayah itu selama lebih dari enam jam tanpa henti.",
        "Badan Nasional Penanggulangan Bencana melaporkan tujuh orang meninggal dunia, empat warga masih hilang, "
        "dan ratusan rumah terendam lumpur di tiga kecamatan.",
        "Tim gabungan masih menyisir aliran sungai untuk mencari korban yang hilang, kata petugas di lokasi."]


def test_near_duplicate_is_linked_to_its_original(fresh_store, make_article, two):
    original_article = make_article("orig.txt", "Banjir bandang di Sigi", LONG, outlet="Outlet o")
    fresh_store.add_articles([*two, original_article])
    copy = make_article("copy.txt", "Banjir bandang di Sigi", [*LONG, "Sumber: Outlet o."], published="2024-11-13")
    report = fresh_store.add_articles([copy])
    assert report.near_duplicates == 1
    detail = fresh_store.get_article(report.article_ids[0])
    original = fresh_store.list_articles(outlet="Outlet o").items[0]
    assert detail.near_duplicate_of == original.id
    assert fresh_store.get_article(original.id).duplicates == [detail.id]


def test_list_articles_filters_and_pages(fresh_store, two):
    fresh_store.add_articles(two)
    assert fresh_store.list_articles().total == 2
    assert [a.source for a in fresh_store.list_articles(lang="en").items] == ["b.txt"]
    assert [a.source for a in fresh_store.list_articles(since="2024-11-20").items] == ["b.txt"]
    assert [a.source for a in fresh_store.list_articles(until="2024-11-20").items] == ["a.txt"]
    assert [a.source for a in fresh_store.list_articles(q="banjir").items] == ["a.txt"]
    page2 = fresh_store.list_articles(page=2, per_page=1)
    assert (page2.total, len(page2.items), page2.page) == (2, 1, 2)


def test_search_returns_snippets(fresh_store, two):
    fresh_store.add_articles(two)
    (hit,) = fresh_store.search("policy rate")
    assert hit.source == "b.txt"
    assert "«" in hit.snippet and "rate" in hit.snippet.lower()
    assert fresh_store.search("tidakada") == []


@pytest.mark.parametrize("query", ["'; DROP TABLE articles; --", 'rate" OR 1=1', "NEAR(", "a:b*"])
def test_search_binds_hostile_queries(fresh_store, two, query):
    from warta.errors import QuerySyntaxError

    fresh_store.add_articles(two)
    try:
        fresh_store.search(query)
    except QuerySyntaxError as exc:  # the unclosed quote: a clear error, never SQL or FTS syntax
        assert "quote" in str(exc) and exc.hint
    fresh_store.list_claims(about=query)
    assert fresh_store.find_entity(query) is None
    assert fresh_store.count_articles() == 2


def test_close_is_safe_twice_and_closed_store_raises(fresh_store, two):
    fresh_store.close()
    fresh_store.close()
    with pytest.raises(StoreClosedError):
        fresh_store.add_articles(two)
    with pytest.raises(StoreClosedError):
        fresh_store.list_stories()


def test_entity_found_by_any_alias_across_languages(fresh_store, make_article):
    ents_id = [("Korea Utara", "GPE", ["Korut"])]
    ents_en = [("North Korea", "GPE", ["Pyongyang"])]
    fresh_store.add_articles([
        make_article("id.txt", "Korut kirim pasukan", ["Korea Utara mengirim pasukan. Korut membantah."], entities=ents_id),
        make_article("en.txt", "North Korea sends troops", ["North Korea sent troops, Pyongyang denied."], lang="en",
                     entities=ents_en)])
    for name in ("Korut", "North Korea", "DPRK", "korea utara"):
        detail = fresh_store.find_entity(name)
        assert detail is not None and detail.name == "North Korea", name
        assert {a.alias for a in detail.aliases} >= {"Korea Utara", "Korut", "North Korea", "Pyongyang"}
        assert {a.language for a in detail.aliases} == {"id", "en"}
        assert len(detail.articles) == 2


def test_reopening_a_file_store_keeps_data_and_schema(tmp_path, two):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    with Store(url) as s:
        s.add_articles(two)
    with Store(url) as s:
        assert s.count_articles() == 2
        assert s.add_articles(two).duplicates == 2


def test_url_resolution(monkeypatch):
    monkeypatch.delenv("WARTA_DB", raising=False)
    assert resolve_url(None) == "sqlite:///warta.db"
    monkeypatch.setenv("WARTA_DB", "sqlite:///x.db")
    assert resolve_url(None) == "sqlite:///x.db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_store_package_reexports_store_and_views():
    import warta.store as pkg
    from warta.store import ArticleDetail, ConflictView, Page
    from warta.store import Store as PkgStore

    assert PkgStore is Store
    assert ConflictView.__name__ == "ConflictView" and ArticleDetail.__name__ == "ArticleDetail" and Page
    assert set(pkg.__all__) >= {"Store", "ArticleDetail", "ConflictView", "StoryDetail", "ClaimView", "Page"}


def test_article_detail_maps_local_entities_and_names_its_story(fresh_store, two):
    aid, _ = fresh_store.add_articles(two).article_ids
    detail = fresh_store.get_article(aid)
    assert detail.story_title is None  # no story before rebuild_corpus
    (local,) = detail.record.entities
    assert set(detail.entity_ids) == {local.id}
    assert fresh_store.get_entity(detail.entity_ids[local.id]).name == "Sigi"
    fresh_store.rebuild_corpus()
    detail = fresh_store.get_article(aid)
    assert detail.story_id is not None and detail.story_title == two[0].title
