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
    assert figures == {12000, 3000, 10000, 11000}
    by_nis = store.list_claims(source="NIS")
    assert {c.article for c in by_nis.items} >= {"id-nk-1.txt", "id-nk-2.txt"}


def test_story_detail_has_timeline_conflicts_and_figures(loaded):
    store, ids = loaded
    detail = store.get_story(store.get_article(ids["id-nk-2.txt"]).story_id)
    assert [a.source for a in detail.articles][0] in ("id-nk-1.txt", "id-nk-1-copy.txt")
    assert [c.published for c in detail.claims] == sorted(c.published for c in detail.claims)
    assert detail.conflicts and detail.conflict_count == len(detail.conflicts)
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
