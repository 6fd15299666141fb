"""Article versions: new content under a known URL/source is a new version, not another article."""

from __future__ import annotations

import sqlalchemy as sa

from warta.store.db import Store

URL = "https://warta.example/palu-banjir"
PARAS = ["Banjir bandang melanda Kota Palu pada Senin pagi setelah hujan deras turun sejak Minggu malam.",
         "Kepala BPBD Palu Andi Saputra mengatakan sebanyak {n} warga mengungsi ke tempat yang lebih aman.",
         "Petugas masih mendata kerugian akibat banjir itu di sejumlah kelurahan, kata dia kepada wartawan."]


def _version(make_article, n: str, value: float, *, url=URL, outlet="Warta", source=None):
    paras = [p.format(n=n) for p in PARAS] + ([f"Artikel ini tayang di {outlet}."] if outlet != "Warta" else [])
    art = make_article(source or url, f"Banjir Landa Palu, {n} Warga Mengungsi", paras, outlet=outlet,
                       published="2024-11-12", entities=[("Andi Saputra", "PERSON", []), ("Palu", "GPE", [])],
                       quantities=[(f"{n} warga", value, "warga", "count")],
                       claims=[{"source": "Andi Saputra", "subject": "warga", "predicate": "evacuated", "value": value,
                                "unit": "warga", "evidence": f"sebanyak {n} warga mengungsi"}])
    return art.model_copy(update={"url": url})


def test_reingested_page_becomes_a_new_version(fresh_store, make_article):
    reports = [fresh_store.ingest([_version(make_article, n, v)])
               for n, v in (("12.000", 12000), ("15.000", 15000), ("19.000", 19000))]
    assert [(r.ingested, r.updated, r.near_duplicates) for r in reports] == [(1, 0, 0), (1, 1, 0), (1, 1, 0)]
    ids = [r.article_ids[0] for r in reports]
    # one article in lists, the current version; the older ones are history, not copies
    listed = fresh_store.list_articles(per_page=50)
    assert [a.id for a in listed.items] == [ids[2]] and listed.items[0].version == 3
    assert [a.id for a in fresh_store.list_articles(history=True).items] == sorted(ids, reverse=True)
    old = fresh_store.get_article(ids[0])
    assert (old.version, old.superseded_by, old.near_duplicate_of, old.story_id) == (1, ids[1], None, None)
    current = fresh_store.get_article(ids[2])
    assert current.superseded_by is None
    assert [(v.id, v.version, v.current) for v in current.versions] == [
        (ids[0], 1, False), (ids[1], 2, False), (ids[2], 3, True)]
    assert [(v.removed_figures, v.added_figures) for v in current.versions] == [
        ([], []), (["12.000 warga"], ["15.000 warga"]), (["15.000 warga"], ["19.000 warga"])]
    assert current.versions[1].title_before == "Banjir Landa Palu, 12.000 Warga Mengungsi"
    # the current version's claims are the current claims, everywhere
    assert [c.value for c in fresh_store.list_claims().items] == [19000]
    stories = fresh_store.list_stories().items
    assert len(stories) == 1 and "12.000" not in (stories[0].title or "")
    story = fresh_store.get_story(stories[0].id)
    assert [a.id for a in story.articles] == [ids[2]]
    assert {c.value for c in story.claims} == {19000}


def test_copies_of_an_old_version_follow_it(fresh_store, make_article):
    first = fresh_store.add_articles([_version(make_article, "12.000", 12000)]).article_ids[0]
    copy = fresh_store.add_articles([_version(make_article, "12.000", 12000, url="https://other.example/palu",
                                              outlet="Other")])
    assert copy.near_duplicates == 1
    newer = fresh_store.add_articles([_version(make_article, "15.000", 15000)]).article_ids[0]
    assert fresh_store.get_article(copy.article_ids[0]).near_duplicate_of == newer
    assert fresh_store.get_article(newer).near_duplicate_of is None
    assert fresh_store.get_article(first).superseded_by == newer


def test_feed_positions_and_unnamed_pages_are_never_versions(fresh_store, make_article):
    a = _version(make_article, "12.000", 12000, url=None, source="feed.jsonl:3")
    b = _version(make_article, "15.000", 15000, url=None, source="feed.jsonl:3")
    c = _version(make_article, "19.000", 19000, url=None, source=None)
    report = fresh_store.add_articles([a, b, c])
    assert (report.ingested, report.updated) == (3, 0)
    assert [v.version for v in fresh_store.list_articles(per_page=50).items] == [1, 1, 1]


def test_upgrade_chains_articles_already_piled_up(tmp_path, make_article):
    """A store written before versions (revision 0001) with three texts under one URL."""
    from alembic import command
    from alembic.config import Config

    import warta.store.db as db

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(db.Path(db.__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        for i, n in enumerate(("12.000", "15.000", "19.000")):
            conn.execute(sa.text("INSERT INTO articles (id, content_hash, source, url, body, record, near_duplicate_of)"
                                 " VALUES (:i, :h, :s, :u, '', :r, :d)"),
                         {"i": i + 1, "h": f"h{i}", "s": URL, "u": URL, "d": 1 if i else None,
                          "r": _version(make_article, n, 1).model_dump_json()})
        conn.execute(sa.text("INSERT INTO articles (id, content_hash, source, body, record) "
                             "VALUES (4, 'h4', 'feed.jsonl:1', '', :r)"),
                     {"r": _version(make_article, "1", 1).model_dump_json()})
    engine.dispose()
    with Store(url) as store:
        rows = [(a.id, a.version, a.superseded_by, a.near_duplicate_of)
                for a in store.list_articles(history=True).items]
        assert sorted(rows) == [(1, 1, 2, None), (2, 2, 3, None), (3, 3, None, None), (4, 1, None, None)]
        assert [v.id for v in store.article_versions(1)] == [1, 2, 3]


def test_tracking_parameters_and_fragments_do_not_make_another_address(fresh_store, make_article):
    from warta.store.versions import address

    assert address("HTTPS://Warta.Example/palu-banjir/?utm_source=topnews&utm_medium=home&id=7#top") == (
        "https://warta.example/palu-banjir?id=7")
    assert address("not a url") == "not a url"
    fresh_store.add_articles([_version(make_article, "12.000", 12000, url=URL + "?utm_source=topnews")])
    report = fresh_store.add_articles([_version(make_article, "15.000", 15000, url=URL + "#comments")])
    assert report.updated == 1
