"""The incremental corpus equals a full rebuild: articles taken in batch by batch (or one by one)
give the same stories, entities, questions and conflicts as one rebuild of the same store, also
after an update that failed or was killed half-way (the next one repairs it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from warta.corpus import stories as story_rules
from warta.store import schema as S

from .conftest import BACKENDS, build_article, open_backend

PLACES = ["Sigi", "Garut", "Cianjur", "Demak", "Kudus", "Blora", "Brebes"]
EVENTS = [("banjir bandang", "korban", "orang"), ("tanah longsor", "rumah", "rumah"),
          ("kebakaran pasar", "kios", "kios"), ("tanggul jebol", "sawah", "hektare"),
          ("gempa bumi", "korban", "orang"), ("kebakaran hutan", "lahan", "hektare"),
          ("angin puting beliung", "rumah", "rumah")]
SOURCES = ["BNPB", "BPBD", "Basarnas", "Polres"]
# words of each story's own (a river, a village, what was hit), and of each article's own
STORY_WORDS = [["sungai Palolo", "desa Bolapapu", "jembatan gantung"], ["kampung Cibitung", "tebing Cikajang", "kebun teh"],
               ["pasar Cipanas", "los sayuran", "gardu listrik"], ["sungai Tuntang", "tanggul Karanganyar", "sawah tadah"],
               ["lereng Muria", "dukuh Rahtawu", "kebun kopi"], ["hutan Randublatung", "waduk Tempuran", "jati"],
               ["kali Pemali", "desa Limbangan", "ladang bawang"]]
ASIDES = ["Relawan mendirikan dapur umum", "Listrik padam sejak dini hari", "Jalan provinsi ditutup sementara",
          "Sekolah diliburkan dua hari", "Bantuan logistik tiba sore", "Posko kesehatan dibuka",
          "Pengungsi bertambah menjelang malam", "Alat berat dikerahkan", "Air bersih mulai langka"]
VERBS = ["menyebut", "melaporkan", "mencatat", "menyatakan", "mengungkapkan", "menjelaskan", "memastikan"]
PAPERS = ["wartawan", "media", "pers", "reporter", "jurnalis", "awak media", "koresponden"]


def _article(i: int, *, story: int, value: int, source: str, day: int, version: str = "",
             also: str | None = None):
    """Article `i` of `story` (place, event, words of their own), naming `also` if given (a bridge)."""
    place = PLACES[story]
    event, measure, unit = EVENTS[story]
    words = STORY_WORDS[story]
    lang = "en" if i % 6 == 5 else "id"
    title = f"{event.title()} di {place}: {source} catat {value} {unit}{version}"
    paras = [f"{source} {VERBS[story]} {event} di {words[0]} {place}: {value} orang meninggal dunia.",
             f"{ASIDES[i % 9]} di {words[1]}, dekat {words[2]}.",
             f"{ASIDES[(i * 5 + 2) % 9]}, kata {source} kepada {PAPERS[i % 7]}."]
    ents = [(place, "GPE", []), (source, "ORG", []), (words[0].split()[1], "LOC", []),
            (words[1].split()[1], "LOC", [])]
    if also:
        paras.append(f"Petugas dari {also} ikut membantu evakuasi {EVENTS[PLACES.index(also)][0]} di {also}.")
        ents.append((also, "GPE", []))
    ev = f"{value} orang meninggal dunia"
    return build_article(
        f"page-{i}.txt", title, paras, lang=lang, published=f"2024-03-{day:02d}", outlet=f"Outlet {i % 5}",
        entities=ents, quantities=[(f"{value} orang", value, "orang", "people")],
        claims=[{"source": source, "subject": f"{event} {place}", "predicate": "death_toll", "value": value,
                 "unit": "orang", "evidence": ev, "stance": "denies" if i % 9 == 4 else "asserts"}])


def corpus() -> list:
    """Forty articles over seven stories, with diverging figures, a copy, two corrections (new
    versions of stored pages) and a late article naming two places (a possible bridge)."""
    arts = []
    for i in range(36):
        story = (i * 3) % 7 if i < 21 else i % 7
        value = 10 + story * 7 + (3 if i % 4 == 1 else 0)
        arts.append(_article(i, story=story, value=value, source=SOURCES[i % 4], day=1 + story * 2))
    first = arts[0]
    arts.append(build_article("copy-of-0.txt", first.title, [*first.paragraphs, "Artikel ini tayang di Outlet 0."],
                              published=first.published, outlet="Koran Lain",
                              entities=[(PLACES[0], "GPE", []), (SOURCES[0], "ORG", []), ("Palolo", "LOC", []),
                                        ("Bolapapu", "LOC", [])]))
    arts.append(_article(3, story=(3 * 3) % 7, value=99, source=SOURCES[3], day=4, version=" (ralat)"))
    arts.append(_article(40, story=1, value=17, source="BNPB", day=12, also=PLACES[2]))
    arts.append(_article(7, story=(7 * 3) % 7, value=5, source=SOURCES[3], day=8, version=" (koreksi)"))
    return arts


def snapshot(store) -> dict:
    """Everything derived from the articles, ids included (article and claim ids are the same in
    every store the same articles went into, in the same order)."""
    with store.engine.connect() as conn:
        def rows(stmt):
            return sorted(tuple(r) for r in conn.execute(stmt).all())

        stories = rows(sa.select(S.StoryRow.id, S.StoryRow.title, S.StoryRow.first, S.StoryRow.last,
                                 S.StoryRow.article_count, S.StoryRow.conflict_count,
                                 sa.cast(S.StoryRow.outlets, sa.Text), sa.cast(S.StoryRow.languages, sa.Text)))
        members = rows(sa.select(S.StoryArticleRow.story_id, S.StoryArticleRow.article_id))
        article_story = rows(sa.select(S.ArticleRow.id, S.ArticleRow.story_id))
        conflicts = {}
        for c in conn.execute(sa.select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.kind,
                                        S.ConflictRow.about_key, S.ConflictRow.about, S.ConflictRow.language)):
            claims = conn.execute(sa.select(S.ConflictClaimRow.claim_id).where(S.ConflictClaimRow.conflict_id == c.id)
                                  .order_by(S.ConflictClaimRow.position)).scalars().all()
            conflicts[(c.story_id, c.kind, c.about_key, c.language)] = (c.about, tuple(claims))
        entities = rows(sa.select(S.EntityRow.key, S.EntityRow.name, S.EntityRow.type, S.EntityRow.article_count))
        questions = rows(sa.select(S.ClaimRow.id, S.ClaimRow.about_key, S.ClaimRow.question_kind))
        links = rows(sa.select(S.StoryLinkRow.a, S.StoryLinkRow.b, S.StoryLinkRow.score))
        nodes = rows(sa.select(S.StoryNodeRow.article_id, sa.cast(S.StoryNodeRow.top, sa.Text)))
        terms = rows(sa.select(S.StoryTermRow.term, S.StoryTermRow.df))
        postings = rows(sa.select(S.StoryPostingRow.key, S.StoryPostingRow.day, S.StoryPostingRow.article_id))
        state = rows(sa.select(S.CorpusStateRow.name, S.CorpusStateRow.value))
    return {"stories": stories, "members": members, "article_story": article_story, "conflicts": conflicts,
            "entities": entities, "questions": questions, "links": links, "nodes": nodes, "terms": terms,
            "postings": postings, "state": state}


@pytest.fixture(params=["all-pairs", "blocked"])
def regime(request, monkeypatch):
    """Small stores compare every pair; larger ones take candidates from entity postings by day
    (tried here on a small store with small limits, so both paths are checked)."""
    if request.param == "blocked":
        monkeypatch.setattr(story_rules, "ALL_PAIRS_UP_TO", 4)
        monkeypatch.setattr(story_rules, "BLOCK_NEIGHBOURS", 2)
        monkeypatch.setattr(story_rules, "BLOCK_ENTITIES", 1)
    return request.param


def rebuilt(tmp_path, arts, backend="sqlite-file") -> dict:
    store, cleanup = open_backend(backend, tmp_path / "rebuild")
    try:
        store.add_articles(arts)
        store.rebuild_corpus()
        return snapshot(store)
    finally:
        store.close()
        cleanup()


@pytest.mark.parametrize("batch", [1, 7, 40])
@pytest.mark.parametrize("backend", BACKENDS)
def test_updates_in_batches_equal_one_rebuild(tmp_path, regime, batch, backend):
    arts = corpus()
    (tmp_path / "rebuild").mkdir()
    want = rebuilt(tmp_path, arts, backend)
    store, cleanup = open_backend(backend, tmp_path)
    try:
        for i in range(0, len(arts), batch):
            report = store.add_articles(arts[i:i + batch])
            update = store.update_corpus(report.article_ids)
            assert update.articles == report.article_ids
        got = snapshot(store)
    finally:
        store.close()
        cleanup()
    assert got == want
    # what the corpus holds, in specific values: the copy and the corrections are not sources
    # of their own, every story is about one place, and the figures of a place disagree
    assert len(want["members"]) == 40 - 2  # 40 articles stored, 2 of them superseded
    assert {name for name, _v in want["state"]} == {"watermark", "nodes"}
    assert dict(want["state"]) == {"watermark": 40, "nodes": 38}  # every article but the two copies
    # the Sigi flood: articles 0, 7, 14, 21, 28, 35 (ids 1, 8, ...), the copy of the first (37),
    # and the correction of article 7 (40) in place of the version it replaced (8)
    assert [a for s, a in want["members"] if s == 1] == [1, 15, 22, 29, 36, 37, 40]
    (sigi,) = [row for row in want["stories"] if row[0] == 1]
    assert sigi[1].startswith("Banjir Bandang di Sigi: ") and sigi[2:5] == ("2024-03-01", "2024-03-08", 7)
    assert len(want["stories"]) == 7  # one a place
    assert any(kind == "numeric_divergence" for _s, kind, _k, _l in want["conflicts"])


def test_links_that_can_no_longer_count_are_not_kept(tmp_path, monkeypatch):
    """A link below the floor of one of its articles (its MUTUAL_K-th strongest, which only rises)
    never counts again: a rebuild does not store it, and an update deletes the stored links its
    new articles pushed below a floor, so both stores hold the same links."""
    monkeypatch.setattr(story_rules, "MUTUAL_K", 2)  # small, so this corpus's floors rise
    arts = corpus()
    (tmp_path / "rebuild").mkdir()
    want = rebuilt(tmp_path, arts)
    store, cleanup = open_backend("sqlite-file", tmp_path)
    try:
        for i in range(0, len(arts), 3):
            store.update_corpus(store.add_articles(arts[i:i + 3]).article_ids)
        got = snapshot(store)
        with store.engine.connect() as conn:
            _stories, state = story_rules.build_stories(conn)
    finally:
        store.close()
        cleanup()
    assert got == want
    kept = {(a, b) for a, b, _s in want["links"]}
    dropped = [(a, b, s) for a, b, s in state.links if (a, b) not in kept]
    assert len(kept) >= 20 and len(dropped) >= 10  # both kinds occur here
    floor = {a: story_rules.floor(state.tops.get(a)) for a in state.feats}
    assert all(s < floor[a] or s < floor[b] for a, b, s in dropped)
    assert all(s >= floor[a] and s >= floor[b] for a, b, s in want["links"])


def test_one_update_says_what_changed(tmp_path):
    arts = corpus()
    store, cleanup = open_backend("sqlite-file", tmp_path)
    try:
        first = store.update_corpus(store.add_articles(arts[:2]).article_ids)
        assert first.articles == [1, 2] and first.stories_created == [1, 2] and not first.stories_removed
        assert first.conflicts_added == [] and not first.full
        # article 21 continues the story of article 0 (Sigi, the same day) with another source's
        # figure (13 dead, not 10): one conflict is new, the story keeps its id and gains the article
        second = store.update_corpus(store.add_articles([arts[21]]).article_ids)
        assert second.articles == [3] and second.stories_changed == [1] and second.stories_created == []
        assert len(second.conflicts_added) == 1 and second.questions_added == []
        assert store.list_conflicts()[0].story == 1
        assert store.update_corpus().articles == []  # nothing new: nothing to do
    finally:
        store.close()
        cleanup()


def test_a_bridge_merges_two_stories(tmp_path, make_article):
    def flood(src, title, body, ents, day):
        return make_article(src, title, body, published=f"2024-05-{day:02d}", entities=ents)

    a = flood("a.txt", "Banjir Rob Rendam Pesisir Pekalongan",
              ["Banjir rob merendam permukiman pesisir Pekalongan, kata BPBD Pekalongan."],
              [("Pekalongan", "GPE", []), ("BPBD Pekalongan", "ORG", [])], 1)
    b = flood("b.txt", "Tanggul Jebol di Batang", ["Tanggul sungai jebol dan air menggenangi sawah Batang, kata BPBD Batang."],
              [("Batang", "GPE", []), ("BPBD Batang", "ORG", [])], 2)
    c = flood("c.txt", "Banjir Rob dan Tanggul Jebol di Pekalongan dan Batang",
              ["Banjir rob merendam permukiman pesisir Pekalongan, kata BPBD Pekalongan.",
               "Tanggul sungai jebol dan air menggenangi sawah Batang, kata BPBD Batang."],
              [("Pekalongan", "GPE", []), ("Batang", "GPE", []), ("BPBD Pekalongan", "ORG", []),
               ("BPBD Batang", "ORG", [])], 3)
    store, cleanup = open_backend("sqlite-file", tmp_path)
    try:
        store.update_corpus(store.add_articles([a, b]).article_ids)
        assert sorted(s.id for s in store.list_stories().items) == [1, 2]
        merged = store.update_corpus(store.add_articles([c]).article_ids)
        assert merged.stories_changed == [1] and merged.stories_removed == [2]
        assert [(s.id, s.article_count) for s in store.list_stories().items] == [(1, 3)]
        got = snapshot(store)
    finally:
        store.close()
        cleanup()
    (tmp_path / "rebuild").mkdir()
    assert got == rebuilt(tmp_path, [a, b, c])


def test_a_failed_update_leaves_the_previous_state_and_the_next_repairs(tmp_path, monkeypatch):
    arts = corpus()
    store, cleanup = open_backend("sqlite-file", tmp_path)
    try:
        store.update_corpus(store.add_articles(arts[:20]).article_ids)
        before = snapshot(store)
        store.add_articles(arts[20:])

        def boom(*_a, **_k):  # after the clustering state and the stories were written
            raise RuntimeError("interrupted")

        monkeypatch.setattr("warta.corpus.conflicts.find_conflicts", boom)
        with pytest.raises(RuntimeError, match="interrupted"):
            store.update_corpus()
        after_failure = snapshot(store)
        monkeypatch.undo()
        for key in ("stories", "members", "conflicts", "links", "nodes", "terms", "postings", "state"):
            assert after_failure[key] == before[key], key
        repaired = store.update_corpus()
        assert repaired.articles == list(range(21, 41))
        got = snapshot(store)
    finally:
        store.close()
        cleanup()
    (tmp_path / "rebuild").mkdir()
    assert got == rebuilt(tmp_path, arts)


KILLED = textwrap.dedent("""
    import sys, time
    import warta.corpus.conflicts as conflicts
    from warta.store.db import Store

    def stall(*_a, **_k):  # the stories are half rewritten in the open transaction: die here
        print("stalled", flush=True)
        time.sleep(120)

    conflicts.find_conflicts = stall
    Store(sys.argv[1]).update_corpus()
""")


def test_an_update_killed_half_way_is_repaired_by_the_next(tmp_path):
    arts = corpus()
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    from warta.store.db import Store

    with Store(url) as store:
        store.update_corpus(store.add_articles(arts[:20]).article_ids)
        before = snapshot(store)
        store.add_articles(arts[20:])
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    proc = subprocess.Popen([sys.executable, "-c", KILLED, url], stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert proc.stdout.readline().strip() == "stalled"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    time.sleep(0.1)
    with Store(url) as store:
        after_kill = snapshot(store)
        for key in ("stories", "members", "conflicts", "links", "nodes", "terms", "postings", "state"):
            assert after_kill[key] == before[key], key
        assert store.update_corpus().articles == list(range(21, 41))
        got = snapshot(store)
    (tmp_path / "rebuild").mkdir()
    assert got == rebuilt(tmp_path, arts)


def test_warta_rebuild_recomputes_what_ingest_updated(tmp_path):
    from typer.testing import CliRunner

    from warta.cli import app
    from warta.store.db import Store

    arts = corpus()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.ingest(arts[:30])  # stored and updated incrementally
        store.ingest(arts[30:])
        before = snapshot(store)
    result = CliRunner().invoke(app, ["rebuild", "--db", url])
    assert result.exit_code == 0, result.output
    assert "rebuilt 7 stories" in result.stderr and "0 new story ids, 0 gone" in result.stderr
    with Store(url) as store:
        assert snapshot(store) == before
    missing = CliRunner().invoke(app, ["rebuild", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert missing.exit_code == 2 and "no database at" in missing.stderr
