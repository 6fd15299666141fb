"""Web fixtures: the test corpus in a store, a TestClient, and for browser tests a live uvicorn
server on 127.0.0.1 (free port, in a thread) and headless Debian Chromium through Playwright."""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api.app import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "docs" / "screenshots"


def _load_corpus_module():
    """tests/api/corpus.py by path, so it works whatever pytest's import mode."""
    path = Path(__file__).resolve().parents[1] / "api" / "corpus.py"
    spec = importlib.util.spec_from_file_location("warta_test_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


corpus_module = _load_corpus_module()

# A flood story in which nine sources give nine death tolls for one day (three per article), two
# sources agree on the missing, and another site runs article 0 again (a syndicated copy).
FLOOD_TOLLS = [[("National Disaster Agency", 12), ("Red Cross", 15), ("Governor Lina Hart", 9)],
               [("Police chief Omar Said", 20), ("Health Ministry", 14), ("Mayor Tom Reyes", 25)],
               [("Coast Guard", 11), ("Army spokesman Ben Ito", 30), ("Bishop Paul Kane", 17)]]
FLOOD_MISSING = ["Search and Rescue Office", "Riverton Fire Department", "Search and Rescue Office"]


def _flood_article(i: int, outlet: str, source: str, footer: str = "Read more: Weather"):
    C = corpus_module.C
    paras = ["Heavy rain flooded the city of Riverton on the Amber River this week, cutting roads to Eastport "
             "and Millbrook."]
    claims, qty = [], []
    for src, n in FLOOD_TOLLS[i]:
        sentence = f"{src} said {n} people were killed in the floods in Riverton."
        paras.append(sentence)
        qty.append((f"{n} people", n, "people", "people"))
        claims.append(C(sentence, src, "kill", value=n, unit="people"))
    missing = f"{FLOOD_MISSING[i]} said 6 people were still missing along the Amber River."
    paras += [missing, "Rescue teams from Eastport and Millbrook are still searching the banks of the Amber River "
              "near Riverton."]
    qty.append(("6 people", 6, "people", "people"))
    claims.append(C(missing, FLOOD_MISSING[i], "missing", value=6, unit="people"))
    return corpus_module.make_article(
        title=f"Riverton floods: death toll disputed ({i + 1})", paragraphs=paras, published="2025-03-04",
        outlet=outlet, language="en", source=source,
        entities=[*((s, "ORG", []) for s, _ in FLOOD_TOLLS[i]), (FLOOD_MISSING[i], "ORG", []),
                  ("Riverton", "GPE", []), ("Amber River", "LOC", []), ("Eastport", "GPE", []),
                  ("Millbrook", "GPE", [])],
        quantities=qty, claims=claims, footer=[(footer, "read_more")])


def flood_story() -> list:
    """Three articles of one flood and a syndicated copy of the first (same text, another site)."""
    return [*(_flood_article(i, f"Valley Post {i}", f"flood-{i}.txt") for i in range(3)),
            _flood_article(0, "Copy Desk", "flood-copy.txt", "Read more: Copy Desk weather")]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    with corpus_module.corpus_store("sqlite", tmp_path_factory.mktemp("web")) as (url, store):
        yield url, store


@pytest.fixture(scope="session")
def store(corpus_db):
    return corpus_db[1]


@pytest.fixture(scope="session")
def client(store):
    with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def ids(client):
    """Store ids of the test corpus: stories and articles by source."""
    articles = client.get("/api/articles", params={"per_page": 100}).json()["items"]
    stories = client.get("/api/stories").json()["items"]
    return {
        "troop_story": next(s["id"] for s in stories if s["article_count"] >= 5),
        **{a["source"]: a["id"] for a in articles},
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(store) -> Iterator[str]:
    """Base URL of uvicorn serving `store` on 127.0.0.1 (a free port, in a thread) until exit."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(store):
    with serve(store) as url:
        yield url


@pytest.fixture(scope="session")
def showcase_server(tmp_path_factory):
    """The corpus without its hostile page, and the flood story: for the story page tests and the
    README screenshots."""
    from warta.store.db import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('showcase') / 'showcase.db'}")
    store.add_articles([*corpus_module.troop_story(), *corpus_module.rate_story(), *flood_story()])
    store.rebuild_corpus()
    try:
        with serve(store) as url:
            yield url
    finally:
        store.close()


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright for Python (pip install playwright; no browser download)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()
