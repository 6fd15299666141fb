"""Real Chromium (Debian's, through Playwright) against uvicorn on 127.0.0.1: follow a conflict
to its evidence, prove a hostile page runs no script, and write the README screenshots."""

from __future__ import annotations

import pytest

from .conftest import SCREENSHOTS, corpus_module

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PWNED = corpus_module.PWNED


def _shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


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
    assert page.locator("svg.timeline a.pt").count() >= 5

    card = page.locator("article.conflict").first
    side = card.locator("section.side").first
    evidence = side.locator("blockquote.evidence").inner_text()
    side.locator("a.go").click()
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


@pytest.mark.parametrize("width", [1400, 390])
def test_question_cards_name_evidence_by_title_and_fit_the_screen(browser, live_server, ids, width):
    """One card per question: its label heads it, answers are listed by date, every evidence link is
    named by its article's title (never a file path), and every answer lies inside the viewport."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        pg = context.new_page()
        pg.goto(f"{live_server}/stories/{ids['troop_story']}")
        cards = pg.locator("article.conflict")
        assert cards.count() >= 1
        heading = cards.first.locator("h3").inner_text()
        assert "?" in heading or "Whether" in heading or "Apakah" in heading or "—" in heading
        links = pg.locator("article.conflict a.go").all_inner_texts()
        assert links and all(".txt" not in t and ".html" not in t and "/" not in t for t in links)
        dates = [d.strip() for d in cards.first.locator(".side .when").all_inner_texts()]
        assert dates == sorted(dates, key=lambda d: d or "9999")
        right = pg.evaluate("""() => Math.max(...[...document.querySelectorAll('article.conflict .side')]
            .map(e => e.getBoundingClientRect().right))""")
        assert right <= width + 1
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


def test_screenshots_for_the_readme(browser, showcase_server):
    """docs/screenshots/{home,story,article,article-phone}.png, from a corpus without the hostile page."""
    import httpx

    stories = httpx.get(showcase_server + "/api/stories").json()["items"]
    story_id = next(s["id"] for s in stories if s["article_count"] >= 5)
    claim = httpx.get(f"{showcase_server}/api/conflicts", params={"story": story_id}).json()["items"][0]["claims"][0]
    start, end = claim["evidence_span"]
    article = f"/articles/{claim['article_id']}?hl={start}-{end}#hl"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        for name, path in (("home", "/"), ("story", f"/stories/{story_id}"), ("article", article)):
            pg.goto(showcase_server + path)
            _shoot(pg, name)
    finally:
        context.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    try:
        pg = context.new_page()
        pg.goto(showcase_server + article.removesuffix("#hl"))
        pg.screenshot(path=str(SCREENSHOTS / "article-phone.png"))
    finally:
        context.close()
    for name in ("home", "story", "article", "article-phone"):
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000
