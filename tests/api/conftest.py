"""API fixtures: the test corpus in a fresh store, per backend (SQLite; PostgreSQL when
WARTA_TEST_PG_URL is set), and a TestClient over the app."""

from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from warta.api.app import create_app

from .corpus import corpus_store

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_db(request, tmp_path_factory):
    if request.param == "postgres" and not os.environ.get("WARTA_TEST_PG_URL"):
        pytest.skip("PostgreSQL tests need WARTA_TEST_PG_URL")
    with corpus_store(request.param, tmp_path_factory.mktemp("corpus")) as (url, store):
        yield url, store


@pytest.fixture(scope="module")
def store(corpus_db):
    return corpus_db[1]


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store=store), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def troop_story_id(client):
    stories = client.get("/api/stories").json()["items"]
    return next(s["id"] for s in stories if s["article_count"] >= 5)
