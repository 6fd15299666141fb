"""The corpus commands over a store built from the small corpus."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.store.db import Store

_spec = importlib.util.spec_from_file_location("_small_corpus", Path(__file__).with_name("small_corpus.py"))
small = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(small)


@pytest.fixture
def db(tmp_path, make_article):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        store.add_articles(small.corpus(make_article).values())
        store.rebuild_corpus()
    return url


def _jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_stories_jsonl(db):
    out = CliRunner().invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    recs = _jsonl(out.stdout)
    nk = next(r for r in recs if "id-nk-2.txt" in r["articles"])
    assert set(nk) >= {"id", "title", "first", "last", "articles", "languages", "outlets"}
    assert nk["languages"] == ["en", "id"] and len(nk["articles"]) == 4


def test_conflicts_and_claims_jsonl(db):
    runner = CliRunner()
    recs = _jsonl(runner.invoke(app, ["conflicts", "--db", db, "--format", "jsonl"]).stdout)
    kinds = {r["kind"] for r in recs}
    assert kinds == {"numeric_divergence", "confirm_vs_deny"}
    claim = recs[0]["claims"][0]
    assert set(claim) >= {"article", "source", "via", "value", "stance", "published", "evidence", "outlet",
                          "language", "title"}
    # one record per question, with the question beside the scorer's fields
    troops = next(r for r in recs if r["kind"] == "numeric_divergence" and r["question"]["measure"] == "troops")
    assert troops["question"]["kind"] == "measure" and troops["question"]["dimension"] == "people"
    assert troops["question"]["label"] == "Berapa tentara?" and troops["question"]["labels"]["en"] == "How many troops?"
    assert sorted(s["answer"] for s in troops["sides"]) == ["12,000", "~10,000", "~3,000"]  # "about 10,000"
    claims = _jsonl(runner.invoke(app, ["claims", "--about", "Korut", "--db", db, "--format", "jsonl"]).stdout)
    assert {c["value"] for c in claims if c["value"]} == {12000, 3000, 10000}
    table = runner.invoke(app, ["conflicts", "--db", db])
    assert table.exit_code == 0 and f"conflicts ({len(recs)})" in table.stdout


def test_search_entity_export(db, tmp_path):
    runner = CliRunner()
    hits = _jsonl(runner.invoke(app, ["search", "banjir", "--db", db, "--format", "jsonl"]).stdout)
    assert {h["source"] for h in hits} == {"id-sigi-1.txt", "id-sigi-2.txt"}
    ent = runner.invoke(app, ["entity", "NIS", "--db", db])
    assert ent.exit_code == 0 and "National Intelligence Service" in ent.stdout
    missing = runner.invoke(app, ["entity", "Atlantis", "--db", db])
    assert missing.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", db, "--format", "csv"]).stdout)))
    assert len(rows) == 7
    exported = _jsonl(runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stdout)
    assert {r["source"] for r in exported} == {r["source"] for r in rows}
    pq = tmp_path / "out.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--output", str(pq)]).exit_code == 0
    import pyarrow.parquet as pqm

    assert pqm.read_table(pq).num_rows == 7


def test_bad_format_and_bad_db(db):
    runner = CliRunner()
    assert runner.invoke(app, ["stories", "--db", db, "--format", "xml"]).exit_code == 2
    bad = runner.invoke(app, ["stories", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
    assert bad.exit_code == 1


def test_conflicts_page_by_default_and_stream_all(db):
    runner = CliRunner()
    everything = _jsonl(runner.invoke(app, ["conflicts", "--db", db, "--format", "jsonl", "--all"]).stdout)
    assert len(everything) >= 3
    page = _jsonl(runner.invoke(app, ["conflicts", "--db", db, "--format", "jsonl", "--limit", "2",
                                      "--offset", "1"]).stdout)
    assert page == everything[1:3]
    table = runner.invoke(app, ["conflicts", "--db", db, "--limit", "1"])
    assert table.exit_code == 0 and f"conflicts ({len(everything)})" in table.stdout and "showing 1–1" in table.stdout
    assert runner.invoke(app, ["conflicts", "--db", db, "--limit", "0"]).exit_code == 2
