"""Stories, claims and conflicts over a small two-language corpus, on every store backend."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("_small_corpus", Path(__file__).with_name("small_corpus.py"))
small = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small)


@pytest.fixture
def loaded(fresh_store, make_article):
    arts = small.corpus(make_article)
    report = fresh_store.add_articles(arts.values(), batch_size=3)
    assert (report.ingested, report.near_duplicates) == (7, 1)
    fresh_store.rebuild_corpus()
    by_source = {a.source: a.id for a in fresh_store.list_articles(per_page=100).items}
    return fresh_store, by_source


def _story_sources(store):
    return sorted(sorted(a.source for a in store.story_articles(s.id))
                  for s in store.list_stories(per_page=100).items)


def test_stories_group_the_event_across_languages(loaded):
    store, _ = loaded
    groups = _story_sources(store)
    assert ["en-nk-1.txt", "id-nk-1-copy.txt", "id-nk-1.txt", "id-nk-2.txt"] in groups
    assert ["id-sigi-1.txt", "id-sigi-2.txt"] in groups
    assert ["id-banyumas.txt"] in groups
    nk = next(s for s in store.list_stories(per_page=100).items if s.article_count == 4)
    assert (nk.first, nk.last, nk.languages) == ("2024-10-19", "2024-10-30", ["en", "id"])


def test_numeric_conflict_across_languages_ignores_copies(loaded):
    store, ids = loaded
    numeric = [c for c in store.list_conflicts() if c.kind == "numeric_divergence" and c.language is None]
    troops = next(c for c in numeric if "troops" in c.about_key)
    values = sorted((c.article, c.value) for c in troops.claims)
    # the syndicated copy's 11,000 is not a second voice
    assert values == [("en-nk-1.txt", 10000), ("id-nk-1.txt", 12000), ("id-nk-2.txt", 3000)]
    assert troops.story == store.get_article(ids["id-nk-1.txt"]).story_id


def test_revision_by_one_source_is_not_a_conflict(fresh_store, make_article):
    arts = small.corpus(make_article)
    fresh_store.add_articles([arts["a1"], arts["a2"]])  # NIS 12,000 then NIS 3,000: one source revising
    fresh_store.rebuild_corpus()
    assert [c for c in fresh_store.list_conflicts() if c.kind == "numeric_divergence"] == []


def test_death_toll_conflict_in_the_flood_story(loaded):
    store, ids = loaded
    story = store.get_article(ids["id-sigi-1.txt"]).story_id
    (deaths,) = [c for c in store.list_conflicts(story=story) if c.kind == "numeric_divergence"]
    assert sorted({c.value for c in deaths.claims}) == [7, 9]
    assert {c.source for c in deaths.claims} == {"Badan Nasional Penanggulangan Bencana",
                                                 "Kantor Pencarian dan Pertolongan Palu"}


def test_confirm_vs_deny(loaded):
    store, _ = loaded
    cvd = [c for c in store.list_conflicts() if c.kind == "confirm_vs_deny" and c.language is None]
    assert len(cvd) == 1
    stances = {(c.source, c.stance) for c in cvd[0].claims}
    assert ("Dmitry Peskov", "denies") in stances and ("Dmitry Peskov", "refuses_to_confirm") in stances
    assert ("Pentagon", "asserts") in stances


def test_claims_about_an_entity_in_any_language(loaded):
    store, _ = loaded
    for name in ("North Korea", "Korea Utara", "Korut"):
        page = store.list_claims(about=name)
        assert page.total == 6, name  # copy included: it is stored, just not a second voice
        dates = [c.published for c in page.items]
        assert dates == sorted(dates)
    figures = {c.value for c in store.list_claims(about="North Korea", stance="asserts").items}
    # each row answers with the figure written in its evidence: the copy's "12.000 tentara"
    assert figures == {12000, 3000, 10000}
    by_nis = store.list_claims(source="NIS")
    assert {c.article for c in by_nis.items} >= {"id-nk-1.txt", "id-nk-2.txt"}


def test_story_detail_has_timeline_conflicts_and_figures(loaded):
    store, ids = loaded
    detail = store.get_story(store.get_article(ids["id-nk-2.txt"]).story_id)
    assert [a.source for a in detail.articles][0] in ("id-nk-1.txt", "id-nk-1-copy.txt")
    assert [c.published for c in detail.claims] == sorted(c.published for c in detail.claims)
    # the badge counts the questions the page shows: conflicts folded into larger ones are not counted
    from warta.corpus.conflicts import fold_conflicts

    shown, _folded = fold_conflicts([c.model_dump() for c in detail.conflicts])
    assert detail.conflicts and detail.conflict_count == len(shown) >= 1
    series = {round(p.value) for f in detail.figures for p in f.points}
    assert {12000, 3000, 10000} <= series


def test_entity_detail_statements(loaded):
    store, _ = loaded
    peskov = store.find_entity("Peskov")
    assert peskov.name == "Dmitry Peskov"
    assert {c.stance for c in peskov.statements_by} == {"denies", "refuses_to_confirm"}
    nk = store.find_entity("Pyongyang")
    assert len(nk.statements_about) == 6


def test_rebuild_is_repeatable(loaded):
    store, _ = loaded
    before = (_story_sources(store), [(c.kind, c.about_key, len(c.claims)) for c in store.list_conflicts()])
    store.rebuild_corpus()
    after = (_story_sources(store), [(c.kind, c.about_key, len(c.claims)) for c in store.list_conflicts()])
    assert before == after


def test_conflicts_page_count_and_stream(loaded):
    store, ids = loaded
    everything = store.list_conflicts()
    assert store.count_conflicts() == len(everything) >= 3
    assert [c.id for c in store.list_conflicts(limit=2, offset=1)] == [c.id for c in everything[1:3]]
    assert store.list_conflicts(limit=0) == []
    assert store.list_conflicts(offset=len(everything)) == []
    assert [c.id for c in store.iter_conflicts(chunk=2)] == [c.id for c in everything]
    story = store.get_article(ids["id-nk-1.txt"]).story_id
    of_story = store.list_conflicts(story=story)
    assert store.count_conflicts(story=story) == len(of_story) and {c.story for c in of_story} == {story}
    assert [c.id for c in store.iter_conflicts(story=story, chunk=1)] == [c.id for c in of_story]
    first = store.list_conflicts(story=story, limit=1)[0]
    assert first.model_dump() == of_story[0].model_dump()  # the page builds the same view as the full list
    assert all(c.claims for c in everything)


def test_rebuild_keeps_ids_and_is_idempotent(loaded, make_article):
    store, ids = loaded

    def snapshot():
        stories = {s.id: sorted(a.source for a in store.story_articles(s.id))
                   for s in store.list_stories(per_page=100).items}
        conflicts = [(c.id, c.story, c.kind, c.about_key, c.language, [x.claim_id for x in c.claims])
                     for c in store.list_conflicts()]
        return stories, conflicts

    before = snapshot()
    store.rebuild_corpus()
    assert snapshot() == before
    nk = store.get_article(ids["id-nk-1.txt"]).story_id
    # a new, unrelated article: old stories keep their ids, the new one gets a fresh id
    store.add_articles([make_article("id-other.txt", "Gempa di Cianjur", ["Gempa mengguncang Cianjur pagi ini."],
                                     published="2025-03-01", entities=[("Cianjur", "GPE", [])])])
    store.rebuild_corpus()
    stories, conflicts = snapshot()
    assert stories[nk] == before[0][nk]
    assert {k: v for k, v in stories.items() if k in before[0]} == before[0]
    (new_id,) = set(stories) - set(before[0])
    assert new_id > max(before[0]) and stories[new_id] == ["id-other.txt"]
    assert conflicts == before[1]


def test_failed_rebuild_leaves_the_previous_stories(loaded, monkeypatch):
    store, _ = loaded
    stories = [s.model_dump() for s in store.list_stories(per_page=100).items]
    conflicts = [c.model_dump() for c in store.list_conflicts()]

    def boom(*_a, **_k):
        raise RuntimeError("interrupted")

    monkeypatch.setattr("warta.corpus.conflicts.find_conflicts", boom)
    with pytest.raises(RuntimeError):
        store.rebuild_corpus()
    assert [s.model_dump() for s in store.list_stories(per_page=100).items] == stories
    assert [c.model_dump() for c in store.list_conflicts()] == conflicts


def test_a_reader_sees_the_old_stories_until_the_rebuild_commits(loaded, make_article):
    store, _ = loaded
    if store.url in ("sqlite://", "sqlite:///:memory:"):
        pytest.skip("an in-memory database has no second reader")
    import sqlalchemy as sa

    reader = sa.create_engine(store.url)
    count = "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM story_articles), (SELECT count(*) FROM conflicts)"
    with reader.connect() as conn:
        before = tuple(conn.execute(sa.text(count)).one())
    seen = []

    def peek(_conn, _cursor, statement, *_a):
        if statement.lstrip().upper().startswith("INSERT INTO CONFLICT_CLAIMS") and not seen:
            with reader.connect() as conn:  # mid-rebuild: old rows deleted, new ones written, not committed
                seen.append(tuple(conn.execute(sa.text(count)).one()))

    store.add_articles([make_article("id-other.txt", "Gempa di Cianjur", ["Gempa mengguncang Cianjur pagi ini."],
                                     published="2025-03-01", entities=[("Cianjur", "GPE", [])])])
    sa.event.listen(store.engine, "before_cursor_execute", peek)
    try:
        store.rebuild_corpus()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", peek)
    assert seen == [before]
    with reader.connect() as conn:
        after = tuple(conn.execute(sa.text(count)).one())
    reader.dispose()
    assert after[0] == before[0] + 1 and after[1] == before[1] + 1


def test_ingest_stores_and_rebuilds(fresh_store, make_article):
    arts = small.corpus(make_article)
    report = fresh_store.ingest([arts["flood1"], arts["flood2"]])
    assert report.ingested == 2
    (story,) = fresh_store.list_stories().items
    assert story.article_count == 2 and fresh_store.count_conflicts(story=story.id) == 1
    again = fresh_store.ingest([arts["flood1"]])
    assert (again.ingested, again.duplicates) == (0, 1)
    assert [s.id for s in fresh_store.list_stories().items] == [story.id]


def test_a_store_from_before_questions_is_requestioned_on_rebuild(loaded):
    """Revision 0003 leaves old claim rows without a question; the next rebuild re-reads them from
    the stored records, and the conflicts come out as in a store written with questions."""
    import sqlalchemy as sa

    from warta.store import schema as S

    store, _ids = loaded
    before = sorted((c.kind, c.about_key, len(c.claims)) for c in store.list_conflicts())
    with store.engine.begin() as conn:
        conn.execute(sa.update(S.ClaimRow).values(question_kind=None, as_of=None, about_key="legacy"))
    store.rebuild_corpus()
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).where(S.ClaimRow.question_kind.is_(None))).scalar_one() == 0
        kinds = {r[0] for r in conn.execute(sa.select(S.ClaimRow.question_kind).distinct())}
    assert kinds == {"measure", "proposition"}
    assert sorted((c.kind, c.about_key, len(c.claims)) for c in store.list_conflicts()) == before
    dead = next(c for c in store.list_conflicts() if c.question and c.question.measure == "dead")
    assert dead.question.as_of == "2024-11-12" and {s.answer for s in dead.sides} == {"7", "9"}
