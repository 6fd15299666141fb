"""The server under hostile and unlucky clients: Host allowlist, cross-site and anonymous writes,
rebuilds per POST, the extraction budget, the OpenAPI document, LIKE wildcards, bidi overrides."""

from __future__ import annotations

import asyncio
import multiprocessing

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient

from warta.api.app import create_app
from warta.api.security import allowed_hosts_for, host_name

from .corpus import has_extract

needs_extract = pytest.mark.skipif(not has_extract(), reason="warta.extraction is not importable")
BASE = "http://127.0.0.1:8000"
PAGE = ("Banjir Landa Palu, {n} Warga Mengungsi\n"
        "PALU, Warta — Banjir bandang melanda Kota Palu pada Senin pagi setelah hujan deras sejak Minggu malam.\n"
        "Kepala BPBD Palu Andi Saputra mengatakan sebanyak {n} warga mengungsi ke tempat yang lebih aman.\n")


def _app(tmp_path, **kwargs):
    return create_app(f"sqlite:///{tmp_path / 'w.db'}", allowed_hosts=allowed_hosts_for("127.0.0.1"), **kwargs)


def test_host_names():
    assert [host_name(h) for h in ("Example.ORG:8000", "[::1]:8000", "127.0.0.1", "x.example.")] == [
        "example.org", "::1", "127.0.0.1", "x.example"]
    assert allowed_hosts_for("0.0.0.0", ["news.example:443"]) == ["localhost", "127.0.0.1", "::1", "news.example"]


def test_other_host_headers_are_refused(tmp_path):
    with TestClient(_app(tmp_path), base_url=BASE) as c:
        assert c.get("/api/stories").status_code == 200
        assert c.get("/api/stories", headers={"host": "[::1]:8000"}).status_code == 200
        # DNS rebinding: evil.example resolves to 127.0.0.1, the browser still says Host: evil.example
        r = c.get("/api/stories", headers={"host": "evil.example:8000"})
        assert r.status_code == 400 and "--allowed-host" in r.json()["detail"]
    with TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", allowed_hosts=allowed_hosts_for(
            "127.0.0.1", ["news.example"])), base_url="http://news.example") as c:
        assert c.get("/api/stories").status_code == 200


@needs_extract
def test_cross_site_posts_are_refused_and_same_origin_ones_stored(tmp_path):
    with TestClient(_app(tmp_path, allow_ingest=True), base_url=BASE) as c:
        body = PAGE.format(n="1.200").encode()
        evil = c.post("/api/articles", content=body, headers={"content-type": "text/plain", "origin": "http://evil.example"})
        assert evil.status_code == 403 and "cross-site" in evil.json()["detail"]
        fetch = c.post("/api/articles", content=body, headers={"content-type": "text/plain",
                                                                "sec-fetch-site": "cross-site"})
        assert fetch.status_code == 403
        assert c.get("/api/articles").json()["total"] == 0
        own = c.post("/api/articles", content=body, headers={"content-type": "text/plain", "origin": BASE})
        assert own.status_code == 200, own.text
        assert c.get("/api/articles").json()["total"] == 1


@needs_extract
def test_token_lets_a_client_in_and_only_it_may_update_a_source(tmp_path):
    with TestClient(_app(tmp_path, allow_ingest=True, token="s3cret"), base_url=BASE) as c:
        first = {"text": PAGE.format(n="12.000"), "source": "https://warta.example/palu"}
        assert c.post("/api/articles", json=first).status_code == 401  # a program without the token
        assert c.post("/api/articles", json=first, headers={"authorization": "Bearer nope"}).status_code == 401
        r = c.post("/api/articles", json=first, headers={"origin": "http://evil.example",
                                                        "authorization": "Bearer s3cret"})
        assert r.status_code == 200, r.text
        old_id = r.json()["report"]["article_ids"][0]
        changed = {"text": PAGE.format(n="15.000"), "source": "https://warta.example/palu"}
        # same-origin but anonymous: may add pages, may not rewrite what a stored source says
        refused = c.post("/api/articles", json=changed, headers={"origin": BASE})
        assert refused.status_code == 409 and f"article {old_id}" in refused.json()["detail"]
        same = c.post("/api/articles", json=first, headers={"origin": BASE})
        assert same.status_code == 200 and same.json()["report"]["duplicates"] == 1
        r = c.post("/api/articles", json=changed, headers={"x-warta-token": "s3cret"})
        assert r.status_code == 200 and r.json()["report"]["updated"] == 1
        new_id = r.json()["report"]["article_ids"][0]
        versions = c.get(f"/api/articles/{new_id}/versions").json()
        assert [(v["id"], v["version"], v["current"]) for v in versions] == [(old_id, 1, False), (new_id, 2, True)]
        assert versions[1]["removed_figures"] == ["12.000 warga"] and versions[1]["added_figures"] == ["15.000 warga"]
        assert c.get("/api/articles/999/versions").status_code == 404
        c.app.state.rebuilder.flush()
        page = c.get(f"/articles/{new_id}").text
        assert "Corrected / updated" in page and "<del>12.000 warga</del>" in page and "<ins>15.000 warga</ins>" in page
        old = c.get(f"/articles/{old_id}").text
        assert "it was updated since" in old and f'href="/articles/{new_id}"' in old


@needs_extract
def test_posts_do_not_rebuild_each_time(tmp_path):
    app = _app(tmp_path, allow_ingest=True, rebuild_delay=30)  # nothing runs before flush()
    with TestClient(app, base_url=BASE) as c:
        store = app.state.store.get()
        calls = []
        real = store.update_corpus  # incremental: the posts' articles only
        store.update_corpus = lambda *a: (calls.append(1), real(*a))[1]
        for i, town in enumerate(("Palu", "Sigi", "Garut")):
            r = c.post("/api/articles", json={"text": PAGE.format(n=f"{i + 1}00").replace("Palu", town)})
            assert r.status_code == 200, r.text
        assert calls == []  # no corpus update inside a request
        app.state.rebuilder.flush()
        assert calls == [1]  # one for the burst
        assert c.get("/api/stories").json()["total"] >= 1


class _Gone:
    async def is_disconnected(self) -> bool:
        return True


@pytest.mark.slow
@needs_extract
def _run(coro):
    """asyncio.run in a thread of its own: a browser test's event loop may still run in this one."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as ex:
        return ex.submit(asyncio.run, coro).result()


def test_extraction_budget_and_disconnect_stop_the_worker(tmp_path):
    from warta.api.worker import ExtractionPool

    page = PAGE.format(n="300")
    pool = ExtractionPool(0.3)  # less than a worker needs to load the models: the budget runs out
    with pytest.raises(HTTPException) as err:
        _run(pool.run(None, page, "id", None))
    assert err.value.status_code == 503 and "budget of 0.3 s" in err.value.detail
    pool.budget_s = 120.0
    with pytest.raises(HTTPException) as err:  # the client went away: its extraction stops
        _run(pool.run(_Gone(), page, "id", None))
    assert err.value.status_code == 499
    # both workers were stopped, none left running
    assert [p for p in multiprocessing.active_children() if p.name == "warta-extract"] == []
    article = _run(pool.run(None, page, "id", "posted"))
    assert "Palu" in article.text and article.source == "posted"
    pool.close()
    with TestClient(_app(tmp_path, extract_budget=0.3), base_url=BASE) as c:
        r = c.post("/api/extract", json={"text": page})
        assert r.status_code == 503 and "budget" in r.json()["message"]


def test_openapi_references_resolve_and_errors_are_documented(client):
    doc = client.get("/openapi.json").json()
    refs = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.add(node["$ref"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    assert "#/components/schemas/ExtractRequest" in refs
    missing = [r for r in refs if r.split("/")[-1] not in doc["components"]["schemas"]]
    assert missing == []
    assert set(doc["components"]["schemas"]["ExtractRequest"]["properties"]) >= {"text", "html", "lang", "source"}
    extract = doc["paths"]["/api/extract"]["post"]["responses"]
    assert "the page is empty" in extract["400"]["description"]
    ingest = doc["paths"]["/api/articles"]["post"]["responses"]
    assert {"400", "401", "403", "409", "503"} <= set(ingest)


def test_entity_lookup_treats_like_wildcards_as_text(client):
    for name in ("%", "_", "%%", "a%"):
        assert client.get("/entities", params={"name": name}, follow_redirects=False).status_code == 404, name
