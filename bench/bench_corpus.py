"""Corpus benchmark: synthetic news from templates -> ingest throughput and query latency.

    python bench/bench_corpus.py --n 100000 [--extract-sample 500] [--pg URL] [--incremental 100] [--check]

Ingest with extraction is measured on --extract-sample articles (warta.extraction.extract end to end,
then Store.add_articles); the rest of the --n articles are built from the same templates as
Article objects and bulk-inserted (Store.add_articles, entities and claims normalised as usual),
so the query latencies are measured on an n-article store. No network.

Recorded at --n 100000 (2-CPU container shared with other work, so ±30 %; PostgreSQL 15 local,
fsync off; 36,393 conflicts, 8,937 stories), before -> after conflict paging:

    sqlite      list_conflicts() all          17,679 ms  ->  5,454 ms (views built from raw rows)
                list_conflicts(limit=100)          n/a   ->      8.7 ms (last page, offset 36,293: 8.1 ms)
                count_conflicts()                  n/a   ->      1.0 ms
                list_claims(about=...)           ~60 ms  ->  19-40 ms
                rebuild_corpus                    197 s  ->     83 s (bulk writes, stable ids)
    postgresql  list_conflicts() all          13,945 ms  -> 10,153 ms
                list_conflicts(limit=100)          n/a   ->  25-39 ms (197 ms before ANALYZE in rebuild)
                count_conflicts()                  n/a   ->      4.1 ms
                list_claims(about=...)         60-73 ms  ->  32-49 ms
                rebuild_corpus                    262 s  ->    109 s

`warta conflicts` (one page) and `warta claims --about` wall time is then ~1.1 s, nearly all of
it `import warta` (the extraction pipeline, spaCy: ~0.85 s), not the store.

--incremental K: after the full rebuild, K new pages go in end to end as `warta ingest` takes them
(extraction, `Store.add_articles`, `Store.update_corpus`): 60 % continue stories spread over the
store, 20 % are corrections of stored pages (new versions, a changed figure), 20 % start new
stories. Reported against the full rebuild of the same store, in the same run. --check then
rebuilds once more and compares stories and conflicts with the incremental result.

Recorded 2026-12-07 (the 2-core machine shared with other work, load 2-12; one Python process):

    --n 100000 --incremental 100   rebuild_corpus 684.4 s (10,663 stories, 18,876 conflicts);
                                   100 pages end to end 4.10 s (extract 1.00, store 0.65,
                                   update_corpus 2.45): 167x less than the rebuild
    --n 10000 --incremental 100 --check   rebuild 128.5 s; 100 pages 6.93 s (update 4.83 s, load 8-12);
                                   the rebuild after the update: stories and conflicts EQUAL

Recorded 2026-12-07, later (link scores over arrays, `corpus/story_similarity.link_scores`; links
that can no longer count not stored). The same session and machine, one run after the other
(load 1-2.5), against 935a907 (the clustering over whole-store weights, before incremental):

    --n 100000   935a907: bulk insert 885/s, rebuild_corpus 144.0 s (8,951 stories)
                 now:     bulk insert 941/s, rebuild_corpus  83.0 s (CPU 74.7 s; 10,668 stories,
                          18,868 conflicts); 63383c6 (pair-by-pair scores) took 684 s here
    --n 10000    935a907 8.1 s; 63383c6 19.3 s CPU; now 5.9-6.8 s (same stories, links and
                 conflicts as 63383c6, link scores within 5e-16);
                 --incremental 100 --check: 100 pages 1.87 s (update 1.15 s), EQUAL to the rebuild
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import tempfile
import time

from warta.models import Article, Claim, Entity, Quantity
from warta.store.db import Store

PLACES = ["Sigi", "Palu", "Banyumas", "Cilacap", "Garut", "Bogor", "Sleman", "Bantul", "Kendal", "Demak", "Kudus",
          "Pati", "Blora", "Tegal", "Brebes", "Cianjur", "Sukabumi", "Bekasi", "Depok", "Serang"]
EVENTS = [("banjir bandang", "death_toll", "orang", "people"), ("tanah longsor", "missing_count", "warga", "people"),
          ("kebakaran pasar", "houses_affected", "kios", "count"), ("kenaikan harga beras", "price", "rupiah", "money")]
SOURCES = ["BNPB", "BPBD", "Basarnas", "Polres", "Bupati", "Dinas Sosial", "Kemendag", "BMKG"]
COUNTRIES = [("Korea Utara", "North Korea"), ("Rusia", "Russia"), ("Ukraina", "Ukraine"), ("Jepang", "Japan")]


def synth(i: int, rng: random.Random) -> Article:
    story = i // 8  # about eight articles per story
    place = PLACES[story % len(PLACES)] + ("" if story < len(PLACES) else f" {story // len(PLACES)}")
    event, predicate, unit, cat = EVENTS[story % len(EVENTS)]
    src = SOURCES[(i + story) % len(SOURCES)]
    value = (story % 50 + 3) * (1 if rng.random() < 0.7 else 2)
    day = f"2024-{(story // 30) % 12 + 1:02d}-{story % 28 + 1:02d}"
    lang = "id" if i % 5 else "en"
    country = COUNTRIES[story % len(COUNTRIES)][0 if lang == "id" else 1]
    title = f"{event.title()} di {place}: {src} Sebut {value} {unit}"
    paras = [f"{src} mengatakan {event} di {place} menyebabkan {value} {unit} terdampak, laporan nomor {i}.",
             f"Petugas di {place} masih mendata; kerja sama dengan {country} disebut dalam rapat ke-{i % 97}.",
             f"Warga {place} diminta waspada, kata {src} dalam keterangan tertulis edisi {i}."]
    text = title + "\n" + "\n".join(paras)
    ev = f"{value} {unit}"
    s = text.index(ev)
    return Article(
        id=hashlib.sha1(text.encode()).hexdigest()[:16], source=f"synth/{i:06d}.txt", language=lang, title=title,
        published=day, outlet=f"Outlet {i % 40}", paragraphs=paras, text=text,
        entities=[Entity(id="e0", name=place, type="GPE"), Entity(id="e1", name=src, type="ORG"),
                  Entity(id="e2", name=country, type="GPE")],
        quantities=[Quantity(text=ev, value=value, unit=unit, category=cat, span=(s, s + len(ev)))],
        claims=[Claim(source=src, subject=f"{event} {place}", predicate=predicate, value=value, unit=unit,
                      quantities=[0], stance="asserts" if rng.random() < 0.9 else "denies", evidence=ev,
                      evidence_span=(s, s + len(ev)))])


def page_text(a: Article) -> str:
    return f"{a.title}\n{a.published}\n" + "\n".join(a.paragraphs) + "\n"


def new_pages(n: int, k: int, rng: random.Random) -> list[tuple[str, str]]:
    """(source, page text) of k pages arriving after an n-article store: stories continued,
    stored pages corrected (same source, another figure), new stories."""
    pages = []
    for j in range(k):
        kind = j % 5
        if kind < 3:  # a new report in a story of the store (its own source and wording)
            i = rng.randrange(n)
            a = synth(i, random.Random(i))
            text = page_text(a).replace(f"laporan nomor {i}.", f"laporan susulan {j} untuk nomor {i}.")
            pages.append((f"synth/late-{j:05d}.txt", text))
        elif kind == 3:  # a correction: the same page with another figure
            i = rng.randrange(n)
            a = synth(i, random.Random(i))
            v = a.claims[0].value
            pages.append((a.source, page_text(a).replace(f" {v:g} ", f" {v + 1:g} ")))
        else:  # a new story
            a = synth(n + 8 * j, random.Random(j))
            pages.append((f"synth/new-{j:05d}.txt", page_text(a)))
    return pages


def snapshot(store) -> tuple:
    """Stories (members) and conflicts (story, kind, question, language, claims) of a store."""
    import sqlalchemy as sa

    from warta.store import schema as S

    with store.engine.connect() as conn:
        members = sorted(conn.execute(sa.select(S.StoryArticleRow.story_id, S.StoryArticleRow.article_id)).all())
        conflicts = {}
        for c in conn.execute(sa.select(S.ConflictRow.id, S.ConflictRow.story_id, S.ConflictRow.kind,
                                        S.ConflictRow.about_key, S.ConflictRow.language)):
            conflicts[(c.story_id, c.kind, c.about_key, c.language)] = c.id
        claims = {}
        for cid, claim in conn.execute(sa.select(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.claim_id)
                                       .order_by(S.ConflictClaimRow.conflict_id, S.ConflictClaimRow.position)):
            claims.setdefault(cid, []).append(claim)
    return members, {k: claims.get(v, []) for k, v in conflicts.items()}


def incremental(store, n: int, k: int, rebuild_s: float, label: str, check: bool) -> None:
    from warta.extraction import extract

    pages = new_pages(n, k, random.Random(11))
    extract(pages[0][1], source="warm-up")  # the pipelines are loaded once per process, not per ingest
    t = time.perf_counter()
    arts = [extract(text, source=src) for src, text in pages]
    t_extract = time.perf_counter() - t
    report = store.add_articles(arts)
    t_store = time.perf_counter() - t - t_extract
    update = store.update_corpus(report.article_ids)
    dt = time.perf_counter() - t
    print(f"[{label}] incremental ingest of {k} pages end to end: {dt:.2f}s (extract {t_extract:.2f}s, store "
          f"{t_store:.2f}s, update_corpus {dt - t_extract - t_store:.2f}s) vs full rebuild {rebuild_s:.1f}s: "
          f"{rebuild_s / dt:.0f}x less; stored {report.ingested} ({report.updated} new versions), stories "
          f"created {len(update.stories_created)}, changed {len(update.stories_changed)}, merged away "
          f"{len(update.stories_removed)}; conflicts added {len(update.conflicts_added)}, changed "
          f"{len(update.conflicts_changed)}, removed {len(update.conflicts_removed)}; questions added "
          f"{len(update.questions_added)}")
    if check:
        after = snapshot(store)
        t = time.perf_counter()
        store.rebuild_corpus()
        again = snapshot(store)
        same = after == again
        print(f"[{label}] full rebuild after the update: {time.perf_counter() - t:.1f}s; stories and conflicts "
              f"{'EQUAL to' if same else 'DIFFER from'} the incremental result ({len(after[0])} story members, "
              f"{len(after[1])} conflicts)")


def timed(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def bench(url: str, n: int, sample: int, label: str, k: int = 0, check: bool = False) -> None:
    rng = random.Random(7)
    store = Store(url)
    arts = (synth(i, rng) for i in range(n))
    sample_arts = [next(arts) for _ in range(min(sample, n))]
    if sample_arts:
        import warta.corpus.ingest  # noqa: F401 - once per process (datasketch, ~1 s): not per article
        from warta.extraction import extract

        extract(page_text(sample_arts[0]), source="warm-up")  # load the language pipelines first
        t, c = time.perf_counter(), time.process_time()
        extracted = [extract(page_text(a), source=a.source) for a in sample_arts]
        store.add_articles(extracted)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(f"[{label}] ingest with extraction: {len(extracted)} articles in {dt:.1f}s = "
              f"{len(extracted) / dt:.1f} articles/s (one process; CPU {len(extracted) / dc:.1f}/s)")
    t, c = time.perf_counter(), time.process_time()
    report = store.add_articles(arts, batch_size=1000)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    # CPU time as well: on a shared machine the wall clock mostly measures the other processes
    print(f"[{label}] bulk insert (pre-built Articles): {report.ingested} in {dt:.1f}s = "
          f"{report.ingested / max(dt, 1e-9):.0f} articles/s (CPU {report.ingested / max(dc, 1e-9):.0f}/s)")
    t, c = time.perf_counter(), time.process_time()
    store.rebuild_corpus()
    rebuild_s = time.perf_counter() - t
    print(f"[{label}] rebuild_corpus (stories + conflicts): {rebuild_s:.1f}s "
          f"(CPU {time.process_time() - c:.1f}s); stories {store.list_stories(per_page=1).total}")
    if k:
        incremental(store, n, k, rebuild_s, label, check)
    total = store.count_conflicts()
    print(f"[{label}] count_conflicts(): {timed(store.count_conflicts) * 1000:.1f} ms ({total} conflicts)")
    print(f"[{label}] list_conflicts(limit=100) (first page): "
          f"{timed(lambda: store.list_conflicts(limit=100)) * 1000:.1f} ms")
    deep = max(0, total - 100)
    print(f"[{label}] list_conflicts(limit=100, offset={deep}) (last page): "
          f"{timed(lambda: store.list_conflicts(limit=100, offset=deep)) * 1000:.1f} ms")
    print(f"[{label}] iter_conflicts() (all, streamed in chunks): "
          f"{timed(lambda: sum(1 for _ in store.iter_conflicts()), 1) * 1000:.0f} ms")
    print(f"[{label}] list_conflicts() (all in one list): {timed(store.list_conflicts, 1) * 1000:.0f} ms")
    sid = store.list_stories(per_page=1).items[0].id
    print(f"[{label}] list_conflicts(story=…): {timed(lambda: store.list_conflicts(story=sid)) * 1000:.1f} ms")
    page = store.list_claims(about="Korea Utara", per_page=100)
    print(f"[{label}] list_claims(about='Korea Utara', per_page=100): "
          f"{timed(lambda: store.list_claims(about='Korea Utara', per_page=100)) * 1000:.1f} ms "
          f"({page.total} claims)")
    print(f"[{label}] list_claims(about='Korea Utara'): "
          f"{timed(lambda: store.list_claims(about='Korea Utara')) * 1000:.1f} ms")
    print(f"[{label}] list_claims(about='banjir bandang Sigi'): "
          f"{timed(lambda: store.list_claims(about='banjir bandang Sigi')) * 1000:.1f} ms")
    print(f"[{label}] search('banjir Sigi'): {timed(lambda: store.search('banjir Sigi')) * 1000:.1f} ms")
    print(f"[{label}] get_story: {timed(lambda: store.get_story(sid)) * 1000:.1f} ms")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--extract-sample", type=int, default=300)
    ap.add_argument("--pg", default=os.environ.get("WARTA_TEST_PG_URL"))
    ap.add_argument("--db", default=None, help="SQLite file (default: a temporary one)")
    ap.add_argument("--incremental", type=int, default=0, metavar="K",
                    help="then ingest K new pages end to end (incremental corpus update)")
    ap.add_argument("--check", action="store_true", help="compare the incremental result with a rebuild")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{args.db or os.path.join(tmp, 'bench.db')}", args.n, args.extract_sample, "sqlite",
              args.incremental, args.check)
    if args.pg:
        import uuid

        import sqlalchemy as sa

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = sa.create_engine(args.pg)
        with admin.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in args.pg else "?"
        try:
            bench(f"{args.pg}{sep}options=-csearch_path%3D{schema}", args.n, args.extract_sample, "postgresql",
                  args.incremental, args.check)
        finally:
            with admin.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
