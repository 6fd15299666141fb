"""Request bodies: size limits (declared and streamed), extraction in and out, optional ingest."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from warta.api.app import create_app
from warta.models import Article

from .corpus import has_extract

needs_extract = pytest.mark.skipif(not has_extract(), reason="warta.extraction is not importable")

PAGE = """Pentagon: Belum Ada Konfirmasi Soal Pasukan Korea Utara
Beranda | Internasional
WASHINGTON, Harian Contoh — Pentagon mengatakan belum memiliki konfirmasi bahwa Korea Utara mengirim pasukan ke Rusia.
“Kami belum bisa mengonfirmasi laporan itu,” kata juru bicara Pentagon Sabrina Singh.
Baca juga: Berita lain
"""


@pytest.fixture(scope="module")
def small_app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('limits') / 'w.db'}"
    with TestClient(create_app(url, max_body=1000), raise_server_exceptions=False) as c:
        yield c


def test_declared_body_over_the_limit_is_413(small_app):
    r = small_app.post("/api/extract", content=b"x" * 1001, headers={"content-type": "text/plain"})
    assert r.status_code == 413
    assert "1000" in r.json()["detail"]


def test_streamed_body_over_the_limit_is_413(small_app):
    def chunks():  # no Content-Length: the server must count what arrives
        for _ in range(20):
            yield b"y" * 100

    r = small_app.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert r.status_code == 413


def test_form_posts_are_limited_too(small_app):
    r = small_app.post("/paste", data={"page": "z" * 5000})
    assert r.status_code == 413


def test_bad_content_length_is_400(small_app):
    r = small_app.post("/api/extract", content=b"abc", headers={"content-type": "text/plain", "content-length": "abc"})
    assert r.status_code == 400


@pytest.mark.parametrize("kwargs,status", [
    ({"json": {}}, 422),
    ({"json": {"text": "a", "html": "<p>b</p>"}}, 422),
    ({"json": {"text": "a", "lang": "<script>"}}, 422),
    ({"json": {"text": 5}}, 422),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
    ({"content": b'"a string"', "headers": {"content-type": "application/json"}}, 400),
    ({"content": b"   \n ", "headers": {"content-type": "text/plain"}}, 400),
    ({"content": b"\x00\x01\x02", "headers": {"content-type": "application/octet-stream"}}, 415),
])
def test_bad_extract_requests_are_4xx_json(small_app, kwargs, status):
    r = small_app.post("/api/extract", **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["detail"] and r.json()["message"]


def test_ingest_is_forbidden_unless_allowed(small_app):
    r = small_app.post("/api/articles", json={"text": "x"})
    assert r.status_code == 403 and "--allow-ingest" in r.json()["message"]


@needs_extract
@pytest.mark.parametrize("kwargs", [
    {"json": {"text": PAGE, "lang": "id"}},
    {"content": PAGE.encode(), "headers": {"content-type": "text/plain; charset=utf-8"}},
    {"json": {"html": "<html><head><title>T</title></head><body><article><h1>Pentagon: Belum Ada Konfirmasi</h1>"
                      "<p>" + PAGE.splitlines()[2] + "</p><p>" + PAGE.splitlines()[3] + "</p></article></body></html>"}},
])
def test_extract_returns_a_record_and_stores_nothing(tmp_path, kwargs):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with TestClient(create_app(url)) as c:
        r = c.post("/api/extract", **kwargs)
        assert r.status_code == 200, r.text
        article = Article.model_validate(r.json())
        assert "Pentagon" in article.text and article.paragraphs
        assert c.get("/api/articles").json()["total"] == 0


@needs_extract
def test_ingest_when_allowed_stores_the_page(tmp_path):
    url = f"sqlite:///{tmp_path / 'ingest.db'}"
    with TestClient(create_app(url, allow_ingest=True)) as c:
        r = c.post("/api/articles", json={"text": PAGE, "source": "posted.txt"})
        assert r.status_code == 200, r.text
        (article_id,) = r.json()["report"]["article_ids"]
        assert c.get(f"/api/articles/{article_id}").json()["source"] == "posted.txt"
        again = c.post("/api/articles", json={"text": PAGE, "source": "posted.txt"}).json()
        assert again["report"]["duplicates"] == 1


@pytest.mark.parametrize("kwargs", [
    {"params": {"lang": "xyz"}, "content": b"Judul\nIsi berita.", "headers": {"content-type": "text/plain"}},
    {"params": {"lang": "fr"}, "content": b"Judul\nIsi berita.", "headers": {"content-type": "text/plain"}},
    {"json": {"text": "Judul\nIsi berita.", "lang": "fr"}},
])
def test_extract_refuses_a_language_warta_has_no_resources_for(small_app, kwargs):
    # it used to echo lang=xyz into the record and silently skip all analysis
    r = small_app.post("/api/extract", **kwargs)
    assert r.status_code == 422, r.text
    assert "lang: Input should be 'auto', 'id' or 'en'" in r.json()["message"]
    params = small_app.get("/openapi.json").json()["paths"]["/api/extract"]["post"]["parameters"]
    assert next(p for p in params if p["name"] == "lang")["schema"]["enum"] == ["auto", "id", "en"]
