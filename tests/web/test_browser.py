"""Real Chromium (Debian's, through Playwright) against uvicorn on 127.0.0.1: follow a conflict
to its evidence, prove a hostile page runs no script, and write the README screenshots."""

from __future__ import annotations

import pytest

from .conftest import SCREENSHOTS, corpus_module

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PWNED = corpus_module.PWNED


def test_home_story_conflict_card_to_highlighted_sentence(page, live_server, ids):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)

    page.goto(live_server + "/")
    assert page.locator(".badge").first.is_visible()

    page.get_by_role("link", name=page.locator("li.story h3 a").first.inner_text()).first.click()
    page.wait_for_load_state()
    if f"/stories/{ids['troop_story']}" not in page.url:
        page.goto(f"{live_server}/stories/{ids['troop_story']}")
    assert page.locator("svg.timeline.wide a.pt").count() >= 3

    row = page.locator("article.conflict tr.answer").first
    link = row.locator("a.go")
    evidence = link.get_attribute("title")
    link.click()
    page.wait_for_url("**/articles/**#hl")
    mark = page.locator("mark#hl")
    assert mark.is_visible()
    assert " ".join(mark.inner_text().split()) == " ".join(evidence.split())
    assert page.evaluate("document.activeElement && document.activeElement.id") == "hl"  # warta.js focused it
    assert errors == []


def test_keyboard_reaches_quotes_and_shows_their_speaker(page, live_server, ids):
    page.goto(f"{live_server}/articles/{ids['inakoran-2024-10-18.txt']}")
    quote = page.locator("#q0")
    quote.focus()
    assert page.evaluate("document.activeElement.id") == "q0"
    tip = page.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert "Yoon Suk Yeol" in tip
    page.locator("details.removed summary").press("Enter")
    assert page.locator("details.removed li").first.is_visible()


def test_hostile_page_runs_no_script_and_has_csp(page, live_server, ids):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    response = page.goto(f"{live_server}/articles/{ids['hostile.html']}")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert page.locator("h1").inner_text().startswith("<script>")
    for locator in ("text=Click here", "text=ministry"):
        page.locator(locator).first.hover()
    page.locator("text=Click here").first.click()
    page.wait_for_timeout(300)
    assert page.evaluate(f"typeof window.{PWNED}") == "undefined"
    assert dialogs == []
    assert not [u for u in requests if "evil.example" in u]
    # Even a script injected past the escaping would be refused by the CSP.
    page.evaluate("""() => { const s = document.createElement('div');
        s.innerHTML = '<img src=x onerror="window.__warta_pwned=9">'; document.body.appendChild(s); }""")
    page.wait_for_timeout(300)
    assert page.evaluate(f"typeof window.{PWNED}") == "undefined"


def test_phone_width_has_no_horizontal_page_scroll(phone, live_server, ids):
    for path in ("/", f"/stories/{ids['troop_story']}", f"/articles/{ids['inakoran-2024-10-18.txt']}",
                 f"/articles/{ids['hostile.html']}"):
        phone.goto(live_server + path)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 391, (path, width)


def _story_id(base: str, title_part: str) -> int:
    import httpx

    return next(s["id"] for s in httpx.get(base + "/api/stories").json()["items"] if title_part in s["title"])


@pytest.mark.parametrize("width", [1400, 390])
@pytest.mark.parametrize("story", ["Riverton floods", "Tentara Korea Utara"])
def test_story_leads_with_disagreement_and_every_chart_point_is_on_screen(browser, showcase_server, width, story):
    """At desk and phone width: the disputed questions come before the agreed ones; a numeric
    question's chart shows every answer inside the viewport, each source with its own colour and
    shape, the legend drawing the same marks; every evidence link is named by an article title."""
    import httpx

    story_id = _story_id(showcase_server, story)
    detail = httpx.get(f"{showcase_server}/api/stories/{story_id}").json()
    titles = {a["title"] for a in detail["articles"]}
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        pg = context.new_page()
        pg.goto(f"{showcase_server}/stories/{story_id}")
        order = pg.evaluate("""() => [...document.querySelectorAll('main h2')].map(h => h.id)""")
        assert order.index("disagree-h") < order.index("agree-h")
        # what the sources agree on is collapsed (or says there is nothing)
        assert pg.evaluate("(d => d ? d.open : null)(document.querySelector('#agree details'))") in (
            False, None if story != "Riverton floods" else False)
        assert pg.evaluate("document.documentElement.scrollWidth") <= width + 1

        charts = pg.locator("figure.chart")
        assert charts.count() >= 1
        for i in range(charts.count()):
            chart = charts.nth(i)
            svg = chart.locator("svg.timeline.wide" if width > 640 else "svg.timeline.narrow")
            assert svg.is_visible()
            boxes = svg.locator(".mk").evaluate_all(
                "els => els.map(e => { const r = e.getBoundingClientRect(); const s = e.ownerSVGElement.getBoundingClientRect();"
                " return [r.left, r.right, r.top - s.top, r.bottom - s.top, r.width, s.height,"
                " e.getAttribute('class'), e.dataset.series]; })")
            assert boxes
            for left, right, top, bottom, w, svg_h, _, _ in boxes:
                assert left >= 0 and right <= width and w > 4  # inside the viewport, and drawn
                assert top >= 0 and bottom <= svg_h  # not clipped by the drawing
            legend = chart.locator(".legend li").evaluate_all(
                "els => els.map(e => [e.textContent.trim(), e.dataset.mark])")
            pairs = [m for _, m in legend]
            assert len(set(pairs)) == len(pairs)  # colour+shape unique per chart
            by_source = {series: " ".join(p for p in cls.split() if p.startswith(("c-", "sh-")))
                         for *_, cls, series in boxes}
            assert by_source == dict(legend)  # each source's mark in the chart is its mark in the legend
            assert len(by_source) == len(legend)

        links = pg.locator("article.conflict a.go").all_inner_texts()
        assert links and all(t.strip() in titles for t in links)
        for card in pg.locator("article.conflict").all():
            dates = [d.strip() for d in card.locator("td.when").all_inner_texts()]
            assert dates == sorted(dates, key=lambda d: "9999" if d == "undated" else d)
    finally:
        context.close()


def test_flood_story_one_card_many_sources_and_copies_not_counted(browser, showcase_server):
    """Nine sources, nine tolls: one card with a nine-row table, names written beside the points;
    two sources agree on the missing, and the syndicated copy adds no source."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        pg = context.new_page()
        pg.goto(f"{showcase_server}/stories/{_story_id(showcase_server, 'Riverton floods')}")
        cards = pg.locator("#disagree article.conflict")
        assert cards.count() == 1
        assert cards.first.locator("tr.answer").count() == 9
        assert not any("Copy Desk" in t for t in cards.first.locator("td.outlet").all_inner_texts())
        labels = cards.first.locator("svg.wide text.lbl").evaluate_all("els => els.map(e => e.textContent)")
        assert "Army spokesman Ben Ito 30" in labels
        pg.locator("#agree summary").click()
        row = pg.locator("table.agreements tbody tr")
        assert row.count() == 1
        text = " ".join(row.first.inner_text().split())
        assert "6" in text and "Search and Rescue Office, Riverton Fire Department" in text
        assert "1 syndicated copy not counted" in text
        assert row.first.locator("td .chip.count").inner_text() == "2"
    finally:
        context.close()


def test_pages_work_without_javascript(browser, live_server, ids):
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(f"{live_server}/stories/{ids['troop_story']}")
        pg.locator("article.conflict a.go").first.click()
        pg.wait_for_url("**#hl")
        assert pg.locator("mark#hl").is_visible()
        pg.goto(live_server + "/")
        pg.fill("#home-q", "Pentagon")
        pg.press("#home-q", "Enter")
        pg.wait_for_url("**/search?q=Pentagon")
        assert pg.locator("ol.hits li").count() >= 2
    finally:
        context.close()


def test_screenshots_for_the_readme(browser, showcase_server, tmp_path):
    """{home,story,story-phone,article,article-phone}.png from small pages written in the tests.
    They go to docs/screenshots/ only with WARTA_SCREENSHOTS=1 (renewing the README's pictures is a
    choice, not a side effect of running the tests); otherwise to a temporary folder."""
    import os

    import httpx

    out = SCREENSHOTS if os.environ.get("WARTA_SCREENSHOTS") == "1" else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    stories = httpx.get(showcase_server + "/api/stories").json()["items"]
    story_id = next(s["id"] for s in stories if s["article_count"] >= 5)
    claim = httpx.get(f"{showcase_server}/api/conflicts", params={"story": story_id}).json()["items"][0]["claims"][0]
    start, end = claim["evidence_span"]
    article = f"/articles/{claim['article_id']}?hl={start}-{end}#hl"
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        pg = context.new_page()
        for name, path in (("home", "/"), ("story", f"/stories/{story_id}"), ("article", article)):
            pg.goto(showcase_server + path)
            pg.screenshot(path=str(out / f"{name}.png"), full_page=name != "article")
    finally:
        context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    try:
        pg = context.new_page()
        pg.goto(showcase_server + article.removesuffix("#hl"))
        pg.screenshot(path=str(out / "article-phone.png"))
        pg.goto(f"{showcase_server}/stories/{story_id}")
        pg.locator("article.conflict:has(figure.chart)").first.screenshot(path=str(out / "story-phone.png"))
    finally:
        context.close()
    for name in ("home", "story", "story-phone", "article", "article-phone"):
        assert (out / f"{name}.png").stat().st_size > 10_000
