"""A small corpus written in the tests: Articles built by hand with exact spans.

A developing story in Indonesian and English (North Korean troops sent to Russia: NIS
1,500 → 3,000 → 11,000; Pentagon "no confirmation" → 10,000; the Kremlin denies), an
unrelated story (a central bank rate decision), and a hostile page whose text carries
markup that must never run.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from warta.models import Article, Claim, Dateline, Entity, Quantity, Quote, RemovedLine

PWNED = "__warta_pwned"
LONG_LINE = "A" * 6000


@dataclass
class Q:
    text: str
    speaker: str | None
    cue: str | None = None
    via: list[str] = field(default_factory=list)
    kind: str = "direct"


@dataclass
class C:
    evidence: str
    source: str | None
    predicate: str
    stance: str = "asserts"
    value: float | None = None
    unit: str | None = None
    subject: str | None = None
    object: str | None = None
    via: list[str] = field(default_factory=list)


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def make_article(
    *,
    title: str,
    paragraphs: list[str],
    published: str,
    outlet: str,
    language: str,
    source: str,
    url: str | None = None,
    place: str | None = None,
    entities: list[tuple[str, str, list[str]]] = (),
    quotes: list[Q] = (),
    quantities: list[tuple[str, float, str, str]] = (),
    claims: list[C] = (),
    chrome: list[tuple[str, str]] = (("Beranda | Nasional | Internasional", "navigation"),),
    footer: list[tuple[str, str]] = (("Baca juga: Berita lain hari ini", "read_more"),),
) -> Article:
    """An Article whose spans all point into its text: chrome, title, body, footer."""
    lines = [line for line, _ in chrome] + [title] + paragraphs + [line for line, _ in footer]
    text = "\n".join(lines)
    removed = []
    pos = 0
    for line, reason in chrome:
        removed.append(RemovedLine(text=line, reason=reason, span=(pos, pos + len(line))))
        pos += len(line) + 1
    title_span = (pos, pos + len(title))
    pos = title_span[1] + 1
    spans = []
    for p in paragraphs:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    body_start = spans[0][0] if spans else pos
    for line, reason in footer:
        removed.append(RemovedLine(text=line, reason=reason, span=(pos, pos + len(line))))
        pos += len(line) + 1
    ents = []
    for i, (name, etype, aliases) in enumerate(entities):
        mentions = []
        for form in [name, *aliases]:
            at = title_span[0]
            while True:
                try:
                    s, e = _find(text, form, at)
                except ValueError:
                    break
                if not any(s < me and ms < e for ms, me in mentions):
                    mentions.append((s, e))
                at = e
        ents.append(Entity(id=f"e{i + 1}", name=name, type=etype, aliases=list(aliases), mentions=sorted(mentions)))
    by_name = {e.name: e for e in ents}
    qs = []
    for q in quotes:
        span = _find(text, q.text, body_start)
        speaker = by_name.get(q.speaker or "")
        speaker_span = None
        if speaker is not None:
            near = [m for m in speaker.mentions if m[0] >= span[1]] or speaker.mentions
            speaker_span = near[0] if near else None
        cue_span = _find(text, q.cue, span[1]) if q.cue and q.cue in text[span[1]:] else None
        qs.append(Quote(kind=q.kind, text=q.text, span=span, speaker=q.speaker,
                        speaker_id=speaker.id if speaker else None, speaker_span=speaker_span,
                        cue=q.cue, cue_span=cue_span, via=list(q.via)))
    qty = [Quantity(text=t, value=v, unit=u, category=cat, span=_find(text, t, body_start))
           for t, v, u, cat in quantities]
    cls = []
    for c in claims:
        span = _find(text, c.evidence, body_start)
        linked = [i for i, q in enumerate(qty) if span[0] <= q.span[0] < span[1]]
        cls.append(Claim(source=c.source, via=list(c.via), subject=c.subject, predicate=c.predicate,
                         object=c.object, value=c.value, unit=c.unit, quantities=linked, stance=c.stance,
                         evidence=c.evidence, evidence_span=span))
    return Article(
        id=hashlib.sha1(text.encode()).hexdigest()[:16], source=source, language=language,
        language_confidence=0.99, title=title, title_span=title_span,
        dateline=Dateline(place=place, outlet=outlet), published=published, outlet=outlet, url=url,
        paragraphs=paragraphs, paragraph_spans=spans, boilerplate=[r.text for r in removed], removed=removed,
        entities=ents, quotes=qs, quantities=qty, claims=cls, text=text,
    )


NK = ("Korea Utara", "GPE", ["Korut"])
RU = ("Rusia", "GPE", [])
NIS = ("Badan Intelijen Nasional", "ORG", ["NIS"])
YONHAP = ("Yonhap", "ORG", [])
NK_EN = ("North Korea", "GPE", [])
RU_EN = ("Russia", "GPE", [])
PENTAGON = ("Pentagon", "ORG", [])


def troop_story() -> list[Article]:
    """Six articles, two languages, four outlets: the figures diverge and the Kremlin denies."""
    return [
        make_article(
            title="Intelijen Korsel: Korea Utara Kirim 1.500 Pasukan Khusus ke Rusia",
            paragraphs=[
                "JAKARTA, Inakoran — Korea Utara telah mengirim pasukan ke Rusia untuk membantu perang di Ukraina.",
                "Badan Intelijen Nasional mengatakan Korea Utara telah mengirim 1.500 pasukan khusus ke Rusia, menurut Yonhap.",
                "“Ini adalah ancaman serius bagi keamanan kita,” kata Presiden Yoon Suk Yeol.",
                "NIS juga mengatakan pengiriman pasukan akan berlanjut dalam beberapa pekan mendatang.",
            ],
            published="2024-10-18", outlet="Inakoran", language="id", place="Jakarta",
            source="inakoran-2024-10-18.txt", url="https://inakoran.example/korut-kirim-1500",
            entities=[NK, RU, NIS, YONHAP, ("Yoon Suk Yeol", "PERSON", ["Yoon"]), ("Ukraina", "GPE", [])],
            quotes=[Q("Ini adalah ancaman serius bagi keamanan kita", "Yoon Suk Yeol", "kata"),
                    Q("Korea Utara telah mengirim 1.500 pasukan khusus ke Rusia", "Badan Intelijen Nasional",
                      "mengatakan", ["Yonhap"], "indirect")],
            quantities=[("1.500 pasukan", 1500, "pasukan", "troops")],
            claims=[C("Badan Intelijen Nasional mengatakan Korea Utara telah mengirim 1.500 pasukan khusus ke Rusia, menurut Yonhap.",
                      "Badan Intelijen Nasional", "send_troops", value=1500, unit="pasukan",
                      subject="Korea Utara", object="Rusia", via=["Yonhap"])],
        ),
        make_article(
            title="Pentagon has no confirmation of North Korean troops in Russia",
            paragraphs=[
                "WASHINGTON (Example Times) — The Pentagon said on Monday it had no confirmation that North Korea had sent troops to Russia.",
                "“We have seen the reports, but we cannot confirm them at this time,” the Pentagon spokesman said.",
                "South Korea's spy agency has said North Korea is sending troops to Russia.",
            ],
            published="2024-10-21", outlet="Example Times", language="en", place="Washington",
            source="example-times-2024-10-21.txt", url="https://times.example/pentagon-no-confirmation",
            entities=[NK_EN, RU_EN, PENTAGON], chrome=[("Home | World | Politics", "navigation")],
            footer=[("Read more: Election coverage", "read_more")],
            quotes=[Q("We have seen the reports, but we cannot confirm them at this time", "Pentagon", "said")],
            claims=[C("The Pentagon said on Monday it had no confirmation that North Korea had sent troops to Russia.",
                      "Pentagon", "send_troops", stance="unconfirmed", subject="North Korea", object="Russia")],
        ),
        make_article(
            title="NIS: 3.000 Tentara Korea Utara Sudah Tiba di Rusia",
            paragraphs=[
                "SEOUL, Harian Contoh — Badan Intelijen Nasional memperkirakan 3.000 tentara Korea Utara sudah tiba di Rusia.",
                "Menurut NIS, Korea Utara akan mengirim lebih banyak pasukan ke Rusia sebelum Desember.",
            ],
            published="2024-10-23", outlet="Harian Contoh", language="id", place="Seoul",
            source="harian-contoh-2024-10-23.txt", url="https://harian.example/3000-tentara",
            entities=[NK, RU, NIS],
            quantities=[("3.000 tentara", 3000, "tentara", "troops")],
            claims=[C("Badan Intelijen Nasional memperkirakan 3.000 tentara Korea Utara sudah tiba di Rusia.",
                      "Badan Intelijen Nasional", "send_troops", value=3000, unit="tentara",
                      subject="Korea Utara", object="Rusia")],
        ),
        make_article(
            title="Rusia Bantah Kehadiran Tentara Korea Utara",
            paragraphs=[
                "MOSKOW, Harian Contoh — Kremlin membantah laporan bahwa Korea Utara mengirim tentara ke Rusia.",
                "“Itu adalah berita palsu,” kata juru bicara Kremlin Dmitry Peskov.",
            ],
            published="2024-10-25", outlet="Harian Contoh", language="id", place="Moskow",
            source="harian-contoh-2024-10-25.txt",
            entities=[NK, RU, ("Kremlin", "ORG", []), ("Dmitry Peskov", "PERSON", ["Peskov"])],
            quotes=[Q("Itu adalah berita palsu", "Dmitry Peskov", "kata")],
            claims=[C("Kremlin membantah laporan bahwa Korea Utara mengirim tentara ke Rusia.",
                      "Kremlin", "send_troops", stance="denies", subject="Korea Utara", object="Rusia")],
        ),
        make_article(
            title="Pentagon says 10,000 North Korean troops sent to Russia",
            paragraphs=[
                "WASHINGTON (Example Times) — The Pentagon said about 10,000 North Korean troops had been sent to Russia for training.",
                "“There is a possibility they will fight against Ukraine,” the Pentagon spokesman said.",
            ],
            published="2024-10-28", outlet="Example Times", language="en", place="Washington",
            source="example-times-2024-10-28.txt", url="https://times.example/pentagon-10000",
            entities=[NK_EN, RU_EN, PENTAGON, ("Ukraine", "GPE", [])],
            chrome=[("Home | World | Politics", "navigation")], footer=[("Read more: Markets", "read_more")],
            quotes=[Q("There is a possibility they will fight against Ukraine", "Pentagon", "said")],
            quantities=[("10,000 North Korean troops", 10000, "troops", "troops")],
            claims=[C("The Pentagon said about 10,000 North Korean troops had been sent to Russia for training.",
                      "Pentagon", "send_troops", value=10000, unit="troops", subject="North Korea", object="Russia")],
        ),
        make_article(
            title="Seoul: North Korea has sent 11,000 troops to Russia",
            paragraphs=[
                "SEOUL (Seoul Wire) — South Korea's National Intelligence Service said North Korea has sent 11,000 troops to Russia, Yonhap reported.",
                "The NIS said some of the troops had been deployed to the Kursk region.",
            ],
            published="2024-11-13", outlet="Seoul Wire", language="en", place="Seoul",
            source="seoul-wire-2024-11-13.txt", url="https://seoulwire.example/11000",
            entities=[NK_EN, RU_EN, ("National Intelligence Service", "ORG", ["NIS"]), YONHAP],
            chrome=[("Home | World | Politics", "navigation")], footer=[("Read more: Markets", "read_more")],
            quantities=[("11,000 troops", 11000, "troops", "troops")],
            claims=[C("South Korea's National Intelligence Service said North Korea has sent 11,000 troops to Russia, Yonhap reported.",
                      "National Intelligence Service", "send_troops", value=11000, unit="troops",
                      subject="North Korea", object="Russia", via=["Yonhap"])],
        ),
    ]


def rate_story() -> list[Article]:
    """An unrelated story: a central bank holds its rate."""
    return [
        make_article(
            title="Bank Indonesia Tahan Suku Bunga Acuan di 6 Persen",
            paragraphs=[
                "JAKARTA, Harian Contoh — Bank Indonesia menahan suku bunga acuan di level 6 persen.",
                "“Keputusan ini konsisten dengan upaya menjaga stabilitas rupiah,” kata Gubernur Bank Indonesia Perry Warjiyo.",
            ],
            published="2024-10-16", outlet="Harian Contoh", language="id", place="Jakarta",
            source="harian-contoh-bi.txt",
            entities=[("Bank Indonesia", "ORG", []), ("Perry Warjiyo", "PERSON", [])],
            quotes=[Q("Keputusan ini konsisten dengan upaya menjaga stabilitas rupiah", "Perry Warjiyo", "kata")],
            quantities=[("6 persen", 6, "persen", "percent")],
            claims=[C("Bank Indonesia menahan suku bunga acuan di level 6 persen.", "Bank Indonesia", "hold_rate",
                      value=6, unit="persen", subject="Bank Indonesia")],
        ),
    ]


HOSTILE_TITLE = f'<script>window.{PWNED}=1</script>Hostile <img src=x onerror="window.{PWNED}=2"> page'


def hostile_article() -> Article:
    """A page whose every field tries to run script or break the layout."""
    return make_article(
        title=HOSTILE_TITLE,
        paragraphs=[
            f'<a href="javascript:window.{PWNED}=3">Click here</a> said the <b onmouseover="window.{PWNED}=4">ministry</b>.',
            f'"><svg onload="window.{PWNED}=5"><script src="https://evil.example/x.js"></script> “</p><script>window.{PWNED}=6</script>” kata Zed.',
            LONG_LINE,
        ],
        published="2024-09-01", outlet='<i onclick="x()">Evil</i> Outlet', language="en",
        source="hostile.html", url=f"javascript:window.{PWNED}=7",
        entities=[("Zed", "PERSON", []), ("ministry", "ORG", [])],
        quotes=[Q(f"</p><script>window.{PWNED}=6</script>", "Zed", "kata")],
        claims=[C(f'<a href="javascript:window.{PWNED}=3">Click here</a> said the', '<img src=x onerror=alert(1)>',
                  "say", stance="asserts")],
        chrome=[(f"<iframe src=javascript:window.{PWNED}=8>", "navigation")],
    )


def corpus() -> list[Article]:
    return [*troop_story(), *rate_story(), hostile_article()]


def build_store(url: str):
    """A fresh Store at `url` holding `corpus()`, with stories and conflicts rebuilt."""
    from warta.store import db

    store = db.Store(url)
    store.add_articles(corpus())
    store.rebuild_corpus()
    return store


@contextmanager
def fresh_postgres(base_url: str) -> Iterator[str]:
    """A throw-away database on the server of `base_url` (WARTA_TEST_PG_URL), dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"warta_web_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def corpus_store(kind: str, tmp_dir: Path) -> Iterator[tuple[str, object]]:
    """(url, store) for 'sqlite' (a file under tmp_dir) or 'postgres' (WARTA_TEST_PG_URL)."""
    if kind == "postgres":
        base = os.environ.get("WARTA_TEST_PG_URL")
        if not base:
            import pytest

            pytest.skip("PostgreSQL tests need WARTA_TEST_PG_URL")
        with fresh_postgres(base) as url:
            store = build_store(url)
            try:
                yield url, store
            finally:
                store.close()
        return
    url = f"sqlite:///{tmp_dir / 'corpus.db'}"
    store = build_store(url)
    try:
        yield url, store
    finally:
        store.close()


def has_extract() -> bool:
    """True once the single-page pipeline imports (the web tests of /paste and /api/extract need it)."""
    try:
        import warta.extraction  # noqa: F401
    except ImportError:
        return False
    return True
