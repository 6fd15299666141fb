"""Server-rendered pages over the test corpus, read as HTML without a browser."""

from __future__ import annotations

import re

import pytest

from .conftest import corpus_module

PWNED = corpus_module.PWNED


def test_home_lists_stories_with_outlets_languages_dates_and_conflict_badge(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert 'role="search"' in html and 'name="q"' in html
    assert "Seoul Wire" in html and "Example Times" in html
    assert "2024-10-18 – 2024-11-13" in html
    assert re.search(r'class="badge"[^>]*>\d+ conflicts?<', html)


def test_story_page_leads_with_one_card_per_disputed_question(client, ids):
    html = client.get(f"/stories/{ids['troop_story']}").text
    assert html.index('id="disagree"') < html.index('id="agree"') < html.index('id="art-h"')
    # two questions: how many troops (a chart and a table) and whether they were sent (a table)
    cards = re.findall(r'<article class="conflict question"', html)
    assert len(cards) == 2
    assert html.count('<figure class="chart"') == 1
    wide = re.search(r'<svg class="timeline wide".*?</svg>', html, re.S).group(0)
    for label in ("3,000", "10,000", "11,000"):
        assert f">{label}<" in wide
    # NIS revised its own figure (3,000 on 23 Oct, 11,000 on 13 Nov): one line, NIS's; the Pentagon is not joined
    lines = re.findall(r'<line class="line c-\d" data-series="([^"]+)"', wide)
    assert lines == ["National Intelligence Service"]
    assert "revised from 3,000" in html
    # the answers to whether troops were sent: asserted, not confirmed, denied, in date order
    table = next(c for c in html.split('<article class="conflict question"')[1:] if "stance-denies" in c)
    dates = re.findall(r'<td class="when" data-label="Date">([^<]*)</td>', table)
    assert dates == sorted(dates) and len(dates) == 6
    assert "stance-unconfirmed" in table and "stance-denies" in table
    links = re.findall(r'<a class="go" href="/articles/(\d+)\?hl=(\d+)-(\d+)#hl" title="[^"]*">([^<]+)</a>', html)
    assert links and all(".txt" not in t and "/" not in t for *_, t in links)
    assert "Kremlin membantah laporan" in html  # the evidence, quoted under its link
    assert html.count('<li class="article-row">') == 6


def test_conflict_link_highlights_the_evidence_sentence(client, ids):
    story = client.get(f"/api/stories/{ids['troop_story']}").json()
    claim = story["conflicts"][0]["claims"][0]
    start, end = claim["evidence_span"]
    html = client.get(f"/articles/{claim['article_id']}", params={"hl": f"{start}-{end}"}).text
    marked = re.search(r'<mark class="hl" id="hl"[^>]*>(.*?)</mark>', html, re.S)
    assert marked
    plain = re.sub(r"<[^>]+>", "", marked.group(1))
    assert claim["evidence"].startswith(plain)


def test_article_page_marks_quotes_entities_and_quantities(client, ids):
    html = client.get(f"/articles/{ids['inakoran-2024-10-18.txt']}").text
    assert re.search(r'<span class="q q-direct sp-\d" id="q0" tabindex="0" title="direct quote · speaker: Yoon Suk Yeol · cue: kata"', html)
    assert 'title="indirect quote · speaker: Badan Intelijen Nasional · cue: mengatakan · via Yonhap"' in html
    assert 'class="qty qty-troops" tabindex="0" title="1,500 pasukan · troops"' in html
    assert 'class="ent ent-GPE"' in html
    assert "<h2 id=\"wsw\">Who said what</h2>" in html and "<td>Yonhap</td>" in html
    assert re.search(r"<details class=\"removed\">\s*<summary>Removed boilerplate \(2 lines\)", html)
    assert "Beranda | Nasional | Internasional" in html
    assert f'href="/articles/{ids["inakoran-2024-10-18.txt"]}/raw"' in html


def test_bad_highlight_is_ignored_not_an_error(client, ids):
    r = client.get(f"/articles/{ids['inakoran-2024-10-18.txt']}", params={"hl": "999999-1000000"})
    assert r.status_code == 200 and "not a range inside this article" in r.text and 'id="hl"' not in r.text


def test_raw_page_is_plain_text(client, ids):
    r = client.get(f"/articles/{ids['hostile.html']}/raw")
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert f"<script>window.{PWNED}=1</script>" in r.text


def test_hostile_page_is_escaped_everywhere(client, ids):
    for path in (f"/articles/{ids['hostile.html']}", "/", "/articles", "/search?q=Hostile", "/stories"):
        html = client.get(path).text
        assert "<script>window." not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "<iframe" not in html and 'href="javascript:' not in html and "<i onclick" not in html
        assert not re.search(r"<[^>]+\son\w+=", html), path
    html = client.get(f"/articles/{ids['hostile.html']}").text
    assert f"&lt;script&gt;window.{PWNED}=1&lt;/script&gt;" in html
    assert corpus_module.LONG_LINE in html


def test_entity_page_shows_aliases_articles_and_statements(client):
    r = client.get("/entities", params={"name": "Korea Utara"}, follow_redirects=False)
    assert r.status_code == 303
    html = client.get(r.headers["location"]).text
    assert "North Korea" in html and "Korea Utara" in html
    assert "Claims about North Korea" in html and "Intelijen Korsel" in html


def test_search_page(client):
    html = client.get("/search", params={"q": "Pentagon"}).text
    assert "Pentagon says 10,000 North Korean troops sent to Russia" in html
    assert "Nothing found" in client.get("/search", params={"q": "zzzzqqq"}).text
    bad = client.get("/search", params={"q": '"North Korea'})
    assert bad.status_code == 200 and "a quote is not closed" in bad.text and "How to search:" in bad.text


def test_articles_page_filters(client):
    html = client.get("/articles", params={"lang": "en"}).text
    assert "Seoul: North Korea has sent 11,000 troops to Russia" in html
    assert "Bank Indonesia" not in html


def test_conflicts_page(client):
    html = client.get("/conflicts").text
    assert '<article class="conflict question"' in html and "North Korea" in html


def test_api_page_documents_every_endpoint(client):
    html = client.get("/api").text
    for path in ("/api/articles", "/api/stories/{story_id}", "/api/conflicts", "/api/extract", "/api/search"):
        assert f"<code>{path}</code>" in html


@pytest.mark.parametrize("path,status", [("/articles/999999", 404), ("/stories/999999", 404), ("/nope", 404),
                                         ("/entities/999999", 404), ("/articles?page=0", 422)])
def test_errors_are_html_pages_in_the_ui(client, path, status):
    r = client.get(path)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert "<h1>" in r.text and "Content-Security-Policy".lower() in {k.lower() for k in r.headers}


def test_every_page_sends_the_csp(client, ids):
    for path in ("/", f"/stories/{ids['troop_story']}", "/paste", "/static/warta.css"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp


def test_no_inline_scripts_or_styles_in_templates(client, ids):
    for path in ("/", f"/stories/{ids['troop_story']}", f"/articles/{ids['inakoran-2024-10-18.txt']}", "/paste", "/api"):
        html = client.get(path).text
        assert re.findall(r"<script(?![^>]*\ssrc=)", html) == []
        assert " style=" not in html and "<style" not in html


def test_paste_form_without_a_page_is_400(client):
    assert 'name="page"' in client.get("/paste").text
    r = client.post("/paste", data={"page": "  "})
    assert r.status_code == 400 and "Paste a page first" in r.text


@pytest.mark.skipif(not corpus_module.has_extract(), reason="warta.extraction is not importable")
def test_paste_analyses_a_page_without_storing_it(client, store):
    before = store.count_articles()
    page = ("Polisi Tangkap Dua Tersangka\nJAKARTA, Harian Contoh — Polisi menangkap dua tersangka pada Senin.\n"
            "“Kami masih mendalami kasus ini,” kata Kapolres Budi Santoso.\n<script>alert(1)</script>")
    r = client.post("/paste", data={"page": page, "lang": "id"})
    assert r.status_code == 200
    assert "Polisi Tangkap Dua Tersangka" in r.text and "<script>alert(1)</script>" not in r.text
    assert store.count_articles() == before
