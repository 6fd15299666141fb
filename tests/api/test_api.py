"""The JSON API over a store holding the test corpus: contracts, filters, pagination and errors."""

from __future__ import annotations

import pytest

from warta.models import Article

from .corpus import PWNED, corpus


def _article_id(client, source: str) -> int:
    items = client.get("/api/articles", params={"per_page": 100}).json()["items"]
    return next(a["id"] for a in items if a["source"] == source)


def test_articles_are_listed_newest_first_with_pagination(client):
    body = client.get("/api/articles", params={"per_page": 3}).json()
    assert body["total"] == len(corpus())
    assert (body["page"], body["per_page"], len(body["items"])) == (1, 3, 3)
    days = [a["published"] for a in body["items"]]
    assert days == sorted(days, reverse=True)
    second = client.get("/api/articles", params={"per_page": 3, "page": 2}).json()
    assert {a["id"] for a in second["items"]}.isdisjoint(a["id"] for a in body["items"])
    assert client.get("/api/articles", params={"page": 50}).json()["items"] == []


@pytest.mark.parametrize("params,sources", [
    ({"lang": "en", "outlet": "Example Times"}, {"example-times-2024-10-21.txt", "example-times-2024-10-28.txt"}),
    ({"since": "2024-10-24", "until": "2024-10-31"}, {"harian-contoh-2024-10-25.txt", "example-times-2024-10-28.txt"}),
    ({"q": "Kremlin"}, {"harian-contoh-2024-10-25.txt"}),
])
def test_article_filters(client, params, sources):
    items = client.get("/api/articles", params={**params, "per_page": 100}).json()["items"]
    assert {a["source"] for a in items} == sources


def test_article_is_the_full_extraction_record(client):
    original = next(a for a in corpus() if a.source == "inakoran-2024-10-18.txt")
    r = client.get(f"/api/articles/{_article_id(client, original.source)}")
    assert r.status_code == 200
    assert Article.model_validate(r.json()) == original


def test_stories_carry_outlets_languages_dates_and_conflicts(client, troop_story_id):
    stories = client.get("/api/stories").json()
    troop = next(s for s in stories["items"] if s["id"] == troop_story_id)
    assert troop["article_count"] == 6
    assert set(troop["languages"]) == {"en", "id"}
    assert {"Inakoran", "Example Times", "Harian Contoh", "Seoul Wire"} <= set(troop["outlets"])
    assert (troop["first"], troop["last"]) == ("2024-10-18", "2024-11-13")
    assert troop["conflict_count"] >= 1


def test_story_detail_has_articles_timeline_conflicts_and_figures(client, troop_story_id):
    story = client.get(f"/api/stories/{troop_story_id}").json()
    assert len(story["articles"]) == 6
    values = {c["value"] for c in story["claims"] if c["value"] is not None}
    assert {1500, 3000, 10000, 11000} <= values
    assert story["conflicts"] and all(c["story"] == troop_story_id for c in story["conflicts"])
    assert any(len({p["value"] for p in f["points"]}) > 1 for f in story["figures"])


def test_conflicts_put_disagreeing_claims_together(client, troop_story_id):
    body = client.get("/api/conflicts", params={"story": troop_story_id}).json()
    assert body["total"] >= 1 and body["page"] == 1
    stances = {c["stance"] for conflict in body["items"] for c in conflict["claims"]}
    assert "asserts" in stances and stances & {"denies", "unconfirmed"}
    claim = body["items"][0]["claims"][0]
    for key in ("article_id", "source", "via", "value", "stance", "published", "evidence", "evidence_span",
                "outlet", "language"):
        assert key in claim
    record = client.get(f"/api/articles/{claim['article_id']}").json()
    start, end = claim["evidence_span"]
    assert record["text"][start:end] == claim["evidence"]
    assert client.get("/api/conflicts", params={"story": 999_999}).json()["items"] == []


def test_claims_filter_by_stance_and_source(client):
    denies = client.get("/api/claims", params={"stance": "denies"}).json()["items"]
    assert [c["source"] for c in denies] == ["Kremlin"]
    pentagon = client.get("/api/claims", params={"source": "Pentagon"}).json()["items"]
    assert {c["value"] for c in pentagon} == {None, 10000}


def test_entity_has_aliases_across_languages(client, store):
    entity = store.find_entity("Korea Utara")
    body = client.get(f"/api/entities/{entity.id}").json()
    aliases = {a["alias"] for a in body["aliases"]}
    assert {"Korea Utara", "North Korea"} <= aliases
    assert len(body["articles"]) >= 6
    assert body["statements_about"]


def test_search_finds_articles(client):
    body = client.get("/api/search", params={"q": "Pentagon"}).json()
    assert set(body) == {"items", "total", "page", "per_page"}
    assert {h["source"] for h in body["items"]} >= {"example-times-2024-10-21.txt", "example-times-2024-10-28.txt"}
    assert body["total"] == len(body["items"]) and (body["page"], body["per_page"]) == (1, 20)
    one = client.get("/api/search", params={"q": "Pentagon", "per_page": 1, "page": 2}).json()
    assert (one["total"], len(one["items"]), one["page"]) == (body["total"], 1, 2)
    assert one["items"][0]["article_id"] == body["items"][1]["article_id"]


@pytest.mark.parametrize("q,says", [
    ("   ", "no words"), ('"pasukan khusus', "quote is not closed"), ("Pentagon OR", "OR needs"),
    ("-Pentagon", "only leaves things out"),
])
def test_malformed_search_is_400_with_a_hint(client, q, says):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 400, r.text
    body = r.json()
    assert says in body["detail"] and body["message"].startswith("invalid search query")
    assert "OR" in body["hint"] and "12.000" in body["hint"]
    assert client.get("/api/articles", params={"q": q}).status_code == 400


@pytest.mark.parametrize("path", ["/api/articles/999999", "/api/stories/999999", "/api/entities/999999"])
def test_missing_things_are_404_json(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert "999999" in r.json()["detail"] and r.json()["message"]


@pytest.mark.parametrize("path,params", [
    ("/api/articles/abc", {}), ("/api/articles/0", {}), ("/api/articles/99999999999999999999", {}),
    ("/api/articles", {"page": 0}), ("/api/articles", {"per_page": 1000}), ("/api/articles", {"page": "x"}),
    ("/api/articles", {"since": "yesterday"}), ("/api/articles", {"lang": "<script>"}),
    ("/api/articles", {"q": "x" * 201}), ("/api/articles", {"q": "a\x00b"}), ("/api/claims", {"stance": "maybe"}),
    ("/api/search", {}), ("/api/search", {"q": ""}), ("/api/conflicts", {"story": -1}),
])
def test_invalid_parameters_are_422_json(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["message"].startswith("invalid parameters") and isinstance(body["detail"], list)


@pytest.mark.parametrize("params", [
    {"q": '"'}, {"q": "*"}, {"q": "AND OR NOT"}, {"q": "NEAR(a b)"}, {"q": "'; DROP TABLE articles; --"},
    {"outlet": "%"}, {"outlet": "_"}, {"lang": "xx"}, {"q": "é ü 漢字 🙂"},
])
def test_hostile_queries_never_500(client, params):
    # a query that cannot be read is a 400 with a hint; anything else is searched
    malformed = params.get("q") in ('"', "*", "AND OR NOT")
    r = client.get("/api/articles", params=params)
    assert r.status_code == (400 if malformed else 200), r.text
    assert client.get("/api/search", params={"q": params.get("q", "x")}).status_code == (400 if malformed else 200)
    assert client.get("/api/claims", params={"about": params.get("q", "%"), "source": "%_"}).status_code == 200


def test_security_headers_on_every_response(client):
    for path in ("/api/articles", "/api/articles/999999", "/openapi.json"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "object-src 'none'" in h["content-security-policy"]
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"]


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/stories/{story_id}",
                 "/api/conflicts", "/api/claims", "/api/entities/{entity_id}", "/api/search", "/api/extract"):
        assert path in paths
    assert "post" in paths["/api/extract"]
    assert set(paths["/api/extract"]["post"]["requestBody"]["content"]) >= {"application/json", "text/plain"}
    # Swagger UI needs inline scripts and a CDN, which the CSP forbids: the HTML docs live at /api.
    assert client.get("/docs").status_code == 404


def test_read_only_server_refuses_ingest(client):
    r = client.post("/api/articles", json={"text": "Judul\nIsi berita."})
    assert r.status_code == 403
    assert "--allow-ingest" in r.json()["detail"]
    assert client.put("/api/articles/1").status_code == 405
    assert client.delete("/api/articles/1").status_code == 405


def test_hostile_record_comes_back_verbatim_as_json(client):
    r = client.get(f"/api/articles/{_article_id(client, 'hostile.html')}")
    assert r.headers["content-type"].startswith("application/json")
    assert f"<script>window.{PWNED}=1</script>" in r.json()["title"]
